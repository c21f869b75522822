#include "formats/cmdletparameters.h"

#include "partners/partner.h"

namespace {

using Field = CmdletParameters::Field;
using Kind = CmdletParameters::Kind;

// The JSON keys are the cmdlet's names in camel case, but for the identity, which the
// file calls what it is: the domain.
constexpr std::array<CmdletParameters::Parameter, CmdletParameters::FieldCount> Parameters = {{
    {Field::Identity, u"Identity", u"Identity", u"domain", Kind::Text},
    {Field::Description, u"Description", u"Description", u"description", Kind::Text},
    {Field::AdditionalDomains, u"AdditionalDomains", u"AdditionalDomains", u"additionalDomains",
     Kind::DomainList},
    {Field::PartnerType, u"PartnerType", u"PartnerType", u"partnerType", Kind::PartnerType},
    {Field::TlsNegotiation, u"TlsNegotiation", u"TlsNegotiation", u"tlsNegotiation",
     Kind::Negotiation},
    {Field::SaslNegotiation, u"SaslNegotiation", u"SaslNegotiation", u"saslNegotiation",
     Kind::Negotiation},
    {Field::SupportDialbackNegotiation, u"SupportDialbackNegotiation",
     u"SupportDialbackNegotiation", u"supportDialbackNegotiation", Kind::Boolean},
    {Field::ProxyFqdn, u"ProxyFqdn", u"ProxyFqdn", u"proxyFqdn", Kind::Text},
    {Field::EnableKeepAlive, u"EnableKeepAlive", u"EnableKeepAlive", u"enableKeepAlive",
     Kind::Boolean},
    {Field::ConnectionLimit, u"ConnectionLimit", u"ConnectionLimit", u"connectionLimit",
     Kind::Number},
}};

// parameter() indexes the table by Field.
constexpr bool inFieldOrder()
{
    for (int i = 0; i < CmdletParameters::FieldCount; ++i) {
        if (int(Parameters[std::size_t(i)].field) != i)
            return false;
    }
    return true;
}
static_assert(inFieldOrder());

template<typename Values>
QStringList wireNames(const Values &values)
{
    QStringList names;
    for (const auto value : values)
        names.append(wireName(value));
    return names;
}

template<typename Name>
std::optional<Field> find(Name name, QStringView value, Qt::CaseSensitivity sensitivity)
{
    for (const CmdletParameters::Parameter &parameter : Parameters) {
        if (name(parameter).compare(value, sensitivity) == 0)
            return parameter.field;
    }
    return std::nullopt;
}

} // namespace

const std::array<CmdletParameters::Parameter, CmdletParameters::FieldCount> &CmdletParameters::all()
{
    return Parameters;
}

const CmdletParameters::Parameter &CmdletParameters::parameter(Field field)
{
    return Parameters.at(std::size_t(field));
}

QString CmdletParameters::powerShellName(Field field)
{
    return parameter(field).powerShellName.toString();
}

QString CmdletParameters::csvColumn(Field field)
{
    return parameter(field).csvColumn.toString();
}

QString CmdletParameters::jsonKey(Field field)
{
    return parameter(field).jsonKey.toString();
}

std::optional<CmdletParameters::Field> CmdletParameters::fromPowerShellName(QStringView name)
{
    return find([](const Parameter &p) { return p.powerShellName; }, name, Qt::CaseInsensitive);
}

std::optional<CmdletParameters::Field> CmdletParameters::fromCsvColumn(QStringView name)
{
    return find([](const Parameter &p) { return p.csvColumn; }, name, Qt::CaseInsensitive);
}

std::optional<CmdletParameters::Field> CmdletParameters::fromJsonKey(QStringView key)
{
    return find([](const Parameter &p) { return p.jsonKey; }, key, Qt::CaseSensitive);
}

QStringList CmdletParameters::valueNames(Kind kind)
{
    switch (kind) {
    case Kind::PartnerType:
        return wireNames(AllPartnerTypes);
    case Kind::Negotiation:
        return wireNames(AllNegotiations);
    case Kind::Text:
    case Kind::DomainList:
    case Kind::Boolean:
    case Kind::Number:
        break;
    }
    return {};
}
