#include "file/partnerjson.h"

#include <QJsonArray>
#include <QTest>

class tst_PartnerJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField();
    void missingOptionalKeysTakeDefaults();
    void unknownKeysAreKept();
    void refusals_data();
    void refusals();
    void connectionLimitNullIsUnset();
};

void tst_PartnerJson::roundTripsEveryField()
{
    Partner partner;
    partner.domain = u"société-exemple.fr"_qs;
    partner.description = u"Line one\nLine \"two\" $x `y`"_qs;
    partner.additionalDomains = {u"a.société-exemple.fr"_qs, u"b.société-exemple.fr"_qs};
    partner.partnerType = PartnerType::Federated;
    partner.tlsNegotiation = Negotiation::Optional;
    partner.saslNegotiation = Negotiation::NotSupported;
    partner.supportDialbackNegotiation = false;
    partner.proxyFqdn = u"proxy.example.fr:5270"_qs;
    partner.enableKeepAlive = false;
    partner.connectionLimit = 42;

    const QJsonObject json = PartnerJson::toJson(partner);
    QCOMPARE(json.value(u"partnerType"_qs).toString(), u"Federated"_qs);
    QCOMPARE(json.value(u"tlsNegotiation"_qs).toString(), u"Optional"_qs);
    QCOMPARE(json.value(u"saslNegotiation"_qs).toString(), u"NotSupported"_qs);
    QCOMPARE(json.value(u"supportDialbackNegotiation"_qs), QJsonValue(false));
    QCOMPARE(json.value(u"connectionLimit"_qs).toInt(), 42);

    Partner back;
    QCOMPARE(PartnerJson::fromJson(json, &back), QString());
    QCOMPARE(back, partner);
}

void tst_PartnerJson::missingOptionalKeysTakeDefaults()
{
    Partner partner;
    QCOMPARE(PartnerJson::fromJson(QJsonObject {{u"domain"_qs, u"fabrikam.com"_qs}}, &partner),
             QString());
    Partner expected;
    expected.domain = u"fabrikam.com"_qs;
    QCOMPARE(partner, expected);
    QVERIFY(!PartnerJson::toJson(partner).contains(u"connectionLimit"_qs));
}

void tst_PartnerJson::unknownKeysAreKept()
{
    const QJsonObject object {{u"domain"_qs, u"fabrikam.com"_qs},
                              {u"futureSetting"_qs, QJsonObject {{u"nested"_qs, 1}}},
                              {u"anotherOne"_qs, QJsonArray {1, 2}}};
    Partner partner;
    QCOMPARE(PartnerJson::fromJson(object, &partner), QString());
    QCOMPARE(partner.unknownFields.size(), 2);
    const QJsonObject back = PartnerJson::toJson(partner);
    QCOMPARE(back.value(u"futureSetting"_qs), object.value(u"futureSetting"_qs));
    QCOMPARE(back.value(u"anotherOne"_qs), object.value(u"anotherOne"_qs));
}

void tst_PartnerJson::refusals_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("message");

    const QJsonValue domain(u"fabrikam.com"_qs);
    QTest::newRow("no domain") << QJsonObject {} << u"the key “domain” is missing."_qs;
    QTest::newRow("domain not a string") << QJsonObject {{u"domain"_qs, 5}}
                                         << u"the key “domain” must be a string, not a number."_qs;
    QTest::newRow("unknown TLS value")
        << QJsonObject {{u"domain"_qs, domain}, {u"tlsNegotiation"_qs, u"Maybe"_qs}}
        << u"the key “tlsNegotiation” has the unknown value “Maybe”; expected one of Required, "
           "Optional, NotSupported."_qs;
    QTest::newRow("partner type label instead of name")
        << QJsonObject {{u"domain"_qs, domain}, {u"partnerType"_qs, u"Public verified"_qs}}
        << u"the key “partnerType” has the unknown value “Public verified”; expected one of "
           "Federated, PublicVerified, PublicUnverified."_qs;
    QTest::newRow("dialback as string")
        << QJsonObject {{u"domain"_qs, domain}, {u"supportDialbackNegotiation"_qs, u"true"_qs}}
        << u"the key “supportDialbackNegotiation” must be true or false, not a string."_qs;
    QTest::newRow("additional domains not a list")
        << QJsonObject {{u"domain"_qs, domain}, {u"additionalDomains"_qs, u"a.com"_qs}}
        << u"the key “additionalDomains” must be a list of domains, not a string."_qs;
    QTest::newRow("additional domain not a string")
        << QJsonObject {{u"domain"_qs, domain},
                        {u"additionalDomains"_qs, QJsonArray {u"a.com"_qs, 3}}}
        << u"item 2 of “additionalDomains” must be a string, not a number."_qs;
    QTest::newRow("fractional limit")
        << QJsonObject {{u"domain"_qs, domain}, {u"connectionLimit"_qs, 2.5}}
        << u"the key “connectionLimit” must be a whole number."_qs;
    QTest::newRow("limit as string")
        << QJsonObject {{u"domain"_qs, domain}, {u"connectionLimit"_qs, u"10"_qs}}
        << u"the key “connectionLimit” must be a whole number, not a string."_qs;
}

void tst_PartnerJson::refusals()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, message);
    Partner partner;
    partner.description = u"untouched"_qs;
    QCOMPARE(PartnerJson::fromJson(object, &partner), message);
    QCOMPARE(partner.description, u"untouched"_qs);
}

void tst_PartnerJson::connectionLimitNullIsUnset()
{
    Partner partner;
    QCOMPARE(PartnerJson::fromJson(QJsonObject {{u"domain"_qs, u"a.com"_qs},
                                                {u"connectionLimit"_qs, QJsonValue::Null}},
                                   &partner),
             QString());
    QVERIFY(!partner.connectionLimit.has_value());
}

QTEST_GUILESS_MAIN(tst_PartnerJson)
#include "tst_partnerjson.moc"
