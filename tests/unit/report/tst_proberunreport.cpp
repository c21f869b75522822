// The report of a Test all run: one HTML page (run details, summary table, a section per
// partner with its steps and advice) and one JSON object, with the right counts, every
// text escaped, and the HTML in the language installed when it is written.
#include "i18n/translations.h"
#include "partners/negotiationpolicy.h"
#include "probe/proberunner.h"
#include "report/proberunreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

namespace {

const QString HostileAdvice = u"<img src=x onerror=alert(1)> & \"quoted\""_qs;
const QString HostileDescription = u"<script>alert('partner')</script>"_qs;

ProbeReport finished(const QString &domain, ProbeReport::ConnectionVerdict verdict,
                     const LocalizedText &advice)
{
    ProbeReport report;
    report.domain = domain;
    report.localDomain = u"lync.contoso.com"_qs;
    report.startedAt = QDateTime(QDate(2026, 11, 23), QTime(14, 5, 7));
    report.connectedTo = u"127.0.0.1:5269"_qs;
    report.verdict = verdict;
    report.advice = advice;
    report.stepResult(ProbeReport::Step::Resolve)
        = {ProbeReport::Step::Resolve, ProbeReport::StepState::Passed, 12,
           LocalizedText::verbatim(u"proxy FQDN"_qs)};
    report.stepResult(ProbeReport::Step::Verdict)
        = {ProbeReport::Step::Verdict,
           verdict == ProbeReport::ConnectionVerdict::Fail ? ProbeReport::StepState::Failed
                                                           : ProbeReport::StepState::Passed,
           30, advice};
    return report;
}

int count(const QString &text, const QString &what)
{
    return int(text.count(what));
}

} // namespace

class tst_ProbeRunReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countsEveryOutcome();
    void worstOutcomeIsOneOrder();
    void htmlHasSummaryThenEachPartner();
    void htmlEscapesPartnerAndPeerText();
    void paperSectionsHaveTheSameContentAsLines();
    void htmlFollowsTheLanguage();
    void jsonHasTheRunSummaryAndEveryReport();
    void fromRunnerGroupsJobsByPartner();

private:
    static ProbeRunReport sample();
};

void tst_ProbeRunReport::init()
{
    QVERIFY(Translations::load(u"en"_qs));
}

void tst_ProbeRunReport::cleanup()
{
    QVERIFY(Translations::load(u"en"_qs));
}

ProbeRunReport tst_ProbeRunReport::sample()
{
    ProbeRunReport run;
    run.settings.localDomain = u"lync.contoso.com"_qs;
    run.settings.extraCaFile = u"/etc/xmpp/demo-ca.pem"_qs;
    run.startedAt = QDateTime(QDate(2026, 11, 23), QTime(14, 5));
    run.durationMs = 1850;
    run.cancelled = true;
    run.partnerFile = u"/home/admin/partners.json"_qs;

    Partner fabrikam;
    fabrikam.domain = u"fabrikam.com"_qs;
    fabrikam.additionalDomains = {u"corp.fabrikam.com"_qs};
    fabrikam.partnerType = PartnerType::Federated;
    ProbeReport pass
        = finished(u"fabrikam.com"_qs, ProbeReport::ConnectionVerdict::Pass, LocalizedText());
    pass.method = NegotiationPolicy::methodText(NegotiationPolicy::Method::SaslOverTls);
    ProbeReport warning = finished(u"corp.fabrikam.com"_qs, ProbeReport::ConnectionVerdict::Warning,
                                   LocalizedText::verbatim(u"Certificate expires soon."_qs));
    run.partners.append(
        {fabrikam, {{u"fabrikam.com"_qs, pass}, {u"corp.fabrikam.com"_qs, warning}}});

    Partner hostile;
    hostile.domain = u"evil<b>.example"_qs;
    hostile.description = HostileDescription;
    run.partners.append({hostile,
                         {{hostile.domain,
                           finished(hostile.domain, ProbeReport::ConnectionVerdict::Fail,
                                    LocalizedText::verbatim(HostileAdvice))}}});

    Partner litware;
    litware.domain = u"litwareinc.com"_qs;
    litware.additionalDomains = {u"chat.litwareinc.com"_qs};
    ProbeReport cancelled = finished(u"litwareinc.com"_qs, ProbeReport::ConnectionVerdict::Fail,
                                     LocalizedText("ConnectionProbe", "The test was cancelled."));
    cancelled.cancelled = true;
    ProbeReport neverStarted;
    neverStarted.domain = u"chat.litwareinc.com"_qs;
    run.partners.append(
        {litware, {{u"litwareinc.com"_qs, cancelled}, {u"chat.litwareinc.com"_qs, neverStarted}}});
    return run;
}

