#pragma once

#include "i18n/localizedtext.h"
#include "models/partnertablemodel.h"
#include "probe/probesettings.h"
#include "report/proberunreport.h"

#include <QHash>
#include <QObject>
#include <QPointer>

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
// signals.
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

private:
    bool ensureLocalDomain();
    // `tlsProfile`: also each server's TLS profile (ProbeSettings::tlsProfile), which a
    // single test draws and Test all does not: four more connections per domain.
    ProbeRunner *start(const QList<Partner> &partners, bool tlsProfile);
    void recordResult(int index, const ProbeReport &report);
    void runFinished();
    void probeAllFinished(ProbeRunner *runner);

    // A partner's Last test while its domains are being tested.
    struct Pending
    {
        PartnerTableModel::LastProbe worst;
        ProbeRunReport::Outcome outcome = ProbeRunReport::Outcome::NotTested;
        int domainsLeft = 0;
    };

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
};
