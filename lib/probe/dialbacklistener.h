#pragma once

#include "i18n/localizedtext.h"
#include "probe/dialbackincomingstream.h"
#include "probe/dialbackkey.h"
#include "probe/probesettings.h"

#include <QDateTime>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>

// The authoritative server of the local domain for full server dialback (XEP-0220): while
// connection tests run with ProbeSettings::fullDialback, it listens on the settings' address
// and port (default every address, port 5269), presents the local domain's certificate on
// STARTTLS, and answers each partner's <db:verify/> for the keys the tests sent, which it
// alone can check (the tests take their keys from keyFor()). It reports every stream opened
// to it and every verification answered, for the tests' ConnectBack step.
//
// QXmppServer is not used: in QXmpp 1.10.3 it keeps its incoming streams to itself and answers
// <db:verify/> only for the keys of its own QXmppOutgoingServer streams; its
// QXmppIncomingServer answers a partner's own <db:result/> by dialing the partner's first SRV
// record; and its QXmppSslServer presents one certificate without its chain. The streams
// here (DialbackIncomingStream) use QXmppDialback for the dialback elements.
class DialbackListener final : public QTcpServer
{
    Q_OBJECT

public:
    XP_DECLARE_TR_LATER(DialbackListener)

    struct Connection
    {
        QString peerAddress;
        quint16 peerPort = 0;
        QDateTime at;
        QString streamFrom; // the `from` of its stream header
    };

    struct Verify
    {
        QString peerAddress;
        QDateTime at;
        QString from; // the partner's domain, as it asked
        QString id; // the id of the stream the partner gave the test
        bool valid = false;
    };

    explicit DialbackListener(const ProbeSettings &settings, QObject *parent = nullptr);
    ~DialbackListener() override;

    // Loads the certificate and listens. False with errorText() when the port is taken or
    // the configured certificate cannot be read.
    bool start();
    LocalizedText errorText() const { return m_error; }
    // "192.0.2.10:5269", "[2001:db8::1]:5269", "*:5269" (every address): where it listens,
    // or where it is set to listen before start().
    QString listenText() const;
    // The listener presents a certificate (offers STARTTLS).
    bool presentsCertificate() const;

    // The key the test sends in <db:result/> on the stream `streamId` opened by
    // `receivingServer` (the partner) for the local domain.
    QString keyFor(const QString &receivingServer, const QString &streamId) const;

    // A test hook: every <db:verify/> is answered invalid.
    void setAnswerInvalid(bool invalid) { m_answerInvalid = invalid; }

    const QList<Connection> &connections() const { return m_connections; }
    const QList<Verify> &verifications() const { return m_verifications; }

    // "host:port" as the settings give it; IPv6 in brackets, the any-address as "*".
    static QString addressText(const QHostAddress &address, quint16 port);

Q_SIGNALS:
    // A partner opened a stream to the listener (its header arrived).
    void partnerConnected(const DialbackListener::Connection &connection);
    void verifyAnswered(const DialbackListener::Verify &verify);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    bool loadCertificate();

    ProbeSettings m_settings;
    DialbackKey m_key;
    QSslConfiguration m_tls;
    LocalizedText m_error;
    QList<Connection> m_connections;
    QList<Verify> m_verifications;
    bool m_answerInvalid = false;
};