void tst_ProbeRunReport::countsEveryOutcome()
{
    const ProbeRunReport run = sample();
    const ProbeRunReport::Counts counts = run.counts();
    QCOMPARE(counts.passed, 1);
    QCOMPARE(counts.warnings, 1);
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.notTested, 2);
    QCOMPARE(run.domainCount(), 5);
    QCOMPARE(run.partners.at(0).outcome(), ProbeRunReport::Outcome::Warning);
    QCOMPARE(run.partners.at(1).outcome(), ProbeRunReport::Outcome::Failed);
    QCOMPARE(run.partners.at(2).domains.at(0).outcome(), ProbeRunReport::Outcome::Cancelled);
    QCOMPARE(run.partners.at(2).domains.at(1).outcome(), ProbeRunReport::Outcome::NotTested);
    QCOMPARE(run.partners.at(2).outcome(), ProbeRunReport::Outcome::Cancelled);
    QVERIFY(run.hasResults());
    QCOMPARE(run.countsText(), u"1 passed, 1 with a warning, 1 failed, 2 not tested"_qs);
    QCOMPARE(run.scopeText(), u"3 partners, 5 domains"_qs);

    ProbeRunReport nothing;
    nothing.partners.append({Partner(), {{u"a.example"_qs, ProbeReport()}}});
    QVERIFY(!nothing.hasResults());
    QCOMPARE(nothing.countsText(), u"0 passed, 0 with a warning, 0 failed, 1 not tested"_qs);
}

void tst_ProbeRunReport::worstOutcomeIsOneOrder()
{
    using Outcome = ProbeRunReport::Outcome;
    // Passed, then cancelled and not tested alike, then warning, then failed.
    const QList<Outcome> order
        = {Outcome::Passed, Outcome::NotTested, Outcome::Warning, Outcome::Failed};
    for (qsizetype i = 1; i < order.size(); ++i) {
        QVERIFY(ProbeRunReport::severity(order.at(i)) > ProbeRunReport::severity(order.at(i - 1)));
        QCOMPARE(ProbeRunReport::worse(order.at(i - 1), order.at(i)), order.at(i));
        QCOMPARE(ProbeRunReport::worse(order.at(i), order.at(i - 1)), order.at(i));
    }
    QCOMPARE(ProbeRunReport::severity(Outcome::Cancelled),
             ProbeRunReport::severity(Outcome::NotTested));
    QCOMPARE(ProbeRunReport::worse(Outcome::Cancelled, Outcome::NotTested), Outcome::Cancelled);

    // A run's outcome is its worst domain's; an empty run was not tested.
    const ProbeRunReport run = sample();
    QCOMPARE(run.outcome(), Outcome::Failed);
    QCOMPARE(ProbeRunReport().outcome(), Outcome::NotTested);
    ProbeRunReport warned = run;
    warned.partners.removeAt(1);
    QCOMPARE(warned.outcome(), Outcome::Warning);
    QCOMPARE(ProbeRunReport::outcomeOf(ProbeReport()), Outcome::NotTested);
}

