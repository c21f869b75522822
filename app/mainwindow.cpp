#include "mainwindow.h"

#include "advice/suggestionlist.h"
#include "editor/partnereditor.h"
#include "editor/partneritemdelegate.h"
#include "i18n/languagepreference.h"
#include "i18n/translations.h"
#include "import/partnerimporter.h"
#include "models/partnerfiltermodel.h"
#include "models/partnertablemodel.h"
#include "probe/deploymentcheckdialog.h"
#include "probe/suggestionapplier.h"
#include "probe/watchalertlabel.h"
#include "support/messageboxprompter.h"
#include "support/powershellexporter.h"

#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_prompter(std::make_unique<MessageBoxPrompter>())
    , m_document(new PartnerDocument(m_prompter.get(), this))
    , m_model(m_document->model())
    , m_probes(new ProbeRunController(m_model, m_prompter.get(), this))
    , m_importer(new PartnerImporter(m_document, m_prompter.get(), this))
    , m_suggestions(new SuggestionApplier(m_document, m_prompter.get(), this))
    , m_proxy(new PartnerFilterModel(this))
    , m_countLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_probeProgress(new QProgressBar(this))
    , m_probeCancelButton(new QToolButton(this))
    , m_watchLabel(new WatchAlertLabel(this))
{
    ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    ui->partnerTable->setModel(m_proxy);
    ui->partnerTable->setItemDelegate(new PartnerItemDelegate(ui->partnerTable));
    ui->partnerTable->sortByColumn(PartnerTableModel::DomainColumn, Qt::AscendingOrder);
    ui->partnerTable->horizontalHeader()->setSectionsMovable(true);
    ui->partnerTable->verticalHeader()->setDefaultSectionSize(
        ui->partnerTable->fontMetrics().height() + 10);
    // Every row as high as the next: the header never measures rows, whatever their count.
    ui->partnerTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Text shaped only where a script needs it: domains, settings and descriptions are
    // drawn without kerning, cheaper to paint at every keystroke and sort.
    QFont tableFont = ui->partnerTable->font();
    tableFont.setStyleStrategy(QFont::PreferNoShaping);
    ui->partnerTable->setFont(tableFont);
    m_countLabel->setObjectName(QStringLiteral("partnerCountLabel"));
    m_pathLabel->setObjectName(QStringLiteral("filePathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Left of the path, which it pushes aside while shown.
    statusBar()->addPermanentWidget(m_watchLabel, 1);
    statusBar()->addPermanentWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_probeProgress);
    statusBar()->addPermanentWidget(m_probeCancelButton);
    statusBar()->addPermanentWidget(m_countLabel);
    m_probeProgress->setObjectName(QStringLiteral("probeProgress"));
    m_probeProgress->setMaximumWidth(220);
    m_probeProgress->setFormat(QStringLiteral("%v / %m"));
    m_probeProgress->setVisible(false);
    m_probeCancelButton->setObjectName(QStringLiteral("probeCancelButton"));
    m_probeCancelButton->setAutoRaise(true);
    m_probeCancelButton->setVisible(false);

    // Shortcuts that act on a partner work only where partners are shown, so that
    // Delete in the filter box deletes text, not a partner.
    for (QAction *action : {ui->actionDelete, ui->actionEdit, ui->actionDuplicate}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        ui->partnerTable->addAction(action);
    }
    // The table's context menu: the actions above, and the Last test's suggested setting.
    ui->partnerTable->addAction(ui->actionApplySuggestion);
    ui->partnerTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_probes->setSuggestionApplier(m_suggestions);
    ui->actionRedo->setShortcuts({QKeySequence::Redo, QKeySequence(QStringLiteral("Ctrl+Y"))});
    connectActions();

    // The document, the test runs and the filters talk back through signals.
    connect(m_model, &PartnerTableModel::editRefused, this, [this](int, const QString &message) {
        // After the delegate has closed its editor, not inside its commit.
        QTimer::singleShot(0, this, [this, message] { showEditRefused(message); });
    });
    connect(m_document, &PartnerDocument::fileChanged, this, [this] {
        updateTitle();
        updateStatus();
    });
    connect(m_document, &PartnerDocument::opened, this, [this] {
        if (m_proxy->rowCount() > 0)
            ui->partnerTable->selectRow(0);
    });
    connect(m_document, &PartnerDocument::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_importer, &PartnerImporter::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_importer, &PartnerImporter::imported, this, [this](int row, int count) {
        selectSourceRow(row);
        statusBar()->showMessage(tr("%n partner(s) imported.", nullptr, count), 5000);
    });
    connect(m_probes, &ProbeRunController::probesFinished, this, &MainWindow::showProbesFinished);
    connect(m_probes, &ProbeRunController::runningChanged, this, &MainWindow::showProbesRunning);
    connect(m_probes, &ProbeRunController::progress, this, [this](int done, int total) {
        m_probeProgress->setMaximum(total);
        m_probeProgress->setValue(done);
    });
    connect(m_probes, &ProbeRunController::lastRunChanged, this, &MainWindow::updateActions);
    connect(m_suggestions, &SuggestionApplier::applied, this, [this](int row, int count) {
        selectSourceRow(row);
        statusBar()->showMessage(
            tr("Suggested settings applied to %n partner(s); test them again.", nullptr, count),
            5000);
    });
    // The Last test of the selected row carries the suggestion.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_probes, &ProbeRunController::retestDue, this,
            [this] { m_probes->retestAll(m_model->partners().partners(), m_document->path()); });
    connect(m_probes, &ProbeRunController::watchAlert, m_watchLabel, &WatchAlertLabel::showChanges);
    connect(m_probeCancelButton, &QToolButton::clicked, m_probes, &ProbeRunController::cancel);
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
    // A filter or a sort lays the table out at once (after the view's own handler): left
    // to the view's delayed layout, it would paint every visible row a second time.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, ui->partnerTable,
            &QTableView::doItemsLayout);
    connect(undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    retranslate();
    readSettings();
    updateActions();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Child objects outlive `ui` during QWidget's destruction: stop them calling back.
    disconnect(undoStack(), nullptr, this, nullptr);
    disconnect(m_proxy, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_probes, nullptr, this, nullptr);
    disconnect(m_importer, nullptr, this, nullptr);
    disconnect(m_suggestions, nullptr, this, nullptr);
}

