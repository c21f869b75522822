// The import preview's plan: each row new, changed, unchanged or refused with a reason
// naming the row (and the partner in the way), and the result applying the new and
// changed rows only, as one list of changes for a single undo step.
#include "formats/partnercsv.h"
#include "i18n/translations.h"
#include "import/importplan.h"
#include "models/partnerchangecommand.h"
#include "models/partnertablemodel.h"

#include <QFile>
#include <QTest>

class tst_ImportPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCategory();
    void unreadableRowIsRefusedWithItsProblem();
    void rulesOfTheEditorRefuse();
    void duplicateInsideTheImport();
    void primaryDomainOfAnotherPartner();
    void additionalDomainOfAnotherPartner();
    void domainFreedByAnEarlierRow();
    void unknownFieldsAreKept();
    void resultAppliesNewAndChangedRowsOnly();
    void changesReplayAsOneUndoStep();
    void nothingToApply();
    void sampleFixture();
};

namespace {

Partner partner(const QString &domain, const QStringList &additional = {},
                const QString &description = {})
{
    Partner p;
    p.domain = domain;
    p.additionalDomains = additional;
    p.description = description;
    return p;
}

PartnerCsv::Row row(int line, const Partner &p)
{
    return {line, p, p.domain, {}};
}

PartnerList list(const QList<Partner> &partners)
{
    PartnerList result;
    for (const Partner &p : partners) {
        const ValidationIssues errors = result.append(p);
        if (!errors.isEmpty())
            qFatal("test list refused %s", qPrintable(p.domain));
    }
    return result;
}

QString reasonOf(const ImportPlan::Entry &entry)
{
    return entry.reason.toString();
}

} // namespace

void tst_ImportPlan::initTestCase()
{
    // The English catalogue holds the plural forms ("Import 2 partners").
    QVERIFY(Translations::load(u"en"_qs));
}

void tst_ImportPlan::everyCategory()
{
    const PartnerList current = list({partner(u"fabrikam.com"_qs, {u"corp.fabrikam.com"_qs}),
                                      partner(u"contoso.com"_qs, {}, u"Contoso"_qs)});
    Partner changed = partner(u"fabrikam.com"_qs, {u"corp.fabrikam.com"_qs, u"it.fabrikam.com"_qs});
    changed.partnerType = PartnerType::Federated;
    Partner refused = partner(u"adatum.com"_qs);
    refused.tlsNegotiation = Negotiation::NotSupported; // SASL Optional without TLS
    const ImportPlan plan(current,
                          {row(1, partner(u"litwareinc.com"_qs)), row(2, changed),
                           row(3, partner(u"contoso.com"_qs, {}, u"Contoso"_qs)), row(4, refused)});
    const QList<ImportPlan::Entry> &entries = plan.entries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).category, ImportPlan::Category::New);
    QCOMPARE(entries.at(0).line, 1);
    QVERIFY(!entries.at(0).existing);
    QVERIFY(entries.at(0).reason.isEmpty());

    QCOMPARE(entries.at(1).category, ImportPlan::Category::Changed);
    QCOMPARE(entries.at(1).partner, changed);
    QCOMPARE(entries.at(1).existing, current.at(0));
    QCOMPARE(entries.at(1).existingIndex, 0);

    QCOMPARE(entries.at(2).category, ImportPlan::Category::Unchanged);
    QCOMPARE(entries.at(2).existing, current.at(1));
    QCOMPARE(entries.at(2).existingIndex, 1);

    QCOMPARE(entries.at(3).category, ImportPlan::Category::Refused);
    QVERIFY2(reasonOf(entries.at(3)).startsWith(u"Row 4: SASL requires TLS."_qs),
             qPrintable(reasonOf(entries.at(3))));

    QCOMPARE(plan.count(ImportPlan::Category::New), 1);
    QCOMPARE(plan.count(ImportPlan::Category::Changed), 1);
    QCOMPARE(plan.count(ImportPlan::Category::Unchanged), 1);
    QCOMPARE(plan.count(ImportPlan::Category::Refused), 1);
    QCOMPARE(plan.description().toString(), u"Import 2 partners"_qs);
    QCOMPARE(ImportPlan::categoryName(ImportPlan::Category::Refused), u"Refused"_qs);
}

