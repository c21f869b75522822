#include "probe/tlshandshakeprobe.h"

#include "partners/domainname.h"
#include "probe/connectionprobe.h"
#include "probe/streamfeatures.h"

#include <QOcspResponse>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>

#include <algorithm>

namespace {

const QString TlsNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
const QString StreamNamespace = QStringLiteral("http://etherx.jabber.org/streams");

bool isOcspError(const QSslError &error)
{
    return error.error() >= QSslError::OcspNoResponseFound
        && error.error() <= QSslError::OcspStatusUnknown;
}

// OpenSSL's Kx of the cipher as the report names it: ECDH and DH are ephemeral in every
// cipher OpenSSL 1.1 and later offer (ECDHE-, DHE-); TLS 1.3 says "any".
QString keyExchangeName(const QSslCipher &cipher, TlsProfile::Version version)
{
    const QString method = cipher.keyExchangeMethod();
    if (version == TlsProfile::Version::Tls13 || method == u"any")
        return QStringLiteral("(EC)DHE");
    if (method == u"ECDH")
        return QStringLiteral("ECDHE");
    if (method == u"DH")
        return QStringLiteral("DHE");
    return method;
}

} // namespace

TlsHandshakeProbe::TlsHandshakeProbe(TlsProfile::Version version,
                                     const QSslConfiguration &configuration, QObject *parent)
    : QObject(parent)
    , m_configuration(configuration)
{
    m_result.version.version = version;
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &TlsHandshakeProbe::onStepTimeout);
}

TlsHandshakeProbe::~TlsHandshakeProbe()
{
    closeSocket();
}

void TlsHandshakeProbe::start(const Target &target)
{
    m_target = target;
    m_reader.reset();
    m_ocspErrors.clear();
    m_result.version.state = TlsProfile::VersionState::NotRun;
    beginPhase(Phase::Connecting);

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    const QString serverName = DomainName::comparisonKey(target.domain);
    socket->setSslConfiguration(m_configuration);
    socket->setPeerVerifyName(serverName);
    connect(socket, &QSslSocket::connected, this, &TlsHandshakeProbe::onConnected);
    connect(socket, &QSslSocket::encrypted, this, &TlsHandshakeProbe::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, &TlsHandshakeProbe::onSslErrors);
    connect(socket, &QSslSocket::errorOccurred, this, &TlsHandshakeProbe::onSocketError);
    connect(socket, &QSslSocket::disconnected, this, &TlsHandshakeProbe::onDisconnected);
    connect(socket, &QSslSocket::readyRead, this, &TlsHandshakeProbe::onReadyRead);
    if (target.directTls)
        socket->connectToHostEncrypted(target.host, target.port, serverName);
    else
        socket->connectToHost(target.host, target.port);
}

void TlsHandshakeProbe::cancel()
{
    if (!isRunning())
        return;
    m_stepTimer.stop();
    closeSocket();
    m_phase = Phase::Done;
    m_result.version.state = TlsProfile::VersionState::NotRun;
    m_result.version.details = trLater("Cancelled.");
}

void TlsHandshakeProbe::beginPhase(Phase phase)
{
    m_phase = phase;
    m_stepTimer.start(m_target.stepTimeoutMs);
}

void TlsHandshakeProbe::onConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    if (m_target.directTls) {
        beginPhase(Phase::Handshaking);
        return;
    }
    beginPhase(Phase::WaitingFeatures);
    m_socket->write(ConnectionProbe::streamHeader(m_target.localDomain, m_target.domain).toUtf8());
}

void TlsHandshakeProbe::onReadyRead()
{
    if (!m_socket || m_phase == Phase::Handshaking)
        return;
    m_reader.addData(m_socket->readAll());
    while (m_phase == Phase::WaitingFeatures || m_phase == Phase::WaitingProceed) {
        switch (m_reader.next()) {
        case XmppStreamReader::Event::NeedMoreData:
            return;
        case XmppStreamReader::Event::StreamOpened:
            continue;
        case XmppStreamReader::Event::Element:
            handleElement(m_reader.element());
            continue;
        case XmppStreamReader::Event::StreamClosed:
            end(TlsProfile::VersionState::Failed,
                trLater("The server closed the stream before TLS."));
            return;
        case XmppStreamReader::Event::Error:
            end(TlsProfile::VersionState::Failed, m_reader.errorText());
            return;
        }
    }
}

