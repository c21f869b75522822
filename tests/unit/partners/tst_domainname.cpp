#include "partners/domainname.h"

#include <QTest>

using Error = DomainName::Error;

class tst_DomainName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressWithOtherDotsIsRefused();
    void valid_data();
    void valid();
    void refused_data();
    void refused();
    void hostNamesMayHaveOneLabel();
    void comparisonIsCaseInsensitiveInAsciiForm();
    void isWithin();
};

void tst_DomainName::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("ace");

    QTest::newRow("plain") << u"fabrikam.com"_qs << u"fabrikam.com"_qs << u"fabrikam.com"_qs;
    QTest::newRow("subdomain") << u"corp.fabrikam.com"_qs << u"corp.fabrikam.com"_qs
                               << u"corp.fabrikam.com"_qs;
    QTest::newRow("upper case kept, compared lower")
        << u"Fabrikam.COM"_qs << u"Fabrikam.COM"_qs << u"fabrikam.com"_qs;
    QTest::newRow("final dot stripped (RFC 7622)")
        << u"fabrikam.com."_qs << u"fabrikam.com"_qs << u"fabrikam.com"_qs;
    QTest::newRow("hyphen inside")
        << u"wingtip-toys.com"_qs << u"wingtip-toys.com"_qs << u"wingtip-toys.com"_qs;
    QTest::newRow("digits") << u"xmpp2.example.org"_qs << u"xmpp2.example.org"_qs
                            << u"xmpp2.example.org"_qs;
    QTest::newRow("IDN") << u"société-exemple.fr"_qs << u"société-exemple.fr"_qs
                         << u"xn--socit-exemple-ehbb.fr"_qs;
    QTest::newRow("IDN upper case")
        << u"BÜCHER.example"_qs << u"BÜCHER.example"_qs << u"xn--bcher-kva.example"_qs;
    QTest::newRow("63-char label") << QString(63, u'a') + u".com" << QString(63, u'a') + u".com"
                                   << QString(63, u'a') + u".com";
    const QString longest = QStringList(4, QString(62, u'a')).join(u'.') + u".c"; // 253
    QCOMPARE(longest.size(), 253);
    QTest::newRow("253 octets") << longest << longest << longest;
}

void tst_DomainName::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, ace);
    const DomainName::Check check = DomainName::check(input);
    QVERIFY2(check.isValid(), qPrintable(check.message));
    QCOMPARE(check.error, Error::None);
    QVERIFY(check.message.isEmpty());
    QCOMPARE(check.normalized, normalized);
    QCOMPARE(check.ace, ace);
}

void tst_DomainName::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << Error::Empty << u"empty"_qs;
    QTest::newRow("space inside") << u"fabrikam .com"_qs << Error::Whitespace << u"space"_qs;
    QTest::newRow("leading space") << u" fabrikam.com"_qs << Error::Whitespace << u"space"_qs;
    QTest::newRow("tab") << u"fabrikam.com\t"_qs << Error::Whitespace << u"space"_qs;
    // Found by fuzz_domainname: IDNA drops these, so the domain kept a character nobody
    // sees and its normalised form was refused.
    QTest::newRow("zero-width space")
        << u"\u200B0b1.example"_qs << Error::InvalidCharacter << u"invisible character (U+200B)"_qs;
    QTest::newRow("soft hyphen") << u"fab\u00ADrikam.com"_qs << Error::InvalidCharacter
                                 << u"invisible character (U+00AD)"_qs;
    QTest::newRow("byte order mark") << u"\uFEFFfabrikam.com"_qs << Error::InvalidCharacter
                                     << u"invisible character (U+FEFF)"_qs;
    QTest::newRow("scheme with slashes")
        << u"https://fabrikam.com"_qs << Error::Scheme << u"scheme “https”"_qs;
    QTest::newRow("xmpp: scheme") << u"xmpp:fabrikam.com"_qs << Error::Scheme
                                  << u"scheme “xmpp”"_qs;
    QTest::newRow("JID local part") << u"alice@fabrikam.com"_qs << Error::LocalPart << u"“@”"_qs;
    QTest::newRow("resource") << u"fabrikam.com/lync"_qs << Error::Path << u"“/”"_qs;
    QTest::newRow("port") << u"fabrikam.com:5269"_qs << Error::Port << u":5269"_qs;
    QTest::newRow("wildcard") << u"*.fabrikam.com"_qs << Error::Wildcard << u"wildcard"_qs;
    QTest::newRow("IPv4") << u"192.0.2.10"_qs << Error::IpAddress << u"IP address"_qs;
    QTest::newRow("IPv6") << u"2001:db8::1"_qs << Error::IpAddress << u"IP address"_qs;
    QTest::newRow("two dots") << u"fabrikam..com"_qs << Error::EmptyLabel << u"empty label"_qs;
    QTest::newRow("leading dot") << u".fabrikam.com"_qs << Error::EmptyLabel << u"empty label"_qs;
    QTest::newRow("two final dots")
        << u"fabrikam.com.."_qs << Error::EmptyLabel << u"empty label"_qs;
    QTest::newRow("only a dot") << u"."_qs << Error::EmptyLabel << u"empty label"_qs;
    QTest::newRow("underscore") << u"my_partner.com"_qs << Error::InvalidCharacter << u"“_”"_qs;
    QTest::newRow("exclamation") << u"fabrikam!.com"_qs << Error::InvalidCharacter << u"“!”"_qs;
    QTest::newRow("leading hyphen")
        << u"-fabrikam.com"_qs << Error::HyphenAtLabelEdge << u"hyphen"_qs;
    QTest::newRow("trailing hyphen")
        << u"fabrikam-.com"_qs << Error::HyphenAtLabelEdge << u"hyphen"_qs;
    QTest::newRow("64-char label")
        << QString(64, u'a') + u".com" << Error::LabelTooLong << u"64 characters"_qs;
    const QString tooLong = QStringList(4, QString(62, u'a')).join(u'.') + u".co"; // 254
    QCOMPARE(tooLong.size(), 254);
    QTest::newRow("254 octets") << tooLong << Error::TooLong << u"254 characters"_qs;
    QTest::newRow("numeric top level")
        << u"fabrikam.123"_qs << Error::NumericTopLevel << u"all-digit"_qs;
    QTest::newRow("single label") << u"fabrikam"_qs << Error::SingleLabel << u"single label"_qs;
}