void tst_ProbeRunReport::htmlHasSummaryThenEachPartner()
{
    const QString html = sample().toHtml();
    QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"en"_qs));
    QVERIFY(html.contains(u"<title>Connection test report</title>"_qs));
    QVERIFY(html.contains(u"Partner file: partners.json"_qs));
    QVERIFY(html.contains(u"Duration: 1.9 s"_qs));
    QVERIFY(html.contains(u"Local domain: lync.contoso.com"_qs));
    QVERIFY(html.contains(u"Extra CA certificates: demo-ca.pem"_qs));
    QVERIFY(html.contains(u"<strong>3 partners, 5 domains</strong> — 1 passed, 1 with a warning, "
                          "1 failed, 2 not tested"_qs));
    QVERIFY(html.contains(u"The run was cancelled"_qs));

    // The summary table: one row per domain, the partner spanning its domains' rows.
    const qsizetype summary = html.indexOf(u"<table class=\"summary\""_qs);
    const qsizetype summaryEnd = html.indexOf(u"</table>"_qs, summary);
    QVERIFY(summary > 0 && summaryEnd > summary);
    const QString table = html.mid(summary, summaryEnd - summary);
    QCOMPARE(count(table, u"<tr>"_qs), 1 + 5);
    QVERIFY(table.contains(u"<td rowspan=\"2\">fabrikam.com</td><td>fabrikam.com</td>"_qs));
    QVERIFY(table.contains(u"<td class=\"pass\"><strong>Pass</strong><br>SASL over TLS</td>"_qs));
    QVERIFY(table.contains(u"<strong>Warning</strong></td><td>Certificate expires soon.</td>"_qs));
    QVERIFY(table.contains(u"<strong>Cancelled</strong></td><td>The test was cancelled.</td>"_qs));
    QVERIFY(table.contains(u"<strong>Not tested</strong></td><td>The run was cancelled before "
                           "this test started.</td>"_qs));

    // Then one section per partner, in the run's order, each on a new page when printed.
    QCOMPARE(count(html, u"<h2 class=\"partner\">"_qs), 3);
    QVERIFY(html.contains(u"h2.partner{page-break-before:always"_qs));
    const qsizetype first = html.indexOf(u"<h2 class=\"partner\">Partner: fabrikam.com</h2>"_qs);
    const qsizetype second = html.indexOf(u"<h2 class=\"partner\">Partner: evil"_qs);
    const qsizetype third = html.indexOf(u"<h2 class=\"partner\">Partner: litwareinc.com</h2>"_qs);
    QVERIFY(summaryEnd < first && first < second && second < third);
    // A partner with several domains has a heading per domain; one with one domain not.
    QVERIFY(html.indexOf(u"<h3>Domain: corp.fabrikam.com</h3>"_qs) > first);
    QCOMPARE(count(html, u"<h3>"_qs), 4);
    // Each tested domain's steps (the single report's step table), the untested one none.
    QCOMPARE(count(html, u"<th>Step</th>"_qs), 4);
    QVERIFY(html.contains(u"<td>Resolve</td><td class=\"passed\">Passed</td><td>12 ms</td>"_qs));
    QVERIFY(html.contains(u"Partner type: Federated"_qs));
    QVERIFY(html.contains(u"TLS negotiation: Required; SASL negotiation: Optional; dialback "
                          "negotiation: True"_qs));
    QVERIFY(html.contains(u"Server: 127.0.0.1:5269"_qs));
    QVERIFY(html.trimmed().endsWith(u"</body></html>"_qs));

    // Test all draws no TLS profile; a domain whose report has one shows it under its heading.
    QVERIFY(!html.contains(u"TLS profile"_qs));
    ProbeRunReport withProfile = sample();
    withProfile.partners[0].domains[1].report.tlsProfile.result(TlsProfile::Version::Tls13).state
        = TlsProfile::VersionState::Accepted;
    const QString profiled = withProfile.toHtml();
    QCOMPARE(count(profiled, u"<h4>TLS profile</h4>"_qs), 1);
    QVERIFY(profiled.indexOf(u"<h4>TLS profile</h4>"_qs)
            > profiled.indexOf(u"<h3>Domain: corp.fabrikam.com</h3>"_qs));
}

