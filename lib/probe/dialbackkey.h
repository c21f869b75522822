#pragma once

#include <QByteArray>
#include <QString>

// Dialback keys as XEP-0185 recommends (and XEP-0220 §2.1.1 takes over):
//   key = HEX(HMAC-SHA256(HEX(SHA256(secret)), receiving + ' ' + originating + ' ' + streamId))
// The connection test is the originating server and, with its listener, the authoritative
// server of the local domain: one secret serves both, so the listener can answer the
// partner's <db:verify/> for the keys the test sent. The secret is random, one per object
// (one per run), and never leaves it: only keys are sent.
class DialbackKey final
{
public:
    // A new random secret.
    DialbackKey();
    // A given secret, for tests (XEP-0185 §3's worked example).
    explicit DialbackKey(const QByteArray &secret);

    // The key for a stream `streamId` that the receiving server (the partner) opened for
    // the originating server (the local domain), in lower-case hexadecimal.
    QString key(const QString &receivingServer, const QString &originatingServer,
                const QString &streamId) const;
    // `key` is the one this secret gives for these names and stream (compared in constant
    // time).
    bool verify(const QString &receivingServer, const QString &originatingServer,
                const QString &streamId, const QString &key) const;

private:
    QByteArray m_hashedSecret; // HEX(SHA256(secret)), the HMAC key
};
