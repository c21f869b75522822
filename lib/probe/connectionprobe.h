#pragma once

#include "i18n/localizedtext.h"
#include "partners/partner.h"
#include "probe/probesettings.h"
#include "probe/serverresolver.h"
#include "probe/xmppstreamreader.h"
#include "report/probereport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QDnsLookup;
class QSslSocket;

// The connection test of one partner domain: a server-to-server probe as the Edge's
// XMPP proxy would open it (docs: connection-test.md). It resolves the servers, opens
// a stream with from=LOCAL, reads the features, negotiates STARTTLS and verifies the
// certificate (never ignoring an error), restarts the stream, optionally tries SASL
// EXTERNAL with a client certificate, closes politely, and judges the result against
// the partner's negotiation settings. Every step has a timeout, the whole test a
// budget, and cancel() stops it at any point.
class ConnectionProbe final : public QObject
{
    Q_OBJECT

public:
    XP_DECLARE_TR_LATER(ConnectionProbe)

    ConnectionProbe(const Partner &partner, const QString &domain, const ProbeSettings &settings,
                    QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void start();
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Done; }
    const ProbeReport &report() const { return m_report; }

Q_SIGNALS:
    void stepFinished(ProbeReport::Step step);
    void finished();

private:
    enum class Phase {
        Idle,
        Resolving,
        Connecting,
        WaitingFeatures,
        WaitingProceed,
        Handshaking,
        WaitingFeaturesAfterTls,
        Authenticating,
        Done
    };

    void onResolved(const ServerResolver::Result &result);
    void connectToNextTarget();
    void lookUpAddresses();
    void onAddressesLookedUp();
    void abortAddressLookups();
    void connectSocket(const QString &host);
    void loadClientIdentity(class QSslConfiguration *configuration) const;
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onReadyRead();
    void handleElement(const QDomElement &element);
    void handleFeatures(const QDomElement &features);
    void handleFeaturesAfterTls(const QDomElement &features);
    void sendStreamHeader();
    void send(const QString &xml);
    void beginStep(ProbeReport::Step step, Phase phase);
    void endStep(ProbeReport::StepState state, const LocalizedText &details);
    void skip(ProbeReport::Step step, const LocalizedText &reason);
    void failAndFinish(const LocalizedText &details);
    void recordTls();
    void closeAndFinish();
    void finish();
    void onStepTimeout();
    void onBudgetExhausted();
    LocalizedText elapsedText() const;

    Partner m_partner;
    QString m_domain;
    ProbeSettings m_settings;
    ProbeReport m_report;
    ServerResolver m_resolver;
    XmppStreamReader m_reader;
    QPointer<QSslSocket> m_socket;
    QList<ServerResolver::Target> m_targets;
    ServerResolver::Target m_target;
    // With a DNS server in the settings, m_target's A/AAAA lookups there, then the
    // addresses they gave that are still to try.
    QList<QPointer<QDnsLookup>> m_addressLookups;
    QList<QHostAddress> m_addresses;
    QString m_host; // what the socket connects to: m_target.host or one of m_addresses
    QList<LocalizedText> m_connectErrors;
    QList<QSslError> m_sslErrors;
    QTimer m_stepTimer;
    QTimer m_budgetTimer;
    QElapsedTimer m_clock; // since start()
    QElapsedTimer m_stepClock; // since the current step began
    ProbeReport::Step m_step = ProbeReport::Step::Resolve;
    Phase m_phase = Phase::Idle;
    qint64 m_transcriptBytes = 0;
    // A stream error that ended the stream restarted after TLS, before any features:
    // the offer after TLS is then unknown, and the advice must say what happened.
    QString m_errorAfterTls;
    QString m_errorTextAfterTls;
};
