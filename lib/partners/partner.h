#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Partner type, as the Control Panel's dropdown and New-CsXmppAllowedPartner -PartnerType name it.
enum class PartnerType { Federated, PublicVerified, PublicUnverified };

// TLS and SASL negotiation settings (-TlsNegotiation, -SaslNegotiation).
enum class Negotiation { Required, Optional, NotSupported };

// One XMPP federated partner: every field of the Control Panel form plus the cmdlet's
// optional ones. Defaults are those of a new partner in the editor.
struct Partner
{
    static constexpr int MaxDescriptionLength = 1024;
    static constexpr int MinConnectionLimit = 1;
    static constexpr int MaxConnectionLimit = 1000;

    QString domain;
    QString description;
    QStringList additionalDomains;
    PartnerType partnerType = PartnerType::PublicUnverified;
    Negotiation tlsNegotiation = Negotiation::Required;
    // The cmdlet defaults to Required, which draws a warning with dialback on;
    // a new partner starts on a valid combination instead.
    Negotiation saslNegotiation = Negotiation::Optional;
    bool supportDialbackNegotiation = true;
    QString proxyFqdn;
    bool enableKeepAlive = true;
    std::optional<int> connectionLimit;
    // Entry keys this version does not know, written back unchanged on save.
    QJsonObject unknownFields;

    // The primary domain followed by the additional ones.
    QStringList allDomains() const;

    bool operator==(const Partner &other) const = default;
};

// Wire names (file keys' values and PowerShell enum names) and display labels.
QString wireName(PartnerType type);
QString wireName(Negotiation negotiation);
// Case-insensitive, as PowerShell is; std::nullopt for anything else.
std::optional<PartnerType> partnerTypeFromWireName(QStringView name);
std::optional<Negotiation> negotiationFromWireName(QStringView name);

QString displayName(PartnerType type);
QString displayName(Negotiation negotiation);
QString dialbackDisplayName(bool enabled);
// Plain words for the partner type's tooltip.
QString partnerTypeDescription(PartnerType type);

inline constexpr PartnerType AllPartnerTypes[]
    = {PartnerType::Federated, PartnerType::PublicVerified, PartnerType::PublicUnverified};
inline constexpr Negotiation AllNegotiations[]
    = {Negotiation::Required, Negotiation::Optional, Negotiation::NotSupported};
