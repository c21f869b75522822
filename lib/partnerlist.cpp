#include "partnerlist.h"

#include "domainname.h"
#include "partnervalidator.h"

QString PartnerList::Conflict::message() const
{
    if (DomainName::equals(domain, partnerDomain)) {
        return PartnerList::tr("The domain %1 is already the primary domain of another partner.")
            .arg(domain);
    }
    return PartnerList::tr("The domain %1 is already used by the partner %2.")
        .arg(domain, partnerDomain);
}

ValidationIssues PartnerList::check(const Partner &partner, qsizetype replacing) const
{
    ValidationIssues issues = PartnerValidator::validate(partner);
    if (const auto conflict = findConflict(partner, replacing)) {
        const bool primary = DomainName::equals(conflict->domain, partner.domain);
        issues.append(
            {ValidationIssue::Severity::Error,
             primary ? ValidationIssue::Field::Domain : ValidationIssue::Field::AdditionalDomains,
             conflict->message()});
    }
    return issues;
}

std::optional<PartnerList::Conflict> PartnerList::findConflict(const Partner &partner,
                                                               qsizetype replacing) const
{
    for (const QString &domain : partner.allDomains()) {
        const auto owner = m_owners.constFind(DomainName::comparisonKey(domain));
        if (owner != m_owners.constEnd() && owner.value() != replacing)
            return Conflict {domain, owner.value(), m_partners.at(owner.value()).domain};
    }
    return std::nullopt;
}

qsizetype PartnerList::indexOfDomain(const QString &domain) const
{
    return m_owners.value(DomainName::comparisonKey(domain), -1);
}

ValidationIssues PartnerList::insert(qsizetype index, const Partner &partner)
{
    Q_ASSERT(index >= 0 && index <= size());
    const ValidationIssues errors = errorsOf(check(partner));
    if (!errors.isEmpty())
        return errors;
    m_partners.insert(index, partner);
    if (index == size() - 1)
        indexDomains(index);
    else
        rebuildIndex();
    return {};
}

ValidationIssues PartnerList::replace(qsizetype index, const Partner &partner)
{
    Q_ASSERT(index >= 0 && index < size());
    const ValidationIssues errors = errorsOf(check(partner, index));
    if (!errors.isEmpty())
        return errors;
    for (const QString &domain : m_partners.at(index).allDomains())
        m_owners.remove(DomainName::comparisonKey(domain));
    m_partners.replace(index, partner);
    indexDomains(index);
    return {};
}

Partner PartnerList::takeAt(qsizetype index)
{
    Partner partner = m_partners.takeAt(index);
    rebuildIndex();
    return partner;
}

void PartnerList::clear()
{
    m_partners.clear();
    m_owners.clear();
}

ValidationIssues PartnerList::errorsOf(const ValidationIssues &issues)
{
    ValidationIssues errors;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            errors.append(issue);
    }
    return errors;
}

void PartnerList::indexDomains(qsizetype index)
{
    for (const QString &domain : m_partners.at(index).allDomains())
        m_owners.insert(DomainName::comparisonKey(domain), index);
}

void PartnerList::rebuildIndex()
{
    m_owners.clear();
    for (qsizetype i = 0; i < m_partners.size(); ++i)
        indexDomains(i);
}
