#include "report/proberunreport.h"

#include "probe/proberunner.h"
#include "version.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString fileNameOrNone(const QString &path, const QString &none)
{
    return path.isEmpty() ? none : QFileInfo(path).fileName();
}

} // namespace

int ProbeRunReport::severity(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return 0;
    case Outcome::Cancelled:
    case Outcome::NotTested:
        return 1;
    case Outcome::Warning:
        return 2;
    case Outcome::Failed:
        return 3;
    }
    return 0;
}

ProbeRunReport::Outcome ProbeRunReport::worse(Outcome current, Outcome candidate)
{
    return severity(candidate) > severity(current) ? candidate : current;
}

ProbeRunReport::Outcome ProbeRunReport::outcomeOf(const ProbeReport &report)
{
    if (report.steps.isEmpty())
        return Outcome::NotTested;
    if (report.cancelled)
        return Outcome::Cancelled;
    switch (report.verdict) {
    case ProbeReport::ConnectionVerdict::Pass:
        return Outcome::Passed;
    case ProbeReport::ConnectionVerdict::Warning:
        return Outcome::Warning;
    case ProbeReport::ConnectionVerdict::Fail:
        return Outcome::Failed;
    }
    return Outcome::Failed;
}

ProbeRunReport::Outcome ProbeRunReport::DomainResult::outcome() const
{
    return outcomeOf(report);
}

ProbeRunReport::Outcome ProbeRunReport::PartnerResult::outcome() const
{
    if (domains.isEmpty())
        return Outcome::NotTested;
    Outcome worst = Outcome::Passed;
    for (const DomainResult &result : domains)
        worst = worse(worst, result.outcome());
    return worst;
}

ProbeRunReport::Outcome ProbeRunReport::outcome() const
{
    if (partners.isEmpty())
        return Outcome::NotTested;
    Outcome worst = Outcome::Passed;
    for (const PartnerResult &partner : partners)
        worst = worse(worst, partner.outcome());
    return worst;
}

ProbeRunReport ProbeRunReport::fromRunner(const ProbeRunner &runner)
{
    ProbeRunReport run;
    run.settings = runner.settings();
    run.startedAt = runner.startedAt();
    run.durationMs = runner.durationMs();
    run.cancelled = runner.wasCancelled();
    const QList<ProbeRunner::Job> &jobs = runner.jobs();
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const ProbeRunner::Job &job = jobs.at(i);
        // Jobs come partner by partner (ProbeRunner::jobsFor).
        if (run.partners.isEmpty() || run.partners.last().partner.domain != job.partner.domain)
            run.partners.append({job.partner, {}});
        DomainResult result {job.domain, runner.reports().value(i)};
        result.report.domain = job.domain;
        run.partners.last().domains.append(result);
    }
    return run;
}

ProbeRunReport::Counts ProbeRunReport::counts() const
{
    Counts counts;
    for (const PartnerResult &partner : partners) {
        for (const DomainResult &result : partner.domains) {
            switch (result.outcome()) {
            case Outcome::Passed:
                ++counts.passed;
                break;
            case Outcome::Warning:
                ++counts.warnings;
                break;
            case Outcome::Failed:
                ++counts.failed;
                break;
            case Outcome::Cancelled:
            case Outcome::NotTested:
                ++counts.notTested;
                break;
            }
        }
    }
    return counts;
}

int ProbeRunReport::domainCount() const
{
    int count = 0;
    for (const PartnerResult &partner : partners)
        count += int(partner.domains.size());
    return count;
}

bool ProbeRunReport::hasResults() const
{
    for (const PartnerResult &partner : partners) {
        for (const DomainResult &result : partner.domains) {
            if (result.outcome() != Outcome::NotTested)
                return true;
        }
    }
    return false;
}

QString ProbeRunReport::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return ProbeReport::verdictName(ProbeReport::ConnectionVerdict::Pass);
    case Outcome::Warning:
        return ProbeReport::verdictName(ProbeReport::ConnectionVerdict::Warning);
    case Outcome::Failed:
        return ProbeReport::verdictName(ProbeReport::ConnectionVerdict::Fail);
    case Outcome::Cancelled:
        return tr("Cancelled", "connection test outcome");
    case Outcome::NotTested:
        return tr("Not tested", "connection test outcome");
    }
    return {};
}

QString ProbeRunReport::wireName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("pass");
    case Outcome::Warning:
        return QStringLiteral("warning");
    case Outcome::Failed:
        return QStringLiteral("fail");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::NotTested:
        return QStringLiteral("notTested");
    }
    return {};
}

QString ProbeRunReport::countsText() const
{
    const Counts c = counts();
    QString text = tr("%1, %2, %3", "passed, with a warning, failed")
                       .arg(tr("%n passed", "test run summary", c.passed),
                            tr("%n with a warning", "test run summary", c.warnings),
                            tr("%n failed", "test run summary", c.failed));
    if (c.notTested > 0)
        text = tr("%1, %2", "counts, not tested")
                   .arg(text, tr("%n not tested", "test run summary", c.notTested));
    return text;
}

