#pragma once

#include "formats/powershellscriptwriter.h"
#include "models/partnertablemodel.h"
#include "probe/proberunner.h"
#include "probe/probesettings.h"
#include "support/prompter.h"

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class PartnerFilterModel;
class PartnerStore;
class ProbeRunner;
class QLabel;
class QProgressBar;
class QToolButton;
class QUndoStack;
class ProbeRunReport;
class ProbeRunWindow;
struct Partner;

// The administrator's window: the partner table with its filters, the actions on
// partners, undo / redo and the partner file.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    XP_DECLARE_TR_LATER(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the message boxes and file dialogs (tests answer them this way).
    void setPrompter(std::unique_ptr<Prompter> prompter);

    // Opens `path` (after asking about unsaved changes when `askToSave`). On failure the
    // current list stays as it was and the user is told why.
    // A large file loads off the window's thread, with a progress dialog after
    // progressDelay() milliseconds; cancelling it leaves everything as it was.
    bool openFile(const QString &path, bool askToSave = false);
    int progressDelay() const { return m_progressDelay; }
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }
    bool save();
    bool saveAs();
    QString filePath() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QUndoStack *undoStack() const { return m_undoStack; }
    PartnerTableModel *model() const { return m_model; }

    // Connection tests: the selected partner (with a report window) or every partner.
    void testConnection();
    void testAll();
    ProbeRunner *testRunner() const { return m_runner; }
    // The last Test all run that tested something (null before one), and its window,
    // which opens when the run ends.
    const ProbeRunReport *lastTestRun() const { return m_lastTestRun.get(); }
    void showTestRunReport();
    bool editSettings(const QString &reason);
    // Settings for this session only (the command line's --local-domain, --ca-file);
    // empty values leave the saved ones.
    void overrideProbeSettings(const QString &localDomain, const QString &extraCaFile);

    // File → Import: reads `path` (CSV, xmpp-partners file or Management Shell script),
    // shows the preview and, when the user accepts, applies the new and changed rows as
    // one undo step. Returns whether the list changed. Without a path, asks for one.
    bool importFile(const QString &path);
    void importPartners();

    // File → Export: the selected partners (when several are selected) or all of them,
    // as a Management Shell script.
    bool exportPowerShell(PowerShellScriptWriter::Mode mode);

    // Shows the interface in `language` ("en", "fr") now, and remembers the choice.
    void setLanguage(const QString &language);

    void newPartner();
    void editPartner();
    void duplicatePartner();
    void deletePartner();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void chooseAndOpenFile();
    bool maybeSave();
    bool saveTo(PartnerStore &store);
    int currentSourceRow() const;
    QList<Partner> partnersToExport() const;
    void selectSourceRow(int row);
    // Runs the editor; returns the partner committed, or nothing when cancelled.
    std::optional<Partner> runEditor(int mode, const Partner &partner, int replacingRow);
    void showEditRefused(const QString &message);
    bool ensureLocalDomain();
    ProbeRunner *startTests(const QList<Partner> &partners);
    void recordTestResult(int index, const ProbeReport &report);
    void testsFinished();
    void testAllFinished(ProbeRunner *runner);
    void updateActions();
    void updateTitle();
    void updateStatus();
    void retranslate();
    void readSettings();
    void fitColumnsToLabels();
    void writeSettings() const;

    std::unique_ptr<Ui::MainWindow> ui;
    std::unique_ptr<Prompter> m_prompter;
    PartnerTableModel *m_model;
    PartnerFilterModel *m_proxy;
    QUndoStack *m_undoStack;
    QLabel *m_countLabel;
    QLabel *m_pathLabel;
    QProgressBar *m_testProgress;
    QToolButton *m_testCancelButton;
    ProbeSettings m_probeSettings;
    QPointer<ProbeRunner> m_runner;
    QHash<QString, PartnerTableModel::LastTest> m_pendingResults; // by primary domain
    QHash<QString, int> m_domainsLeft;
    std::shared_ptr<const ProbeRunReport> m_lastTestRun;
    QPointer<ProbeRunWindow> m_testRunWindow;
    std::unique_ptr<PartnerStore> m_store; // holds the open file's lock
    QJsonObject m_unknownFields; // top-level keys of the file kept for saving
    QString m_path;
    bool m_readOnly = false;
    int m_progressDelay = 500;
};
