#include "cli/probecommand.h"

#include "advice/suggestionlist.h"
#include "cli/consoleoutput.h"
#include "file/partnerstore.h"
#include "probe/proberunner.h"
#include "probe/probesettingsstore.h"
#include "util/atomicfile.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

int usageError(const QString &message)
{
    ConsoleOutput::usageError(message);
    return 2;
}

} // namespace

QString ProbeCommand::clientIdentityProblem(const ProbeSettings &settings)
{
    if (!settings.clientCertificateFile.isEmpty() && !settings.hasClientCertificate())
        return tr("a PEM --client-cert needs its --client-key.");
    if (settings.clientCertificateFile.isEmpty() && !settings.clientKeyFile.isEmpty())
        return tr("--client-key needs --client-cert.");
    return {};
}

int ProbeCommand::run(const CommandLineOptions &options)
{
    // The window's saved settings, overridden by what the command line says.
    ProbeSettings settings = ProbeSettingsStore::load();
    if (!options.localDomain.isEmpty())
        settings.localDomain = options.localDomain;
    if (settings.localDomain.isEmpty())
        return usageError(tr("the local XMPP domain is not set: give --local-domain DOMAIN."));
    if (!options.dnsServer.isNull())
        settings.nameserver = options.dnsServer;
    settings.hostOverride = options.host;
    if (options.caFile)
        settings.extraCaFile = *options.caFile;
    if (options.clientCertificate || options.clientKey) {
        settings.clientCertificateFile = options.clientCertificate.value_or(QString());
        settings.clientKeyFile = options.clientKey.value_or(QString());
    }
    // The command line's pair was checked as it was read; a saved one is checked here.
    if (const QString problem = clientIdentityProblem(settings); !problem.isEmpty())
        return usageError(problem);
    if (options.timeoutSeconds) {
        settings.stepTimeoutMs = *options.timeoutSeconds * 1000;
        settings.totalBudgetMs = qMax(settings.totalBudgetMs, settings.stepTimeoutMs * 3);
    }
    if (options.parallelTests)
        settings.parallelTests = *options.parallelTests;
    // Four more connections per domain: only when asked for.
    settings.tlsProfile = options.tlsProfile;
    if (options.fullDialback)
        settings.fullDialback = true;
    if (options.dialbackListenPort) {
        settings.dialbackListenAddress = options.dialbackListenAddress;
        settings.dialbackListenPort = *options.dialbackListenPort;
    }

    const PartnerStore::LoadResult loaded = PartnerStore(options.partnerFile).load();
    if (!loaded.isOk()) {
        ConsoleOutput::error(loaded.errorMessage());
        return 2;
    }
    QList<ProbeRunner::Job> jobs = ProbeRunner::jobsFor(loaded.document.partners.partners());
    if (!options.domains.isEmpty()) {
        QList<ProbeRunner::Job> chosen;
        for (const QString &wanted : options.domains) {
            const qsizetype index = loaded.document.partners.indexOfDomain(wanted);
            if (index < 0)
                return usageError(tr("%1 is not a domain of any partner in %2.")
                                      .arg(wanted, options.partnerFile));
            chosen.append({loaded.document.partners.at(index), wanted});
        }
        jobs = chosen;
    }

    ProbeRunner runner(settings);
    QEventLoop loop;
    QObject::connect(&runner, &ProbeRunner::finished, &loop, &QEventLoop::quit);
    runner.start(jobs);
    if (runner.isRunning())
        loop.exec();

    bool failed = false;
    QJsonArray reports;
    for (const ProbeReport &report : runner.reports()) {
        failed = failed || report.verdict == ProbeReport::ConnectionVerdict::Fail;
        if (options.json) {
            reports.append(report.toJson());
        } else {
            QString line
                = QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(report.domain, ProbeReport::verdictName(report.verdict),
                           report.method.isEmpty() ? QStringLiteral("-") : report.method.toString(),
                           report.advice.toString());
            // The grade as a fifth field, "-" where TLS did not succeed.
            if (options.tlsProfile)
                line += u'\t'
                    + (report.tlsProfile.grade.isEmpty() ? QStringLiteral("-")
                                                         : report.tlsProfile.grade);
            // After a round trip, the partner's server software (XEP-0092) as the last field.
            if (report.roundTrip.attempted) {
                const LocalizedText software = report.roundTrip.softwareText();
                line += u'\t' + (software.isEmpty() ? QStringLiteral("-") : software.toString());
            }
            // With full dialback, its answer and whether the partner connected back.
            if (settings.fullDialback)
                line
                    += QStringLiteral("\tdialback=%1\tconnectBack=%2")
                           .arg(report.dialback.result.isEmpty()
                                    ? (report.dialback.attempted ? QStringLiteral("no-answer")
                                                                 : QStringLiteral("-"))
                                    : report.dialback.result,
                                report.dialback.connectBackSeen ? report.dialback.connectBackAddress
                                                                : QStringLiteral("-"));
            ConsoleOutput::printLine(stdout, line);
        }
    }
    if (options.json)
        ConsoleOutput::write(stdout, QJsonDocument(reports).toJson(QJsonDocument::Indented));
    if (!options.fixScript.isEmpty()) {
        SuggestionList suggestions;
        for (qsizetype i = 0; i < runner.reports().size() && i < runner.jobs().size(); ++i)
            suggestions.add(runner.jobs().at(i).partner, runner.reports().at(i));
        if (const auto failure = AtomicFile::write(options.fixScript, suggestions.script())) {
            ConsoleOutput::error(tr("cannot write %1: %2").arg(options.fixScript, failure->reason));
            return 2;
        }
    }
    return failed ? 1 : 0;
}