void tst_ProbeRunReport::htmlEscapesPartnerAndPeerText()
{
    const QString html = sample().toHtml();
    QVERIFY(!html.contains(u"<script"_qs));
    QVERIFY(!html.contains(u"<img"_qs));
    QVERIFY(!html.contains(u"evil<b>"_qs));
    QVERIFY(html.contains(u"&lt;script&gt;alert('partner')&lt;/script&gt;"_qs));
    QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;"_qs));
    QVERIFY(html.contains(u"<td rowspan=\"1\">evil&lt;b&gt;.example</td>"_qs));
    QVERIFY(html.contains(u"Partner: evil&lt;b&gt;.example</h2>"_qs));
    // The only tags are the report's own.
    const QRegularExpression tag(u"<(/?)([a-zA-Z0-9!]+)"_qs);
    const QStringList allowed
        = {u"!DOCTYPE"_qs, u"html"_qs,  u"head"_qs,  u"meta"_qs, u"title"_qs, u"style"_qs,
           u"body"_qs,     u"h1"_qs,    u"h2"_qs,    u"h3"_qs,   u"p"_qs,     u"br"_qs,
           u"strong"_qs,   u"table"_qs, u"thead"_qs, u"tr"_qs,   u"th"_qs,    u"td"_qs};
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString name = it.next().captured(2);
        QVERIFY2(allowed.contains(name), qPrintable(name));
    }
}

void tst_ProbeRunReport::paperSectionsHaveTheSameContentAsLines()
{
    const QStringList sections = sample().htmlSections();
    // The summary, then one section per partner in the run's order.
    QCOMPARE(sections.size(), 1 + 3);
    QVERIFY(sections.at(1).contains(u"Partner: fabrikam.com</h2>"_qs));
    QVERIFY(sections.at(2).contains(u"Partner: evil&lt;b&gt;.example</h2>"_qs));
    QVERIFY(sections.at(3).contains(u"Partner: litwareinc.com</h2>"_qs));
    // No table on paper: the summary has a line per domain with its verdict and advice.
    for (const QString &section : sections) {
        QVERIFY(!section.contains(u"<table"_qs));
        QVERIFY(!section.contains(u"<script"_qs) && !section.contains(u"<img"_qs));
    }
    const QString &summary = sections.at(0);
    QVERIFY(summary.contains(u"<strong>3 partners, 5 domains</strong>"_qs));
    QVERIFY(summary.contains(u"<p><b>fabrikam.com</b><br>fabrikam.com — <span class=\"pass\">"
                             "<b>Pass</b></span> — SASL over TLS<br>corp.fabrikam.com"_qs));
    QVERIFY(summary.contains(u"<b>Warning</b></span> — Certificate expires soon."_qs));
    QVERIFY(summary.contains(u"&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;"_qs));
    QVERIFY(summary.contains(u"<b>Not tested</b></span> — The run was cancelled before this "
                             "test started."_qs));
    // Each tested domain's steps, one line each: name, state, duration, details.
    QVERIFY(sections.at(1).contains(u"Resolve — <b>Passed</b> — 12 ms — proxy FQDN<br>"_qs));
    QCOMPARE(count(sections.at(1), u"Resolve — "_qs), 2);
    QVERIFY(sections.at(2).contains(u"Verdict — <b>Failed</b> — 30 ms — &lt;img"_qs));
    QCOMPARE(count(sections.at(3), u"Resolve — "_qs), 1); // the untested domain has none
    QVERIFY(sections.at(1).contains(u"<h3>Domain: corp.fabrikam.com</h3>"_qs));
    QVERIFY(sections.at(1).contains(u"Server: 127.0.0.1:5269"_qs));
}

