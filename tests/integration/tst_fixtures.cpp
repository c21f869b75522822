#include "dns/dnsanswer.h"
#include "dns/unboundresolver.h"
#include "dnsserver.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <cerrno>
#include <csignal>
#include <memory>
#include <unistd.h>

// The integration fixtures themselves: the CA's certificates verify (or not) as they
// should, Prosody offers what each mode should, dnsmasq answers SRV records, and every
// server process is gone after stop().
class tst_Fixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void certificatesVerifyAgainstTheTestCa_data();
    void certificatesVerifyAgainstTheTestCa();
    void prosodyOffersStartTls_data();
    void prosodyOffersStartTls();
    void prosodyServesEachHostsCertificateOverDirectTls_data();
    void prosodyServesEachHostsCertificateOverDirectTls();
    void prosodyOffersSaslExternalForTrustedClientCertificate_data();
    void prosodyOffersSaslExternalForTrustedClientCertificate();
    void prosodyStartFailureIsReported();
    void prosodyStopIsBoundedWithASessionLeftOpen();
    void prosodyHostWithoutTlsOffersNoStartTls();
    void dnsServerAnswersSrvRecords();
    void dnsServerOnPort53MovesToAnotherAddressWhenTaken();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    // Made once: RSA key generation is the slow part of a test CA.
    TestCa::Files m_valid; // for Host
    TestCa::Files m_expired; // for expired.example.test
    TestCa::Files m_otherName; // for other.example.test
    TestCa::Files m_untrusted; // for untrusted.example.test, by the untrusted CA
    TestCa::Files m_client; // for Partner
    TestCa::Files m_untrustedClient; // for Partner, by the untrusted CA
};

namespace {

const QString Host = u"xmpp.example.test"_qs;
const QString Partner = u"partner.example.test"_qs;
constexpr int TimeoutMs = 10000;

QByteArray streamHeader(const QString &from, const QString &to)
{
    return (u"<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
            "xmlns:stream='http://etherx.jabber.org/streams' "
            "xmlns:db='jabber:server:dialback' from='"_qs
            + from + u"' to='"_qs + to + u"' version='1.0'>"_qs)
        .toUtf8();
}

// Reads until one of `ends` arrived, the peer closed, or the time is up.
QByteArray readUntil(QAbstractSocket &socket, const QList<QByteArray> &ends,
                     int timeoutMs = TimeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QByteArray data;
    const auto done = [&] {
        return std::any_of(ends.begin(), ends.end(),
                           [&](const QByteArray &end) { return data.contains(end); });
    };
    while (!done() && !deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0
            && !socket.waitForReadyRead(int(qMax(qint64(1), deadline.remainingTime()))))
            break;
        data += socket.readAll();
    }
    return data;
}

// Ends the stream politely and waits until the peer has closed too: a session still open
// when Prosody gets SIGTERM makes it wait about a second for it.
void closeStream(QAbstractSocket &socket)
{
    socket.write("</stream:stream>");
    if (socket.waitForBytesWritten(TimeoutMs))
        readUntil(socket, {"</stream:stream>"}, 2000);
    // The peer closes the connection once it has ended its side.
    if (socket.state() == QAbstractSocket::ConnectedState)
        socket.waitForDisconnected(2000);
    socket.disconnectFromHost();
}

QByteArray readFeatures(QAbstractSocket &socket)
{
    return readUntil(socket, {"</stream:features>", "</stream:stream>"});
}

bool hasAnyOf(const QList<QSslError> &errors, const QList<QSslError::SslError> &expected)
{
    return std::any_of(errors.begin(), errors.end(),
                       [&](const QSslError &error) { return expected.contains(error.error()); });
}

QString describe(const QList<QSslError> &errors)
{
    QStringList described;
    for (const QSslError &error : errors)
        described.append(error.errorString());
    return described.join(u"; "_qs);
}

bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
}

QSslConfiguration trustingOnly(const QString &caFile)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(caFile));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

// Asks `dns` for `name`'s records of `type` through libunbound (the connection test's own
// resolver, dnsmasq as its forwarder) and waits for the answer.
DnsAnswer lookUp(int type, const QString &name, const DnsServer &dns)
{
    DnsSettings settings;
    settings.nameserver = NameserverAddress(dns.address(), dns.port());
    UnboundResolver resolver(settings);
    std::optional<DnsAnswer> answer;
    resolver.lookup(name, type, [&answer](const DnsAnswer &a) { answer = a; });
    const QDeadlineTimer deadline(TimeoutMs);
    while (!answer && !deadline.hasExpired())
        QTest::qWait(20);
    return answer.value_or(DnsAnswer::failure(name, type, u"no answer in time"_qs));
}

} // namespace

