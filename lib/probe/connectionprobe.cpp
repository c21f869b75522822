#include "probe/connectionprobe.h"

#include "partners/domainname.h"
#include "partners/serveraddress.h"
#include "probe/probetlsconfiguration.h"
#include "probe/streamfeatures.h"
#include "probe/tcpquickack.h"

#include <QSslSocket>

namespace {

const QString TlsNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
const QString SaslNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
const QString StreamNamespace = QStringLiteral("http://etherx.jabber.org/streams");

} // namespace

ConnectionProbe::ConnectionProbe(const Partner &partner, const QString &domain,
                                 const ProbeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_partner(partner)
    , m_domain(domain)
    , m_settings(settings)
    , m_recorder(domain, settings.localDomain)
{
    m_stepTimer.setSingleShot(true);
    m_budgetTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &ConnectionProbe::onStepTimeout);
    connect(&m_budgetTimer, &QTimer::timeout, this, &ConnectionProbe::onBudgetExhausted);
    connect(&m_resolver, &ServerResolver::finished, this, &ConnectionProbe::onResolved);
    connect(&m_resolver, &ServerResolver::addressesFound, this, &ConnectionProbe::onAddressesFound);
    if (!settings.nameserver.isNull())
        m_resolver.setNameserver(settings.nameserver);
}

ConnectionProbe::~ConnectionProbe()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ConnectionProbe::start()
{
    m_recorder.start();
    m_budgetTimer.start(m_settings.totalBudgetMs);
    beginStep(ProbeReport::Step::Resolve, Phase::Resolving);
    const QString override
        = !m_settings.hostOverride.isEmpty() ? m_settings.hostOverride : m_partner.proxyFqdn;
    m_resolver.resolve(m_domain, override);
}

void ConnectionProbe::cancel()
{
    if (!isRunning())
        return;
    m_recorder.report().cancelled = true;
    endStep(ProbeReport::StepState::Cancelled,
            trLater("Cancelled after %1.").arg(m_recorder.elapsedText()));
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_recorder.report().offered.tlsFailure = {};
    finish();
}

void ConnectionProbe::beginStep(ProbeReport::Step step, Phase phase)
{
    m_recorder.beginStep(step);
    m_phase = phase;
    m_stepTimer.start(m_settings.stepTimeoutMs);
}

void ConnectionProbe::endStep(ProbeReport::StepState state, const LocalizedText &details)
{
    m_stepTimer.stop();
    m_recorder.endStep(state, details);
    Q_EMIT stepFinished(m_recorder.step());
}

void ConnectionProbe::onResolved(const ServerResolver::Result &result)
{
    if (m_phase != Phase::Resolving)
        return;
    m_recorder.report().records = result.records;
    if (!result.error.isEmpty()) {
        failAndFinish(LocalizedText::lines({result.error, result.details}));
        return;
    }
    endStep(ProbeReport::StepState::Passed, result.details);
    m_targets = result.targets;
    beginStep(ProbeReport::Step::Connect, Phase::Connecting);
    connectToNextTarget();
}

void ConnectionProbe::connectToNextTarget()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_resolver.abort(); // the addresses of the previous target, if still looked up
    if (!m_addresses.isEmpty()) {
        connectSocket(m_addresses.takeFirst().toString());
        return;
    }
    if (m_targets.isEmpty()) {
        failAndFinish(trLater("No server accepted the connection:\n%1")
                          .arg(LocalizedText::lines(m_recorder.failedAttempts())));
        return;
    }
    m_target = m_targets.takeFirst();
    // A DNS server set in the settings also answers for the targets' addresses: the
    // system's resolver may see another view of the partner, or not know the name at all.
    if (!m_settings.nameserver.isNull() && QHostAddress(m_target.host).isNull()) {
        m_stepTimer.start(m_settings.stepTimeoutMs);
        m_resolver.lookUpAddresses(m_target.host);
        return;
    }
    connectSocket(m_target.host);
}

void ConnectionProbe::onAddressesFound(const ServerResolver::Addresses &found)
{
    if (m_phase != Phase::Connecting)
        return;
    m_addresses = found.addresses;
    if (m_addresses.isEmpty()) {
        m_recorder.recordFailedAttempt(
            trLater("%1: the DNS server %2 gave no address (A/AAAA) for %3%4")
                .arg(ServerAddress(m_target.host, m_target.port).toString())
                .arg(m_settings.nameserver.toString())
                .arg(m_target.host)
                .arg(found.errors.isEmpty() ? QString()
                                            : u" ("_qs + found.errors.join(u"; "_qs) + u')'));
        connectToNextTarget();
        return;
    }
    connectSocket(m_addresses.takeFirst().toString());
}

