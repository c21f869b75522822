#pragma once

#include "partners/negotiationpolicy.h"
#include "partners/partner.h"
#include "probe/connectionprobe.h"
#include "report/probereport.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <array>

// What the integration tests of the connection probe share: partners by row of the
// negotiation matrix (the 18 rows of NegotiationPolicy), running a probe with a bounded wait,
// and a readable dump of a report for failure messages.
namespace ProbeTest {

using Step = ProbeReport::Step;
using State = ProbeReport::StepState;
using Verdict = ProbeReport::ConnectionVerdict;

// The local domain the probe speaks for in every test.
inline const QString LocalDomain = u"lync.test"_qs;

// The partner of row `row` (1..18) of the matrix: SASL is the outer loop, then TLS, then
// dialback true before false.
inline Partner partnerForRow(const QString &domain, int row)
{
    static constexpr std::array<Negotiation, 3> values {
        Negotiation::Required, Negotiation::Optional, Negotiation::NotSupported};
    const int index = row - 1;
    Partner partner;
    partner.domain = domain;
    partner.saslNegotiation = values.at(std::size_t(index / 6));
    partner.tlsNegotiation = values.at(std::size_t(index % 6 / 2));
    partner.supportDialbackNegotiation = index % 2 == 0;
    // The mapping itself is checked against the project's rules, so that a test of
    // "row 7" really tests row 7.
    if (NegotiationPolicy::forPartner(partner).row() != row)
        qFatal("partnerForRow(%d) gives row %d", row, NegotiationPolicy::forPartner(partner).row());
    return partner;
}

// Starts the probe and waits for finished(), at most `waitMs`; true when it finished
// exactly once.
inline bool run(ConnectionProbe &probe, int waitMs = 20000)
{
    QSignalSpy finished(&probe, &ConnectionProbe::finished);
    probe.start();
    if (finished.isEmpty())
        finished.wait(waitMs);
    return finished.size() == 1 && !probe.isRunning();
}

inline ProbeReport::StepResult step(const ProbeReport &report, Step which)
{
    const ProbeReport::StepResult *found = report.findStep(which);
    return found ? *found
                 : ProbeReport::StepResult {which, State::NotRun, 0,
                                            LocalizedText::verbatim(u"(missing)"_qs)};
}

inline QStringList sentLines(const ProbeReport &report)
{
    QStringList lines;
    for (const ProbeReport::TranscriptLine &line : report.transcript) {
        if (line.sent)
            lines.append(line.text);
    }
    return lines;
}

inline QString received(const ProbeReport &report)
{
    QString text;
    for (const ProbeReport::TranscriptLine &line : report.transcript) {
        if (!line.sent)
            text += line.text;
    }
    return text;
}

// The whole report in a few lines, for the message of a failed check.
inline QString describe(const ProbeReport &report)
{
    QString text = u"\nverdict %1, method \"%2\", advice \"%3\", connected to \"%4\"\n"_qs.arg(
        ProbeReport::wireName(report.verdict), report.method.toString(), report.advice.toString(),
        report.connectedTo);
    for (const ProbeReport::StepResult &result : report.steps) {
        text += u"  %1: %2 (%3 ms) %4\n"_qs
                    .arg(ProbeReport::stepName(result.step), ProbeReport::wireName(result.state))
                    .arg(result.durationMs)
                    .arg(result.details.toString());
    }
    for (const ProbeReport::DnsRecord &record : report.records) {
        text += u"  record %1 %2:%3 priority %4 weight %5\n"_qs.arg(record.service, record.target)
                    .arg(record.port)
                    .arg(record.priority)
                    .arg(record.weight);
    }
    for (const ProbeReport::TranscriptLine &line : report.transcript)
        text += (line.sent ? u"  >> "_qs : u"  << "_qs) + line.text.left(600) + u'\n';
    return text;
}

// A port on 127.0.0.1 that nothing listens on: taken from the system and closed again.
inline quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on 127.0.0.1");
    return server.serverPort();
}

inline QString sha256Of(const QString &certificateFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile);
    return chain.isEmpty()
        ? QString()
        : QString::fromLatin1(chain.constFirst().digest(QCryptographicHash::Sha256).toHex(':'));
}

} // namespace ProbeTest
