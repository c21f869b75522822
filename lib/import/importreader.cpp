#include "import/importreader.h"

#include "formats/partnercsv.h"
#include "formats/partnerfilerowreader.h"
#include "formats/powershellscriptreader.h"
#include "util/byteordermark.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace {

// The file's content, or nothing with `error` saying why.
std::optional<QByteArray> readBytes(const QString &path, LocalizedText *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportReader::trLater("The file cannot be read: %1.").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > ImportReader::MaxFileSize) {
        *error = ImportReader::trLater("The file is larger than %1 MiB.")
                     .arg(ImportReader::MaxFileSize / (1024 * 1024));
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = ImportReader::trLater("The file cannot be read: %1.").arg(file.errorString());
        return std::nullopt;
    }
    return bytes;
}

} // namespace

ImportReader::Format ImportReader::formatOf(const QString &path, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"json")
        return Format::PartnerFile;
    if (suffix == u"ps1")
        return Format::PowerShell;
    const QByteArray start = ByteOrderMark::withoutUtf8(bytes.left(4096)).trimmed();
    if (start.startsWith('{'))
        return Format::PartnerFile;
    if (!start.startsWith("#TYPE")
        && QByteArrayView(start).toByteArray().toLower().contains("-csxmppallowedpartner"))
        return Format::PowerShell;
    return Format::Csv;
}

ImportRows ImportReader::parse(Format format, const QByteArray &bytes)
{
    switch (format) {
    case Format::Csv:
        return PartnerCsv::parse(bytes);
    case Format::PartnerFile:
        return PartnerFileRowReader::parse(bytes);
    case Format::PowerShell:
        return PowerShellScriptReader::parse(bytes);
    }
    Q_UNREACHABLE();
    return {};
}

ImportRows ImportReader::read(const QString &path, Format *format)
{
    ImportRows result;
    const std::optional<QByteArray> bytes = readBytes(path, &result.error);
    if (!bytes)
        return result;
    const Format detected = formatOf(path, *bytes);
    if (format)
        *format = detected;
    return parse(detected, *bytes);
}

ImportRows ImportReader::read(const QString &path, Format format)
{
    ImportRows result;
    const std::optional<QByteArray> bytes = readBytes(path, &result.error);
    return bytes ? parse(format, *bytes) : result;
}

QString ImportReader::dialogFilter()
{
    return tr("Partner lists (*.csv *.json *.ps1)") + u";;" + tr("CSV from Export-Csv (*.csv)")
        + u";;" + tr("xmpp-partners files (*.json)") + u";;"
        + tr("Management Shell scripts (*.ps1)") + u";;" + tr("All files (*)");
}
