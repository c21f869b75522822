#include "report/proberunreporthtml.h"

#include "report/html.h"
#include "report/probereporthtml.h"

#include <QFileInfo>
#include <QLocale>

using Outcome = ProbeRunReport::Outcome;

namespace {

QString fileNameOrNone(const QString &path, const QString &none)
{
    return path.isEmpty() ? none : QFileInfo(path).fileName();
}

} // namespace

QString ProbeRunReportHtml::runDetails() const
{
    const QLocale locale;
    const ProbeSettings &settings = m_run.settings;
    const QString none = tr("none");
    QStringList lines;
    if (!m_run.partnerFile.isEmpty())
        lines.append(tr("Partner file: %1").arg(QFileInfo(m_run.partnerFile).fileName()));
    lines.append(tr("Started: %1").arg(locale.toString(m_run.startedAt, QLocale::LongFormat)));
    lines.append(
        tr("Duration: %1 s").arg(locale.toString(double(m_run.durationMs) / 1000.0, 'f', 1)));
    lines.append(tr("Local domain: %1").arg(settings.localDomain));
    lines.append(tr("DNS server: %1")
                     .arg(settings.nameserver.isSystem() ? tr("the system's")
                                                         : settings.nameserver.toString()));
    if (!settings.hostOverride.isEmpty())
        lines.append(tr("Every test connected to: %1").arg(settings.hostOverride));
    lines.append(tr("Extra CA certificates: %1").arg(fileNameOrNone(settings.extraCaFile, none)));
    lines.append(
        tr("Client certificate: %1").arg(fileNameOrNone(settings.clientCertificateFile, none)));
    lines.append(tr("Step timeout: %1 s; total budget: %2 s; parallel tests: %3")
                     .arg(locale.toString(settings.stepTimeoutMs / 1000.0, 'g', 3),
                          locale.toString(settings.totalBudgetMs / 1000.0, 'g', 3),
                          locale.toString(settings.parallelTests)));
    return Html::paragraph(lines);
}

QString ProbeRunReportHtml::summaryTable() const
{
    QString html = QStringLiteral("<table class=\"summary\" width=\"100%\"><thead>")
        + Html::headerRow({tr("Partner"), tr("Domain"), tr("Verdict"), tr("Advice")})
        + QStringLiteral("</thead>\n");
    for (const ProbeRunReport::PartnerResult &partner : m_run.partners) {
        for (qsizetype i = 0; i < partner.domains.size(); ++i) {
            const ProbeRunReport::DomainResult &result = partner.domains.at(i);
            const Outcome outcome = result.outcome();
            html += QStringLiteral("<tr>");
            if (i == 0) {
                html += QStringLiteral("<td rowspan=\"%1\">").arg(partner.domains.size())
                    + Html::escape(partner.partner.domain) + QStringLiteral("</td>");
            }
            html += QStringLiteral("<td>") + Html::escape(result.domain)
                + QStringLiteral("</td><td class=\"") + ProbeRunReport::wireName(outcome)
                + QStringLiteral("\"><strong>") + Html::escape(ProbeRunReport::outcomeName(outcome))
                + QStringLiteral("</strong>");
            if (outcome != Outcome::NotTested && !result.report.method.isEmpty())
                html += QStringLiteral("<br>") + Html::escape(result.report.method.toString());
            html += QStringLiteral("</td><td>");
            if (outcome == Outcome::NotTested)
                html += Html::escape(ProbeRunReport::notTestedText());
            else
                html += Html::escape(result.report.advice.toString());
            html += QStringLiteral("</td></tr>\n");
        }
    }
    html += QStringLiteral("</table>\n");
    return html;
}

QString ProbeRunReportHtml::summaryLines() const
{
    QString html;
    for (const ProbeRunReport::PartnerResult &partner : m_run.partners) {
        html += QStringLiteral("<p><b>") + Html::escape(partner.partner.domain)
            + QStringLiteral("</b>");
        for (const ProbeRunReport::DomainResult &result : partner.domains) {
            const Outcome outcome = result.outcome();
            html += QStringLiteral("<br>") + Html::escape(result.domain)
                + QStringLiteral(" — <span class=\"") + ProbeRunReport::wireName(outcome)
                + QStringLiteral("\"><b>") + Html::escape(ProbeRunReport::outcomeName(outcome))
                + QStringLiteral("</b></span>");
            if (outcome != Outcome::NotTested && !result.report.method.isEmpty())
                html += QStringLiteral(" — ") + Html::escape(result.report.method.toString());
            const QString advice = outcome == Outcome::NotTested ? ProbeRunReport::notTestedText()
                                                                 : result.report.advice.toString();
            if (!advice.isEmpty())
                html += QStringLiteral(" — ") + Html::escape(advice);
        }
        html += QStringLiteral("</p>\n");
    }
    return html;
}

