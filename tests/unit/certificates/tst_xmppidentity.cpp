// XmppIdentity against certificates made here with OpenSSL: which name of a certificate
// identifies an XMPP domain (RFC 6120 §13.7.1.2, RFC 6125, XEP-0178), and the rules one
// by one: wildcards, SRV-IDs, XmppAddrs, the CN only without a subjectAltName, IDN forms,
// case and the final dot.
#include "certificates/xmppidentity.h"
#include "testcertificates.h"

#include <QTest>

using Kind = CertificateNames::Kind;

class tst_XmppIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void certificate_data();
    void certificate();
    void commonNameBesideASubjectAltNameIsNotUsed();
    void mismatchListsEveryName();
    void exactNamesComeBeforeWildcards();
    void dnsId_data();
    void dnsId();
    void srvId_data();
    void srvId();
    void xmppAddr_data();
    void xmppAddr();
};

namespace {

CertificateNames namesOf(const TestCertificates::Spec &spec)
{
    const TestCertificates::Issued issued = TestCertificates::make(spec);
    if (issued.isNull())
        qFatal("cannot make a test certificate");
    return CertificateNames::fromCertificate(issued.certificate);
}

TestCertificates::Spec spec(const QStringList &dns, const QStringList &srv = {},
                            const QStringList &xmpp = {}, const QStringList &cn = {})
{
    TestCertificates::Spec result;
    result.dnsNames = dns;
    result.srvIds = srv;
    result.xmppAddrs = xmpp;
    result.commonNames = cn;
    return result;
}

} // namespace

