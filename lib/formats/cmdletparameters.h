#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

// The partner settings that New-CsXmppAllowedPartner takes, one entry per parameter, with
// the name each has in every format this tool reads or writes: the cmdlet's parameter,
// the column that `Get-CsXmppAllowedPartner | Export-Csv` writes for it, the key of a
// partner file's entry. The readers and writers take the names from here, so that a
// setting is spelt in one place; the spellings of the enum values are wireName()'s
// (partners/partner.h).
class CmdletParameters final
{
public:
    // In the order the cmdlet documents them, which is also the order of the script
    // writer's parameters and of the readers' checks.
    enum class Field {
        Identity, // the primary domain
        Description,
        AdditionalDomains,
        PartnerType,
        TlsNegotiation,
        SaslNegotiation,
        SupportDialbackNegotiation,
        ProxyFqdn,
        EnableKeepAlive,
        ConnectionLimit,
    };
    static constexpr int FieldCount = int(Field::ConnectionLimit) + 1;

    // What a value is, and so how each format writes it.
    enum class Kind {
        Text,
        DomainList, // a PSListModifier in the cmdlet, a list in the file
        PartnerType, // one of wireName(PartnerType)
        Negotiation, // one of wireName(Negotiation)
        Boolean, // $true / $false, True / False, true / false
        Number, // a whole number, or nothing
    };

    struct Parameter
    {
        Field field;
        QStringView powerShellName; // without the dash
        QStringView csvColumn;
        QStringView jsonKey;
        Kind kind;
    };

    // Every parameter once, in the order of Field.
    static const std::array<Parameter, FieldCount> &all();
    static const Parameter &parameter(Field field);

    static QString powerShellName(Field field);
    static QString csvColumn(Field field);
    static QString jsonKey(Field field);

    // The field a full parameter name or a column names, case-insensitively as
    // PowerShell and Import-Csv read them; the field of a JSON key, case-sensitively as
    // JSON keys are.
    static std::optional<Field> fromPowerShellName(QStringView name);
    static std::optional<Field> fromCsvColumn(QStringView name);
    static std::optional<Field> fromJsonKey(QStringView key);

    // The spellings a value of an enum kind takes, in the enum's order; empty for the
    // other kinds.
    static QStringList valueNames(Kind kind);

    static QString newCommand() { return QStringLiteral("New-CsXmppAllowedPartner"); }
    static QString setCommand() { return QStringLiteral("Set-CsXmppAllowedPartner"); }
    static QString getCommand() { return QStringLiteral("Get-CsXmppAllowedPartner"); }
};
