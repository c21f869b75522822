#include "partnervalidator.h"

#include "domainname.h"
#include "negotiationpolicy.h"
#include "serveraddress.h"

#include <QSet>

using Field = ValidationIssue::Field;
using Severity = ValidationIssue::Severity;

ValidationIssues PartnerValidator::validate(const Partner &partner)
{
    ValidationIssues issues;
    issues += validateDomain(partner.domain);
    issues += validateDescription(partner.description);
    issues += validateAdditionalDomains(partner.domain, partner.additionalDomains);
    issues += validateNegotiation(partner);
    issues += validateProxyFqdn(partner.proxyFqdn);
    issues += validateConnectionLimit(partner.connectionLimit);
    return issues;
}

ValidationIssues PartnerValidator::validateDomain(const QString &domain)
{
    if (domain.isEmpty())
        return {{Severity::Error, Field::Domain, tr("The primary domain is required.")}};
    const DomainName::Check check = DomainName::check(domain);
    if (!check.isValid())
        return {{Severity::Error, Field::Domain, check.message}};
    return {};
}

ValidationIssues PartnerValidator::validateDescription(const QString &description)
{
    if (description.size() > Partner::MaxDescriptionLength) {
        return {{Severity::Error, Field::Description,
                 tr("The description is %1 characters long; the limit is %2.")
                     .arg(description.size())
                     .arg(Partner::MaxDescriptionLength)}};
    }
    return {};
}

ValidationIssues PartnerValidator::validateAdditionalDomains(const QString &primaryDomain,
                                                             const QStringList &additionalDomains)
{
    ValidationIssues issues;
    QSet<QString> seen;
    const QString primaryKey = DomainName::comparisonKey(primaryDomain);
    for (const QString &domain : additionalDomains) {
        const DomainName::Check check = DomainName::check(domain);
        if (!check.isValid()) {
            issues.append({Severity::Error, Field::AdditionalDomains,
                           tr("Additional domain: %1").arg(check.message)});
            continue;
        }
        const QString key = DomainName::comparisonKey(domain);
        if (!primaryDomain.isEmpty() && key == primaryKey) {
            issues.append({Severity::Error, Field::AdditionalDomains,
                           tr("The additional domain “%1” is the primary domain.").arg(domain)});
            continue;
        }
        if (seen.contains(key)) {
            issues.append({Severity::Error, Field::AdditionalDomains,
                           tr("The additional domain “%1” is listed twice.").arg(domain)});
            continue;
        }
        seen.insert(key);
        if (!primaryDomain.isEmpty() && DomainName::isValid(primaryDomain)
            && !DomainName::isWithin(domain, primaryDomain)) {
            issues.append({Severity::Warning, Field::AdditionalDomains,
                           tr("The additional domain “%1” is not a subdomain of %2.")
                               .arg(domain, primaryDomain)});
        }
    }
    return issues;
}

ValidationIssues PartnerValidator::validateNegotiation(const Partner &partner)
{
    const NegotiationPolicy policy = NegotiationPolicy::forPartner(partner);
    switch (policy.verdict()) {
    case NegotiationPolicy::Verdict::Valid:
        return {};
    case NegotiationPolicy::Verdict::Warning:
        return {{Severity::Warning, Field::Negotiation, policy.message()}};
    case NegotiationPolicy::Verdict::Error:
        return {{Severity::Error, Field::Negotiation, policy.message()}};
    }
    Q_UNREACHABLE();
    return {};
}

ValidationIssues PartnerValidator::validateProxyFqdn(const QString &proxyFqdn)
{
    if (proxyFqdn.isEmpty())
        return {};
    QString error;
    if (!ServerAddress::parse(proxyFqdn, &error).isValid())
        return {{Severity::Error, Field::ProxyFqdn, tr("Proxy FQDN: %1").arg(error)}};
    return {};
}

ValidationIssues PartnerValidator::validateConnectionLimit(std::optional<int> limit)
{
    if (limit && (*limit < Partner::MinConnectionLimit || *limit > Partner::MaxConnectionLimit)) {
        return {{Severity::Error, Field::ConnectionLimit,
                 tr("The connection limit must be between %1 and %2; it is %3.")
                     .arg(Partner::MinConnectionLimit)
                     .arg(Partner::MaxConnectionLimit)
                     .arg(*limit)}};
    }
    return {};
}
