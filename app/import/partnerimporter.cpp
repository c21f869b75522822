#include "import/partnerimporter.h"

#include "import/importplan.h"
#include "import/importpreviewdialog.h"
#include "import/importreader.h"
#include "models/partnerchangecommand.h"
#include "models/partnertablemodel.h"
#include "partnerdocument.h"
#include "support/backgroundtask.h"
#include "support/prompter.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>
#include <QWidget>

PartnerImporter::PartnerImporter(PartnerDocument *document, Prompter *prompter, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_prompter(prompter)
    , m_window(window)
{ }

void PartnerImporter::chooseAndImport()
{
    const QString path = m_prompter->openFileName(
        m_window, tr("Import partners"), m_document->folder(), ImportReader::dialogFilter());
    if (!path.isEmpty())
        importFile(path);
}

bool PartnerImporter::importFile(const QString &path)
{
    // Reading and checking a large file takes seconds: off the window's thread, with a
    // progress dialog when it takes long. Cancelling leaves everything as it was.
    PartnerTableModel *model = m_document->model();
    ImportReader::Format format = ImportReader::Format::Csv;
    ImportRows rows;
    std::optional<ImportPlan> planned;
    const PartnerList current = model->partners();
    BackgroundTask task(m_window, tr("Reading %1…").arg(QFileInfo(path).fileName()), true);
    task.setShowDelay(m_document->progressDelay());
    const bool completed = task.run([&](const BackgroundTask::Progress &progress) {
        rows = ImportReader::read(path, &format);
        if (rows.isOk() && progress(300))
            planned.emplace(current, rows.rows);
    });
    if (!completed || (rows.isOk() && !planned)) {
        Q_EMIT statusMessage(
            tr("Importing %1 was cancelled; nothing changed.").arg(QFileInfo(path).fileName()),
            5000);
        return false;
    }
    if (!rows.isOk()) {
        m_prompter->showError(m_window, tr("Cannot import the file"),
                              tr("%1 cannot be imported.").arg(QDir::toNativeSeparators(path))
                                  + u"\n" + rows.error.toString() + u"\n\n"
                                  + tr("The partner list was not changed."));
        return false;
    }
    const ImportPlan &plan = *planned;
    ImportPreviewDialog preview(plan, path, format, m_window);
    preview.setObjectName(QStringLiteral("importPreviewDialog"));
    if (preview.exec() != QDialog::Accepted || plan.isEmpty())
        return false;
    m_document->undoStack()->push(
        new PartnerChangeCommand(model, plan.changes(), plan.description()));
    const std::optional<Partner> &first = plan.changes().constFirst().after;
    Q_EMIT imported(first ? int(model->partners().indexOfDomain(first->domain)) : -1,
                    int(plan.changes().size()));
    return true;
}
