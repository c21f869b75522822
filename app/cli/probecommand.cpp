#include "cli/probecommand.h"

#include "cli/commandlinescan.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "file/partnerstore.h"
#include "i18n/languagepreference.h"
#include "probe/proberunner.h"
#include "probe/probesettingsstore.h"
#include "version.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
}

int usageError(const QString &message)
{
    print(stderr, ProbeCommand::tr("xmpp-partners: %1").arg(message));
    print(stderr, ProbeCommand::tr("Run xmpp-partners --help for the options."));
    return 2;
}

} // namespace

bool ProbeCommand::isRequested(int argc, char *argv[])
{
    // --help and --version too: they must work where there is no display.
    return CommandLineScan::has(argc, argv, "check")
        || CommandLineScan::asksForHelpOrVersion(argc, argv);
}

int ProbeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Test the connection to XMPP federated partners."));
    const QCommandLineOption check(QStringLiteral("check"), tr("Test the partners of FILE."),
                                   tr("FILE"));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    tr("Test only this domain (repeatable)."), tr("DOMAIN"));
    const QCommandLineOption localDomain(QStringLiteral("local-domain"),
                                         tr("The local XMPP domain the test speaks for."),
                                         tr("DOMAIN"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("Connect to this server instead of looking it up."),
                                  tr("HOST[:PORT]"));
    const QCommandLineOption dnsServer(QStringLiteral("dns-server"), tr("Ask this DNS server."),
                                       tr("IP"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("Also trust the CAs of this PEM file."), tr("FILE"));
    const QCommandLineOption clientCert(QStringLiteral("client-cert"),
                                        tr("Client certificate (PEM) for SASL EXTERNAL."),
                                        tr("FILE"));
    const QCommandLineOption clientKey(QStringLiteral("client-key"),
                                       tr("Private key of the client certificate."), tr("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds each step may take (default 10)."), tr("SECONDS"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      tr("Tests run at once (default 16)."), tr("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the full reports as JSON."));
    // Read before parsing, in main(); declared here so that it is accepted and listed.
    const QCommandLineOption language(
        QStringLiteral("lang"),
        tr("Interface language: %1.")
            .arg(LanguagePreference::available().join(QStringLiteral(", "))),
        tr("LANGUAGE"));
    parser.addOptions({check, domain, localDomain, host, dnsServer, caFile, clientCert, clientKey,
                       timeout, parallel, json, language});
    // Help and version declared here rather than with addHelpOption(), so that their
    // descriptions are translated with the rest.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    parser.addOptions({help, version});
    // Listed in --help; a command line with --export-ps1 or --import-csv goes to
    // ExportCommand or ImportCommand.
    parser.addOptions(ExportCommand::options());
    parser.addOptions(ImportCommand::options());
    parser.addPositionalArgument(tr("file", "command-line argument"),
                                 tr("Partner file to open in the window."),
                                 tr("[file]", "command-line syntax"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        print(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(version)) {
        print(stdout, versionBanner());
        return 0;
    }
    if (!parser.isSet(check))
        return usageError(tr("--check needs a partner file."));

    // The window's saved settings, overridden by what the command line says.
    ProbeSettings settings = ProbeSettingsStore::load();
    if (parser.isSet(localDomain))
        settings.localDomain = parser.value(localDomain);
    if (settings.localDomain.isEmpty())
        return usageError(tr("the local XMPP domain is not set: give --local-domain DOMAIN."));
    if (parser.isSet(dnsServer) && !settings.nameserver.setAddress(parser.value(dnsServer)))
        return usageError(tr("“%1” is not an IP address.").arg(parser.value(dnsServer)));
    settings.hostOverride = parser.value(host);
    if (parser.isSet(caFile))
        settings.extraCaFile = parser.value(caFile);
    if (parser.isSet(clientCert) || parser.isSet(clientKey)) {
        settings.clientCertificateFile = parser.value(clientCert);
        settings.clientKeyFile = parser.value(clientKey);
    }
    if (!settings.clientCertificateFile.isEmpty() && !settings.hasClientCertificate())
        return usageError(tr("a PEM --client-cert needs its --client-key."));
    if (settings.clientCertificateFile.isEmpty() && !settings.clientKeyFile.isEmpty())
        return usageError(tr("--client-key needs --client-cert."));
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 600)
            return usageError(tr("--timeout takes a number of seconds between 0 and 600."));
        settings.stepTimeoutMs = int(seconds * 1000);
        settings.totalBudgetMs = qMax(settings.totalBudgetMs, settings.stepTimeoutMs * 3);
    }
    if (parser.isSet(parallel)) {
        bool ok = false;
        settings.parallelTests = parser.value(parallel).toInt(&ok);
        if (!ok || settings.parallelTests < 1 || settings.parallelTests > 256)
            return usageError(tr("--parallel takes a number between 1 and 256."));
    }

    const PartnerStore::LoadResult loaded = PartnerStore(parser.value(check)).load();
    if (!loaded.isOk()) {
        print(stderr, loaded.errorMessage());
        return 2;
    }
    QList<ProbeRunner::Job> jobs = ProbeRunner::jobsFor(loaded.document.partners.partners());
    if (parser.isSet(domain)) {
        QList<ProbeRunner::Job> chosen;
        for (const QString &wanted : parser.values(domain)) {
            const qsizetype index = loaded.document.partners.indexOfDomain(wanted);
            if (index < 0)
                return usageError(tr("%1 is not a domain of any partner in %2.")
                                      .arg(wanted, parser.value(check)));
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
        if (parser.isSet(json)) {
            reports.append(report.toJson());
        } else {
            print(stdout,
                  QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(report.domain, ProbeReport::verdictName(report.verdict),
                           report.method.isEmpty() ? QStringLiteral("-") : report.method.toString(),
                           report.advice.toString()));
        }
    }
    if (parser.isSet(json))
        std::fputs(QJsonDocument(reports).toJson(QJsonDocument::Indented).constData(), stdout);
    return failed ? 1 : 0;
}