void MainWindow::connectActions()
{
    connect(ui->actionNew, &QAction::triggered, this, &MainWindow::newPartner);
    connect(ui->actionEdit, &QAction::triggered, this, &MainWindow::editPartner);
    connect(ui->actionDuplicate, &QAction::triggered, this, &MainWindow::duplicatePartner);
    connect(ui->actionDelete, &QAction::triggered, this, &MainWindow::deletePartner);
    connect(ui->actionOpen, &QAction::triggered, m_document, &PartnerDocument::chooseAndOpen);
    connect(ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionImport, &QAction::triggered, m_importer, &PartnerImporter::chooseAndImport);
    connect(ui->actionExportPowerShell, &QAction::triggered, this,
            [this] { exportPowerShell(PowerShellScriptWriter::Mode::New); });
    connect(ui->actionExportPowerShellUpdate, &QAction::triggered, this,
            [this] { exportPowerShell(PowerShellScriptWriter::Mode::NewOrSet); });
    connect(ui->actionProbe, &QAction::triggered, this, &MainWindow::probeSelected);
    connect(ui->actionProbeAll, &QAction::triggered, this, &MainWindow::probeAll);
    connect(ui->actionCheckDeployment, &QAction::triggered, this, &MainWindow::checkDeployment);
    connect(ui->actionApplySuggestion, &QAction::triggered, this, &MainWindow::applySuggestion);
    connect(ui->actionProbeRunReport, &QAction::triggered, m_probes,
            &ProbeRunController::showLastRun);
    connect(ui->actionSaveProbeRunReport, &QAction::triggered, m_probes,
            &ProbeRunController::saveLastRun);
    connect(ui->actionPrintProbeRunReport, &QAction::triggered, m_probes,
            &ProbeRunController::printLastRun);
    connect(ui->actionSettings, &QAction::triggered, this, [this] { editSettings(QString()); });
    connect(ui->actionUndo, &QAction::triggered, undoStack(), &QUndoStack::undo);
    connect(ui->actionRedo, &QAction::triggered, undoStack(), &QUndoStack::redo);
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
}