void tst_ProbeRunReport::htmlFollowsTheLanguage()
{
    const ProbeRunReport run = sample();
    const QString english = run.toHtml();
    QVERIFY(english.contains(u"<h2>Summary</h2>"_qs));
    QVERIFY(english.contains(u"The test was cancelled."_qs));

    QVERIFY(Translations::load(u"fr"_qs));
    const QString french = run.toHtml();
    QVERIFY2(french.startsWith(u"<!DOCTYPE html>\n<html lang=\"fr"_qs),
             qPrintable(french.left(60)));
    QVERIFY(french.contains(u"<title>Rapport de test de connexion</title>"_qs));
    QVERIFY(french.contains(u"<h2>Résumé</h2>"_qs));
    // Texts made in English while the run went on read in French now.
    QVERIFY(french.contains(u"Le test a été annulé."_qs));
    QVERIFY(french.contains(u"<strong>Réussi</strong><br>SASL sur TLS"_qs));
    QVERIFY(french.contains(u"<td>Résolution</td>"_qs));
    QVERIFY(french.contains(u"Type de partenaire\u00a0: Fédéré"_qs));
    QVERIFY2(french.contains(u"1 réussi, 1 avec avertissement, 1 en échec, 2 non testés"_qs),
             qPrintable(french));
    QVERIFY(french.contains(u"Durée\u00a0: 1,9 s"_qs));
    QVERIFY(!french.contains(u"Summary"_qs));
    QVERIFY(!french.contains(u"Partner type"_qs));
    // Peer and partner texts stay as they were.
    QVERIFY(french.contains(u"Certificate expires soon."_qs));
}

void tst_ProbeRunReport::jsonHasTheRunSummaryAndEveryReport()
{
    const ProbeRunReport run = sample();
    QVERIFY(Translations::load(u"fr"_qs));
    // Through text and back, as a file holds it.
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(run.toJson()).toJson()).object();
    QCOMPARE(json.value(u"format"_qs).toString(), u"xmpp-partners-test-report"_qs);
    QCOMPARE(json.value(u"version"_qs).toInt(), 1);
    QCOMPARE(json.value(u"startedAt"_qs).toString(), u"2026-11-23T14:05:00.000"_qs);
    QCOMPARE(json.value(u"durationMs"_qs).toInt(), 1850);
    QCOMPARE(json.value(u"cancelled"_qs).toBool(), true);
    QCOMPARE(json.value(u"partnerFile"_qs).toString(), u"/home/admin/partners.json"_qs);
    const QJsonObject settings = json.value(u"settings"_qs).toObject();
    QCOMPARE(settings.value(u"localDomain"_qs).toString(), u"lync.contoso.com"_qs);
    QCOMPARE(settings.value(u"stepTimeoutMs"_qs).toInt(), ProbeSettings::DefaultStepTimeoutMs);
    const QJsonObject summary = json.value(u"summary"_qs).toObject();
    QCOMPARE(summary.value(u"partners"_qs).toInt(), 3);
    QCOMPARE(summary.value(u"domains"_qs).toInt(), 5);
    QCOMPARE(summary.value(u"passed"_qs).toInt(), 1);
    QCOMPARE(summary.value(u"warning"_qs).toInt(), 1);
    QCOMPARE(summary.value(u"failed"_qs).toInt(), 1);
    QCOMPARE(summary.value(u"notTested"_qs).toInt(), 2);

    const QJsonArray partners = json.value(u"partners"_qs).toArray();
    QCOMPARE(partners.size(), 3);
    QCOMPARE(partners.at(0).toObject().value(u"outcome"_qs).toString(), u"warning"_qs);
    QCOMPARE(partners.at(0).toObject().value(u"domains"_qs).toArray().size(), 2);
    QCOMPARE(partners.at(2).toObject().value(u"outcome"_qs).toString(), u"cancelled"_qs);

    const QJsonArray reports = json.value(u"reports"_qs).toArray();
    QCOMPARE(reports.size(), 5);
    // Each tested domain's object is the single report's, with its partner and outcome;
    // wire names in English whatever the language.
    const QJsonObject pass = reports.at(0).toObject();
    QCOMPARE(pass.value(u"partner"_qs).toString(), u"fabrikam.com"_qs);
    QCOMPARE(pass.value(u"domain"_qs).toString(), u"fabrikam.com"_qs);
    QCOMPARE(pass.value(u"outcome"_qs).toString(), u"pass"_qs);
    QCOMPARE(pass.value(u"verdict"_qs).toString(), u"pass"_qs);
    QCOMPARE(pass.value(u"steps"_qs).toArray().at(0).toObject().value(u"step"_qs).toString(),
             u"resolve"_qs);
    QCOMPARE(reports.at(1).toObject().value(u"partner"_qs).toString(), u"fabrikam.com"_qs);
    QCOMPARE(reports.at(1).toObject().value(u"domain"_qs).toString(), u"corp.fabrikam.com"_qs);
    QCOMPARE(reports.at(2).toObject().value(u"advice"_qs).toString(), HostileAdvice);
    QCOMPARE(reports.at(3).toObject().value(u"outcome"_qs).toString(), u"cancelled"_qs);
    const QJsonObject untested = reports.at(4).toObject();
    QCOMPARE(untested.value(u"outcome"_qs).toString(), u"notTested"_qs);
    QCOMPARE(untested.value(u"domain"_qs).toString(), u"chat.litwareinc.com"_qs);
    QCOMPARE(untested.value(u"partner"_qs).toString(), u"litwareinc.com"_qs);
    QVERIFY(!untested.contains(u"steps"_qs));
}

