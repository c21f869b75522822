#include "probe/deploymentjudge.h"

#include "advice/deploymentadvice.h"
#include "certificates/certificatetext.h"

using Check = DeploymentReport::Check;
using State = DeploymentReport::State;
using Step = ProbeReport::Step;
using StepState = ProbeReport::StepState;

namespace {

const QString PlainService = QStringLiteral("_xmpp-server._tcp");
const QString DirectTlsService = QStringLiteral("_xmpps-server._tcp");

DeploymentReport::Finding finding(Check check, State state, const LocalizedText &details,
                                  const Advice &advice = {})
{
    return {check, state, details, advice};
}

QString dateText(const QDateTime &when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

} // namespace

DeploymentJudge::DeploymentJudge(const ProbeReport &connection, const Context &context)
    : m_connection(connection)
    , m_context(context)
{ }

DeploymentReport DeploymentJudge::judge(const ProbeReport &connection, const Context &context)
{
    const DeploymentJudge judge(connection, context);
    DeploymentReport report;
    report.localDomain = context.localDomain;
    report.hostOverride = context.hostOverride;
    report.nameserver = context.nameserver;
    report.cancelled = connection.cancelled;
    report.connection = connection;
    report.findings = {judge.srvRecord(),        judge.directTlsRecord(),   judge.connect(),
                       judge.stream(),           judge.startTls(),          judge.certificateName(),
                       judge.certificateTrust(), judge.certificateExpiry(), judge.dialback()};
    judge.verdict(&report);
    return report;
}

QList<ProbeReport::DnsRecord> DeploymentJudge::records(const QString &service) const
{
    QList<ProbeReport::DnsRecord> found;
    for (const ProbeReport::DnsRecord &record : m_connection.records) {
        if (record.service == service && record.target != u".")
            found.append(record);
    }
    return found;
}

bool DeploymentJudge::noSrv() const
{
    return m_context.hostOverride.isEmpty() && records(PlainService).isEmpty();
}

bool DeploymentJudge::stepIs(Step step, StepState state) const
{
    const ProbeReport::StepResult *result = m_connection.findStep(step);
    return result && result->state == state;
}

LocalizedText DeploymentJudge::stepDetails(Step step) const
{
    const ProbeReport::StepResult *result = m_connection.findStep(step);
    return result ? result->details : LocalizedText();
}

QString DeploymentJudge::server() const
{
    for (const ProbeReport::Attempt &attempt : m_connection.attempts) {
        if (attempt.connected)
            return attempt.address.isEmpty() || attempt.server.startsWith(attempt.address)
                ? attempt.server
                : QStringLiteral("%1 (%2)").arg(attempt.server, attempt.address);
    }
    return m_connection.connectedTo;
}

DeploymentReport::Finding DeploymentJudge::notRun(Check check, const LocalizedText &why) const
{
    if (m_connection.cancelled)
        return finding(check, State::NotRun, trLater("Not run: the check was cancelled."));
    return finding(check, State::NotRun, why);
}

DeploymentReport::Finding DeploymentJudge::srvRecord() const
{
    const QString &local = m_context.localDomain;
    if (!m_context.hostOverride.isEmpty())
        return finding(Check::SrvRecord, State::NotRun,
                       trLater("Not checked: the check connected to %1 as given; partners find "
                               "the server through _xmpp-server._tcp.%2.")
                           .arg(m_context.hostOverride)
                           .arg(local));
    if (!stepIs(Step::Resolve, StepState::Passed) && !stepIs(Step::Resolve, StepState::Failed))
        return notRun(Check::SrvRecord, trLater("Not run: DNS did not answer."));
    const QList<ProbeReport::DnsRecord> plain = records(PlainService);
    if (!plain.isEmpty()) {
        QStringList targets;
        for (const ProbeReport::DnsRecord &record : plain)
            targets.append(QStringLiteral("%1:%2").arg(record.target).arg(record.port));
        return finding(Check::SrvRecord, State::Pass,
                       trLater("_xmpp-server._tcp.%1 points to %2 (asked %3).")
                           .arg(local)
                           .arg(targets.join(QStringLiteral(", ")))
                           .arg(m_context.nameserver));
    }
    for (const ProbeReport::DnsRecord &record : m_connection.records) {
        if (record.service == PlainService && record.target == u".")
            return finding(Check::SrvRecord, State::Fail, stepDetails(Step::Resolve),
                           DeploymentAdvice::srvNotOffered(local, m_context.nameserver));
    }
    if (m_connection.reason == u"dns-lookup-failed")
        return finding(
            Check::SrvRecord, State::Fail, stepDetails(Step::Resolve),
            DeploymentAdvice::dnsFailed(local, m_context.nameserver, stepDetails(Step::Resolve)));
    return finding(
        Check::SrvRecord, State::Fail,
        trLater("No record _xmpp-server._tcp.%1 (asked %2).").arg(local).arg(m_context.nameserver),
        DeploymentAdvice::noSrv(local, m_context.nameserver));
}

DeploymentReport::Finding DeploymentJudge::directTlsRecord() const
{
    const QString &local = m_context.localDomain;
    if (!m_context.hostOverride.isEmpty())
        return finding(Check::DirectTlsRecord, State::NotRun,
                       trLater("Not checked: the check connected to %1 as given.")
                           .arg(m_context.hostOverride));
    if (!stepIs(Step::Resolve, StepState::Passed) && !stepIs(Step::Resolve, StepState::Failed))
        return notRun(Check::DirectTlsRecord, trLater("Not run: DNS did not answer."));
    if (m_connection.reason == u"dns-lookup-failed")
        return finding(Check::DirectTlsRecord, State::NotRun,
                       trLater("Not known: the DNS lookup failed."));
    const QList<ProbeReport::DnsRecord> direct = records(DirectTlsService);
    if (!direct.isEmpty()) {
        QStringList targets;
        for (const ProbeReport::DnsRecord &record : direct)
            targets.append(QStringLiteral("%1:%2").arg(record.target).arg(record.port));
        return finding(Check::DirectTlsRecord, State::Pass,
                       trLater("_xmpps-server._tcp.%1 points to %2: partners that support direct "
                               "TLS (XEP-0368) may try it first. A Lync Access Edge does not "
                               "accept direct TLS, so it must point to a server that does.")
                           .arg(local)
                           .arg(targets.join(QStringLiteral(", "))));
    }
    return finding(Check::DirectTlsRecord, State::Pass,
                   trLater("No record _xmpps-server._tcp.%1: partners use STARTTLS through "
                           "_xmpp-server._tcp, as a Lync Access Edge expects (it does not accept "
                           "direct TLS). This is information, not a problem.")
                       .arg(local));
}

DeploymentReport::Finding DeploymentJudge::connect() const
{
    const QString &local = m_context.localDomain;
    if (stepIs(Step::Connect, StepState::Passed) || stepIs(Step::Connect, StepState::Warning)) {
        return finding(Check::Connect, State::Pass,
                       LocalizedText::lines(
                           {stepDetails(Step::Connect),
                            trLater("Reached from this computer only: that partners reach it from "
                                    "the internet is not proven from inside the network.")}));
    }
    if (!stepIs(Step::Connect, StepState::Failed))
        return notRun(Check::Connect, trLater("Not run: there was no server to connect to."));
    if (noSrv())
        return finding(Check::Connect, State::NotRun,
                       LocalizedText::lines({trLater("No server to try: without an SRV record, "
                                                     "partners try %1 itself on port 5269, which "
                                                     "did not answer either:")
                                                 .arg(local),
                                             stepDetails(Step::Connect)}));
    const QString &reason = m_connection.reason;
    if (reason == u"srv-target-not-found" || reason == u"srv-target-no-address") {
        const QList<ProbeReport::DnsRecord> plain = records(PlainService);
        const QString target = plain.isEmpty() ? local : plain.first().target;
        return finding(Check::Connect, State::Fail, stepDetails(Step::Connect),
                       DeploymentAdvice::srvTargetNotFound(local, target, m_context.nameserver));
    }
    if (reason == u"server-not-found" || reason == u"server-no-address")
        return finding(
            Check::Connect, State::Fail, stepDetails(Step::Connect),
            DeploymentAdvice::hostNotFound(m_context.hostOverride, m_context.nameserver));
    QList<LocalizedText> attempts;
    for (const ProbeReport::Attempt &attempt : m_connection.attempts) {
        const QString where
            = attempt.address.isEmpty() || attempt.server.startsWith(attempt.address)
            ? attempt.server
            : QStringLiteral("%1 (%2)").arg(attempt.server, attempt.address);
        attempts.append(trLater("%1: %2").arg(where).arg(attempt.outcome));
    }
    LocalizedText list = attempts.value(0);
    for (qsizetype i = 1; i < attempts.size(); ++i)
        list = trLater("%1; %2").arg(list).arg(attempts.at(i));
    return finding(Check::Connect, State::Fail, stepDetails(Step::Connect),
                   DeploymentAdvice::unreachable(local, list, reason == u"connect-timeout"));
}

DeploymentReport::Finding DeploymentJudge::stream() const
{
    if (m_connection.offered.streamOpened) {
        const LocalizedText details = stepIs(Step::OpenStream, StepState::Passed)
            ? stepDetails(Step::OpenStream)
            : stepDetails(Step::RestartStream);
        return finding(Check::Stream, State::Pass, details);
    }
    if (stepIs(Step::OpenStream, StepState::Failed))
        return finding(Check::Stream, State::Fail, stepDetails(Step::OpenStream),
                       DeploymentAdvice::noStream(m_context.localDomain, server(),
                                                  stepDetails(Step::OpenStream)));
    return notRun(Check::Stream, trLater("Not run: no server was reached."));
}

DeploymentReport::Finding DeploymentJudge::startTls() const
{
    const QString &local = m_context.localDomain;
    const OfferedFeatures &offered = m_connection.offered;
    const bool handshakeDone = m_connection.certificateCheck.checked;
    const bool directTls = std::any_of(
        m_connection.attempts.cbegin(), m_connection.attempts.cend(),
        [](const ProbeReport::Attempt &attempt) { return attempt.connected && attempt.directTls; });
    if (handshakeDone) {
        const LocalizedText how = directTls ? trLater("Direct TLS (XEP-0368) negotiated: %1, %2.")
            : offered.startTls == OfferedFeatures::StartTls::Required
            ? trLater("STARTTLS offered (required) and negotiated: %1, %2.")
            : trLater("STARTTLS offered (optional) and negotiated: %1, %2.");
        return finding(Check::StartTls, State::Pass,
                       how.arg(m_connection.tlsProtocol).arg(m_connection.tlsCipher));
    }
    if (stepIs(Step::StartTls, StepState::Failed))
        return finding(Check::StartTls, State::Fail, stepDetails(Step::StartTls),
                       DeploymentAdvice::tlsFailed(local, server(), stepDetails(Step::StartTls)));
    if (offered.streamOpened && offered.startTls == OfferedFeatures::StartTls::NotOffered)
        return finding(Check::StartTls, State::Fail, trLater("The server does not offer STARTTLS."),
                       DeploymentAdvice::noStartTls(local, server()));
    return notRun(Check::StartTls, trLater("Not run: no XMPP stream was opened."));
}

DeploymentReport::Finding DeploymentJudge::certificateName() const
{
    const CertificateCheck &check = m_connection.certificateCheck;
    if (!check.checked)
        return notRun(Check::CertificateName, trLater("Not run: TLS did not come up."));
    if (check.identity.matched) {
        if (check.identity.commonNameWarning())
            return finding(
                Check::CertificateName, State::Warning, check.identityLine(),
                DeploymentAdvice::certificateCommonName(m_context.localDomain, server()));
        return finding(Check::CertificateName, State::Pass, check.identityLine());
    }
    const LocalizedText names = check.identity.names.isEmpty()
        ? trLater("no name")
        : CertificateNames::listText(check.identity.names, true);
    return finding(Check::CertificateName, State::Fail, check.identityLine(),
                   DeploymentAdvice::certificateName(m_context.localDomain, server(), names));
}

DeploymentReport::Finding DeploymentJudge::certificateTrust() const
{
    const CertificateCheck &check = m_connection.certificateCheck;
    if (!check.checked)
        return notRun(Check::CertificateTrust, trLater("Not run: TLS did not come up."));
    if (check.trust.trusted) {
        if (!check.trust.chainComplete)
            return finding(Check::CertificateTrust, State::Warning, check.trustLine(),
                           DeploymentAdvice::chainIncomplete(server()));
        return finding(Check::CertificateTrust, State::Pass, check.trustLine());
    }
    // The validity dates are the next check's: an expired certificate is said once.
    for (const TrustStore::Issue &issue : check.trust.issues) {
        if (issue.problem == TrustStore::Problem::Expired
            || issue.problem == TrustStore::Problem::NotYetValid)
            continue;
        return finding(Check::CertificateTrust, State::Fail, check.trustLine(),
                       DeploymentAdvice::certificateUntrusted(
                           server(), CertificateText::trustProblem(check.host, issue)));
    }
    return finding(Check::CertificateTrust, State::Pass,
                   trLater("The chain leads to a trusted CA; its validity dates are checked "
                           "below."));
}

DeploymentReport::Finding DeploymentJudge::certificateExpiry() const
{
    if (m_connection.certificates.isEmpty())
        return notRun(Check::CertificateExpiry, trLater("Not run: no certificate was presented."));
    const ProbeReport::Certificate &leaf = m_connection.certificates.constFirst();
    const QString until = dateText(leaf.notAfter);
    if (leaf.notAfter < m_context.now)
        return finding(Check::CertificateExpiry, State::Fail, trLater("Expired on %1.").arg(until),
                       DeploymentAdvice::certificateExpired(server(), until));
    if (leaf.notBefore > m_context.now) {
        const QString from = dateText(leaf.notBefore);
        return finding(Check::CertificateExpiry, State::Fail,
                       trLater("Valid only from %1.").arg(from),
                       DeploymentAdvice::certificateNotYetValid(server(), from));
    }
    const qint64 days = m_context.now.daysTo(leaf.notAfter);
    const LocalizedText details
        = trLater("Valid until %1 (%n day(s) left).", nullptr, int(days)).arg(until);
    if (days <= ExpiryWarningDays)
        return finding(Check::CertificateExpiry, State::Warning, details,
                       DeploymentAdvice::certificateExpiring(server(), until, days));
    return finding(Check::CertificateExpiry, State::Pass, details);
}

DeploymentReport::Finding DeploymentJudge::dialback() const
{
    const OfferedFeatures &offered = m_connection.offered;
    if (offered.dialbackAfterTls)
        return finding(Check::Dialback, State::Pass,
                       offered.dialbackBeforeTls
                           ? trLater("Dialback offered after TLS (and before TLS).")
                           : trLater("Dialback offered after TLS."));
    if (stepIs(Step::RestartStream, StepState::Passed))
        return finding(Check::Dialback, State::Fail, stepDetails(Step::RestartStream),
                       DeploymentAdvice::noDialback(m_context.localDomain, server()));
    return notRun(Check::Dialback,
                  offered.dialbackBeforeTls
                      ? trLater("Not run: dialback is offered before TLS, but the check did not "
                                "reach the stream after TLS.")
                      : trLater("Not run: the check did not reach the stream after TLS."));
}

void DeploymentJudge::verdict(DeploymentReport *report) const
{
    if (m_connection.cancelled) {
        report->verdict = DeploymentReport::Verdict::Fail;
        report->summary = trLater("The check was cancelled.");
        report->reason = QStringLiteral("cancelled");
        return;
    }
    for (const State state : {State::Fail, State::Warning}) {
        for (const Finding &found : std::as_const(report->findings)) {
            if (found.state != state)
                continue;
            report->verdict = state == State::Fail ? DeploymentReport::Verdict::Fail
                                                   : DeploymentReport::Verdict::Warning;
            report->summary = found.advice.text;
            report->reason = found.advice.reason;
            return;
        }
        // A connection test that stopped without any finding failing is no pass.
        if (state == State::Fail && m_connection.verdict == ProbeReport::ConnectionVerdict::Fail
            && !m_connection.offered.dialbackAfterTls) {
            report->verdict = DeploymentReport::Verdict::Fail;
            report->summary = trLater("The check did not finish: %1").arg(m_connection.advice);
            report->reason = m_connection.reason;
            return;
        }
    }
    report->verdict = DeploymentReport::Verdict::Pass;
    report->summary = m_context.hostOverride.isEmpty()
        ? trLater("Partners find %1 through its SRV record, and its server at %2 offers STARTTLS, "
                  "a trusted certificate for %1 and dialback.")
              .arg(m_context.localDomain)
              .arg(server())
        : trLater("The server at %2 offers STARTTLS, a trusted certificate for %1 and dialback; "
                  "the SRV records were not checked.")
              .arg(m_context.localDomain)
              .arg(server());
}
