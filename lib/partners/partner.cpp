#include "partners/partner.h"

#include <QCoreApplication>

QStringList Partner::allDomains() const
{
    QStringList domains;
    domains.reserve(additionalDomains.size() + 1);
    domains.append(domain);
    domains.append(additionalDomains);
    return domains;
}

QString wireName(PartnerType type)
{
    switch (type) {
    case PartnerType::Federated:
        return QStringLiteral("Federated");
    case PartnerType::PublicVerified:
        return QStringLiteral("PublicVerified");
    case PartnerType::PublicUnverified:
        return QStringLiteral("PublicUnverified");
    }
    Q_UNREACHABLE();
    return {};
}

QString wireName(Negotiation negotiation)
{
    switch (negotiation) {
    case Negotiation::Required:
        return QStringLiteral("Required");
    case Negotiation::Optional:
        return QStringLiteral("Optional");
    case Negotiation::NotSupported:
        return QStringLiteral("NotSupported");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PartnerType> partnerTypeFromWireName(QStringView name)
{
    for (const PartnerType type : AllPartnerTypes) {
        if (name.compare(wireName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

std::optional<Negotiation> negotiationFromWireName(QStringView name)
{
    for (const Negotiation negotiation : AllNegotiations) {
        if (name.compare(wireName(negotiation), Qt::CaseInsensitive) == 0)
            return negotiation;
    }
    return std::nullopt;
}

QString displayName(PartnerType type)
{
    switch (type) {
    case PartnerType::Federated:
        return QCoreApplication::translate("Partner", "Federated", "partner type");
    case PartnerType::PublicVerified:
        return QCoreApplication::translate("Partner", "Public verified", "partner type");
    case PartnerType::PublicUnverified:
        return QCoreApplication::translate("Partner", "Public unverified", "partner type");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(Negotiation negotiation)
{
    switch (negotiation) {
    case Negotiation::Required:
        return QCoreApplication::translate("Partner", "Required", "TLS or SASL negotiation");
    case Negotiation::Optional:
        return QCoreApplication::translate("Partner", "Optional", "TLS or SASL negotiation");
    case Negotiation::NotSupported:
        return QCoreApplication::translate("Partner", "Not supported", "TLS or SASL negotiation");
    }
    Q_UNREACHABLE();
    return {};
}

QString dialbackDisplayName(bool enabled)
{
    return enabled ? QCoreApplication::translate("Partner", "True", "dialback negotiation")
                   : QCoreApplication::translate("Partner", "False", "dialback negotiation");
}

QString partnerTypeDescription(PartnerType type)
{
    switch (type) {
    case PartnerType::Federated:
        return QCoreApplication::translate(
            "Partner",
            "A trusted deployment (another Lync, Office Communications Server or equivalent). Its "
            "contacts may add your users without an invitation.");
    case PartnerType::PublicVerified:
        return QCoreApplication::translate(
            "Partner", "A provider that verifies its users. Invitations work both ways.");
    case PartnerType::PublicUnverified:
        return QCoreApplication::translate(
            "Partner",
            "No verified relationship. Your user must invite the contact first (for example a "
            "public service such as Google Talk).");
    }
    Q_UNREACHABLE();
    return {};
}