// `host` is m_target's name, or one of its addresses from the DNS server of the settings.
void ConnectionProbe::connectSocket(const QString &host)
{
    m_host = host;
    m_stepTimer.start(m_settings.stepTimeoutMs);
    m_reader.reset();

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSslConfiguration(ProbeTlsConfiguration::forSettings(m_settings, m_target.directTls));
    socket->setPeerVerifyName(DomainName::comparisonKey(m_domain));
    TcpQuickAck::keepOn(socket);

    connect(socket, &QSslSocket::connected, this, &ConnectionProbe::onConnected);
    connect(socket, &QSslSocket::encrypted, this, &ConnectionProbe::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, &ConnectionProbe::onSslErrors);
    connect(socket, &QSslSocket::errorOccurred, this, &ConnectionProbe::onSocketError);
    connect(socket, &QSslSocket::disconnected, this, &ConnectionProbe::onDisconnected);
    connect(socket, &QSslSocket::readyRead, this, &ConnectionProbe::onReadyRead);
    if (m_target.directTls)
        socket->connectToHostEncrypted(host, m_target.port, DomainName::comparisonKey(m_domain));
    else
        socket->connectToHost(host, m_target.port);
}

void ConnectionProbe::onConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    m_recorder.report().connectedTo = ServerAddress(m_target.host, m_target.port).toString();
    if (m_target.directTls)
        return; // the connection step ends when TLS is up (onEncrypted)
    endStep(ProbeReport::StepState::Passed,
            m_recorder.withEarlierAttempts(trLater("Connected to %1 (%2).")
                                               .arg(m_recorder.report().connectedTo)
                                               .arg(m_socket->peerAddress().toString())));
    beginStep(ProbeReport::Step::OpenStream, Phase::WaitingFeatures);
    sendStreamHeader();
}

void ConnectionProbe::sendStreamHeader()
{
    send(QStringLiteral("<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                        "xmlns:stream='http://etherx.jabber.org/streams' "
                        "xmlns:db='jabber:server:dialback' from='%1' to='%2' version='1.0'>")
             .arg(m_settings.localDomain.toHtmlEscaped(),
                  DomainName::comparisonKey(m_domain).toHtmlEscaped()));
}

void ConnectionProbe::send(const QString &xml)
{
    if (!m_socket)
        return;
    m_recorder.recordSent(xml);
    m_socket->write(xml.toUtf8());
}

void ConnectionProbe::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    m_recorder.recordReceived(data);
    m_reader.addData(data);
    while (isRunning() && m_socket) {
        switch (m_reader.next()) {
        case XmppStreamReader::Event::NeedMoreData:
            return;
        case XmppStreamReader::Event::StreamOpened:
            continue;
        case XmppStreamReader::Event::Element:
            handleElement(m_reader.element());
            continue;
        case XmppStreamReader::Event::StreamClosed:
            failAndFinish(trLater("The server closed the stream."));
            return;
        case XmppStreamReader::Event::Error:
            failAndFinish(m_reader.errorText());
            return;
        }
    }
}

void ConnectionProbe::handleElement(const QDomElement &element)
{
    if (element.localName() == u"error" && element.namespaceURI() == StreamNamespace) {
        const QString condition = XmppStreamReader::conditionOf(element);
        const QString text = XmppStreamReader::textOf(element);
        if (m_phase == Phase::WaitingFeaturesAfterTls) {
            m_recorder.recordErrorAfterTls(condition, text);
            m_recorder.skip(
                ProbeReport::Step::Authenticate,
                trLater("SASL EXTERNAL was not attempted: the server ended the stream before "
                        "offering its features after TLS."));
        }
        failAndFinish(
            text.isEmpty()
                ? trLater("The server ended the stream with the error “%1”.").arg(condition)
                : trLater("The server ended the stream with the error “%1”: %2")
                      .arg(condition)
                      .arg(text));
        return;
    }
    switch (m_phase) {
    case Phase::WaitingFeatures:
        if (StreamFeatures::isStreamFeatures(element))
            handleFeatures(element);
        return;
    case Phase::WaitingFeaturesAfterTls:
        if (StreamFeatures::isStreamFeatures(element))
            handleFeaturesAfterTls(element);
        return;
    case Phase::WaitingProceed:
        if (element.namespaceURI() != TlsNamespace)
            return;
        if (element.localName() == u"proceed") {
            m_phase = Phase::Handshaking;
            m_reader.reset();
            m_socket->startClientEncryption();
        } else {
            m_recorder.report().offered.tlsFailure
                = trLater("the server answered STARTTLS with <failure/>");
            failAndFinish(trLater("The server refused STARTTLS (<failure/>)."));
        }
        return;
    case Phase::Authenticating:
        if (element.namespaceURI() != SaslNamespace)
            return;
        if (element.localName() == u"success") {
            endStep(ProbeReport::StepState::Passed,
                    trLater("SASL EXTERNAL succeeded: the partner accepted the certificate of %1.")
                        .arg(m_settings.localDomain));
        } else {
            endStep(ProbeReport::StepState::Failed,
                    trLater("SASL EXTERNAL failed with the condition “%1”.")
                        .arg(XmppStreamReader::conditionOf(element)));
        }
        closeAndFinish();
        return;
    default:
        return;
    }
}

