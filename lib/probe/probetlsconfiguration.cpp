#include "probe/probetlsconfiguration.h"

#include "probe/probesettings.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

QSslConfiguration ProbeTlsConfiguration::forSettings(const ProbeSettings &settings, bool directTls)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // The chain is asked for and kept, never judged by Qt: ConnectionProbe checks it.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    if (directTls)
        configuration.setAllowedNextProtocols({QByteArrayLiteral("xmpp-server")});
    if (settings.hasClientCertificate())
        loadClientIdentity(settings, &configuration);
    return configuration;
}

bool ProbeTlsConfiguration::loadClientIdentity(const ProbeSettings &settings,
                                               QSslConfiguration *configuration)
{
    QFile certificateFile(settings.clientCertificateFile);
    if (settings.isPkcs12()) {
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> intermediates;
        if (!certificateFile.open(QIODevice::ReadOnly)
            || !QSslCertificate::importPkcs12(&certificateFile, &key, &certificate, &intermediates,
                                              settings.clientKeyPassphrase)) {
            return false;
        }
        configuration->setLocalCertificateChain(QList<QSslCertificate> {certificate}
                                                + intermediates);
        configuration->setPrivateKey(key);
        return true;
    }
    const QList<QSslCertificate> chain
        = QSslCertificate::fromPath(settings.clientCertificateFile, QSsl::Pem);
    QFile keyFile(settings.clientKeyFile);
    const QByteArray keyData = keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray();
    // A PEM key does not always say its algorithm ("BEGIN PRIVATE KEY"): try each.
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey,
                      settings.clientKeyPassphrase);
        if (!key.isNull())
            break;
    }
    if (chain.isEmpty() || key.isNull())
        return false;
    configuration->setLocalCertificateChain(chain);
    configuration->setPrivateKey(key);
    return true;
}
