#include "probe/proberecorder.h"

#include "partners/negotiationpolicy.h"
#include "partners/partner.h"
#include "probe/policycheck.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslError>
#include <QSslSocket>

namespace {

QString certificateName(const QSslCertificate &certificate)
{
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? certificate.subjectDisplayName() : names.join(u", ");
}

} // namespace

ProbeRecorder::ProbeRecorder(const QString &domain, const QString &localDomain)
{
    m_report.domain = domain;
    m_report.localDomain = localDomain;
}

void ProbeRecorder::start(bool fullDialback)
{
    m_clock.start();
    m_report.startedAt = QDateTime::currentDateTime();
    for (const ProbeReport::Step step :
         {ProbeReport::Step::Resolve, ProbeReport::Step::Connect, ProbeReport::Step::OpenStream,
          ProbeReport::Step::StartTls, ProbeReport::Step::RestartStream,
          ProbeReport::Step::Authenticate, ProbeReport::Step::RoundTrip}) {
        m_report.stepResult(step);
    }
    // The full dialback steps are rows of the report only when it is on.
    if (fullDialback) {
        m_report.stepResult(ProbeReport::Step::Dialback);
        m_report.stepResult(ProbeReport::Step::ConnectBack);
    }
}

void ProbeRecorder::beginStep(ProbeReport::Step step)
{
    m_step = step;
    m_stepClock.start();
}

void ProbeRecorder::endStep(ProbeReport::StepState state, const LocalizedText &details)
{
    ProbeReport::StepResult &result = m_report.stepResult(m_step);
    result.state = state;
    result.durationMs = m_stepClock.elapsed();
    result.details = details;
}

void ProbeRecorder::skip(ProbeReport::Step step, const LocalizedText &reason)
{
    ProbeReport::StepResult &result = m_report.stepResult(step);
    result.state = ProbeReport::StepState::Skipped;
    result.details = reason;
}

LocalizedText ProbeRecorder::elapsedText() const
{
    return trLater("%1 ms").arg(m_stepClock.elapsed());
}

void ProbeRecorder::recordAttempt(const ProbeReport::Attempt &attempt)
{
    m_report.attempts.append(attempt);
    if (attempt.connected)
        return;
    const LocalizedText where
        = attempt.address.isEmpty() || attempt.server.startsWith(attempt.address)
        ? LocalizedText::verbatim(attempt.server)
        : trLater("%1 (%2)").arg(attempt.server).arg(attempt.address);
    m_failedAttempts.append(trLater("%1: %2").arg(where).arg(attempt.outcome));
}

LocalizedText ProbeRecorder::withEarlierAttempts(const LocalizedText &details) const
{
    if (m_failedAttempts.isEmpty())
        return details;
    return LocalizedText::lines({details,
                                 trLater("Tried before, without success:\n%1")
                                     .arg(LocalizedText::lines(m_failedAttempts))});
}

void ProbeRecorder::recordSent(const QString &xml)
{
    if (m_transcriptBytes < MaxTranscriptBytes) {
        m_report.transcript.append({true, m_clock.elapsed(), xml});
        m_transcriptBytes += xml.size();
    }
}

void ProbeRecorder::recordReceived(const QByteArray &data)
{
    if (m_transcriptBytes < MaxTranscriptBytes) {
        m_report.transcript.append({false, m_clock.elapsed(), QString::fromUtf8(data)});
        m_transcriptBytes += data.size();
    }
}

