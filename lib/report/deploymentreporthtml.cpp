#include "report/deploymentreporthtml.h"

#include "report/html.h"
#include "report/probereporthtml.h"

#include <QLocale>

QString DeploymentReportHtml::verdict() const
{
    QString html = QStringLiteral("<p class=\"") + ProbeReport::wireName(m_report.verdict)
        + QStringLiteral("\"><strong>") + Html::escape(ProbeReport::verdictName(m_report.verdict))
        + QStringLiteral("</strong></p>\n");
    if (!m_report.summary.isEmpty())
        html += Html::paragraph({m_report.summary.toString()});
    html += QStringLiteral("<p><em>") + Html::escape(DeploymentReport::scopeNote().toString())
        + QStringLiteral("</em></p>\n");
    return html;
}

QString DeploymentReportHtml::findingTable() const
{
    QString html = QStringLiteral("<table><thead>")
        + Html::headerRow({tr("Check"), tr("State"), tr("Details")}) + QStringLiteral("</thead>\n");
    for (const DeploymentReport::Finding &finding : m_report.findings) {
        html += QStringLiteral("<tr><td>")
            + Html::escape(DeploymentReport::checkText(finding.check).toString())
            + QStringLiteral("</td><td class=\"") + DeploymentReport::wireName(finding.state)
            + QStringLiteral("\">") + Html::escape(DeploymentReport::stateName(finding.state))
            + QStringLiteral("</td><td>") + Html::escapeLines(finding.details.toString())
            + QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</table>\n");
    return html;
}

QString DeploymentReportHtml::adviceList() const
{
    const QList<Advice> all = m_report.advice();
    if (all.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>") + Html::escape(tr("What to change"))
        + QStringLiteral("</h2>\n<ul>");
    for (const Advice &advice : all) {
        html += QStringLiteral("<li>") + Html::escape(advice.text.toString())
            + QStringLiteral(" <code>") + Html::escape(advice.reason)
            + QStringLiteral("</code></li>\n");
    }
    html += QStringLiteral("</ul>\n");
    return html;
}

QString DeploymentReportHtml::page() const
{
    const QLocale locale;
    const DeploymentReport &report = m_report;
    const QString title = tr("Deployment check: %1").arg(report.localDomain);
    QString body = QStringLiteral("<h1>") + Html::escape(title) + QStringLiteral("</h1>\n");
    body += verdict();
    QStringList lines {tr("Local domain: %1").arg(report.localDomain)};
    if (report.connection.startedAt.isValid())
        lines.append(tr("Started: %1")
                         .arg(locale.toString(report.connection.startedAt, QLocale::LongFormat)));
    if (!report.hostOverride.isEmpty())
        lines.append(
            tr("Server checked: %1 (given; SRV records not checked)").arg(report.hostOverride));
    else if (!report.nameserver.isEmpty())
        lines.append(tr("DNS server: %1").arg(report.nameserver.toString()));
    if (!report.connection.connectedTo.isEmpty())
        lines.append(tr("Server: %1").arg(report.connection.connectedTo));
    body += Html::paragraph(lines);
    body += QStringLiteral("<h2>") + Html::escape(tr("Findings")) + QStringLiteral("</h2>\n");
    body += findingTable();
    body += adviceList();

    const ProbeReportHtml connection(report.connection);
    body += QStringLiteral("<h2>") + Html::escape(tr("Connection test steps"))
        + QStringLiteral("</h2>\n");
    body += connection.stepTable();
    if (!report.connection.records.isEmpty())
        body += connection.recordTable();
    if (!report.connection.certificates.isEmpty())
        body += connection.certificateTable();
    body += connection.features();
    body += connection.transcript();
    return Html::page(title, Html::styleSheet(), body);
}