void tst_XmppIdentity::certificate_data()
{
    QTest::addColumn<QStringList>("dns");
    QTest::addColumn<QStringList>("srv");
    QTest::addColumn<QStringList>("xmpp");
    QTest::addColumn<QStringList>("cn");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("presented");
    QTest::addColumn<bool>("wildcard");

    const QStringList none;
    QTest::newRow("only an SRV-ID")
        << none << QStringList {u"_xmpp-server.example.com"_qs} << none << none << u"example.com"_qs
        << true << int(Kind::SrvId) << u"_xmpp-server.example.com"_qs << false;
    QTest::newRow("only an SRV-ID for direct TLS")
        << none << QStringList {u"_xmpps-server.example.com"_qs} << none << none
        << u"example.com"_qs << true << int(Kind::SrvId) << u"_xmpps-server.example.com"_qs
        << false;
    QTest::newRow("only an SRV-ID of another domain")
        << none << QStringList {u"_xmpp-server.other.example"_qs} << none << none
        << u"example.com"_qs << false << 0 << QString() << false;
    QTest::newRow("only an XmppAddr")
        << none << none << QStringList {u"example.com"_qs} << none << u"example.com"_qs << true
        << int(Kind::XmppAddr) << u"example.com"_qs << false;
    QTest::newRow("only a CN") << none << none << none << QStringList {u"example.com"_qs}
                               << u"example.com"_qs << true << int(Kind::CommonName)
                               << u"example.com"_qs << false;
    QTest::newRow("a DNS-ID") << QStringList {u"example.com"_qs} << none << none << none
                              << u"example.com"_qs << true << int(Kind::DnsId) << u"example.com"_qs
                              << false;
    QTest::newRow("wildcard covers an additional domain")
        << QStringList {u"example.com"_qs, u"*.example.com"_qs} << none << none << none
        << u"conference.example.com"_qs << true << int(Kind::DnsId) << u"*.example.com"_qs << true;
    QTest::newRow("wildcard does not cover the primary domain")
        << QStringList {u"*.example.com"_qs} << none << none << none << u"example.com"_qs << false
        << 0 << QString() << false;
    QTest::newRow("wildcard does not cover two labels")
        << QStringList {u"*.example.com"_qs} << none << none << none
        << u"a.conference.example.com"_qs << false << 0 << QString() << false;
    QTest::newRow("partial wildcard refused")
        << QStringList {u"x*.example.com"_qs} << none << none << none << u"xmpp.example.com"_qs
        << false << 0 << QString() << false;
    QTest::newRow("wildcard in the SRV-ID refused")
        << none << QStringList {u"_xmpp-server.*.example.com"_qs} << none << none
        << u"conference.example.com"_qs << false << 0 << QString() << false;
    QTest::newRow("wildcard in the XmppAddr refused")
        << none << none << QStringList {u"*.example.com"_qs} << none << u"conference.example.com"_qs
        << false << 0 << QString() << false;
    QTest::newRow("IDN: A-label in the certificate, U-label tested")
        << QStringList {u"xn--bcher-kva.example"_qs} << none << none << none << u"bücher.example"_qs
        << true << int(Kind::DnsId) << u"xn--bcher-kva.example"_qs << false;
    QTest::newRow("IDN: U-label XmppAddr, A-label tested")
        << none << none << QStringList {u"bücher.example"_qs} << none << u"xn--bcher-kva.example"_qs
        << true << int(Kind::XmppAddr) << u"bücher.example"_qs << false;
    QTest::newRow("IDN: SRV-ID with an A-label, U-label tested")
        << none << QStringList {u"_xmpp-server.xn--bcher-kva.example"_qs} << none << none
        << u"BÜCHER.example"_qs << true << int(Kind::SrvId)
        << u"_xmpp-server.xn--bcher-kva.example"_qs << false;
    QTest::newRow("IDN: wildcard over an A-label parent")
        << QStringList {u"*.xn--bcher-kva.example"_qs} << none << none << none
        << u"conference.bücher.example"_qs << true << int(Kind::DnsId)
        << u"*.xn--bcher-kva.example"_qs << true;
    QTest::newRow("trailing dot in the certificate")
        << QStringList {u"example.com."_qs} << none << none << none << u"example.com"_qs << true
        << int(Kind::DnsId) << u"example.com."_qs << false;
    QTest::newRow("trailing dot in the domain")
        << QStringList {u"example.com"_qs} << none << none << none << u"example.com."_qs << true
        << int(Kind::DnsId) << u"example.com"_qs << false;
    QTest::newRow("case") << QStringList {u"XMPP.Example.COM"_qs} << none << none << none
                          << u"xmpp.example.com"_qs << true << int(Kind::DnsId)
                          << u"XMPP.Example.COM"_qs << false;
    QTest::newRow("case of the SRV-ID's service")
        << none << QStringList {u"_XMPP-Server.Example.com"_qs} << none << none << u"example.COM"_qs
        << true << int(Kind::SrvId) << u"_XMPP-Server.Example.com"_qs << false;
    QTest::newRow("another domain") << QStringList {u"other.example"_qs} << none << none << none
                                    << u"example.com"_qs << false << 0 << QString() << false;
}

void tst_XmppIdentity::certificate()
{
    QFETCH(QStringList, dns);
    QFETCH(QStringList, srv);
    QFETCH(QStringList, xmpp);
    QFETCH(QStringList, cn);
    QFETCH(QString, domain);
    QFETCH(bool, matched);
    QFETCH(int, kind);
    QFETCH(QString, presented);
    QFETCH(bool, wildcard);

    const CertificateNames names = namesOf(spec(dns, srv, xmpp, cn));
    QVERIFY(names.valid);
    const XmppIdentity::Result result = XmppIdentity::match(names, domain);
    QCOMPARE(result.matched, matched);
    QCOMPARE(result.names, names.all());
    if (!matched) {
        QVERIFY(result.presented.isEmpty());
        QVERIFY(!result.commonNameWarning());
        return;
    }
    QCOMPARE(int(result.kind), kind);
    QCOMPARE(result.presented, presented);
    QCOMPARE(result.wildcard, wildcard);
    // A match by the CN alone is a warning (RFC 6125 deprecates it), and only that one.
    QCOMPARE(result.commonNameWarning(), Kind(kind) == Kind::CommonName);
    QVERIFY(!result.commonNameIgnored);
}

