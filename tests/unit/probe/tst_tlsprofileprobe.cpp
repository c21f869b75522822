// The TLS profile's engine against scripted servers on 127.0.0.1: what each version's result
// says when there is no handshake to judge (no STARTTLS, a connection closed at the
// ClientHello, no answer, a closed port), and cancel(). Real handshakes are
// tests/integration/tst_probetlsprofile.cpp's.
#include "probe/tlsprofileprobe.h"
#include "probe/tlsversionconfiguration.h"
#include "scriptedpeer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Version = TlsProfile::Version;
using State = TlsProfile::VersionState;

class tst_TlsProfileProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noStartTlsFailsEveryVersion();
    void closedAtTheClientHelloIsRefused();
    void noAnswerEndsAtTheStepTimeout();
    void closedPortFails();
    void cancelStopsEveryConnection();

private:
    static TlsProfileProbe::Request request(const QString &address, int stepTimeoutMs = 5000);
    // Runs the probe until finished(), at most 20 s; true when it came exactly once.
    static bool run(TlsProfileProbe &probe, const TlsProfileProbe::Request &request);
    // The versions the local OpenSSL can offer: the others are "not testable here".
    static QList<Version> testable();
    static QString describe(const TlsProfile &profile);
};

namespace {

const QByteArray Features = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                            "xmlns:stream='http://etherx.jabber.org/streams' from='partner.test' "
                            "id='s1' version='1.0'><stream:features>";

} // namespace

TlsProfileProbe::Request tst_TlsProfileProbe::request(const QString &address, int stepTimeoutMs)
{
    TlsProfileProbe::Request request;
    request.host = address.section(u':', 0, 0);
    request.port = address.section(u':', 1, 1).toUShort();
    request.domain = u"partner.test"_qs;
    request.localDomain = u"lync.test"_qs;
    request.stepTimeoutMs = stepTimeoutMs;
    return request;
}

bool tst_TlsProfileProbe::run(TlsProfileProbe &probe, const TlsProfileProbe::Request &request)
{
    QSignalSpy finished(&probe, &TlsProfileProbe::finished);
    probe.start(request);
    if (finished.isEmpty())
        finished.wait(20000);
    QTest::qWait(50); // nothing more may come
    return finished.size() == 1 && !probe.isRunning();
}

QList<Version> tst_TlsProfileProbe::testable()
{
    QList<Version> versions;
    for (const Version version : TlsProfile::AllVersions) {
        if (TlsVersionConfiguration::localProblem(version).isEmpty())
            versions.append(version);
    }
    return versions;
}

QString tst_TlsProfileProbe::describe(const TlsProfile &profile)
{
    QString text;
    for (const TlsProfile::VersionResult &version : profile.versions)
        text += TlsProfile::versionName(version.version) + u": "_qs
            + TlsProfile::wireName(version.state) + u" "_qs + version.details.toString() + u'\n';
    return text + u"grade \""_qs + profile.grade + u'"';
}

void tst_TlsProfileProbe::noStartTlsFailsEveryVersion()
{
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(Features
                          + "<dialback xmlns='urn:xmpp:features:dialback'/>"
                            "</stream:features>");
    });
    TlsProfileProbe probe;
    QVERIFY(run(probe, request(peer.address())));
    const TlsProfile &profile = probe.profile();
    QCOMPARE(profile.versions.size(), 4);
    QVERIFY(testable().contains(Version::Tls12));
    for (const Version version : testable()) {
        QCOMPARE(profile.find(version)->state, State::Failed);
        QCOMPARE(profile.find(version)->details.toString(),
                 u"The server did not offer STARTTLS."_qs);
    }
    // The stream header is the connection test's own.
    QVERIFY(peer.received().contains("from='lync.test' to='partner.test' version='1.0'"));
    // Closed politely: the stream ends before the connection does.
    QTRY_VERIFY(peer.received().contains("</stream:stream>"));
    QVERIFY(profile.grade.isEmpty());
    QCOMPARE(profile.ocspStapling, TlsProfile::Ocsp::NotChecked);
    QVERIFY(profile.keyType.isEmpty());
}

void tst_TlsProfileProbe::closedAtTheClientHelloIsRefused()
{
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(Features
                          + "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                            "</stream:features>");
        else if (received.contains("<starttls"))
            socket->write("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        else if (received.startsWith('\x16')) // a TLS handshake record: the ClientHello
            socket->close();
    });
    TlsProfileProbe probe;
    QVERIFY(run(probe, request(peer.address())));
    const TlsProfile &profile = probe.profile();
    for (const Version version : testable())
        QVERIFY2(profile.find(version)->state == State::Refused, qPrintable(describe(profile)));
    QCOMPARE(profile.grade, u"F"_qs);
    QVERIFY2(LocalizedText::toStringList(profile.gradeReasons)
                 .contains(u"The server refused every TLS version this test could offer."_qs),
             qPrintable(describe(profile)));
}

void tst_TlsProfileProbe::noAnswerEndsAtTheStepTimeout()
{
    ScriptedPeer peer([](QTcpSocket *, const QByteArray &) {});
    TlsProfileProbe probe;
    QVERIFY(run(probe, request(peer.address(), 300)));
    for (const Version version : testable()) {
        QCOMPARE(probe.profile().find(version)->state, State::Failed);
        QCOMPARE(probe.profile().find(version)->details.toString(), u"No answer within 0.3 s."_qs);
    }
}

void tst_TlsProfileProbe::closedPortFails()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    TlsProfileProbe probe;
    QVERIFY(run(probe, request(u"127.0.0.1:"_qs + QString::number(port))));
    for (const Version version : testable()) {
        QCOMPARE(probe.profile().find(version)->state, State::Failed);
        QVERIFY2(probe.profile().find(version)->details.toString().contains(u"refused"_qs),
                 qPrintable(describe(probe.profile())));
    }
}

void tst_TlsProfileProbe::cancelStopsEveryConnection()
{
    ScriptedPeer peer([](QTcpSocket *, const QByteArray &) {});
    TlsProfileProbe probe;
    QSignalSpy finished(&probe, &TlsProfileProbe::finished);
    probe.start(request(peer.address()));
    QVERIFY(probe.isRunning());
    probe.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!probe.isRunning());
    for (const Version version : testable()) {
        QCOMPARE(probe.profile().find(version)->state, State::NotRun);
        QCOMPARE(probe.profile().find(version)->details.toString(), u"Cancelled."_qs);
    }
    probe.cancel(); // once only
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(tst_TlsProfileProbe)
#include "tst_tlsprofileprobe.moc"