QString ProbeRunReportHtml::partnerSection(const ProbeRunReport::PartnerResult &result,
                                           Medium medium) const
{
    const Partner &partner = result.partner;
    const QLocale locale;
    QString html = QStringLiteral("<h2 class=\"partner\">")
        + Html::escape(tr("Partner: %1").arg(partner.domain)) + QStringLiteral("</h2>\n<p>");
    if (!partner.description.isEmpty())
        html += Html::escapeLines(partner.description) + QStringLiteral("<br>");
    QStringList settings {tr("Partner type: %1").arg(displayName(partner.partnerType)),
                          tr("TLS negotiation: %1; SASL negotiation: %2; dialback negotiation: %3")
                              .arg(displayName(partner.tlsNegotiation),
                                   displayName(partner.saslNegotiation),
                                   dialbackDisplayName(partner.supportDialbackNegotiation))};
    if (!partner.proxyFqdn.isEmpty())
        settings.append(tr("Proxy FQDN: %1").arg(partner.proxyFqdn));
    html += Html::joinLines(settings) + QStringLiteral("</p>\n");
    for (const ProbeRunReport::DomainResult &domain : result.domains) {
        if (result.domains.size() > 1) {
            html += QStringLiteral("<h3>") + Html::escape(tr("Domain: %1").arg(domain.domain))
                + QStringLiteral("</h3>\n");
        }
        if (domain.outcome() == Outcome::NotTested) {
            html += QStringLiteral("<p class=\"notTested\"><strong>")
                + Html::escape(ProbeRunReport::outcomeName(Outcome::NotTested))
                + QStringLiteral("</strong></p>\n<p>")
                + Html::escape(ProbeRunReport::notTestedText()) + QStringLiteral("</p>\n");
            continue;
        }
        const ProbeReport &report = domain.report;
        const ProbeReportHtml reportHtml(report);
        html += reportHtml.verdict();
        QStringList lines;
        if (report.startedAt.isValid())
            lines.append(tr("Started: %1")
                             .arg(locale.toString(report.startedAt.time(), QLocale::LongFormat)));
        if (!report.connectedTo.isEmpty())
            lines.append(tr("Server: %1").arg(report.connectedTo));
        if (!report.tlsProtocol.isEmpty())
            lines.append(tr("TLS: %1, %2").arg(report.tlsProtocol, report.tlsCipher));
        if (!lines.isEmpty())
            html += Html::paragraph(lines);
        html += medium == Medium::Paper ? reportHtml.stepLines() : reportHtml.stepTable();
        html += reportHtml.tlsProfile(4); // when the run drew it
        if (report.roundTrip.attempted)
            html += reportHtml.roundTrip(4);
        if (report.dialback.enabled)
            html += reportHtml.dialback(4);
    }
    return html;
}

QString ProbeRunReportHtml::document(const QString &body, bool breakBeforePartners) const
{
    return Html::page(tr("Connection test report"),
                      Html::styleSheet()
                          // Each partner starts a new page on paper; a table's header row
                          // repeats on every page it spans.
                          + (breakBeforePartners ? QStringLiteral(
                                 "h2.partner{page-break-before:always;break-before:page}")
                                                 : QString())
                          + QStringLiteral("h3{margin-top:1.2em}"
                                           "thead{display:table-header-group}"
                                           "tr{page-break-inside:avoid}"),
                      body);
}

QString ProbeRunReportHtml::paperDocument(const QString &body) const
{
    // One small style sheet: Qt's rich text engine parses it for every section.
    return Html::page(tr("Connection test report"),
                      QStringLiteral("body{font-family:sans-serif;color:#263238}"
                                     ".pass{color:#2e7d32}.warning{color:#8d6e00}"
                                     ".fail,.failed{color:#c62828}"),
                      body);
}

QString ProbeRunReportHtml::summary(Medium medium) const
{
    QString html = QStringLiteral("<h1>") + Html::escape(tr("Connection test report"))
        + QStringLiteral("</h1>\n") + runDetails();
    html += QStringLiteral("<p><strong>") + Html::escape(m_run.scopeText())
        + QStringLiteral("</strong> — ") + Html::escape(m_run.countsText())
        + QStringLiteral("</p>\n");
    if (m_run.cancelled) {
        html += QStringLiteral("<p><strong>")
            + Html::escape(tr("The run was cancelled; the domains it did not finish are marked "
                              "Cancelled or Not tested."))
            + QStringLiteral("</strong></p>\n");
    }
    html += QStringLiteral("<h2>") + Html::escape(tr("Summary")) + QStringLiteral("</h2>\n");
    html += medium == Medium::Paper ? summaryLines() : summaryTable();
    return html;
}

QString ProbeRunReportHtml::page() const
{
    QString body = summary(Medium::Screen);
    for (const ProbeRunReport::PartnerResult &partner : m_run.partners)
        body += partnerSection(partner, Medium::Screen);
    return document(body, true);
}

QStringList ProbeRunReportHtml::sections() const
{
    QStringList sections {paperDocument(summary(Medium::Paper))};
    for (const ProbeRunReport::PartnerResult &partner : m_run.partners)
        sections.append(paperDocument(partnerSection(partner, Medium::Paper)));
    return sections;
}