void ConnectionProbe::handleFeatures(const QDomElement &element)
{
    const StreamFeatures features
        = StreamFeatures::parse(element, m_reader.header().dialbackNamespace);
    OfferedFeatures &offered = m_recorder.report().offered;
    offered.streamOpened = true;
    offered.startTls = features.startTls;
    offered.dialbackBeforeTls = features.dialback;
    m_recorder.report().featuresBeforeTls = features.names();

    const auto orNone = [](const QString &value) {
        return value.isEmpty() ? trLater("not given", "stream id or version")
                               : LocalizedText::verbatim(value);
    };
    const XmppStreamReader::StreamHeader &header = m_reader.header();
    endStep(ProbeReport::StepState::Passed,
            trLater("Stream opened by %1 (id %2, version %3). Features: %4.")
                .arg(header.from.isEmpty() ? trLater("an unnamed server")
                                           : LocalizedText::verbatim(header.from))
                .arg(orNone(header.id))
                .arg(orNone(header.version))
                .arg(features.namesText()));

    if (m_partner.tlsNegotiation == Negotiation::NotSupported) {
        m_recorder.skip(ProbeReport::Step::StartTls,
                        trLater("TLS negotiation is set to Not supported."));
    } else if (offered.startTls == OfferedFeatures::StartTls::NotOffered) {
        m_recorder.skip(ProbeReport::Step::StartTls,
                        trLater("The server does not offer STARTTLS."));
    } else {
        offered.tlsAttempted = true;
        beginStep(ProbeReport::Step::StartTls, Phase::WaitingProceed);
        send(QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"));
        return;
    }
    m_recorder.skip(ProbeReport::Step::RestartStream, trLater("No TLS, so no stream restart."));
    m_recorder.skip(ProbeReport::Step::Authenticate, trLater("SASL needs TLS."));
    closeAndFinish();
}

void ConnectionProbe::onSslErrors(const QList<QSslError> &errors)
{
    // Recorded, never ignored: the handshake fails and the report names each error.
    m_sslErrors = errors;
}

void ConnectionProbe::onEncrypted()
{
    m_recorder.recordTls(*m_socket);
    OfferedFeatures &offered = m_recorder.report().offered;
    offered.tlsNegotiated = true;
    const LocalizedText tlsDetails
        = m_recorder.recordCertificateValidity(m_socket->peerCertificate());
    const ProbeReport::StepState state = offered.certificateExpiresSoon
        ? ProbeReport::StepState::Warning
        : ProbeReport::StepState::Passed;
    if (m_target.directTls) {
        // XEP-0368: TLS came first; the stream opens on the encrypted connection.
        offered.tlsAttempted = true;
        endStep(
            ProbeReport::StepState::Passed,
            m_recorder.withEarlierAttempts(trLater("Connected to %1 with direct TLS (XEP-0368).")
                                               .arg(m_recorder.report().connectedTo)));
        m_recorder.beginStep(ProbeReport::Step::StartTls);
        endStep(state, tlsDetails);
        m_recorder.skip(ProbeReport::Step::OpenStream,
                        trLater("Direct TLS: the stream opens after TLS."));
    } else {
        endStep(state, tlsDetails);
    }
    m_reader.reset();
    beginStep(ProbeReport::Step::RestartStream, Phase::WaitingFeaturesAfterTls);
    sendStreamHeader();
}

void ConnectionProbe::handleFeaturesAfterTls(const QDomElement &element)
{
    StreamFeatures features = StreamFeatures::parse(element, m_reader.header().dialbackNamespace);
    // STARTTLS offered again on the encrypted stream means nothing: it is not counted.
    features.startTls = OfferedFeatures::StartTls::NotOffered;
    OfferedFeatures &offered = m_recorder.report().offered;
    offered.streamOpened = true;
    offered.dialbackAfterTls = features.dialback;
    offered.saslMechanismsAfterTls = features.saslMechanisms;
    m_recorder.report().featuresAfterTls = features.names();
    endStep(ProbeReport::StepState::Passed,
            trLater("Features after TLS: %1.").arg(features.namesText()));

    const bool haveCertificate = m_settings.hasClientCertificate();
    if (!haveCertificate) {
        m_recorder.skip(
            ProbeReport::Step::Authenticate,
            trLater("No client certificate is configured, so SASL EXTERNAL was not attempted. Full "
                    "server dialback (XEP-0220) was not attempted either: it needs the partner to "
                    "connect back to an authoritative server for %1.")
                .arg(m_settings.localDomain));
    } else if (!offered.externalOffered()) {
        m_recorder.skip(
            ProbeReport::Step::Authenticate,
            trLater("The server does not offer SASL EXTERNAL to %1: it does not trust the client "
                    "certificate presented.")
                .arg(m_settings.localDomain));
    } else {
        beginStep(ProbeReport::Step::Authenticate, Phase::Authenticating);
        send(QStringLiteral(
                 "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='EXTERNAL'>%1</auth>")
                 .arg(QString::fromLatin1(m_settings.localDomain.toUtf8().toBase64())));
        return;
    }
    closeAndFinish();
}

void ConnectionProbe::onSocketError()
{
    if (!m_socket || !isRunning())
        return;
    const QString where = ServerAddress(m_target.host, m_target.port).toString();
    if (m_phase == Phase::Connecting
        && m_socket->error() != QAbstractSocket::SslHandshakeFailedError) {
        // The address too when it came from the settings' DNS server: a name can have several.
        const LocalizedText attempt = m_host == m_target.host
            ? LocalizedText::verbatim(where)
            : trLater("%1 (%2)").arg(where).arg(m_host);
        m_recorder.recordFailedAttempt(trLater("%1: %2").arg(attempt).arg(m_socket->errorString()));
        connectToNextTarget();
        return;
    }
    if (m_socket->error() == QAbstractSocket::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        const QStringList reasons = m_recorder.recordTlsFailure(*m_socket, m_sslErrors);
        if (m_phase == Phase::Connecting)
            endStep(ProbeReport::StepState::Passed,
                    m_recorder.withEarlierAttempts(trLater("Connected to %1.").arg(where)));
        m_recorder.switchStep(ProbeReport::Step::StartTls);
        failAndFinish(trLater("The TLS handshake failed: %1").arg(reasons.join(u'\n')));
        return;
    }
    failAndFinish(
        trLater("The connection to %1 failed: %2").arg(where).arg(m_socket->errorString()));
}

void ConnectionProbe::onDisconnected()
{
    if (isRunning())
        failAndFinish(trLater("The server closed the connection."));
}

void ConnectionProbe::onStepTimeout()
{
    if (!isRunning())
        return;
    const LocalizedText message
        = trLater("No answer within %1 s.").arg(m_settings.stepTimeoutMs / 1000.0);
    if (m_phase == Phase::Connecting) {
        m_recorder.recordFailedAttempt(
            trLater("%1: %2")
                .arg(ServerAddress(m_target.host, m_target.port).toString())
                .arg(message));
        connectToNextTarget();
        return;
    }
    failAndFinish(message);
}

void ConnectionProbe::onBudgetExhausted()
{
    if (isRunning())
        failAndFinish(trLater("The test did not finish within its budget of %1 s.")
                          .arg(m_settings.totalBudgetMs / 1000.0));
}

void ConnectionProbe::failAndFinish(const LocalizedText &details)
{
    endStep(ProbeReport::StepState::Failed, details);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    finish();
}

void ConnectionProbe::closeAndFinish()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        send(QStringLiteral("</stream:stream>"));
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
    }
    finish();
}

void ConnectionProbe::finish()
{
    m_resolver.abort(); // no DNS answer may arrive once the report is final
    m_stepTimer.stop();
    m_budgetTimer.stop();
    m_phase = Phase::Done;
    m_recorder.judge(m_partner, m_settings);
    Q_EMIT finished();
}