void tst_ProbeRunReport::fromRunnerGroupsJobsByPartner()
{
    // Nothing listens on the port: each test fails fast, on this machine only. One test
    // at a time, cancelled at once: the first is cancelled, the others never start.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString address = u"127.0.0.1:"_qs + QString::number(closed.serverPort());
    closed.close();
    Partner first;
    first.domain = u"a.example"_qs;
    first.additionalDomains = {u"b.a.example"_qs};
    first.proxyFqdn = address;
    Partner second;
    second.domain = u"c.example"_qs;
    second.proxyFqdn = address;
    ProbeSettings settings;
    settings.localDomain = u"lync.example"_qs;
    settings.parallelTests = 1;
    ProbeRunner runner(settings);
    runner.start(ProbeRunner::jobsFor({first, second}));
    QVERIFY(runner.startedAt().isValid());
    runner.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 10000);

    const ProbeRunReport run = ProbeRunReport::fromRunner(runner);
    QCOMPARE(run.partners.size(), 2);
    QCOMPARE(run.partners.at(0).partner.domain, u"a.example"_qs);
    QCOMPARE(run.partners.at(0).domains.size(), 2);
    QCOMPARE(run.partners.at(0).domains.at(1).domain, u"b.a.example"_qs);
    QCOMPARE(run.partners.at(1).domains.size(), 1);
    QCOMPARE(run.settings.localDomain, u"lync.example"_qs);
    QVERIFY(run.cancelled);
    QCOMPARE(run.startedAt, runner.startedAt());
    QCOMPARE(run.partners.at(0).domains.at(0).outcome(), ProbeRunReport::Outcome::Cancelled);
    QCOMPARE(run.partners.at(0).domains.at(1).outcome(), ProbeRunReport::Outcome::NotTested);
    // A domain never tested still carries its name in the report.
    QCOMPARE(run.partners.at(1).domains.at(0).report.domain, u"c.example"_qs);
    QCOMPARE(run.counts().notTested, 3);
    QVERIFY(run.hasResults());
}

QTEST_GUILESS_MAIN(tst_ProbeRunReport)
#include "tst_proberunreport.moc"
