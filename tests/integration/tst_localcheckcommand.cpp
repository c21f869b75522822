// The command line's "Check my deployment", `xmpp-partners --check-local`, run as its own
// process against a real Prosody serving the local domain: exit codes as --check (0 pass,
// warnings included; 1 fail; 2 bad usage), the verdict, one line per finding and the
// advice; --json; --host without DNS; and, with a real dnsmasq (root, port 53), the missing
// SRV record named with the DNS server asked.
#include "appprocess.h"
#include "dnsserver.h"
#include "probetesthelpers.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

class tst_LocalCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostWithACertificateForTheDomainPasses();
    void jsonPrintsTheFindings();
    void closedPortExitsOne();
    void missingSrvRecordNamesTheDnsServer();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void cleanupTestCase();

private:
    using Result = AppProcess::Result;

    Result run(const QStringList &arguments);
    QStringList arguments(const QString &localDomain, quint16 port) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    std::unique_ptr<ProsodyServer> m_prosody;
};

namespace {

constexpr int RunTimeoutMs = 30000;

} // namespace

void tst_LocalCheckCommand::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(XP_APP_PATH)), XP_APP_PATH);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ca = std::make_unique<TestCa>(m_dir->filePath(u"pki"_qs));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    const TestCa::Files server = m_ca->serverCertificate({u"lync.test"_qs});
    QVERIFY2(!server.isNull(), qPrintable(m_ca->errorString()));
    ProsodyServer::Options options;
    options.virtualHosts.append({u"lync.test"_qs, server.certificate, server.key, server.ca});
    m_prosody = std::make_unique<ProsodyServer>(options);
    QVERIFY2(m_prosody->start(), qPrintable(m_prosody->errorString()));
}

void tst_LocalCheckCommand::cleanupTestCase()
{
    if (m_prosody)
        QVERIFY(m_prosody->stop());
}

tst_LocalCheckCommand::Result tst_LocalCheckCommand::run(const QStringList &arguments)
{
    return AppProcess::run(QStringLiteral(XP_APP_PATH), arguments,
                           AppProcess::isolatedEnvironment(m_dir->path()), RunTimeoutMs);
}

QStringList tst_LocalCheckCommand::arguments(const QString &localDomain, quint16 port) const
{
    return {u"--check-local"_qs,
            u"--local-domain"_qs,
            localDomain,
            u"--host"_qs,
            u"localhost:"_qs + QString::number(port),
            u"--ca-file"_qs,
            m_ca->caCertificate(),
            u"--timeout"_qs,
            u"5"_qs};
}

void tst_LocalCheckCommand::hostWithACertificateForTheDomainPasses()
{
    const Result result = run(arguments(u"lync.test"_qs, m_prosody->s2sPort()));
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), qPrintable(result.out));
    QCOMPARE(lines.constFirst(), u"Deployment check of lync.test: Pass"_qs);
    // One line per finding: the SRV records were not checked (--host), the rest passed.
    QVERIFY2(lines.contains(u"[Pass] Certificate names the domain: Identity: matched lync.test by "
                            "DNS name lync.test"_qs),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"[Not run] SRV record _xmpp-server._tcp: Not checked"_qs),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"[Pass] Dialback after TLS"_qs), qPrintable(result.out));
    QVERIFY2(!result.out.contains(u"Advice:"_qs), qPrintable(result.out));
    // What a check from inside cannot prove, always said.
    QVERIFY2(result.out.contains(u"not that partners can reach it from the internet"_qs),
             qPrintable(result.out));
}

void tst_LocalCheckCommand::jsonPrintsTheFindings()
{
    const Result result = run(arguments(u"lync.test"_qs, m_prosody->s2sPort()) << u"--json"_qs);
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString() + result.out));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"localDomain"_qs).toString(), u"lync.test"_qs);
    QCOMPARE(root.value(u"verdict"_qs).toString(), u"pass"_qs);
    QStringList checks;
    for (const QJsonValue &finding : root.value(u"findings"_qs).toArray())
        checks.append(finding.toObject().value(u"check"_qs).toString());
    QCOMPARE(checks,
             (QStringList {u"srvRecord"_qs, u"directTlsRecord"_qs, u"connect"_qs, u"stream"_qs,
                           u"startTls"_qs, u"certificateName"_qs, u"certificateTrust"_qs,
                           u"certificateExpiry"_qs, u"dialback"_qs}));
    QVERIFY(!root.value(u"scope"_qs).toString().isEmpty());
    QVERIFY(
        !root.value(u"connectionTest"_qs).toObject().value(u"transcript"_qs).toArray().isEmpty());
}

void tst_LocalCheckCommand::closedPortExitsOne()
{
    const quint16 closed = ProbeTest::closedPort();
    const Result result = run(arguments(u"lync.test"_qs, closed));
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
    QVERIFY2(result.out.startsWith(u"Deployment check of lync.test: Fail"_qs),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"(local-unreachable)"_qs), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"localhost:"_qs + QString::number(closed)),
             qPrintable(result.out));
}

namespace {

// As an administrator types it for --dns-server: "127.0.0.1:PORT".
QString dnsServerText(const DnsServer &dns)
{
    return dns.address().toString() + u':' + QString::number(dns.port());
}

} // namespace

void tst_LocalCheckCommand::missingSrvRecordNamesTheDnsServer()
{
    DnsServer dns; // knows no name at all
    QVERIFY2(dns.start(), qPrintable(dns.errorString()));
    const Result result
        = run({u"--check-local"_qs, u"--local-domain"_qs, u"lync.test"_qs, u"--dns-server"_qs,
               dnsServerText(dns), u"--timeout"_qs, u"5"_qs, u"--json"_qs});
    QVERIFY(dns.stop());
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(u"reason"_qs).toString(), u"local-no-srv"_qs);
    const QString summary = root.value(u"summary"_qs).toString();
    QVERIFY2(summary.contains(u"_xmpp-server._tcp.lync.test"_qs), qPrintable(summary));
    QVERIFY2(summary.contains(dns.address().toString()), qPrintable(summary));
}

void tst_LocalCheckCommand::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // part of what stderr says

    QTest::newRow("no local domain")
        << QStringList {u"--check-local"_qs} << u"give --local-domain DOMAIN"_qs;
    QTest::newRow("option of --check only")
        << QStringList {u"--check-local"_qs, u"--local-domain"_qs, u"lync.test"_qs, u"--domain"_qs,
                        u"partner.test"_qs}
        << u"--domain does not go with --check-local"_qs;
    QTest::newRow("both commands")
        << QStringList {u"--check-local"_qs, u"--check"_qs, u"file.json"_qs, u"--local-domain"_qs,
                        u"lync.test"_qs}
        << u"not both"_qs;
    QTest::newRow("file argument")
        << QStringList {u"--check-local"_qs, u"--local-domain"_qs, u"lync.test"_qs, u"file.json"_qs}
        << u"unexpected argument"_qs;
}

void tst_LocalCheckCommand::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_LocalCheckCommand)
#include "tst_localcheckcommand.moc"
