#include "report/deploymentreport.h"

#include "report/deploymentreporthtml.h"

#include <QJsonArray>

const DeploymentReport::Finding *DeploymentReport::find(Check check) const
{
    for (const Finding &finding : findings) {
        if (finding.check == check)
            return &finding;
    }
    return nullptr;
}

QList<Advice> DeploymentReport::advice() const
{
    QList<Advice> all;
    for (const Finding &finding : findings) {
        if (!finding.advice.isNull())
            all.append(finding.advice);
    }
    return all;
}

LocalizedText DeploymentReport::scopeNote()
{
    return trLater("This check ran from this computer. It shows what partners find in DNS and "
                   "what the server presents, but not that partners can reach it from the "
                   "internet: a firewall between the internet and the Access Edge, or another "
                   "DNS view outside, is not seen from inside the network.");
}

LocalizedText DeploymentReport::checkText(Check check)
{
    switch (check) {
    case Check::SrvRecord:
        return trLater("SRV record _xmpp-server._tcp");
    case Check::DirectTlsRecord:
        return trLater("SRV record _xmpps-server._tcp (direct TLS)");
    case Check::Connect:
        return trLater("Connection");
    case Check::Stream:
        return trLater("XMPP stream");
    case Check::StartTls:
        return trLater("STARTTLS");
    case Check::CertificateName:
        return trLater("Certificate names the domain");
    case Check::CertificateTrust:
        return trLater("Certificate chain trusted");
    case Check::CertificateExpiry:
        return trLater("Certificate validity");
    case Check::Dialback:
        return trLater("Dialback after TLS");
    }
    return {};
}

QString DeploymentReport::stateName(State state)
{
    switch (state) {
    case State::NotRun:
        return tr("Not run", "deployment check state");
    case State::Pass:
        return tr("Pass", "deployment check state");
    case State::Warning:
        return tr("Warning", "deployment check state");
    case State::Fail:
        return tr("Fail", "deployment check state");
    }
    return {};
}

QString DeploymentReport::wireName(Check check)
{
    switch (check) {
    case Check::SrvRecord:
        return QStringLiteral("srvRecord");
    case Check::DirectTlsRecord:
        return QStringLiteral("directTlsRecord");
    case Check::Connect:
        return QStringLiteral("connect");
    case Check::Stream:
        return QStringLiteral("stream");
    case Check::StartTls:
        return QStringLiteral("startTls");
    case Check::CertificateName:
        return QStringLiteral("certificateName");
    case Check::CertificateTrust:
        return QStringLiteral("certificateTrust");
    case Check::CertificateExpiry:
        return QStringLiteral("certificateExpiry");
    case Check::Dialback:
        return QStringLiteral("dialback");
    }
    return {};
}

QString DeploymentReport::wireName(State state)
{
    switch (state) {
    case State::NotRun:
        return QStringLiteral("notRun");
    case State::Pass:
        return QStringLiteral("pass");
    case State::Warning:
        return QStringLiteral("warning");
    case State::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QJsonObject DeploymentReport::toJson() const
{
    QJsonArray findingArray;
    for (const Finding &finding : findings) {
        QJsonObject object {{QStringLiteral("check"), wireName(finding.check)},
                            {QStringLiteral("name"), checkText(finding.check).toString()},
                            {QStringLiteral("state"), wireName(finding.state)},
                            {QStringLiteral("details"), finding.details.toString()}};
        if (!finding.advice.isNull()) {
            object.insert(QStringLiteral("reason"), finding.advice.reason);
            object.insert(QStringLiteral("advice"), finding.advice.text.toString());
        }
        findingArray.append(object);
    }
    QJsonArray adviceArray;
    for (const Advice &advice : this->advice()) {
        adviceArray.append(QJsonObject {{QStringLiteral("reason"), advice.reason},
                                        {QStringLiteral("text"), advice.text.toString()}});
    }
    return QJsonObject {
        {QStringLiteral("check"), QStringLiteral("deployment")},
        {QStringLiteral("localDomain"), localDomain},
        {QStringLiteral("host"), hostOverride},
        {QStringLiteral("nameserver"), nameserver.toString()},
        {QStringLiteral("verdict"), ProbeReport::wireName(verdict)},
        {QStringLiteral("summary"), summary.toString()},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("scope"), scopeNote().toString()},
        {QStringLiteral("findings"), findingArray},
        {QStringLiteral("advice"), adviceArray},
        {QStringLiteral("connectionTest"), connection.toJson()},
    };
}

QString DeploymentReport::toHtml() const
{
    return DeploymentReportHtml(*this).page();
}

QString DeploymentReport::plainText() const
{
    // Each finding on one line, however many lines its details have.
    const auto oneLine = [](const LocalizedText &text) {
        return text.toString().split(u'\n', Qt::SkipEmptyParts).join(u' ');
    };
    QStringList lines;
    lines.append(
        tr("Deployment check of %1: %2").arg(localDomain, ProbeReport::verdictName(verdict)));
    if (!summary.isEmpty())
        lines.append(oneLine(summary));
    for (const Finding &finding : findings) {
        lines.append(tr("[%1] %2: %3", "[state] check: details")
                         .arg(stateName(finding.state), checkText(finding.check).toString(),
                              oneLine(finding.details)));
    }
    const QList<Advice> all = advice();
    if (!all.isEmpty()) {
        lines.append(tr("Advice:"));
        for (const Advice &advice : all)
            lines.append(
                tr("- %1 (%2)", "advice (reason code)").arg(oneLine(advice.text), advice.reason));
    }
    lines.append(scopeNote().toString());
    return lines.join(u'\n');
}
