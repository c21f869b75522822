#include "report/nagiosoutput.h"

#include <QSet>

namespace {

using Outcome = ProbeRunReport::Outcome;

// The status line names this many domains of each kind, then how many more there are:
// NRPE and some cores cut a plugin's output at a few kilobytes.
constexpr qsizetype NamedDomains = 10;

// The expiry warning of the connection test (ProbeRecorder::ExpiryWarningDays): 30 days or
// fewer left, as a range that alerts inside it.
const QString CertWarningRange = QStringLiteral("@~:30");
const QString CertCriticalRange = QStringLiteral("@~:0");

bool isUntested(Outcome outcome)
{
    return outcome == Outcome::NotTested || outcome == Outcome::Cancelled;
}

} // namespace

NagiosOutput::NagiosOutput(const ProbeRunReport &run, const QDateTime &now)
    : m_now(now)
{
    QSet<QString> seen; // a domain asked for twice is one check
    for (const ProbeRunReport::PartnerResult &partner : run.partners) {
        for (const ProbeRunReport::DomainResult &result : partner.domains) {
            if (seen.contains(result.domain))
                continue;
            seen.insert(result.domain);
            m_entries.append({result.domain, result.outcome(), result.report});
        }
    }
}

NagiosOutput::State NagiosOutput::state() const
{
    if (m_entries.isEmpty())
        return State::Unknown;
    State state = State::Ok;
    for (const Entry &entry : m_entries) {
        if (entry.outcome == Outcome::Failed)
            return State::Critical;
        if (entry.outcome == Outcome::Warning)
            state = State::Warning;
        else if (isUntested(entry.outcome) && state == State::Ok)
            state = State::Unknown;
    }
    return state;
}

QList<NagiosOutput::Entry> NagiosOutput::entriesWith(Outcome outcome) const
{
    QList<Entry> found;
    for (const Entry &entry : m_entries) {
        if (entry.outcome == outcome || (isUntested(outcome) && isUntested(entry.outcome)))
            found.append(entry);
    }
    return found;
}

QString NagiosOutput::summary() const
{
    const State current = state();
    const QString head = u"XMPP PARTNERS "_qs + stateName(current) + u" - "_qs;
    if (m_entries.isEmpty())
        return head + u"no partner domain to test"_qs;
    const QString total = QString::number(m_entries.size());
    // "adatum.com (connection-refused), b.example (tls-required)" and how many more.
    const auto names = [](const QList<Entry> &entries) {
        QStringList named;
        for (const Entry &entry : entries.first(qMin(entries.size(), NamedDomains))) {
            const QString reason = entry.report.reason;
            named.append(reason.isEmpty() || isUntested(entry.outcome)
                             ? entry.domain
                             : entry.domain + u" ("_qs + reason + u')');
        }
        QString text = named.join(u", "_qs);
        if (entries.size() > NamedDomains)
            text += u" and "_qs + QString::number(entries.size() - NamedDomains) + u" more"_qs;
        return pluginText(text);
    };
    const QList<Entry> failed = entriesWith(Outcome::Failed);
    const QList<Entry> warned = entriesWith(Outcome::Warning);
    const QList<Entry> untested = entriesWith(Outcome::NotTested);
    if (failed.isEmpty() && warned.isEmpty() && untested.isEmpty())
        return head + total + u" of "_qs + total + u" domains pass"_qs;

    // The worst kind first, with the total; the others after it.
    QStringList parts;
    const auto add = [&](const QList<Entry> &entries, const QString &verb) {
        if (entries.isEmpty())
            return;
        const QString count = QString::number(entries.size());
        const QString counted
            = parts.isEmpty() ? QString(count + u" of "_qs + total + u" domains"_qs) : count;
        parts.append(counted + u' ' + verb + u": "_qs + names(entries));
    };
    add(failed, u"fail"_qs);
    add(warned, u"warn"_qs);
    add(untested, u"not tested"_qs);
    return head + parts.join(u"; "_qs);
}

QString NagiosOutput::performanceData() const
{
    QStringList data;
    for (const Entry &entry : m_entries) {
        if (isUntested(entry.outcome) && entry.report.steps.isEmpty())
            continue;
        data.append(label(entry.domain + u" time"_qs) + u'='
                    + QString::number(entry.report.totalDurationMs()) + u"ms;;;0"_qs);
        if (entry.report.certificates.isEmpty())
            continue;
        const QDateTime notAfter = entry.report.certificates.constFirst().notAfter;
        if (!notAfter.isValid())
            continue;
        data.append(label(entry.domain + u" cert_days"_qs) + u'='
                    + QString::number(m_now.daysTo(notAfter)) + u';' + CertWarningRange + u';'
                    + CertCriticalRange);
    }
    return data.join(u' ');
}

QString NagiosOutput::text() const
{
    QString out = summary();
    const QString data = performanceData();
    if (!data.isEmpty())
        out += u" | "_qs + data;
    out += u'\n';
    for (const Entry &entry : m_entries) {
        QString line = entry.domain + u": "_qs + ProbeRunReport::outcomeName(entry.outcome);
        QString detail;
        if (isUntested(entry.outcome) && entry.report.steps.isEmpty()) {
            detail = ProbeRunReport::notTestedText();
        } else {
            if (!entry.report.reason.isEmpty() && entry.outcome != Outcome::Passed)
                line += u" ("_qs + entry.report.reason + u')';
            detail = entry.outcome == Outcome::Passed ? entry.report.method.toString()
                                                      : entry.report.advice.toString();
        }
        if (!detail.isEmpty())
            line += u" - "_qs + detail;
        out += pluginText(line) + u'\n';
    }
    return out;
}

QString NagiosOutput::stateName(State state)
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("OK");
    case State::Warning:
        return QStringLiteral("WARNING");
    case State::Critical:
        return QStringLiteral("CRITICAL");
    case State::Unknown:
        return QStringLiteral("UNKNOWN");
    }
    return QStringLiteral("UNKNOWN");
}

QString NagiosOutput::unknownText(const QString &message)
{
    return u"XMPP PARTNERS UNKNOWN - "_qs + pluginText(message) + u'\n';
}

QString NagiosOutput::label(const QString &text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += u'\'';
    for (const QChar c : text) {
        if (c == u'\'')
            quoted += u"''"_qs;
        else if (c == u'|' || c.category() == QChar::Other_Control)
            quoted += u'_';
        else
            quoted += c;
    }
    quoted += u'\'';
    return quoted;
}

QString NagiosOutput::pluginText(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'|')
            line += u'/';
        else if (c == u'\n' || c == u'\r' || c == u'\t')
            line += u' ';
        else if (c.category() == QChar::Other_Control)
            line += u'_';
        else
            line += c;
    }
    return line;
}