void tst_Fixtures::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QElapsedTimer timer;
    timer.start();
    m_ca = std::make_unique<TestCa>(m_dir->filePath(u"pki"_qs));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    qInfo("test CA made in %lld ms", timer.elapsed());

    timer.restart();
    m_valid = m_ca->serverCertificate({Host});
    m_expired = m_ca->expiredServerCertificate({u"expired.example.test"_qs});
    m_otherName = m_ca->serverCertificate({u"other.example.test"_qs});
    m_untrusted = m_ca->untrustedServerCertificate({u"untrusted.example.test"_qs});
    m_client = m_ca->clientCertificate(Partner);
    TestCa::Request request;
    request.dnsNames = {Partner};
    request.untrusted = true;
    m_untrustedClient = m_ca->issue(request);
    for (const TestCa::Files &files :
         {m_valid, m_expired, m_otherName, m_untrusted, m_client, m_untrustedClient})
        QVERIFY2(!files.isNull(), qPrintable(m_ca->errorString()));
    qInfo("6 certificates and the untrusted CA made in %lld ms", timer.elapsed());
}

void tst_Fixtures::certificatesVerifyAgainstTheTestCa_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("verifiedName");
    QTest::addColumn<QList<QSslError::SslError>>("expected"); // any one of them; none: valid

    const QList<QSslError::SslError> untrusted {QSslError::UnableToGetLocalIssuerCertificate,
                                                QSslError::UnableToVerifyFirstCertificate,
                                                QSslError::SelfSignedCertificateInChain};
    QTest::newRow("valid") << u"valid"_qs << Host << QList<QSslError::SslError>();
    QTest::newRow("valid, second name")
        << u"valid"_qs << u"alt.example.test"_qs << QList<QSslError::SslError>();
    QTest::newRow("expired") << u"expired"_qs << Host
                             << QList<QSslError::SslError> {QSslError::CertificateExpired};
    QTest::newRow("not yet valid")
        << u"notYetValid"_qs << Host
        << QList<QSslError::SslError> {QSslError::CertificateNotYetValid};
    QTest::newRow("other name") << u"valid"_qs << u"other.example.test"_qs
                                << QList<QSslError::SslError> {QSslError::HostNameMismatch};
    QTest::newRow("untrusted CA") << u"untrusted"_qs << Host << untrusted;
    QTest::newRow("client certificate") << u"client"_qs << Partner << QList<QSslError::SslError>();
}

void tst_Fixtures::certificatesVerifyAgainstTheTestCa()
{
    QFETCH(QString, kind);
    QFETCH(QString, verifiedName);
    QFETCH(QList<QSslError::SslError>, expected);

    const QStringList names {Host, u"alt.example.test"_qs};
    TestCa::Files files;
    if (kind == u"valid"_qs)
        files = m_ca->serverCertificate(names);
    else if (kind == u"expired"_qs)
        files = m_ca->expiredServerCertificate(names);
    else if (kind == u"notYetValid"_qs)
        files = m_ca->serverCertificate(names, TestCa::Validity::notYetValid());
    else if (kind == u"untrusted"_qs)
        files = m_ca->untrustedServerCertificate(names);
    else
        files = m_ca->clientCertificate(Partner);
    QVERIFY2(!files.isNull(), qPrintable(m_ca->errorString()));
    QVERIFY(QFileInfo::exists(files.key));
    QCOMPARE(files.ca == m_ca->caCertificate(), kind != u"untrusted"_qs);

    const QList<QSslCertificate> chain = QSslCertificate::fromPath(files.certificate);
    QCOMPARE(chain.size(), 1);
    QVERIFY(chain.constFirst()
                .subjectAlternativeNames()
                .values(QSsl::DnsEntry)
                .contains(kind == u"client"_qs ? Partner : Host));
    QVERIFY(!QSslKey(chain.constFirst().publicKey()).isNull());

    // QSslCertificate::verify() trusts the CAs of the default configuration: only the
    // test CA, for the time of this call.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration::setDefaultConfiguration(trustingOnly(m_ca->caCertificate()));
    const QList<QSslError> errors = QSslCertificate::verify(chain, verifiedName);
    QSslConfiguration::setDefaultConfiguration(saved);

    if (expected.isEmpty())
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    else
        QVERIFY2(hasAnyOf(errors, expected), qPrintable(describe(errors)));
}

