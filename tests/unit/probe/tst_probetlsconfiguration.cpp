// What a probe's TLS connection presents and how it treats the peer, with certificates and
// keys made by the openssl command line in a temporary folder: the peer's chain queried,
// not judged (CertificateCheck judges it; tst_truststore tests the trust), no CA list
// loaded, and the client identity as PEM files or PKCS#12.
#include "probe/probesettings.h"
#include "probe/probetlsconfiguration.h"

#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_ProbeTlsConfiguration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void peerIsQueriedNotVerified();
    void pemIdentityIsPresented();
    void pemIdentityWithoutItsKeyIsNotPresented();
    void pkcs12IdentityIsPresented();
    void pkcs12WithAWrongPassphraseIsNotPresented();
    void directTlsAsksForTheXmppServerProtocol();

private:
    // Makes a self-signed certificate and its key (NAME.pem, NAME-key.pem) for `commonName`.
    bool makeCertificate(const QString &name, const QString &commonName);
    bool openssl(const QStringList &arguments);
    QString path(const QString &name) const { return m_folder.filePath(name); }
    static QSslCertificate certificateAt(const QString &file);

    QTemporaryDir m_folder;
    QString m_openssl;
};

bool tst_ProbeTlsConfiguration::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAll().constData());
        return false;
    }
    return true;
}

bool tst_ProbeTlsConfiguration::makeCertificate(const QString &name, const QString &commonName)
{
    return openssl({u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs,
                    u"ec_paramgen_curve:prime256v1"_qs, u"-nodes"_qs, u"-days"_qs, u"2"_qs,
                    u"-subj"_qs, u"/CN="_qs + commonName, u"-keyout"_qs,
                    path(name + u"-key.pem"_qs), u"-out"_qs, path(name + u".pem"_qs)});
}

QSslCertificate tst_ProbeTlsConfiguration::certificateAt(const QString &file)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(file, QSsl::Pem);
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

void tst_ProbeTlsConfiguration::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(u"openssl"_qs);
    if (m_openssl.isEmpty())
        QSKIP("the openssl command is not installed");
    QVERIFY(m_folder.isValid());
    QVERIFY(makeCertificate(u"ca-one"_qs, u"CA one"_qs));
    QVERIFY(makeCertificate(u"client"_qs, u"lync.local.test"_qs));
    QVERIFY(openssl({u"pkcs12"_qs, u"-export"_qs, u"-in"_qs, path(u"client.pem"_qs), u"-inkey"_qs,
                     path(u"client-key.pem"_qs), u"-passout"_qs, u"pass:secret"_qs, u"-out"_qs,
                     path(u"client.p12"_qs)}));
}

void tst_ProbeTlsConfiguration::peerIsQueriedNotVerified()
{
    ProbeSettings settings;
    settings.extraCaFile = path(u"ca-one.pem"_qs);
    const QSslConfiguration configuration = ProbeTlsConfiguration::forSettings(settings, false);
    // The handshake completes whatever the certificate, so that its chain can be read and
    // checked by the probe itself.
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::QueryPeer);
    // The extra CA file is not loaded here: TrustStore reads it when a chain is checked.
    const QSslCertificate extra = certificateAt(path(u"ca-one.pem"_qs));
    QVERIFY(!extra.isNull());
    QVERIFY(!configuration.caCertificates().contains(extra));
    QVERIFY(configuration.localCertificate().isNull());
}

void tst_ProbeTlsConfiguration::pemIdentityIsPresented()
{
    ProbeSettings settings;
    settings.clientCertificateFile = path(u"client.pem"_qs);
    settings.clientKeyFile = path(u"client-key.pem"_qs);
    QSslConfiguration configuration;
    QVERIFY(ProbeTlsConfiguration::loadClientIdentity(settings, &configuration));
    QCOMPARE(configuration.localCertificate(), certificateAt(path(u"client.pem"_qs)));
    QVERIFY(!configuration.privateKey().isNull());
    QCOMPARE(configuration.privateKey().algorithm(), QSsl::Ec);

    const QSslConfiguration forTest = ProbeTlsConfiguration::forSettings(settings, false);
    QCOMPARE(forTest.localCertificate(), certificateAt(path(u"client.pem"_qs)));
}

void tst_ProbeTlsConfiguration::pemIdentityWithoutItsKeyIsNotPresented()
{
    ProbeSettings settings;
    settings.clientCertificateFile = path(u"client.pem"_qs);
    settings.clientKeyFile = path(u"no-such-key.pem"_qs);
    QSslConfiguration configuration;
    QVERIFY(!ProbeTlsConfiguration::loadClientIdentity(settings, &configuration));
    QVERIFY(configuration.localCertificate().isNull());
    QVERIFY(configuration.privateKey().isNull());

    // Without a key file at all, no client certificate is configured.
    settings.clientKeyFile.clear();
    QVERIFY(!settings.hasClientCertificate());
    QVERIFY(ProbeTlsConfiguration::forSettings(settings, false).localCertificate().isNull());
}

void tst_ProbeTlsConfiguration::pkcs12IdentityIsPresented()
{
    ProbeSettings settings;
    settings.clientCertificateFile = path(u"client.p12"_qs);
    settings.clientKeyPassphrase = "secret";
    QVERIFY(settings.isPkcs12());
    QVERIFY(settings.hasClientCertificate());
    QSslConfiguration configuration;
    QVERIFY(ProbeTlsConfiguration::loadClientIdentity(settings, &configuration));
    QCOMPARE(configuration.localCertificate(), certificateAt(path(u"client.pem"_qs)));
    QVERIFY(!configuration.privateKey().isNull());
}

void tst_ProbeTlsConfiguration::pkcs12WithAWrongPassphraseIsNotPresented()
{
    ProbeSettings settings;
    settings.clientCertificateFile = path(u"client.p12"_qs);
    settings.clientKeyPassphrase = "not the passphrase";
    QSslConfiguration configuration;
    QVERIFY(!ProbeTlsConfiguration::loadClientIdentity(settings, &configuration));
    QVERIFY(configuration.localCertificate().isNull());
    QVERIFY(configuration.privateKey().isNull());
}

void tst_ProbeTlsConfiguration::directTlsAsksForTheXmppServerProtocol()
{
    const ProbeSettings settings;
    QCOMPARE(ProbeTlsConfiguration::forSettings(settings, true).allowedNextProtocols(),
             QList<QByteArray> {"xmpp-server"});
    QVERIFY(ProbeTlsConfiguration::forSettings(settings, false).allowedNextProtocols().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProbeTlsConfiguration)
#include "tst_probetlsconfiguration.moc"
