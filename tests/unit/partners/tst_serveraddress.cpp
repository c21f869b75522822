#include "partners/serveraddress.h"

#include <QTest>

class tst_ServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void tst_ServerAddress::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("shown");

    QTest::newRow("host") << u"xmpp.fabrikam.com"_qs << u"xmpp.fabrikam.com"_qs << 0
                          << u"xmpp.fabrikam.com"_qs;
    QTest::newRow("host:port") << u"xmpp.fabrikam.com:5270"_qs << u"xmpp.fabrikam.com"_qs << 5270
                               << u"xmpp.fabrikam.com:5270"_qs;
    QTest::newRow("single label") << u"localhost:15269"_qs << u"localhost"_qs << 15269
                                  << u"localhost:15269"_qs;
    QTest::newRow("IPv4") << u"127.0.0.1:5269"_qs << u"127.0.0.1"_qs << 5269
                          << u"127.0.0.1:5269"_qs;
    QTest::newRow("IPv6 bracketed") << u"[::1]:5269"_qs << u"::1"_qs << 5269 << u"[::1]:5269"_qs;
    QTest::newRow("IPv6 bare") << u"::1"_qs << u"::1"_qs << 0 << u"[::1]"_qs;
    QTest::newRow("IPv6 with scope")
        << u"fe80::1%eth0"_qs << u"fe80::1%eth0"_qs << 0 << u"[fe80::1%eth0]"_qs;
    QTest::newRow("IPv6 with scope and port")
        << u"[fe80::1%eth0]:5269"_qs << u"fe80::1%eth0"_qs << 5269 << u"[fe80::1%eth0]:5269"_qs;
    QTest::newRow("final dot") << u"xmpp.fabrikam.com."_qs << u"xmpp.fabrikam.com"_qs << 0
                               << u"xmpp.fabrikam.com"_qs;
}

void tst_ServerAddress::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, shown);
    QString error;
    const ServerAddress address = ServerAddress::parse(text, &error);
    QVERIFY2(address.isValid(), qPrintable(error));
    QCOMPARE(address.host(), host);
    QCOMPARE(address.port(), port);
    QCOMPARE(address.toString(), shown);
    QCOMPARE(address.portOr(5269), port ? port : 5269);
}

void tst_ServerAddress::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << u"empty"_qs;
    QTest::newRow("port zero") << u"xmpp.fabrikam.com:0"_qs << u"between 1 and 65535"_qs;
    QTest::newRow("port too big") << u"xmpp.fabrikam.com:65536"_qs << u"between 1 and 65535"_qs;
    QTest::newRow("port not a number") << u"xmpp.fabrikam.com:xmpp"_qs << u"between 1 and 65535"_qs;
    QTest::newRow("empty port") << u"xmpp.fabrikam.com:"_qs << u"between 1 and 65535"_qs;
    QTest::newRow("bad host") << u"xmpp_edge.fabrikam.com"_qs << u"“_”"_qs;
    QTest::newRow("unclosed bracket") << u"[::1:5269"_qs << u"“[”"_qs;
    QTest::newRow("bracketed non-IPv6") << u"[fabrikam.com]:5269"_qs << u"not an IPv6"_qs;
    QTest::newRow("bare IPv6 garbage") << u"a:b:c"_qs << u"[address]:port"_qs;
    // QHostAddress reads up to a NUL: the text after it must not be ignored (found by
    // fuzz_domainname).
    QTest::newRow("NUL in IPv4 host") << u"1\0junk:5269"_qs << u"character"_qs;
    QTest::newRow("NUL in bare IPv6")
        << u"200\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0001:db8::1"_qs << u"[address]:port"_qs;
    // A scope with "]" could not be written back as [address]:port (fuzz_domainname).
    QTest::newRow("bracket in IPv6 scope") << u"fE80::1%ea..]com"_qs << u"[address]:port"_qs;
    QTest::newRow("NUL in bracketed IPv6") << u"[::1\0junk]:5269"_qs << u"not an IPv6"_qs;
}

void tst_ServerAddress::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!ServerAddress::parse(text, &error).isValid());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ServerAddress)
#include "tst_serveraddress.moc"
