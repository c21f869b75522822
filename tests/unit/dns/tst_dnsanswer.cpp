// Records read from DNS answer packets (DnsAnswer): the packets are put together here byte by
// byte (RFC 1035 §4.1), so what ldns reads is checked against an independent writer. An SRV
// target that is not a host name is kept for the report, with its DNS escapes, and marked.
#include "dns/dnsanswer.h"

#include <QTest>
#include <QtEndian>

class tst_DnsAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void srvTargets_data();
    void srvTargets();
    void srvFieldsAndCompressedTarget();
    void addressesEachOnce();
    void tlsaRecords();
    void truncatedPacketGivesNothing();
};

namespace {

QByteArray u16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray name(const QList<QByteArray> &labels)
{
    QByteArray wire;
    for (const QByteArray &label : labels)
        wire += char(label.size()) + label;
    return wire + '\0';
}

const QByteArray Owner = name({"_xmpp-server", "_tcp", "example", "com"});

// A response with one question (Owner, `type`) and these answers, each (type, rdata).
QByteArray response(quint16 type, const QList<QPair<quint16, QByteArray>> &answers)
{
    QByteArray packet
        = u16(0x1234) + u16(0x8180) + u16(1) + u16(quint16(answers.size())) + u16(0) + u16(0);
    packet += Owner + u16(type) + u16(1);
    for (const auto &[answerType, rdata] : answers) {
        packet += u16(0xc00c) + u16(answerType) + u16(1) + u16(0) + u16(300)
            + u16(quint16(rdata.size())) + rdata;
    }
    return packet;
}

QByteArray srv(quint16 priority, quint16 weight, quint16 port, const QByteArray &target)
{
    return u16(priority) + u16(weight) + u16(port) + target;
}

DnsAnswer answerOf(const QByteArray &packet)
{
    DnsAnswer answer;
    answer.setPacket(packet);
    return answer;
}

} // namespace

void tst_DnsAnswer::srvTargets_data()
{
    QTest::addColumn<QByteArray>("target"); // wire form
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hostName");

    QTest::newRow("host") << name({"xmpp", "example", "com"}) << u"xmpp.example.com"_qs << true;
    QTest::newRow("root: not offered") << name({}) << u"."_qs << true;
    QTest::newRow("underscore and hyphen")
        << name({"s2s_1", "xmpp-eu", "example"}) << u"s2s_1.xmpp-eu.example"_qs << true;
    QTest::newRow("dot inside a label")
        << name({"xmpp.odd", "example"}) << u"xmpp\\.odd.example"_qs << false;
    QTest::newRow("dot ending the last label")
        << name({"xmpp", "example."}) << u"xmpp.example\\."_qs << false;
    QTest::newRow("space") << name({"xmpp server", "example"}) << u"xmpp\\032server.example"_qs
                           << false;
    QTest::newRow("control byte") << name({QByteArray("a\x01", 2), "example"})
                                  << u"a\\001.example"_qs << false;
    QTest::newRow("Latin-1 byte") << name({"caf\xe9", "example"}) << u"caf\\233.example"_qs
                                  << false;
}

void tst_DnsAnswer::srvTargets()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, text);
    QFETCH(bool, hostName);

    const QList<DnsAnswer::Service> services
        = answerOf(response(DnsAnswer::Srv, {{DnsAnswer::Srv, srv(0, 0, 5269, target)}}))
              .services();
    QCOMPARE(services.size(), 1);
    QCOMPARE(services.constFirst().target, text);
    QCOMPARE(services.constFirst().hostName, hostName);
}

void tst_DnsAnswer::srvFieldsAndCompressedTarget()
{
    // The second target points back at the question's name (a compression pointer).
    const QByteArray packet = response(DnsAnswer::Srv,
                                       {{DnsAnswer::Srv, srv(10, 60, 5269, name({"a", "example"}))},
                                        {DnsAnswer::Srv, srv(20, 0, 5270, u16(0xc00c))}});
    const QList<DnsAnswer::Service> services = answerOf(packet).services();
    QCOMPARE(services.size(), 2);
    QCOMPARE(services.at(0).priority, 10);
    QCOMPARE(services.at(0).weight, 60);
    QCOMPARE(services.at(0).port, 5269);
    QCOMPARE(services.at(1).priority, 20);
    QCOMPARE(services.at(1).port, 5270);
    QCOMPARE(services.at(1).target, u"_xmpp-server._tcp.example.com"_qs);
    QVERIFY(services.at(1).hostName);
}

void tst_DnsAnswer::addressesEachOnce()
{
    const QByteArray v4 = QByteArray::fromHex("c0000207"); // 192.0.2.7
    const QByteArray v6 = QByteArray::fromHex("20010db8000000000000000000000001");
    const QList<QHostAddress> addresses
        = answerOf(response(DnsAnswer::A,
                            {{DnsAnswer::A, v4}, {DnsAnswer::Aaaa, v6}, {DnsAnswer::A, v4}}))
              .addresses();
    // IPv6 first, each address once.
    QCOMPARE(addresses,
             QList<QHostAddress>({QHostAddress(u"2001:db8::1"_qs), QHostAddress(u"192.0.2.7"_qs)}));
}

void tst_DnsAnswer::tlsaRecords()
{
    const QByteArray digest(32, '\xab');
    const QList<TlsaRecord> records
        = answerOf(response(DnsAnswer::Tlsa,
                            {{DnsAnswer::Tlsa, QByteArray("\x03\x01\x01", 3) + digest},
                             {DnsAnswer::Tlsa, QByteArray("\x02\x00\x00", 3) + "DER"}}))
              .tlsaRecords();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).usage, 3);
    QCOMPARE(records.at(0).selector, 1);
    QCOMPARE(records.at(0).matchingType, 1);
    QCOMPARE(records.at(0).data, digest);
    QVERIFY(records.at(0).isUsable());
    QCOMPARE(records.at(1).toString(), u"2 0 0 444552"_qs);
}

void tst_DnsAnswer::truncatedPacketGivesNothing()
{
    const QByteArray packet
        = response(DnsAnswer::Srv, {{DnsAnswer::Srv, srv(0, 0, 5269, name({"xmpp", "example"}))}});
    QCOMPARE(answerOf(packet).services().size(), 1);
    for (const qsizetype cut : {qsizetype(0), qsizetype(12), packet.size() - 1})
        QVERIFY2(answerOf(packet.left(cut)).services().isEmpty(), qPrintable(QString::number(cut)));
}

QTEST_GUILESS_MAIN(tst_DnsAnswer)
#include "tst_dnsanswer.moc"
