#include "formats/partnerfilerowreader.h"

#include "file/partnerfileformat.h"
#include "file/partnerjson.h"
#include "file/partnerstore.h"
#include "formats/cmdletparameters.h"
#include "partners/domainname.h"
#include "util/byteordermark.h"
#include "util/textexcerpt.h"

#include <QJsonArray>
#include <QJsonDocument>

ImportRows PartnerFileRowReader::parse(const QByteArray &bytes)
{
    ImportRows result;
    const PartnerStore::LoadResult loaded = PartnerStore::parse(bytes, QString());
    for (const PartnerStore::Error &error : loaded.errors) {
        if (error.entry < 0) {
            // The whole file: not JSON, not a partner file, a newer format.
            QString reason = error.reason; // "the file is …", made a sentence of its own
            if (!reason.isEmpty())
                reason[0] = reason.at(0).toUpper();
            result.error = LocalizedText::verbatim(reason);
            return result;
        }
    }
    if (loaded.isOk()) {
        const QList<Partner> &partners = loaded.document.partners.partners();
        result.rows.reserve(partners.size());
        for (qsizetype i = 0; i < partners.size(); ++i)
            result.rows.append(ImportRow {int(i) + 1, partners.at(i), partners.at(i).domain, {}});
        return result;
    }

    // Some entries were refused: read them one by one, so that the others still come in
    // and each refused one says why. The file is valid JSON with a list of partners.
    const QByteArray data = ByteOrderMark::withoutUtf8(bytes);
    const QJsonArray entries
        = QJsonDocument::fromJson(data).object().value(PartnerFileFormat::PartnersKey).toArray();
    const QString domainKey = CmdletParameters::jsonKey(CmdletParameters::Field::Identity);
    result.rows.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ImportRow row;
        row.line = int(i) + 1;
        const QJsonValue entry = entries.at(i);
        row.domain = TextExcerpt::firstLine(entry.toObject().value(domainKey).toString(),
                                            DomainName::MaxLength);
        Partner partner;
        if (!entry.isObject()) {
            row.problem = trLater("Row %1: the entry is not an object.").arg(row.line);
        } else if (const QString error = PartnerJson::fromJson(entry.toObject(), &partner);
                   !error.isEmpty()) {
            row.problem = trLater("Row %1: %2").arg(row.line).arg(error);
        } else {
            row.partner = partner;
        }
        result.rows.append(std::move(row));
    }
    return result;
}
