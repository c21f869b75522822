#include "partnerdocument.h"

#include "file/partnerstore.h"
#include "models/partnerchangecommand.h"
#include "models/partnertablemodel.h"
#include "support/backgroundtask.h"
#include "support/prompter.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>
#include <QWidget>

namespace {

ValidationIssues errorsOnly(const ValidationIssues &issues)
{
    ValidationIssues errors;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            errors.append(issue);
    }
    return errors;
}

} // namespace

PartnerDocument::PartnerDocument(Prompter *prompter, QWidget *window)
    : QObject(window)
    , m_prompter(prompter)
    , m_window(window)
    , m_model(new PartnerTableModel(this))
    , m_undoStack(new QUndoStack(this))
{
    // An inline edit in the table is one undo step, like a change made in the editor.
    m_model->setEditHandler([this](int row, const Partner &partner) -> ValidationIssues {
        const ValidationIssues errors = errorsOnly(m_model->partners().check(partner, row));
        if (!errors.isEmpty())
            return errors;
        m_undoStack->push(
            PartnerChangeCommand::edit(m_model, row, m_model->partnerAt(row), partner));
        return {};
    });
}

PartnerDocument::~PartnerDocument() = default;

QString PartnerDocument::folder() const
{
    return m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
}

namespace {
const QString LastFileKey = QStringLiteral("lastFile");
} // namespace

QString PartnerDocument::lastFile()
{
    const QString last = QSettings().value(LastFileKey).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : QString();
}

void PartnerDocument::remember(const QString &path)
{
    QSettings().setValue(LastFileKey, QFileInfo(path).absoluteFilePath());
}

bool PartnerDocument::maybeSave()
{
    if (m_undoStack->isClean())
        return true;
    const QString name = m_path.isEmpty()
        ? tr("The new partner list")
        : tr("The partner list %1").arg(QFileInfo(m_path).fileName());
    switch (m_prompter->askToSave(
        m_window, tr("%1 has unsaved changes. Do you want to save them?").arg(name))) {
    case Prompter::SaveAnswer::Save:
        return save();
    case Prompter::SaveAnswer::Discard:
        return true;
    case Prompter::SaveAnswer::Cancel:
        return false;
    }
    return false;
}

void PartnerDocument::chooseAndOpen()
{
    if (!maybeSave())
        return;
    const QString path = m_prompter->openFileName(m_window, tr("Open partner file"), folder(),
                                                  tr("Partner files (*.json);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

bool PartnerDocument::open(const QString &path)
{
    auto store = std::make_unique<PartnerStore>(path);
    // Off the window's thread: a large file shows its progress and can be cancelled,
    // which leaves everything as it was.
    PartnerStore::LoadResult loaded;
    BackgroundTask task(m_window, tr("Opening %1…").arg(QFileInfo(path).fileName()), true);
    task.setShowDelay(m_progressDelay);
    const bool completed = task.run(
        [&](const BackgroundTask::Progress &progress) { loaded = store->load(progress); });
    if (!completed || loaded.cancelled) {
        Q_EMIT statusMessage(
            tr("Opening %1 was cancelled; nothing changed.").arg(QFileInfo(path).fileName()), 5000);
        return false;
    }
    if (!loaded.isOk()) {
        m_prompter->showError(m_window, tr("Cannot open the partner file"),
                              loaded.errorMessage() + u"\n\n" + tr("The file was not changed."));
        return false;
    }
    const std::optional<PartnerStore::Error> lockError = store->lock();
    m_store = std::move(store);
    m_readOnly = lockError.has_value();
    m_path = path;
    m_unknownFields = loaded.document.unknownFields;
    m_model->setPartners(loaded.document.partners);
    m_undoStack->clear();
    m_undoStack->setClean();
    remember(path);
    Q_EMIT fileChanged();
    Q_EMIT opened();
    if (lockError) {
        m_prompter->showError(m_window, tr("Opened read-only"),
                              lockError->message() + u"\n\n"
                                  + tr("The partners are shown read-only: use Save as to keep "
                                       "changes in another file."));
    }
    return true;
}

bool PartnerDocument::save()
{
    if (m_path.isEmpty() || m_readOnly || !m_store)
        return saveAs();
    return saveTo(*m_store);
}

bool PartnerDocument::saveAs()
{
    const QString suggested
        = m_path.isEmpty() ? QDir::home().filePath(tr("partners.json")) : m_path;
    QString path = m_prompter->saveFileName(m_window, tr("Save partner file"), suggested,
                                            tr("Partner files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (m_store && !m_readOnly && QFileInfo(path) == QFileInfo(m_path))
        return saveTo(*m_store);

    auto store = std::make_unique<PartnerStore>(path);
    if (const auto error = store->lock()) {
        m_prompter->showError(m_window, tr("Cannot save the partner file"),
                              error->message() + u"\n\n"
                                  + tr("Your partners are still open here."));
        return false;
    }
    if (!saveTo(*store))
        return false;
    m_store = std::move(store);
    m_path = path;
    m_readOnly = false;
    remember(path);
    Q_EMIT fileChanged();
    return true;
}

bool PartnerDocument::saveTo(PartnerStore &store)
{
    const PartnerStore::Document document {m_model->partners(), m_unknownFields};
    // Off the window's thread, with a progress dialog when it takes long; a save that
    // has begun is finished, so it has no Cancel button.
    std::optional<PartnerStore::Error> saveError;
    BackgroundTask task(m_window, tr("Saving %1…").arg(QFileInfo(store.path()).fileName()), false);
    task.setShowDelay(m_progressDelay);
    task.run([&](const BackgroundTask::Progress &progress) {
        saveError = store.save(document, progress);
    });
    if (const auto &error = saveError) {
        m_prompter->showError(m_window, tr("Cannot save the partner file"),
                              error->message() + u"\n\n"
                                  + tr("The file on disk was left as it was, and your partners "
                                       "are still open here: nothing was lost."));
        return false;
    }
    m_undoStack->setClean();
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(store.path())), 5000);
    return true;
}

void PartnerDocument::retranslate()
{
    // The stack hands out const pointers; the commands were created non-const by this
    // document and its window, so the cast is sound.
    for (int i = 0; i < m_undoStack->count(); ++i) {
        if (auto *change = dynamic_cast<const PartnerChangeCommand *>(m_undoStack->command(i)))
            const_cast<PartnerChangeCommand *>(change)->retranslate();
    }
    m_model->retranslate();
}
