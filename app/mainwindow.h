#pragma once

#include "formats/powershellscriptwriter.h"
#include "partnerdocument.h"
#include "probe/proberuncontroller.h"
#include "support/prompter.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class PartnerFilterModel;
class PartnerImporter;
class SuggestionApplier;
class PartnerTableModel;
class ProbeRunner;
class QLabel;
class QProgressBar;
class QToolButton;
class QUndoStack;
class WatchAlertLabel;
struct Partner;

// The administrator's window: the partner table with its filters and the actions on
// partners, wired to the open partner file (PartnerDocument) and to the connection tests
// (ProbeRunController).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

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
    int progressDelay() const { return m_document->progressDelay(); }
    void setProgressDelay(int milliseconds) { m_document->setProgressDelay(milliseconds); }
    bool save() { return m_document->save(); }
    bool saveAs() { return m_document->saveAs(); }
    QString filePath() const { return m_document->path(); }
    bool isReadOnly() const { return m_document->isReadOnly(); }
    QUndoStack *undoStack() const { return m_document->undoStack(); }
    PartnerTableModel *model() const { return m_model; }

    // Connection tests: the selected partner (with a report window) or every partner.
    void probeSelected();
    void probeAll();
    // Partner → Check my deployment: the local domain as partners see it, in a window of its
    // own; without a local domain, offers the settings first.
    void checkDeployment();
    ProbeRunner *probeRunner() const { return m_probes->runner(); }
    // The last Test all run that tested something (null before one), and its window,
    // which opens when the run ends.
    const ProbeRunReport *lastProbeRun() const { return m_probes->lastRun(); }
    bool editSettings(const QString &reason) { return m_probes->editSettings(reason); }
    // Settings for this session only (the command line's --local-domain, --ca-file);
    // empty values leave the saved ones.
    void overrideProbeSettings(const QString &localDomain, const QString &extraCaFile,
                               const QString &clientCertificate = {}, const QString &clientKey = {})
    {
        m_probes->overrideSettings(localDomain, extraCaFile, clientCertificate, clientKey);
    }

    // File → Import: reads `path` (CSV, xmpp-partners file or Management Shell script),
    // shows the preview and, when the user accepts, applies the new and changed rows as
    // one undo step. Returns whether the list changed.
    bool importFile(const QString &path);

    // File → Export: the selected partners (when several are selected) or all of them,
    // as a Management Shell script.
    bool exportPowerShell(PowerShellScriptWriter::Mode mode);

    // Shows the interface in `language` ("en", "fr") now, and remembers the choice.
    void setLanguage(const QString &language);

    void newPartner();
    void editPartner();
    void duplicatePartner();
    void deletePartner();
    // Partner → Apply suggested setting (also in the table's context menu): the change of
    // settings that the selected partner's Last test advises, as one undo step.
    bool applySuggestion();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectActions();
    int currentSourceRow() const;
    QList<Partner> partnersToExport() const;
    void selectSourceRow(int row);
    void showEditRefused(const QString &message);
    void showProbesRunning(bool running);
    void showProbesFinished(int passed, int warnings, int failed);
    // The certificate watch's message: what got worse at the last test, until the next
    // change or a click on it.
    void updateActions();
    void updateTitle();
    void updateStatus();
    void retranslate();
    void readSettings();
    void writeSettings() const;

    std::unique_ptr<Ui::MainWindow> ui;
    std::unique_ptr<Prompter> m_prompter;
    PartnerDocument *m_document;
    PartnerTableModel *m_model; // the document's
    ProbeRunController *m_probes;
    PartnerImporter *m_importer;
    SuggestionApplier *m_suggestions;
    PartnerFilterModel *m_proxy;
    QLabel *m_countLabel;
    QLabel *m_pathLabel;
    QProgressBar *m_probeProgress;
    QToolButton *m_probeCancelButton;
    WatchAlertLabel *m_watchLabel;
};
