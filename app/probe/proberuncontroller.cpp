#include "probe/proberuncontroller.h"

#include "certificates/certificatelifetime.h"
#include "probe/probereportdialog.h"
#include "probe/proberunexporter.h"
#include "probe/proberunner.h"
#include "probe/proberunwindow.h"
#include "probe/probesettingsdialog.h"
#include "probe/probesettingsstore.h"
#include "support/prompter.h"

#include <QLocale>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace {

// The verdict's name as ProbeReport::verdictName() gives it, translated when shown.
LocalizedText verdictText(ProbeReport::ConnectionVerdict verdict)
{
    switch (verdict) {
    case ProbeReport::ConnectionVerdict::Pass:
        return LocalizedText("ProbeReport", "Pass", "connection test verdict");
    case ProbeReport::ConnectionVerdict::Warning:
        return LocalizedText("ProbeReport", "Warning", "connection test verdict");
    case ProbeReport::ConnectionVerdict::Fail:
        break;
    }
    return LocalizedText("ProbeReport", "Fail", "connection test verdict");
}

constexpr int MillisecondsPerHour = 60 * 60 * 1000;

} // namespace

ProbeRunController::ProbeRunController(PartnerTableModel *model, Prompter *prompter,
                                       QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_prompter(prompter)
    , m_window(window)
    , m_settings(ProbeSettingsStore::load())
{
    connect(&m_retestTimer, &QTimer::timeout, this, [this] {
        // A run still going (the user's or the previous one) is left alone: the next
        // tick tries again.
        if (!isRunning())
            Q_EMIT retestDue();
    });
    followRetestSetting();
}

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
    followRetestSetting();
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

void ProbeRunController::followRetestSetting()
{
    setRetestInterval(m_settings.retestHours * MillisecondsPerHour);
}

void ProbeRunController::setRetestInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_retestTimer.stop();
        return;
    }
    if (m_retestTimer.isActive() && m_retestTimer.interval() == milliseconds)
        return;
    m_retestTimer.start(milliseconds);
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

ProbeRunner *ProbeRunController::start(const QList<Partner> &partners, bool tlsProfile, bool quiet)
{
    if (isRunning()) {
        if (!quiet) {
            m_prompter->showError(
                m_window, tr("Connection test"),
                tr("Connection tests are already running. Wait for them or cancel them."));
        }
        return nullptr;
    }
    if (quiet ? m_settings.localDomain.isEmpty() : !ensureLocalDomain())
        return nullptr;
    if (m_runner)
        m_runner->deleteLater();
    ProbeSettings settings = m_settings;
    settings.tlsProfile = tlsProfile;
    m_runner = new ProbeRunner(settings, this);
    m_pending.clear();
    m_changes.clear();
    for (const Partner &partner : partners) {
        Pending &pending = m_pending[partner.domain];
        pending.domainsLeft = int(partner.allDomains().size());
        const qsizetype row = m_model->partners().indexOfDomain(partner.domain);
        if (row >= 0)
            pending.previous = m_model->lastProbe(int(row));
    }
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
    runTestAll(partners, partnerFile, false);
}

bool ProbeRunController::retestAll(const QList<Partner> &partners, const QString &partnerFile)
{
    if (partners.isEmpty() || isRunning())
        return false;
    runTestAll(partners, partnerFile, true);
    return isRunning();
}

void ProbeRunController::runTestAll(const QList<Partner> &partners, const QString &partnerFile,
                                    bool quiet)
{
    if (partners.isEmpty())
        return;
    ProbeRunner *runner = start(partners, false, quiet);
    if (!runner)
        return;
    m_partnerFile = partnerFile;
    // The next periodic run comes a whole interval after this one.
    if (m_retestTimer.isActive())
        m_retestTimer.start();
    if (runner->isRunning()) {
        connect(runner, &ProbeRunner::finished, this,
                [this, runner, quiet] { probeAllFinished(runner, quiet); });
    } else {
        probeAllFinished(runner, quiet);
    }
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
    if (!report.certificates.isEmpty() && report.certificates.first().notAfter.isValid())
        pending.worst.certificates.append({report.domain, report.certificates.first().notAfter});
    pending.worst.testedAt = QDateTime::currentDateTime();
    pending.worst.testedWith = m_runner->jobs().at(index).partner;
    if (--pending.domainsLeft <= 0) {
        m_changes += changesForTheWorse(key, pending);
        m_model->setLastProbe(key, pending.worst);
    }
}

