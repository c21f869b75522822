#include "partners/partnervalidator.h"

#include "partners/domainname.h"
#include "partners/negotiationpolicy.h"
#include "partners/serveraddress.h"

#include <QSet>

using Field = ValidationIssue::Field;
using Severity = ValidationIssue::Severity;

ValidationIssues PartnerValidator::validate(const Partner &partner, QStringList *asciiDomains)
{
    // Each domain is checked once; its ASCII form serves every later comparison.
    const DomainName::Check primary = DomainName::check(partner.domain);
    if (asciiDomains) {
        asciiDomains->clear();
        asciiDomains->append(primary.isValid() ? primary.ace
                                               : DomainName::comparisonKey(partner.domain));
    }
    ValidationIssues issues;
    issues += validateDomain(partner.domain, primary);
    issues += validateDescription(partner.description);
    issues += validateAdditionalDomains(partner.domain, primary, partner.additionalDomains,
                                        asciiDomains);
    issues += validateNegotiation(partner);
    issues += validateProxyFqdn(partner.proxyFqdn);
    issues += validateConnectionLimit(partner.connectionLimit);
    return issues;
}

ValidationIssues PartnerValidator::validateDomain(const QString &domain)
{
    return validateDomain(domain, DomainName::check(domain));
}

ValidationIssues PartnerValidator::validateDomain(const QString &domain,
                                                  const DomainName::Check &check)
{
    if (domain.isEmpty())
        return {{Severity::Error, Field::Domain, tr("The primary domain is required.")}};
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
    return validateAdditionalDomains(primaryDomain, DomainName::check(primaryDomain),
                                     additionalDomains, nullptr);
}

ValidationIssues PartnerValidator::validateAdditionalDomains(const QString &primaryDomain,
                                                             const DomainName::Check &primary,
                                                             const QStringList &additionalDomains,
                                                             QStringList *asciiDomains)
{
    if (additionalDomains.isEmpty())
        return {};
    ValidationIssues issues;
    QSet<QString> seen;
    for (const QString &domain : additionalDomains) {
        const DomainName::Check check = DomainName::check(domain);
        if (asciiDomains)
            asciiDomains->append(check.isValid() ? check.ace : DomainName::comparisonKey(domain));
        if (!check.isValid()) {
            issues.append({Severity::Error, Field::AdditionalDomains,
                           tr("Additional domain: %1").arg(check.message)});
            continue;
        }
        if (primary.isValid() && check.ace == primary.ace) {
            issues.append({Severity::Error, Field::AdditionalDomains,
                           tr("The additional domain “%1” is the primary domain.").arg(domain)});
            continue;
        }
        if (seen.contains(check.ace)) {
            issues.append({Severity::Error, Field::AdditionalDomains,
                           tr("The additional domain “%1” is listed twice.").arg(domain)});
            continue;
        }
        seen.insert(check.ace);
        if (primary.isValid() && !check.ace.endsWith(u'.' + primary.ace)) {
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
    case NegotiationPolicy::SettingsVerdict::Valid:
        return {};
    case NegotiationPolicy::SettingsVerdict::Warning:
        return {{Severity::Warning, Field::Negotiation, policy.message()}};
    case NegotiationPolicy::SettingsVerdict::Error:
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
