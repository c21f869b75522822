#pragma once

#include "advice/streamadvice.h"
#include "advice/tlsadvice.h"
#include "i18n/localizedtext.h"
#include "partners/partner.h"
#include "probe/probesettings.h"
#include "probe/roundtripexchange.h"
#include "probe/xmppstreamreader.h"
#include "report/probereport.h"

#include <QDomElement>
#include <QString>

#include <optional>

class DialbackExchange;
class ProbeRecorder;

// The XMPP conversation of a connection test, once a connection is up: the stream header
// and the features before TLS, STARTTLS and its answer, the features of the stream
// restarted after TLS, SASL EXTERNAL (with XEP-0288 bidi when offered), and the round trip
// on the stream restarted after it (RoundTripExchange). ConnectionProbe owns the connection (DNS,
// TCP, the TLS handshake and the certificate check, timers, the end of the test) and hands each
// top-level element of the stream to handleElement(); what to do next goes back through
// Host. What it finds goes into the report through ProbeRecorder.
class StreamNegotiation final
{
    // Its texts are details of the connection test's steps: they keep the probe's
    // translation context.
    XP_DECLARE_TR_LATER(StreamNegotiation)

public:
    // What the negotiation asks of the connection.
    class Host
    {
    public:
        virtual ~Host() = default;
        virtual void send(const QString &xml) = 0;
        // A new stream on the same connection: the reader starts afresh, then the header.
        virtual void restartStream() = 0;
        virtual void beginStep(ProbeReport::Step step) = 0;
        virtual void endStep(ProbeReport::StepState state, const LocalizedText &details) = 0;
        // The test stops here with `details` for the current step and `advice`.
        virtual void fail(const LocalizedText &details, const Advice &advice) = 0;
        // The test is done with the stream: it closes it politely.
        virtual void close() = 0;
        // <proceed/> came: the TLS handshake begins (ConnectionProbe::onEncrypted goes on).
        virtual void startTls() = 0;
        virtual QString serverText() const = 0;
        virtual TlsAdvice::Context tlsContext() const = 0;
        virtual const XmppStreamReader::StreamHeader &receivedHeader() const = 0;
    };

    StreamNegotiation(Host &host, const Partner &partner, const QString &domain,
                      const ProbeSettings &settings, ProbeRecorder &recorder);

    // The first stream on a plain connection (step 3).
    void openStream();
    // The stream restarted on the encrypted connection (step 5).
    void restartAfterTls();
    void handleElement(const QDomElement &element);
    // With ProbeSettings::fullDialback: the exchange that builds the key and reads the answer
    // (ConnectionProbe owns it). Without one, the report says that full dialback was off.
    void setDialback(DialbackExchange *dialback) { m_dialback = dialback; }
    // The step's timeout: true when the negotiation ends the step itself (the round trip
    // records the queries without answer and closes; no dialback answer in time is the
    // Dialback step's result), false when the test fails there.
    bool timedOut();
    // The test stops (a stream error, a closed connection, the budget) while the dialback
    // answer is awaited: dialback is then not usable, and the report keeps what the
    // listener saw of the partner. `why` is the report's dialback failure ("stream-error").
    void abandon(const QString &why);
    // What the negotiation waits for, for the advice when the server falls silent or closes;
    // nothing once it handed the connection to the TLS handshake or closed.
    bool isWaiting() const { return m_expect != Expect::Nothing; }
    StreamAdvice::Wait wait() const;

private:
    enum class Expect {
        Nothing,
        Features,
        Proceed,
        FeaturesAfterTls,
        SaslResult,
        FeaturesAfterSasl,
        Answers,
        DialbackResult
    };

    void handleStreamError(const QDomElement &element);
    void handleFeatures(const QDomElement &element);
    void handleProceed(const QDomElement &element);
    void handleFeaturesAfterTls(const QDomElement &element);
    void handleSaslResult(const QDomElement &element);
    void handleFeaturesAfterSasl(const QDomElement &element);
    void finishRoundTrip(bool timedOut);
    // No round trip: the step and the report say why.
    void skipRoundTrip(const LocalizedText &why);
    void close();
    // Full dialback on the current stream, when it applies; false when the steps were skipped.
    bool startDialback(bool afterTls);
    void finishDialback();

    Host &m_host;
    const Partner &m_partner;
    QString m_domain;
    const ProbeSettings &m_settings;
    ProbeRecorder &m_recorder;
    Expect m_expect = Expect::Nothing;
    std::optional<RoundTripExchange> m_exchange;
    DialbackExchange *m_dialback = nullptr;
    bool m_saslSucceeded = false;
};
