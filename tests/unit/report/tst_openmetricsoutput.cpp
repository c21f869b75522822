// A Test all run as OpenMetrics for node_exporter's textfile collector, read back by a real
// parser (the Prometheus Python client's strict OpenMetrics parser): the families, their
// types, units and help, the verdict as 1 and 0 per state, durations and timestamps in
// seconds, the certificate's expiry only where one was seen, and any partner or domain text
// escaped so that it reads back as it was.
#include "openmetricsparser.h"
#include "report/openmetricsoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

using Outcome = ProbeRunReport::Outcome;

const QDateTime Started(QDate(2026, 12, 1), QTime(6, 0, 5, 250), Qt::UTC);
const QDateTime NotAfter(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);

ProbeReport reportWith(const QString &domain, Outcome outcome, qint64 durationMs)
{
    ProbeReport report;
    report.domain = domain;
    if (outcome == Outcome::NotTested)
        return report;
    report.startedAt = Started;
    report.verdict = outcome == Outcome::Passed ? ProbeReport::ConnectionVerdict::Pass
        : outcome == Outcome::Warning           ? ProbeReport::ConnectionVerdict::Warning
                                                : ProbeReport::ConnectionVerdict::Fail;
    report.cancelled = outcome == Outcome::Cancelled;
    report.stepResult(ProbeReport::Step::Connect)
        = {ProbeReport::Step::Connect, ProbeReport::StepState::Passed, 3, {}};
    report.stepResult(ProbeReport::Step::Verdict)
        = {ProbeReport::Step::Verdict, ProbeReport::StepState::Passed, durationMs, {}};
    return report;
}

ProbeReport::Certificate certificateUntil(const QDateTime &notAfter)
{
    ProbeReport::Certificate certificate;
    certificate.notAfter = notAfter;
    return certificate;
}

using Parsed = OpenMetricsParse;

// The exposition through the real parser.
Parsed parse(const QByteArray &exposition)
{
    return OpenMetricsParse::of(exposition);
}

QJsonObject family(const QJsonArray &families, const QString &name)
{
    for (const QJsonValue &value : families) {
        if (value.toObject().value(u"name"_qs).toString() == name)
            return value.toObject();
    }
    return {};
}

// The samples of a family whose labels include `labels`.
QList<QJsonObject> samples(const QJsonObject &family, const QVariantMap &labels = {})
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : family.value(u"samples"_qs).toArray()) {
        const QVariantMap sampleLabels
            = value.toObject().value(u"labels"_qs).toObject().toVariantMap();
        bool matches = true;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            matches = matches && sampleLabels.value(it.key()) == it.value();
        if (matches)
            found.append(value.toObject());
    }
    return found;
}

double valueOf(const QJsonObject &family, const QVariantMap &labels)
{
    const QList<QJsonObject> found = samples(family, labels);
    return found.size() == 1 ? found.first().value(u"value"_qs).toDouble() : qQNaN();
}

} // namespace

class tst_OpenMetricsOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realParserReadsEveryFamily();
    void verdictIsOneStatePerDomain();
    void certificateExpiryOnlyWhenSeen();
    void notTestedDomainHasOnlyItsVerdict();
    void oddPartnerAndDomainTextReadsBack();
    void emptyRunIsStillValid();
    void escapesLabelValues();

private:
    static ProbeRunReport sample();
};

ProbeRunReport tst_OpenMetricsOutput::sample()
{
    ProbeRunReport run;
    Partner fabrikam;
    fabrikam.domain = u"fabrikam.com"_qs;
    ProbeReport pass = reportWith(u"fabrikam.com"_qs, Outcome::Passed, 412);
    pass.certificates = {certificateUntil(NotAfter), certificateUntil(NotAfter.addYears(5))};
    run.partners.append(
        {fabrikam,
         {{u"fabrikam.com"_qs, pass},
          {u"corp.fabrikam.com"_qs, reportWith(u"corp.fabrikam.com"_qs, Outcome::Warning, 1500)}}});
    Partner adatum;
    adatum.domain = u"adatum.com"_qs;
    run.partners.append(
        {adatum, {{u"adatum.com"_qs, reportWith(u"adatum.com"_qs, Outcome::Failed, 10001)}}});
    return run;
}

