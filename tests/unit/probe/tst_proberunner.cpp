// The runner of many connection tests, with real probes against peers on 127.0.0.1 only:
// a scripted peer (tests/common/scriptedpeer.h) that answers by the domain in the stream
// header, a peer that holds every connection until the test lets it go, and a closed
// port for a quick failure. Each partner's proxy FQDN says where its tests connect.
#include "probe/proberunner.h"
#include "report/proberunreport.h"
#include "scriptedpeer.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using Step = ProbeReport::Step;
using State = ProbeReport::StepState;
using Verdict = ProbeReport::ConnectionVerdict;

namespace {

constexpr int FinishWithinMs = 20000;

Partner partner(const QString &domain, const QString &server,
                const QStringList &additionalDomains = {})
{
    Partner partner;
    partner.domain = domain;
    partner.additionalDomains = additionalDomains;
    partner.proxyFqdn = server;
    // Only TCP dialback allowed: a peer that offers dialback gives a Warning.
    partner.tlsNegotiation = Negotiation::NotSupported;
    partner.saslNegotiation = Negotiation::NotSupported;
    partner.supportDialbackNegotiation = true;
    return partner;
}

ProbeSettings settings(int parallelTests)
{
    ProbeSettings settings;
    settings.localDomain = u"lync.local.test"_qs;
    settings.stepTimeoutMs = 10000; // longer than any test here waits on purpose
    settings.totalBudgetMs = 15000;
    settings.parallelTests = parallelTests;
    return settings;
}

// host:port on 127.0.0.1 where nothing listens: the connection is refused at once.
QString closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot listen on 127.0.0.1");
    return u"127.0.0.1:"_qs + QString::number(server.serverPort());
}

// Accepts connections and never answers, so that each test waits in its Open stream
// step until releaseOldest() closes its connection. Counts the connections open at once.
class HoldingPeer final : public QObject
{
public:
    HoldingPeer()
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on 127.0.0.1");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_accepted;
                m_open.append(socket);
                m_maxOpen = std::max(m_maxOpen, open());
                connect(socket, &QTcpSocket::disconnected, this,
                        [this, socket] { m_open.removeAll(socket); });
            }
        });
    }

    QString address() const { return u"127.0.0.1:"_qs + QString::number(m_server.serverPort()); }
    int open() const { return int(m_open.size()); }
    int accepted() const { return m_accepted; }
    int maxOpen() const { return m_maxOpen; }
    void releaseOldest()
    {
        const QPointer<QTcpSocket> socket = m_open.takeFirst();
        if (socket)
            socket->abort();
    }

private:
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_open;
    int m_accepted = 0;
    int m_maxOpen = 0;
};

QList<int> indices(const QSignalSpy &spy)
{
    QList<int> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).toInt());
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

class tst_ProbeRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsForListsEveryDomainPrimaryFirst();
    void emptyRunFinishesAtOnce();
    void eachReportLandsAtItsJob();
    void parallelLimitIsRespected_data();
    void parallelLimitIsRespected();
    void cancelStopsTheRestAndMarksThem();
    void destroyedWhileRunningClosesItsConnections();
};

void tst_ProbeRunner::jobsForListsEveryDomainPrimaryFirst()
{
    const QList<ProbeRunner::Job> jobs
        = ProbeRunner::jobsFor({partner(u"a.test"_qs, {}, {u"chat.a.test"_qs, u"im.a.test"_qs}),
                                partner(u"b.test"_qs, {})});
    QStringList domains;
    QStringList partners;
    for (const ProbeRunner::Job &job : jobs) {
        domains.append(job.domain);
        partners.append(job.partner.domain);
    }
    QCOMPARE(domains,
             (QStringList {u"a.test"_qs, u"chat.a.test"_qs, u"im.a.test"_qs, u"b.test"_qs}));
    QCOMPARE(partners, (QStringList {u"a.test"_qs, u"a.test"_qs, u"a.test"_qs, u"b.test"_qs}));
    QVERIFY(ProbeRunner::jobsFor({}).isEmpty());
}

