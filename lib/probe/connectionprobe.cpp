#include "probe/connectionprobe.h"

#include "advice/tlsadvice.h"
#include "certificates/certificatecheck.h"
#include "partners/domainname.h"
#include "partners/serveraddress.h"
#include "probe/danecheck.h"
#include "probe/dialbackexchange.h"
#include "probe/probetlsconfiguration.h"
#include "probe/tcpquickack.h"
#include "probe/tlsgrade.h"
#include "probe/tlsprofileprobe.h"

#include <QSslSocket>

ConnectionProbe::ConnectionProbe(const Partner &partner, const QString &domain,
                                 const ProbeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_partner(partner)
    , m_domain(domain)
    , m_settings(settings)
    , m_recorder(domain, settings.localDomain)
    , m_negotiation(*this, m_partner, m_domain, m_settings, m_recorder)
{
    m_stepTimer.setSingleShot(true);
    m_budgetTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &ConnectionProbe::onStepTimeout);
    connect(&m_budgetTimer, &QTimer::timeout, this, &ConnectionProbe::onBudgetExhausted);
    connect(&m_resolver, &ServerResolver::finished, this, &ConnectionProbe::onResolved);
    connect(&m_resolver, &ServerResolver::addressesFound, this, &ConnectionProbe::onAddressesFound);
    m_resolver.setDnsSettings(settings.dns());
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
    m_recorder.start(m_settings.fullDialback);
    if (m_settings.fullDialback) {
        // Without a listener of the run (ProbeRunner), the test answers for the local domain
        // itself, for as long as it runs.
        if (!m_dialbackListener) {
            auto *listener = new DialbackListener(m_settings, this);
            listener->start(); // a failure is the Dialback step's to report
            m_dialbackListener = listener;
        }
        m_dialback = new DialbackExchange(m_dialbackListener, DomainName::comparisonKey(m_domain),
                                          m_settings.localDomain, m_settings.dns(), this);
        m_negotiation.setDialback(m_dialback);
        m_recorder.report().dialback = m_dialback->result();
    }
    m_budgetTimer.start(m_settings.totalBudgetMs);
    beginStep(ProbeReport::Step::Resolve, Phase::Resolving);
    if (!m_settings.hostOverride.isEmpty())
        m_resolver.resolve(m_domain, m_settings.hostOverride, ServerResolver::Source::Override);
    else
        m_resolver.resolve(m_domain, m_partner.proxyFqdn, ServerResolver::Source::ProxyFqdn);
}

void ConnectionProbe::cancel()
{
    if (m_phase == Phase::WaitingTlsProfile) {
        m_tlsProfile->cancel(); // finishes the test
        return;
    }
    if (!isRunning())
        return;
    m_recorder.report().cancelled = true;
    endStep(ProbeReport::StepState::Cancelled,
            trLater("Cancelled after %1.").arg(m_recorder.elapsedText()));
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (m_tlsProfile)
        m_tlsProfile->cancel();
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
    if (!result.dnssecNote.isEmpty())
        m_recorder.report().dnssecNote = result.dnssecNote;
    if (!result.error.isEmpty()) {
        failAndFinish(LocalizedText::lines({result.error, result.details}), result.failure);
        return;
    }
    endStep(ProbeReport::StepState::Passed, result.details);
    m_attempts.setTargets(result.targets);
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
    if (const std::optional<QString> address = m_attempts.nextAddress()) {
        connectSocket(*address);
        return;
    }
    m_targetDns = {};
    if (!m_attempts.nextTarget()) {
        failAndFinish(trLater("No server accepted the connection:\n%1")
                          .arg(LocalizedText::lines(m_recorder.failedAttempts())),
                      m_attempts.noConnectionAdvice(m_domain, m_resolver.nameserverText(),
                                                    m_settings.stepTimeoutMs));
        return;
    }
    if (const std::optional<QString> address = m_attempts.nextAddress()) {
        connectSocket(*address); // the target is an address
        return;
    }
    // Every address of the target is an attempt of its own (XEP-0368), from the system's
    // resolver or the DNS server of the settings (another view of the partner).
    m_stepTimer.start(m_settings.stepTimeoutMs);
    m_resolver.lookUpAddresses(m_attempts.target());
}