void tst_ImportPlan::unreadableRowIsRefusedWithItsProblem()
{
    PartnerCsv::Row bad;
    bad.line = 7;
    bad.problem = LocalizedText::verbatim(u"Row 7, column PartnerType: nope"_qs);
    const ImportPlan plan(PartnerList(), {bad});
    QCOMPARE(plan.entries().size(), 1);
    QCOMPARE(plan.entries().first().category, ImportPlan::Category::Refused);
    QCOMPARE(plan.entries().first().line, 7);
    QVERIFY(!plan.entries().first().partner);
    QCOMPARE(reasonOf(plan.entries().first()), u"Row 7, column PartnerType: nope"_qs);
    QVERIFY(plan.isEmpty());
}

void tst_ImportPlan::rulesOfTheEditorRefuse()
{
    Partner noMethod = partner(u"a.com"_qs);
    noMethod.saslNegotiation = Negotiation::NotSupported;
    noMethod.supportDialbackNegotiation = false;
    Partner badLimit = partner(u"b.com"_qs);
    badLimit.connectionLimit = 0;
    Partner longDescription = partner(u"c.com"_qs);
    longDescription.description = QString(Partner::MaxDescriptionLength + 1, u'x');
    Partner warned = partner(u"d.com"_qs, {u"elsewhere.org"_qs});
    const ImportPlan plan(PartnerList(),
                          {row(1, noMethod), row(2, partner(u"http://e.com"_qs)), row(3, badLimit),
                           row(4, longDescription), row(5, warned)});
    for (int i = 0; i < 4; ++i) {
        const ImportPlan::Entry &entry = plan.entries().at(i);
        QCOMPARE(entry.category, ImportPlan::Category::Refused);
        QVERIFY2(reasonOf(entry).startsWith(u"Row %1: "_qs.arg(i + 1)),
                 qPrintable(reasonOf(entry)));
    }
    QVERIFY(reasonOf(plan.entries().at(0)).contains(u"SASL or dialback must be enabled."_qs));
    // A warning does not refuse: it comes with the row.
    QCOMPARE(plan.entries().at(4).category, ImportPlan::Category::New);
    QCOMPARE(plan.entries().at(4).warnings.size(), 1);
    QCOMPARE(plan.result().size(), 1);
}

void tst_ImportPlan::duplicateInsideTheImport()
{
    const ImportPlan plan(PartnerList(),
                          {row(1, partner(u"a.com"_qs, {u"chat.a.com"_qs})),
                           row(2, partner(u"A.com."_qs, {}, u"same primary, other spelling"_qs)),
                           row(3, partner(u"b.com"_qs, {u"chat.a.com"_qs})),
                           row(4, partner(u"chat.a.com"_qs))});
    QCOMPARE(plan.entries().at(0).category, ImportPlan::Category::New);
    for (int i = 1; i < 4; ++i) {
        const ImportPlan::Entry &entry = plan.entries().at(i);
        QCOMPARE(entry.category, ImportPlan::Category::Refused);
        QVERIFY2(reasonOf(entry).contains(u"is already in row 1 of the file."_qs),
                 qPrintable(reasonOf(entry)));
    }
    QVERIFY(reasonOf(plan.entries().at(2)).contains(u"Row 3: the domain chat.a.com"_qs));
    QCOMPARE(plan.result().size(), 1);
    QCOMPARE(plan.changes().size(), 1);
}

void tst_ImportPlan::primaryDomainOfAnotherPartner()
{
    const PartnerList current = list({partner(u"fabrikam.com"_qs, {u"corp.fabrikam.com"_qs})});
    const ImportPlan plan(current, {row(3, partner(u"CORP.fabrikam.com"_qs))});
    const ImportPlan::Entry &entry = plan.entries().first();
    QCOMPARE(entry.category, ImportPlan::Category::Refused);
    QVERIFY(!entry.existing);
    QVERIFY2(reasonOf(entry).contains(u"the partner fabrikam.com"_qs), qPrintable(reasonOf(entry)));
    QVERIFY(reasonOf(entry).startsWith(u"Row 3: the domain CORP.fabrikam.com"_qs));
    QCOMPARE(plan.result(), current);
    QVERIFY(plan.changes().isEmpty());
}

