#include "partners/partner.h"

#include <QTest>

class tst_Partner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsOfANewPartner();
    void wireNamesRoundTrip();
    void wireNamesAreCaseInsensitiveOnInput();
    void unknownWireNamesAreRefused();
    void allDomainsListsPrimaryFirst();
    void equalityCoversEveryField();
};

void tst_Partner::defaultsOfANewPartner()
{
    const Partner partner;
    QVERIFY(partner.domain.isEmpty());
    QVERIFY(partner.description.isEmpty());
    QVERIFY(partner.additionalDomains.isEmpty());
    QCOMPARE(partner.partnerType, PartnerType::PublicUnverified);
    QCOMPARE(partner.tlsNegotiation, Negotiation::Required);
    QCOMPARE(partner.saslNegotiation, Negotiation::Optional);
    QCOMPARE(partner.supportDialbackNegotiation, true);
    QVERIFY(partner.proxyFqdn.isEmpty());
    QCOMPARE(partner.enableKeepAlive, true);
    QVERIFY(!partner.connectionLimit.has_value());
    QVERIFY(partner.unknownFields.isEmpty());
}

void tst_Partner::wireNamesRoundTrip()
{
    const QStringList types {u"Federated"_qs, u"PublicVerified"_qs, u"PublicUnverified"_qs};
    for (qsizetype i = 0; i < types.size(); ++i) {
        const PartnerType type = AllPartnerTypes[i];
        QCOMPARE(wireName(type), types.at(i));
        QCOMPARE(partnerTypeFromWireName(types.at(i)), type);
    }
    const QStringList negotiations {u"Required"_qs, u"Optional"_qs, u"NotSupported"_qs};
    for (qsizetype i = 0; i < negotiations.size(); ++i) {
        const Negotiation negotiation = AllNegotiations[i];
        QCOMPARE(wireName(negotiation), negotiations.at(i));
        QCOMPARE(negotiationFromWireName(negotiations.at(i)), negotiation);
    }
}

void tst_Partner::wireNamesAreCaseInsensitiveOnInput()
{
    QCOMPARE(partnerTypeFromWireName(u"publicverified"), PartnerType::PublicVerified);
    QCOMPARE(negotiationFromWireName(u"NOTSUPPORTED"), Negotiation::NotSupported);
}

void tst_Partner::unknownWireNamesAreRefused()
{
    QVERIFY(!partnerTypeFromWireName(u"Public verified").has_value());
    QVERIFY(!partnerTypeFromWireName(u"").has_value());
    QVERIFY(!negotiationFromWireName(u"Maybe").has_value());
    QVERIFY(!negotiationFromWireName(u"Not supported").has_value());
}

void tst_Partner::allDomainsListsPrimaryFirst()
{
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    partner.additionalDomains = {u"corp.fabrikam.com"_qs, u"it.fabrikam.com"_qs};
    QCOMPARE(partner.allDomains(),
             QStringList({u"fabrikam.com"_qs, u"corp.fabrikam.com"_qs, u"it.fabrikam.com"_qs}));
}

void tst_Partner::equalityCoversEveryField()
{
    const Partner base;
    QCOMPARE(base, Partner());
    QList<Partner> changed(11, base);
    changed[0].domain = u"a.com"_qs;
    changed[1].description = u"x"_qs;
    changed[2].additionalDomains = {u"b.com"_qs};
    changed[3].partnerType = PartnerType::Federated;
    changed[4].tlsNegotiation = Negotiation::Optional;
    changed[5].saslNegotiation = Negotiation::Required;
    changed[6].supportDialbackNegotiation = false;
    changed[7].proxyFqdn = u"proxy.a.com"_qs;
    changed[8].enableKeepAlive = false;
    changed[9].connectionLimit = 10;
    changed[10].unknownFields.insert(u"future"_qs, 1);
    for (const Partner &partner : changed)
        QVERIFY(!(partner == base));
}

QTEST_GUILESS_MAIN(tst_Partner)
#include "tst_partner.moc"
