#pragma once

#include "i18n/localizedtext.h"
#include "partners/negotiationpolicy.h"
#include "report/probereport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

struct Partner;
class QSslCertificate;
class QSslError;
class QSslSocket;

// Writes the report of one connection test as it runs: each step's state, duration and
// details, the XML transcript (TLS bytes excluded, bounded), the TLS session with the
// peer's chain, and at the end the verdict. ConnectionProbe decides what happens next;
// this keeps what it found.
class ProbeRecorder final
{
    // Its texts are details of the connection test's steps: they keep the probe's
    // translation context.
    Q_DECLARE_TR_FUNCTIONS(ConnectionProbe)
    XP_DECLARE_TR_LATER(ConnectionProbe)

public:
    static constexpr qint64 MaxTranscriptBytes = 256 * 1024;
    static constexpr qint64 ExpiryWarningDays = 30;

    ProbeRecorder(const QString &domain, const QString &localDomain);

    ProbeReport &report() { return m_report; }
    const ProbeReport &report() const { return m_report; }

    // Starts the test's clock; every step is "not run" until it is recorded. With
    // `fullDialback`, the Dialback and ConnectBack steps are rows of the report too.
    void start(bool fullDialback = false);

    // The step that endStep() records, timed from now.
    void beginStep(ProbeReport::Step step);
    // The step that endStep() records, still timed from the last beginStep(): a direct
    // TLS handshake (XEP-0368) that fails while connecting is the STARTTLS step's failure.
    void switchStep(ProbeReport::Step step) { m_step = step; }
    ProbeReport::Step step() const { return m_step; }
    void endStep(ProbeReport::StepState state, const LocalizedText &details);
    void skip(ProbeReport::Step step, const LocalizedText &reason);
    // "12 ms": the time since the current step began.
    LocalizedText elapsedText() const;

    // A connection attempt, for the report's list and, when it failed, the Connect
    // step's details ("host:port (address): why").
    void recordAttempt(const ProbeReport::Attempt &attempt);
    const QList<LocalizedText> &failedAttempts() const { return m_failedAttempts; }
    // The details of a Connect step that succeeded, with the attempts that failed before:
    // a partner whose preferred server is down still passes, and the report says so.
    LocalizedText withEarlierAttempts(const LocalizedText &details) const;

    void recordSent(const QString &xml);
    void recordReceived(const QByteArray &data);

    // The protocol, the cipher and the peer's chain, leaf first, of `socket`'s TLS
    // session (what there is of it after a failed handshake).
    void recordTls(const QSslSocket &socket);
    // After a failed handshake: the session as far as it went, and why it failed (each
    // certificate error, else the socket's error), which the returned list names too.
    QStringList recordTlsFailure(const QSslSocket &socket, const QList<QSslError> &errors);
    // After a successful handshake: the session in one sentence for the STARTTLS step,
    // and whether the certificate expires within ExpiryWarningDays.
    LocalizedText recordCertificateValidity(const QSslCertificate &leaf);

    // Why the test stopped before it could judge the partner's offer: the advice, unless
    // the configuration itself is refused or what was seen still allows a method.
    void recordFailure(const Advice &failure);
    const Advice &failure() const { return m_failure; }
    // SASL EXTERNAL succeeded but the round trip did not prove it (the ping got an error
    // or no answer): the verdict's advice, when nothing worse is found.
    void recordUnproven(const Advice &advice) { m_unproven = advice; }

    // Step 7: the verdict on what was offered against `partner`'s negotiation settings,
    // with the advice, as the Verdict step.
    void judge(const Partner &partner);

private:
    // Steps never reached say why: the step that stopped the test, or the cancel.
    void explainStepsNotRun();
    // After the policy's verdict: a round trip shows in the method ("proven by a ping …"),
    // and one that did not prove the connection makes a Pass a Warning.
    void judgeRoundTrip(const std::optional<NegotiationPolicy::Method> &method);

    ProbeReport m_report;
    QElapsedTimer m_clock; // since start()
    QElapsedTimer m_stepClock; // since the current step began
    ProbeReport::Step m_step = ProbeReport::Step::Resolve;
    QList<LocalizedText> m_failedAttempts;
    qint64 m_transcriptBytes = 0;
    Advice m_failure;
    Advice m_unproven;
    ProbeReport::Step m_failedStep = ProbeReport::Step::Resolve;
};
