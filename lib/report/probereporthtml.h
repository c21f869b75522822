#pragma once

#include "report/probereport.h"

#include <QCoreApplication>
#include <QString>

// A connection test's report as one HTML page: verdict, steps, DNS records, certificates,
// TLS profile, features, round trip, transcript; and the pieces of it that the report of a whole
// Test all run shows for each domain too. Every text in them is escaped.
class ProbeReportHtml final
{
    // The texts of the report, where translators find them beside its step and state
    // names.
    Q_DECLARE_TR_FUNCTIONS(ProbeReport)

public:
    explicit ProbeReportHtml(const ProbeReport &report)
        : m_report(report)
    { }

    QString page() const;
    // The verdict and the method in one paragraph, then the advice.
    QString verdict() const;
    // The table of steps: name, state, duration, details.
    QString stepTable() const;
    // The same steps for paper, one line each in a single paragraph: name — state —
    // duration — details. Far cheaper to lay out than a bordered table.
    QString stepLines() const;
    // The "TLS profile" section: each version's result, the grade and its reasons, forward
    // secrecy, the certificate's key and signature, OCSP stapling, chain completeness.
    // Empty when the profile was not drawn. The report window shows it too; the report of
    // a Test all run, under its domain's heading (`headingLevel` 4).
    QString tlsProfile(int headingLevel = 2) const;
    // The "Round trip" section: the ping's time or what it got, the server's software,
    // its disco identities and features (those that matter between servers marked), or
    // why there was no round trip.
    QString roundTrip(int headingLevel = 2) const;
    // The "Full server dialback" section: off, or the listener, the key sent, the partner's
    // answer and whether it connected back. The report window shows it too.
    QString dialback(int headingLevel = 2) const;

    // The other sections of page(), each with its heading; the deployment check's page
    // (DeploymentReportHtml) shows them too.
    QString recordTable() const;
    QString certificateTable() const;
    QString features() const;
    QString transcript() const;

private:
    const ProbeReport &m_report;
};