void tst_ProbeRunner::emptyRunFinishesAtOnce()
{
    ProbeRunner runner(settings(4));
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    QSignalSpy progress(&runner, &ProbeRunner::progress);
    runner.start({});
    QCOMPARE(finished.size(), 1);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(progress.first(), (QList<QVariant> {0, 0}));
    QVERIFY(!runner.isRunning());
    QCOMPARE(runner.total(), 0);
    QVERIFY(runner.reports().isEmpty());
    QVERIFY(!runner.wasCancelled());
}

void tst_ProbeRunner::eachReportLandsAtItsJob()
{
    // One server for three domains, answering each by the domain the stream is for:
    // the reports, which finish in any order, must each land at their own job.
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &received) {
        if (!received.contains("<stream:stream"))
            return;
        const QByteArray header = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                                  "xmlns:stream='http://etherx.jabber.org/streams' "
                                  "xmlns:db='jabber:server:dialback' id='s1' version='1.0'>";
        if (received.contains("to='unknown.partner.test'")) {
            socket->write(header
                          + "<stream:error><host-unknown "
                            "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>"
                            "</stream:stream>");
        } else {
            socket->write(header
                          + "<stream:features><dialback xmlns='urn:xmpp:features:dialback'/>"
                            "</stream:features>");
        }
    });
    const QList<ProbeRunner::Job> jobs
        = ProbeRunner::jobsFor({partner(u"partner.test"_qs, peer.address(),
                                        {u"unknown.partner.test"_qs, u"chat.partner.test"_qs}),
                                partner(u"closed.test"_qs, closedPort())});
    QCOMPARE(jobs.size(), 4);

    ProbeRunner runner(settings(2));
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    QSignalSpy ready(&runner, &ProbeRunner::reportReady);
    QSignalSpy updated(&runner, &ProbeRunner::reportUpdated);
    QSignalSpy progress(&runner, &ProbeRunner::progress);
    runner.start(jobs);
    QVERIFY(runner.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, FinishWithinMs);

    QVERIFY(!runner.isRunning());
    QVERIFY(!runner.wasCancelled());
    QCOMPARE(runner.done(), 4);
    QCOMPARE(indices(ready), (QList<int> {0, 1, 2, 3}));
    for (const QList<QVariant> &arguments : std::as_const(ready)) {
        const int index = arguments.at(0).toInt();
        QCOMPARE(arguments.at(1).value<ProbeReport>().domain, jobs.at(index).domain);
    }
    QVERIFY(!updated.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(updated)) {
        const int index = arguments.at(0).toInt();
        QVERIFY(index >= 0 && index < jobs.size());
        QCOMPARE(arguments.at(1).value<ProbeReport>().domain, jobs.at(index).domain);
    }
    // Progress counts up one finished test at a time, from none to all.
    QCOMPARE(progress.size(), 5);
    for (int i = 0; i < progress.size(); ++i)
        QCOMPARE(progress.at(i), (QList<QVariant> {i, 4}));

    const QList<ProbeReport> &reports = runner.reports();
    QCOMPARE(reports.size(), 4);
    for (int i = 0; i < reports.size(); ++i)
        QCOMPARE(reports.at(i).domain, jobs.at(i).domain);
    for (const int passing : {0, 2}) {
        QCOMPARE(reports.at(passing).verdict, Verdict::Warning);
        QCOMPARE(reports.at(passing).method.toString(), u"TCP dialback"_qs);
    }
    QCOMPARE(reports.at(1).verdict, Verdict::Fail);
    QCOMPARE(reports.at(1).findStep(Step::OpenStream)->state, State::Failed);
    QVERIFY(
        reports.at(1).findStep(Step::OpenStream)->details.toString().contains(u"host-unknown"_qs));
    QCOMPARE(reports.at(3).verdict, Verdict::Fail);
    QCOMPARE(reports.at(3).findStep(Step::Connect)->state, State::Failed);
    QCOMPARE(finished.size(), 1);
}

void tst_ProbeRunner::parallelLimitIsRespected_data()
{
    QTest::addColumn<int>("parallelTests");
    QTest::addColumn<int>("limit");
    QTest::newRow("one at a time") << 1 << 1;
    QTest::newRow("two at a time") << 2 << 2;
    QTest::newRow("zero means one") << 0 << 1;
    QTest::newRow("more than the jobs") << 16 << 5;
}

