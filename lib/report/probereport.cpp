#include "report/probereport.h"

#include <QJsonArray>
#include <QLocale>

ProbeReport::StepResult &ProbeReport::stepResult(Step step)
{
    for (StepResult &result : steps) {
        if (result.step == step)
            return result;
    }
    steps.append(StepResult {step, StepState::Pending, 0, {}});
    return steps.last();
}

const ProbeReport::StepResult *ProbeReport::findStep(Step step) const
{
    for (const StepResult &result : steps) {
        if (result.step == step)
            return &result;
    }
    return nullptr;
}

QString ProbeReport::stepName(Step step)
{
    switch (step) {
    case Step::Resolve:
        return tr("Resolve");
    case Step::Connect:
        return tr("Connect");
    case Step::OpenStream:
        return tr("Open stream");
    case Step::StartTls:
        return tr("STARTTLS and certificate");
    case Step::RestartStream:
        return tr("Restart stream");
    case Step::Authenticate:
        return tr("Authenticate");
    case Step::Verdict:
        return tr("Verdict");
    }
    return {};
}

QString ProbeReport::stateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
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
    case Step::Verdict:
        return QStringLiteral("verdict");
    }
    return {};
}

QString ProbeReport::wireName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("pending");
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
        recordArray.append(QJsonObject {{QStringLiteral("service"), record.service},
                                        {QStringLiteral("target"), record.target},
                                        {QStringLiteral("port"), record.port},
                                        {QStringLiteral("priority"), record.priority},
                                        {QStringLiteral("weight"), record.weight},
                                        {QStringLiteral("directTls"), record.directTls}});
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
        {QStringLiteral("advice"), advice.toString()},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("dnsRecords"), recordArray},
        {QStringLiteral("tlsProtocol"), tlsProtocol},
        {QStringLiteral("tlsCipher"), tlsCipher},
        {QStringLiteral("certificates"), certificateArray},
        {QStringLiteral("featuresBeforeTls"),
         QJsonArray::fromStringList(LocalizedText::toStringList(featuresBeforeTls))},
        {QStringLiteral("featuresAfterTls"),
         QJsonArray::fromStringList(LocalizedText::toStringList(featuresAfterTls))},
        {QStringLiteral("transcript"), transcriptArray},
    };
}

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString ProbeReport::htmlStyle()
{
    // Qt's rich text (print and PDF) reads this too: CSS 2.1 properties only.
    return QStringLiteral(
        "body{font-family:sans-serif;padding:0 1em;color:#263238}"
        "table{border-collapse:collapse;margin-top:0.5em;margin-bottom:1.5em;margin-left:0;"
        "margin-right:0}"
        "td,th{border:1px solid #b0bec5;padding:4px 8px;text-align:left;vertical-align:top}"
        "th{background:#eceff1}"
        ".pass{color:#2e7d32}.warning{color:#8d6e00}.fail,.failed{color:#c62828}"
        "pre{background:#eceff1;padding:1em;white-space:pre-wrap;word-break:break-all}");
}

QString ProbeReport::htmlVerdict() const
{
    QString html = QStringLiteral("<p class=\"") + wireName(verdict) + QStringLiteral("\"><strong>")
        + esc(verdictName(verdict)) + QStringLiteral("</strong>");
    if (!method.isEmpty())
        html += QStringLiteral(" — ") + esc(tr("method: %1").arg(method.toString()));
    html += QStringLiteral("</p>\n");
    if (!advice.isEmpty())
        html += QStringLiteral("<p>") + esc(advice.toString()) + QStringLiteral("</p>\n");
    return html;
}