void TlsHandshakeProbe::handleElement(const QDomElement &element)
{
    if (element.localName() == u"error" && element.namespaceURI() == StreamNamespace) {
        end(TlsProfile::VersionState::Failed,
            trLater("The server ended the stream with the error “%1” before TLS.")
                .arg(XmppStreamReader::conditionOf(element)));
        return;
    }
    if (m_phase == Phase::WaitingFeatures && StreamFeatures::isStreamFeatures(element)) {
        const StreamFeatures features
            = StreamFeatures::parse(element, m_reader.header().dialbackNamespace);
        if (features.startTls == OfferedFeatures::StartTls::NotOffered) {
            end(TlsProfile::VersionState::Failed, trLater("The server did not offer STARTTLS."));
            return;
        }
        beginPhase(Phase::WaitingProceed);
        m_socket->write("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        return;
    }
    if (m_phase == Phase::WaitingProceed && element.namespaceURI() == TlsNamespace) {
        if (element.localName() != u"proceed") {
            end(TlsProfile::VersionState::Failed,
                trLater("The server answered STARTTLS with <failure/>."));
            return;
        }
        beginPhase(Phase::Handshaking);
        m_socket->startClientEncryption();
    }
}

void TlsHandshakeProbe::onSslErrors(const QList<QSslError> &errors)
{
    // Only the handshake that asks for OCSP verifies (TlsVersionConfiguration); trust is
    // the connection test's own handshake's business, so every error is ignored.
    for (const QSslError &error : errors) {
        if (isOcspError(error))
            m_ocspErrors.append(error);
    }
    if (m_socket)
        m_socket->ignoreSslErrors();
}

void TlsHandshakeProbe::onEncrypted()
{
    if (m_phase != Phase::Handshaking)
        return;
    TlsProfile::VersionResult &version = m_result.version;
    const QSslCipher cipher = m_socket->sessionCipher();
    version.cipher = cipher.name();
    version.cipherBits = cipher.usedBits();
    version.keyExchange = keyExchangeName(cipher, version.version);
    // Qt describes an ephemeral DH key; X25519 and the other curves are opaque to it.
    const QSslKey ephemeral = m_socket->sslConfiguration().ephemeralServerKey();
    if (version.keyExchange == u"DHE" && ephemeral.algorithm() == QSsl::Dh)
        version.keyExchangeBits = qMax(0, ephemeral.length());
    m_result.leaf = m_socket->peerCertificate();
    recordOcsp();
    end(TlsProfile::VersionState::Accepted, {});
}

void TlsHandshakeProbe::recordOcsp()
{
    if (!m_configuration.ocspStaplingEnabled())
        return;
    const QList<QOcspResponse> responses = m_socket->ocspResponses();
    if (!responses.isEmpty()) {
        m_result.ocsp = TlsProfile::Ocsp::Stapled;
        switch (responses.constFirst().certificateStatus()) {
        case QOcspCertificateStatus::Good:
            m_result.ocspDetails = trLater("The stapled response says the certificate is good.");
            break;
        case QOcspCertificateStatus::Revoked:
            m_result.ocspDetails = trLater("The stapled response says the certificate is revoked.");
            break;
        case QOcspCertificateStatus::Unknown:
            m_result.ocspDetails = trLater("The stapled response does not know the certificate.");
            break;
        }
        return;
    }
    const bool none
        = std::any_of(m_ocspErrors.cbegin(), m_ocspErrors.cend(), [](const QSslError &error) {
              return error.error() == QSslError::OcspNoResponseFound;
          });
    if (none || m_ocspErrors.isEmpty()) {
        m_result.ocsp = TlsProfile::Ocsp::NotStapled;
        m_result.ocspDetails = trLater("The server sent no OCSP response when asked for one.");
        return;
    }
    // A response that is an error message (try later, unauthorized, …).
    m_result.ocsp = TlsProfile::Ocsp::Stapled;
    m_result.ocspDetails = trLater("The server sent an OCSP response that is not usable: %1")
                               .arg(m_ocspErrors.constFirst().errorString());
}

void TlsHandshakeProbe::onSocketError()
{
    if (!m_socket || !isRunning())
        return;
    const QString error = m_socket->errorString();
    if (m_phase != Phase::Handshaking) {
        end(TlsProfile::VersionState::Failed, LocalizedText::verbatim(error));
        return;
    }
    // The handshake went through in OpenSSL, but Qt refused the stapled OCSP response it
    // could not decode: the version is accepted (Qt no longer tells the cipher).
    if (m_configuration.ocspStaplingEnabled() && !m_socket->peerCertificate().isNull()) {
        m_result.leaf = m_socket->peerCertificate();
        m_result.ocsp = TlsProfile::Ocsp::Stapled;
        m_result.ocspDetails
            = trLater("The server sent an OCSP response that Qt could not read: %1").arg(error);
        end(TlsProfile::VersionState::Accepted,
            trLater("Accepted, but the cipher is not known: Qt ended the connection over the "
                    "OCSP response."));
        return;
    }
    end(TlsProfile::VersionState::Refused, LocalizedText::verbatim(error));
}

void TlsHandshakeProbe::onDisconnected()
{
    if (!isRunning())
        return;
    if (m_phase == Phase::Handshaking)
        end(TlsProfile::VersionState::Refused,
            trLater("The server closed the connection during the handshake."));
    else
        end(TlsProfile::VersionState::Failed,
            trLater("The server closed the connection before TLS."));
}

void TlsHandshakeProbe::onStepTimeout()
{
    if (!isRunning())
        return;
    const double seconds = m_target.stepTimeoutMs / 1000.0;
    end(TlsProfile::VersionState::Failed,
        m_phase == Phase::Handshaking
            ? trLater("No answer to the handshake within %1 s.").arg(seconds)
            : trLater("No answer within %1 s.").arg(seconds));
}

void TlsHandshakeProbe::end(TlsProfile::VersionState state, const LocalizedText &details)
{
    // A stream that ends before TLS is closed as the connection test closes its own.
    if ((m_phase == Phase::WaitingFeatures || m_phase == Phase::WaitingProceed) && m_socket
        && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write("</stream:stream>");
    m_stepTimer.stop();
    m_phase = Phase::Done;
    m_result.version.state = state;
    m_result.version.details = details;
    closeSocket();
    Q_EMIT finished();
}

void TlsHandshakeProbe::closeSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    // What is still to write goes first (TLS's close_notify, </stream:stream>); the stream
    // restart is never begun. The socket goes once closed, or with this object.
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        connect(m_socket, &QAbstractSocket::disconnected, m_socket, &QObject::deleteLater);
        m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = nullptr;
}
