#include "import/importplan.h"

#include "partners/domainname.h"
#include "partners/partnervalidator.h"

#include <QHash>

ImportPlan::ImportPlan(const PartnerList &current, const QList<ImportRow> &rows, Mode mode)
    : m_result(current)
{
    // The comparison key of every domain met so far -> the first row that has it.
    QHash<QString, int> claimed;
    for (const ImportRow &row : rows) {
        Entry entry;
        entry.line = row.line;
        entry.domain = row.partner ? row.partner->domain : row.domain;
        if (!row.partner) {
            entry.reason = row.problem.isEmpty()
                ? trLater("Row %1 could not be read.").arg(row.line)
                : row.problem;
            m_entries.append(std::move(entry));
            continue;
        }
        Partner partner = *row.partner;
        QList<LocalizedText> reasons;

        // A domain that an earlier row of the same import already has.
        for (const QString &domain : partner.allDomains()) {
            const QString key = DomainName::comparisonKey(domain);
            const auto first = claimed.constFind(key);
            if (first == claimed.constEnd())
                claimed.insert(key, row.line);
            else if (first.value() != row.line)
                reasons.append(trLater("Row %1: the domain %2 is already in row %3 of the file.")
                                   .arg(row.line)
                                   .arg(domain)
                                   .arg(first.value()));
        }

        // The partner's own rules, as the editor applies them.
        for (const ValidationIssue &issue : PartnerValidator::validate(partner)) {
            if (issue.isError())
                reasons.append(trLater("Row %1: %2").arg(row.line).arg(issue.message));
            else
                entry.warnings.append(issue.message);
        }

        // The partner of the list with the same primary domain, if any. Earlier rows may
        // have changed the list already, so it is looked up in the result so far; the
        // partners already there keep their indexes (new ones go at the end).
        const qsizetype owner = m_result.indexOfDomain(partner.domain);
        const bool existing = owner >= 0 && owner < current.size()
            && DomainName::equals(m_result.at(owner).domain, partner.domain);
        if (existing) {
            entry.existing = current.at(owner);
            entry.existingIndex = owner;
            // Keys of the partner file this version does not know stay as they are.
            partner.unknownFields = current.at(owner).unknownFields;
        } else if (owner < 0 && mode == Mode::EditsOnly) {
            reasons.append(trLater("Row %1: the list has no partner %2 any more.")
                               .arg(row.line)
                               .arg(partner.domain));
        } else if (owner >= 0) {
            reasons.append(trLater("Row %1: the domain %2 is an additional domain of the partner "
                                   "%3; it cannot be the primary domain of another partner.")
                               .arg(row.line)
                               .arg(partner.domain)
                               .arg(m_result.at(owner).domain));
        }
        if (owner < 0 || existing) {
            if (const auto conflict = m_result.findConflict(partner, existing ? owner : -1)) {
                reasons.append(trLater("Row %1: the domain %2 already belongs to the partner %3.")
                                   .arg(row.line)
                                   .arg(conflict->domain)
                                   .arg(conflict->partnerDomain));
            }
        }
        entry.partner = partner;

        if (reasons.isEmpty() && existing && partner == current.at(owner)) {
            entry.category = Category::Unchanged;
        } else if (reasons.isEmpty()) {
            const Partner before = existing ? m_result.at(owner) : Partner();
            const ValidationIssues errors
                = existing ? m_result.replace(owner, partner) : m_result.append(partner);
            // Everything PartnerList checks was checked above; kept as a safeguard.
            for (const ValidationIssue &error : errors)
                reasons.append(trLater("Row %1: %2").arg(row.line).arg(error.message));
            if (errors.isEmpty() && existing) {
                entry.category = Category::Changed;
                m_changes.append({int(owner), before, partner});
            } else if (errors.isEmpty()) {
                entry.category = Category::New;
                m_changes.append({int(m_result.size() - 1), std::nullopt, partner});
            }
        }
        if (!reasons.isEmpty()) {
            entry.category = Category::Refused;
            entry.reason = LocalizedText::lines(reasons);
            entry.warnings.clear();
        }
        m_entries.append(std::move(entry));
    }
}

qsizetype ImportPlan::count(Category category) const
{
    return std::count_if(m_entries.cbegin(), m_entries.cend(),
                         [category](const Entry &entry) { return entry.category == category; });
}

LocalizedText ImportPlan::description() const
{
    return trLater("Import %n partner(s)", nullptr, int(m_changes.size()));
}

QString ImportPlan::categoryName(Category category)
{
    switch (category) {
    case Category::New:
        return tr("New", "import preview: a partner the list does not have");
    case Category::Changed:
        return tr("Changed", "import preview: a partner whose settings change");
    case Category::Unchanged:
        return tr("Unchanged", "import preview: a partner already as imported");
    case Category::Refused:
        return tr("Refused", "import preview: a row that is not imported");
    }
    Q_UNREACHABLE();
    return {};
}
