#include "probe/dialbackkey.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

QByteArray randomSecret()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                          secret.size() / int(sizeof(quint32)));
    return secret;
}

} // namespace

DialbackKey::DialbackKey()
    : DialbackKey(randomSecret())
{ }

DialbackKey::DialbackKey(const QByteArray &secret)
    // XEP-0185's example keys the HMAC with the hexadecimal form of the secret's hash.
    : m_hashedSecret(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex())
{ }

QString DialbackKey::key(const QString &receivingServer, const QString &originatingServer,
                         const QString &streamId) const
{
    const QString message = receivingServer + u' ' + originatingServer + u' ' + streamId;
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message.toUtf8(), m_hashedSecret,
                                                                QCryptographicHash::Sha256)
                                   .toHex());
}

bool DialbackKey::verify(const QString &receivingServer, const QString &originatingServer,
                         const QString &streamId, const QString &key) const
{
    const QByteArray expected = this->key(receivingServer, originatingServer, streamId).toLatin1();
    const QByteArray given = key.trimmed().toLower().toUtf8();
    if (given.size() != expected.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ given.at(i));
    return difference == 0;
}