void tst_XmppIdentity::commonNameBesideASubjectAltNameIsNotUsed()
{
    const CertificateNames names
        = namesOf(spec({u"other.example"_qs}, {}, {}, {u"example.com"_qs}));
    QVERIFY(names.hasSubjectAltName);
    const XmppIdentity::Result result = XmppIdentity::match(names, u"example.com"_qs);
    QVERIFY(!result.matched);
    QVERIFY(result.commonNameIgnored);
    QVERIFY(!result.commonNameWarning());
    // The names matched against are the subjectAltName's only; all of them are kept.
    QCOMPARE(result.considered,
             (QList<CertificateNames::Name> {{Kind::DnsId, u"other.example"_qs}}));
    QCOMPARE(result.names.size(), 2);
    QCOMPARE(result.names.last(), (CertificateNames::Name {Kind::CommonName, u"example.com"_qs}));

    // Even a subjectAltName without any DNS name, SRV-ID or XmppAddr sets the CN aside.
    TestCertificates::Spec uriOnly = spec({}, {}, {}, {u"example.com"_qs});
    uriOnly.forceSubjectAltName = true;
    const XmppIdentity::Result uri = XmppIdentity::match(namesOf(uriOnly), u"example.com"_qs);
    QVERIFY(!uri.matched);
    QVERIFY(uri.commonNameIgnored);
    QVERIFY(uri.considered.isEmpty());
}

void tst_XmppIdentity::mismatchListsEveryName()
{
    const CertificateNames names = namesOf(spec({u"a.example"_qs, u"*.b.example"_qs},
                                                {u"_xmpp-server.c.example"_qs}, {u"d.example"_qs}));
    const XmppIdentity::Result result = XmppIdentity::match(names, u"example.com"_qs);
    QVERIFY(!result.matched);
    QCOMPARE(result.considered,
             (QList<CertificateNames::Name> {{Kind::DnsId, u"a.example"_qs},
                                             {Kind::DnsId, u"*.b.example"_qs},
                                             {Kind::SrvId, u"_xmpp-server.c.example"_qs},
                                             {Kind::XmppAddr, u"d.example"_qs}}));
}

void tst_XmppIdentity::exactNamesComeBeforeWildcards()
{
    // Reported is the most specific name that matched, not the first one written.
    const CertificateNames names = namesOf(
        spec({u"*.example.com"_qs, u"chat.example.com"_qs}, {u"_xmpp-server.chat.example.com"_qs}));
    const XmppIdentity::Result result = XmppIdentity::match(names, u"chat.example.com"_qs);
    QVERIFY(result.matched);
    QCOMPARE(result.kind, Kind::DnsId);
    QCOMPARE(result.presented, u"chat.example.com"_qs);
    QVERIFY(!result.wildcard);

    const CertificateNames srvAndWildcard
        = namesOf(spec({u"*.example.com"_qs}, {u"_xmpp-server.chat.example.com"_qs}));
    const XmppIdentity::Result srv = XmppIdentity::match(srvAndWildcard, u"chat.example.com"_qs);
    QCOMPARE(srv.kind, Kind::SrvId);
    QVERIFY(!srv.wildcard);
}

