#pragma once

#include "partners/partner.h"
#include "probe/probesettings.h"
#include "report/probereport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class ProbeRunner;

// The results of one Test all run: every partner it tested with the report of each of
// its domains, when the run started, how long it took and the settings it used. Written
// as one HTML page (run details, a summary table, then each partner's steps and advice)
// or as JSON (the run, a summary and every domain's ProbeReport::toJson()). The texts
// are translated when written, so one run reads in either language.
class ProbeRunReport final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeRunReport)

public:
    static constexpr int FormatVersion = 1;

    // A domain's result in the run. Cancelled: its test started and was stopped;
    // NotTested: the run was cancelled before its test started.
    enum class Outcome { Passed, Warning, Failed, Cancelled, NotTested };

    // How bad an outcome is, the one rule for a partner's worst domain and a whole run's
    // worst result: passed, then cancelled or not tested, then warning, then failed.
    static int severity(Outcome outcome);
    // The worse of two outcomes; `current` when they are as bad.
    static Outcome worse(Outcome current, Outcome candidate);
    // The outcome of one domain's test: NotTested when it never started (no steps).
    static Outcome outcomeOf(const ProbeReport &report);

    struct DomainResult
    {
        QString domain;
        ProbeReport report; // steps empty when the test never started
        Outcome outcome() const;
    };

    struct PartnerResult
    {
        Partner partner;
        QList<DomainResult> domains; // primary domain first
        // The worst outcome among the domains: failed, warning, not tested, passed.
        Outcome outcome() const;
    };

    struct Counts
    {
        int passed = 0;
        int warnings = 0;
        int failed = 0;
        int notTested = 0; // cancelled or never started
        int total() const { return passed + warnings + failed + notTested; }
    };

    // The run of `runner` as it stands: its jobs grouped by partner, in the order
    // they were given.
    static ProbeRunReport fromRunner(const ProbeRunner &runner);

    QList<PartnerResult> partners;
    ProbeSettings settings;
    QDateTime startedAt;
    qint64 durationMs = 0;
    bool cancelled = false;
    QString partnerFile; // the file the partners came from; may be empty

    // The worst outcome of every domain of the run; NotTested when it has none.
    Outcome outcome() const;
    Counts counts() const;
    int domainCount() const;
    // Whether any domain has a result worth keeping (finished, even as cancelled).
    bool hasResults() const;

    static QString outcomeName(Outcome outcome);
    // What a NotTested domain shows where a tested one shows its advice.
    static QString notTestedText();
    static QString wireName(Outcome outcome);
    // "1 passed, 2 with a warning, 0 failed" (and the domains not tested, if any).
    QString countsText() const;
    // "3 partners, 4 domains", the heading of the counts.
    QString scopeText() const;

    QJsonObject toJson() const;
    // One HTML page: run details, summary table, then each partner's section
    // (ProbeRunReportHtml).
    QString toHtml() const;
    // The same as separate HTML documents, for paper: the summary, then one per
    // partner (ReportDocument starts each on a new page).
    QStringList htmlSections() const;
};
