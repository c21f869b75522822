#include "report/proberunreport.h"

#include "probe/proberunner.h"
#include "report/proberunreporthtml.h"
#include "version.h"

#include <QJsonArray>

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

QString ProbeRunReport::notTestedText()
{
    return tr("The run was cancelled before this test started.");
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
             {QStringLiteral("dnsServer"), settings.nameserver.toString()},
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

QString ProbeRunReport::toHtml() const
{
    return ProbeRunReportHtml(*this).page();
}

QStringList ProbeRunReport::htmlSections() const
{
    return ProbeRunReportHtml(*this).sections();
}
