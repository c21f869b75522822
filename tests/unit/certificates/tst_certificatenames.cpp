// The names CertificateNames reads from certificates made here with OpenSSL: DNS-IDs,
// SRV-IDs and XmppAddrs from the subjectAltName (otherName entries Qt does not expose),
// the subject's CNs, and whether a subjectAltName is there at all.
#include "certificates/certificatenames.h"
#include "testcertificates.h"

#include <QTest>

using Kind = CertificateNames::Kind;

class tst_CertificateNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindIsRead();
    void otherNamesQtDoesNotShowAreRead();
    void commonNameWithoutSubjectAltName();
    void subjectAltNameWithoutAnyName();
    void dnsNameWithANulIsNotAName();
    void utf8XmppAddrStaysUtf8();
    void unreadableInputIsInvalid();
    void kindNamesAndWireNames();
    void listText();
};

void tst_CertificateNames::everyKindIsRead()
{
    TestCertificates::Spec spec;
    spec.commonNames = {u"xmpp.example.com"_qs};
    spec.dnsNames = {u"xmpp.example.com"_qs, u"*.example.com"_qs};
    spec.srvIds = {u"_xmpp-server.example.com"_qs};
    spec.xmppAddrs = {u"example.com"_qs};
    const TestCertificates::Issued issued = TestCertificates::make(spec);
    QVERIFY(!issued.isNull());

    const CertificateNames names = CertificateNames::fromCertificate(issued.certificate);
    QVERIFY(names.valid);
    QVERIFY(names.hasSubjectAltName);
    QCOMPARE(names.dnsIds, (QStringList {u"xmpp.example.com"_qs, u"*.example.com"_qs}));
    QCOMPARE(names.srvIds, QStringList {u"_xmpp-server.example.com"_qs});
    QCOMPARE(names.xmppAddrs, QStringList {u"example.com"_qs});
    QCOMPARE(names.commonNames, QStringList {u"xmpp.example.com"_qs});

    const QList<CertificateNames::Name> all = names.all();
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.first(), (CertificateNames::Name {Kind::DnsId, u"xmpp.example.com"_qs}));
    QCOMPARE(all.at(2), (CertificateNames::Name {Kind::SrvId, u"_xmpp-server.example.com"_qs}));
    QCOMPARE(all.at(3), (CertificateNames::Name {Kind::XmppAddr, u"example.com"_qs}));
    QCOMPARE(all.last(), (CertificateNames::Name {Kind::CommonName, u"xmpp.example.com"_qs}));
    // With a subjectAltName, the CN is not among the names matched against.
    QCOMPARE(names.considered(), all.mid(0, 4));
}

void tst_CertificateNames::otherNamesQtDoesNotShowAreRead()
{
    TestCertificates::Spec spec;
    spec.srvIds = {u"_xmpp-server.srv.example"_qs, u"_xmpps-server.srv.example"_qs};
    spec.xmppAddrs = {u"xmpp.example"_qs};
    const TestCertificates::Issued issued = TestCertificates::make(spec);
    QVERIFY(!issued.isNull());
    // Qt shows no otherName: the reason these are read with OpenSSL.
    const auto alternatives = issued.certificate.subjectAlternativeNames();
    QVERIFY(!alternatives.values().contains(u"_xmpp-server.srv.example"_qs));

    const CertificateNames names = CertificateNames::fromCertificate(issued.certificate);
    QVERIFY(names.hasSubjectAltName);
    QVERIFY(names.dnsIds.isEmpty());
    QCOMPARE(names.srvIds, spec.srvIds);
    QCOMPARE(names.xmppAddrs, spec.xmppAddrs);
    QVERIFY(names.commonNames.isEmpty());
}

void tst_CertificateNames::commonNameWithoutSubjectAltName()
{
    TestCertificates::Spec spec;
    spec.commonNames = {u"legacy.example"_qs};
    const TestCertificates::Issued issued = TestCertificates::make(spec);
    const CertificateNames names = CertificateNames::fromCertificate(issued.certificate);
    QVERIFY(names.valid);
    QVERIFY(!names.hasSubjectAltName);
    QCOMPARE(names.commonNames, QStringList {u"legacy.example"_qs});
    QCOMPARE(names.considered(),
             (QList<CertificateNames::Name> {{Kind::CommonName, u"legacy.example"_qs}}));
}

