#include "probe/proberuncontroller.h"

#include "probe/probereportdialog.h"
#include "probe/proberunexporter.h"
#include "probe/proberunner.h"
#include "probe/proberunwindow.h"
#include "probe/probesettingsdialog.h"
#include "probe/probesettingsstore.h"
#include "support/prompter.h"

#include <QWidget>

ProbeRunController::ProbeRunController(PartnerTableModel *model, Prompter *prompter,
                                       QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_prompter(prompter)
    , m_window(window)
    , m_settings(ProbeSettingsStore::load())
{ }

ProbeRunController::~ProbeRunController() = default;

bool ProbeRunController::editSettings(const QString &reason)
{
    ProbeSettingsDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("probeSettingsDialog"));
    dialog.setSettings(m_settings);
    dialog.setMessage(reason);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_settings = dialog.settings();
    ProbeSettingsStore::save(m_settings);
    return true;
}

void ProbeRunController::overrideSettings(const QString &localDomain, const QString &extraCaFile,
                                          const QString &clientCertificate,
                                          const QString &clientKey)
{
    if (!localDomain.isEmpty())
        m_settings.localDomain = localDomain;
    if (!extraCaFile.isEmpty())
        m_settings.extraCaFile = extraCaFile;
    if (!clientCertificate.isEmpty()) {
        m_settings.clientCertificateFile = clientCertificate;
        m_settings.clientKeyFile = clientKey;
        m_settings.clientKeyPassphrase.clear();
    }
}

bool ProbeRunController::ensureLocalDomain()
{
    if (!m_settings.localDomain.isEmpty())
        return true;
    return editSettings(tr("Before the first test, enter the local XMPP domain: the test opens its "
                           "streams from it, as your Edge server would."));
}

ProbeRunner *ProbeRunController::runner() const
{
    return m_runner;
}

bool ProbeRunController::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void ProbeRunController::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

ProbeRunner *ProbeRunController::start(const QList<Partner> &partners, bool tlsProfile)
{
    if (isRunning()) {
        m_prompter->showError(
            m_window, tr("Connection test"),
            tr("Connection tests are already running. Wait for them or cancel them."));
        return nullptr;
    }
    if (!ensureLocalDomain())
        return nullptr;
    if (m_runner)
        m_runner->deleteLater();
    ProbeSettings settings = m_settings;
    settings.tlsProfile = tlsProfile;
    m_runner = new ProbeRunner(settings, this);
    m_pending.clear();
    for (const Partner &partner : partners)
        m_pending[partner.domain].domainsLeft = int(partner.allDomains().size());
    connect(m_runner, &ProbeRunner::reportReady, this, &ProbeRunController::recordResult);
    connect(m_runner, &ProbeRunner::progress, this, &ProbeRunController::progress);
    connect(m_runner, &ProbeRunner::finished, this, &ProbeRunController::runFinished);
    m_runner->start(ProbeRunner::jobsFor(partners));
    // A run that ended at once has already said so.
    if (m_runner->isRunning())
        Q_EMIT runningChanged(true);
    return m_runner;
}

void ProbeRunController::probePartner(const Partner &partner)
{
    ProbeRunner *runner = start({partner}, true);
    if (!runner)
        return;
    auto *dialog = new ProbeReportDialog(runner, m_prompter, m_window);
    dialog->setObjectName(QStringLiteral("probeReportDialog"));
    dialog->setSuggestionApplier(m_applier);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ProbeRunController::probeAll(const QList<Partner> &partners, const QString &partnerFile)
{
    if (partners.isEmpty())
        return;
    ProbeRunner *runner = start(partners, false);
    if (!runner)
        return;
    m_partnerFile = partnerFile;
    if (runner->isRunning())
        connect(runner, &ProbeRunner::finished, this, [this, runner] { probeAllFinished(runner); });
    else
        probeAllFinished(runner);
}

void ProbeRunController::recordResult(int index, const ProbeReport &report)
{
    // A partner's Last test is its worst domain, by the order the Test all report uses.
    const QString key = m_runner->jobs().at(index).partner.domain;
    Pending &pending = m_pending[key];
    const ProbeRunReport::Outcome outcome = ProbeRunReport::outcomeOf(report);
    if (!pending.worst.testedAt.isValid()
        || ProbeRunReport::severity(outcome) > ProbeRunReport::severity(pending.outcome)) {
        pending.outcome = outcome;
        pending.worst.verdict = report.verdict;
        pending.worst.advice = report.domain == key
            ? report.advice
            : trLater("%1: %2").arg(report.domain).arg(report.advice);
        pending.worst.suggestion = report.suggestion;
    }
    pending.worst.testedAt = QDateTime::currentDateTime();
    pending.worst.testedWith = m_runner->jobs().at(index).partner;
    if (--pending.domainsLeft <= 0)
        m_model->setLastProbe(key, pending.worst);
}

void ProbeRunController::runFinished()
{
    // Counted as the Test all report counts them: a test that never started is not a failure.
    const ProbeRunReport::Counts counts = ProbeRunReport::fromRunner(*m_runner).counts();
    m_pending.clear();
    Q_EMIT runningChanged(false);
    Q_EMIT probesFinished(counts.passed, counts.warnings, counts.failed);
}

void ProbeRunController::probeAllFinished(ProbeRunner *runner)
{
    auto run = std::make_shared<ProbeRunReport>(ProbeRunReport::fromRunner(*runner));
    run->partnerFile = m_partnerFile;
    // A run cancelled before any test finished has nothing to report.
    if (!run->hasResults())
        return;
    m_lastRun = std::move(run);
    Q_EMIT lastRunChanged();
    showLastRun();
}

void ProbeRunController::showLastRun()
{
    if (!m_lastRun)
        return;
    if (!m_runWindow) {
        m_runWindow = new ProbeRunWindow(m_prompter, m_window);
        m_runWindow->setObjectName(QStringLiteral("probeRunWindow"));
        m_runWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_runWindow->setSuggestionApplier(m_applier);
    }
    m_runWindow->setReport(m_lastRun);
    m_runWindow->show();
    m_runWindow->raise();
    m_runWindow->activateWindow();
}

void ProbeRunController::saveLastRun()
{
    if (m_lastRun)
        ProbeRunExporter(m_prompter, m_window).save(*m_lastRun);
}

void ProbeRunController::printLastRun()
{
    if (m_lastRun)
        ProbeRunExporter(m_prompter, m_window).print(*m_lastRun);
}
