#include "mainwindow.h"

#include "editor/partnerdialog.h"
#include "editor/partneritemdelegate.h"
#include "file/partnerstore.h"
#include "i18n/languagepreference.h"
#include "i18n/translations.h"
#include "import/importplan.h"
#include "import/importpreviewdialog.h"
#include "import/importreader.h"
#include "models/partnerchangecommand.h"
#include "models/partnerfiltermodel.h"
#include "models/partnertablemodel.h"
#include "probe/probereportdialog.h"
#include "probe/proberunexporter.h"
#include "probe/proberunner.h"
#include "probe/proberunwindow.h"
#include "probe/probesettingsdialog.h"
#include "probe/probesettingsstore.h"
#include "report/proberunreport.h"
#include "support/backgroundtask.h"
#include "support/messageboxprompter.h"
#include "util/atomicfile.h"

#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace {

const QString PartnerFileFilterKey = QStringLiteral("partnerFileFilter");

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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_prompter(std::make_unique<MessageBoxPrompter>())
    , m_model(new PartnerTableModel(this))
    , m_proxy(new PartnerFilterModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_countLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_testProgress(new QProgressBar(this))
    , m_testCancelButton(new QToolButton(this))
{
    ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    ui->partnerTable->setModel(m_proxy);
    ui->partnerTable->setItemDelegate(new PartnerItemDelegate(ui->partnerTable));
    ui->partnerTable->sortByColumn(PartnerTableModel::DomainColumn, Qt::AscendingOrder);
    ui->partnerTable->horizontalHeader()->setSectionsMovable(true);
    ui->partnerTable->verticalHeader()->setDefaultSectionSize(
        ui->partnerTable->fontMetrics().height() + 10);
    m_countLabel->setObjectName(QStringLiteral("partnerCountLabel"));
    m_pathLabel->setObjectName(QStringLiteral("filePathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_testProgress);
    statusBar()->addPermanentWidget(m_testCancelButton);
    statusBar()->addPermanentWidget(m_countLabel);
    m_testProgress->setObjectName(QStringLiteral("testProgress"));
    m_testProgress->setMaximumWidth(220);
    m_testProgress->setFormat(QStringLiteral("%v / %m"));
    m_testProgress->setVisible(false);
    m_testCancelButton->setObjectName(QStringLiteral("testCancelButton"));
    m_testCancelButton->setAutoRaise(true);
    m_testCancelButton->setVisible(false);
    m_probeSettings = ProbeSettingsStore::load();

    // Shortcuts that act on a partner work only where partners are shown, so that
    // Delete in the filter box deletes text, not a partner.
    for (QAction *action : {ui->actionDelete, ui->actionEdit, ui->actionDuplicate}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        ui->partnerTable->addAction(action);
    }
    ui->actionRedo->setShortcuts({QKeySequence::Redo, QKeySequence(QStringLiteral("Ctrl+Y"))});

    m_model->setEditHandler([this](int row, const Partner &partner) -> ValidationIssues {
        const ValidationIssues errors = errorsOnly(m_model->partners().check(partner, row));
        if (!errors.isEmpty())
            return errors;
        m_undoStack->push(
            PartnerChangeCommand::edit(m_model, row, m_model->partnerAt(row), partner));
        return {};
    });
    connect(m_model, &PartnerTableModel::editRefused, this, [this](int, const QString &message) {
        // After the delegate has closed its editor, not inside its commit.
        QTimer::singleShot(0, this, [this, message] { showEditRefused(message); });
    });

    connect(ui->actionNew, &QAction::triggered, this, &MainWindow::newPartner);
    connect(ui->actionEdit, &QAction::triggered, this, &MainWindow::editPartner);
    connect(ui->actionDuplicate, &QAction::triggered, this, &MainWindow::duplicatePartner);
    connect(ui->actionDelete, &QAction::triggered, this, &MainWindow::deletePartner);
    connect(ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseAndOpenFile);
    connect(ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionImport, &QAction::triggered, this, &MainWindow::importPartners);
    connect(ui->actionExportPowerShell, &QAction::triggered, this,
            [this] { exportPowerShell(PowerShellScriptWriter::Mode::New); });
    connect(ui->actionExportPowerShellUpdate, &QAction::triggered, this,
            [this] { exportPowerShell(PowerShellScriptWriter::Mode::NewOrSet); });
    connect(ui->actionTestConnection, &QAction::triggered, this, &MainWindow::testConnection);
    connect(ui->actionTestAll, &QAction::triggered, this, &MainWindow::testAll);
    connect(ui->actionTestRunReport, &QAction::triggered, this, &MainWindow::showTestRunReport);
    connect(ui->actionSaveTestRunReport, &QAction::triggered, this, [this] {
        if (m_lastTestRun)
            ProbeRunExporter(m_prompter.get(), this).save(*m_lastTestRun);
    });
    connect(ui->actionPrintTestRunReport, &QAction::triggered, this, [this] {
        if (m_lastTestRun)
            ProbeRunExporter(m_prompter.get(), this).print(*m_lastTestRun);
    });
    connect(ui->actionSettings, &QAction::triggered, this, [this] { editSettings(QString()); });
    connect(ui->actionUndo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(ui->actionRedo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(ui->actionFind, &QAction::triggered, this, [this] {
        ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        ui->filterEdit->selectAll();
    });
    // Language → English / Français: every window follows at once, through the
    // LanguageChange event each widget receives.
    auto *languages = new QActionGroup(this);
    languages->setExclusive(true);
    ui->actionEnglish->setData(QStringLiteral("en"));
    ui->actionFrench->setData(QStringLiteral("fr"));
    for (QAction *action : {ui->actionEnglish, ui->actionFrench}) {
        languages->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, action] { setLanguage(action->data().toString()); });
    }
    connect(ui->partnerTable, &QAbstractItemView::activated, this, &MainWindow::editPartner);
    connect(ui->partnerTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(ui->partnerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateActions);

    connect(ui->filterEdit, &QLineEdit::textChanged, m_proxy, &PartnerFilterModel::setFilterText);
    connect(ui->partnerTypeFilterCombo, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this] {
                const int type = ui->partnerTypeFilterCombo->currentData().toInt();
                m_proxy->setPartnerTypeFilter(
                    type < 0 ? std::nullopt : std::optional(static_cast<PartnerType>(type)));
            });
    ui->partnerTypeFilterCombo->addItem(QString(), -1);
    for (const PartnerType type : AllPartnerTypes)
        ui->partnerTypeFilterCombo->addItem(QString(), static_cast<int>(type));

    // The shown count follows the proxy: it changes with the rows and with the filters.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    retranslate();
    readSettings();
    updateActions();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Child objects outlive `ui` during QWidget's destruction: stop them calling back.
    disconnect(m_undoStack, nullptr, this, nullptr);
    disconnect(m_proxy, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
}

void MainWindow::setPrompter(std::unique_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
}

void MainWindow::retranslate()
{
    ui->partnerTypeFilterCombo->setItemText(0, tr("All", "partner type filter"));
    for (int i = 1; i < ui->partnerTypeFilterCombo->count(); ++i) {
        ui->partnerTypeFilterCombo->setItemText(
            i,
            displayName(static_cast<PartnerType>(ui->partnerTypeFilterCombo->itemData(i).toInt())));
    }
    m_testCancelButton->setText(tr("Cancel"));
    m_testCancelButton->setToolTip(tr("Cancel the running connection tests"));
    const QString language = Translations::currentLanguage();
    ui->actionEnglish->setChecked(language == u"en");
    ui->actionFrench->setChecked(language == u"fr");
    // Transient messages were written in the previous language.
    statusBar()->clearMessage();
    QApplication::setApplicationDisplayName(tr("XMPP Federated Partners"));
    // The Undo / Redo texts of the changes made so far. The stack hands out const
    // pointers; the commands were created non-const by this window, so the cast is sound.
    for (int i = 0; i < m_undoStack->count(); ++i) {
        if (auto *change = dynamic_cast<const PartnerChangeCommand *>(m_undoStack->command(i)))
            const_cast<PartnerChangeCommand *>(change)->retranslate();
    }
    m_model->retranslate();
    updateActions();
    updateTitle();
    updateStatus();
}

QList<Partner> MainWindow::partnersToExport() const
{
    // The selected partners in table order when several are selected, else every partner
    // of the list, whatever the filters show.
    QList<Partner> partners;
    const QModelIndexList rows = ui->partnerTable->selectionModel()->selectedRows();
    if (rows.size() > 1) {
        QModelIndexList sorted = rows;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &index : std::as_const(sorted))
            partners.append(m_model->partnerAt(m_proxy->mapToSource(index).row()));
        return partners;
    }
    return m_model->partners().partners();
}

void MainWindow::importPartners()
{
    const QString folder = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = m_prompter->openFileName(this, tr("Import partners"), folder,
                                                  ImportReader::dialogFilter());
    if (!path.isEmpty())
        importFile(path);
}

bool MainWindow::importFile(const QString &path)
{
    // Reading and checking a large file takes seconds: off the window's thread, with a
    // progress dialog when it takes long. Cancelling leaves everything as it was.
    ImportReader::Format format = ImportReader::Format::Csv;
    ImportRows rows;
    std::optional<ImportPlan> planned;
    const PartnerList current = m_model->partners();
    BackgroundTask task(this, tr("Reading %1…").arg(QFileInfo(path).fileName()), true);
    task.setShowDelay(m_progressDelay);
    const bool completed = task.run([&](const BackgroundTask::Progress &progress) {
        rows = ImportReader::read(path, &format);
        if (rows.isOk() && progress(300))
            planned.emplace(current, rows.rows);
    });
    if (!completed || (rows.isOk() && !planned)) {
        statusBar()->showMessage(
            tr("Importing %1 was cancelled; nothing changed.").arg(QFileInfo(path).fileName()),
            5000);
        return false;
    }
    if (!rows.isOk()) {
        m_prompter->showError(this, tr("Cannot import the file"),
                              tr("%1 cannot be imported.").arg(QDir::toNativeSeparators(path))
                                  + u"\n" + rows.error.toString() + u"\n\n"
                                  + tr("The partner list was not changed."));
        return false;
    }
    const ImportPlan &plan = *planned;
    ImportPreviewDialog preview(plan, path, format, this);
    preview.setObjectName(QStringLiteral("importPreviewDialog"));
    if (preview.exec() != QDialog::Accepted || plan.isEmpty())
        return false;
    m_undoStack->push(new PartnerChangeCommand(m_model, plan.changes(), plan.description()));
    if (const std::optional<Partner> &first = plan.changes().constFirst().after)
        selectSourceRow(int(m_model->partners().indexOfDomain(first->domain)));
    statusBar()->showMessage(tr("%n partner(s) imported.", nullptr, int(plan.changes().size())),
                             5000);
    return true;
}

bool MainWindow::exportPowerShell(PowerShellScriptWriter::Mode mode)
{
    const QList<Partner> partners = partnersToExport();
    if (partners.isEmpty())
        return false;
    const QString base = m_path.isEmpty() ? tr("partners") : QFileInfo(m_path).completeBaseName();
    const QString suggested = QFileInfo(m_path.isEmpty() ? QDir::home().filePath(base) : m_path)
                                  .dir()
                                  .filePath(base + u".ps1"_qs);
    QString path = m_prompter->saveFileName(this, tr("Export as PowerShell script"), suggested,
                                            tr("PowerShell scripts (*.ps1);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".ps1"_qs;
    if (const auto failure
        = AtomicFile::write(path, PowerShellScriptWriter::script(partners, mode))) {
        m_prompter->showError(
            this, tr("Cannot export the partners"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), failure->reason));
        return false;
    }
    statusBar()->showMessage(tr("Exported %n partner(s) to %1", nullptr, int(partners.size()))
                                 .arg(QDir::toNativeSeparators(path)),
                             5000);
    return true;
}

void MainWindow::setLanguage(const QString &language)
{
    if (language == Translations::currentLanguage())
        return;
    if (!Translations::load(language)) {
        m_prompter->showError(this, tr("Language"),
                              tr("The interface cannot be shown in this language: its "
                                 "translation is missing from this build."));
        retranslate();
        return;
    }
    LanguagePreference::save(language);
    m_model->setCollationLocale(QLocale());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const QByteArray header
        = settings.value(QStringLiteral("mainWindow/tableHeader")).toByteArray();
    if (header.isEmpty() || !ui->partnerTable->horizontalHeader()->restoreState(header)) {
        fitColumnsToLabels();
    }
}

void MainWindow::fitColumnsToLabels()
{
    // Enum columns as wide as their longest label (French ones run longer), text columns
    // a reasonable number of characters.
    const QFontMetrics metrics = ui->partnerTable->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const auto widest = [&](int column, const QStringList &labels) {
        int width = metrics.horizontalAdvance(PartnerTableModel::columnTitle(
                        static_cast<PartnerTableModel::Column>(column)))
            + padding;
        for (const QString &label : labels)
            width = qMax(width, metrics.horizontalAdvance(label) + padding);
        return width;
    };
    QStringList types;
    for (const PartnerType type : AllPartnerTypes)
        types.append(displayName(type));
    QStringList negotiations;
    for (const Negotiation negotiation : AllNegotiations)
        negotiations.append(displayName(negotiation));
    const int chars = metrics.averageCharWidth();
    ui->partnerTable->setColumnWidth(PartnerTableModel::DomainColumn, 26 * chars);
    ui->partnerTable->setColumnWidth(PartnerTableModel::PartnerTypeColumn,
                                     widest(PartnerTableModel::PartnerTypeColumn, types));
    ui->partnerTable->setColumnWidth(PartnerTableModel::TlsColumn,
                                     widest(PartnerTableModel::TlsColumn, negotiations));
    ui->partnerTable->setColumnWidth(PartnerTableModel::SaslColumn,
                                     widest(PartnerTableModel::SaslColumn, negotiations));
    ui->partnerTable->setColumnWidth(
        PartnerTableModel::DialbackColumn,
        widest(PartnerTableModel::DialbackColumn,
               {dialbackDisplayName(true), dialbackDisplayName(false)}));
    ui->partnerTable->setColumnWidth(PartnerTableModel::AdditionalDomainsColumn, 34 * chars);
    ui->partnerTable->setColumnWidth(PartnerTableModel::DescriptionColumn, 40 * chars);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/tableHeader"),
                      ui->partnerTable->horizontalHeader()->saveState());
    if (!m_path.isEmpty())
        settings.setValue(QStringLiteral("lastFile"), QFileInfo(m_path).absoluteFilePath());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

bool MainWindow::maybeSave()
{
    if (m_undoStack->isClean())
        return true;
    const QString name = m_path.isEmpty()
        ? tr("The new partner list")
        : tr("The partner list %1").arg(QFileInfo(m_path).fileName());
    switch (m_prompter->askToSave(
        this, tr("%1 has unsaved changes. Do you want to save them?").arg(name))) {
    case Prompter::SaveAnswer::Save:
        return save();
    case Prompter::SaveAnswer::Discard:
        return true;
    case Prompter::SaveAnswer::Cancel:
        return false;
    }
    return false;
}

void MainWindow::chooseAndOpenFile()
{
    if (!maybeSave())
        return;
    const QString folder = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = m_prompter->openFileName(this, tr("Open partner file"), folder,
                                                  tr("Partner files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path, bool askToSave)
{
    if (askToSave && !maybeSave())
        return false;
    auto store = std::make_unique<PartnerStore>(path);
    // Off the window's thread: a large file shows its progress and can be cancelled,
    // which leaves everything as it was.
    PartnerStore::LoadResult loaded;
    BackgroundTask task(this, tr("Opening %1…").arg(QFileInfo(path).fileName()), true);
    task.setShowDelay(m_progressDelay);
    const bool completed = task.run(
        [&](const BackgroundTask::Progress &progress) { loaded = store->load(progress); });
    if (!completed || loaded.cancelled) {
        statusBar()->showMessage(
            tr("Opening %1 was cancelled; nothing changed.").arg(QFileInfo(path).fileName()), 5000);
        return false;
    }
    if (!loaded.isOk()) {
        m_prompter->showError(this, tr("Cannot open the partner file"),
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
    QSettings().setValue(QStringLiteral("lastFile"), QFileInfo(path).absoluteFilePath());
    updateTitle();
    updateActions();
    updateStatus();
    if (m_proxy->rowCount() > 0)
        ui->partnerTable->selectRow(0);
    if (lockError) {
        m_prompter->showError(this, tr("Opened read-only"),
                              lockError->message() + u"\n\n"
                                  + tr("The partners are shown read-only: use Save as to keep "
                                       "changes in another file."));
    }
    return true;
}

bool MainWindow::save()
{
    if (m_path.isEmpty() || m_readOnly || !m_store)
        return saveAs();
    return saveTo(*m_store);
}

bool MainWindow::saveAs()
{
    const QString suggested
        = m_path.isEmpty() ? QDir::home().filePath(tr("partners.json")) : m_path;
    QString path = m_prompter->saveFileName(this, tr("Save partner file"), suggested,
                                            tr("Partner files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (m_store && !m_readOnly && QFileInfo(path) == QFileInfo(m_path))
        return saveTo(*m_store);

    auto store = std::make_unique<PartnerStore>(path);
    if (const auto error = store->lock()) {
        m_prompter->showError(this, tr("Cannot save the partner file"),
                              error->message() + u"\n\n"
                                  + tr("Your partners are still open here."));
        return false;
    }
    if (!saveTo(*store))
        return false;
    m_store = std::move(store);
    m_path = path;
    m_readOnly = false;
    QSettings().setValue(QStringLiteral("lastFile"), QFileInfo(path).absoluteFilePath());
    updateTitle();
    updateActions();
    updateStatus();
    return true;
}

bool MainWindow::saveTo(PartnerStore &store)
{
    const PartnerStore::Document document {m_model->partners(), m_unknownFields};
    // Off the window's thread, with a progress dialog when it takes long; a save that
    // has begun is finished, so it has no Cancel button.
    std::optional<PartnerStore::Error> saveError;
    BackgroundTask task(this, tr("Saving %1…").arg(QFileInfo(store.path()).fileName()), false);
    task.setShowDelay(m_progressDelay);
    task.run([&](const BackgroundTask::Progress &progress) {
        saveError = store.save(document, progress);
    });
    if (const auto &error = saveError) {
        m_prompter->showError(this, tr("Cannot save the partner file"),
                              error->message() + u"\n\n"
                                  + tr("The file on disk was left as it was, and your partners "
                                       "are still open here: nothing was lost."));
        return false;
    }
    m_undoStack->setClean();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(store.path())), 5000);
    return true;
}

int MainWindow::currentSourceRow() const
{
    const QModelIndex current = ui->partnerTable->currentIndex();
    if (!current.isValid() || !ui->partnerTable->selectionModel()->isRowSelected(current.row()))
        return -1;
    return m_proxy->mapToSource(current).row();
}

void MainWindow::selectSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    ui->partnerTable->setCurrentIndex(index);
    ui->partnerTable->selectRow(index.row());
    ui->partnerTable->scrollTo(index);
}

std::optional<Partner> MainWindow::runEditor(int mode, const Partner &partner, int replacingRow)
{
    PartnerDialog dialog(
        static_cast<PartnerDialog::Mode>(mode),
        [this, replacingRow](const Partner &candidate) {
            return m_model->partners().check(candidate, replacingRow);
        },
        this);
    dialog.setObjectName(QStringLiteral("partnerDialog"));
    dialog.setPartner(partner);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.partner();
}

void MainWindow::newPartner()
{
    if (const auto partner = runEditor(int(PartnerDialog::Mode::New), Partner(), -1)) {
        const int row = m_model->rowCount();
        m_undoStack->push(PartnerChangeCommand::add(m_model, row, *partner));
        selectSourceRow(row);
    }
}

void MainWindow::editPartner()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const Partner before = m_model->partnerAt(row);
    if (const auto after = runEditor(int(PartnerDialog::Mode::Edit), before, row)) {
        if (*after != before)
            m_undoStack->push(PartnerChangeCommand::edit(m_model, row, before, *after));
        selectSourceRow(row);
    }
}

void MainWindow::duplicatePartner()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    // Domains belong to one partner only: the copy starts without them.
    Partner copy = m_model->partnerAt(row);
    copy.domain.clear();
    copy.additionalDomains.clear();
    if (const auto partner = runEditor(int(PartnerDialog::Mode::Duplicate), copy, -1)) {
        m_undoStack->push(PartnerChangeCommand::add(m_model, row + 1, *partner));
        selectSourceRow(row + 1);
    }
}

void MainWindow::deletePartner()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const Partner partner = m_model->partnerAt(row);
    if (!m_prompter->confirm(this, tr("Delete partner"),
                             tr("Delete the partner %1 and its settings?").arg(partner.domain),
                             tr("Delete")))
        return;
    m_undoStack->push(PartnerChangeCommand::remove(m_model, row, partner));
    if (m_model->rowCount() > 0)
        selectSourceRow(qMin(row, m_model->rowCount() - 1));
}

void MainWindow::showEditRefused(const QString &message)
{
    m_prompter->showError(this, tr("Change refused"),
                          message + u'\n' + tr("Your changes were not saved."));
}

bool MainWindow::editSettings(const QString &reason)
{
    ProbeSettingsDialog dialog(this);
    dialog.setObjectName(QStringLiteral("settingsDialog"));
    dialog.setSettings(m_probeSettings);
    dialog.setMessage(reason);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_probeSettings = dialog.settings();
    ProbeSettingsStore::save(m_probeSettings);
    return true;
}

void MainWindow::overrideProbeSettings(const QString &localDomain, const QString &extraCaFile)
{
    if (!localDomain.isEmpty())
        m_probeSettings.localDomain = localDomain;
    if (!extraCaFile.isEmpty())
        m_probeSettings.extraCaFile = extraCaFile;
}

bool MainWindow::ensureLocalDomain()
{
    if (!m_probeSettings.localDomain.isEmpty())
        return true;
    return editSettings(tr("Before the first test, enter the local XMPP domain: the test opens its "
                           "streams from it, as your Edge server would."));
}

ProbeRunner *MainWindow::startTests(const QList<Partner> &partners)
{
    if (m_runner && m_runner->isRunning()) {
        m_prompter->showError(
            this, tr("Connection test"),
            tr("Connection tests are already running. Wait for them or cancel them."));
        return nullptr;
    }
    if (!ensureLocalDomain())
        return nullptr;
    if (m_runner)
        m_runner->deleteLater();
    m_runner = new ProbeRunner(m_probeSettings, this);
    m_pendingResults.clear();
    m_domainsLeft.clear();
    for (const Partner &partner : partners)
        m_domainsLeft.insert(partner.domain, int(partner.allDomains().size()));
    connect(m_runner, &ProbeRunner::reportReady, this, &MainWindow::recordTestResult);
    connect(m_runner, &ProbeRunner::progress, this, [this](int done, int total) {
        m_testProgress->setMaximum(total);
        m_testProgress->setValue(done);
    });
    connect(m_runner, &ProbeRunner::finished, this, &MainWindow::testsFinished);
    connect(m_testCancelButton, &QToolButton::clicked, m_runner, &ProbeRunner::cancel,
            Qt::UniqueConnection);
    m_testProgress->setVisible(true);
    m_testCancelButton->setVisible(true);
    m_runner->start(ProbeRunner::jobsFor(partners));
    updateActions();
    return m_runner;
}

void MainWindow::testConnection()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    ProbeRunner *runner = startTests({m_model->partnerAt(row)});
    if (!runner)
        return;
    auto *dialog = new ProbeReportDialog(runner, m_prompter.get(), this);
    dialog->setObjectName(QStringLiteral("reportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::testAll()
{
    if (m_model->rowCount() == 0)
        return;
    ProbeRunner *runner = startTests(m_model->partners().partners());
    if (!runner)
        return;
    if (runner->isRunning())
        connect(runner, &ProbeRunner::finished, this, [this, runner] { testAllFinished(runner); });
    else
        testAllFinished(runner);
}

void MainWindow::testAllFinished(ProbeRunner *runner)
{
    auto run = std::make_shared<ProbeRunReport>(ProbeRunReport::fromRunner(*runner));
    run->partnerFile = m_path;
    // A run cancelled before any test finished has nothing to report.
    if (!run->hasResults())
        return;
    m_lastTestRun = std::move(run);
    updateActions();
    showTestRunReport();
}

void MainWindow::showTestRunReport()
{
    if (!m_lastTestRun)
        return;
    if (!m_testRunWindow) {
        m_testRunWindow = new ProbeRunWindow(m_prompter.get(), this);
        m_testRunWindow->setObjectName(QStringLiteral("testRunWindow"));
        m_testRunWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_testRunWindow->setReport(m_lastTestRun);
    m_testRunWindow->show();
    m_testRunWindow->raise();
    m_testRunWindow->activateWindow();
}

void MainWindow::recordTestResult(int index, const ProbeReport &report)
{
    // A partner's Last test is the worst result among its domains.
    const ProbeRunner::Job &job = m_runner->jobs().at(index);
    const QString key = job.partner.domain;
    auto &worst = m_pendingResults[key];
    if (!worst.testedAt.isValid() || int(report.verdict) > int(worst.verdict)) {
        worst.verdict = report.verdict;
        worst.advice = report.domain == key
            ? report.advice
            : trLater("%1: %2").arg(report.domain).arg(report.advice);
    }
    worst.testedAt = QDateTime::currentDateTime();
    if (--m_domainsLeft[key] <= 0)
        m_model->setLastTest(key, worst);
}

void MainWindow::testsFinished()
{
    int counts[3] = {0, 0, 0};
    for (const ProbeReport &report : m_runner->reports())
        ++counts[int(report.verdict)];
    m_pendingResults.clear();
    m_domainsLeft.clear();
    m_testProgress->setVisible(false);
    m_testCancelButton->setVisible(false);
    statusBar()->showMessage(tr("Connection tests finished: %1, %2, %3.")
                                 .arg(tr("%n passed", "test summary", counts[0]),
                                      tr("%n with warnings", "test summary", counts[1]),
                                      tr("%n failed", "test summary", counts[2])));
    updateActions();
}

void MainWindow::updateActions()
{
    const bool havePartners = m_model->rowCount() > 0;
    ui->actionExportPowerShell->setEnabled(havePartners);
    ui->actionExportPowerShellUpdate->setEnabled(havePartners);
    const bool selected = currentSourceRow() >= 0;
    const bool testing = m_runner && m_runner->isRunning();
    ui->actionTestConnection->setEnabled(selected && !testing);
    ui->actionTestAll->setEnabled(m_model->rowCount() > 0 && !testing);
    for (QAction *action :
         {ui->actionTestRunReport, ui->actionSaveTestRunReport, ui->actionPrintTestRunReport})
        action->setEnabled(m_lastTestRun != nullptr);
    ui->actionEdit->setEnabled(selected);
    ui->actionDuplicate->setEnabled(selected);
    ui->actionDelete->setEnabled(selected);
    ui->actionUndo->setEnabled(m_undoStack->canUndo());
    ui->actionRedo->setEnabled(m_undoStack->canRedo());
    ui->actionUndo->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText())
                                                   : tr("&Undo"));
    ui->actionRedo->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText())
                                                   : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    const QString readOnly = m_readOnly ? tr(" (read-only)") : QString();
    setWindowTitle(name + QStringLiteral("[*]") + readOnly);
    setWindowModified(!m_undoStack->isClean());
    ui->actionSave->setEnabled(!m_readOnly);
}

void MainWindow::updateStatus()
{
    m_countLabel->setText(
        tr("%1 of %n partner(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    m_pathLabel->setText(m_path.isEmpty()
                             ? tr("Not saved yet")
                             : QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()));
    updateActions();
}