void tst_XmppIdentity::dnsId_data()
{
    QTest::addColumn<QString>("presented");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<bool>("wildcard");

    QTest::newRow("equal") << u"example.com"_qs << u"example.com"_qs << true << false;
    QTest::newRow("one label") << u"*.example.com"_qs << u"a.example.com"_qs << true << true;
    QTest::newRow("not the parent") << u"*.example.com"_qs << u"example.com"_qs << false << false;
    QTest::newRow("not two labels")
        << u"*.example.com"_qs << u"a.b.example.com"_qs << false << false;
    QTest::newRow("not a sibling") << u"*.example.com"_qs << u"a.example.org"_qs << false << false;
    QTest::newRow("partial, prefix")
        << u"x*.example.com"_qs << u"xa.example.com"_qs << false << false;
    QTest::newRow("partial, suffix")
        << u"*x.example.com"_qs << u"ax.example.com"_qs << false << false;
    QTest::newRow("two wildcards")
        << u"*.*.example.com"_qs << u"a.b.example.com"_qs << false << false;
    QTest::newRow("not left-most")
        << u"a.*.example.com"_qs << u"a.b.example.com"_qs << false << false;
    QTest::newRow("not over a top-level domain")
        << u"*.com"_qs << u"example.com"_qs << false << false;
    QTest::newRow("a lone star") << u"*"_qs << u"example"_qs << false << false;
    QTest::newRow("wildcard with a final dot")
        << u"*.example.com."_qs << u"a.example.com"_qs << true << true;
    QTest::newRow("empty") << QString() << u"example.com"_qs << false << false;
    QTest::newRow("empty label") << u"example..com"_qs << u"example..com"_qs << false << false;
}

void tst_XmppIdentity::dnsId()
{
    QFETCH(QString, presented);
    QFETCH(QString, domain);
    QFETCH(bool, matches);
    QFETCH(bool, wildcard);
    bool viaWildcard = !wildcard;
    QCOMPARE(XmppIdentity::dnsIdMatches(presented, domain, &viaWildcard), matches);
    QCOMPARE(viaWildcard, wildcard);
}

void tst_XmppIdentity::srvId_data()
{
    QTest::addColumn<QString>("presented");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("matches");

    QTest::newRow("xmpp-server") << u"_xmpp-server.example.com"_qs << u"example.com"_qs << true;
    QTest::newRow("xmpps-server") << u"_xmpps-server.example.com"_qs << u"example.com"_qs << true;
    QTest::newRow("service case") << u"_XMPP-SERVER.example.com"_qs << u"example.com"_qs << true;
    QTest::newRow("client service") << u"_xmpp-client.example.com"_qs << u"example.com"_qs << false;
    QTest::newRow("no service") << u"example.com"_qs << u"example.com"_qs << false;
    QTest::newRow("service without underscore")
        << u"xmpp-server.example.com"_qs << u"example.com"_qs << false;
    QTest::newRow("service alone") << u"_xmpp-server"_qs << u"example.com"_qs << false;
    QTest::newRow("a subdomain") << u"_xmpp-server.example.com"_qs << u"a.example.com"_qs << false;
    QTest::newRow("wildcard") << u"_xmpp-server.*.example.com"_qs << u"a.example.com"_qs << false;
}

void tst_XmppIdentity::srvId()
{
    QFETCH(QString, presented);
    QFETCH(QString, domain);
    QFETCH(bool, matches);
    QCOMPARE(XmppIdentity::srvIdMatches(presented, domain), matches);
}

void tst_XmppIdentity::xmppAddr_data()
{
    QTest::addColumn<QString>("presented");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("matches");

    QTest::newRow("bare domain") << u"example.com"_qs << u"example.com"_qs << true;
    QTest::newRow("U-label") << u"bücher.example"_qs << u"xn--bcher-kva.example"_qs << true;
    QTest::newRow("a user's JID") << u"admin@example.com"_qs << u"example.com"_qs << false;
    QTest::newRow("with a resource") << u"example.com/server"_qs << u"example.com"_qs << false;
    QTest::newRow("wildcard") << u"*.example.com"_qs << u"a.example.com"_qs << false;
}

void tst_XmppIdentity::xmppAddr()
{
    QFETCH(QString, presented);
    QFETCH(QString, domain);
    QFETCH(bool, matches);
    QCOMPARE(XmppIdentity::xmppAddrMatches(presented, domain), matches);
}

QTEST_GUILESS_MAIN(tst_XmppIdentity)
#include "tst_xmppidentity.moc"