void tst_CertificateNames::subjectAltNameWithoutAnyName()
{
    // A subjectAltName with only a URI: present, so the CN does not count, and no name.
    TestCertificates::Spec spec;
    spec.commonNames = {u"legacy.example"_qs};
    spec.forceSubjectAltName = true;
    const CertificateNames names
        = CertificateNames::fromCertificate(TestCertificates::make(spec).certificate);
    QVERIFY(names.hasSubjectAltName);
    QVERIFY(names.dnsIds.isEmpty());
    QCOMPARE(names.commonNames, QStringList {u"legacy.example"_qs});
    QVERIFY(names.considered().isEmpty());
}

void tst_CertificateNames::dnsNameWithANulIsNotAName()
{
    TestCertificates::Spec spec;
    spec.rawDnsNames = {QByteArray("example.com\0.attacker.example", 29)};
    spec.dnsNames = {u"ok.example"_qs};
    const CertificateNames names
        = CertificateNames::fromCertificate(TestCertificates::make(spec).certificate);
    QCOMPARE(names.dnsIds, QStringList {u"ok.example"_qs});
}

void tst_CertificateNames::utf8XmppAddrStaysUtf8()
{
    TestCertificates::Spec spec;
    spec.xmppAddrs = {u"bücher.example"_qs};
    spec.commonNames = {u"bücher.example"_qs};
    const CertificateNames names
        = CertificateNames::fromCertificate(TestCertificates::make(spec).certificate);
    QCOMPARE(names.xmppAddrs, QStringList {u"bücher.example"_qs});
    QCOMPARE(names.commonNames, QStringList {u"bücher.example"_qs});
}

void tst_CertificateNames::unreadableInputIsInvalid()
{
    QVERIFY(!CertificateNames::fromDer(QByteArray("not a certificate")).valid);
    QVERIFY(!CertificateNames::fromCertificate(QSslCertificate()).valid);
    // One certificate followed by anything else is not one certificate.
    TestCertificates::Spec spec;
    spec.dnsNames = {u"example.com"_qs};
    const QByteArray der = TestCertificates::make(spec).certificate.toDer();
    QVERIFY(CertificateNames::fromDer(der).valid);
    QVERIFY(!CertificateNames::fromDer(der + "x").valid);
}

void tst_CertificateNames::kindNamesAndWireNames()
{
    QCOMPARE(CertificateNames::kindName(Kind::DnsId).toString(), u"DNS name"_qs);
    QCOMPARE(CertificateNames::kindName(Kind::SrvId).toString(), u"SRV-ID"_qs);
    QCOMPARE(CertificateNames::kindName(Kind::XmppAddr).toString(), u"XmppAddr"_qs);
    QCOMPARE(CertificateNames::kindName(Kind::CommonName).toString(), u"common name (CN)"_qs);
    QCOMPARE(CertificateNames::wireName(Kind::DnsId), u"dnsId"_qs);
    QCOMPARE(CertificateNames::wireName(Kind::SrvId), u"srvId"_qs);
    QCOMPARE(CertificateNames::wireName(Kind::XmppAddr), u"xmppAddr"_qs);
    QCOMPARE(CertificateNames::wireName(Kind::CommonName), u"commonName"_qs);
}

void tst_CertificateNames::listText()
{
    const QList<CertificateNames::Name> names {{Kind::DnsId, u"a.example"_qs},
                                               {Kind::SrvId, u"_xmpp-server.b.example"_qs}};
    QCOMPARE(CertificateNames::listText(names, true).toString(),
             u"a.example (DNS name), _xmpp-server.b.example (SRV-ID)"_qs);
    QCOMPARE(CertificateNames::listText(names, false).toString(),
             u"a.example, _xmpp-server.b.example"_qs);
    QVERIFY(CertificateNames::listText({}, true).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CertificateNames)
#include "tst_certificatenames.moc"