void tst_Fixtures::prosodyOffersStartTls_data()
{
    QTest::addColumn<bool>("requireEncryption");
    QTest::newRow("TLS required") << true;
    QTest::newRow("TLS optional") << false;
}

void tst_Fixtures::prosodyOffersStartTls()
{
    QFETCH(bool, requireEncryption);
    ProsodyServer::Options options;
    options.virtualHosts = {{Host, m_valid.certificate, m_valid.key, m_valid.ca}};
    options.requireEncryption = requireEncryption;
    ProsodyServer prosody(options);
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
    qInfo("Prosody answered a stream header %lld ms after start", timer.elapsed());
    const qint64 pid = prosody.processId();
    QVERIFY(processExists(pid));
    QVERIFY(prosody.s2sPort() != 0);
    QCOMPARE(prosody.directTlsPort(), quint16(0));

    QTcpSocket socket;
    socket.connectToHost(prosody.address(), prosody.s2sPort());
    QVERIFY(socket.waitForConnected(TimeoutMs));
    timer.restart();
    socket.write(streamHeader(u"probe.test"_qs, Host));
    const QByteArray features = readFeatures(socket);
    qInfo("features %lld ms after the stream header", timer.elapsed());
    QVERIFY2(features.contains("</stream:features>"), features.constData());
    QVERIFY2(features.contains(QByteArray("from='" + Host.toUtf8() + '\'')), features.constData());
    const QRegularExpression startTls(
        u"<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'(/>|>(.*?)</starttls>)"_qs);
    const QRegularExpressionMatch match = startTls.match(QString::fromUtf8(features));
    QVERIFY2(match.hasMatch(), features.constData());
    QCOMPARE(match.captured(2).contains(u"<required/>"_qs), requireEncryption);
    QVERIFY2(features.contains("<dialback xmlns='urn:xmpp:features:dialback'/>"),
             features.constData());
    closeStream(socket);

    timer.restart();
    QVERIFY(prosody.stop());
    qInfo("Prosody stopped in %lld ms", timer.elapsed());
    QVERIFY(!prosody.isRunning());
    QVERIFY(!processExists(pid));
}

void tst_Fixtures::prosodyServesEachHostsCertificateOverDirectTls_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QList<QSslError::SslError>>("expected"); // any one of them; none: valid

    QTest::newRow("valid") << Host << QList<QSslError::SslError>();
    QTest::newRow("expired") << u"expired.example.test"_qs
                             << QList<QSslError::SslError> {QSslError::CertificateExpired};
    QTest::newRow("other name") << u"wrongname.example.test"_qs
                                << QList<QSslError::SslError> {QSslError::HostNameMismatch};
    QTest::newRow("untrusted CA") << u"untrusted.example.test"_qs
                                  << QList<QSslError::SslError> {
                                         QSslError::UnableToGetLocalIssuerCertificate,
                                         QSslError::UnableToVerifyFirstCertificate,
                                         QSslError::SelfSignedCertificateInChain};
}

