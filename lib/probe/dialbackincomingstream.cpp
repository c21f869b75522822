#include "probe/dialbackincomingstream.h"

#include "probe/dialbackkey.h"

#include <QRandomGenerator>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <QXmlStreamWriter>
#include <QXmppDialback.h>

namespace {

const QString TlsNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
// Past this, a stream that never closes is dropped: the listener serves a test, not a day.
constexpr int MaxLifetimeMs = 10 * 60 * 1000;
// A stream silent this long is dropped: a partner verifying a key speaks within seconds,
// and a silent peer must not hold one of the listener's streams.
constexpr int IdleTimeoutMs = 60 * 1000;
// A peer that does not read what the listener writes is dropped past this.
constexpr qint64 MaxUnsentBytes = 64 * 1024;

QString xmlOf(const QXmppDialback &dialback)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    dialback.toXml(&writer);
    return xml;
}

QString randomStreamId()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

} // namespace

DialbackIncomingStream::DialbackIncomingStream(QSslSocket *socket, const QString &localDomain,
                                               const DialbackKey &key, const QSslConfiguration &tls,
                                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_localDomain(localDomain)
    , m_key(key)
    , m_tlsOffered(!tls.localCertificate().isNull() && !tls.privateKey().isNull())
    , m_peerAddress(socket->peerAddress().toString())
    , m_peerPort(socket->peerPort())
    , m_connectedAt(QDateTime::currentDateTime())
{
    socket->setParent(this);
    if (m_tlsOffered)
        socket->setSslConfiguration(tls);
    connect(socket, &QSslSocket::readyRead, this, &DialbackIncomingStream::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &DialbackIncomingStream::close);
    connect(socket, &QSslSocket::errorOccurred, this, &DialbackIncomingStream::close);
    QTimer::singleShot(MaxLifetimeMs, this, &DialbackIncomingStream::close);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(IdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &DialbackIncomingStream::close);
    m_idleTimer.start();
}

DialbackIncomingStream::~DialbackIncomingStream()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool DialbackIncomingStream::isLocal(const QString &domain) const
{
    return domain.compare(m_localDomain, Qt::CaseInsensitive) == 0;
}

bool DialbackIncomingStream::encrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

void DialbackIncomingStream::close()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_socket->state() == QAbstractSocket::ConnectedState) {
            m_socket->write("</stream:stream>");
            m_socket->disconnectFromHost();
        }
    }
    Q_EMIT closed();
}

void DialbackIncomingStream::send(const QString &xml)
{
    if (!m_socket || m_closed)
        return;
    if (m_socket->bytesToWrite() > MaxUnsentBytes) {
        close();
        return;
    }
    m_socket->write(xml.toUtf8());
}

void DialbackIncomingStream::onReadyRead()
{
    if (!m_socket || m_closed)
        return;
    m_idleTimer.start();
    m_reader.addData(m_socket->readAll());
    while (m_socket && !m_closed) {
        switch (m_reader.next()) {
        case XmppStreamReader::Event::NeedMoreData:
            return;
        case XmppStreamReader::Event::StreamOpened:
            openStream();
            continue;
        case XmppStreamReader::Event::Element:
            handleElement(m_reader.element());
            continue;
        case XmppStreamReader::Event::StreamClosed:
        case XmppStreamReader::Event::Error:
            close();
            return;
        }
    }
}

void DialbackIncomingStream::openStream()
{
    const XmppStreamReader::StreamHeader &header = m_reader.header();
    m_streamFrom = header.from;
    // The reply's `to` is escaped as any text; from and to as RFC 6120 §4.7.1 asks.
    QString reply = QStringLiteral("<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                                   "xmlns:stream='http://etherx.jabber.org/streams' "
                                   "xmlns:db='jabber:server:dialback' from='%1' id='%2' "
                                   "version='1.0'")
                        .arg(m_localDomain.toHtmlEscaped(), randomStreamId());
    if (!header.from.isEmpty())
        reply += QStringLiteral(" to='%1'").arg(header.from.toHtmlEscaped());
    reply += u'>';
    QString features = QStringLiteral("<stream:features>");
    if (m_tlsOffered && !m_socket->isEncrypted())
        features += QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    features += QStringLiteral("<dialback xmlns='urn:xmpp:features:dialback'><errors/></dialback>"
                               "</stream:features>");
    send(reply + features);
    Q_EMIT streamOpened();
}

void DialbackIncomingStream::handleElement(const QDomElement &element)
{
    if (element.namespaceURI() == TlsNamespace && element.localName() == u"starttls") {
        if (!m_tlsOffered || m_socket->isEncrypted()) {
            send(QStringLiteral("<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"));
            close();
            return;
        }
        send(QStringLiteral("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"));
        m_reader.reset();
        m_socket->startServerEncryption();
        return;
    }
    if (!QXmppDialback::isDialback(element))
        return;
    QXmppDialback request;
    request.parse(element);
    if (!request.type().isEmpty())
        return; // an answer: the listener asks nothing
    if (request.command() == QXmppDialback::Verify) {
        const Verify verify {request.from(), request.to(), request.id(),
                             !m_answerInvalid && isLocal(request.to())
                                 && m_key.verify(request.from().toLower(), request.to().toLower(),
                                                 request.id(), request.key())};
        QXmppDialback answer;
        answer.setCommand(QXmppDialback::Verify);
        answer.setFrom(request.to());
        answer.setTo(request.from());
        answer.setId(request.id());
        answer.setType(verify.valid ? QStringLiteral("valid") : QStringLiteral("invalid"));
        send(xmlOf(answer));
        Q_EMIT verifyAnswered(verify);
        return;
    }
    // The partner authenticating the stream it opened to this listener.
    QXmppDialback answer;
    answer.setCommand(QXmppDialback::Result);
    answer.setFrom(request.to());
    answer.setTo(request.from());
    answer.setType(isLocal(request.to()) ? QStringLiteral("valid") : QStringLiteral("invalid"));
    send(xmlOf(answer));
}
