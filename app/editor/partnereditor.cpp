#include "editor/partnereditor.h"

#include "models/partnerchangecommand.h"
#include "models/partnertablemodel.h"
#include "partnerdocument.h"
#include "support/prompter.h"

#include <QUndoStack>

PartnerEditor::PartnerEditor(PartnerDocument *document, Prompter *prompter, QWidget *window)
    : m_document(document)
    , m_prompter(prompter)
    , m_window(window)
{ }

std::optional<Partner> PartnerEditor::runEditor(PartnerDialog::Mode mode, const Partner &partner,
                                                int replacingRow)
{
    PartnerTableModel *model = m_document->model();
    PartnerDialog dialog(
        mode,
        [model, replacingRow](const Partner &candidate) {
            return model->partners().check(candidate, replacingRow);
        },
        m_window);
    dialog.setObjectName(QStringLiteral("partnerDialog"));
    dialog.setPartner(partner);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.partner();
}

int PartnerEditor::addNew()
{
    const auto partner = runEditor(PartnerDialog::Mode::New, Partner(), -1);
    if (!partner)
        return -1;
    PartnerTableModel *model = m_document->model();
    const int row = model->rowCount();
    m_document->undoStack()->push(PartnerChangeCommand::add(model, row, *partner));
    return row;
}

int PartnerEditor::edit(int row)
{
    if (row < 0)
        return -1;
    PartnerTableModel *model = m_document->model();
    const Partner before = model->partnerAt(row);
    const auto after = runEditor(PartnerDialog::Mode::Edit, before, row);
    if (!after)
        return -1;
    if (*after != before)
        m_document->undoStack()->push(PartnerChangeCommand::edit(model, row, before, *after));
    return row;
}

int PartnerEditor::duplicate(int row)
{
    if (row < 0)
        return -1;
    PartnerTableModel *model = m_document->model();
    Partner copy = model->partnerAt(row);
    copy.domain.clear();
    copy.additionalDomains.clear();
    const auto partner = runEditor(PartnerDialog::Mode::Duplicate, copy, -1);
    if (!partner)
        return -1;
    m_document->undoStack()->push(PartnerChangeCommand::add(model, row + 1, *partner));
    return row + 1;
}

int PartnerEditor::remove(int row)
{
    if (row < 0)
        return -1;
    PartnerTableModel *model = m_document->model();
    const Partner partner = model->partnerAt(row);
    if (!m_prompter->confirm(m_window, tr("Delete partner"),
                             tr("Delete the partner %1 and its settings?").arg(partner.domain),
                             tr("Delete")))
        return -1;
    m_document->undoStack()->push(PartnerChangeCommand::remove(model, row, partner));
    // The partner that took its place, or the new last one.
    return qMin(row, model->rowCount() - 1);
}