void tst_Fixtures::prosodyServesEachHostsCertificateOverDirectTls()
{
    QFETCH(QString, domain);
    QFETCH(QList<QSslError::SslError>, expected);

    // One Prosody, one host per kind of certificate: the SNI picks the certificate.
    ProsodyServer::Options options;
    options.directTls = true;
    options.virtualHosts = {
        {Host, m_valid.certificate, m_valid.key, m_valid.ca},
        {u"expired.example.test"_qs, m_expired.certificate, m_expired.key, m_expired.ca},
        {u"wrongname.example.test"_qs, m_otherName.certificate, m_otherName.key, m_otherName.ca},
        {u"untrusted.example.test"_qs, m_untrusted.certificate, m_untrusted.key, m_untrusted.ca},
    };
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
    QVERIFY(prosody.directTlsPort() != 0);
    QVERIFY(prosody.directTlsPort() != prosody.s2sPort());
    const qint64 pid = prosody.processId();

    QSslSocket socket;
    QSslConfiguration configuration = trustingOnly(m_ca->caCertificate());
    configuration.setAllowedNextProtocols({QByteArrayLiteral("xmpp-server")});
    socket.setSslConfiguration(configuration);
    QElapsedTimer timer;
    timer.start();
    // The third argument is the name verified and sent as SNI.
    socket.connectToHostEncrypted(prosody.address().toString(), prosody.directTlsPort(), domain);
    const bool encrypted = socket.waitForEncrypted(TimeoutMs);
    if (expected.isEmpty()) {
        QVERIFY2(encrypted,
                 qPrintable(socket.errorString() + u' ' + describe(socket.sslHandshakeErrors())));
        qInfo("direct TLS handshake in %lld ms: %s", timer.elapsed(),
              qPrintable(socket.sessionCipher().protocolString() + u' '
                         + socket.sessionCipher().name()));
        QCOMPARE(socket.peerCertificate().subjectAlternativeNames().value(QSsl::DnsEntry), domain);
        // After direct TLS, no STARTTLS any more; dialback stays.
        socket.write(streamHeader(u"probe.test"_qs, domain));
        const QByteArray features = readFeatures(socket);
        QVERIFY2(features.contains("</stream:features>"), features.constData());
        QVERIFY2(!features.contains("<starttls"), features.constData());
        QVERIFY2(features.contains("urn:xmpp:features:dialback"), features.constData());
        closeStream(socket);
    } else {
        QVERIFY(!encrypted);
        QVERIFY2(hasAnyOf(socket.sslHandshakeErrors(), expected),
                 qPrintable(describe(socket.sslHandshakeErrors())));
    }
    socket.abort();

    timer.restart();
    QVERIFY(prosody.stop());
    qInfo("Prosody stopped in %lld ms", timer.elapsed());
    QVERIFY(!processExists(pid));
}

void tst_Fixtures::prosodyOffersSaslExternalForTrustedClientCertificate_data()
{
    QTest::addColumn<bool>("secureAuth");
    QTest::addColumn<QString>("clientCertificate"); // "", "trusted" or "untrusted"
    // After TLS: "external", "dialback", or the text of a not-authorized stream error.
    QTest::addColumn<QString>("outcome");

    QTest::newRow("trusted client certificate") << false << u"trusted"_qs << u"external"_qs;
    QTest::newRow("untrusted client certificate") << false << u"untrusted"_qs << u"dialback"_qs;
    QTest::newRow("no client certificate") << false << QString() << u"dialback"_qs;
    QTest::newRow("secure auth, trusted client certificate")
        << true << u"trusted"_qs << u"external"_qs;
    // s2s_secure_auth: without a certificate it trusts, Prosody ends the stream at once.
    QTest::newRow("secure auth, untrusted client certificate")
        << true << u"untrusted"_qs << u"Your server&apos;s certificate is not trusted"_qs;
    QTest::newRow("secure auth, no client certificate")
        << true << QString() << u"Your server&apos;s certificate could not be validated"_qs;
}