void tst_OpenMetricsOutput::realParserReadsEveryFamily()
{
    const QByteArray text = OpenMetricsOutput(sample()).text();
    QVERIFY(text.endsWith("\n# EOF\n"));
    const Parsed parsed = parse(text);
    QVERIFY2(parsed.ok, qPrintable(parsed.error + u'\n' + QString::fromUtf8(text)));

    QStringList names;
    for (const QJsonValue &value : parsed.families) {
        const QJsonObject object = value.toObject();
        names.append(object.value(u"name"_qs).toString());
        QCOMPARE(object.value(u"type"_qs).toString(), u"gauge"_qs);
        QVERIFY(!object.value(u"help"_qs).toString().isEmpty());
        // Only what node_exporter's textfile collector accepts: no sample timestamps.
        for (const QJsonObject &one : samples(object))
            QVERIFY(one.value(u"timestamp"_qs).isNull());
    }
    QCOMPARE(names,
             (QStringList {u"xmpp_partners_verdict"_qs, u"xmpp_partners_duration_seconds"_qs,
                           u"xmpp_partners_certificate_not_after_timestamp_seconds"_qs,
                           u"xmpp_partners_last_run_timestamp_seconds"_qs}));
    for (const QString &name : names.mid(1)) {
        QCOMPARE(family(parsed.families, name).value(u"unit"_qs).toString(), u"seconds"_qs);
    }

    const QJsonObject duration = family(parsed.families, u"xmpp_partners_duration_seconds"_qs);
    QCOMPARE(samples(duration).size(), 3);
    QCOMPARE(valueOf(duration,
                     {{u"partner"_qs, u"fabrikam.com"_qs}, {u"domain"_qs, u"fabrikam.com"_qs}}),
             0.412);
    QCOMPARE(
        valueOf(duration,
                {{u"partner"_qs, u"fabrikam.com"_qs}, {u"domain"_qs, u"corp.fabrikam.com"_qs}}),
        1.5);
    QCOMPARE(valueOf(duration, {{u"domain"_qs, u"adatum.com"_qs}}), 10.001);

    const QJsonObject lastRun
        = family(parsed.families, u"xmpp_partners_last_run_timestamp_seconds"_qs);
    QCOMPARE(samples(lastRun).size(), 3);
    QCOMPARE(valueOf(lastRun, {{u"domain"_qs, u"adatum.com"_qs}}),
             double(Started.toMSecsSinceEpoch()) / 1000.0);
}

void tst_OpenMetricsOutput::verdictIsOneStatePerDomain()
{
    const Parsed parsed = parse(OpenMetricsOutput(sample()).text());
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    const QJsonObject verdict = family(parsed.families, u"xmpp_partners_verdict"_qs);
    QCOMPARE(samples(verdict).size(), 3 * 3);
    const QList<std::pair<QString, QString>> expected {{u"fabrikam.com"_qs, u"pass"_qs},
                                                       {u"corp.fabrikam.com"_qs, u"warning"_qs},
                                                       {u"adatum.com"_qs, u"fail"_qs}};
    for (const auto &[domain, state] : expected) {
        for (const QString &candidate : {u"pass"_qs, u"warning"_qs, u"fail"_qs}) {
            QCOMPARE(valueOf(verdict, {{u"domain"_qs, domain}, {u"verdict"_qs, candidate}}),
                     candidate == state ? 1.0 : 0.0);
        }
    }
}