QString ProbeRunReport::scopeText() const
{
    return tr("%1, %2", "partners, domains")
        .arg(tr("%n partner(s)", "test run summary", int(partners.size())),
             tr("%n domain(s)", "test run summary", domainCount()));
}

QJsonObject ProbeRunReport::toJson() const
{
    const Counts c = counts();
    QJsonArray partnerArray;
    QJsonArray reportArray;
    for (const PartnerResult &partner : partners) {
        QJsonArray domains;
        for (const DomainResult &result : partner.domains) {
            domains.append(result.domain);
            QJsonObject object;
            if (result.outcome() == Outcome::NotTested)
                object.insert(QStringLiteral("domain"), result.domain);
            else
                object = result.report.toJson();
            object.insert(QStringLiteral("partner"), partner.partner.domain);
            object.insert(QStringLiteral("outcome"), wireName(result.outcome()));
            reportArray.append(object);
        }
        partnerArray.append(QJsonObject {
            {QStringLiteral("domain"), partner.partner.domain},
            {QStringLiteral("outcome"), wireName(partner.outcome())},
            {QStringLiteral("domains"), domains},
        });
    }
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("xmpp-partners-test-report")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("generator"),
         QString(QStringLiteral("xmpp-partners ") + applicationVersion())},
        {QStringLiteral("partnerFile"), partnerFile},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("settings"),
         QJsonObject {
             {QStringLiteral("localDomain"), settings.localDomain},
             {QStringLiteral("dnsServer"),
              settings.nameserver.isNull() ? QString() : settings.nameserver.toString()},
             {QStringLiteral("extraCaFile"), settings.extraCaFile},
             {QStringLiteral("clientCertificateFile"), settings.clientCertificateFile},
             {QStringLiteral("hostOverride"), settings.hostOverride},
             {QStringLiteral("stepTimeoutMs"), settings.stepTimeoutMs},
             {QStringLiteral("totalBudgetMs"), settings.totalBudgetMs},
             {QStringLiteral("parallelTests"), settings.parallelTests},
         }},
        {QStringLiteral("summary"),
         QJsonObject {
             {QStringLiteral("partners"), int(partners.size())},
             {QStringLiteral("domains"), domainCount()},
             {QStringLiteral("passed"), c.passed},
             {QStringLiteral("warning"), c.warnings},
             {QStringLiteral("failed"), c.failed},
             {QStringLiteral("notTested"), c.notTested},
         }},
        {QStringLiteral("partners"), partnerArray},
        {QStringLiteral("reports"), reportArray},
    };
}