void tst_ImportPlan::additionalDomainOfAnotherPartner()
{
    const PartnerList current = list(
        {partner(u"fabrikam.com"_qs, {u"corp.fabrikam.com"_qs}), partner(u"contoso.com"_qs)});
    const ImportPlan plan(current,
                          {// a new partner claiming fabrikam's subdomain
                           row(1, partner(u"adatum.com"_qs, {u"corp.fabrikam.com"_qs})),
                           // an existing partner claiming another's primary domain
                           row(2, partner(u"contoso.com"_qs, {u"fabrikam.com"_qs}))});
    QCOMPARE(plan.entries().at(0).category, ImportPlan::Category::Refused);
    QVERIFY2(reasonOf(plan.entries().at(0))
                 .contains(u"the domain corp.fabrikam.com already belongs to the partner "
                           "fabrikam.com"_qs),
             qPrintable(reasonOf(plan.entries().at(0))));
    QCOMPARE(plan.entries().at(1).category, ImportPlan::Category::Refused);
    QVERIFY2(
        reasonOf(plan.entries().at(1))
            .contains(u"the domain fabrikam.com already belongs to the partner fabrikam.com"_qs),
        qPrintable(reasonOf(plan.entries().at(1))));
    QCOMPARE(plan.result(), current);
}

void tst_ImportPlan::domainFreedByAnEarlierRow()
{
    // Rows apply in the file's order: once row 1 takes chat.a.com away from a.com,
    // row 2 may make it a partner of its own.
    const PartnerList current = list({partner(u"a.com"_qs, {u"chat.a.com"_qs})});
    const ImportPlan plan(current,
                          {row(1, partner(u"a.com"_qs)), row(2, partner(u"chat.a.com"_qs))});
    QCOMPARE(plan.entries().at(0).category, ImportPlan::Category::Changed);
    QCOMPARE(plan.entries().at(1).category, ImportPlan::Category::New);
    QCOMPARE(plan.result().size(), 2);
    // The other order is refused, naming the partner in the way.
    const ImportPlan reversed(current,
                              {row(1, partner(u"chat.a.com"_qs)), row(2, partner(u"a.com"_qs))});
    QCOMPARE(reversed.entries().at(0).category, ImportPlan::Category::Refused);
    QVERIFY(reasonOf(reversed.entries().at(0)).contains(u"the partner a.com"_qs));
    QCOMPARE(reversed.entries().at(1).category, ImportPlan::Category::Changed);
}

void tst_ImportPlan::unknownFieldsAreKept()
{
    Partner existing = partner(u"a.com"_qs);
    existing.unknownFields.insert(u"futureKey"_qs, 42);
    const PartnerList current = list({existing});
    const ImportPlan same(current, {row(1, partner(u"a.com"_qs))});
    QCOMPARE(same.entries().first().category, ImportPlan::Category::Unchanged);
    const ImportPlan edited(current, {row(1, partner(u"a.com"_qs, {}, u"new"_qs))});
    QCOMPARE(edited.entries().first().category, ImportPlan::Category::Changed);
    QCOMPARE(edited.result().at(0).unknownFields, existing.unknownFields);
    QCOMPARE(edited.result().at(0).description, u"new"_qs);
}

void tst_ImportPlan::resultAppliesNewAndChangedRowsOnly()
{
    const PartnerList current
        = list({partner(u"a.com"_qs, {}, u"old"_qs), partner(u"b.com"_qs), partner(u"c.com"_qs)});
    Partner refused = partner(u"c.com"_qs, {}, u"would change c"_qs);
    refused.connectionLimit = 5000;
    const ImportPlan plan(
        current,
        {row(1, partner(u"new1.com"_qs)), row(2, partner(u"a.com"_qs, {}, u"new"_qs)),
         row(3, partner(u"b.com"_qs)), row(4, refused), row(5, partner(u"new2.com"_qs))});
    const PartnerList expected
        = list({partner(u"a.com"_qs, {}, u"new"_qs), partner(u"b.com"_qs), partner(u"c.com"_qs),
                partner(u"new1.com"_qs), partner(u"new2.com"_qs)});
    QCOMPARE(plan.result(), expected);
    const QList<PartnerChange> &changes = plan.changes();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).row, 3);
    QVERIFY(!changes.at(0).before);
    QCOMPARE(changes.at(0).after, partner(u"new1.com"_qs));
    QCOMPARE(changes.at(1).row, 0);
    QCOMPARE(changes.at(1).before, current.at(0));
    QCOMPARE(changes.at(1).after, partner(u"a.com"_qs, {}, u"new"_qs));
    QCOMPARE(changes.at(2).row, 4);
    QVERIFY(!plan.isEmpty());
}