void MainWindow::setPrompter(std::unique_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
    m_document->setPrompter(m_prompter.get());
    m_probes->setPrompter(m_prompter.get());
    m_importer->setPrompter(m_prompter.get());
    m_suggestions->setPrompter(m_prompter.get());
}

void MainWindow::retranslate()
{
    ui->partnerTypeFilterCombo->setItemText(0, tr("All", "partner type filter"));
    for (int i = 1; i < ui->partnerTypeFilterCombo->count(); ++i) {
        ui->partnerTypeFilterCombo->setItemText(
            i,
            displayName(static_cast<PartnerType>(ui->partnerTypeFilterCombo->itemData(i).toInt())));
    }
    m_probeCancelButton->setText(tr("Cancel"));
    m_probeCancelButton->setToolTip(tr("Cancel the running connection tests"));
    const QString language = Translations::currentLanguage();
    ui->actionEnglish->setChecked(language == u"en");
    ui->actionFrench->setChecked(language == u"fr");
    // Transient messages were written in the previous language.
    statusBar()->clearMessage();
    m_watchLabel->retranslate();
    QApplication::setApplicationDisplayName(tr("XMPP Federated Partners"));
    m_document->retranslate();
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

bool MainWindow::importFile(const QString &path)
{
    return m_importer->importFile(path);
}

bool MainWindow::exportPowerShell(PowerShellScriptWriter::Mode mode)
{
    const QList<Partner> partners = partnersToExport();
    if (partners.isEmpty())
        return false;
    const QString path = PowerShellExporter(m_prompter.get(), this)
                             .exportPartners(partners, mode, m_document->path());
    if (path.isEmpty())
        return false;
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
    if (header.isEmpty() || !ui->partnerTable->horizontalHeader()->restoreState(header))
        PartnerItemDelegate::fitColumns(ui->partnerTable);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/tableHeader"),
                      ui->partnerTable->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

bool MainWindow::openFile(const QString &path, bool askToSave)
{
    if (askToSave && !m_document->maybeSave())
        return false;
    return m_document->open(path);
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

void MainWindow::newPartner()
{
    selectSourceRow(PartnerEditor(m_document, m_prompter.get(), this).addNew());
}

void MainWindow::editPartner()
{
    selectSourceRow(PartnerEditor(m_document, m_prompter.get(), this).edit(currentSourceRow()));
}

void MainWindow::duplicatePartner()
{
    selectSourceRow(
        PartnerEditor(m_document, m_prompter.get(), this).duplicate(currentSourceRow()));
}

void MainWindow::deletePartner()
{
    selectSourceRow(PartnerEditor(m_document, m_prompter.get(), this).remove(currentSourceRow()));
}

namespace {

// The suggestion of the Last test of `row`, for the partner as it was tested.
SuggestionList lastSuggestion(const PartnerTableModel *model, int row)
{
    SuggestionList list;
    if (row < 0)
        return list;
    const Partner &partner = model->partnerAt(row);
    if (const auto last = model->lastProbe(row))
        list.add(last->testedWith.value_or(partner), partner.domain, last->suggestion);
    return list;
}

} // namespace

bool MainWindow::applySuggestion()
{
    return m_suggestions->apply(lastSuggestion(m_model, currentSourceRow()), this);
}

void MainWindow::showEditRefused(const QString &message)
{
    m_prompter->showError(this, tr("Change refused"),
                          message + u'\n' + tr("Your changes were not saved."));
}

void MainWindow::probeSelected()
{
    const int row = currentSourceRow();
    if (row >= 0)
        m_probes->probePartner(m_model->partnerAt(row));
}

void MainWindow::probeAll()
{
    m_probes->probeAll(m_model->partners().partners(), m_document->path());
}

void MainWindow::checkDeployment()
{
    if (m_probes->settings().localDomain.isEmpty()) {
        if (!m_prompter->confirm(this, tr("Check my deployment"),
                                 tr("No local XMPP domain is set. The check tests that domain as "
                                    "partners see it: its SRV record, port 5269, the Edge's "
                                    "certificate and dialback. Open the connection test "
                                    "settings to enter it?"),
                                 tr("Open settings")))
            return;
        if (!editSettings(tr("Enter the local XMPP domain to check: the domain partners "
                             "federate with, as published in _xmpp-server._tcp."))
            || m_probes->settings().localDomain.isEmpty())
            return;
    }
    auto *dialog = new DeploymentCheckDialog(m_probes->settings(), m_prompter.get(), this);
    dialog->setObjectName(QStringLiteral("deploymentCheckDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
}

void MainWindow::showProbesRunning(bool running)
{
    m_probeProgress->setVisible(running);
    m_probeCancelButton->setVisible(running);
    updateActions();
}

void MainWindow::showProbesFinished(int passed, int warnings, int failed)
{
    statusBar()->showMessage(tr("Connection tests finished: %1, %2, %3.")
                                 .arg(tr("%n passed", "test summary", passed),
                                      tr("%n with warnings", "test summary", warnings),
                                      tr("%n failed", "test summary", failed)));
}

void MainWindow::updateActions()
{
    const bool havePartners = m_model->rowCount() > 0;
    ui->actionExportPowerShell->setEnabled(havePartners);
    ui->actionExportPowerShellUpdate->setEnabled(havePartners);
    const bool selected = currentSourceRow() >= 0;
    const bool testing = m_probes->isRunning();
    ui->actionProbe->setEnabled(selected && !testing);
    ui->actionProbeAll->setEnabled(m_model->rowCount() > 0 && !testing);
    for (QAction *action :
         {ui->actionProbeRunReport, ui->actionSaveProbeRunReport, ui->actionPrintProbeRunReport})
        action->setEnabled(m_probes->lastRun() != nullptr);
    ui->actionEdit->setEnabled(selected);
    ui->actionDuplicate->setEnabled(selected);
    ui->actionDelete->setEnabled(selected);
    const SuggestionList suggestion = lastSuggestion(m_model, currentSourceRow());
    // Not once the settings changed after the test: its advice was about the old ones.
    ui->actionApplySuggestion->setEnabled(
        !suggestion.isEmpty() && !m_model->isLastProbeOutdated(currentSourceRow())
        && suggestion.items().constFirst().change.changes(m_model->partnerAt(currentSourceRow())));
    ui->actionUndo->setEnabled(undoStack()->canUndo());
    ui->actionRedo->setEnabled(undoStack()->canRedo());
    ui->actionUndo->setText(undoStack()->canUndo() ? tr("&Undo %1").arg(undoStack()->undoText())
                                                   : tr("&Undo"));
    ui->actionRedo->setText(undoStack()->canRedo() ? tr("&Redo %1").arg(undoStack()->redoText())
                                                   : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    const QString path = m_document->path();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    const QString readOnly = m_document->isReadOnly() ? tr(" (read-only)") : QString();
    setWindowTitle(name + QStringLiteral("[*]") + readOnly);
    setWindowModified(!undoStack()->isClean());
    ui->actionSave->setEnabled(!m_document->isReadOnly());
}

void MainWindow::updateStatus()
{
    m_countLabel->setText(
        tr("%1 of %n partner(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    const QString path = m_document->path();
    m_pathLabel->setText(path.isEmpty()
                             ? tr("Not saved yet")
                             : QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    updateActions();
}
