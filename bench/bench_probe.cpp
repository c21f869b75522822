// Measures the connection test against a real Prosody on 127.0.0.1, as whole processes:
// `xmpp-partners --check FILE --domain D` side by side with `openssl s_client -starttls
// xmpp-server` on the same server in the same run (pairs run alternately, so both see the
// same machine state), a --check of a closed port, and Test all over N partner domains
// served by one Prosody with N virtual hosts, in process (ProbeRunner) and as a process
// (`--check FILE` of the whole file), then over M domains of a second Prosody with M
// virtual hosts, to show how the time per domain scales. Prints tables; asserts nothing.
//   bench_probe --app PATH [--domains N] [--scale-domains M] [--runs R] [--parallel P]
//               [--serve SECONDS]
// --serve starts the first Prosody, writes the partner file, prints the commands that test
// it and waits (for profiling a single --check by hand).
#include "file/partnerstore.h"
#include "probe/proberunner.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// Every partner domain is a name under this one; one wildcard certificate serves them all,
// so that the server's certificate is the same size whatever the number of hosts.
const QString BenchZone = QStringLiteral("bench.test");
const QString LocalDomain = QStringLiteral("lync.bench.test");
constexpr int ProcessTimeoutMs = 600'000;

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats statsOf(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    return {values.at(values.size() / 2), values.constFirst(), values.constLast()};
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

double msOf(const timeval &time)
{
    return double(time.tv_sec) * 1e3 + double(time.tv_usec) / 1e3;
}

// CPU time (user + system) of this process, or of its children that have ended and been
// waited for.
double cpuMs(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return msOf(usage.ru_utime) + msOf(usage.ru_stime);
}

// CPU time of a running process (Prosody), in steps of a clock tick (10 ms).
double cpuMsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses: state is field 3, utime 14.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1e3
        / double(sysconf(_SC_CLK_TCK));
}

QStringList domainNames(const QString &prefix, int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names.append(QStringLiteral("%1%2.%3").arg(prefix).arg(i).arg(BenchZone));
    return names;
}

Partner partnerFor(const QString &domain)
{
    Partner partner; // row 7: TLS Required, SASL Optional, dialback
    partner.domain = domain;
    return partner;
}

// A partner file with one partner per domain, as the application writes it.
bool writePartnerFile(const QString &path, const QStringList &domains)
{
    PartnerStore::Document document;
    for (const QString &domain : domains) {
        if (hasErrors(document.partners.append(partnerFor(domain))))
            return false;
    }
    QFile file(path);
    const QByteArray data = PartnerStore::serialize(document);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// A Prosody whose virtual hosts are `domains`, all with one certificate; its log keeps
// warnings only, so that logging costs the server little whatever the number of tests.
std::unique_ptr<ProsodyServer> startProsody(const QStringList &domains,
                                            const TestCa::Files &certificate, const QString &caFile,
                                            const QString &logFile)
{
    ProsodyServer::Options options;
    for (const QString &name : domains)
        options.virtualHosts.append({name, certificate.certificate, certificate.key, caFile, true});
    options.extraConfig = QStringLiteral("log = { warn = \"%1\" }").arg(logFile);
    auto prosody = std::make_unique<ProsodyServer>(options);
    if (!prosody->start(std::chrono::seconds(120))) {
        std::fprintf(stderr, "cannot start Prosody: %s\n", qPrintable(prosody->errorString()));
        return nullptr;
    }
    return prosody;
}

// Mean duration of each step over the last in-process run, for the table of steps.
QList<double> lastStepMeans;

// Runs `jobs` in this process and returns the wall time in ms.
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
    lastStepMeans = QList<double>(int(ProbeReport::Step::Verdict) + 1);
    for (const ProbeReport &report : runner.reports()) {
        *passed += report.verdict != ProbeReport::ConnectionVerdict::Fail;
        for (const ProbeReport::StepResult &step : report.steps)
            lastStepMeans[int(step.step)] += double(step.durationMs) / double(jobs.size());
    }
    return ms;
}

