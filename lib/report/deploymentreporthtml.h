#pragma once

#include "report/deploymentreport.h"

#include <QCoreApplication>
#include <QString>

// "Check my deployment" as one HTML page: the verdict, what the check cannot prove from
// here, the findings with their state and details, the advice, then the connection test's
// own sections (steps, DNS records, certificates, features, transcript). Every text in it
// is escaped.
class DeploymentReportHtml final
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentReport)

public:
    explicit DeploymentReportHtml(const DeploymentReport &report)
        : m_report(report)
    { }

    QString page() const;
    // The verdict, the summary and the scope note.
    QString verdict() const;
    // The findings: check, state, details.
    QString findingTable() const;
    // The advice sentences with their reason codes; empty when there is none.
    QString adviceList() const;

private:
    const DeploymentReport &m_report;
};
