#pragma once

#include "report/proberunreport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The report of a Test all run as HTML: run details, a summary table, then each
// partner's section with its settings and, for each domain, the verdict and the steps.
// Every text in it is escaped.
class ProbeRunReportHtml final
{
    // The texts of the run's report, where translators find them beside its counts and
    // outcome names.
    Q_DECLARE_TR_FUNCTIONS(ProbeRunReport)

public:
    explicit ProbeRunReportHtml(const ProbeRunReport &run)
        : m_run(run)
    { }

    // One page, each partner starting a new page when printed.
    QString page() const;
    // The same content as separate documents, for paper: the summary, then one per
    // partner (ReportDocument starts each on a new page). Paper gets simpler markup than
    // the page: the summary and the steps as lines rather than bordered tables, and one
    // small style sheet, so that a thousand partners lay out in seconds.
    QStringList sections() const;

private:
    enum class Medium { Screen, Paper };

    QString document(const QString &body, bool breakBeforePartners) const;
    QString paperDocument(const QString &body) const;
    QString summary(Medium medium) const;
    QString runDetails() const;
    QString summaryTable() const;
    QString summaryLines() const;
    QString partnerSection(const ProbeRunReport::PartnerResult &result, Medium medium) const;

    const ProbeRunReport &m_run;
};
