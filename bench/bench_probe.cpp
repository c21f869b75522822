// Measures the connection test against a real Prosody on 127.0.0.1: one test side by
// side with `openssl s_client -starttls xmpp-server` in the same run, and Test all over
// 200 partner domains served by one Prosody with 200 virtual hosts. Prints a table;
// asserts nothing.
//   bench_probe [--domains N] [--runs R] [--parallel P]
#include "probe/proberunner.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

long peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

Partner partnerFor(const QString &domain)
{
    Partner partner; // row 7: TLS Required, SASL Optional, dialback
    partner.domain = domain;
    return partner;
}

// Runs `jobs` and returns the wall time in ms, or -1 when the run failed.
double runJobs(const ProbeSettings &settings, const QList<ProbeRunner::Job> &jobs, int *passed)
{
    ProbeRunner runner(settings);
    QEventLoop loop;
    QObject::connect(&runner, &ProbeRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    runner.start(jobs);
    if (runner.isRunning())
        loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    *passed = 0;
    for (const ProbeReport &report : runner.reports())
        *passed += report.verdict != ProbeReport::ConnectionVerdict::Fail;
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption domainsOption(QStringLiteral("domains"),
                                           QStringLiteral("Domains for Test all."),
                                           QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of the single test."),
                                        QStringLiteral("R"), QStringLiteral("10"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            QStringLiteral("Parallel tests."), QStringLiteral("P"),
                                            QStringLiteral("16"));
    parser.addOptions({domainsOption, runsOption, parallelOption});
    parser.addHelpOption();
    parser.process(app);
    const int domains = qMax(1, parser.value(domainsOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir folder;
    TestCa ca(folder.filePath(QStringLiteral("ca")));
    QStringList names;
    for (int i = 0; i < domains; ++i)
        names.append(QStringLiteral("partner%1.bench.test").arg(i));
    // One certificate names every virtual host: 200 RSA keys would take longer to make
    // than the whole benchmark.
    const TestCa::Files certificate = ca.serverCertificate(names);
    if (!ca.isValid() || certificate.isNull()) {
        std::fprintf(stderr, "cannot make certificates: %s\n", qPrintable(ca.errorString()));
        return 1;
    }
    ProsodyServer::Options options;
    for (const QString &name : names)
        options.virtualHosts.append(
            {name, certificate.certificate, certificate.key, ca.caCertificate(), true});
    ProsodyServer prosody(options);
    if (!prosody.start()) {
        std::fprintf(stderr, "cannot start Prosody: %s\n", qPrintable(prosody.errorString()));
        return 1;
    }
    const QString address = QStringLiteral("127.0.0.1:%1").arg(prosody.s2sPort());

    ProbeSettings settings;
    settings.localDomain = QStringLiteral("lync.bench.test");
    settings.extraCaFile = ca.caCertificate();
    settings.hostOverride = address;
    settings.parallelTests = 1;

    // One test, ours and openssl's, alternating so both see the same machine state.
    QList<double> ours;
    QList<double> openssl;
    int oursPassed = 0;
    for (int i = 0; i < runs; ++i) {
        int passed = 0;
        ours.append(runJobs(settings, {{partnerFor(names.first()), names.first()}}, &passed));
        oursPassed += passed;
        QProcess process;
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral("openssl"),
                      {QStringLiteral("s_client"), QStringLiteral("-starttls"),
                       QStringLiteral("xmpp-server"), QStringLiteral("-xmpphost"), names.first(),
                       QStringLiteral("-connect"), address, QStringLiteral("-CAfile"),
                       ca.caCertificate(), QStringLiteral("-verify_return_error")});
        process.closeWriteChannel();
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            std::fprintf(stderr, "openssl s_client failed: %s\n",
                         process.readAllStandardError().constData());
            return 1;
        }
        openssl.append(double(clock.nsecsElapsed()) / 1e6);
    }

    settings.parallelTests = qMax(1, parser.value(parallelOption).toInt());
    QList<ProbeRunner::Job> jobs;
    for (const QString &name : names)
        jobs.append({partnerFor(name), name});
    int allPassed = 0;
    const double all = runJobs(settings, jobs, &allPassed);
    const long rss = peakResidentKiB();
    prosody.stop();

    std::printf("Connection test benchmark: Prosody on %s, %d virtual hosts\n\n",
                qPrintable(address), domains);
    std::printf("| measure | result | target |\n|---|---|---|\n");
    std::printf("| one test, xmpp-partners (median of %d; %d passed) | %.1f ms | no slower than "
                "openssl |\n",
                runs, oursPassed, median(ours));
    std::printf("| one test, openssl s_client -starttls xmpp-server (median of %d) | %.1f ms | |\n",
                runs, median(openssl));
    std::printf("| Test all, %d domains, %d in parallel (%d passed) | %.0f ms | <= 3000 ms |\n",
                domains, settings.parallelTests, allPassed, all);
    std::printf("| resident memory (peak VmHWM) | %.1f MB | <= 100 MB |\n", rss / 1024.0);
    return 0;
}