QString ProbeRunReport::htmlRunDetails() const
{
    const QLocale locale;
    const QString none = tr("none");
    QStringList lines;
    if (!partnerFile.isEmpty())
        lines.append(tr("Partner file: %1").arg(QFileInfo(partnerFile).fileName()));
    lines.append(tr("Started: %1").arg(locale.toString(startedAt, QLocale::LongFormat)));
    lines.append(tr("Duration: %1 s").arg(locale.toString(double(durationMs) / 1000.0, 'f', 1)));
    lines.append(tr("Local domain: %1").arg(settings.localDomain));
    lines.append(tr("DNS server: %1")
                     .arg(settings.nameserver.isNull() ? tr("the system's")
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
    QString html = QStringLiteral("<p>");
    for (qsizetype i = 0; i < lines.size(); ++i)
        html += (i > 0 ? QStringLiteral("<br>") : QString()) + esc(lines.at(i));
    html += QStringLiteral("</p>\n");
    return html;
}

QString ProbeRunReport::htmlSummaryTable() const
{
    QString html = QStringLiteral("<table class=\"summary\" width=\"100%\"><thead><tr><th>")
        + esc(tr("Partner")) + QStringLiteral("</th><th>") + esc(tr("Domain"))
        + QStringLiteral("</th><th>") + esc(tr("Verdict")) + QStringLiteral("</th><th>")
        + esc(tr("Advice")) + QStringLiteral("</th></tr></thead>\n");
    for (const PartnerResult &partner : partners) {
        for (qsizetype i = 0; i < partner.domains.size(); ++i) {
            const DomainResult &result = partner.domains.at(i);
            const Outcome outcome = result.outcome();
            html += QStringLiteral("<tr>");
            if (i == 0) {
                html += QStringLiteral("<td rowspan=\"%1\">").arg(partner.domains.size())
                    + esc(partner.partner.domain) + QStringLiteral("</td>");
            }
            html += QStringLiteral("<td>") + esc(result.domain)
                + QStringLiteral("</td><td class=\"") + wireName(outcome)
                + QStringLiteral("\"><strong>") + esc(outcomeName(outcome))
                + QStringLiteral("</strong>");
            if (outcome != Outcome::NotTested && !result.report.method.isEmpty())
                html += QStringLiteral("<br>") + esc(result.report.method.toString());
            html += QStringLiteral("</td><td>");
            if (outcome == Outcome::NotTested)
                html += esc(tr("The run was cancelled before this test started."));
            else
                html += esc(result.report.advice.toString());
            html += QStringLiteral("</td></tr>\n");
        }
    }
    html += QStringLiteral("</table>\n");
    return html;
}

QString ProbeRunReport::htmlPartnerSection(const PartnerResult &result) const
{
    const Partner &partner = result.partner;
    const QLocale locale;
    QString html = QStringLiteral("<h2 class=\"partner\">")
        + esc(tr("Partner: %1").arg(partner.domain)) + QStringLiteral("</h2>\n<p>");
    if (!partner.description.isEmpty()) {
        html += esc(partner.description).replace(u'\n', QStringLiteral("<br>"))
            + QStringLiteral("<br>");
    }
    html += esc(tr("Partner type: %1").arg(displayName(partner.partnerType)))
        + QStringLiteral("<br>")
        + esc(tr("TLS negotiation: %1; SASL negotiation: %2; dialback negotiation: %3")
                  .arg(displayName(partner.tlsNegotiation), displayName(partner.saslNegotiation),
                       dialbackDisplayName(partner.supportDialbackNegotiation)));
    if (!partner.proxyFqdn.isEmpty())
        html += QStringLiteral("<br>") + esc(tr("Proxy FQDN: %1").arg(partner.proxyFqdn));
    html += QStringLiteral("</p>\n");
    for (const DomainResult &domain : result.domains) {
        if (result.domains.size() > 1) {
            html += QStringLiteral("<h3>") + esc(tr("Domain: %1").arg(domain.domain))
                + QStringLiteral("</h3>\n");
        }
        if (domain.outcome() == Outcome::NotTested) {
            html += QStringLiteral("<p class=\"notTested\"><strong>")
                + esc(outcomeName(Outcome::NotTested)) + QStringLiteral("</strong></p>\n<p>")
                + esc(tr("The run was cancelled before this test started."))
                + QStringLiteral("</p>\n");
            continue;
        }
        const ProbeReport &report = domain.report;
        html += report.htmlVerdict();
        QStringList lines;
        if (report.startedAt.isValid())
            lines.append(tr("Started: %1")
                             .arg(locale.toString(report.startedAt.time(), QLocale::LongFormat)));
        if (!report.connectedTo.isEmpty())
            lines.append(tr("Server: %1").arg(report.connectedTo));
        if (!report.tlsProtocol.isEmpty())
            lines.append(tr("TLS: %1, %2").arg(report.tlsProtocol, report.tlsCipher));
        if (!lines.isEmpty()) {
            html += QStringLiteral("<p>");
            for (qsizetype i = 0; i < lines.size(); ++i)
                html += (i > 0 ? QStringLiteral("<br>") : QString()) + esc(lines.at(i));
            html += QStringLiteral("</p>\n");
        }
        html += report.htmlStepTable();
    }
    return html;
}

QString ProbeRunReport::htmlDocument(const QString &body, bool breakBeforePartners) const
{
    const QLocale locale;
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>")
               .arg(locale.bcp47Name())
        + esc(tr("Connection test report")) + QStringLiteral("</title><style>")
        + ProbeReport::htmlStyle()
        // Each partner starts a new page on paper; a table's header row repeats on every
        // page it spans.
        + (breakBeforePartners
               ? QStringLiteral("h2.partner{page-break-before:always;break-before:page}")
               : QString())
        + QStringLiteral("h3{margin-top:1.2em}"
                         "thead{display:table-header-group}"
                         "tr{page-break-inside:avoid}")
        + QStringLiteral("</style></head><body>\n") + body + QStringLiteral("</body></html>\n");
}

QString ProbeRunReport::htmlSummary() const
{
    QString html = QStringLiteral("<h1>") + esc(tr("Connection test report"))
        + QStringLiteral("</h1>\n") + htmlRunDetails();
    html += QStringLiteral("<p><strong>") + esc(scopeText()) + QStringLiteral("</strong> — ")
        + esc(countsText()) + QStringLiteral("</p>\n");
    if (cancelled) {
        html += QStringLiteral("<p><strong>")
            + esc(tr("The run was cancelled; the domains it did not finish are marked Cancelled or "
                     "Not tested."))
            + QStringLiteral("</strong></p>\n");
    }
    html += QStringLiteral("<h2>") + esc(tr("Summary")) + QStringLiteral("</h2>\n");
    html += htmlSummaryTable();
    return html;
}

QString ProbeRunReport::toHtml() const
{
    QString body = htmlSummary();
    for (const PartnerResult &partner : partners)
        body += htmlPartnerSection(partner);
    return htmlDocument(body, true);
}

QStringList ProbeRunReport::htmlSections() const
{
    QStringList sections {htmlDocument(htmlSummary(), false)};
    for (const PartnerResult &partner : partners)
        sections.append(htmlDocument(htmlPartnerSection(partner), false));
    return sections;
}
