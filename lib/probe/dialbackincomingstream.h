#pragma once

#include "probe/xmppstreamreader.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

class DialbackKey;
class QSslSocket;

// One server-to-server stream that a partner opened to the dialback listener, the
// authoritative server of the local domain (XEP-0220 §2.1.3, §2.2): it answers the stream
// header, offers STARTTLS (when the listener has a certificate) and dialback, answers each
// <db:verify/> by checking the key against the test's secret (XEP-0185), and accepts the
// partner's own <db:result/> for this stream without checking it: the listener relays no
// stanza, and some servers (Prosody) send their <db:verify/> only once the stream they opened
// is authenticated. Everything else is ignored; the stream is read with XmppStreamReader,
// so a hostile peer meets the same limits as in the test itself.
class DialbackIncomingStream final : public QObject
{
    Q_OBJECT

public:
    struct Verify
    {
        QString from; // the receiving server, the partner
        QString to; // the domain it asks about
        QString id; // the stream id the partner gave the test
        bool valid = false;
    };

    // Takes `socket` (connected, not yet encrypted); `tls` is what STARTTLS presents, empty
    // for no STARTTLS.
    DialbackIncomingStream(QSslSocket *socket, const QString &localDomain, const DialbackKey &key,
                           const QSslConfiguration &tls, QObject *parent = nullptr);
    ~DialbackIncomingStream() override;

    QString peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    QDateTime connectedAt() const { return m_connectedAt; }
    QString streamFrom() const { return m_streamFrom; } // the `from` of its stream header
    bool encrypted() const;
    // A test hook: every <db:verify/> is answered invalid, whatever its key.
    void setAnswerInvalid(bool invalid) { m_answerInvalid = invalid; }
    void close();

Q_SIGNALS:
    void streamOpened(); // a stream header has arrived (again after TLS)
    void verifyAnswered(const DialbackIncomingStream::Verify &verify);
    void closed();

private:
    void onReadyRead();
    void handleElement(const QDomElement &element);
    void openStream();
    void send(const QString &xml);
    bool isLocal(const QString &domain) const;

    QPointer<QSslSocket> m_socket;
    QString m_localDomain;
    const DialbackKey &m_key;
    bool m_tlsOffered = false;
    XmppStreamReader m_reader;
    QString m_peerAddress;
    quint16 m_peerPort = 0;
    QDateTime m_connectedAt;
    QString m_streamFrom;
    bool m_answerInvalid = false;
    bool m_closed = false;
    QTimer m_idleTimer; // closes a stream that stays silent
};
