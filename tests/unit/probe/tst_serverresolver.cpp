#include "probe/serverresolver.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using Record = ProbeReport::DnsRecord;

class tst_ServerResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersByPriorityFirst();
    void weightsShareTheFirstPlace();
    void zeroWeightComesLastMostOfTheTime();
    void overrideSkipsDns();
    void invalidOverrideIsAnError();
};

static Record record(const QString &target, quint16 priority, quint16 weight)
{
    return Record {u"_xmpp-server._tcp"_qs, target, 5269, priority, weight, false};
}

void tst_ServerResolver::ordersByPriorityFirst()
{
    QRandomGenerator random(42);
    const QList<Record> ordered = ServerResolver::ordered(
        {record(u"c"_qs, 30, 5), record(u"a"_qs, 10, 0), record(u"b"_qs, 20, 100)}, random);
    QStringList targets;
    for (const Record &r : ordered)
        targets.append(r.target);
    QCOMPARE(targets, (QStringList {u"a"_qs, u"b"_qs, u"c"_qs}));
}

void tst_ServerResolver::weightsShareTheFirstPlace()
{
    // Weights 3:1 within one priority: the heavier comes first about three times in four.
    QRandomGenerator random(7);
    int heavyFirst = 0;
    constexpr int runs = 4000;
    for (int i = 0; i < runs; ++i) {
        const QList<Record> ordered = ServerResolver::ordered(
            {record(u"light"_qs, 10, 10), record(u"heavy"_qs, 10, 30)}, random);
        QCOMPARE(ordered.size(), 2);
        heavyFirst += ordered.first().target == u"heavy"_qs;
    }
    QVERIFY2(heavyFirst > runs * 0.70 && heavyFirst < runs * 0.80,
             qPrintable(QString::number(heavyFirst)));
}

void tst_ServerResolver::zeroWeightComesLastMostOfTheTime()
{
    QRandomGenerator random(11);
    int zeroFirst = 0;
    for (int i = 0; i < 1000; ++i) {
        const QList<Record> ordered
            = ServerResolver::ordered({record(u"zero"_qs, 5, 0), record(u"ten"_qs, 5, 10)}, random);
        zeroFirst += ordered.first().target == u"zero"_qs;
    }
    // Picked first only when the random number is 0: 1 chance in 11.
    QVERIFY2(zeroFirst > 40 && zeroFirst < 150, qPrintable(QString::number(zeroFirst)));
}

void tst_ServerResolver::overrideSkipsDns()
{
    ServerResolver resolver;
    QSignalSpy finished(&resolver, &ServerResolver::finished);
    resolver.resolve(u"partner.example"_qs, u"127.0.0.1:15269"_qs);
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<ServerResolver::Result>();
    QVERIFY(result.error.toString().isEmpty());
    QCOMPARE(result.targets.size(), 1);
    QCOMPARE(result.targets.first(),
             (ServerResolver::Target {u"127.0.0.1"_qs, 15269, false,
                                      ServerResolver::Source::ProxyFqdn}));
    QVERIFY(result.details.toString().contains(u"SRV records were not looked up"_qs));

    resolver.resolve(u"partner.example"_qs, u"xmpp.partner.example"_qs);
    QVERIFY(finished.wait(5000));
    const auto defaultPort = finished.last().first().value<ServerResolver::Result>();
    QCOMPARE(defaultPort.targets.first().port, 5269);
}

void tst_ServerResolver::invalidOverrideIsAnError()
{
    ServerResolver resolver;
    QSignalSpy finished(&resolver, &ServerResolver::finished);
    resolver.resolve(u"partner.example"_qs, u"bad host:99999"_qs);
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<ServerResolver::Result>();
    QVERIFY(result.targets.isEmpty());
    QVERIFY(result.error.toString().contains(u"is not valid"_qs));
    // The advice says where the bad address comes from, and so what to correct.
    QCOMPARE(result.failure.reason, u"invalid-proxy-fqdn"_qs);
    QVERIFY(result.failure.text.toString().contains(u"proxy FQDN in the partner's settings"_qs));

    resolver.resolve(u"partner.example"_qs, u"bad host:99999"_qs, ServerResolver::Source::Override);
    QVERIFY(finished.wait(5000));
    const auto given = finished.last().first().value<ServerResolver::Result>();
    QCOMPARE(given.failure.reason, u"invalid-server-address"_qs);
}

QTEST_GUILESS_MAIN(tst_ServerResolver)
#include "tst_serverresolver.moc"
