// A Test all run as a monitoring plugin's output: the state for every mix of verdicts, one
// status line first with the failing domains and their reason codes, then one line per
// domain, and performance data in the guidelines' syntax ('label'=value[UOM];warn;crit;
// min;max), with cert_days only where a certificate was seen and odd text kept from
// breaking the output.
#include "i18n/translations.h"
#include "report/nagiosoutput.h"

#include <QRegularExpression>
#include <QTest>

namespace {

using Outcome = ProbeRunReport::Outcome;
using State = NagiosOutput::State;

const QDateTime Now(QDate(2026, 12, 1), QTime(6, 0), Qt::UTC);

ProbeReport reportWith(const QString &domain, Outcome outcome, qint64 durationMs = 250)
{
    ProbeReport report;
    report.domain = domain;
    if (outcome == Outcome::NotTested)
        return report; // never started: no steps
    report.startedAt = Now.addSecs(-60);
    switch (outcome) {
    case Outcome::Passed:
        report.verdict = ProbeReport::ConnectionVerdict::Pass;
        report.method = LocalizedText::verbatim(u"TLS dialback"_qs);
        break;
    case Outcome::Warning:
        report.verdict = ProbeReport::ConnectionVerdict::Warning;
        report.reason = u"tcp-dialback-only"_qs;
        report.advice = LocalizedText::verbatim(u"Only TCP dialback is usable."_qs);
        break;
    default:
        report.verdict = ProbeReport::ConnectionVerdict::Fail;
        report.reason = u"connection-refused"_qs;
        report.advice
            = LocalizedText::verbatim(domain + u":5269 refused the connection: no server."_qs);
        break;
    }
    report.cancelled = outcome == Outcome::Cancelled;
    report.stepResult(ProbeReport::Step::Resolve)
        = {ProbeReport::Step::Resolve, ProbeReport::StepState::Passed, 7, {}};
    report.stepResult(ProbeReport::Step::Verdict)
        = {ProbeReport::Step::Verdict, ProbeReport::StepState::Passed, durationMs, {}};
    return report;
}

// One partner per domain, named d0.example, d1.example, ... in order.
ProbeRunReport runOf(const QList<Outcome> &outcomes)
{
    ProbeRunReport run;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        Partner partner;
        partner.domain = u"d"_qs + QString::number(i) + u".example"_qs;
        run.partners.append(
            {partner, {{partner.domain, reportWith(partner.domain, outcomes.at(i))}}});
    }
    return run;
}

ProbeReport::Certificate certificateUntil(const QDateTime &notAfter)
{
    ProbeReport::Certificate certificate;
    certificate.subject = u"CN=partner"_qs;
    certificate.notBefore = notAfter.addYears(-1);
    certificate.notAfter = notAfter;
    return certificate;
}

// The performance data split by the guidelines' grammar: each item 'label'=value[UOM] and
// up to four ;-separated fields, items separated by one space. Empty when it does not parse.
struct PerfItem
{
    QString label;
    QString value;
    QString unit;
    QStringList thresholds; // warn, crit, min, max as given
};

QList<PerfItem> parsePerformanceData(const QString &data)
{
    static const QRegularExpression item(
        uR"(^'((?:[^']|'')*)'=(-?[0-9.]+)(us|ms|s|%|B|KB|MB|TB|c)?((?:;[^; ]*){0,4})$)"_qs);
    QList<PerfItem> items;
    for (const QString &part : data.split(u' ')) {
        // A label holds spaces: glue the parts back until one ends a whole item.
        if (!items.isEmpty() && items.last().value.isNull()) {
            items.last().label += u' ' + part;
        } else {
            items.append({part, {}, {}, {}});
        }
        const QRegularExpressionMatch match = item.match(items.last().label);
        if (!match.hasMatch())
            continue;
        PerfItem &parsed = items.last();
        parsed.label = match.captured(1).replace(u"''"_qs, u"'"_qs);
        parsed.value = match.captured(2);
        parsed.unit = match.captured(3);
        parsed.thresholds = match.captured(4).split(u';');
        parsed.thresholds.removeFirst(); // before the first ';'
    }
    for (const PerfItem &parsed : items) {
        if (parsed.value.isNull())
            return {};
    }
    return items;
}

QStringList lines(const QString &text)
{
    QStringList split = text.split(u'\n');
    if (!split.isEmpty() && split.last().isEmpty())
        split.removeLast();
    return split;
}

} // namespace

