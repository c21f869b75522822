#include "partners/partnervalidator.h"

#include <QTest>

using Field = ValidationIssue::Field;
using Severity = ValidationIssue::Severity;

class tst_PartnerValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPartnerHasNoIssue();
    void primaryDomainIsRequired();
    void badPrimaryDomainNamesTheRule();
    void descriptionLimit();
    void additionalDomains_data();
    void additionalDomains();
    void errorRowIsAnError();
    void warningRowIsAWarning();
    void proxyFqdn();
    void connectionLimit();
    void everyProblemIsReported();
};

static Partner validPartner()
{
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    partner.additionalDomains = {u"corp.fabrikam.com"_qs};
    return partner;
}

void tst_PartnerValidator::validPartnerHasNoIssue()
{
    QCOMPARE(PartnerValidator::validate(validPartner()), ValidationIssues());
}

void tst_PartnerValidator::primaryDomainIsRequired()
{
    Partner partner = validPartner();
    partner.domain.clear();
    partner.additionalDomains.clear();
    const ValidationIssues issues = PartnerValidator::validate(partner);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::Domain);
    QCOMPARE(issues.first().severity, Severity::Error);
    QCOMPARE(issues.first().message, u"The primary domain is required."_qs);
}

void tst_PartnerValidator::badPrimaryDomainNamesTheRule()
{
    Partner partner = validPartner();
    partner.domain = u"alice@fabrikam.com"_qs;
    partner.additionalDomains.clear();
    const ValidationIssues issues = PartnerValidator::validate(partner);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::Domain);
    QVERIFY(issues.first().message.contains(u"“@”"_qs));
}

void tst_PartnerValidator::descriptionLimit()
{
    Partner partner = validPartner();
    partner.description = QString(Partner::MaxDescriptionLength, u'x');
    QVERIFY(PartnerValidator::validate(partner).isEmpty());
    partner.description += u'x';
    const ValidationIssues issues = PartnerValidator::validate(partner);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::Description);
    QVERIFY(issues.first().message.contains(u"1025"_qs));
}

void tst_PartnerValidator::additionalDomains_data()
{
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<int>("severity"); // -1: no issue
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("subdomains") << QStringList {u"corp.fabrikam.com"_qs, u"it.fabrikam.com"_qs}
                                << -1 << QString();
    QTest::newRow("not a subdomain: warning")
        << QStringList {u"fabrikam.net"_qs} << int(Severity::Warning) << u"not a subdomain"_qs;
    QTest::newRow("invalid") << QStringList {u"corp fabrikam.com"_qs} << int(Severity::Error)
                             << u"space"_qs;
    QTest::newRow("listed twice, other case")
        << QStringList {u"corp.fabrikam.com"_qs, u"CORP.fabrikam.com"_qs} << int(Severity::Error)
        << u"listed twice"_qs;
    QTest::newRow("same as primary")
        << QStringList {u"Fabrikam.com."_qs} << int(Severity::Error) << u"is the primary domain"_qs;
}

void tst_PartnerValidator::additionalDomains()
{
    QFETCH(QStringList, domains);
    QFETCH(int, severity);
    QFETCH(QString, messagePart);
    Partner partner = validPartner();
    partner.additionalDomains = domains;
    const ValidationIssues issues = PartnerValidator::validate(partner);
    if (severity < 0) {
        QVERIFY(issues.isEmpty());
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::AdditionalDomains);
    QCOMPARE(int(issues.first().severity), severity);
    QVERIFY2(issues.first().message.contains(messagePart), qPrintable(issues.first().message));
}

void tst_PartnerValidator::errorRowIsAnError()
{
    Partner partner = validPartner();
    partner.tlsNegotiation = Negotiation::NotSupported;
    const ValidationIssues issues = PartnerValidator::validate(partner);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first(),
             (ValidationIssue {
                 Severity::Error, Field::Negotiation,
                 u"SASL requires TLS. To use SASL, TLS must be Required or Optional."_qs}));
    QVERIFY(hasErrors(issues));
}

void tst_PartnerValidator::warningRowIsAWarning()
{
    Partner partner = validPartner();
    partner.saslNegotiation = Negotiation::Required; // row 1
    const ValidationIssues issues = PartnerValidator::validate(partner);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Warning);
    QVERIFY(!hasErrors(issues));
}

void tst_PartnerValidator::proxyFqdn()
{
    Partner partner = validPartner();
    partner.proxyFqdn = u"xmpp.fabrikam.com:5270"_qs;
    QVERIFY(PartnerValidator::validate(partner).isEmpty());
    partner.proxyFqdn = u"xmpp.fabrikam.com:99999"_qs;
    const ValidationIssues issues = PartnerValidator::validate(partner);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::ProxyFqdn);
    QVERIFY(issues.first().message.startsWith(u"Proxy FQDN: "_qs));
}

void tst_PartnerValidator::connectionLimit()
{
    Partner partner = validPartner();
    for (const int ok : {1, 1000}) {
        partner.connectionLimit = ok;
        QVERIFY(PartnerValidator::validate(partner).isEmpty());
    }
    for (const int bad : {0, -5, 1001}) {
        partner.connectionLimit = bad;
        const ValidationIssues issues = PartnerValidator::validate(partner);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, Field::ConnectionLimit);
        QVERIFY(issues.first().message.contains(QString::number(bad)));
    }
}

void tst_PartnerValidator::everyProblemIsReported()
{
    Partner partner;
    partner.domain = u"bad domain"_qs;
    partner.additionalDomains = {u"*.x.com"_qs};
    partner.tlsNegotiation = Negotiation::NotSupported;
    partner.connectionLimit = 0;
    QList<Field> fields;
    for (const ValidationIssue &issue : PartnerValidator::validate(partner))
        fields.append(issue.field);
    QCOMPARE(fields,
             (QList<Field> {Field::Domain, Field::AdditionalDomains, Field::Negotiation,
                            Field::ConnectionLimit}));
}

QTEST_GUILESS_MAIN(tst_PartnerValidator)
#include "tst_partnervalidator.moc"
