#include "probe/proberecorder.h"

#include "partners/negotiationpolicy.h"
#include "partners/partner.h"
#include "probe/policycheck.h"
#include "probe/probesettings.h"

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

void ProbeRecorder::start()
{
    m_clock.start();
    m_report.startedAt = QDateTime::currentDateTime();
    for (const ProbeReport::Step step :
         {ProbeReport::Step::Resolve, ProbeReport::Step::Connect, ProbeReport::Step::OpenStream,
          ProbeReport::Step::StartTls, ProbeReport::Step::RestartStream,
          ProbeReport::Step::Authenticate}) {
        m_report.stepResult(step);
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
    return trLater("%1, %2; certificate of %3 issued by %4, valid until %5 (%n day(s) left).",
                   nullptr, int(daysLeft))
        .arg(m_report.tlsProtocol)
        .arg(m_report.tlsCipher)
        .arg(certificateName(leaf))
        .arg(leaf.issuerDisplayName())
        .arg(QLocale().toString(leaf.expiryDate(), QLocale::ShortFormat));
}

void ProbeRecorder::recordErrorAfterTls(const QString &condition, const QString &text)
{
    m_errorAfterTls = condition;
    m_errorTextAfterTls = text;
}

// The advice when the partner ended the stream restarted after TLS before offering any
// features (Prosody with s2s_secure_auth and no certificate it trusts): PolicyCheck would
// read "nothing offered after TLS" into it and suggest the wrong change.
LocalizedText ProbeRecorder::errorAfterTlsAdvice(const QString &localDomain,
                                                 bool haveCertificate) const
{
    const QString reason = m_errorTextAfterTls.isEmpty()
        ? m_errorAfterTls
        : m_errorAfterTls + u": "_qs + m_errorTextAfterTls;
    if (m_errorAfterTls != u"not-authorized") {
        return trLater("The partner's server ended the stream after TLS (“%1”) "
                       "before offering any authentication method; ask the "
                       "partner's administrator why.")
            .arg(reason);
    }
    return haveCertificate
        ? trLater("The partner's server ended the stream after TLS (“%1”): it does "
                  "not accept the client certificate presented for %2. Use a "
                  "certificate for %2 from a CA the partner trusts, for SASL "
                  "EXTERNAL (XEP-0178).")
              .arg(reason)
              .arg(localDomain)
        : trLater("The partner's server ended the stream after TLS (“%1”): it "
                  "accepts only servers that present a certificate it trusts, and no "
                  "client certificate is configured for %2. Install a certificate for "
                  "%2 from a CA the partner trusts and set it in the connection test "
                  "settings, for SASL EXTERNAL (XEP-0178).")
              .arg(reason)
              .arg(localDomain);
}

void ProbeRecorder::judge(const Partner &partner, const ProbeSettings &settings)
{
    // Steps never reached keep their "not run" state; the verdict judges what was seen.
    const PolicyCheck::Result verdict
        = PolicyCheck::evaluate(NegotiationPolicy::forPartner(partner), m_report.offered);
    m_report.verdict = verdict.verdict;
    m_report.method
        = verdict.method ? NegotiationPolicy::methodText(*verdict.method) : LocalizedText();
    m_report.advice = m_report.cancelled ? trLater("The test was cancelled.") : verdict.advice;
    if (!m_report.cancelled && m_report.verdict == ProbeReport::ConnectionVerdict::Fail
        && !m_errorAfterTls.isEmpty()) {
        m_report.advice
            = errorAfterTlsAdvice(settings.localDomain, settings.hasClientCertificate());
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
