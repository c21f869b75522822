// What the import preview says about a partner it changes or adds: one line per field
// that differs, in the editor's words, the additional domains as added and removed, and
// a long description cut to its start.
#include "import/partnerdifference.h"

#include <QTest>

#include <functional>

class tst_PartnerDifference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachFieldsChange_data();
    void eachFieldsChange();
    void unchangedPartnerHasNoDifferences();
    void additionalDomainsAddedAndRemoved_data();
    void additionalDomainsAddedAndRemoved();
    void longDescriptionIsShortened();
    void differencesInFieldOrder();
    void summaryOfANewPartner();
    void summaryOfAPartnerWithEverySetting();

private:
    static Partner base();
};

using Change = std::function<void(Partner *)>;

Partner tst_PartnerDifference::base()
{
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    partner.additionalDomains = {u"corp.fabrikam.com"_qs};
    return partner;
}

void tst_PartnerDifference::eachFieldsChange_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("line");

    QTest::newRow("domain") << Change([](Partner *p) { p->domain = u"contoso.com"_qs; })
                            << u"Primary domain: fabrikam.com → contoso.com"_qs;
    QTest::newRow("description added") << Change([](Partner *p) { p->description = u"Lab"_qs; })
                                       << u"Description: (none) → Lab"_qs;
    QTest::newRow("partner type") << Change([](Partner *p) {
        p->partnerType = PartnerType::Federated;
    }) << u"Partner type: Public unverified → Federated"_qs;
    QTest::newRow("TLS") << Change([](Partner *p) {
        p->tlsNegotiation = Negotiation::NotSupported;
    }) << u"TLS negotiation: Required → Not supported"_qs;
    QTest::newRow("SASL") << Change([](Partner *p) { p->saslNegotiation = Negotiation::Required; })
                          << u"SASL negotiation: Optional → Required"_qs;
    QTest::newRow("dialback") << Change([](Partner *p) { p->supportDialbackNegotiation = false; })
                              << u"Dialback negotiation: True → False"_qs;
    QTest::newRow("proxy set") << Change([](Partner *p) { p->proxyFqdn = u"edge.fabrikam.com"_qs; })
                               << u"Proxy FQDN: (none) → edge.fabrikam.com"_qs;
    QTest::newRow("keep-alive") << Change([](Partner *p) { p->enableKeepAlive = false; })
                                << u"Keep-alive: on → off"_qs;
    QTest::newRow("limit set") << Change([](Partner *p) { p->connectionLimit = 50; })
                               << u"Connection limit: (none) → 50"_qs;
}

void tst_PartnerDifference::eachFieldsChange()
{
    QFETCH(Change, change);
    QFETCH(QString, line);

    const Partner before = base();
    Partner after = before;
    change(&after);
    QCOMPARE(PartnerDifference::describe(before, after), QStringList {line});
}

void tst_PartnerDifference::unchangedPartnerHasNoDifferences()
{
    Partner partner = base();
    partner.description = u"Lab\nsecond line"_qs;
    partner.proxyFqdn = u"edge.fabrikam.com"_qs;
    partner.connectionLimit = 10;
    QVERIFY(PartnerDifference::describe(partner, partner).isEmpty());
    QVERIFY(PartnerDifference::describe(Partner {}, Partner {}).isEmpty());

    // Removing a value reads as the value going to none.
    Partner without = partner;
    without.proxyFqdn.clear();
    without.connectionLimit.reset();
    QCOMPARE(PartnerDifference::describe(partner, without),
             QStringList({u"Proxy FQDN: edge.fabrikam.com → (none)"_qs,
                          u"Connection limit: 10 → (none)"_qs}));
}

