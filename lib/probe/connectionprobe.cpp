#include "probe/connectionprobe.h"

#include "partners/domainname.h"
#include "partners/negotiationpolicy.h"
#include "partners/serveraddress.h"
#include "probe/policycheck.h"

#include <QCryptographicHash>
#include <QDnsLookup>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QXmppStreamFeatures.h>

namespace {

const QString TlsNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
const QString SaslNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
const QString StreamNamespace = QStringLiteral("http://etherx.jabber.org/streams");
const QString StreamErrorNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
const QString DialbackFeatureNamespace = QStringLiteral("urn:xmpp:features:dialback");
constexpr qint64 MaxTranscriptBytes = 256 * 1024;
constexpr qint64 ExpiryWarningDays = 30;

bool hasDialbackFeature(const QDomElement &features)
{
    for (QDomElement child = features.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.localName() == u"dialback" && child.namespaceURI() == DialbackFeatureNamespace)
            return true;
    }
    return false;
}

// The first child element's name: the condition of a stream error or SASL failure.
QString conditionOf(const QDomElement &element)
{
    for (QDomElement child = element.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.localName() != u"text")
            return child.localName();
    }
    return {};
}

QString textOf(const QDomElement &element)
{
    for (QDomElement child = element.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.localName() == u"text")
            return child.text();
    }
    return {};
}

// The advice when the partner ended the stream restarted after TLS before offering any
// features (Prosody with s2s_secure_auth and no certificate it trusts): PolicyCheck would
// read "nothing offered after TLS" into it and suggest the wrong change.
LocalizedText errorAfterTlsAdvice(const QString &condition, const QString &text,
                                  const QString &localDomain, bool haveCertificate)
{
    const QString reason = text.isEmpty() ? condition : condition + u": "_qs + text;
    if (condition != u"not-authorized") {
        return ConnectionProbe::trLater("The partner's server ended the stream after TLS (“%1”) "
                                        "before offering any authentication method; ask the "
                                        "partner's administrator why.")
            .arg(reason);
    }
    return haveCertificate
        ? ConnectionProbe::trLater(
              "The partner's server ended the stream after TLS (“%1”): it does "
              "not accept the client certificate presented for %2. Use a "
              "certificate for %2 from a CA the partner trusts, for SASL "
              "EXTERNAL (XEP-0178).")
              .arg(reason)
              .arg(localDomain)
        : ConnectionProbe::trLater(
              "The partner's server ended the stream after TLS (“%1”): it "
              "accepts only servers that present a certificate it trusts, and no "
              "client certificate is configured for %2. Install a certificate for "
              "%2 from a CA the partner trusts and set it in the connection test "
              "settings, for SASL EXTERNAL (XEP-0178).")
              .arg(reason)
              .arg(localDomain);
}

// The details of a Connect step that succeeded, with the targets that did not answer
// before: a partner whose preferred server is down still passes, and the report says so.
LocalizedText withEarlierAttempts(const LocalizedText &details, const QList<LocalizedText> &errors)
{
    if (errors.isEmpty())
        return details;
    return LocalizedText::lines({details,
                                 ConnectionProbe::trLater("Tried before, without success:\n%1")
                                     .arg(LocalizedText::lines(errors))});
}

// The parts separated by ", ", each translated when shown.
LocalizedText commaSeparated(const QList<LocalizedText> &parts)
{
    LocalizedText result;
    for (const LocalizedText &part : parts) {
        result
            = result.isEmpty() ? part : LocalizedText::verbatim(u"%1, %2"_qs).arg(result).arg(part);
    }
    return result;
}

QString certificateName(const QSslCertificate &certificate)
{
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? certificate.subjectDisplayName() : names.join(u", ");
}

// The system CAs plus the extra CA file. Reading and parsing the system store takes
// about 200 ms of CPU: it is done once per process, not once per connection.
QList<QSslCertificate> trustedAuthorities(const QString &extraCaFile)
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

} // namespace