void tst_Fixtures::prosodyOffersSaslExternalForTrustedClientCertificate()
{
    QFETCH(bool, secureAuth);
    QFETCH(QString, clientCertificate);
    QFETCH(QString, outcome);

    ProsodyServer::Options options;
    options.virtualHosts = {{Host, m_valid.certificate, m_valid.key, m_valid.ca}};
    options.secureAuth = secureAuth;
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    QSslSocket socket;
    QSslConfiguration configuration = trustingOnly(m_ca->caCertificate());
    if (!clientCertificate.isEmpty()) {
        const TestCa::Files &client
            = clientCertificate == u"untrusted"_qs ? m_untrustedClient : m_client;
        configuration.setLocalCertificate(QSslCertificate::fromPath(client.certificate).value(0));
        QFile key(client.key);
        QVERIFY(key.open(QIODevice::ReadOnly));
        configuration.setPrivateKey(QSslKey(&key, QSsl::Rsa));
        QVERIFY(!configuration.privateKey().isNull());
    }
    socket.setSslConfiguration(configuration);
    socket.connectToHost(prosody.address(), prosody.s2sPort());
    QVERIFY(socket.waitForConnected(TimeoutMs));
    socket.write(streamHeader(Partner, Host));
    QByteArray received = readFeatures(socket);
    QVERIFY2(received.contains("<starttls"), received.constData());
    socket.write("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    received = readUntil(socket, {"<proceed", "<failure", "</stream:stream>"});
    QVERIFY2(received.contains("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"),
             received.constData());
    socket.setPeerVerifyName(Host);
    socket.startClientEncryption();
    QVERIFY2(socket.waitForEncrypted(TimeoutMs), qPrintable(socket.errorString()));

    socket.write(streamHeader(Partner, Host));
    received = readFeatures(socket);
    qInfo("after TLS: %s", received.mid(received.indexOf("<stream:features")).constData());
    if (outcome != u"external"_qs && outcome != u"dialback"_qs) {
        QVERIFY2(received.contains("<stream:error><not-authorized "), received.constData());
        QVERIFY2(received.contains(outcome.toUtf8()), received.constData());
        QVERIFY2(received.contains("</stream:stream>"), received.constData());
    } else {
        QVERIFY2(received.contains("</stream:features>"), received.constData());
        QCOMPARE(received.contains("<mechanism>EXTERNAL</mechanism>"), outcome == u"external"_qs);
        QVERIFY2(received.contains("urn:xmpp:features:dialback"), received.constData());
    }
    closeStream(socket);

    const qint64 pid = prosody.processId();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(prosody.stop());
    qInfo("Prosody stopped in %lld ms", timer.elapsed());
    QVERIFY(!processExists(pid));
}

void tst_Fixtures::prosodyStartFailureIsReported()
{
    ProsodyServer::Options options;
    options.virtualHosts = {{Host, {}, {}, {}}};
    options.extraConfig = u"this is not Lua"_qs;
    ProsodyServer prosody(options);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^ProsodyServer: "_qs));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!prosody.start());
    QVERIFY2(timer.elapsed() < 9000, "the failure is noticed when Prosody exits");
    QVERIFY(!prosody.isRunning());
    const QString error = prosody.errorString();
    QVERIFY2(error.startsWith(u"Prosody exited with code "_qs), qPrintable(error));
    // Prosody's own words about the config file are part of the error.
    QVERIFY2(error.contains(prosody.configPath()), qPrintable(error));
}

void tst_Fixtures::prosodyStopIsBoundedWithASessionLeftOpen()
{
    ProsodyServer::Options options;
    options.virtualHosts = {{Host, m_valid.certificate, m_valid.key, m_valid.ca}};
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
    const qint64 pid = prosody.processId();

    // A client that never ends its stream: Prosody waits for it at shutdown.
    QTcpSocket socket;
    socket.connectToHost(prosody.address(), prosody.s2sPort());
    QVERIFY(socket.waitForConnected(TimeoutMs));
    socket.write(streamHeader(u"probe.test"_qs, Host));
    QVERIFY(readFeatures(socket).contains("</stream:features>"));

    QElapsedTimer timer;
    timer.start();
    prosody.stop(std::chrono::milliseconds(500));
    qInfo("Prosody with an open session stopped in %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 6000);
    QVERIFY(!prosody.isRunning());
    QVERIFY(!processExists(pid));
}

void tst_Fixtures::prosodyHostWithoutTlsOffersNoStartTls()
{
    ProsodyServer::Options options;
    options.virtualHosts = {{Host, {}, {}, {}, false}};
    options.requireEncryption = false;
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));
    QTcpSocket socket;
    socket.connectToHost(prosody.address(), prosody.s2sPort());
    QVERIFY(socket.waitForConnected(TimeoutMs));
    socket.write(streamHeader(u"probe.test"_qs, Host));
    const QByteArray features = readFeatures(socket);
    qInfo("features without TLS: %s",
          features.mid(features.indexOf("<stream:features")).constData());
    QVERIFY2(features.contains("</stream:features>"), features.constData());
    QVERIFY2(!features.contains("<starttls"), features.constData());
    QVERIFY2(features.contains("urn:xmpp:features:dialback"), features.constData());
    closeStream(socket);
}

