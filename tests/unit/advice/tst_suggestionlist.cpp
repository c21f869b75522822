#include "advice/suggestionlist.h"
#include "report/probereport.h"
#include "report/proberunreport.h"

#include <QTest>

class tst_SuggestionList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptySuggestionsAreLeftOut();
    void domainsOfOnePartnerMerge();
    void fromRunFollowsTheRun();
    void planChangesThePartnerAsItIsNow();
    void planRefusesWhatTheRulesRefuse();
    void planRefusesAPartnerNoLongerThere();
    void planKeepsWhatIsAlreadySet();
    void planRefusesSettingsChangedSinceTheTest();
    void script();
    void emptyScriptChangesNothing();
};

namespace {

Partner partner(const QString &domain, Negotiation tls = Negotiation::NotSupported,
                Negotiation sasl = Negotiation::NotSupported, bool dialback = true)
{
    Partner p;
    p.domain = domain;
    p.tlsNegotiation = tls;
    p.saslNegotiation = sasl;
    p.supportDialbackNegotiation = dialback;
    return p;
}

PartnerList listOf(const QList<Partner> &partners)
{
    PartnerList list;
    for (const Partner &p : partners) {
        if (!list.append(p).isEmpty())
            qFatal("test partner refused");
    }
    return list;
}

// The script's text after its byte order mark (Windows PowerShell 5.1 needs it); a text
// no check accepts when the mark is missing.
QString scriptText(const QByteArray &bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return u"no byte order mark"_qs;
    return QString::fromUtf8(bytes.mid(3));
}

} // namespace

void tst_SuggestionList::emptySuggestionsAreLeftOut()
{
    SuggestionList list;
    list.add(partner(u"a.example"_qs), u"a.example"_qs, SuggestedChange());
    QVERIFY(list.isEmpty());
    QCOMPARE(list.powerShellText(), QString());
}

void tst_SuggestionList::domainsOfOnePartnerMerge()
{
    Partner p = partner(u"a.example"_qs);
    p.additionalDomains = {u"chat.a.example"_qs};
    SuggestionList list;
    list.add(p, u"a.example"_qs, SuggestedChange::tls(Negotiation::Optional));
    list.add(p, u"chat.a.example"_qs, SuggestedChange::sasl(Negotiation::Optional));
    list.add(partner(u"b.example"_qs), u"b.example"_qs, SuggestedChange::dialback(true));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.items().at(0).domains, QStringList({u"a.example"_qs, u"chat.a.example"_qs}));
    QCOMPARE(list.items().at(0).change,
             SuggestedChange::tls(Negotiation::Optional)
                 .with(SuggestedChange::sasl(Negotiation::Optional)));
    QCOMPARE(list.powerShellCommands(),
             QStringList({u"Set-CsXmppAllowedPartner -Identity 'a.example' -TlsNegotiation "
                          "Optional -SaslNegotiation Optional"_qs,
                          u"Set-CsXmppAllowedPartner -Identity 'b.example' "
                          "-SupportDialbackNegotiation $true"_qs}));
    QCOMPARE(list.powerShellText(), list.powerShellCommands().join(u'\n'));
}

void tst_SuggestionList::fromRunFollowsTheRun()
{
    ProbeRunReport run;
    for (const QString &domain : {u"a.example"_qs, u"b.example"_qs, u"c.example"_qs}) {
        ProbeRunReport::PartnerResult result;
        result.partner = partner(domain);
        ProbeReport report;
        report.domain = domain;
        if (domain != u"b.example")
            report.suggestion = SuggestedChange::tls(Negotiation::Optional);
        result.domains.append({domain, report});
        run.partners.append(result);
    }
    const SuggestionList list = SuggestionList::fromRun(run);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.items().at(0).partner.domain, u"a.example"_qs);
    QCOMPARE(list.items().at(1).partner.domain, u"c.example"_qs);
}

void tst_SuggestionList::planChangesThePartnerAsItIsNow()
{
    // The description changed since the test: the plan keeps it.
    Partner now = partner(u"a.example"_qs);
    now.description = u"edited after the test"_qs;
    SuggestionList list;
    list.add(partner(u"a.example"_qs), u"a.example"_qs,
             SuggestedChange::tls(Negotiation::Optional));
    const ImportPlan plan = list.plan(listOf({partner(u"z.example"_qs), now}));
    QCOMPARE(plan.entries().size(), 1);
    QCOMPARE(plan.entries().first().category, ImportPlan::Category::Changed);
    QCOMPARE(plan.changes().size(), 1);
    QCOMPARE(plan.changes().first().row, 1);
    QCOMPARE(plan.changes().first().before, std::optional(now));
    Partner expected = now;
    expected.tlsNegotiation = Negotiation::Optional;
    QCOMPARE(plan.changes().first().after, std::optional(expected));
    QVERIFY(SuggestionList::description(1).toString().startsWith(
        u"Apply suggested settings to 1 partner"_qs));
}

