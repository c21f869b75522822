// The DNS server setting as an administrator types it (NameserverAddress): IP, IP:PORT,
// [IPv6]:PORT or "system", and what libunbound is given for it.
#include "dns/nameserveraddress.h"

#include <QTest>

class tst_NameserverAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatAdministratorsType_data();
    void parsesWhatAdministratorsType();
    void refusesWithAMessageThatNamesTheProblem_data();
    void refusesWithAMessageThatNamesTheProblem();
};

void tst_NameserverAddress::parsesWhatAdministratorsType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("system");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("written"); // toString()
    QTest::addColumn<QString>("forwarder"); // forwarderText()

    QTest::newRow("empty") << u""_qs << true << u""_qs << 53 << u""_qs << u""_qs;
    QTest::newRow("system") << u" System "_qs << true << u""_qs << 53 << u""_qs << u""_qs;
    QTest::newRow("IPv4") << u"192.0.2.53"_qs << false << u"192.0.2.53"_qs << 53 << u"192.0.2.53"_qs
                          << u"192.0.2.53@53"_qs;
    QTest::newRow("IPv4 and port") << u" 127.0.0.1:5353 "_qs << false << u"127.0.0.1"_qs << 5353
                                   << u"127.0.0.1:5353"_qs << u"127.0.0.1@5353"_qs;
    QTest::newRow("IPv4, port 53 written") << u"127.0.0.1:53"_qs << false << u"127.0.0.1"_qs << 53
                                           << u"127.0.0.1"_qs << u"127.0.0.1@53"_qs;
    QTest::newRow("IPv6") << u"2001:db8::53"_qs << false << u"2001:db8::53"_qs << 53
                          << u"2001:db8::53"_qs << u"2001:db8::53@53"_qs;
    // Without brackets the last group is part of the address, not a port.
    QTest::newRow("IPv6 ending like a port")
        << u"2001:db8::53:5353"_qs << false << u"2001:db8::53:5353"_qs << 53
        << u"2001:db8::53:5353"_qs << u"2001:db8::53:5353@53"_qs;
    QTest::newRow("bracketed IPv6 and port")
        << u"[::1]:5353"_qs << false << u"::1"_qs << 5353 << u"[::1]:5353"_qs << u"::1@5353"_qs;
    QTest::newRow("bracketed IPv6 alone") << u"[2001:db8::1]"_qs << false << u"2001:db8::1"_qs << 53
                                          << u"2001:db8::1"_qs << u"2001:db8::1@53"_qs;
}

void tst_NameserverAddress::parsesWhatAdministratorsType()
{
    QFETCH(QString, text);
    QFETCH(bool, system);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, written);
    QFETCH(QString, forwarder);
    QString error;
    bool ok = false;
    const NameserverAddress parsed = NameserverAddress::parse(text, &error, &ok);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(parsed.isSystem(), system);
    if (!system)
        QCOMPARE(parsed.address(), QHostAddress(address));
    QCOMPARE(int(parsed.port()), port);
    QCOMPARE(parsed.toString(), written);
    QCOMPARE(parsed.forwarderText(), forwarder);
    // What is written back reads as the same server.
    QCOMPARE(NameserverAddress::parse(parsed.toString()), parsed);
}

void tst_NameserverAddress::refusesWithAMessageThatNamesTheProblem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // part of the error

    QTest::newRow("host name") << u"ns1.example.com"_qs << u"is not an IP address"_qs;
    QTest::newRow("port zero") << u"192.0.2.53:0"_qs << u"from 1 to 65535"_qs;
    QTest::newRow("port too large") << u"192.0.2.53:65536"_qs << u"from 1 to 65535"_qs;
    QTest::newRow("port not a number") << u"192.0.2.53:dns"_qs << u"“dns”"_qs;
    QTest::newRow("colon without port") << u"192.0.2.53:"_qs << u"no port"_qs;
    QTest::newRow("unclosed bracket") << u"[::1:5353"_qs << u"not closed"_qs;
    QTest::newRow("text after bracket") << u"[::1]5353"_qs << u"[address]:port"_qs;
    QTest::newRow("scope id") << u"fe80::1%eth0"_qs << u"is not an IP address"_qs;
}

void tst_NameserverAddress::refusesWithAMessageThatNamesTheProblem()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    bool ok = true;
    const NameserverAddress parsed = NameserverAddress::parse(text, &error, &ok);
    QVERIFY(!ok);
    QVERIFY(parsed.isSystem());
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_NameserverAddress)
#include "tst_nameserveraddress.moc"
