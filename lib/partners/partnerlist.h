#pragma once

#include "partners/partner.h"
#include "partners/validationissue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

// The list of partners of one configuration. It only ever holds partners that pass
// PartnerValidator, and no domain appears twice across all partners' primary and
// additional domains: every change that would break this is refused, and the list is
// left as it was.
class PartnerList final
{
    Q_DECLARE_TR_FUNCTIONS(PartnerList)

public:
    struct Conflict
    {
        QString domain; // the domain as the new partner has it
        qsizetype partnerIndex = -1; // the partner that already has it
        QString partnerDomain; // that partner's primary domain
        QString message() const;
    };

    qsizetype size() const { return m_partners.size(); }
    bool isEmpty() const { return m_partners.isEmpty(); }
    const Partner &at(qsizetype index) const { return m_partners.at(index); }
    const QList<Partner> &partners() const { return m_partners; }

    // Everything that stops `partner` from taking place `replacing` (-1 for a new
    // partner): its own errors and warnings, and a domain another partner already has.
    ValidationIssues check(const Partner &partner, qsizetype replacing = -1) const;
    std::optional<Conflict> findConflict(const Partner &partner, qsizetype replacing = -1) const;
    // The index of the partner whose primary or additional domains include `domain`.
    qsizetype indexOfDomain(const QString &domain) const;

    // Each returns the errors that refused the change (the list is then unchanged),
    // or an empty list on success.
    ValidationIssues insert(qsizetype index, const Partner &partner);
    ValidationIssues append(const Partner &partner) { return insert(size(), partner); }
    ValidationIssues replace(qsizetype index, const Partner &partner);
    Partner takeAt(qsizetype index);
    void clear();
    // Room for `partners` partners, for a list that is about to be filled.
    void reserve(qsizetype partners);

    bool operator==(const PartnerList &other) const { return m_partners == other.m_partners; }

private:
    static ValidationIssues errorsOf(const ValidationIssues &issues);
    static QStringList domainKeys(const Partner &partner);
    std::optional<Conflict> findConflict(const Partner &partner, const QStringList &keys,
                                         qsizetype replacing) const;
    // Also fills `keys` with the comparison keys of the partner's domains.
    ValidationIssues check(const Partner &partner, QStringList *keys, qsizetype replacing) const;
    void indexDomains(qsizetype index, const QStringList &keys);
    // Adds `by` to every index from `from` on (a partner was inserted or taken there).
    void shiftIndexes(qsizetype from, qsizetype by);

    QList<Partner> m_partners;
    QHash<QString, qsizetype> m_owners; // comparison key of every domain -> partner index
};
