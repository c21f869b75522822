#include "probe/streamnegotiation.h"

#include "advice/roundtripadvice.h"
#include "advice/streamerroradvice.h"
#include "probe/dialbackexchange.h"
#include "probe/proberecorder.h"
#include "probe/streamfeatures.h"

namespace {

const QString TlsNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
const QString SaslNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
const QString StreamNamespace = QStringLiteral("http://etherx.jabber.org/streams");

} // namespace

StreamNegotiation::StreamNegotiation(Host &host, const Partner &partner, const QString &domain,
                                     const ProbeSettings &settings, ProbeRecorder &recorder)
    : m_host(host)
    , m_partner(partner)
    , m_domain(domain)
    , m_settings(settings)
    , m_recorder(recorder)
{ }

void StreamNegotiation::openStream()
{
    m_expect = Expect::Features;
    m_host.restartStream();
}

void StreamNegotiation::restartAfterTls()
{
    m_expect = Expect::FeaturesAfterTls;
    m_host.restartStream();
}

StreamAdvice::Wait StreamNegotiation::wait() const
{
    switch (m_expect) {
    case Expect::Proceed:
        return StreamAdvice::Wait::Proceed;
    case Expect::FeaturesAfterTls:
        return StreamAdvice::Wait::FeaturesAfterTls;
    case Expect::SaslResult:
        return StreamAdvice::Wait::SaslResult;
    case Expect::FeaturesAfterSasl:
    case Expect::Answers:
        return StreamAdvice::Wait::AfterAuthentication;
    case Expect::DialbackResult:
    case Expect::Features:
    case Expect::Nothing:
        break;
    }
    return StreamAdvice::Wait::StreamHeader;
}

void StreamNegotiation::handleElement(const QDomElement &element)
{
    if (element.localName() == u"error" && element.namespaceURI() == StreamNamespace) {
        handleStreamError(element);
        return;
    }
    switch (m_expect) {
    case Expect::Features:
        if (StreamFeatures::isStreamFeatures(element))
            handleFeatures(element);
        return;
    case Expect::FeaturesAfterTls:
        if (StreamFeatures::isStreamFeatures(element))
            handleFeaturesAfterTls(element);
        return;
    case Expect::Proceed:
        if (element.namespaceURI() == TlsNamespace)
            handleProceed(element);
        return;
    case Expect::SaslResult:
        if (element.namespaceURI() == SaslNamespace)
            handleSaslResult(element);
        return;
    case Expect::FeaturesAfterSasl:
        if (StreamFeatures::isStreamFeatures(element))
            handleFeaturesAfterSasl(element);
        return;
    case Expect::Answers:
        if (m_exchange->handle(element) && m_exchange->isComplete())
            finishRoundTrip(false);
        return;
    case Expect::DialbackResult:
        if (m_dialback && m_dialback->handleElement(element))
            finishDialback();
        return;
    case Expect::Nothing:
        return;
    }
}

void StreamNegotiation::handleStreamError(const QDomElement &element)
{
    const QString condition = XmppStreamReader::conditionOf(element);
    const QString text = XmppStreamReader::textOf(element);
    const bool afterTls = m_expect == Expect::FeaturesAfterTls;
    if (afterTls) {
        m_recorder.skip(ProbeReport::Step::Authenticate,
                        trLater("SASL EXTERNAL was not attempted: the server ended the stream "
                                "before offering its features after TLS."));
    }
    abandon(QStringLiteral("stream-error-") + condition);
    const StreamErrorAdvice::Context context {m_host.serverText(), m_domain, m_settings.localDomain,
                                              afterTls, m_settings.hasClientCertificate()};
    m_host.fail(text.isEmpty()
                    ? trLater("The server ended the stream with the error “%1”.").arg(condition)
                    : trLater("The server ended the stream with the error “%1”: %2")
                          .arg(condition)
                          .arg(text),
                StreamErrorAdvice::forError(context, element));
}

