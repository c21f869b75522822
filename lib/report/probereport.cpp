#include "report/probereport.h"

#include "report/probereporthtml.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

ProbeReport::StepResult &ProbeReport::stepResult(Step step)
{
    for (StepResult &result : steps) {
        if (result.step == step)
            return result;
    }
    steps.append(StepResult {step, StepState::NotRun, 0, {}});
    return steps.last();
}

DnssecStatus ProbeReport::weakestDnssec() const
{
    static constexpr std::array order {DnssecStatus::Bogus, DnssecStatus::Unvalidated,
                                       DnssecStatus::Unknown, DnssecStatus::Insecure,
                                       DnssecStatus::Secure};
    for (const DnssecStatus status : order) {
        if (std::any_of(records.begin(), records.end(),
                        [status](const DnsRecord &record) { return record.dnssec == status; }))
            return status;
    }
    return DnssecStatus::Unknown;
}

const ProbeReport::StepResult *ProbeReport::findStep(Step step) const
{
    for (const StepResult &result : steps) {
        if (result.step == step)
            return &result;
    }
    return nullptr;
}

qint64 ProbeReport::totalDurationMs() const
{
    if (const StepResult *last = findStep(Step::Verdict))
        return last->durationMs;
    qint64 sum = 0;
    for (const StepResult &result : steps)
        sum += result.durationMs;
    return sum;
}

QString ProbeReport::stepName(Step step)
{
    return stepText(step).toString();
}

LocalizedText ProbeReport::stepText(Step step)
{
    switch (step) {
    case Step::Resolve:
        return trLater("Resolve");
    case Step::Connect:
        return trLater("Connect");
    case Step::OpenStream:
        return trLater("Open stream");
    case Step::StartTls:
        return trLater("STARTTLS and certificate");
    case Step::RestartStream:
        return trLater("Restart stream");
    case Step::Authenticate:
        return trLater("Authenticate");
    case Step::RoundTrip:
        return trLater("Round trip");
    case Step::Dialback:
        return trLater("Dialback");
    case Step::ConnectBack:
        return trLater("Connect back");
    case Step::Verdict:
        return trLater("Verdict");
    }
    return {};
}

QString ProbeReport::stateName(StepState state)
{
    switch (state) {
    case StepState::NotRun:
        return tr("Not run", "step state");
    case StepState::Passed:
        return tr("Passed", "step state");
    case StepState::Warning:
        return tr("Warning", "step state");
    case StepState::Failed:
        return tr("Failed", "step state");
    case StepState::Skipped:
        return tr("Skipped", "step state");
    case StepState::Cancelled:
        return tr("Cancelled", "step state");
    }
    return {};
}

QString ProbeReport::verdictName(ConnectionVerdict verdict)
{
    switch (verdict) {
    case ConnectionVerdict::Pass:
        return tr("Pass", "connection test verdict");
    case ConnectionVerdict::Warning:
        return tr("Warning", "connection test verdict");
    case ConnectionVerdict::Fail:
        return tr("Fail", "connection test verdict");
    }
    return {};
}

QString ProbeReport::directionName(bool sent)
{
    return sent ? tr("SENT", "transcript: written by the test")
                : tr("RECV", "transcript: read from the server");
}

QString ProbeReport::wireName(Step step)
{
    switch (step) {
    case Step::Resolve:
        return QStringLiteral("resolve");
    case Step::Connect:
        return QStringLiteral("connect");
    case Step::OpenStream:
        return QStringLiteral("openStream");
    case Step::StartTls:
        return QStringLiteral("startTls");
    case Step::RestartStream:
        return QStringLiteral("restartStream");
    case Step::Authenticate:
        return QStringLiteral("authenticate");
    case Step::RoundTrip:
        return QStringLiteral("roundTrip");
    case Step::Dialback:
        return QStringLiteral("dialback");
    case Step::ConnectBack:
        return QStringLiteral("connectBack");
    case Step::Verdict:
        return QStringLiteral("verdict");
    }
    return {};
}