class tst_NagiosOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stateOfEveryVerdictMix_data();
    void stateOfEveryVerdictMix();
    void statusLineNamesTheDomainsAndReasons();
    void longListsAreCut();
    void oneLinePerDomainAfterTheStatusLine();
    void performanceDataFollowsTheGuidelines();
    void certDaysOnlyWithACertificate();
    void oddDomainTextCannotBreakTheOutput();
    void adviceInTheLanguageStatusWordsInEnglish();
    void unknownTextIsOneStatusLine();
};

void tst_NagiosOutput::init()
{
    QVERIFY(Translations::load(u"en"_qs));
}

void tst_NagiosOutput::cleanup()
{
    QVERIFY(Translations::load(u"en"_qs));
}

void tst_NagiosOutput::stateOfEveryVerdictMix_data()
{
    QTest::addColumn<QList<Outcome>>("outcomes");
    QTest::addColumn<State>("state");
    const Outcome P = Outcome::Passed, W = Outcome::Warning, F = Outcome::Failed,
                  C = Outcome::Cancelled, N = Outcome::NotTested;
    QTest::newRow("no domain") << QList<Outcome> {} << State::Unknown;
    QTest::newRow("pass") << QList<Outcome> {P} << State::Ok;
    QTest::newRow("pass pass") << QList<Outcome> {P, P} << State::Ok;
    QTest::newRow("warning") << QList<Outcome> {W} << State::Warning;
    QTest::newRow("pass warning") << QList<Outcome> {P, W} << State::Warning;
    QTest::newRow("fail") << QList<Outcome> {F} << State::Critical;
    QTest::newRow("pass fail") << QList<Outcome> {P, F} << State::Critical;
    QTest::newRow("fail pass") << QList<Outcome> {F, P} << State::Critical;
    QTest::newRow("warning fail") << QList<Outcome> {W, F} << State::Critical;
    QTest::newRow("fail warning pass") << QList<Outcome> {F, W, P} << State::Critical;
    QTest::newRow("not tested") << QList<Outcome> {N} << State::Unknown;
    QTest::newRow("pass not tested") << QList<Outcome> {P, N} << State::Unknown;
    QTest::newRow("pass cancelled") << QList<Outcome> {P, C} << State::Unknown;
    QTest::newRow("warning not tested") << QList<Outcome> {N, W} << State::Warning;
    QTest::newRow("fail not tested") << QList<Outcome> {N, F} << State::Critical;
}

void tst_NagiosOutput::stateOfEveryVerdictMix()
{
    QFETCH(QList<Outcome>, outcomes);
    QFETCH(State, state);
    const NagiosOutput output(runOf(outcomes), Now);
    QCOMPARE(output.state(), state);
    QCOMPARE(output.exitCode(), int(state));
    // The state's keyword in the first line, as monitoring cores and rules read it.
    const QString head = u"XMPP PARTNERS "_qs + NagiosOutput::stateName(state) + u" - "_qs;
    QVERIFY2(output.text().startsWith(head), qPrintable(output.text()));
    QVERIFY(output.summary().startsWith(head));
}

void tst_NagiosOutput::statusLineNamesTheDomainsAndReasons()
{
    const NagiosOutput critical(
        runOf({Outcome::Passed, Outcome::Failed, Outcome::Warning, Outcome::NotTested}), Now);
    QCOMPARE(critical.summary(),
             u"XMPP PARTNERS CRITICAL - 1 of 4 domains fail: d1.example (connection-refused); "
             "1 warn: d2.example (tcp-dialback-only); 1 not tested: d3.example"_qs);
    const NagiosOutput warning(runOf({Outcome::Warning, Outcome::Passed, Outcome::Warning}), Now);
    QCOMPARE(warning.summary(),
             u"XMPP PARTNERS WARNING - 2 of 3 domains warn: d0.example (tcp-dialback-only), "
             "d2.example (tcp-dialback-only)"_qs);
    const NagiosOutput ok(runOf({Outcome::Passed, Outcome::Passed}), Now);
    QCOMPARE(ok.summary(), u"XMPP PARTNERS OK - 2 of 2 domains pass"_qs);
    const NagiosOutput empty(ProbeRunReport(), Now);
    QCOMPARE(empty.summary(), u"XMPP PARTNERS UNKNOWN - no partner domain to test"_qs);
}

