#include "partners/partnerlist.h"

#include <QTest>

class tst_PartnerList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsValidPartners();
    void refusesInvalidPartnerAndStaysUnchanged();
    void primaryDomainUsedTwiceNamesTheOwner();
    void additionalDomainClashNamesTheOwner();
    void comparisonIgnoresCaseFinalDotAndIdnForm();
    void replaceMayKeepItsOwnDomains();
    void replaceFreesOldDomains();
    void takeAtFreesDomainsAndReindexes();
    void insertInTheMiddleReindexes();
    void warningsDoNotRefuse();
    void indexFollowsInsertionsAndRemovalsAnywhere();
};

static Partner partner(const QString &domain, const QStringList &additional = {})
{
    Partner p;
    p.domain = domain;
    p.additionalDomains = additional;
    return p;
}

void tst_PartnerList::appendsValidPartners()
{
    PartnerList list;
    QVERIFY(list.append(partner(u"fabrikam.com"_qs, {u"corp.fabrikam.com"_qs})).isEmpty());
    QVERIFY(list.append(partner(u"contoso.com"_qs)).isEmpty());
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).domain, u"contoso.com"_qs);
    QCOMPARE(list.indexOfDomain(u"corp.fabrikam.com"_qs), 0);
    QCOMPARE(list.indexOfDomain(u"contoso.com"_qs), 1);
    QCOMPARE(list.indexOfDomain(u"nowhere.com"_qs), -1);
}

void tst_PartnerList::refusesInvalidPartnerAndStaysUnchanged()
{
    PartnerList list;
    list.append(partner(u"fabrikam.com"_qs));
    const PartnerList before = list;
    Partner bad = partner(u"contoso.com"_qs);
    bad.tlsNegotiation = Negotiation::NotSupported;
    const ValidationIssues errors = list.append(bad);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, ValidationIssue::Field::Negotiation);
    QCOMPARE(list, before);
    QCOMPARE(list.indexOfDomain(u"contoso.com"_qs), -1);
}

void tst_PartnerList::primaryDomainUsedTwiceNamesTheOwner()
{
    PartnerList list;
    list.append(partner(u"fabrikam.com"_qs));
    const ValidationIssues errors = list.append(partner(u"fabrikam.com"_qs));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, ValidationIssue::Field::Domain);
    QCOMPARE(errors.first().message,
             u"The domain fabrikam.com is already the primary domain of another partner."_qs);
    QCOMPARE(list.size(), 1);
}

void tst_PartnerList::additionalDomainClashNamesTheOwner()
{
    PartnerList list;
    list.append(partner(u"fabrikam.com"_qs, {u"corp.fabrikam.com"_qs}));
    // The new partner's primary domain is another partner's additional domain.
    ValidationIssues errors = list.append(partner(u"corp.fabrikam.com"_qs));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message,
             u"The domain corp.fabrikam.com is already used by the partner fabrikam.com."_qs);
    // The new partner's additional domain is another partner's primary domain.
    errors = list.append(partner(u"contoso.com"_qs, {u"fabrikam.com"_qs}));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, ValidationIssue::Field::AdditionalDomains);
    QVERIFY(errors.first().message.contains(u"fabrikam.com"_qs));
    QCOMPARE(list.size(), 1);
}

void tst_PartnerList::comparisonIgnoresCaseFinalDotAndIdnForm()
{
    PartnerList list;
    list.append(partner(u"bücher.example"_qs));
    QCOMPARE(list.append(partner(u"BÜCHER.example."_qs)).size(), 1);
    QCOMPARE(list.append(partner(u"xn--bcher-kva.example"_qs)).size(), 1);
    QCOMPARE(list.size(), 1);
}

void tst_PartnerList::replaceMayKeepItsOwnDomains()
{
    PartnerList list;
    list.append(partner(u"fabrikam.com"_qs, {u"corp.fabrikam.com"_qs}));
    Partner edited = list.at(0);
    edited.description = u"edited"_qs;
    QVERIFY(list.replace(0, edited).isEmpty());
    QCOMPARE(list.at(0).description, u"edited"_qs);
}

