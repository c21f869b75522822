// The configuration of the TLS profile's handshakes: one version through OpenSSL's own
// commands, security level 0, verification only where OCSP is asked for; and the local
// check that says when OpenSSL cannot offer a version, which must catch what it looks for.
#include "probe/tlsversionconfiguration.h"

#include <QSslSocket>
#include <QTest>

using Version = TlsProfile::Version;

class tst_TlsVersionConfiguration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backendOptionsNameOneVersion();
    void configurationOfAHandshake();
    void modernVersionsCanBeOfferedHere();
    void checkCatchesASecurityLevelThatRefusesSha1();
    void checkCatchesAnImpossibleRange();
    void checkCatchesARefusedCommand();
};

void tst_TlsVersionConfiguration::backendOptionsNameOneVersion()
{
    using Options = QList<std::pair<QByteArray, QByteArray>>;
    QCOMPARE(TlsVersionConfiguration::backendOptions(Version::Tls10),
             (Options {{"CipherString", "DEFAULT:@SECLEVEL=0"},
                       {"MinProtocol", "TLSv1"},
                       {"MaxProtocol", "TLSv1"}}));
    QCOMPARE(TlsVersionConfiguration::backendOptions(Version::Tls11).at(1).second,
             QByteArray("TLSv1.1"));
    QCOMPARE(TlsVersionConfiguration::backendOptions(Version::Tls12).at(2).second,
             QByteArray("TLSv1.2"));
    QCOMPARE(TlsVersionConfiguration::backendOptions(Version::Tls13).at(1).second,
             QByteArray("TLSv1.3"));
}

void tst_TlsVersionConfiguration::configurationOfAHandshake()
{
    const QSslConfiguration plain
        = TlsVersionConfiguration::forVersion(Version::Tls11, false, false);
    QCOMPARE(plain.protocol(), QSsl::AnyProtocol);
    QCOMPARE(plain.peerVerifyMode(), QSslSocket::VerifyNone);
    QVERIFY(!plain.ocspStaplingEnabled());
    QVERIFY(plain.allowedNextProtocols().isEmpty());
    const QMap<QByteArray, QVariant> backend = plain.backendConfiguration();
    QCOMPARE(backend.value("MinProtocol").toByteArray(), QByteArray("TLSv1.1"));
    QCOMPARE(backend.value("MaxProtocol").toByteArray(), QByteArray("TLSv1.1"));
    QCOMPARE(backend.value("CipherString").toByteArray(), QByteArray("DEFAULT:@SECLEVEL=0"));

    // Qt reads the stapled status only while it verifies; the probe ignores the errors.
    const QSslConfiguration ocsp = TlsVersionConfiguration::forVersion(Version::Tls13, true, true);
    QCOMPARE(ocsp.peerVerifyMode(), QSslSocket::VerifyPeer);
    QVERIFY(ocsp.ocspStaplingEnabled());
    QCOMPARE(ocsp.allowedNextProtocols(), QList<QByteArray> {"xmpp-server"});
}

void tst_TlsVersionConfiguration::modernVersionsCanBeOfferedHere()
{
    QCOMPARE(TlsVersionConfiguration::localProblem(Version::Tls12), QString());
    QCOMPARE(TlsVersionConfiguration::localProblem(Version::Tls13), QString());
}

void tst_TlsVersionConfiguration::checkCatchesASecurityLevelThatRefusesSha1()
{
    // Debian's default level: TLS 1.0's SHA-1 signatures would fail the handshake here, after
    // the server accepted the version; the ClientHello alone would not show it.
    const QString problem
        = TlsVersionConfiguration::offerProblem(Version::Tls10,
                                                {{"CipherString", "DEFAULT:@SECLEVEL=2"},
                                                 {"MinProtocol", "TLSv1"},
                                                 {"MaxProtocol", "TLSv1"}});
    QCOMPARE(problem, u"security level 2 refuses its SHA-1 signatures"_qs);
}

void tst_TlsVersionConfiguration::checkCatchesAnImpossibleRange()
{
    const QString problem = TlsVersionConfiguration::offerProblem(
        Version::Tls13, {{"MinProtocol", "TLSv1.3"}, {"MaxProtocol", "TLSv1.2"}});
    QVERIFY2(problem.contains(u"no protocols available"_qs), qPrintable(problem));
}

void tst_TlsVersionConfiguration::checkCatchesARefusedCommand()
{
    const QString problem = TlsVersionConfiguration::offerProblem(
        Version::Tls12, {{"MinProtocol", "TLSv1.2"}, {"MaxProtocol", "TLSv9"}});
    QVERIFY2(problem.startsWith(u"MaxProtocol = TLSv9 refused"_qs), qPrintable(problem));
}

QTEST_GUILESS_MAIN(tst_TlsVersionConfiguration)
#include "tst_tlsversionconfiguration.moc"
