#pragma once

#include "report/proberunreport.h"

#include <QByteArray>
#include <QString>

// A Test all run as metrics in the OpenMetrics text format, for node_exporter's textfile
// collector (or any scraper that reads OpenMetrics). Every sample has the labels
// partner (the partner's primary domain) and domain (the domain tested):
//
//   xmpp_partners_verdict{partner,domain,verdict}  1 for the domain's verdict ("pass",
//       "warning", "fail"), 0 for the two others; all three 0 for a domain not tested.
//   xmpp_partners_duration_seconds                 how long the domain's test took.
//   xmpp_partners_certificate_not_after_timestamp_seconds
//                                                  when the partner's certificate expires,
//                                                  only for a domain whose test saw one.
//   xmpp_partners_last_run_timestamp_seconds       when the domain's test started.
//
// All are gauges. The verdict is not an OpenMetrics stateset, although it is one in
// meaning: node_exporter's textfile collector reads the older Prometheus text format, which
// refuses a "stateset" type, and ignores the "# UNIT" and "# EOF" lines. The gauges with a
// "verdict" label read the same in both formats, and an alert is a plain comparison:
// xmpp_partners_verdict{verdict="fail"} == 1. No sample has a timestamp (the collector
// refuses them); a stale file shows in last_run.
//
// Label values are escaped (\\, \", \n); a domain asked for twice is written once.
class OpenMetricsOutput final
{
public:
    explicit OpenMetricsOutput(const ProbeRunReport &run);

    // The whole exposition, UTF-8, ending with "# EOF" and a line feed.
    QByteArray text() const;

    // A label value between its quotes: backslash, double quote and line feed escaped.
    static QString escapeLabelValue(const QString &value);

private:
    ProbeRunReport m_run;
};
