#include "cli/probecommand.h"

#include "advice/suggestionlist.h"
#include "cli/consoleoutput.h"
#include "file/partnerstore.h"
#include "probe/proberunner.h"
#include "probe/probesettingsstore.h"
#include "report/nagiosoutput.h"
#include "report/openmetricsoutput.h"
#include "report/proberunreport.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

using Format = CommandLineOptions::Format;

// The text output: domain, verdict, method and advice, tab separated, and the optional
// fields of --tls-profile, the round trip and --full-dialback.
QString textLine(const ProbeReport &report, const CommandLineOptions &options,
                 const ProbeSettings &settings)
{
    QString line
        = QStringLiteral("%1\t%2\t%3\t%4")
              .arg(report.domain, ProbeReport::verdictName(report.verdict),
                   report.method.isEmpty() ? QStringLiteral("-") : report.method.toString(),
                   report.advice.toString());
    // The grade as a fifth field, "-" where TLS did not succeed.
    if (options.tlsProfile)
        line += u'\t'
            + (report.tlsProfile.grade.isEmpty() ? QStringLiteral("-") : report.tlsProfile.grade);
    // After a round trip, the partner's server software (XEP-0092) as the last field.
    if (report.roundTrip.attempted) {
        const LocalizedText software = report.roundTrip.softwareText();
        line += u'\t' + (software.isEmpty() ? QStringLiteral("-") : software.toString());
    }
    // Where DNSSEC said something (secure or bogus records, a DANE outcome), the weakest
    // status of the records and the DANE state, as key=value fields.
    const DnssecStatus dnssec = report.weakestDnssec();
    const bool daneRan = report.dane.state != DaneReport::State::NotChecked
        && report.dane.state != DaneReport::State::NotEligible;
    if (dnssec == DnssecStatus::Secure || dnssec == DnssecStatus::Bogus || daneRan)
        line += QStringLiteral("\tdnssec=%1\tdane=%2")
                    .arg(DnssecStatusText::key(dnssec), DaneReport::wireName(report.dane.state));
    // With full dialback, its answer and whether the partner connected back.
    if (settings.fullDialback)
        line += QStringLiteral("\tdialback=%1\tconnectBack=%2")
                    .arg(report.dialback.result.isEmpty()
                             ? (report.dialback.attempted ? QStringLiteral("no-answer")
                                                          : QStringLiteral("-"))
                             : report.dialback.result,
                         report.dialback.connectBackSeen ? report.dialback.connectBackAddress
                                                         : QStringLiteral("-"));
    return line;
}

} // namespace

void ProbeCommand::applyConnectionOptions(const CommandLineOptions &options,
                                          ProbeSettings &settings)
{
    if (options.dnsServer)
        settings.nameserver = *options.dnsServer;
    if (options.trustAnchorFile)
        settings.trustAnchorFile = *options.trustAnchorFile;
    if (options.validateFromRoot)
        settings.validateFromRoot = true;
    settings.hostOverride = options.host;
    if (options.caFile)
        settings.extraCaFile = *options.caFile;
    if (options.timeoutSeconds) {
        settings.stepTimeoutMs = *options.timeoutSeconds * 1000;
        settings.totalBudgetMs = qMax(settings.totalBudgetMs, settings.stepTimeoutMs * 3);
    }
}

int ProbeCommand::unknown(const QString &message)
{
    ConsoleOutput::write(stdout, NagiosOutput::unknownText(message).toLocal8Bit());
    return int(NagiosOutput::State::Unknown);
}

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
    const bool nagios = options.format == Format::Nagios;
    // Why the check cannot run: bad usage (2), or the plugin's UNKNOWN (3).
    const auto usageError = [nagios](const QString &message) {
        if (nagios)
            return unknown(message);
        ConsoleOutput::usageError(message);
        return 2;
    };
    const auto failure = [nagios](const QString &message) {
        if (nagios)
            return unknown(message);
        ConsoleOutput::error(message);
        return 2;
    };

    // The window's saved settings, overridden by what the command line says.
    ProbeSettings settings = ProbeSettingsStore::load();
    if (!options.localDomain.isEmpty())
        settings.localDomain = options.localDomain;
    if (settings.localDomain.isEmpty())
        return usageError(tr("the local XMPP domain is not set: give --local-domain DOMAIN."));
    applyConnectionOptions(options, settings);
    if (options.clientCertificate || options.clientKey) {
        settings.clientCertificateFile = options.clientCertificate.value_or(QString());
        settings.clientKeyFile = options.clientKey.value_or(QString());
    }
    // The command line's pair was checked as it was read; a saved one is checked here.
    if (const QString problem = clientIdentityProblem(settings); !problem.isEmpty())
        return usageError(problem);
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
    if (!loaded.isOk())
        return failure(loaded.errorMessage());
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
    for (const ProbeReport &report : runner.reports())
        failed = failed || report.verdict == ProbeReport::ConnectionVerdict::Fail;
    int exitCode = failed ? 1 : 0;

    QByteArray bytes;
    if (options.json || options.format == Format::Json) {
        QJsonArray reports;
        for (const ProbeReport &report : runner.reports())
            reports.append(report.toJson());
        bytes = QJsonDocument(reports).toJson(QJsonDocument::Indented);
    } else if (nagios) {
        const NagiosOutput output(ProbeRunReport::fromRunner(runner));
        bytes = output.text().toLocal8Bit();
        exitCode = output.exitCode();
    } else if (options.format == Format::Prometheus) {
        bytes = OpenMetricsOutput(ProbeRunReport::fromRunner(runner)).text();
    } else {
        QString text;
        for (const ProbeReport &report : runner.reports())
            text += textLine(report, options, settings) + u'\n';
        bytes = text.toLocal8Bit();
    }

    // The suggested changes as a script, whatever the output format. Written first, so
    // that a monitoring plugin's output stays one status: UNKNOWN when it cannot be written.
    QString scriptFailure;
    if (!options.fixScript.isEmpty()) {
        SuggestionList suggestions;
        for (qsizetype i = 0; i < runner.reports().size() && i < runner.jobs().size(); ++i)
            suggestions.add(runner.jobs().at(i).partner, runner.reports().at(i));
        if (const auto writeFailure = AtomicFile::write(options.fixScript, suggestions.script())) {
            scriptFailure
                = tr("cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(options.fixScript), writeFailure->reason);
            if (nagios)
                return unknown(scriptFailure);
        }
    }

    if (options.outputFile.isEmpty()) {
        if (!ConsoleOutput::write(stdout, bytes))
            return nagios ? 3 : 2;
    } else if (const auto writeFailure = AtomicFile::write(options.outputFile, bytes)) {
        // Replaced in one step: a reader (node_exporter's textfile collector) never sees half.
        return failure(
            tr("cannot write %1: %2")
                .arg(QDir::toNativeSeparators(options.outputFile), writeFailure->reason));
    }
    // The results are out; the script that could not be written still fails the command.
    if (!scriptFailure.isEmpty())
        return failure(scriptFailure);
    return exitCode;
}
