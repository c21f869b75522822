#pragma once

#include "advice/connectadvice.h"
#include "advice/streamadvice.h"
#include "advice/tlsadvice.h"
#include "i18n/localizedtext.h"
#include "partners/partner.h"
#include "probe/connectattempts.h"
#include "probe/dialbacklistener.h"
#include "probe/proberecorder.h"
#include "probe/probesettings.h"
#include "probe/serverresolver.h"
#include "probe/streamnegotiation.h"
#include "probe/xmppstreamreader.h"
#include "report/probereport.h"

#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class DialbackExchange;
class QSslSocket;
class TlsProfileProbe;

// The connection test of one partner domain: a server-to-server probe as the Edge's
// XMPP proxy would open it (README.md, "The connection test"). It resolves the servers, opens
// a stream with from=LOCAL, reads the features, negotiates STARTTLS and verifies the
// certificate (never ignoring an error), restarts the stream, optionally tries SASL
// EXTERNAL with a client certificate, closes politely, and judges the result against
// the partner's negotiation settings. Every step has a timeout, the whole test a
// budget, and cancel() stops it at any point.
// This class is the state machine; all DNS is ServerResolver's, what TLS presents
// ProbeTlsConfiguration's, the check of the peer's certificate (chain trust and XMPP
// identity) CertificateCheck's, the XMPP conversation on the stream StreamNegotiation's,
// and what goes into the report (timings, transcript, TLS session, verdict) ProbeRecorder's.
class ConnectionProbe final : public QObject, private StreamNegotiation::Host
{
    Q_OBJECT

public:
    XP_DECLARE_TR_LATER(ConnectionProbe)

    ConnectionProbe(const Partner &partner, const QString &domain, const ProbeSettings &settings,
                    QObject *parent = nullptr);
    ~ConnectionProbe() override;

    // With ProbeSettings::fullDialback, the listener that answers for the local domain,
    // shared by the tests of a run (ProbeRunner); without one the test starts its own.
    void setDialbackListener(DialbackListener *listener) { m_dialbackListener = listener; }
    void start();
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Done; }
    const ProbeReport &report() const { return m_recorder.report(); }

    // The s2s stream header the test opens its streams with: from `localDomain` (none when
    // empty) to `domain` (README.md, "The connection test", step 3).
    static QString streamHeader(const QString &localDomain, const QString &domain);

Q_SIGNALS:
    void stepFinished(ProbeReport::Step step);
    void finished();

private:
    enum class Phase {
        Idle,
        Resolving,
        Connecting,
        Negotiating, // StreamNegotiation leads the conversation on the stream
        Handshaking,
        WaitingTlsProfile, // the steps are done; the TLS profile still runs
        Done
    };

    void onResolved(const ServerResolver::Result &result);
    void connectToNextTarget();
    void onAddressesFound(const ServerResolver::Addresses &found);
    void connectSocket(const QString &host);
    void onConnected();
    void onEncrypted();
    void onSocketError();
    void onDisconnected();
    void onReadyRead();
    void beginStep(ProbeReport::Step step, Phase phase);
    // StreamNegotiation::Host
    void send(const QString &xml) override;
    void restartStream() override;
    void beginStep(ProbeReport::Step step) override { beginStep(step, Phase::Negotiating); }
    void endStep(ProbeReport::StepState state, const LocalizedText &details) override;
    void fail(const LocalizedText &details, const Advice &advice) override
    {
        failAndFinish(details, advice);
    }
    void close() override { closeAndFinish(); }
    void startTls() override;
    const XmppStreamReader::StreamHeader &receivedHeader() const override
    {
        return m_reader.header();
    }

    void failAndFinish(const LocalizedText &details, const Advice &advice);
    // A connection attempt to the current target failed: recorded, then the next one.
    void attemptFailed(ConnectAdvice::Failure failure, const LocalizedText &why,
                       const QString &error);
    // The server of the current connection, as the advice names it: "host:port (address)".
    QString serverText() const override { return m_attempts.serverText(); }
    const ServerResolver::Target &currentTarget() const { return m_attempts.target(); }
    StreamAdvice::Wait waitOf(Phase phase) const;
    TlsAdvice::Context tlsContext() const override;
    void closeAndFinish();
    void finish();
    void onStepTimeout();
    void onBudgetExhausted();
    void startTlsProfile();

    Partner m_partner;
    QString m_domain;
    ProbeSettings m_settings;
    ProbeRecorder m_recorder;
    ServerResolver m_resolver;
    XmppStreamReader m_reader;
    QPointer<QSslSocket> m_socket;
    ConnectAttempts m_attempts;
    ServerResolver::Addresses m_targetDns; // of the current target: DNSSEC, TLSA
    QByteArray m_received; // the start of what the server sent on the current stream
    qint64 m_receivedCount = 0; // bytes the server sent on the current stream
    QTimer m_stepTimer;
    QTimer m_budgetTimer;
    QPointer<TlsProfileProbe> m_tlsProfile; // with ProbeSettings::tlsProfile, once TLS is up
    StreamNegotiation m_negotiation; // after m_partner, m_settings and m_recorder
    Phase m_phase = Phase::Idle;
    QPointer<DialbackListener> m_dialbackListener;
    DialbackExchange *m_dialback = nullptr; // with ProbeSettings::fullDialback
};