void StreamNegotiation::handleFeatures(const QDomElement &element)
{
    const StreamFeatures features
        = StreamFeatures::parse(element, m_host.receivedHeader().dialbackNamespace);
    OfferedFeatures &offered = m_recorder.report().offered;
    offered.streamOpened = true;
    offered.startTls = features.startTls;
    offered.dialbackBeforeTls = features.dialback;
    m_recorder.report().featuresBeforeTls = features.names();

    const auto orNone = [](const QString &value) {
        return value.isEmpty() ? trLater("not given", "stream id or version")
                               : LocalizedText::verbatim(value);
    };
    const XmppStreamReader::StreamHeader &header = m_host.receivedHeader();
    m_host.endStep(ProbeReport::StepState::Passed,
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
        m_expect = Expect::Proceed;
        m_host.beginStep(ProbeReport::Step::StartTls);
        m_host.send(QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"));
        return;
    }
    m_recorder.skip(ProbeReport::Step::RestartStream, trLater("No TLS, so no stream restart."));
    m_recorder.skip(ProbeReport::Step::Authenticate, trLater("SASL needs TLS."));
    skipRoundTrip(trLater("No TLS, so no SASL EXTERNAL and no round trip."));
    if (startDialback(false))
        return;
    close();
}

void StreamNegotiation::handleProceed(const QDomElement &element)
{
    m_expect = Expect::Nothing;
    if (element.localName() == u"proceed") {
        m_host.startTls();
        return;
    }
    m_recorder.report().offered.tlsFailure
        = trLater("the server answered STARTTLS with <failure/>");
    m_host.fail(trLater("The server refused STARTTLS (<failure/>)."),
                TlsAdvice::startTlsRefused(m_host.tlsContext()));
}

void StreamNegotiation::handleFeaturesAfterTls(const QDomElement &element)
{
    StreamFeatures features
        = StreamFeatures::parse(element, m_host.receivedHeader().dialbackNamespace);
    // STARTTLS offered again on the encrypted stream means nothing: it is not counted.
    features.startTls = OfferedFeatures::StartTls::NotOffered;
    OfferedFeatures &offered = m_recorder.report().offered;
    offered.streamOpened = true;
    offered.dialbackAfterTls = features.dialback;
    offered.saslMechanismsAfterTls = features.saslMechanisms;
    offered.bidiAfterTls = features.bidi;
    m_recorder.report().featuresAfterTls = features.names();
    m_host.endStep(ProbeReport::StepState::Passed,
                   trLater("Features after TLS: %1.").arg(features.namesText()));

    if (m_settings.omitStreamFrom) {
        // The check of the own deployment (DeploymentCheck) speaks for no domain: it neither
        // authenticates nor sends a dialback key.
        const LocalizedText notPartner = trLater(
            "Not tried: the check of the own deployment does not authenticate as a partner.");
        m_recorder.skip(ProbeReport::Step::Authenticate, notPartner);
        skipRoundTrip(notPartner);
    } else if (!m_settings.hasClientCertificate()) {
        const LocalizedText noSasl
            = trLater("No client certificate is configured, so SASL EXTERNAL was not attempted.");
        m_recorder.skip(
            ProbeReport::Step::Authenticate,
            m_dialback ? noSasl
                       : LocalizedText::lines(
                           {noSasl, DialbackExchange::offText(m_domain, m_settings.localDomain)}));
        skipRoundTrip(trLater("No round trip was possible: it needs SASL EXTERNAL, and no "
                              "client certificate is configured for %1.")
                          .arg(m_settings.localDomain));
    } else if (!offered.externalOffered()) {
        m_recorder.skip(
            ProbeReport::Step::Authenticate,
            trLater("The server does not offer SASL EXTERNAL to %1: it does not trust the client "
                    "certificate presented.")
                .arg(m_settings.localDomain));
        skipRoundTrip(trLater("No round trip was possible: the server does not offer SASL "
                              "EXTERNAL to %1.")
                          .arg(m_settings.localDomain));
    } else {
        m_expect = Expect::SaslResult;
        m_host.beginStep(ProbeReport::Step::Authenticate);
        if (offered.bidiAfterTls) {
            // XEP-0288: asked for before authentication, without an answer; the server then
            // answers the round trip on this stream instead of a connection of its own.
            m_recorder.report().roundTrip.bidi = true;
            m_host.send(QStringLiteral("<bidi xmlns='urn:xmpp:bidi'/>"));
        }
        m_host.send(
            QStringLiteral(
                "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='EXTERNAL'>%1</auth>")
                .arg(QString::fromLatin1(m_settings.localDomain.toUtf8().toBase64())));
        return;
    }
    if (startDialback(true))
        return;
    close();
}

void StreamNegotiation::handleSaslResult(const QDomElement &element)
{
    if (element.localName() != u"success") {
        const QString condition = XmppStreamReader::conditionOf(element);
        m_recorder.report().offered.externalFailure
            = condition.isEmpty() ? QStringLiteral("failure") : condition;
        m_host.endStep(ProbeReport::StepState::Failed,
                       trLater("SASL EXTERNAL failed with the condition “%1”.").arg(condition));
        skipRoundTrip(trLater("No round trip was possible: SASL EXTERNAL failed with the "
                              "condition “%1”.")
                          .arg(condition));
        if (!startDialback(true))
            close();
        return;
    }
    // No dialback on a stream SASL EXTERNAL authenticated: the steps say so.
    m_saslSucceeded = true;
    startDialback(true);
    m_host.endStep(ProbeReport::StepState::Passed,
                   trLater("SASL EXTERNAL succeeded: the partner accepted the certificate of %1.")
                       .arg(m_settings.localDomain));
    if (!m_recorder.report().roundTrip.bidi) {
        skipRoundTrip(
            trLater("No round trip was possible: the server does not offer bidirectional "
                    "streams (XEP-0288), so it would answer over a connection of its own to the "
                    "server of %1, which this test does not see.")
                .arg(m_settings.localDomain));
        close();
        return;
    }
    // RFC 6120 §6.4.6: a new stream on the authenticated connection.
    m_recorder.report().roundTrip.attempted = true;
    m_expect = Expect::FeaturesAfterSasl;
    m_host.beginStep(ProbeReport::Step::RoundTrip);
    m_host.restartStream();
}

void StreamNegotiation::handleFeaturesAfterSasl(const QDomElement &element)
{
    RoundTrip &roundTrip = m_recorder.report().roundTrip;
    roundTrip.featuresAfterAuthentication
        = StreamFeatures::parse(element, m_host.receivedHeader().dialbackNamespace).names();
    m_exchange.emplace(m_settings.localDomain, m_domain, &roundTrip);
    m_expect = Expect::Answers;
    for (const QString &query : m_exchange->queries())
        m_host.send(query);
}

bool StreamNegotiation::timedOut()
{
    if (m_expect == Expect::DialbackResult) {
        finishDialback(); // no answer in time is the Dialback step's result
        return true;
    }
    if (m_expect != Expect::Answers)
        return false;
    finishRoundTrip(true);
    return true;
}

void StreamNegotiation::finishRoundTrip(bool timedOut)
{
    const RoundTrip &roundTrip = m_recorder.report().roundTrip;
    const RoundTripAdvice::Context context {m_host.serverText(), m_domain, m_settings.localDomain};
    LocalizedText details = m_exchange->summary();
    if (timedOut) {
        const LocalizedText unanswered = m_exchange->unansweredText();
        details = LocalizedText::lines({details,
                                        trLater("No answer within %1 s to: %2.")
                                            .arg(m_settings.stepTimeoutMs / 1000.0)
                                            .arg(unanswered)});
        if (!roundTrip.proven()) {
            m_recorder.recordUnproven(
                RoundTripAdvice::pingUnanswered(context, unanswered, m_settings.stepTimeoutMs));
        }
        m_exchange->timedOut();
    }
    if (roundTrip.ping.outcome == RoundTrip::Outcome::Error) {
        m_recorder.recordUnproven(
            RoundTripAdvice::pingError(context, roundTrip.ping.condition, roundTrip.ping.text));
    }
    m_host.endStep(!roundTrip.proven() ? ProbeReport::StepState::Failed
                       : timedOut      ? ProbeReport::StepState::Warning
                                       : ProbeReport::StepState::Passed,
                   details);
    close();
}

bool StreamNegotiation::startDialback(bool afterTls)
{
    if (!m_dialback)
        return false;
    const OfferedFeatures &offered = m_recorder.report().offered;
    const QString streamId = m_host.receivedHeader().id;
    LocalizedText skipped;
    if (m_saslSucceeded)
        skipped = trLater("SASL EXTERNAL authenticated the stream: no dialback needed.");
    else if (!m_partner.supportDialbackNegotiation)
        skipped = trLater("The partner's settings do not allow dialback.");
    else if (!(afterTls ? offered.dialbackAfterTls : offered.dialbackBeforeTls))
        skipped = afterTls ? trLater("The server does not offer dialback after TLS.")
                           : trLater("The server does not offer dialback.");
    else if (streamId.isEmpty())
        skipped = trLater("The server gave its stream no id, which the dialback key needs.");
    if (!skipped.isEmpty()) {
        m_recorder.skip(ProbeReport::Step::Dialback, skipped);
        m_recorder.skip(ProbeReport::Step::ConnectBack,
                        trLater("No dialback, so no connect back."));
        return false;
    }
    m_host.beginStep(ProbeReport::Step::Dialback);
    if (!m_dialback->listenerError().isEmpty()) {
        m_host.endStep(ProbeReport::StepState::Failed, m_dialback->listenerErrorText());
        m_recorder.skip(ProbeReport::Step::ConnectBack,
                        trLater("The dialback listener did not start."));
        m_recorder.report().dialback = m_dialback->result();
        m_recorder.recordUnproven(m_dialback->listenerAdvice());
        return false;
    }
    m_expect = Expect::DialbackResult;
    m_host.send(m_dialback->request(streamId));
    m_recorder.report().dialback = m_dialback->result();
    return true;
}

void StreamNegotiation::finishDialback()
{
    m_expect = Expect::Nothing;
    m_dialback->settle();
    const DialbackResult &result = m_dialback->result();
    OfferedFeatures &offered = m_recorder.report().offered;
    const bool valid = m_dialback->isValid();
    if (!valid)
        offered.dialbackFailure = result.result.isEmpty() ? QStringLiteral("timeout")
            : result.condition.isEmpty()                  ? result.result
                                                          : result.condition;
    m_host.endStep(valid ? ProbeReport::StepState::Passed : ProbeReport::StepState::Failed,
                   m_dialback->dialbackDetails(m_settings.stepTimeoutMs));
    m_host.beginStep(ProbeReport::Step::ConnectBack);
    m_host.endStep(result.connectBackSeen ? ProbeReport::StepState::Passed
                                          : ProbeReport::StepState::Failed,
                   m_dialback->connectBackDetails());
    // An answer (invalid, an error) says more than whether the partner connected back; with
    // no answer, the connection back is the question.
    if (!valid) {
        m_recorder.recordFailure(!result.result.isEmpty() || result.connectBackSeen
                                     ? m_dialback->dialbackAdvice(m_settings.stepTimeoutMs)
                                     : m_dialback->connectBackAdvice(m_settings.stepTimeoutMs));
    }
    m_recorder.report().dialback = result;
    close();
}

void StreamNegotiation::abandon(const QString &why)
{
    const bool awaitingDialback = m_expect == Expect::DialbackResult && m_dialback;
    m_expect = Expect::Nothing;
    if (!awaitingDialback)
        return;
    m_dialback->settle();
    m_recorder.report().offered.dialbackFailure = why;
    m_recorder.report().dialback = m_dialback->result();
}

void StreamNegotiation::skipRoundTrip(const LocalizedText &why)
{
    m_recorder.skip(ProbeReport::Step::RoundTrip, why);
    m_recorder.report().roundTrip.notAttempted = why;
}

void StreamNegotiation::close()
{
    m_expect = Expect::Nothing;
    m_host.close();
}