void tst_DomainName::refused()
{
    QFETCH(QString, input);
    QFETCH(Error, error);
    QFETCH(QString, messagePart);
    const DomainName::Check check = DomainName::check(input);
    QVERIFY(!check.isValid());
    QCOMPARE(check.error, error);
    QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
    QVERIFY(check.ace.isEmpty());
}

void tst_DomainName::hostNamesMayHaveOneLabel()
{
    QVERIFY(DomainName::check(u"localhost"_qs, DomainName::Kind::HostName).isValid());
    QCOMPARE(DomainName::check(u"localhost"_qs).error, Error::SingleLabel);
    QCOMPARE(DomainName::check(u"-bad"_qs, DomainName::Kind::HostName).error,
             Error::HyphenAtLabelEdge);
}

void tst_DomainName::comparisonIsCaseInsensitiveInAsciiForm()
{
    QVERIFY(DomainName::equals(u"FABRIKAM.com"_qs, u"fabrikam.COM."_qs));
    QVERIFY(DomainName::equals(u"bücher.example"_qs, u"xn--bcher-kva.example"_qs));
    QVERIFY(DomainName::equals(u"BÜCHER.example"_qs, u"bücher.example"_qs));
    QVERIFY(!DomainName::equals(u"fabrikam.com"_qs, u"fabrikam.co"_qs));
    QCOMPARE(DomainName::comparisonKey(u"Société-Exemple.FR"_qs), u"xn--socit-exemple-ehbb.fr"_qs);
}

void tst_DomainName::isWithin()
{
    QVERIFY(DomainName::isWithin(u"corp.fabrikam.com"_qs, u"fabrikam.com"_qs));
    QVERIFY(DomainName::isWithin(u"a.b.FABRIKAM.com"_qs, u"fabrikam.com"_qs));
    QVERIFY(DomainName::isWithin(u"fabrikam.com"_qs, u"fabrikam.com"_qs));
    QVERIFY(!DomainName::isWithin(u"notfabrikam.com"_qs, u"fabrikam.com"_qs));
    QVERIFY(!DomainName::isWithin(u"fabrikam.com"_qs, u"corp.fabrikam.com"_qs));
}

void tst_DomainName::addressWithOtherDotsIsRefused()
{
    // A full-width dot becomes a dot: "1．0b1." reads as an address once normalized (found by
    // fuzz_domainname; kept as a seed). Accepted, it would not be accepted again when saved.
    const DomainName::Check check = DomainName::check(u"1\uFF0E0b1."_qs);
    QVERIFY(!check.isValid());
    QVERIFY2(check.message.contains(u"is an IP address"_qs), qPrintable(check.message));
}

QTEST_GUILESS_MAIN(tst_DomainName)
#include "tst_domainname.moc"