QString ProbeReport::wireName(StepState state)
{
    switch (state) {
    case StepState::NotRun:
        return QStringLiteral("notRun");
    case StepState::Passed:
        return QStringLiteral("passed");
    case StepState::Warning:
        return QStringLiteral("warning");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    case StepState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ProbeReport::wireName(ConnectionVerdict verdict)
{
    switch (verdict) {
    case ConnectionVerdict::Pass:
        return QStringLiteral("pass");
    case ConnectionVerdict::Warning:
        return QStringLiteral("warning");
    case ConnectionVerdict::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QJsonObject ProbeReport::toJson() const
{
    QJsonArray stepArray;
    for (const StepResult &result : steps) {
        stepArray.append(QJsonObject {{QStringLiteral("step"), wireName(result.step)},
                                      {QStringLiteral("state"), wireName(result.state)},
                                      {QStringLiteral("durationMs"), result.durationMs},
                                      {QStringLiteral("details"), result.details.toString()}});
    }
    QJsonArray recordArray;
    for (const DnsRecord &record : records) {
        QJsonObject entry {{QStringLiteral("service"), record.service},
                           {QStringLiteral("target"), record.target},
                           {QStringLiteral("port"), record.port},
                           {QStringLiteral("priority"), record.priority},
                           {QStringLiteral("weight"), record.weight},
                           {QStringLiteral("directTls"), record.directTls},
                           {QStringLiteral("dnssec"), DnssecStatusText::key(record.dnssec)}};
        if (!record.dnssecReason.isEmpty())
            entry.insert(QStringLiteral("dnssecReason"), record.dnssecReason);
        recordArray.append(entry);
    }
    QJsonArray attemptArray;
    for (const Attempt &attempt : attempts) {
        attemptArray.append(QJsonObject {{QStringLiteral("server"), attempt.server},
                                         {QStringLiteral("address"), attempt.address},
                                         {QStringLiteral("directTls"), attempt.directTls},
                                         {QStringLiteral("connected"), attempt.connected},
                                         {QStringLiteral("outcome"), attempt.outcome.toString()}});
    }
    QJsonArray certificateArray;
    for (const Certificate &certificate : certificates) {
        certificateArray.append(
            QJsonObject {{QStringLiteral("subject"), certificate.subject},
                         {QStringLiteral("subjectAlternativeNames"),
                          QJsonArray::fromStringList(certificate.subjectAlternativeNames)},
                         {QStringLiteral("issuer"), certificate.issuer},
                         {QStringLiteral("notBefore"), certificate.notBefore.toString(Qt::ISODate)},
                         {QStringLiteral("notAfter"), certificate.notAfter.toString(Qt::ISODate)},
                         {QStringLiteral("sha256"), certificate.sha256}});
    }
    QJsonArray transcriptArray;
    for (const TranscriptLine &line : transcript) {
        transcriptArray.append(
            QJsonObject {{QStringLiteral("direction"),
                          line.sent ? QStringLiteral("sent") : QStringLiteral("received")},
                         {QStringLiteral("atMs"), line.atMs},
                         {QStringLiteral("text"), line.text}});
    }
    return QJsonObject {
        {QStringLiteral("domain"), domain},
        {QStringLiteral("localDomain"), localDomain},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("connectedTo"), connectedTo},
        {QStringLiteral("verdict"), wireName(verdict)},
        {QStringLiteral("method"), method.toString()},
        {QStringLiteral("proven"), proven},
        {QStringLiteral("advice"), advice.toString()},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("suggestion"),
         suggestion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(suggestion.toJson())},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("dnsRecords"), recordArray},
        {QStringLiteral("dnssecNote"),
         dnssecNote.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(dnssecNote.toString())},
        {QStringLiteral("dane"), dane.toJson()},
        {QStringLiteral("attempts"), attemptArray},
        {QStringLiteral("tlsProtocol"), tlsProtocol},
        {QStringLiteral("tlsCipher"), tlsCipher},
        {QStringLiteral("certificates"), certificateArray},
        {QStringLiteral("tlsProfile"),
         tlsProfile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tlsProfile.toJson())},
        {QStringLiteral("dialback"), dialback.toJson()},
        {QStringLiteral("certificateCheck"),
         certificateCheck.checked ? QJsonValue(certificateCheck.toJson()) : QJsonValue()},
        {QStringLiteral("featuresBeforeTls"),
         QJsonArray::fromStringList(LocalizedText::toStringList(featuresBeforeTls))},
        {QStringLiteral("featuresAfterTls"),
         QJsonArray::fromStringList(LocalizedText::toStringList(featuresAfterTls))},
        {QStringLiteral("roundTrip"), roundTrip.toJson()},
        {QStringLiteral("transcript"), transcriptArray},
    };
}

QString ProbeReport::toHtml() const
{
    return ProbeReportHtml(*this).page();
}