void tst_ImportPlan::changesReplayAsOneUndoStep()
{
    const PartnerList current
        = list({partner(u"a.com"_qs, {u"chat.a.com"_qs}), partner(u"b.com"_qs)});
    const ImportPlan plan(current,
                          {row(1, partner(u"a.com"_qs)), row(2, partner(u"chat.a.com"_qs)),
                           row(3, partner(u"b.com"_qs, {u"x.b.com"_qs})),
                           row(4, partner(u"z.com"_qs))});
    QCOMPARE(plan.changes().size(), 4);
    PartnerTableModel model;
    model.setPartners(current);
    PartnerChangeCommand command(&model, plan.changes(), plan.description());
    QCOMPARE(command.text(), u"Import 4 partners"_qs);
    command.redo();
    QCOMPARE(model.partners(), plan.result());
    command.undo();
    QCOMPARE(model.partners(), current);
    command.redo();
    QCOMPARE(model.partners(), plan.result());
}

void tst_ImportPlan::nothingToApply()
{
    const PartnerList current = list({partner(u"a.com"_qs)});
    const ImportPlan plan(current, {row(1, partner(u"a.com"_qs))});
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.result(), current);
    const ImportPlan empty(current, {});
    QVERIFY(empty.entries().isEmpty());
    QVERIFY(empty.isEmpty());
}

void tst_ImportPlan::sampleFixture()
{
    QFile file(QStringLiteral(XP_FIXTURES "/get-csxmppallowedpartner.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const PartnerCsv::Result parsed = PartnerCsv::parse(file.readAll());
    QVERIFY(parsed.isOk());

    Partner gmail = partner(u"gmail.com"_qs, {}, u"Google Talk"_qs);
    gmail.partnerType = PartnerType::PublicUnverified;
    gmail.saslNegotiation = Negotiation::NotSupported;
    const PartnerList current
        = list({partner(u"fabrikam.com"_qs, {u"corp.fabrikam.com"_qs, u"it.fabrikam.com"_qs}),
                gmail, partner(u"treyresearch.net"_qs, {u"fourthcoffee.net"_qs})});
    const ImportPlan plan(current, parsed.rows);
    using C = ImportPlan::Category;
    const QList<C> expected
        = {C::Changed, C::New,     C::New,       C::Refused, C::Refused, C::Refused,
           C::Refused, C::Refused, C::Unchanged, C::Refused, C::Refused};
    QCOMPARE(plan.entries().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ImportPlan::Entry &entry = plan.entries().at(i);
        QCOMPARE(entry.line, int(i + 1));
        QVERIFY2(entry.category == expected.at(i),
                 qPrintable(u"row %1: %2"_qs.arg(entry.line).arg(reasonOf(entry))));
        QCOMPARE(entry.reason.isEmpty(), entry.category != C::Refused);
    }
    // Row 10: twice wrong, both said.
    const QString row10 = reasonOf(plan.entries().at(9));
    QVERIFY2(row10.contains(u"is already in row 1 of the file."_qs), qPrintable(row10));
    QVERIFY2(row10.contains(u"additional domain of the partner fabrikam.com"_qs),
             qPrintable(row10));
    QVERIFY(reasonOf(plan.entries().at(10)).contains(u"the partner treyresearch.net"_qs));
    QVERIFY(reasonOf(plan.entries().at(5)).contains(u"SASL requires TLS."_qs));
    QCOMPARE(plan.result().size(), 5);
    QCOMPARE(plan.result().at(0).description, u"Fabrikam, Inc. - Lync Server 2013"_qs);
    QCOMPARE(plan.result().at(3).domain, u"litwareinc.com"_qs);
    QCOMPARE(plan.result().at(4).domain, u"contoso.com"_qs);
    QCOMPARE(plan.description().toString(), u"Import 3 partners"_qs);
}

QTEST_GUILESS_MAIN(tst_ImportPlan)
#include "tst_importplan.moc"