void tst_SuggestionList::planRefusesWhatTheRulesRefuse()
{
    // SASL Optional with TLS Not supported is a refused row of the table.
    SuggestionList list;
    list.add(partner(u"a.example"_qs), u"a.example"_qs,
             SuggestedChange::sasl(Negotiation::Optional));
    const ImportPlan plan = list.plan(listOf({partner(u"a.example"_qs)}));
    QCOMPARE(plan.entries().first().category, ImportPlan::Category::Refused);
    QVERIFY2(plan.entries().first().reason.toString().contains(u"SASL requires TLS"),
             qPrintable(plan.entries().first().reason.toString()));
    QVERIFY(plan.isEmpty());
}

void tst_SuggestionList::planRefusesAPartnerNoLongerThere()
{
    SuggestionList list;
    list.add(partner(u"gone.example"_qs), u"gone.example"_qs,
             SuggestedChange::tls(Negotiation::Optional));
    list.add(partner(u"a.example"_qs), u"a.example"_qs,
             SuggestedChange::tls(Negotiation::Optional));
    const ImportPlan plan = list.plan(listOf({partner(u"a.example"_qs)}));
    QCOMPARE(plan.entries().size(), 2);
    QCOMPARE(plan.entries().at(0).category, ImportPlan::Category::Refused);
    QVERIFY2(plan.entries().at(0).reason.toString().contains(u"gone.example"),
             qPrintable(plan.entries().at(0).reason.toString()));
    QCOMPARE(plan.entries().at(1).category, ImportPlan::Category::Changed);
    // Never a new partner.
    QCOMPARE(plan.count(ImportPlan::Category::New), 0);
    QCOMPARE(plan.result().size(), 1);
}

void tst_SuggestionList::planKeepsWhatIsAlreadySet()
{
    SuggestionList list;
    list.add(partner(u"a.example"_qs), u"a.example"_qs,
             SuggestedChange::tls(Negotiation::Optional));
    const ImportPlan plan = list.plan(listOf({partner(u"a.example"_qs, Negotiation::Optional)}));
    QCOMPARE(plan.entries().first().category, ImportPlan::Category::Unchanged);
    QVERIFY(plan.isEmpty());
}

void tst_SuggestionList::planRefusesSettingsChangedSinceTheTest()
{
    // Tested with TLS Not supported, told to set it to Optional; the administrator has set
    // TLS to Required and SASL to Optional since: the advice no longer applies.
    SuggestionList list;
    list.add(partner(u"a.example"_qs), u"a.example"_qs,
             SuggestedChange::tls(Negotiation::Optional));
    const Partner now = partner(u"a.example"_qs, Negotiation::Required, Negotiation::Optional);
    const ImportPlan plan = list.plan(listOf({now}));
    QCOMPARE(plan.entries().size(), 1);
    QCOMPARE(plan.entries().first().category, ImportPlan::Category::Refused);
    QVERIFY2(plan.entries().first().reason.toString().contains(u"changed after its test"),
             qPrintable(plan.entries().first().reason.toString()));
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.result().at(0), now);
}

void tst_SuggestionList::script()
{
    SuggestionList list;
    list.add(partner(u"a.example"_qs), u"a.example"_qs,
             SuggestedChange::tls(Negotiation::Optional));
    list.add(partner(u"b.example"_qs, Negotiation::Required, Negotiation::Required, false),
             u"b.example"_qs,
             SuggestedChange::sasl(Negotiation::Optional).with(SuggestedChange::dialback(true)));
    const QString text = scriptText(list.script());
    const QStringList lines = text.split(u"\r\n"_qs);
    QVERIFY2(lines.first().startsWith(u"# Negotiation settings suggested by connection tests"),
             qPrintable(lines.first()));
    QVERIFY(text.endsWith(u"\r\n"));
    QCOMPARE(text.count(u'\n'), text.count(u"\r\n"_qs));
    QVERIFY(lines.contains(u"Set-CsXmppAllowedPartner -Identity 'a.example' -TlsNegotiation "
                           "Optional"_qs));
    QVERIFY(lines.contains(u"Set-CsXmppAllowedPartner -Identity 'b.example' -SaslNegotiation "
                           "Optional -SupportDialbackNegotiation $true"_qs));
    // Every line is a comment, blank or one of the commands.
    for (const QString &line : lines)
        QVERIFY2(line.isEmpty() || line.startsWith(u'#')
                     || list.powerShellCommands().contains(line),
                 qPrintable(line));
}

void tst_SuggestionList::emptyScriptChangesNothing()
{
    const QString text = scriptText(SuggestionList().script());
    QVERIFY(text.startsWith(u"# Negotiation settings suggested by connection tests"));
    QVERIFY(text.contains(u"No partner needs a change"));
    for (const QString &line : text.split(u"\r\n"_qs, Qt::SkipEmptyParts))
        QVERIFY2(line.startsWith(u'#'), qPrintable(line));
}

QTEST_GUILESS_MAIN(tst_SuggestionList)
#include "tst_suggestionlist.moc"