ConnectionProbe::ConnectionProbe(const Partner &partner, const QString &domain,
                                 const ProbeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_partner(partner)
    , m_domain(domain)
    , m_settings(settings)
{
    m_stepTimer.setSingleShot(true);
    m_budgetTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &ConnectionProbe::onStepTimeout);
    connect(&m_budgetTimer, &QTimer::timeout, this, &ConnectionProbe::onBudgetExhausted);
    connect(&m_resolver, &ServerResolver::finished, this, &ConnectionProbe::onResolved);
    if (!settings.nameserver.isNull())
        m_resolver.setNameserver(settings.nameserver);
    m_report.domain = domain;
    m_report.localDomain = settings.localDomain;
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
    m_clock.start();
    m_report.startedAt = QDateTime::currentDateTime();
    for (const ProbeReport::Step step :
         {ProbeReport::Step::Resolve, ProbeReport::Step::Connect, ProbeReport::Step::OpenStream,
          ProbeReport::Step::StartTls, ProbeReport::Step::RestartStream,
          ProbeReport::Step::Authenticate}) {
        m_report.stepResult(step);
    }
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
    m_resolver.abort();
    m_report.cancelled = true;
    endStep(ProbeReport::StepState::Cancelled, trLater("Cancelled after %1.").arg(elapsedText()));
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_report.offered.tlsFailure = {};
    finish();
}

LocalizedText ConnectionProbe::elapsedText() const
{
    return trLater("%1 ms").arg(m_stepClock.elapsed());
}

void ConnectionProbe::beginStep(ProbeReport::Step step, Phase phase)
{
    m_step = step;
    m_phase = phase;
    m_stepClock.start();
    m_stepTimer.start(m_settings.stepTimeoutMs);
}

void ConnectionProbe::endStep(ProbeReport::StepState state, const LocalizedText &details)
{
    m_stepTimer.stop();
    ProbeReport::StepResult &result = m_report.stepResult(m_step);
    result.state = state;
    result.durationMs = m_stepClock.elapsed();
    result.details = details;
    Q_EMIT stepFinished(m_step);
}

void ConnectionProbe::skip(ProbeReport::Step step, const LocalizedText &reason)
{
    ProbeReport::StepResult &result = m_report.stepResult(step);
    result.state = ProbeReport::StepState::Skipped;
    result.details = reason;
}

void ConnectionProbe::onResolved(const ServerResolver::Result &result)
{
    if (m_phase != Phase::Resolving)
        return;
    m_report.records = result.records;
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
    abortAddressLookups();
    if (!m_addresses.isEmpty()) {
        connectSocket(m_addresses.takeFirst().toString());
        return;
    }
    if (m_targets.isEmpty()) {
        failAndFinish(trLater("No server accepted the connection:\n%1")
                          .arg(LocalizedText::lines(m_connectErrors)));
        return;
    }
    m_target = m_targets.takeFirst();
    // A DNS server set in the settings also answers for the targets' addresses: the
    // system's resolver may see another view of the partner, or not know the name at all.
    if (!m_settings.nameserver.isNull() && QHostAddress(m_target.host).isNull()) {
        lookUpAddresses();
        return;
    }
    connectSocket(m_target.host);
}

void ConnectionProbe::lookUpAddresses()
{
    m_stepTimer.start(m_settings.stepTimeoutMs);
    const QString name = DomainName::comparisonKey(m_target.host);
    for (const QDnsLookup::Type type : {QDnsLookup::AAAA, QDnsLookup::A}) {
        auto *lookup = new QDnsLookup(type, name, m_settings.nameserver, this);
        connect(lookup, &QDnsLookup::finished, this, &ConnectionProbe::onAddressesLookedUp);
        m_addressLookups.append(lookup);
        lookup->lookup();
    }
}

void ConnectionProbe::onAddressesLookedUp()
{
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_addressLookups)) {
        if (lookup && !lookup->isFinished())
            return;
    }
    if (m_phase != Phase::Connecting)
        return;
    QStringList errors;
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_addressLookups)) {
        if (!lookup)
            continue;
        for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords()) {
            if (!m_addresses.contains(record.value()))
                m_addresses.append(record.value());
        }
        // NXDOMAIN, and in Qt 6.4 an empty answer (InvalidReplyError), mean "no record".
        if (lookup->error() != QDnsLookup::NoError && lookup->error() != QDnsLookup::NotFoundError
            && lookup->error() != QDnsLookup::InvalidReplyError)
            errors.append(lookup->errorString());
    }
    abortAddressLookups();
    if (m_addresses.isEmpty()) {
        errors.removeDuplicates();
        m_connectErrors.append(
            trLater("%1: the DNS server %2 gave no address (A/AAAA) for %3%4")
                .arg(ServerAddress(m_target.host, m_target.port).toString())
                .arg(m_settings.nameserver.toString())
                .arg(m_target.host)
                .arg(errors.isEmpty() ? QString() : u" ("_qs + errors.join(u"; "_qs) + u')'));
        connectToNextTarget();
        return;
    }
    connectSocket(m_addresses.takeFirst().toString());
}

