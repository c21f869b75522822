#pragma once

#include "partners/domainname.h"
#include "partners/partner.h"
#include "partners/validationissue.h"

#include <QCoreApplication>

// The rules one partner configuration must follow on its own (its domains, fields and
// negotiation settings). The editor, the inline delegates, the file loader and the
// importers all ask this class, so a partner is judged the same way everywhere.
// Rules that involve other partners (a domain used twice) belong to PartnerList.
class PartnerValidator final
{
    Q_DECLARE_TR_FUNCTIONS(PartnerValidator)

public:
    // `asciiDomains`, when given, receives the comparison key of each of the partner's
    // domains (primary first), computed on the way.
    static ValidationIssues validate(const Partner &partner, QStringList *asciiDomains = nullptr);

    static ValidationIssues validateDomain(const QString &domain);
    static ValidationIssues validateDescription(const QString &description);
    static ValidationIssues validateAdditionalDomains(const QString &primaryDomain,
                                                      const QStringList &additionalDomains);
    static ValidationIssues validateNegotiation(const Partner &partner);
    static ValidationIssues validateProxyFqdn(const QString &proxyFqdn);
    static ValidationIssues validateConnectionLimit(std::optional<int> limit);

private:
    static ValidationIssues validateDomain(const QString &domain, const DomainName::Check &check);
    static ValidationIssues validateAdditionalDomains(const QString &primaryDomain,
                                                      const DomainName::Check &primary,
                                                      const QStringList &additionalDomains,
                                                      QStringList *asciiDomains);
};
