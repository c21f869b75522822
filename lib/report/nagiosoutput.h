#pragma once

#include "report/proberunreport.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// A Test all run as a check of the Monitoring Plugins convention (Nagios, Icinga, Naemon,
// Zabbix and others that run such plugins): the state as the exit code, one status line
// first, then one line per domain, and performance data after a "|" on the status line.
//
//   XMPP PARTNERS CRITICAL - 1 of 3 domains fail: adatum.com (connection-refused) | …
//   … 'fabrikam.com time'=412ms;;;0 'fabrikam.com cert_days'=87;@~:30;@~:0 …
//   adatum.com: Fail (connection-refused) - 127.0.0.1:5269 refused the connection: …
//   fabrikam.com: Pass - TLS dialback
//
// The status line's words are English, as the convention has them (monitoring rules match
// them); the domain lines carry the verdicts and advice in the language installed now. The
// state is the worst domain's: a failing domain is CRITICAL, a warning WARNING, a domain
// left untested (or a run without any domain) UNKNOWN, and OK only when every domain passed.
//
// Performance data per domain, in the guidelines' syntax 'label'=value[UOM];[warn];[crit];
// [min];[max]: "DOMAIN time", the whole test in milliseconds (minimum 0), and
// "DOMAIN cert_days", the whole days until the partner's certificate expires, counted as the
// test counts them, with a warning range of 30 days or fewer (@~:30, the test's own expiry
// warning) and a critical one of 0 days or fewer; absent when the test saw no certificate.
// Labels are quoted, a quote in them doubled; a "|", which would end the plugin output, and
// control characters become "_".
class NagiosOutput final
{
public:
    enum class State { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

    // `now` is when the certificates' days left are counted from (for cert_days).
    explicit NagiosOutput(const ProbeRunReport &run,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    State state() const;
    // The plugin's exit code: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
    int exitCode() const { return int(state()); }
    // "XMPP PARTNERS CRITICAL - 1 of 3 domains fail: …", without the performance data.
    QString summary() const;
    // The performance data, space separated; empty when no domain was tested.
    QString performanceData() const;
    // Every line, each ending with a line feed: the status line with its performance data,
    // then one line per domain.
    QString text() const;

    // "OK", "WARNING", "CRITICAL", "UNKNOWN".
    static QString stateName(State state);
    // "XMPP PARTNERS UNKNOWN - MESSAGE" and a line feed: the whole output when the check
    // could not run (bad arguments, an unreadable partner file).
    static QString unknownText(const QString &message);
    // A performance data label: quoted, "'" doubled, "|" and control characters as "_".
    static QString label(const QString &text);
    // One line of plugin text: line breaks as spaces, "|" as "/" (it would start the
    // performance data).
    static QString pluginText(const QString &text);

private:
    struct Entry
    {
        QString domain;
        ProbeRunReport::Outcome outcome = ProbeRunReport::Outcome::NotTested;
        ProbeReport report;
    };

    QList<Entry> entriesWith(ProbeRunReport::Outcome outcome) const;

    QList<Entry> m_entries; // every domain of the run, in its order
    QDateTime m_now;
};
