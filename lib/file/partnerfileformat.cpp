#include "file/partnerfileformat.h"

#include "file/partnerjson.h"
#include "file/progressrange.h"
#include "formats/cmdletparameters.h"
#include "util/byteordermark.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace {

const QString FormatKey = QStringLiteral("format");
const QString VersionKey = QStringLiteral("version");
constexpr int MaxReportedErrors = 50;
// The text is written out whenever this much of it has gathered.
constexpr qsizetype ChunkSize = 4 * 1024 * 1024;

bool isBlank(const QByteArray &data)
{
    for (const char c : data) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

// Line and column (1-based) of a byte offset, for JSON syntax errors.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<uchar>(data.at(i)) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

} // namespace

PartnerStore::LoadResult PartnerFileFormat::read(QByteArray data, const QString &fileName,
                                                 const ProgressRange &progress)
{
    PartnerStore::LoadResult result;
    const auto fail = [&](const QString &reason) {
        result.errors.append(PartnerStore::Error {fileName, -1, {}, reason});
        return result;
    };
    const auto cancelled = [&] {
        result = PartnerStore::LoadResult();
        result.cancelled = true;
        return result;
    };

    data = ByteOrderMark::withoutUtf8(std::move(data)); // as some Windows editors write
    if (isBlank(data))
        return fail(PartnerStore::tr("the file is empty."));

    // The JSON takes about a quarter of the time, the entries the rest.
    const ProgressRange entriesProgress = progress.part(250, 1000);
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        return fail(PartnerStore::tr("the file is not valid JSON: %1 at line %2, column %3.")
                        .arg(parseError.errorString())
                        .arg(line)
                        .arg(column));
    }
    data = QByteArray(); // the text is not needed any more: free it before the entries
    if (!entriesProgress.report(0, 1))
        return cancelled();
    if (!json.isObject())
        return fail(PartnerStore::tr(
            "the file is not an xmpp-partners file: its top level is not an object."));

    const QJsonObject root = json.object();
    const QJsonValue format = root.value(FormatKey);
    if (format.toString() != PartnerStore::formatName()) {
        return fail(PartnerStore::tr("the file is not an xmpp-partners file: “%1” should be “%2”.")
                        .arg(FormatKey, PartnerStore::formatName()));
    }
    const QJsonValue version = root.value(VersionKey);
    // Range first: converting a double beyond int to int is undefined.
    const double number = version.toDouble();
    if (!version.isDouble() || !(number >= 1 && number <= std::numeric_limits<int>::max())
        || number != std::floor(number)) {
        return fail(PartnerStore::tr(
                        "the file has no valid format version (“%1” should be a whole number).")
                        .arg(VersionKey));
    }
    if (version.toInt() > PartnerStore::FormatVersion) {
        return fail(PartnerStore::tr(
                        "the file was written by a newer version of xmpp-partners (format version "
                        "%1; this version reads version %2). Open it with a newer version.")
                        .arg(version.toInt())
                        .arg(PartnerStore::FormatVersion));
    }
    const QJsonValue partners = root.value(PartnersKey);
    if (!partners.isArray())
        return fail(PartnerStore::tr("the key “%1” is missing or is not a list.").arg(PartnersKey));

    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != FormatKey && it.key() != VersionKey && it.key() != PartnersKey)
            result.document.unknownFields.insert(
                it.key(), PartnerJson::withoutLeadingByteOrderMarkInKeys(it.value()));
    }

    const QJsonArray entries = partners.toArray();
    const QString domainKey = CmdletParameters::jsonKey(CmdletParameters::Field::Identity);
    result.document.partners.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entriesProgress.report(i, entries.size()))
            return cancelled();
        const QJsonValue entry = entries.at(i);
        const QString domain = entry.toObject().value(domainKey).toString();
        const auto refuse = [&](const QString &reason) {
            if (result.errors.size() < MaxReportedErrors)
                result.errors.append(PartnerStore::Error {fileName, i, domain, reason});
            else
                ++result.unreportedErrors;
        };
        if (!entry.isObject()) {
            refuse(PartnerStore::tr("the entry is not an object."));
            continue;
        }
        Partner partner;
        if (const QString error = PartnerJson::fromJson(entry.toObject(), &partner);
            !error.isEmpty()) {
            refuse(error);
            continue;
        }
        const ValidationIssues errors = result.document.partners.append(partner);
        if (!errors.isEmpty())
            refuse(errors.constFirst().message);
    }
    if (!result.errors.isEmpty())
        result.document = PartnerStore::Document();
    entriesProgress.done();
    return result;
}

bool PartnerFileFormat::write(const PartnerStore::Document &document, QIODevice *device,
                              const ProgressRange &progress)
{
    // The text is QJsonDocument's indented form of the whole document, written a piece
    // at a time: the top level with an empty list of partners, split where the list
    // goes, and each entry indented by two levels. JSON strings hold no raw line
    // break, so indenting each line of an entry is exact.
    QJsonObject root = document.unknownFields;
    root.insert(FormatKey, PartnerStore::formatName());
    root.insert(VersionKey, PartnerStore::FormatVersion);
    root.insert(PartnersKey, QJsonArray());
    // Qt's JSON reader drops a U+FEFF that starts a string, as written raw; escaped, it
    // stays. In UTF-8 these bytes are that character and nothing else.
    const auto escapeByteOrderMarks = [](QByteArray json) {
        return json.replace(ByteOrderMark::Utf8, "\\ufeff");
    };
    const QByteArray frame
        = escapeByteOrderMarks(QJsonDocument(root).toJson(QJsonDocument::Indented));
    const QByteArray emptyList = "\n    \"" + PartnersKey.toUtf8() + "\": [\n    ]";
    const qsizetype at = frame.indexOf(emptyList);
    const QList<Partner> &partners = document.partners.partners();
    if (partners.isEmpty())
        return device->write(frame) == frame.size();
    if (at < 0) { // cannot happen with QJsonDocument's layout; kept as a safeguard
        QJsonArray entries;
        for (const Partner &partner : partners)
            entries.append(PartnerJson::toJson(partner));
        root.insert(PartnersKey, entries);
        const QByteArray whole
            = escapeByteOrderMarks(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return device->write(whole) == whole.size();
    }

    const auto write = [device](const QByteArray &bytes) {
        return device->write(bytes) == bytes.size();
    };
    if (!write(frame.left(at + emptyList.size() - 5)))
        return false;
    const QByteArray indent(8, ' ');
    QByteArray text;
    for (qsizetype i = 0; i < partners.size(); ++i) {
        progress.report(i, partners.size());
        const QByteArray entry = escapeByteOrderMarks(
            QJsonDocument(PartnerJson::toJson(partners.at(i))).toJson(QJsonDocument::Indented));
        // Every line, the last one's line break excepted, gets the indent.
        qsizetype start = 0;
        while (start < entry.size()) {
            qsizetype end = entry.indexOf('\n', start);
            if (end < 0)
                end = entry.size();
            text += indent;
            text += QByteArrayView(entry).sliced(start, end - start);
            if (end + 1 < entry.size())
                text += '\n';
            start = end + 1;
        }
        text += i + 1 < partners.size() ? ",\n" : "\n";
        if (text.size() >= ChunkSize) {
            if (!write(text))
                return false;
            text.clear();
        }
    }
    text += "    ]";
    text += QByteArrayView(frame).sliced(at + emptyList.size());
    if (!write(text))
        return false;
    progress.done();
    return true;
}
