#include "partners/partnerlist.h"

#include "partners/domainname.h"
#include "partners/partnervalidator.h"

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
    QStringList keys;
    return check(partner, &keys, replacing);
}

ValidationIssues PartnerList::check(const Partner &partner, QStringList *keys,
                                    qsizetype replacing) const
{
    ValidationIssues issues = PartnerValidator::validate(partner, keys);
    if (const auto conflict = findConflict(partner, *keys, replacing)) {
        const bool primary = conflict->domain == partner.domain;
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
    return findConflict(partner, domainKeys(partner), replacing);
}

std::optional<PartnerList::Conflict> PartnerList::findConflict(const Partner &partner,
                                                               const QStringList &keys,
                                                               qsizetype replacing) const
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto owner = m_owners.constFind(keys.at(i));
        if (owner != m_owners.constEnd() && owner.value() != replacing)
            return Conflict {partner.allDomains().at(i), owner.value(),
                             m_partners.at(owner.value()).domain};
    }
    return std::nullopt;
}

QStringList PartnerList::domainKeys(const Partner &partner)
{
    QStringList keys;
    keys.reserve(partner.additionalDomains.size() + 1);
    keys.append(DomainName::comparisonKey(partner.domain));
    for (const QString &domain : partner.additionalDomains)
        keys.append(DomainName::comparisonKey(domain));
    return keys;
}

qsizetype PartnerList::indexOfDomain(const QString &domain) const
{
    return m_owners.value(DomainName::comparisonKey(domain), -1);
}

ValidationIssues PartnerList::insert(qsizetype index, const Partner &partner)
{
    Q_ASSERT(index >= 0 && index <= size());
    QStringList keys;
    const ValidationIssues errors = errorsOf(check(partner, &keys, -1));
    if (!errors.isEmpty())
        return errors;
    m_partners.insert(index, partner);
    if (index < size() - 1)
        shiftIndexes(index, 1);
    indexDomains(index, keys);
    return {};
}

ValidationIssues PartnerList::replace(qsizetype index, const Partner &partner)
{
    Q_ASSERT(index >= 0 && index < size());
    QStringList keys;
    const ValidationIssues errors = errorsOf(check(partner, &keys, index));
    if (!errors.isEmpty())
        return errors;
    for (const QString &key : domainKeys(m_partners.at(index)))
        m_owners.remove(key);
    m_partners.replace(index, partner);
    indexDomains(index, keys);
    return {};
}

Partner PartnerList::takeAt(qsizetype index)
{
    Partner partner = m_partners.takeAt(index);
    for (const QString &key : domainKeys(partner))
        m_owners.remove(key);
    if (index < size())
        shiftIndexes(index + 1, -1);
    return partner;
}

void PartnerList::reserve(qsizetype partners)
{
    m_partners.reserve(partners);
    m_owners.reserve(partners * 2);
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

void PartnerList::indexDomains(qsizetype index, const QStringList &keys)
{
    for (const QString &key : keys)
        m_owners.insert(key, index);
}

void PartnerList::shiftIndexes(qsizetype from, qsizetype by)
{
    // One pass over the index without hashing anything again: removing the last
    // partners one by one (the undo of an import) stays linear, and a change in the
    // middle costs one pass instead of computing every domain's key again.
    for (auto it = m_owners.begin(); it != m_owners.end(); ++it) {
        if (it.value() >= from)
            it.value() += by;
    }
}