void tst_PartnerDifference::additionalDomainsAddedAndRemoved_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QString>("line");

    QTest::newRow("added") << QStringList {u"a.com"_qs}
                           << QStringList {u"a.com"_qs, u"b.com"_qs, u"c.com"_qs}
                           << u"Additional domains: added b.com, c.com"_qs;
    QTest::newRow("removed") << QStringList {u"a.com"_qs, u"b.com"_qs} << QStringList {}
                             << u"Additional domains: removed a.com, b.com"_qs;
    QTest::newRow("both") << QStringList {u"a.com"_qs, u"b.com"_qs}
                          << QStringList {u"b.com"_qs, u"c.com"_qs}
                          << u"Additional domains: added c.com; removed a.com"_qs;
    QTest::newRow("reordered") << QStringList {u"a.com"_qs, u"b.com"_qs}
                               << QStringList {u"b.com"_qs, u"a.com"_qs}
                               << u"Additional domains: same domains written differently or in "
                                  "another order"_qs;
    // Domains compare as DNS does: case and a final dot do not make another domain.
    QTest::newRow("case and final dot")
        << QStringList {u"A.com"_qs, u"b.com"_qs} << QStringList {u"a.com"_qs, u"b.com."_qs}
        << u"Additional domains: same domains written differently or in another order"_qs;
    QTest::newRow("internationalized")
        << QStringList {u"société.com"_qs} << QStringList {u"xn--socit-esab.com"_qs}
        << u"Additional domains: same domains written "
           "differently or in another order"_qs;
}

void tst_PartnerDifference::additionalDomainsAddedAndRemoved()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QString, line);

    Partner first = base();
    first.additionalDomains = before;
    Partner second = base();
    second.additionalDomains = after;
    QCOMPARE(PartnerDifference::describe(first, second), QStringList {line});
}

void tst_PartnerDifference::longDescriptionIsShortened()
{
    const QString longLine = QString(100, u'x');
    Partner before = base();
    Partner after = base();
    after.description = longLine;
    // The first 60 characters, and an ellipsis for the cut.
    QCOMPARE(PartnerDifference::describe(before, after),
             QStringList {u"Description: (none) → "_qs + QString(60, u'x') + u'…'});

    // Only the first line shows; a second line that differs still counts as a change.
    before.description = u"Same start\nold"_qs;
    after.description = u"Same start\nnew"_qs;
    QCOMPARE(PartnerDifference::describe(before, after),
             QStringList {u"Description: Same start → Same start"_qs});

    QCOMPARE(PartnerDifference::summary(after).filter(u"Description"_qs),
             QStringList {u"Description: Same start"_qs});
    after.description = longLine;
    QCOMPARE(PartnerDifference::summary(after).filter(u"Description"_qs),
             QStringList {u"Description: "_qs + QString(60, u'x') + u'…'});
}

void tst_PartnerDifference::differencesInFieldOrder()
{
    const Partner before = base();
    Partner after = before;
    after.connectionLimit = 5;
    after.tlsNegotiation = Negotiation::Optional;
    after.domain = u"contoso.com"_qs;
    QCOMPARE(PartnerDifference::describe(before, after),
             QStringList({u"Primary domain: fabrikam.com → contoso.com"_qs,
                          u"TLS negotiation: Required → Optional"_qs,
                          u"Connection limit: (none) → 5"_qs}));
}

void tst_PartnerDifference::summaryOfANewPartner()
{
    // The negotiation settings always; the others only when set.
    QCOMPARE(PartnerDifference::summary(Partner {}),
             QStringList({u"Partner type: Public unverified"_qs, u"TLS negotiation: Required"_qs,
                          u"SASL negotiation: Optional"_qs, u"Dialback negotiation: True"_qs}));
}

void tst_PartnerDifference::summaryOfAPartnerWithEverySetting()
{
    Partner partner = base();
    partner.description = u"Lab"_qs;
    partner.additionalDomains = {u"a.com"_qs, u"b.com"_qs};
    partner.partnerType = PartnerType::PublicVerified;
    partner.tlsNegotiation = Negotiation::Optional;
    partner.saslNegotiation = Negotiation::NotSupported;
    partner.supportDialbackNegotiation = false;
    partner.proxyFqdn = u"edge.fabrikam.com"_qs;
    partner.enableKeepAlive = false;
    partner.connectionLimit = 7;
    QCOMPARE(PartnerDifference::summary(partner),
             QStringList({u"Partner type: Public verified"_qs, u"TLS negotiation: Optional"_qs,
                          u"SASL negotiation: Not supported"_qs, u"Dialback negotiation: False"_qs,
                          u"Additional domains: a.com, b.com"_qs, u"Description: Lab"_qs,
                          u"Proxy FQDN: edge.fabrikam.com"_qs, u"Keep-alive: off"_qs,
                          u"Connection limit: 7"_qs}));
}

QTEST_GUILESS_MAIN(tst_PartnerDifference)
#include "tst_partnerdifference.moc"
