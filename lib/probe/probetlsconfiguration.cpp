#include "probe/probetlsconfiguration.h"

#include "probe/probesettings.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSslKey>
#include <QSslSocket>

QSslConfiguration ProbeTlsConfiguration::forSettings(const ProbeSettings &settings, bool directTls)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(trustedAuthorities(settings.extraCaFile));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (directTls)
        configuration.setAllowedNextProtocols({QByteArrayLiteral("xmpp-server")});
    if (settings.hasClientCertificate())
        loadClientIdentity(settings, &configuration);
    return configuration;
}

// Reading and parsing the system store takes about 200 ms of CPU: it is done once per
// process, not once per connection; the extra CA file again only when it has changed.
QList<QSslCertificate> ProbeTlsConfiguration::trustedAuthorities(const QString &extraCaFile)
{
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    static QString cachedPath;
    static QDateTime cachedModified;
    static QList<QSslCertificate> cachedExtra;
    if (extraCaFile.isEmpty())
        return system;
    const QDateTime modified = QFileInfo(extraCaFile).lastModified();
    if (extraCaFile != cachedPath || modified != cachedModified) {
        cachedPath = extraCaFile;
        cachedModified = modified;
        cachedExtra = QSslCertificate::fromPath(extraCaFile, QSsl::Pem);
    }
    return system + cachedExtra;
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