void ConnectionProbe::onAddressesFound(const ServerResolver::Addresses &found)
{
    if (m_phase != Phase::Connecting)
        return;
    m_targetDns = found;
    if (!found.dnssecNote.isEmpty() && m_recorder.report().dnssecNote.isEmpty())
        m_recorder.report().dnssecNote = found.dnssecNote;
    m_attempts.setAddresses(found, m_resolver.nameserverText(), m_recorder);
    connectToNextTarget();
}

void ConnectionProbe::attemptFailed(ConnectAdvice::Failure failure, const LocalizedText &why,
                                    const QString &error)
{
    m_attempts.failed(failure, why, error, m_recorder);
    connectToNextTarget();
}

StreamAdvice::Wait ConnectionProbe::waitOf(Phase phase) const
{
    switch (phase) {
    case Phase::Handshaking:
        return StreamAdvice::Wait::Handshake;
    case Phase::Negotiating:
        return m_negotiation.wait();
    default:
        return StreamAdvice::Wait::StreamHeader;
    }
}

// `host` is one of the current target's addresses.
void ConnectionProbe::connectSocket(const QString &host)
{
    m_stepTimer.start(m_settings.stepTimeoutMs);
    m_reader.reset();
    m_received.clear();
    m_receivedCount = 0;

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSslConfiguration(
        ProbeTlsConfiguration::forSettings(m_settings, currentTarget().directTls));
    // Qt's verification decides nothing (QueryPeer); this name is what STARTTLS sends as
    // SNI, which Qt takes from the verification name (the socket knows only the host or
    // address it connects to).
    socket->setPeerVerifyName(DomainName::comparisonKey(m_domain));
    TcpQuickAck::keepOn(socket);

    connect(socket, &QSslSocket::connected, this, &ConnectionProbe::onConnected);
    connect(socket, &QSslSocket::encrypted, this, &ConnectionProbe::onEncrypted);
    connect(socket, &QSslSocket::errorOccurred, this, &ConnectionProbe::onSocketError);
    connect(socket, &QSslSocket::disconnected, this, &ConnectionProbe::onDisconnected);
    connect(socket, &QSslSocket::readyRead, this, &ConnectionProbe::onReadyRead);
    if (currentTarget().directTls)
        socket->connectToHostEncrypted(host, currentTarget().port,
                                       DomainName::comparisonKey(m_domain));
    else
        socket->connectToHost(host, currentTarget().port);
}

void ConnectionProbe::onConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    m_recorder.report().connectedTo = m_attempts.server();
    m_attempts.connected(m_recorder);
    if (currentTarget().directTls) {
        // XEP-0368: TLS comes first; the stream opens on the encrypted connection.
        endStep(ProbeReport::StepState::Passed,
                m_recorder.withEarlierAttempts(
                    trLater("Connected to %1 with direct TLS (XEP-0368).").arg(serverText())));
        m_recorder.skip(ProbeReport::Step::OpenStream,
                        trLater("Direct TLS: the stream opens after TLS."));
        m_recorder.report().offered.tlsAttempted = true;
        beginStep(ProbeReport::Step::StartTls, Phase::Handshaking);
        return;
    }
    endStep(ProbeReport::StepState::Passed,
            m_recorder.withEarlierAttempts(trLater("Connected to %1 (%2).")
                                               .arg(m_recorder.report().connectedTo)
                                               .arg(m_socket->peerAddress().toString())));
    beginStep(ProbeReport::Step::OpenStream, Phase::Negotiating);
    m_negotiation.openStream();
}

QString ConnectionProbe::streamHeader(const QString &localDomain, const QString &domain)
{
    // Without a local domain, no `from` (ProbeSettings::omitStreamFrom).
    const QString from = localDomain.isEmpty()
        ? QString()
        : QStringLiteral("from='%1' ").arg(localDomain.toHtmlEscaped());
    return QStringLiteral("<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                          "xmlns:stream='http://etherx.jabber.org/streams' "
                          "xmlns:db='jabber:server:dialback' %1to='%2' version='1.0'>")
        .arg(from, DomainName::comparisonKey(domain).toHtmlEscaped());
}