void tst_PartnerList::replaceFreesOldDomains()
{
    PartnerList list;
    list.append(partner(u"fabrikam.com"_qs, {u"corp.fabrikam.com"_qs}));
    list.append(partner(u"contoso.com"_qs));
    QVERIFY(list.replace(0, partner(u"fabrikam.com"_qs)).isEmpty());
    QCOMPARE(list.indexOfDomain(u"corp.fabrikam.com"_qs), -1);
    // A replacement that takes another partner's domain is refused, the list unchanged.
    const PartnerList before = list;
    QCOMPARE(list.replace(0, partner(u"contoso.com"_qs)).size(), 1);
    QCOMPARE(list, before);
    QCOMPARE(list.indexOfDomain(u"fabrikam.com"_qs), 0);
}

void tst_PartnerList::takeAtFreesDomainsAndReindexes()
{
    PartnerList list;
    list.append(partner(u"fabrikam.com"_qs));
    list.append(partner(u"contoso.com"_qs, {u"eu.contoso.com"_qs}));
    const Partner taken = list.takeAt(0);
    QCOMPARE(taken.domain, u"fabrikam.com"_qs);
    QCOMPARE(list.indexOfDomain(u"eu.contoso.com"_qs), 0);
    QCOMPARE(list.indexOfDomain(u"fabrikam.com"_qs), -1);
    QVERIFY(list.append(partner(u"fabrikam.com"_qs)).isEmpty());
}

void tst_PartnerList::insertInTheMiddleReindexes()
{
    PartnerList list;
    list.append(partner(u"a.com"_qs));
    list.append(partner(u"c.com"_qs));
    QVERIFY(list.insert(1, partner(u"b.com"_qs)).isEmpty());
    QCOMPARE(list.indexOfDomain(u"a.com"_qs), 0);
    QCOMPARE(list.indexOfDomain(u"b.com"_qs), 1);
    QCOMPARE(list.indexOfDomain(u"c.com"_qs), 2);
    const auto conflict = list.findConflict(partner(u"x.com"_qs, {u"c.com"_qs}));
    QVERIFY(conflict.has_value());
    QCOMPARE(conflict->partnerIndex, 2);
    QCOMPARE(conflict->partnerDomain, u"c.com"_qs);
}

void tst_PartnerList::warningsDoNotRefuse()
{
    PartnerList list;
    Partner warned = partner(u"fabrikam.com"_qs, {u"fabrikam.net"_qs});
    warned.tlsNegotiation = Negotiation::Optional; // row 9: warning
    QVERIFY(list.append(warned).isEmpty());
    const ValidationIssues issues = list.check(list.at(0), 0);
    QCOMPARE(issues.size(), 2);
    QVERIFY(!hasErrors(issues));
}

void tst_PartnerList::indexFollowsInsertionsAndRemovalsAnywhere()
{
    // Inserting and taking at the start, in the middle and at the end shifts the
    // indexes of the partners after them (the index is not rebuilt); after each change
    // every domain leads to its partner and a removed one to nobody.
    PartnerList list;
    QStringList order; // primary domains, in list order
    int next = 0;
    const auto insert = [&](qsizetype at) {
        const QString domain = u"p%1.com"_qs.arg(next++);
        QVERIFY(list.insert(at, partner(domain, {u"corp."_qs + domain})).isEmpty());
        order.insert(at, domain);
    };
    const auto check = [&] {
        QCOMPARE(list.size(), order.size());
        for (qsizetype i = 0; i < order.size(); ++i) {
            QCOMPARE(list.at(i).domain, order.at(i));
            QCOMPARE(list.indexOfDomain(order.at(i)), i);
            QCOMPARE(list.indexOfDomain(u"corp."_qs + order.at(i)), i);
        }
    };
    for (int i = 0; i < 6; ++i)
        insert(list.size());
    insert(0);
    insert(3);
    check();
    const QString first = order.takeFirst();
    QCOMPARE(list.takeAt(0).domain, first);
    const QString middle = order.takeAt(3);
    QCOMPARE(list.takeAt(3).domain, middle);
    const QString last = order.takeLast();
    QCOMPARE(list.takeAt(list.size() - 1).domain, last);
    check();
    for (const QString &gone : {first, middle, last}) {
        QCOMPARE(list.indexOfDomain(gone), -1);
        QCOMPARE(list.indexOfDomain(u"corp."_qs + gone), -1);
    }
    // A domain that was taken can be used again; one still there cannot.
    QVERIFY(list.insert(2, partner(middle, {u"corp."_qs + middle})).isEmpty());
    order.insert(2, middle);
    check();
    QCOMPARE(list.insert(0, partner(u"other.com"_qs, {order.last()})).size(), 1);
    check();
}

QTEST_GUILESS_MAIN(tst_PartnerList)
#include "tst_partnerlist.moc"