void ConnectionProbe::abortAddressLookups()
{
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_addressLookups)) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    m_addressLookups.clear();
}

// `host` is m_target's name, or one of its addresses from the DNS server of the settings.
void ConnectionProbe::connectSocket(const QString &host)
{
    m_host = host;
    m_stepTimer.start(m_settings.stepTimeoutMs);
    m_reader.reset();

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(trustedAuthorities(m_settings.extraCaFile));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (m_target.directTls)
        configuration.setAllowedNextProtocols({QByteArrayLiteral("xmpp-server")});
    if (m_settings.hasClientCertificate())
        loadClientIdentity(&configuration);
    socket->setSslConfiguration(configuration);
    socket->setPeerVerifyName(DomainName::comparisonKey(m_domain));

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

void ConnectionProbe::loadClientIdentity(QSslConfiguration *configuration) const
{
    QFile certificateFile(m_settings.clientCertificateFile);
    if (m_settings.isPkcs12()) {
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> intermediates;
        if (certificateFile.open(QIODevice::ReadOnly)
            && QSslCertificate::importPkcs12(&certificateFile, &key, &certificate, &intermediates,
                                             m_settings.clientKeyPassphrase)) {
            configuration->setLocalCertificateChain(QList<QSslCertificate> {certificate}
                                                    + intermediates);
            configuration->setPrivateKey(key);
        }
        return;
    }
    const QList<QSslCertificate> chain
        = QSslCertificate::fromPath(m_settings.clientCertificateFile, QSsl::Pem);
    QFile keyFile(m_settings.clientKeyFile);
    const QByteArray keyData = keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey,
                      m_settings.clientKeyPassphrase);
        if (!key.isNull())
            break;
    }
    if (!chain.isEmpty() && !key.isNull()) {
        configuration->setLocalCertificateChain(chain);
        configuration->setPrivateKey(key);
    }
}

void ConnectionProbe::onConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    m_report.connectedTo = ServerAddress(m_target.host, m_target.port).toString();
    if (m_target.directTls)
        return; // the connection step ends when TLS is up (onEncrypted)
    endStep(ProbeReport::StepState::Passed,
            withEarlierAttempts(trLater("Connected to %1 (%2).")
                                    .arg(m_report.connectedTo)
                                    .arg(m_socket->peerAddress().toString()),
                                m_connectErrors));
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
    if (m_transcriptBytes < MaxTranscriptBytes) {
        m_report.transcript.append({true, m_clock.elapsed(), xml});
        m_transcriptBytes += xml.size();
    }
    m_socket->write(xml.toUtf8());
}

void ConnectionProbe::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (m_transcriptBytes < MaxTranscriptBytes) {
        m_report.transcript.append({false, m_clock.elapsed(), QString::fromUtf8(data)});
        m_transcriptBytes += data.size();
    }
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
        const QString condition = conditionOf(element);
        const QString text = textOf(element);
        if (m_phase == Phase::WaitingFeaturesAfterTls) {
            m_errorAfterTls = condition;
            m_errorTextAfterTls = text;
            skip(ProbeReport::Step::Authenticate,
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
        if (QXmppStreamFeatures::isStreamFeatures(element))
            handleFeatures(element);
        return;
    case Phase::WaitingFeaturesAfterTls:
        if (QXmppStreamFeatures::isStreamFeatures(element))
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
            m_report.offered.tlsFailure = trLater("the server answered STARTTLS with <failure/>");
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
            endStep(
                ProbeReport::StepState::Failed,
                trLater("SASL EXTERNAL failed with the condition “%1”.").arg(conditionOf(element)));
        }
        closeAndFinish();
        return;
    default:
        return;
    }
}

