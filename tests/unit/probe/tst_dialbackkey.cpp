// Dialback keys per XEP-0185: the worked example of its §3, the roles of the names, and the
// random secret of each run.
#include "probe/dialbackkey.h"

#include <QTest>

class tst_DialbackKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedExample()
    {
        // XEP-0185 §3: secret "s3cr3tf0rd14lb4ck", receiving server xmpp.example.com,
        // originating server example.org, stream ID D60000229F.
        const DialbackKey key(QByteArrayLiteral("s3cr3tf0rd14lb4ck"));
        QCOMPARE(key.key(u"xmpp.example.com"_qs, u"example.org"_qs, u"D60000229F"_qs),
                 u"37c69b1cf07a3f67c04a5ef5902fa5114f2c76fe4a2686482ba5b89323075643"_qs);
        QVERIFY(key.verify(u"xmpp.example.com"_qs, u"example.org"_qs, u"D60000229F"_qs,
                           u"37c69b1cf07a3f67c04a5ef5902fa5114f2c76fe4a2686482ba5b89323075643"_qs));
        // As it may arrive in a <db:verify/>: surrounded by white space, in capitals.
        QVERIFY(key.verify(
            u"xmpp.example.com"_qs, u"example.org"_qs, u"D60000229F"_qs,
            u"\n  37C69B1CF07A3F67C04A5EF5902FA5114F2C76FE4A2686482BA5B89323075643 "_qs));
    }

    void everyInputCounts()
    {
        const DialbackKey key(QByteArrayLiteral("s3cr3tf0rd14lb4ck"));
        const QString reference
            = key.key(u"xmpp.example.com"_qs, u"example.org"_qs, u"D60000229F"_qs);
        QVERIFY(
            !key.verify(u"example.org"_qs, u"xmpp.example.com"_qs, u"D60000229F"_qs, reference));
        QVERIFY(
            !key.verify(u"xmpp.example.com"_qs, u"example.org"_qs, u"D60000229E"_qs, reference));
        QVERIFY(
            !key.verify(u"xmpp.example.com"_qs, u"example.net"_qs, u"D60000229F"_qs, reference));
        QVERIFY(!key.verify(u"xmpp.example.com"_qs, u"example.org"_qs, u"D60000229F"_qs,
                            reference.left(reference.size() - 1)));
        QVERIFY(
            !key.verify(u"xmpp.example.com"_qs, u"example.org"_qs, u"D60000229F"_qs, QString()));
        // The space separates the names (XEP-0185 §2): moving it changes the key.
        QVERIFY(key.key(u"example.info"_qs, u"rm.example.org"_qs, u"1"_qs)
                != key.key(u"example.in"_qs, u"form.example.org"_qs, u"1"_qs));
    }

    void randomSecretPerObject()
    {
        const DialbackKey first;
        const DialbackKey second;
        const QString key = first.key(u"partner.test"_qs, u"lync.test"_qs, u"abc"_qs);
        QCOMPARE(key.size(), 64);
        QVERIFY(first.verify(u"partner.test"_qs, u"lync.test"_qs, u"abc"_qs, key));
        QVERIFY(!second.verify(u"partner.test"_qs, u"lync.test"_qs, u"abc"_qs, key));
    }
};

QTEST_GUILESS_MAIN(tst_DialbackKey)
#include "tst_dialbackkey.moc"