void tst_Fixtures::dnsServerAnswersSrvRecords()
{
    DnsServer dns;
    const QString service = u"_xmpp-server._tcp.example.test"_qs;
    dns.addSrvRecord(service, u"xmpp2.example.test"_qs, 5270, 20, 40);
    dns.addSrvRecord(service, u"xmpp1.example.test"_qs, 5269, 10, 60);
    dns.addNoServiceRecord(u"_xmpp-server._tcp.noservice.test"_qs);
    dns.addAddress(u"xmpp1.example.test"_qs, QHostAddress(u"127.0.0.1"_qs));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(dns.start(), qPrintable(dns.errorString()));
    qInfo("dnsmasq answered on %s port %d %lld ms after start",
          qPrintable(dns.address().toString()), dns.port(), timer.elapsed());
    QCOMPARE(dns.address(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(dns.port() != 53 && dns.port() != 0); // no root needed
    const qint64 pid = dns.processId();
    QVERIFY(processExists(pid));

    timer.restart();
    const DnsAnswer srv = lookUp(DnsAnswer::Srv, service, dns);
    qInfo("SRV answer in %lld ms", timer.elapsed());
    QCOMPARE(srv.outcome, DnsAnswer::Outcome::Data);
    // dnsmasq passes no DNSSEC records: nothing can be validated through it, and the
    // answer says so instead of calling the records bogus.
    QCOMPARE(srv.dnssec, DnssecStatus::Unvalidated);
    QVERIFY2(!srv.validationNote.isEmpty(), qPrintable(srv.reason));
    QList<DnsAnswer::Service> records = srv.services();
    QCOMPARE(records.size(), 2);
    std::sort(records.begin(), records.end(),
              [](const auto &a, const auto &b) { return a.priority < b.priority; });
    QCOMPARE(records.at(0).target, u"xmpp1.example.test"_qs);
    QCOMPARE(records.at(0).port, quint16(5269));
    QCOMPARE(records.at(0).priority, quint16(10));
    QCOMPARE(records.at(0).weight, quint16(60));
    QCOMPARE(records.at(1).target, u"xmpp2.example.test"_qs);
    QCOMPARE(records.at(1).port, quint16(5270));
    QCOMPARE(records.at(1).priority, quint16(20));
    QCOMPARE(records.at(1).weight, quint16(40));

    const DnsAnswer none = lookUp(DnsAnswer::Srv, u"_xmpp-server._tcp.noservice.test"_qs, dns);
    QCOMPARE(none.outcome, DnsAnswer::Outcome::Data);
    QCOMPARE(none.services().size(), 1);
    const QString target = none.services().constFirst().target;
    QVERIFY2(target.isEmpty() || target == u"."_qs, qPrintable(target));

    const DnsAnswer address = lookUp(DnsAnswer::A, u"xmpp1.example.test"_qs, dns);
    QCOMPARE(address.outcome, DnsAnswer::Outcome::Data);
    QCOMPARE(address.addresses(), QList<QHostAddress> {QHostAddress(u"127.0.0.1"_qs)});

    // The other family of a known name: an empty answer (NODATA).
    const DnsAnswer aaaa = lookUp(DnsAnswer::Aaaa, u"xmpp1.example.test"_qs, dns);
    QCOMPARE(aaaa.outcome, DnsAnswer::Outcome::NoData);
    QVERIFY(aaaa.addresses().isEmpty());

    // Anything not configured does not exist (NXDOMAIN), as in a real zone.
    const DnsAnswer unknown = lookUp(DnsAnswer::Srv, u"_xmpps-server._tcp.example.test"_qs, dns);
    QCOMPARE(unknown.outcome, DnsAnswer::Outcome::NameNotFound);

    QVERIFY(dns.stop());
    QVERIFY(!dns.isRunning());
    QVERIFY(!processExists(pid));
}

void tst_Fixtures::dnsServerOnPort53MovesToAnotherAddressWhenTaken()
{
    if (::geteuid() != 0)
        QSKIP("port 53 needs root (usePort53 is for the private namespace tests)");
    // Hold the first candidate address that is free, as another resolver would.
    QUdpSocket holder;
    QHostAddress held;
    for (const QHostAddress &candidate : DnsServer::candidateAddresses()) {
        if (holder.bind(candidate, 53, QAbstractSocket::DontShareAddress)) {
            held = candidate;
            break;
        }
    }
    QVERIFY(!held.isNull());

    DnsServer dns;
    dns.usePort53();
    dns.addSrvRecord(u"_xmpp-server._tcp.example.test"_qs, u"xmpp.example.test"_qs, 5269);
    QVERIFY2(dns.start(), qPrintable(dns.errorString()));
    QVERIFY(dns.address() != held);
    QCOMPARE(dns.port(), quint16(53));
    const DnsAnswer srv = lookUp(DnsAnswer::Srv, u"_xmpp-server._tcp.example.test"_qs, dns);
    QCOMPARE(srv.outcome, DnsAnswer::Outcome::Data);
    QCOMPARE(srv.services().size(), 1);
    const qint64 pid = dns.processId();
    QVERIFY(dns.stop());
    QVERIFY(!processExists(pid));
}

QTEST_GUILESS_MAIN(tst_Fixtures)
#include "tst_fixtures.moc"