void tst_OpenMetricsOutput::certificateExpiryOnlyWhenSeen()
{
    ProbeRunReport run = sample();
    // A certificate without a readable date is not a known expiry.
    run.partners[0].domains[1].report.certificates = {certificateUntil(QDateTime())};
    const Parsed parsed = parse(OpenMetricsOutput(run).text());
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    const QJsonObject notAfter
        = family(parsed.families, u"xmpp_partners_certificate_not_after_timestamp_seconds"_qs);
    const QList<QJsonObject> found = samples(notAfter);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().value(u"labels"_qs).toObject().value(u"domain"_qs).toString(),
             u"fabrikam.com"_qs);
    // The leaf's, not the issuer's.
    QCOMPARE(found.first().value(u"value"_qs).toDouble(), double(NotAfter.toSecsSinceEpoch()));

    // No certificate anywhere: no such family at all.
    run.partners[0].domains[0].report.certificates.clear();
    const QByteArray without = OpenMetricsOutput(run).text();
    QVERIFY(!without.contains("certificate_not_after"));
    QVERIFY(parse(without).ok);
}

void tst_OpenMetricsOutput::notTestedDomainHasOnlyItsVerdict()
{
    ProbeRunReport run = sample();
    run.partners[1].domains[0].report = reportWith(u"adatum.com"_qs, Outcome::NotTested, 0);
    // A domain asked for twice is written once (a label set must be unique).
    run.partners.append(run.partners.at(0));
    const Parsed parsed = parse(OpenMetricsOutput(run).text());
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    const QJsonObject verdict = family(parsed.families, u"xmpp_partners_verdict"_qs);
    QCOMPARE(samples(verdict).size(), 3 * 3);
    const QList<QJsonObject> adatum = samples(verdict, {{u"domain"_qs, u"adatum.com"_qs}});
    QCOMPARE(adatum.size(), 3);
    for (const QJsonObject &state : adatum)
        QCOMPARE(state.value(u"value"_qs).toDouble(), 0.0);
    for (const QString &name :
         {u"xmpp_partners_duration_seconds"_qs, u"xmpp_partners_last_run_timestamp_seconds"_qs}) {
        const QJsonObject timed = family(parsed.families, name);
        QCOMPARE(samples(timed).size(), 2);
        QVERIFY(samples(timed, {{u"domain"_qs, u"adatum.com"_qs}}).isEmpty());
    }
}

void tst_OpenMetricsOutput::oddPartnerAndDomainTextReadsBack()
{
    const QString partner = u"back\\slash \"quoted\"\nnew line é"_qs;
    const QString domain = u"a\"}b{c=\"d\\n.example"_qs;
    ProbeRunReport run;
    Partner odd;
    odd.domain = partner;
    ProbeReport report = reportWith(domain, Outcome::Failed, 20);
    report.certificates = {certificateUntil(NotAfter)};
    run.partners.append({odd, {{domain, report}}});
    const QByteArray text = OpenMetricsOutput(run).text();
    const Parsed parsed = parse(text);
    QVERIFY2(parsed.ok, qPrintable(parsed.error + u'\n' + QString::fromUtf8(text)));
    QCOMPARE(parsed.families.size(), 4);
    for (const QJsonValue &value : parsed.families) {
        for (const QJsonObject &one : samples(value.toObject())) {
            const QJsonObject labels = one.value(u"labels"_qs).toObject();
            QCOMPARE(labels.value(u"partner"_qs).toString(), partner);
            QCOMPARE(labels.value(u"domain"_qs).toString(), domain);
        }
    }
    QCOMPARE(valueOf(family(parsed.families, u"xmpp_partners_verdict"_qs),
                     {{u"verdict"_qs, u"fail"_qs}}),
             1.0);
}

void tst_OpenMetricsOutput::emptyRunIsStillValid()
{
    const QByteArray text = OpenMetricsOutput(ProbeRunReport()).text();
    QCOMPARE(text, QByteArray("# EOF\n"));
    const Parsed parsed = parse(text);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QVERIFY(parsed.families.isEmpty());
}

void tst_OpenMetricsOutput::escapesLabelValues()
{
    QCOMPARE(OpenMetricsOutput::escapeLabelValue(u"plain.example"_qs), u"plain.example"_qs);
    QCOMPARE(OpenMetricsOutput::escapeLabelValue(u"a\\b\"c\nd"_qs), u"a\\\\b\\\"c\\nd"_qs);
}

QTEST_GUILESS_MAIN(tst_OpenMetricsOutput)
#include "tst_openmetricsoutput.moc"