void ConnectionProbe::handleFeatures(const QDomElement &element)
{
    QXmppStreamFeatures features;
    features.parse(element);
    OfferedFeatures &offered = m_report.offered;
    offered.streamOpened = true;
    switch (features.tlsMode()) {
    case QXmppStreamFeatures::Disabled:
        offered.startTls = OfferedFeatures::StartTls::NotOffered;
        break;
    case QXmppStreamFeatures::Enabled:
        offered.startTls = OfferedFeatures::StartTls::Optional;
        break;
    case QXmppStreamFeatures::Required:
        offered.startTls = OfferedFeatures::StartTls::Required;
        break;
    }
    offered.dialbackBeforeTls = hasDialbackFeature(element) || m_reader.header().dialbackNamespace;

    QList<LocalizedText> names;
    if (offered.startTls == OfferedFeatures::StartTls::Required)
        names.append(trLater("STARTTLS (required)"));
    else if (offered.startTls == OfferedFeatures::StartTls::Optional)
        names.append(trLater("STARTTLS"));
    if (offered.dialbackBeforeTls)
        names.append(trLater("dialback"));
    for (const QString &mechanism : features.authMechanisms())
        names.append(trLater("SASL %1").arg(mechanism));
    m_report.featuresBeforeTls = names;

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
                .arg(names.isEmpty() ? trLater("none", "stream features") : commaSeparated(names)));

    if (m_partner.tlsNegotiation == Negotiation::NotSupported) {
        skip(ProbeReport::Step::StartTls, trLater("TLS negotiation is set to Not supported."));
    } else if (offered.startTls == OfferedFeatures::StartTls::NotOffered) {
        skip(ProbeReport::Step::StartTls, trLater("The server does not offer STARTTLS."));
    } else {
        offered.tlsAttempted = true;
        beginStep(ProbeReport::Step::StartTls, Phase::WaitingProceed);
        send(QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"));
        return;
    }
    skip(ProbeReport::Step::RestartStream, trLater("No TLS, so no stream restart."));
    skip(ProbeReport::Step::Authenticate, trLater("SASL needs TLS."));
    closeAndFinish();
}

void ConnectionProbe::onSslErrors(const QList<QSslError> &errors)
{
    // Recorded, never ignored: the handshake fails and the report names each error.
    m_sslErrors = errors;
}

