#include "models/partnerchangecommand.h"

#include "models/partnertablemodel.h"

PartnerChangeCommand::PartnerChangeCommand(PartnerTableModel *model, QList<Change> changes,
                                           const LocalizedText &description)
    : QUndoCommand(description.toString())
    , m_model(model)
    , m_changes(std::move(changes))
    , m_description(description)
{ }

void PartnerChangeCommand::retranslate()
{
    setText(m_description.toString());
}

PartnerChangeCommand *PartnerChangeCommand::add(PartnerTableModel *model, int row,
                                                const Partner &partner)
{
    return new PartnerChangeCommand(model, {{row, std::nullopt, partner}},
                                    trLater("Add %1").arg(partner.domain));
}

PartnerChangeCommand *PartnerChangeCommand::edit(PartnerTableModel *model, int row,
                                                 const Partner &before, const Partner &after)
{
    return new PartnerChangeCommand(model, {{row, before, after}},
                                    trLater("Edit %1").arg(after.domain));
}

PartnerChangeCommand *PartnerChangeCommand::remove(PartnerTableModel *model, int row,
                                                   const Partner &partner)
{
    return new PartnerChangeCommand(model, {{row, partner, std::nullopt}},
                                    trLater("Delete %1").arg(partner.domain));
}

void PartnerChangeCommand::redo()
{
    if (m_changes.size() > MaxChangesInPlace) {
        PartnerList partners = m_model->partners();
        for (const Change &change : std::as_const(m_changes))
            apply(&partners, change.row, change.before, change.after);
        m_model->setPartners(partners);
        return;
    }
    for (const Change &change : std::as_const(m_changes))
        apply(m_model, change.row, change.before, change.after);
}

void PartnerChangeCommand::undo()
{
    if (m_changes.size() > MaxChangesInPlace) {
        PartnerList partners = m_model->partners();
        for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
            apply(&partners, it->row, it->after, it->before);
        m_model->setPartners(partners);
        return;
    }
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        apply(m_model, it->row, it->after, it->before);
}

void PartnerChangeCommand::apply(PartnerList *partners, int row, const std::optional<Partner> &from,
                                 const std::optional<Partner> &to)
{
    if (from && to) {
        const ValidationIssues errors = partners->replace(row, *to);
        Q_ASSERT(errors.isEmpty());
        Q_UNUSED(errors);
    } else if (to) {
        const ValidationIssues errors = partners->insert(row, *to);
        Q_ASSERT(errors.isEmpty());
        Q_UNUSED(errors);
    } else if (from) {
        partners->takeAt(row);
    }
}

void PartnerChangeCommand::apply(PartnerTableModel *model, int row,
                                 const std::optional<Partner> &from,
                                 const std::optional<Partner> &to)
{
    // Each state was valid when it was recorded, and the stack replays them in order,
    // so these changes cannot be refused.
    if (from && to) {
        const ValidationIssues errors = model->replacePartner(row, *to);
        Q_ASSERT(errors.isEmpty());
        Q_UNUSED(errors);
    } else if (to) {
        const ValidationIssues errors = model->insertPartner(row, *to);
        Q_ASSERT(errors.isEmpty());
        Q_UNUSED(errors);
    } else if (from) {
        model->removePartner(row);
    }
}