void tst_NagiosOutput::longListsAreCut()
{
    const NagiosOutput output(runOf(QList<Outcome>(13, Outcome::Failed)), Now);
    const QString summary = output.summary();
    QVERIFY2(summary.startsWith(u"XMPP PARTNERS CRITICAL - 13 of 13 domains fail: d0.example"_qs),
             qPrintable(summary));
    QVERIFY2(summary.endsWith(u"d9.example (connection-refused) and 3 more"_qs),
             qPrintable(summary));
    QVERIFY(!summary.contains(u"d10.example"_qs));
    // Every domain still has its line.
    QCOMPARE(lines(output.text()).size(), 1 + 13);
}

void tst_NagiosOutput::oneLinePerDomainAfterTheStatusLine()
{
    ProbeRunReport run = runOf({Outcome::Passed, Outcome::Failed, Outcome::NotTested});
    // An additional domain of the first partner, and a domain asked for twice.
    run.partners[0].domains.append(
        {u"chat.d0.example"_qs, reportWith(u"chat.d0.example"_qs, Outcome::Warning)});
    run.partners.append(run.partners.at(1));
    const NagiosOutput output(run, Now);
    const QStringList printed = lines(output.text());
    QCOMPARE(printed.size(), 1 + 4);
    QVERIFY(printed.at(0).startsWith(output.summary() + u" | "_qs));
    QCOMPARE(printed.at(1), u"d0.example: Pass - TLS dialback"_qs);
    QCOMPARE(printed.at(2),
             u"chat.d0.example: Warning (tcp-dialback-only) - Only TCP dialback is usable."_qs);
    QCOMPARE(printed.at(3),
             u"d1.example: Fail (connection-refused) - d1.example:5269 refused the connection: "
             "no server."_qs);
    QCOMPARE(printed.at(4),
             u"d2.example: "_qs + ProbeRunReport::outcomeName(Outcome::NotTested) + u" - "_qs
                 + ProbeRunReport::notTestedText());
    QCOMPARE(output.state(), State::Critical);
}

void tst_NagiosOutput::performanceDataFollowsTheGuidelines()
{
    ProbeRunReport run = runOf({Outcome::Passed, Outcome::Failed, Outcome::NotTested});
    ProbeReport &pass = run.partners[0].domains[0].report;
    pass.stepResult(ProbeReport::Step::Verdict).durationMs = 412;
    pass.certificates = {certificateUntil(Now.addDays(87)), certificateUntil(Now.addDays(3))};
    run.partners[1].domains[0].report.stepResult(ProbeReport::Step::Verdict).durationMs = 5003;
    const NagiosOutput output(run, Now);

    const QString data = output.performanceData();
    const QList<PerfItem> items = parsePerformanceData(data);
    QVERIFY2(!items.isEmpty(), qPrintable(data));
    // The test's time for the two tested domains; cert_days for the leaf only; nothing for
    // the domain not tested.
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).label, u"d0.example time"_qs);
    QCOMPARE(items.at(0).value, u"412"_qs);
    QCOMPARE(items.at(0).unit, u"ms"_qs);
    QCOMPARE(items.at(0).thresholds, (QStringList {QString(), QString(), u"0"_qs}));
    QCOMPARE(items.at(1).label, u"d0.example cert_days"_qs);
    QCOMPARE(items.at(1).value, QString::number(Now.daysTo(Now.addDays(87))));
    QCOMPARE(items.at(1).unit, QString());
    // The test's own expiry warning, 30 days or fewer, as a range that alerts inside it.
    QCOMPARE(items.at(1).thresholds, (QStringList {u"@~:30"_qs, u"@~:0"_qs}));
    QCOMPARE(items.at(2).label, u"d1.example time"_qs);
    QCOMPARE(items.at(2).value, u"5003"_qs);
    // On the status line, after one "|".
    const QString first = lines(output.text()).constFirst();
    QCOMPARE(first, output.summary() + u" | "_qs + data);
    QCOMPARE(output.text().count(u'|'), 1);

    // An expired certificate counts below zero.
    pass.certificates = {certificateUntil(Now.addDays(-2))};
    const QList<PerfItem> expired = parsePerformanceData(NagiosOutput(run, Now).performanceData());
    QCOMPARE(expired.size(), 3);
    QCOMPARE(expired.at(1).value, u"-2"_qs);
}