void ConnectionProbe::recordTls()
{
    const QSslCipher cipher = m_socket->sessionCipher();
    m_report.tlsCipher = cipher.name();
    m_report.tlsProtocol = cipher.protocolString();
    m_report.certificates.clear();
    for (const QSslCertificate &certificate : m_socket->peerCertificateChain()) {
        QStringList names;
        const auto alternatives = certificate.subjectAlternativeNames();
        for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
            names.append(it.value());
        m_report.certificates.append(
            {certificate.subjectDisplayName(), names, certificate.issuerDisplayName(),
             certificate.effectiveDate(), certificate.expiryDate(),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'))});
    }
}

void ConnectionProbe::onEncrypted()
{
    recordTls();
    OfferedFeatures &offered = m_report.offered;
    offered.tlsNegotiated = true;
    const QSslCertificate leaf = m_socket->peerCertificate();
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(leaf.expiryDate());
    offered.certificateExpiresSoon = daysLeft <= ExpiryWarningDays;
    const LocalizedText tlsDetails
        = trLater("%1, %2; certificate of %3 issued by %4, valid until %5 (%n day(s) left).",
                  nullptr, int(daysLeft))
              .arg(m_report.tlsProtocol)
              .arg(m_report.tlsCipher)
              .arg(certificateName(leaf))
              .arg(leaf.issuerDisplayName())
              .arg(QLocale().toString(leaf.expiryDate(), QLocale::ShortFormat));
    const ProbeReport::StepState state = offered.certificateExpiresSoon
        ? ProbeReport::StepState::Warning
        : ProbeReport::StepState::Passed;
    if (m_target.directTls) {
        // XEP-0368: TLS came first; the stream opens on the encrypted connection.
        offered.tlsAttempted = true;
        endStep(
            ProbeReport::StepState::Passed,
            withEarlierAttempts(
                trLater("Connected to %1 with direct TLS (XEP-0368).").arg(m_report.connectedTo),
                m_connectErrors));
        m_step = ProbeReport::Step::StartTls;
        m_stepClock.start();
        endStep(state, tlsDetails);
        skip(ProbeReport::Step::OpenStream, trLater("Direct TLS: the stream opens after TLS."));
    } else {
        endStep(state, tlsDetails);
    }
    m_reader.reset();
    beginStep(ProbeReport::Step::RestartStream, Phase::WaitingFeaturesAfterTls);
    sendStreamHeader();
}

void ConnectionProbe::handleFeaturesAfterTls(const QDomElement &element)
{
    QXmppStreamFeatures features;
    features.parse(element);
    OfferedFeatures &offered = m_report.offered;
    offered.streamOpened = true;
    offered.dialbackAfterTls = hasDialbackFeature(element) || m_reader.header().dialbackNamespace;
    offered.saslMechanismsAfterTls = features.authMechanisms();
    QList<LocalizedText> names;
    if (offered.dialbackAfterTls)
        names.append(trLater("dialback"));
    for (const QString &mechanism : offered.saslMechanismsAfterTls)
        names.append(trLater("SASL %1").arg(mechanism));
    m_report.featuresAfterTls = names;
    endStep(ProbeReport::StepState::Passed,
            trLater("Features after TLS: %1.")
                .arg(names.isEmpty() ? trLater("none", "stream features") : commaSeparated(names)));

    const bool haveCertificate = m_settings.hasClientCertificate();
    if (!haveCertificate) {
        skip(
            ProbeReport::Step::Authenticate,
            trLater("No client certificate is configured, so SASL EXTERNAL was not attempted. Full "
                    "server dialback (XEP-0220) was not attempted either: it needs the partner to "
                    "connect back to an authoritative server for %1.")
                .arg(m_settings.localDomain));
    } else if (!offered.externalOffered()) {
        skip(ProbeReport::Step::Authenticate,
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
        m_connectErrors.append(trLater("%1: %2").arg(attempt).arg(m_socket->errorString()));
        connectToNextTarget();
        return;
    }
    if (m_socket->error() == QAbstractSocket::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        recordTls();
        QStringList reasons;
        for (const QSslError &error : std::as_const(m_sslErrors))
            reasons.append(error.errorString());
        if (reasons.isEmpty())
            reasons.append(m_socket->errorString());
        reasons.removeDuplicates();
        m_report.offered.tlsFailure = LocalizedText::verbatim(reasons.join(QStringLiteral("; ")));
        if (m_phase == Phase::Connecting)
            endStep(ProbeReport::StepState::Passed,
                    withEarlierAttempts(trLater("Connected to %1.").arg(where), m_connectErrors));
        m_step = ProbeReport::Step::StartTls;
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
        m_connectErrors.append(trLater("%1: %2")
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
    abortAddressLookups();
    m_stepTimer.stop();
    m_budgetTimer.stop();
    m_phase = Phase::Done;
    // Steps never reached keep their "not run" state; the verdict judges what was seen.
    const PolicyCheck::Result verdict
        = PolicyCheck::evaluate(NegotiationPolicy::forPartner(m_partner), m_report.offered);
    m_report.verdict = verdict.verdict;
    m_report.method
        = verdict.method ? NegotiationPolicy::methodText(*verdict.method) : LocalizedText();
    m_report.advice = m_report.cancelled ? trLater("The test was cancelled.") : verdict.advice;
    if (!m_report.cancelled && m_report.verdict == ProbeReport::ConnectionVerdict::Fail
        && !m_errorAfterTls.isEmpty()) {
        m_report.advice
            = errorAfterTlsAdvice(m_errorAfterTls, m_errorTextAfterTls, m_settings.localDomain,
                                  m_settings.hasClientCertificate());
    }
    ProbeReport::StepResult &result = m_report.stepResult(ProbeReport::Step::Verdict);
    result.state = m_report.verdict == ProbeReport::ConnectionVerdict::Pass
        ? ProbeReport::StepState::Passed
        : m_report.verdict == ProbeReport::ConnectionVerdict::Warning
        ? ProbeReport::StepState::Warning
        : ProbeReport::StepState::Failed;
    result.durationMs = m_clock.elapsed();
    result.details = m_report.advice;
    Q_EMIT finished();
}