void tst_ProbeRunner::parallelLimitIsRespected()
{
    QFETCH(int, parallelTests);
    QFETCH(int, limit);
    HoldingPeer peer;
    QList<ProbeRunner::Job> jobs;
    for (int i = 0; i < 5; ++i)
        jobs.append({partner(u"partner.test"_qs, peer.address()), u"d%1.partner.test"_qs.arg(i)});

    ProbeRunner runner(settings(parallelTests));
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    runner.start(jobs);
    // Each release ends one test; the runner then starts the next job, if any is left.
    for (int released = 0; released < jobs.size(); ++released) {
        QTRY_COMPARE_WITH_TIMEOUT(runner.done(), released, FinishWithinMs);
        QTRY_COMPARE_WITH_TIMEOUT(peer.open(), std::min(limit, int(jobs.size()) - released),
                                  FinishWithinMs);
        peer.releaseOldest();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, FinishWithinMs);
    QCOMPARE(peer.accepted(), 5);
    QCOMPARE(peer.maxOpen(), limit);
    QCOMPARE(runner.done(), 5);
    for (const ProbeReport &report : runner.reports()) {
        QVERIFY(!report.cancelled);
        QCOMPARE(report.findStep(Step::OpenStream)->state, State::Failed);
    }
}

void tst_ProbeRunner::cancelStopsTheRestAndMarksThem()
{
    HoldingPeer peer;
    const QList<ProbeRunner::Job> jobs
        = ProbeRunner::jobsFor({partner(u"a.test"_qs, peer.address(), {u"chat.a.test"_qs}),
                                partner(u"b.test"_qs, peer.address(), {u"chat.b.test"_qs})});
    ProbeRunner runner(settings(2));
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    QSignalSpy ready(&runner, &ProbeRunner::reportReady);
    runner.start(jobs);
    QTRY_COMPARE_WITH_TIMEOUT(peer.open(), 2, FinishWithinMs);
    QCOMPARE(finished.size(), 0);

    runner.cancel();
    // The running tests stop at once; the others never start.
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner.isRunning());
    QVERIFY(runner.wasCancelled());
    QCOMPARE(runner.done(), 2);
    QCOMPARE(indices(ready), (QList<int> {0, 1}));
    for (const int index : {0, 1}) {
        const ProbeReport &report = runner.reports().at(index);
        QVERIFY(report.cancelled);
        QCOMPARE(report.advice.toString(), u"The test was cancelled."_qs);
        QVERIFY(std::any_of(report.steps.cbegin(), report.steps.cend(),
                            [](const auto &step) { return step.state == State::Cancelled; }));
    }
    for (const int index : {2, 3})
        QVERIFY(runner.reports().at(index).steps.isEmpty());

    const ProbeRunReport run = ProbeRunReport::fromRunner(runner);
    QVERIFY(run.cancelled);
    QCOMPARE(run.partners.size(), 2);
    QCOMPARE(run.partners.at(0).domains.at(0).outcome(), ProbeRunReport::Outcome::Cancelled);
    QCOMPARE(run.partners.at(0).domains.at(1).outcome(), ProbeRunReport::Outcome::Cancelled);
    QCOMPARE(run.partners.at(1).domains.at(0).outcome(), ProbeRunReport::Outcome::NotTested);
    QCOMPARE(run.partners.at(1).domains.at(1).outcome(), ProbeRunReport::Outcome::NotTested);

    // The cancelled tests let their connections go, and nothing else connects.
    QTRY_COMPARE_WITH_TIMEOUT(peer.open(), 0, FinishWithinMs);
    QCOMPARE(peer.accepted(), 2);
    runner.cancel();
    QCOMPARE(finished.size(), 1);
}

void tst_ProbeRunner::destroyedWhileRunningClosesItsConnections()
{
    HoldingPeer peer;
    auto *runner = new ProbeRunner(settings(2));
    QSignalSpy finished(runner, &ProbeRunner::finished);
    runner->start(ProbeRunner::jobsFor(
        {partner(u"a.test"_qs, peer.address(), {u"chat.a.test"_qs, u"im.a.test"_qs})}));
    QTRY_COMPARE_WITH_TIMEOUT(peer.open(), 2, FinishWithinMs);
    delete runner;
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(peer.open(), 0, FinishWithinMs);
    QCOMPARE(peer.accepted(), 2);
}

QTEST_GUILESS_MAIN(tst_ProbeRunner)
#include "tst_proberunner.moc"