QList<LocalizedText> ProbeRunController::changesForTheWorse(const QString &partner,
                                                            const Pending &pending)
{
    if (!pending.previous || pending.outcome == ProbeRunReport::Outcome::Cancelled
        || pending.outcome == ProbeRunReport::Outcome::NotTested)
        return {};
    const PartnerTableModel::LastProbe &before = *pending.previous;
    const PartnerTableModel::LastProbe &now = pending.worst;
    QList<LocalizedText> changes;
    // The verdicts are declared from the best to the worst.
    if (static_cast<int>(now.verdict) > static_cast<int>(before.verdict)) {
        changes.append(
            trLater("%1 is now %2 (was %3): %4", "partner, verdict, previous verdict, advice")
                .arg(partner)
                .arg(verdictText(now.verdict))
                .arg(verdictText(before.verdict))
                .arg(now.advice));
    }
    for (const PartnerTableModel::DomainCertificate &certificate : now.certificates) {
        const auto previous = std::find_if(
            before.certificates.cbegin(), before.certificates.cend(),
            [&certificate](const auto &other) { return other.domain == certificate.domain; });
        if (previous == before.certificates.cend())
            continue;
        const auto was = CertificateLifetime::stateOf(previous->notAfter, before.testedAt.toUTC());
        const auto is = CertificateLifetime::stateOf(certificate.notAfter, now.testedAt.toUTC());
        if (static_cast<int>(is) <= static_cast<int>(was))
            continue;
        const QString date
            = QLocale().toString(certificate.notAfter.toLocalTime().date(), QLocale::ShortFormat);
        if (is == CertificateLifetime::State::Expired) {
            changes.append(trLater("The certificate of %1 expired on %2: ask the partner's "
                                   "administrator to renew it.")
                               .arg(certificate.domain)
                               .arg(date));
        } else {
            const qint64 days = CertificateLifetime::daysLeft(certificate.notAfter, now.testedAt);
            changes.append(trLater("The certificate of %1 ends in %n day(s), on %2: ask the "
                                   "partner's administrator to renew it before then.",
                                   nullptr, int(days))
                               .arg(certificate.domain)
                               .arg(date));
        }
    }
    return changes;
}

void ProbeRunController::runFinished()
{
    // Counted as the Test all report counts them: a test that never started is not a failure.
    const ProbeRunReport::Counts counts = ProbeRunReport::fromRunner(*m_runner).counts();
    m_pending.clear();
    Q_EMIT runningChanged(false);
    Q_EMIT probesFinished(counts.passed, counts.warnings, counts.failed);
    if (!m_changes.isEmpty())
        Q_EMIT watchAlert(std::exchange(m_changes, {}));
}

void ProbeRunController::probeAllFinished(ProbeRunner *runner, bool quiet)
{
    auto run = std::make_shared<ProbeRunReport>(ProbeRunReport::fromRunner(*runner));
    run->partnerFile = m_partnerFile;
    // A run cancelled before any test finished has nothing to report.
    if (!run->hasResults())
        return;
    m_lastRun = std::move(run);
    Q_EMIT lastRunChanged();
    if (!quiet) {
        showLastRun();
    } else if (m_runWindow && m_runWindow->isVisible()) {
        // A results window already open follows, without coming to the front.
        m_runWindow->setReport(m_lastRun);
    }
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
    // A copy that outlives the file dialog and the writing: a Test all that ends meanwhile
    // replaces m_lastRun.
    if (const auto run = m_lastRun)
        ProbeRunExporter(m_prompter, m_window).save(*run);
}

void ProbeRunController::printLastRun()
{
    // A copy that outlives the file dialog and the writing: a Test all that ends meanwhile
    // replaces m_lastRun.
    if (const auto run = m_lastRun)
        ProbeRunExporter(m_prompter, m_window).print(*run);
}
