#pragma once

#include "i18n/localizedtext.h"
#include "models/partnertablemodel.h"
#include "probe/probesettings.h"
#include "report/proberunreport.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ProbeRunner;
class ProbeRunWindow;
class Prompter;
class QWidget;
class SuggestionApplier;

// The connection tests started from the window: Test connection on one partner, with its
// live report, and Test all, whose results window opens when the run ends. Folds each
// partner's domains into the table's Last test column as their results come in, keeps
// the last Test all run for the Partner menu's report actions, and holds the test
// settings (asked for before the first test). Progress and the end of a run come out as
// signals. With the setting on, asks for Test all again every few hours (retestDue) and
// runs it quietly, and says when a test found a partner worse than the previous one
// (watchAlert).
class ProbeRunController final : public QObject
{
    Q_OBJECT
    XP_DECLARE_TR_LATER(ProbeRunController)

public:
    // `window` is the parent of the dialogs and windows; `model` shows the Last test.
    ProbeRunController(PartnerTableModel *model, Prompter *prompter, QWidget *window);
    ~ProbeRunController() override;

    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // Where the report windows' Apply suggested setting applies.
    void setSuggestionApplier(SuggestionApplier *applier) { m_applier = applier; }

    // The settings dialog, with `reason` above its buttons; saves what the user accepts.
    bool editSettings(const QString &reason);
    // Settings for this session only (the command line's --local-domain, --ca-file,
    // --client-cert and --client-key); empty values leave the saved ones. A client
    // certificate replaces the saved pair, key included.
    void overrideSettings(const QString &localDomain, const QString &extraCaFile,
                          const QString &clientCertificate = {}, const QString &clientKey = {});
    const ProbeSettings &settings() const { return m_settings; }

    // Test connection: every domain of `partner`, in a report window.
    void probePartner(const Partner &partner);
    // Test all: every domain of `partners`, which come from `partnerFile` (for the report).
    void probeAll(const QList<Partner> &partners, const QString &partnerFile);
    // The periodic Test all: no window, no question; nothing while tests run, nor
    // before the local domain is set. Returns whether it started.
    bool retestAll(const QList<Partner> &partners, const QString &partnerFile);
    // How often retestDue() comes, in milliseconds; 0: never. Follows the settings'
    // retestHours; tests set a short one.
    void setRetestInterval(int milliseconds);
    int retestInterval() const { return m_retestTimer.isActive() ? m_retestTimer.interval() : 0; }
    void cancel();
    bool isRunning() const;
    // The runner of the latest tests; null before the first.
    ProbeRunner *runner() const;

    // The last Test all run that tested something (null before one).
    const ProbeRunReport *lastRun() const { return m_lastRun.get(); }
    void showLastRun();
    void saveLastRun();
    void printLastRun();

Q_SIGNALS:
    // Tests started or ended (finished or cancelled).
    void runningChanged(bool running);
    void progress(int done, int total);
    // The tests ended: how many domains passed, passed with a warning, failed.
    void probesFinished(int passed, int warnings, int failed);
    void lastRunChanged();
    // Time for the periodic Test all: the window answers with retestAll().
    void retestDue();
    // Tests found partners worse than their previous test: a verdict from Pass to Warning
    // or Fail, or from Warning to Fail, or a certificate now ending within
    // CertificateLifetime::WarningDays. One text per change, at the end of the run.
    void watchAlert(const QList<LocalizedText> &changes);

private:
    bool ensureLocalDomain();
    // `tlsProfile`: also each server's TLS profile (ProbeSettings::tlsProfile), which a
    // single test draws and Test all does not: four more connections per domain.
    // `quiet`: the periodic Test all, which neither asks nor tells in a dialog.
    ProbeRunner *start(const QList<Partner> &partners, bool tlsProfile, bool quiet = false);
    void runTestAll(const QList<Partner> &partners, const QString &partnerFile, bool quiet);
    void recordResult(int index, const ProbeReport &report);
    void runFinished();
    void probeAllFinished(ProbeRunner *runner, bool quiet);
    void followRetestSetting();

    // A partner's Last test while its domains are being tested.
    struct Pending
    {
        PartnerTableModel::LastProbe worst;
        ProbeRunReport::Outcome outcome = ProbeRunReport::Outcome::NotTested;
        int domainsLeft = 0;
        std::optional<PartnerTableModel::LastProbe> previous; // before this run
    };
    // What got worse for one partner since its previous test.
    static QList<LocalizedText> changesForTheWorse(const QString &partner, const Pending &pending);

    PartnerTableModel *m_model;
    Prompter *m_prompter;
    QWidget *m_window;
    ProbeSettings m_settings;
    QPointer<ProbeRunner> m_runner;
    QHash<QString, Pending> m_pending; // by primary domain
    QString m_partnerFile;
    std::shared_ptr<const ProbeRunReport> m_lastRun;
    QPointer<ProbeRunWindow> m_runWindow;
    SuggestionApplier *m_applier = nullptr;
    QTimer m_retestTimer;
    QList<LocalizedText> m_changes; // of the running tests, for watchAlert()
};