void ConnectionProbe::restartStream()
{
    m_reader.reset();
    send(streamHeader(m_settings.omitStreamFrom ? QString() : m_settings.localDomain, m_domain));
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
    if (m_received.size() < 512)
        m_received += data.left(512 - m_received.size());
    m_receivedCount += data.size();
    m_reader.addData(data);
    // Once finished, or waiting for the TLS profile only, nothing read changes the report.
    while (isRunning() && m_phase != Phase::WaitingTlsProfile && m_socket) {
        switch (m_reader.next()) {
        case XmppStreamReader::Event::NeedMoreData:
            return;
        case XmppStreamReader::Event::StreamOpened:
            continue;
        case XmppStreamReader::Event::Element:
            m_negotiation.handleElement(m_reader.element());
            continue;
        case XmppStreamReader::Event::StreamClosed:
            failAndFinish(trLater("The server closed the stream."),
                          StreamAdvice::streamClosed(serverText(), waitOf(m_phase)));
            return;
        case XmppStreamReader::Event::Error:
            failAndFinish(m_reader.errorText(),
                          StreamAdvice::unreadable(serverText(), m_reader, m_received));
            return;
        }
    }
}

void ConnectionProbe::onEncrypted()
{
    m_recorder.recordTls(*m_socket);
    OfferedFeatures &offered = m_recorder.report().offered;
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    CertificateCheck check
        = CertificateCheck::run(chain, m_domain, currentTarget().host, m_settings.extraCaFile);
    const DaneReport dane = DaneCheck::run(
        m_targetDns, chain,
        {DomainName::comparisonKey(currentTarget().host), DomainName::comparisonKey(m_domain)},
        check.passedPkix());
    check.authenticatedByDane = dane.state == DaneReport::State::Matched;
    m_recorder.report().certificateCheck = check;
    m_recorder.report().dane = dane;
    if (dane.isFailure()) {
        // RFC 7673: a secure TLSA set that the chain does not match, or a forged one.
        offered.tlsNegotiated = false;
        QList<LocalizedText> lines {dane.summary()};
        for (const TlsaMatch &match : dane.records)
            lines.append(match.detail);
        const Advice advice = DaneCheck::advice(dane, m_domain, chain);
        offered.tlsFailure = dane.summary();
        failAndFinish(LocalizedText::lines(lines), advice);
        return;
    }
    if (!check.passed()) {
        // As a refused handshake: the session is not used, and the report says why.
        offered.tlsNegotiated = false;
        offered.tlsFailure = check.failureReason();
        failAndFinish(check.failureDetails(), {check.reasonCode(), check.failureReason()});
        return;
    }
    offered.tlsNegotiated = true;
    if (m_settings.tlsProfile)
        startTlsProfile();
    const LocalizedText tlsDetails
        = m_recorder.recordCertificateValidity(m_socket->peerCertificate());
    const ProbeReport::StepState state = offered.certificateExpiresSoon || check.passedWithWarning()
        ? ProbeReport::StepState::Warning
        : ProbeReport::StepState::Passed;
    QList<LocalizedText> lines {tlsDetails, check.identityLine(), check.trustLine(),
                                dane.summary()};
    for (const TlsaMatch &match : dane.records)
        lines.append(match.detail);
    endStep(state, LocalizedText::lines(lines));
    beginStep(ProbeReport::Step::RestartStream, Phase::Negotiating);
    m_negotiation.restartAfterTls();
}

void ConnectionProbe::startTls()
{
    m_phase = Phase::Handshaking;
    m_reader.reset();
    m_socket->startClientEncryption();
}

