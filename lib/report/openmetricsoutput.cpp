#include "report/openmetricsoutput.h"

#include <QSet>

#include <functional>
#include <utility>

namespace {

using Outcome = ProbeRunReport::Outcome;

struct Domain
{
    QString partner;
    const ProbeRunReport::DomainResult *result = nullptr;
};

// One metric family: its metadata, then one sample per domain that has a value.
struct Family
{
    QString name;
    QString unit; // empty, or the name's suffix ("seconds")
    QString help; // no backslash, quote or line break: the same in both text formats
};

QString labels(const Domain &domain)
{
    return u"partner=\""_qs + OpenMetricsOutput::escapeLabelValue(domain.partner)
        + u"\",domain=\""_qs + OpenMetricsOutput::escapeLabelValue(domain.result->domain) + u'"';
}

QString seconds(qint64 milliseconds)
{
    return QString::number(double(milliseconds) / 1000.0, 'f', 3);
}

bool wasTested(const ProbeRunReport::DomainResult &result)
{
    return !result.report.steps.isEmpty();
}

// One sample of a family for a domain: the labels after partner and domain (",verdict=\"pass\""
// or empty) and the value.
using Sample = std::pair<QString, QString>;

void writeFamily(QString *out, const Family &family, const QList<Domain> &domains,
                 const std::function<QList<Sample>(const Domain &)> &samplesOf)
{
    QString samples;
    for (const Domain &domain : domains) {
        for (const auto &[extraLabels, value] : samplesOf(domain))
            samples += family.name + u'{' + labels(domain) + extraLabels + u"} "_qs + value + u'\n';
    }
    if (samples.isEmpty())
        return;
    *out += u"# TYPE "_qs + family.name + u" gauge\n"_qs;
    if (!family.unit.isEmpty())
        *out += u"# UNIT "_qs + family.name + u' ' + family.unit + u'\n';
    *out += u"# HELP "_qs + family.name + u' ' + family.help + u'\n';
    *out += samples;
}

} // namespace

OpenMetricsOutput::OpenMetricsOutput(const ProbeRunReport &run)
    : m_run(run)
{ }

QByteArray OpenMetricsOutput::text() const
{
    QList<Domain> domains;
    QSet<QString> seen;
    for (const ProbeRunReport::PartnerResult &partner : m_run.partners) {
        for (const ProbeRunReport::DomainResult &result : partner.domains) {
            if (seen.contains(result.domain))
                continue;
            seen.insert(result.domain);
            domains.append({partner.partner.domain, &result});
        }
    }

    QString out;
    writeFamily(
        &out,
        {u"xmpp_partners_verdict"_qs,
         {},
         u"The connection test's verdict of the domain: 1 for its verdict (pass, "
         "warning, fail), 0 for the others; all 0 when it was not tested."_qs},
        domains, [](const Domain &domain) {
            const Outcome outcome = domain.result->outcome();
            const auto state = [](const QString &name, bool current) {
                return Sample {u",verdict=\""_qs + name + u'"', current ? u"1"_qs : u"0"_qs};
            };
            return QList<Sample> {state(u"pass"_qs, outcome == Outcome::Passed),
                                  state(u"warning"_qs, outcome == Outcome::Warning),
                                  state(u"fail"_qs, outcome == Outcome::Failed)};
        });
    writeFamily(
        &out,
        {u"xmpp_partners_duration_seconds"_qs, u"seconds"_qs,
         u"How long the connection test of the domain took."_qs},
        domains, [](const Domain &domain) {
            if (!wasTested(*domain.result))
                return QList<Sample> {};
            return QList<Sample> {{QString(), seconds(domain.result->report.totalDurationMs())}};
        });
    writeFamily(
        &out,
        {u"xmpp_partners_certificate_not_after_timestamp_seconds"_qs, u"seconds"_qs,
         u"When the certificate the partner's server presented expires (Unix time)."_qs},
        domains, [](const Domain &domain) {
            const ProbeReport &report = domain.result->report;
            if (report.certificates.isEmpty()
                || !report.certificates.constFirst().notAfter.isValid())
                return QList<Sample> {};
            return QList<Sample> {
                {QString(),
                 QString::number(report.certificates.constFirst().notAfter.toSecsSinceEpoch())}};
        });
    writeFamily(
        &out,
        {u"xmpp_partners_last_run_timestamp_seconds"_qs, u"seconds"_qs,
         u"When the last connection test of the domain started (Unix time)."_qs},
        domains, [](const Domain &domain) {
            const ProbeReport &report = domain.result->report;
            if (!wasTested(*domain.result) || !report.startedAt.isValid())
                return QList<Sample> {};
            return QList<Sample> {{QString(), seconds(report.startedAt.toMSecsSinceEpoch())}};
        });
    out += u"# EOF\n"_qs;
    return out.toUtf8();
}

QString OpenMetricsOutput::escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += u"\\\\"_qs;
        else if (c == u'"')
            escaped += u"\\\""_qs;
        else if (c == u'\n')
            escaped += u"\\n"_qs;
        else
            escaped += c;
    }
    return escaped;
}
