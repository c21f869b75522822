#include "probe/suggestionapplier.h"

#include "advice/suggestionlist.h"
#include "import/importpreviewdialog.h"
#include "models/partnerchangecommand.h"
#include "models/partnertablemodel.h"
#include "partnerdocument.h"
#include "support/prompter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QUndoStack>
#include <QWidget>

namespace {

void push(PartnerDocument *document, const ImportPlan &plan)
{
    PartnerTableModel *model = document->model();
    document->undoStack()->push(new PartnerChangeCommand(
        model, plan.changes(), SuggestionList::description(plan.changes().size())));
}

} // namespace

SuggestionApplier::SuggestionApplier(PartnerDocument *document, Prompter *prompter, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_prompter(prompter)
    , m_window(window)
{ }

bool SuggestionApplier::apply(const SuggestionList &suggestions, QWidget *parent)
{
    if (suggestions.isEmpty())
        return false;
    QWidget *owner = parent ? parent : m_window;
    const ImportPlan plan = suggestions.plan(m_document->model()->partners());
    if (plan.count(ImportPlan::Category::Refused) > 0) {
        QStringList reasons;
        for (const ImportPlan::Entry &entry : plan.entries()) {
            if (entry.category == ImportPlan::Category::Refused)
                reasons.append(entry.reason.toString());
        }
        m_prompter->showError(owner, tr("Apply suggested setting"),
                              tr("The suggested setting cannot be applied:") + u'\n'
                                  + reasons.join(u'\n') + u"\n\n"
                                  + tr("The partner list was not changed."));
        return false;
    }
    if (plan.isEmpty()) {
        m_prompter->showError(owner, tr("Apply suggested setting"),
                              tr("The partner already has the suggested settings."));
        return false;
    }
    push(m_document, plan);
    Q_EMIT applied(plan.changes().constFirst().row, int(plan.changes().size()));
    return true;
}

bool SuggestionApplier::applyAll(const SuggestionList &suggestions, QWidget *parent)
{
    if (suggestions.isEmpty())
        return false;
    const ImportPlan plan = suggestions.plan(m_document->model()->partners());
    ImportPreviewDialog preview(plan, parent ? parent : m_window);
    preview.setObjectName(QStringLiteral("suggestionPreviewDialog"));
    if (preview.exec() != QDialog::Accepted || plan.isEmpty())
        return false;
    push(m_document, plan);
    Q_EMIT applied(plan.changes().constFirst().row, int(plan.changes().size()));
    return true;
}

void SuggestionApplier::copyPowerShell(const SuggestionList &suggestions)
{
    if (!suggestions.isEmpty())
        QGuiApplication::clipboard()->setText(suggestions.powerShellText());
}