void tst_NagiosOutput::certDaysOnlyWithACertificate()
{
    ProbeRunReport run = runOf({Outcome::Failed, Outcome::Passed});
    ProbeReport &withCertificate = run.partners[1].domains[0].report;
    withCertificate.certificates = {certificateUntil(Now.addDays(10))};
    const QString data = NagiosOutput(run, Now).performanceData();
    QVERIFY2(!data.contains(u"'d0.example cert_days'"_qs), qPrintable(data));
    QVERIFY2(data.contains(u"'d1.example cert_days'=10;"_qs), qPrintable(data));

    // A certificate whose date could not be read is no certificate for this.
    withCertificate.certificates = {certificateUntil(QDateTime())};
    QVERIFY(!NagiosOutput(run, Now).performanceData().contains(u"cert_days"_qs));
}

void tst_NagiosOutput::oddDomainTextCannotBreakTheOutput()
{
    QCOMPARE(NagiosOutput::label(u"o'brien.example time"_qs), u"'o''brien.example time'"_qs);
    QCOMPARE(NagiosOutput::label(u"a|b=c\nd"_qs), u"'a_b=c_d'"_qs);
    QCOMPARE(NagiosOutput::pluginText(u"one|two\nthree\tfour"_qs), u"one/two three four"_qs);

    const QString odd = u"o'dd|x=y\n.example"_qs;
    ProbeRunReport run = runOf({Outcome::Failed});
    run.partners[0].partner.domain = odd;
    run.partners[0].domains[0].domain = odd;
    ProbeReport &report = run.partners[0].domains[0].report;
    report.domain = odd;
    report.advice = LocalizedText::verbatim(u"The server said: a|b\nc"_qs);
    report.certificates = {certificateUntil(Now.addDays(40))};
    const NagiosOutput output(run, Now);
    const QStringList printed = lines(output.text());
    // Still one status line and one domain line, with one "|" before the performance data.
    QCOMPARE(printed.size(), 2);
    QCOMPARE(output.text().count(u'|'), 1);
    QVERIFY2(printed.at(0).startsWith(
                 u"XMPP PARTNERS CRITICAL - 1 of 1 domains fail: o'dd/x=y .example "_qs),
             qPrintable(printed.at(0)));
    QCOMPARE(printed.at(1),
             u"o'dd/x=y .example: Fail (connection-refused) - The server said: a/b c"_qs);
    const QList<PerfItem> items = parsePerformanceData(output.performanceData());
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).label, u"o'dd_x=y_.example time"_qs);
    QCOMPARE(items.at(1).label, u"o'dd_x=y_.example cert_days"_qs);
    QCOMPARE(items.at(1).value, u"40"_qs);
}

void tst_NagiosOutput::adviceInTheLanguageStatusWordsInEnglish()
{
    ProbeRunReport run = runOf({Outcome::Failed});
    run.partners[0].domains[0].report.advice = LocalizedText(
        "PolicyCheck",
        "The partner's server requires TLS (its STARTTLS is marked required) but this "
        "configuration sets TLS negotiation to Not supported, so no connection is possible; set "
        "TLS negotiation to Optional, so that TLS is used wherever the partner's servers offer "
        "it.");
    const QString english = NagiosOutput(run, Now).text();
    QVERIFY(Translations::load(u"fr"_qs));
    const QString french = NagiosOutput(run, Now).text();
    const QStringList englishLines = lines(english);
    const QStringList frenchLines = lines(french);
    QCOMPARE(frenchLines.size(), 2);
    // The status line is the same words in every language.
    QCOMPARE(frenchLines.at(0), englishLines.at(0));
    QVERIFY(frenchLines.at(0).startsWith(u"XMPP PARTNERS CRITICAL - "_qs));
    // The domain line is the translated verdict and advice.
    QVERIFY2(frenchLines.at(1) != englishLines.at(1), qPrintable(frenchLines.at(1)));
    QVERIFY2(frenchLines.at(1).startsWith(
                 u"d0.example: "_qs + ProbeRunReport::outcomeName(Outcome::Failed) + u" ("_qs),
             qPrintable(frenchLines.at(1)));
    QVERIFY2(frenchLines.at(1).endsWith(run.partners[0].domains[0].report.advice.toString()),
             qPrintable(frenchLines.at(1)));
}

void tst_NagiosOutput::unknownTextIsOneStatusLine()
{
    QCOMPARE(NagiosOutput::unknownText(u"cannot read partners.json: no such file"_qs),
             u"XMPP PARTNERS UNKNOWN - cannot read partners.json: no such file\n"_qs);
    QCOMPARE(NagiosOutput::unknownText(u"a|b\nc"_qs), u"XMPP PARTNERS UNKNOWN - a/b c\n"_qs);
}

QTEST_GUILESS_MAIN(tst_NagiosOutput)
#include "tst_nagiosoutput.moc"