void ConnectionProbe::onSocketError()
{
    if (!m_socket || !isRunning())
        return;
    if (m_phase == Phase::Connecting) {
        attemptFailed(ConnectAdvice::failureOf(m_socket->error()),
                      LocalizedText::verbatim(m_socket->errorString()), m_socket->errorString());
        return;
    }
    if (m_phase == Phase::Handshaking) {
        // The certificate is checked once the handshake is done (onEncrypted): a failure
        // here is the handshake's own (an alert, a closed connection, not TLS).
        const QStringList reasons = m_recorder.recordTlsFailure(*m_socket, {});
        failAndFinish(trLater("The TLS handshake failed: %1").arg(reasons.join(u'\n')),
                      TlsAdvice::handshakeFailed(tlsContext(), m_socket->errorString()));
        return;
    }
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    failAndFinish(
        trLater("The connection to %1 failed: %2").arg(serverText()).arg(m_socket->errorString()),
        ConnectAdvice::noConnection(m_domain,
                                    {{ConnectAdvice::failureOf(m_socket->error()), currentTarget(),
                                      m_attempts.host(), m_socket->errorString()}},
                                    m_resolver.nameserverText(), m_settings.stepTimeoutMs));
}

void ConnectionProbe::onDisconnected()
{
    if (isRunning())
        failAndFinish(trLater("The server closed the connection."),
                      StreamAdvice::connectionClosed(serverText(), waitOf(m_phase)));
}

void ConnectionProbe::onStepTimeout()
{
    if (!isRunning())
        return;
    const LocalizedText message
        = trLater("No answer within %1 s.").arg(m_settings.stepTimeoutMs / 1000.0);
    if (m_phase == Phase::Connecting) {
        attemptFailed(ConnectAdvice::Failure::Timeout, message, QString());
        return;
    }
    if (m_phase == Phase::Negotiating && m_negotiation.timedOut())
        return;
    failAndFinish(message,
                  StreamAdvice::timeout(serverText(), waitOf(m_phase), m_settings.stepTimeoutMs,
                                        m_receivedCount));
}

void ConnectionProbe::onBudgetExhausted()
{
    if (m_phase == Phase::WaitingTlsProfile)
        m_tlsProfile->cancel(); // finishes the test with the profile as far as it went
    else if (isRunning())
        failAndFinish(trLater("The test did not finish within its budget of %1 s.")
                          .arg(m_settings.totalBudgetMs / 1000.0),
                      StreamAdvice::budgetExhausted(ProbeReport::stepText(m_recorder.step()),
                                                    m_settings.totalBudgetMs));
}

TlsAdvice::Context ConnectionProbe::tlsContext() const
{
    return {serverText(), m_domain, m_settings.localDomain, currentTarget().directTls,
            m_settings.hasClientCertificate()};
}

void ConnectionProbe::failAndFinish(const LocalizedText &details, const Advice &advice)
{
    m_negotiation.abandon(advice.reason.isEmpty() ? QStringLiteral("ended") : advice.reason);
    endStep(ProbeReport::StepState::Failed, details);
    if (!advice.isNull())
        m_recorder.recordFailure(advice);
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

// The TLS profile of the server reached, at once and beside the remaining steps.
void ConnectionProbe::startTlsProfile()
{
    m_tlsProfile = new TlsProfileProbe(this);
    connect(m_tlsProfile, &TlsProfileProbe::finished, this, [this] {
        if (m_phase == Phase::WaitingTlsProfile)
            finish();
    });
    m_tlsProfile->start({m_socket->peerAddress().toString(), m_socket->peerPort(),
                         currentTarget().directTls, m_domain, m_settings.localDomain,
                         m_settings.stepTimeoutMs, true});
}

void ConnectionProbe::finish()
{
    m_resolver.abort(); // no DNS answer may arrive once the report is final
    m_stepTimer.stop();
    if (m_tlsProfile && m_tlsProfile->isRunning()) {
        // Within the budget, the test waits for the profile; past it, the profile stops.
        if (m_budgetTimer.isActive()) {
            m_phase = Phase::WaitingTlsProfile;
            return;
        }
        m_tlsProfile->cancel();
    }
    if (m_tlsProfile) {
        // The profile runs after the certificate passed: the chain's completeness is the
        // trust check's.
        TlsProfile &profile = m_recorder.report().tlsProfile;
        profile = m_tlsProfile->profile();
        const CertificateCheck &check = m_recorder.report().certificateCheck;
        if (check.checked) {
            profile.chainComplete = check.trust.chainComplete;
            profile.certificateTrusted = check.trust.trusted;
            TlsGrade::apply(&profile);
        }
    }
    m_budgetTimer.stop();
    m_phase = Phase::Done;
    m_recorder.judge(m_partner);
    Q_EMIT finished();
}