QString ProbeReport::htmlStepTable() const
{
    const QLocale locale;
    QString html = QStringLiteral("<table><thead><tr><th>") + esc(tr("Step"))
        + QStringLiteral("</th><th>") + esc(tr("State")) + QStringLiteral("</th><th>")
        + esc(tr("Duration")) + QStringLiteral("</th><th>") + esc(tr("Details"))
        + QStringLiteral("</th></tr></thead>\n");
    for (const StepResult &result : steps) {
        // As the report window shows them: no duration for a step that did not run.
        const bool ran = result.state != StepState::Pending && result.state != StepState::Skipped;
        html += QStringLiteral("<tr><td>") + esc(stepName(result.step))
            + QStringLiteral("</td><td class=\"") + wireName(result.state) + QStringLiteral("\">")
            + esc(stateName(result.state)) + QStringLiteral("</td><td>")
            + (ran ? esc(tr("%1 ms").arg(locale.toString(result.durationMs))) : QString())
            + QStringLiteral("</td><td>")
            + esc(result.details.toString()).replace(u'\n', QStringLiteral("<br>"))
            + QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</table>\n");
    return html;
}

QString ProbeReport::toHtml() const
{
    const QLocale locale;
    QString html;
    html += QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>")
                .arg(locale.bcp47Name())
        + esc(tr("Connection test: %1").arg(domain)) + QStringLiteral("</title><style>")
        + htmlStyle() + QStringLiteral("</style></head><body>\n");
    html += QStringLiteral("<h1>") + esc(tr("Connection test: %1").arg(domain))
        + QStringLiteral("</h1>\n");
    html += htmlVerdict();
    html += QStringLiteral("<p>") + esc(tr("Local domain: %1").arg(localDomain))
        + QStringLiteral("<br>")
        + esc(tr("Started: %1").arg(locale.toString(startedAt, QLocale::LongFormat)));
    if (!connectedTo.isEmpty())
        html += QStringLiteral("<br>") + esc(tr("Server: %1").arg(connectedTo));
    html += QStringLiteral("</p>\n<h2>") + esc(tr("Steps")) + QStringLiteral("</h2>\n");
    html += htmlStepTable();
    if (!records.isEmpty()) {
        html += QStringLiteral("<h2>") + esc(tr("DNS records"))
            + QStringLiteral("</h2>\n<table><tr><th>") + esc(tr("Service"))
            + QStringLiteral("</th><th>") + esc(tr("Target")) + QStringLiteral("</th><th>")
            + esc(tr("Port")) + QStringLiteral("</th><th>") + esc(tr("Priority"))
            + QStringLiteral("</th><th>") + esc(tr("Weight")) + QStringLiteral("</th></tr>\n");
        for (const DnsRecord &record : records) {
            html += QStringLiteral("<tr><td>")
                + esc(record.service.isEmpty() ? tr("address") : record.service)
                + QStringLiteral("</td><td>") + esc(record.target) + QStringLiteral("</td><td>")
                + QString::number(record.port) + QStringLiteral("</td><td>")
                + QString::number(record.priority) + QStringLiteral("</td><td>")
                + QString::number(record.weight) + QStringLiteral("</td></tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }
    if (!certificates.isEmpty()) {
        html += QStringLiteral("<h2>") + esc(tr("Certificate chain")) + QStringLiteral("</h2>\n<p>")
            + esc(tr("TLS: %1, %2").arg(tlsProtocol, tlsCipher))
            + QStringLiteral("</p>\n<table><tr><th>") + esc(tr("Subject"))
            + QStringLiteral("</th><th>") + esc(tr("Names")) + QStringLiteral("</th><th>")
            + esc(tr("Issuer")) + QStringLiteral("</th><th>") + esc(tr("Valid"))
            + QStringLiteral("</th><th>") + esc(tr("SHA-256 fingerprint"))
            + QStringLiteral("</th></tr>\n");
        for (const Certificate &certificate : certificates) {
            html += QStringLiteral("<tr><td>") + esc(certificate.subject)
                + QStringLiteral("</td><td>")
                + esc(certificate.subjectAlternativeNames.join(QStringLiteral(", ")))
                + QStringLiteral("</td><td>") + esc(certificate.issuer)
                + QStringLiteral("</td><td>")
                + esc(tr("%1 to %2")
                          .arg(locale.toString(certificate.notBefore, QLocale::ShortFormat),
                               locale.toString(certificate.notAfter, QLocale::ShortFormat)))
                + QStringLiteral("</td><td><code>") + esc(certificate.sha256)
                + QStringLiteral("</code></td></tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("<h2>") + esc(tr("Features offered")) + QStringLiteral("</h2>\n<p>")
        + esc(tr("Before TLS: %1")
                  .arg(featuresBeforeTls.isEmpty() ? tr("none")
                                                   : LocalizedText::toStringList(featuresBeforeTls)
                                                         .join(QStringLiteral(", "))))
        + QStringLiteral("<br>")
        + esc(tr("After TLS: %1")
                  .arg(featuresAfterTls.isEmpty() ? tr("none")
                                                  : LocalizedText::toStringList(featuresAfterTls)
                                                        .join(QStringLiteral(", "))))
        + QStringLiteral("</p>\n<h2>") + esc(tr("Transcript")) + QStringLiteral("</h2>\n<pre>");
    for (const TranscriptLine &line : transcript) {
        html += esc(QStringLiteral("%1 %2 %3\n")
                        .arg(line.atMs, 6)
                        .arg(directionName(line.sent), line.text));
    }
    html += QStringLiteral("</pre>\n</body></html>\n");
    return html;
}
