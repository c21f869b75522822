#pragma once

#include "formats/importrow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A file to import partners from, in any of the formats an administrator has at hand:
// the CSV that `Get-CsXmppAllowedPartner | Export-Csv` writes, another xmpp-partners
// file, or a Management Shell script of New-CsXmppAllowedPartner commands (such as the
// ones File → Export writes).
class ImportReader final
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    XP_DECLARE_TR_LATER(ImportReader)

    enum class Format { Csv, PartnerFile, PowerShell };

    // The largest file any format reads; each format has its own limit below it.
    static constexpr qint64 MaxFileSize = 128 * 1024 * 1024;

    // By the file name's extension (.csv, .json, .ps1), otherwise by the content.
    static Format formatOf(const QString &path, const QByteArray &bytes);
    static ImportRows parse(Format format, const QByteArray &bytes);
    // Reads and parses the file at `path`; `format` receives the format used. A file that
    // cannot be read, or is too large, gives an error naming why.
    static ImportRows read(const QString &path, Format *format = nullptr);
    // Reads the file as `format`, whatever its name says.
    static ImportRows read(const QString &path, Format format);

    // The file dialog's filter: every format, then each one.
    static QString dialogFilter();
};