struct ProcessResult
{
    double ms = -1; // wall time from start to exit; -1 when it could not start or hung
    double cpuMs = 0; // user + system CPU time of the process
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    ProcessResult result;
    const double cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForFinished(ProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = process.readAllStandardError();
        return result;
    }
    result.ms = double(clock.nsecsElapsed()) / 1e6;
    result.cpuMs = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// A port of 127.0.0.1 where nothing listens (closed as soon as found).
quint16 closedPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

class Bench
{
public:
    Bench(const QString &app, const QString &folder)
        : m_app(app)
        , m_folder(folder)
    {
        // The settings the window saved are read too: a home of its own keeps the user's
        // out of the measure. No display: --check must need none.
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("HOME"), folder);
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + u"/config"_qs);
        m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        for (const QString &name : {u"LANGUAGE"_qs, u"DISPLAY"_qs, u"WAYLAND_DISPLAY"_qs})
            m_environment.remove(name);
    }

    QString caFile;

    QStringList checkArguments(const QString &file, const QString &address) const
    {
        return {QStringLiteral("--check"), file,    QStringLiteral("--local-domain"), LocalDomain,
                QStringLiteral("--host"),  address, QStringLiteral("--ca-file"),      caFile};
    }
    QStringList opensslArguments(const QString &domain, const QString &address) const
    {
        return {QStringLiteral("s_client"),
                QStringLiteral("-starttls"),
                QStringLiteral("xmpp-server"),
                QStringLiteral("-xmpphost"),
                domain,
                QStringLiteral("-connect"),
                address,
                QStringLiteral("-CAfile"),
                caFile,
                QStringLiteral("-verify_return_error")};
    }
    ProcessResult runApp(const QStringList &arguments) const
    {
        return runProcess(m_app, arguments, m_environment);
    }
    ProcessResult runOpenssl(const QStringList &arguments) const
    {
        return runProcess(QStringLiteral("openssl"), arguments, m_environment);
    }

private:
    QString m_app;
    QString m_folder;
    QProcessEnvironment m_environment;
};

void printRow(const char *what, const QList<double> &values, const QList<double> &cpu, int ok,
              const char *okWord)
{
    const Stats s = statsOf(values);
    std::printf("| %s | %.1f | %.1f | %.1f | %.1f | %d/%d %s |\n", what, s.median, s.min, s.max,
                statsOf(cpu).median, ok, int(values.size()), okWord);
}

void printRatio(const QList<double> &ours, const QList<double> &oursCpu,
                const QList<double> &openssl, const QList<double> &opensslCpu, const char *target)
{
    const Stats a = statsOf(ours);
    const Stats b = statsOf(openssl);
    std::printf("| ratio xmpp-partners / openssl | %.2f | %.2f | %.2f | %.2f | %s |\n\n",
                a.median / b.median, a.min / b.min, a.max / b.max,
                statsOf(oursCpu).median / statsOf(opensslCpu).median, target);
}

const char *const ProcessTableHeader = "| program | median | min | max | CPU (median) | %s |\n"
                                       "|---|---|---|---|---|---|\n";

bool fails(const char *what, const ProcessResult &result)
{
    std::fprintf(stderr, "%s failed (exit code %d):\n%s%s\n", what, result.exitCode,
                 result.out.constData(), result.err.constData());
    return false;
}

// One domain, whole processes: ours and openssl's, alternately. False when one fails.
bool singleTest(const Bench &bench, const QString &file, const QString &domain,
                const QString &address, int runs)
{
    QList<double> ours;
    QList<double> oursCpu;
    QList<double> openssl;
    QList<double> opensslCpu;
    QStringList checkArguments = bench.checkArguments(file, address);
    checkArguments << QStringLiteral("--domain") << domain;
    for (int i = 0; i < runs; ++i) {
        const ProcessResult check = bench.runApp(checkArguments);
        if (check.exitCode != 0)
            return fails("xmpp-partners --check", check);
        ours.append(check.ms);
        oursCpu.append(check.cpuMs);
        const ProcessResult client = bench.runOpenssl(bench.opensslArguments(domain, address));
        if (client.exitCode != 0)
            return fails("openssl s_client", client);
        openssl.append(client.ms);
        opensslCpu.append(client.cpuMs);
    }
    std::printf("One domain as a whole process, %d pairs run alternately (ms)\n\n", runs);
    std::printf(ProcessTableHeader, "passed");
    printRow("xmpp-partners --check FILE --domain D", ours, oursCpu, runs, "passed");
    printRow("openssl s_client -starttls xmpp-server", openssl, opensslCpu, runs, "verified");
    printRatio(ours, oursCpu, openssl, opensslCpu, "target <= 2 (median)");
    return true;
}

