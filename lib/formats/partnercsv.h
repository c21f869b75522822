#pragma once

#include "formats/importrow.h"
#include "i18n/localizedtext.h"
#include "partners/partner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// The partners of a CSV file as `Get-CsXmppAllowedPartner | Export-Csv` writes it: an
// optional `#TYPE …` line, a header row naming the columns, then one row per partner
// (RFC 4180 quoting; UTF-8 with or without a byte order mark, or UTF-16 with one; CR LF
// or LF line ends). Columns are found by name, case-insensitively; unknown ones are
// ignored and missing optional ones leave a new partner's default.
//
// Parsing only reads the values: whether a partner follows the rules (domains,
// negotiation, limits) and fits the current list is ImportPlan's business.
class PartnerCsv final
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCsv)

public:
    XP_DECLARE_TR_LATER(PartnerCsv)

    static constexpr qsizetype MaxFileSize = 64 * 1024 * 1024;
    static constexpr qsizetype MaxFieldSize = 1024 * 1024;
    // Far more partners than any deployment has; beyond it the file is refused whole.
    static constexpr int MaxRows = 100000;
    static constexpr int MaxColumns = 1024;

    using Row = ImportRow;
    using Result = ImportRows;

    static Result parse(const QByteArray &bytes);

    // The AdditionalDomains column's text as a list of domains: space- (or comma-)
    // separated names, or a PSListModifier-like "{a.com, b.com}" / "@{Add='a.com'}".
    // std::nullopt when the text is a .NET type name (Export-Csv could not write the
    // list out).
    static std::optional<QStringList> parseDomainList(const QString &text);
};