void ProbeRecorder::recordTls(const QSslSocket &socket)
{
    const QSslCipher cipher = socket.sessionCipher();
    m_report.tlsCipher = cipher.name();
    m_report.tlsProtocol = cipher.protocolString();
    m_report.certificates.clear();
    for (const QSslCertificate &certificate : socket.peerCertificateChain()) {
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

QStringList ProbeRecorder::recordTlsFailure(const QSslSocket &socket,
                                            const QList<QSslError> &errors)
{
    recordTls(socket);
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    if (reasons.isEmpty())
        reasons.append(socket.errorString());
    reasons.removeDuplicates();
    m_report.offered.tlsFailure = LocalizedText::verbatim(reasons.join(QStringLiteral("; ")));
    return reasons;
}

LocalizedText ProbeRecorder::recordCertificateValidity(const QSslCertificate &leaf)
{
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(leaf.expiryDate());
    m_report.offered.certificateExpiresSoon = daysLeft <= ExpiryWarningDays;
    m_report.offered.certificateDaysLeft = daysLeft;
    m_report.offered.certificateName = certificateName(leaf);
    m_report.offered.certificateNotAfter = leaf.expiryDate();
    return trLater("%1, %2; certificate of %3 issued by %4, valid until %5 (%n day(s) left).",
                   nullptr, int(daysLeft))
        .arg(m_report.tlsProtocol)
        .arg(m_report.tlsCipher)
        .arg(certificateName(leaf))
        .arg(leaf.issuerDisplayName())
        .arg(QLocale().toString(leaf.expiryDate(), QLocale::ShortFormat));
}

void ProbeRecorder::recordFailure(const Advice &failure)
{
    m_failure = failure;
    m_failedStep = m_step;
}

void ProbeRecorder::explainStepsNotRun()
{
    for (ProbeReport::StepResult &result : m_report.steps) {
        if (result.state != ProbeReport::StepState::NotRun
            || result.step == ProbeReport::Step::Verdict || !result.details.isEmpty())
            continue;
        if (m_report.cancelled)
            result.details = trLater("Not run: the test was cancelled.");
        else if (!m_failure.isNull())
            result.details = trLater("Not run: the test stopped at the step “%1”.")
                                 .arg(ProbeReport::stepText(m_failedStep));
    }
}

void ProbeRecorder::judgeRoundTrip(const std::optional<NegotiationPolicy::Method> &method)
{
    RoundTrip &roundTrip = m_report.roundTrip;
    m_report.proven = roundTrip.proven();
    if (!roundTrip.attempted && roundTrip.notAttempted.isEmpty()) {
        if (const ProbeReport::StepResult *step = m_report.findStep(ProbeReport::Step::RoundTrip))
            roundTrip.notAttempted = step->details;
    }
    if (m_report.verdict == ProbeReport::ConnectionVerdict::Fail || m_report.cancelled)
        return;
    if (m_report.proven) {
        if (method == NegotiationPolicy::Method::SaslOverTls)
            m_report.method = trLater("%1, proven by a ping answered in %2 ms")
                                  .arg(m_report.method)
                                  .arg(roundTrip.pingMs);
        return;
    }
    if (!roundTrip.attempted || m_report.verdict != ProbeReport::ConnectionVerdict::Pass)
        return;
    // Authenticated, not proven: what the ping got, else what stopped the round trip.
    const Advice &why = !m_unproven.isNull() ? m_unproven : m_failure;
    if (why.isNull())
        return;
    m_report.verdict = ProbeReport::ConnectionVerdict::Warning;
    m_report.advice = why.text;
    m_report.reason = why.reason;
    m_report.suggestion = {};
}

void ProbeRecorder::judge(const Partner &partner)
{
    explainStepsNotRun();
    const PolicyCheck::Result verdict
        = PolicyCheck::evaluate(NegotiationPolicy::forPartner(partner), m_report.offered);
    m_report.verdict = verdict.verdict;
    m_report.method
        = verdict.method ? NegotiationPolicy::methodText(*verdict.method) : LocalizedText();
    m_report.advice = verdict.advice;
    m_report.reason = verdict.reason;
    // The suggestion goes with the sentence that names it, and only with it.
    m_report.suggestion = verdict.suggestion;
    if (m_report.cancelled) {
        m_report.advice = trLater("The test was cancelled.");
        m_report.reason = QStringLiteral("cancelled");
        m_report.suggestion = {};
    } else if (m_report.verdict == ProbeReport::ConnectionVerdict::Fail && !m_failure.isNull()
               && verdict.reason != PolicyCheck::SettingsRefused) {
        // What stopped the test says more than "nothing usable was offered".
        m_report.advice = m_failure.text;
        m_report.reason = m_failure.reason;
        m_report.suggestion = {};
    }
    judgeRoundTrip(verdict.method);
    // Full dialback was asked for but its listener did not start: the Pass is not what the
    // option was to show, and the advice says how to free the listener.
    if (m_report.verdict == ProbeReport::ConnectionVerdict::Pass && !m_report.cancelled
        && !m_report.dialback.listenerError.isEmpty() && !m_report.roundTrip.attempted
        && !m_unproven.isNull()) {
        m_report.verdict = ProbeReport::ConnectionVerdict::Warning;
        m_report.advice = m_unproven.text;
        m_report.reason = m_unproven.reason;
        m_report.suggestion = {};
    }
    ProbeReport::StepResult &result = m_report.stepResult(ProbeReport::Step::Verdict);
    result.state = m_report.verdict == ProbeReport::ConnectionVerdict::Pass
        ? ProbeReport::StepState::Passed
        : m_report.verdict == ProbeReport::ConnectionVerdict::Warning
        ? ProbeReport::StepState::Warning
        : ProbeReport::StepState::Failed;
    result.durationMs = m_clock.elapsed();
    result.details = m_report.advice;
}