// A closed port: the process should fail at once, with exit code 1.
void closedPortTest(const Bench &bench, const QString &file, const QString &domain, int runs)
{
    const QString address = QStringLiteral("127.0.0.1:%1").arg(closedPort());
    QStringList arguments = bench.checkArguments(file, address);
    arguments << QStringLiteral("--domain") << domain;
    QList<double> ours;
    QList<double> oursCpu;
    QList<double> openssl;
    QList<double> opensslCpu;
    int oursFailed = 0;
    int opensslFailed = 0;
    for (int i = 0; i < runs; ++i) {
        const ProcessResult check = bench.runApp(arguments);
        ours.append(check.ms);
        oursCpu.append(check.cpuMs);
        oursFailed += check.exitCode == 1;
        const ProcessResult client = bench.runOpenssl(bench.opensslArguments(domain, address));
        openssl.append(client.ms);
        opensslCpu.append(client.cpuMs);
        opensslFailed += client.exitCode != 0;
    }
    std::printf("A closed port (%s), %d pairs (ms)\n\n", qPrintable(address), runs);
    std::printf(ProcessTableHeader, "failed as expected");
    printRow("xmpp-partners --check FILE --domain D", ours, oursCpu, oursFailed, "exit 1");
    printRow("openssl s_client -starttls xmpp-server", openssl, opensslCpu, opensslFailed,
             "exit != 0");
    printRatio(ours, oursCpu, openssl, opensslCpu, "");
}

struct TestAllResult
{
    double inProcessMs = 0;
    double inProcessCpuMs = 0; // this process's
    double inProcessServerCpuMs = 0; // Prosody's meanwhile
    int inProcessPassed = 0;
    QList<double> stepMeans; // in process, by ProbeReport::Step
    double processMs = 0;
    double processCpuMs = 0;
    double processServerCpuMs = 0;
    int processPassed = 0;
};

TestAllResult testAll(const Bench &bench, const QString &file, const QStringList &domains,
                      const ProsodyServer &prosody, int parallel)
{
    const QString address = QStringLiteral("127.0.0.1:%1").arg(prosody.s2sPort());
    ProbeSettings settings;
    settings.localDomain = LocalDomain;
    settings.extraCaFile = bench.caFile;
    settings.hostOverride = address;
    settings.parallelTests = parallel;
    settings.tlsProfile = false; // as Test all in the window and --check without --tls-profile
    QList<ProbeRunner::Job> jobs;
    for (const QString &name : domains)
        jobs.append({partnerFor(name), name});
    TestAllResult result;
    double server = cpuMsOf(prosody.processId());
    const double cpu = cpuMs(RUSAGE_SELF);
    result.inProcessMs = runJobs(settings, jobs, &result.inProcessPassed);
    result.inProcessCpuMs = cpuMs(RUSAGE_SELF) - cpu;
    result.inProcessServerCpuMs = cpuMsOf(prosody.processId()) - server;
    result.stepMeans = lastStepMeans;

    QStringList arguments = bench.checkArguments(file, address);
    arguments << QStringLiteral("--parallel") << QString::number(parallel);
    server = cpuMsOf(prosody.processId());
    const ProcessResult check = bench.runApp(arguments);
    result.processServerCpuMs = cpuMsOf(prosody.processId()) - server;
    result.processMs = check.ms;
    result.processCpuMs = check.cpuMs;
    // One line per domain: DOMAIN, tab, verdict (English under C.UTF-8), ...
    for (const QByteArray &line : check.out.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        result.processPassed += fields.size() > 1 && fields.at(1) != "Fail";
    }
    if (check.exitCode != 0)
        fails("xmpp-partners --check FILE (Test all)", check);
    return result;
}

void printTestAll(const char *how, int domains, int parallel, double ms, double cpuMs,
                  double serverCpuMs, int passed)
{
    std::printf("| %d | %s | %d | %.0f | %.2f | %.2f | %.2f | %d |\n", domains, how, parallel, ms,
                ms / domains, cpuMs / domains, serverCpuMs / domains, passed);
}

void printSteps(int domains, const TestAllResult &r)
{
    std::printf("| %d |", domains);
    for (const double mean : r.stepMeans.mid(0, int(ProbeReport::Step::Verdict)))
        std::printf(" %.1f |", mean);
    std::printf("\n");
}

