#include "probe/dialbacklistener.h"

#include "probe/probetlsconfiguration.h"

#include <QSslKey>
#include <QSslSocket>

#include <algorithm>

namespace {
// Streams open at once; past this, new connections are closed at once.
constexpr int MaxStreams = 64;
// Streams from one address at a time: a partner needs one or two, and one host must not
// take every stream of the listener.
constexpr int MaxStreamsPerAddress = 8;
// What the listener keeps of what it saw, the latest last.
constexpr qsizetype MaxRecorded = 1000;

template<typename T>
void keep(QList<T> *list, const T &item)
{
    if (list->size() >= MaxRecorded)
        list->removeFirst();
    list->append(item);
}
} // namespace

DialbackListener::DialbackListener(const ProbeSettings &settings, QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
{ }

DialbackListener::~DialbackListener()
{
    close();
}

QString DialbackListener::addressText(const QHostAddress &address, quint16 port)
{
    if (address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv6)
        return QStringLiteral("*:%1").arg(port);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

QString DialbackListener::listenText() const
{
    return isListening()
        ? addressText(m_settings.dialbackListenAddress, serverPort())
        : addressText(m_settings.dialbackListenAddress, m_settings.dialbackListenPort);
}

bool DialbackListener::presentsCertificate() const
{
    return !m_tls.localCertificate().isNull() && !m_tls.privateKey().isNull();
}

bool DialbackListener::loadCertificate()
{
    // Its own certificate when one is set, else the client certificate of SASL EXTERNAL:
    // both stand for the local domain (the Access Edge's external certificate).
    ProbeSettings identity = m_settings;
    if (!m_settings.dialbackCertificateFile.isEmpty()) {
        identity.clientCertificateFile = m_settings.dialbackCertificateFile;
        identity.clientKeyFile = m_settings.dialbackKeyFile;
    }
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    if (!identity.hasClientCertificate())
        return m_settings.dialbackCertificateFile.isEmpty();
    return ProbeTlsConfiguration::loadClientIdentity(identity, &m_tls);
}

bool DialbackListener::start()
{
    if (!loadCertificate()) {
        m_error = trLater("The certificate %1 for the dialback listener cannot be read with its "
                          "key %2.")
                      .arg(m_settings.dialbackCertificateFile)
                      .arg(m_settings.dialbackKeyFile);
        return false;
    }
    const QHostAddress address = m_settings.dialbackListenAddress.isNull()
        ? QHostAddress(QHostAddress::Any)
        : m_settings.dialbackListenAddress;
    if (!listen(address, m_settings.dialbackListenPort)) {
        m_error = trLater("The dialback listener cannot listen on %1: %2")
                      .arg(listenText())
                      .arg(errorString());
        return false;
    }
    m_error = {};
    return true;
}

QString DialbackListener::keyFor(const QString &receivingServer, const QString &streamId) const
{
    return m_key.key(receivingServer.toLower(), m_settings.localDomain.toLower(), streamId);
}

void DialbackListener::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    const QList<DialbackIncomingStream *> streams
        = findChildren<DialbackIncomingStream *>(Qt::FindDirectChildrenOnly);
    const QString address = socket->peerAddress().toString();
    const auto fromAddress
        = std::count_if(streams.cbegin(), streams.cend(), [&address](const auto *stream) {
              return stream->peerAddress() == address;
          });
    if (streams.size() >= MaxStreams || fromAddress >= MaxStreamsPerAddress) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    auto *stream = new DialbackIncomingStream(socket, m_settings.localDomain, m_key, m_tls, this);
    stream->setAnswerInvalid(m_answerInvalid);
    connect(stream, &DialbackIncomingStream::closed, stream, &QObject::deleteLater);
    connect(stream, &DialbackIncomingStream::streamOpened, this, [this, stream] {
        if (stream->encrypted())
            return; // the same partner again, after STARTTLS
        const Connection connection {stream->peerAddress(), stream->peerPort(),
                                     stream->connectedAt(), stream->streamFrom()};
        keep(&m_connections, connection);
        Q_EMIT partnerConnected(connection);
    });
    connect(stream, &DialbackIncomingStream::verifyAnswered, this,
            [this, stream](const DialbackIncomingStream::Verify &answered) {
                const Verify verify {stream->peerAddress(), QDateTime::currentDateTime(),
                                     answered.from, answered.id, answered.valid};
                keep(&m_verifications, verify);
                Q_EMIT verifyAnswered(verify);
            });
}
