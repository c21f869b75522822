#pragma once

#include "childprocess.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>

// NSD (Debian nsd), authoritative for two zones of a test, on a free port of 127.0.0.1, no
// root needed: "example.", signed when the server starts (ldns-keygen and ldns-signzone from
// ldnsutils, an ECDSA P-256 key made for the occasion), and "plain.example.", delegated from
// it without a DS record, so unsigned: insecure. The connection test asks it as a forwarder
// ("127.0.0.1:PORT") with trustAnchorFile() as its trust anchor, and so validates "example."
// as it would a partner's signed zone.
//
// tamper() changes a record after signing, as a forger on the path would: its answers are
// then bogus ("signature verification failed"). Add the records, then start(); the
// destructor always stops it.
class AuthoritativeDnsServer final
{
public:
    static inline const QString SignedZone = QStringLiteral("example.");
    static inline const QString UnsignedZone = QStringLiteral("plain.example.");

    AuthoritativeDnsServer();
    ~AuthoritativeDnsServer();
    Q_DISABLE_COPY_MOVE(AuthoritativeDnsServer)

    // One record in zone-file form, its owner absolute ("xmpp.partner.example. 300 IN A
    // 127.0.0.1" or without TTL and class); for the signed zone, or the unsigned one.
    void addRecord(const QString &record) { m_signed.append(record); }
    void addUnsignedRecord(const QString &record) { m_unsigned.append(record); }
    // After signing, the data of `owner`'s records of `type` becomes `data`.
    void tamper(const QString &owner, const QString &type, const QString &data);

    bool start(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    bool stop(std::chrono::milliseconds termTimeout = std::chrono::seconds(5));

    bool isRunning() const { return m_process.isRunning(); }
    qint64 processId() const { return m_process.processId(); }
    QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }
    quint16 port() const { return m_port; } // 0 until started
    // The signed zone's DS record, in the file libunbound (and --trust-anchor) reads.
    QString trustAnchorFile() const { return m_trustAnchorFile; }
    QString errorString() const { return m_error; }
    QString output() const { return m_process.outputTail(200); }

private:
    struct Tamper
    {
        QString owner;
        QString type;
        QString data;
    };
    bool writeZones();
    bool signZone();
    bool applyTampering();
    bool writeConfig(quint16 port);
    bool run(const QString &program, const QStringList &arguments, QString *output);
    bool fail(const QString &message);

    QStringList m_signed;
    QStringList m_unsigned;
    QList<Tamper> m_tampering;
    QTemporaryDir m_folder;
    ChildProcess m_process;
    quint16 m_port = 0;
    QString m_trustAnchorFile;
    QString m_readyText;
    QString m_error;
};