void printTestAll(int domains, int parallel, const TestAllResult &r)
{
    printTestAll("in process (ProbeRunner)", domains, parallel, r.inProcessMs, r.inProcessCpuMs,
                 r.inProcessServerCpuMs, r.inProcessPassed);
    printTestAll("process: --check FILE", domains, parallel, r.processMs, r.processCpuMs,
                 r.processServerCpuMs, r.processPassed);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       QStringLiteral("The xmpp-partners executable."),
                                       QStringLiteral("PATH"), QStringLiteral(XP_APP_PATH));
    const QCommandLineOption domainsOption(QStringLiteral("domains"),
                                           QStringLiteral("Domains (virtual hosts) for Test all."),
                                           QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale-domains"),
        QStringLiteral("Domains (virtual hosts) of the second Prosody; 0: none."),
        QStringLiteral("M"), QStringLiteral("2000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Pairs of single tests."),
                                        QStringLiteral("R"), QStringLiteral("10"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            QStringLiteral("Parallel tests."), QStringLiteral("P"),
                                            QStringLiteral("16"));
    const QCommandLineOption serveOption(
        QStringLiteral("serve"),
        QStringLiteral("Start the first Prosody, print the commands that test it, and wait."),
        QStringLiteral("SECONDS"));
    parser.addOptions(
        {appOption, domainsOption, scaleOption, runsOption, parallelOption, serveOption});
    parser.addHelpOption();
    parser.process(app);
    const int domains = qMax(1, parser.value(domainsOption).toInt());
    const int scaleDomains = qMax(0, parser.value(scaleOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int parallel = qMax(1, parser.value(parallelOption).toInt());

    QTemporaryDir folder;
    TestCa ca(folder.filePath(QStringLiteral("ca")));
    const TestCa::Files certificate = ca.serverCertificate({u"*."_qs + BenchZone});
    if (!ca.isValid() || certificate.isNull()) {
        std::fprintf(stderr, "cannot make certificates: %s\n", qPrintable(ca.errorString()));
        return 1;
    }
    Bench bench(parser.value(appOption), folder.path());
    bench.caFile = ca.caCertificate();

    const QStringList names = domainNames(QStringLiteral("partner"), domains);
    const QString file = folder.filePath(QStringLiteral("partners.json"));
    if (!writePartnerFile(file, names)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    std::unique_ptr<ProsodyServer> prosody = startProsody(
        names, certificate, ca.caCertificate(), folder.filePath(QStringLiteral("prosody-1.log")));
    if (!prosody)
        return 1;
    const QString address = QStringLiteral("127.0.0.1:%1").arg(prosody->s2sPort());

    if (parser.isSet(serveOption)) {
        QStringList check = bench.checkArguments(file, address);
        check << QStringLiteral("--domain") << names.first();
        std::printf("HOME=%s LC_ALL=C.UTF-8 %s %s\nopenssl %s\n", qPrintable(folder.path()),
                    qPrintable(parser.value(appOption)), qPrintable(check.join(u' ')),
                    qPrintable(bench.opensslArguments(names.first(), address).join(u' ')));
        std::fflush(stdout);
        QThread::sleep(qMax(1, parser.value(serveOption).toInt()));
        return 0;
    }

    std::printf("Connection test benchmark: Prosody on 127.0.0.1 (one wildcard certificate, "
                "%d then %d virtual hosts); %s\n\n",
                domains, scaleDomains, qPrintable(parser.value(appOption)));
    if (!singleTest(bench, file, names.first(), address, runs))
        return 1;
    closedPortTest(bench, file, names.first(), runs);

    std::printf("Test all: one Prosody whose virtual hosts are the partner domains (ms; CPU "
                "per domain: the client's and Prosody's)\n\n");
    std::printf("| domains | run | parallel | wall | wall per domain | client CPU per domain | "
                "Prosody CPU per domain | passed |\n|---|---|---|---|---|---|---|---|\n");
    const TestAllResult first = testAll(bench, file, names, *prosody, parallel);
    printTestAll(domains, parallel, first);
    QList<const TestAllResult *> results {&first};
    TestAllResult scaled;
    prosody.reset();

    if (scaleDomains > 0) {
        const QStringList many = domainNames(QStringLiteral("many"), scaleDomains);
        const QString manyFile = folder.filePath(QStringLiteral("many.json"));
        if (!writePartnerFile(manyFile, many)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(manyFile));
            return 1;
        }
        std::unique_ptr<ProsodyServer> second
            = startProsody(many, certificate, ca.caCertificate(),
                           folder.filePath(QStringLiteral("prosody-2.log")));
        if (!second)
            return 1;
        scaled = testAll(bench, manyFile, many, *second, parallel);
        printTestAll(scaleDomains, parallel, scaled);
        results.append(&scaled);
        std::printf("\nWall time per domain, %d domains / %d domains: %.2f in process, %.2f as a "
                    "process (1.00 is linear)\n",
                    scaleDomains, domains,
                    (scaled.inProcessMs / scaleDomains) / (first.inProcessMs / domains),
                    (scaled.processMs / scaleDomains) / (first.processMs / domains));
    }
    std::printf("\nMean time of each step of one test in Test all, in process (ms; %d in "
                "parallel)\n\n| domains | resolve | connect | open stream | STARTTLS | restart "
                "stream | authenticate | round trip |\n|---|---|---|---|---|---|---|---|\n",
                parallel);
    for (const TestAllResult *result : std::as_const(results))
        printSteps(int(result == results.constFirst() ? domains : scaleDomains), *result);
    std::printf("\nPeak resident memory of this process (VmHWM, in-process runs): %.1f MB\n",
                peakResidentKiB() / 1024.0);
    return 0;
}
