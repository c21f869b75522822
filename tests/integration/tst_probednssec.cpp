// The connection probe with DNSSEC and DANE (RFC 4033, RFC 7673, RFC 7671): NSD serves a zone
// signed at test time on a free port of 127.0.0.1, asked as the probe's DNS server with the
// zone's DS record as trust anchor; one Prosody stands behind its SRV records. No root, no
// port 53. The TLSA data is computed with the openssl command, not with the code under test.
#include "appprocess.h"
#include "authoritativednsserver.h"
#include "probetesthelpers.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ProbeTest;

class tst_ProbeDnssec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void daneEeAuthenticatesWithoutCertificateAuthority();
    void daneTaMatchesTheAuthorityOfTheChain();
    void staleTlsaRecordFailsAndNamesTheRecordToPublish();
    void tamperedSrvRecordIsBogusAndFails();
    void tamperedAddressRecordIsBogusAndNotConnected();
    void srvTargetThatIsNotAHostNameIsSkipped();
    void unsignedZoneIsInsecureAndDaneDoesNotApply();
    void trustAnchorFileThatCannotBeReadIsSaid();
    void checkCommandReportsSecureRecordsDaneAndBogus();
    void cleanupTestCase();

private:
    ProbeSettings settings(bool trustTestCa = true) const;
    ProbeReport probe(const QString &domain, const ProbeSettings &s) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Files m_server;
    std::unique_ptr<ProsodyServer> m_prosody;
    std::unique_ptr<AuthoritativeDnsServer> m_dns;
    QString m_spkiSha256; // of the server's certificate: "3 1 1" data
    QString m_caSha256; // of the CA's whole certificate: "2 0 1" data
};

namespace {

constexpr int StepTimeoutMs = 5000;
const QStringList Domains {u"ee.example"_qs,    u"ta.example"_qs,    u"stale.example"_qs,
                           u"bogus.example"_qs, u"plain.example"_qs, u"odd.example"_qs};

// `command` through the shell (a pipe of openssl commands); its output, trimmed.
QString shell(const QString &command)
{
    QProcess process;
    process.start(u"/bin/sh"_qs, {u"-c"_qs, command});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    return QString::fromLatin1(process.readAllStandardOutput()).section(u' ', 0, 0).trimmed();
}

bool dnssecOfEveryRecordIs(const ProbeReport &report, DnssecStatus status)
{
    return !report.records.isEmpty()
        && std::all_of(report.records.begin(), report.records.end(),
                       [status](const auto &record) { return record.dnssec == status; });
}

} // namespace

ProbeSettings tst_ProbeDnssec::settings(bool trustTestCa) const
{
    ProbeSettings s;
    s.localDomain = LocalDomain;
    s.nameserver = NameserverAddress(m_dns->address(), m_dns->port());
    s.trustAnchorFile = m_dns->trustAnchorFile();
    if (trustTestCa)
        s.extraCaFile = m_ca->caCertificate();
    s.stepTimeoutMs = StepTimeoutMs;
    s.totalBudgetMs = 3 * StepTimeoutMs;
    s.tlsProfile = false;
    return s;
}

ProbeReport tst_ProbeDnssec::probe(const QString &domain, const ProbeSettings &s) const
{
    ConnectionProbe probe(partnerForRow(domain, 7), domain, s);
    if (!run(probe))
        qWarning("the probe of %s did not finish", qPrintable(domain));
    return probe.report();
}

void tst_ProbeDnssec::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ca = std::make_unique<TestCa>(m_dir->filePath(u"pki"_qs));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    m_server = m_ca->serverCertificate(Domains);
    QVERIFY2(!m_server.isNull(), qPrintable(m_ca->errorString()));
    // The server sends its CA's certificate too, as DANE-TA with a full certificate needs.
    const QString chainFile = m_dir->filePath(u"chain.pem"_qs);
    {
        QFile chain(chainFile);
        QFile leaf(m_server.certificate);
        QFile ca(m_ca->caCertificate());
        QVERIFY(chain.open(QIODevice::WriteOnly) && leaf.open(QIODevice::ReadOnly)
                && ca.open(QIODevice::ReadOnly));
        chain.write(leaf.readAll() + ca.readAll());
    }
    m_spkiSha256 = shell(u"openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform DER "
                         "| openssl dgst -sha256 -r"_qs.arg(m_server.certificate));
    m_caSha256 = shell(u"openssl x509 -in '%1' -outform DER | openssl dgst -sha256 -r"_qs.arg(
        m_ca->caCertificate()));
    QCOMPARE(m_spkiSha256.size(), 64);
    QCOMPARE(m_caSha256.size(), 64);

    ProsodyServer::Options options;
    for (const QString &domain : Domains)
        options.virtualHosts.append({domain, chainFile, m_server.key, m_server.ca});
    m_prosody = std::make_unique<ProsodyServer>(options);
    QVERIFY2(m_prosody->start(), qPrintable(m_prosody->errorString()));
    const QString port = QString::number(m_prosody->s2sPort());

    m_dns = std::make_unique<AuthoritativeDnsServer>();
    for (const QString &name : {u"ee"_qs, u"ta"_qs, u"stale"_qs, u"bogus"_qs}) {
        const QString target = u"xmpp.%1.example."_qs.arg(name);
        m_dns->addRecord(
            u"_xmpp-server._tcp.%1.example. IN SRV 0 0 %2 %3"_qs.arg(name, port, target));
        m_dns->addRecord(target + u" IN A 127.0.0.1"_qs);
    }
    m_dns->addRecord(u"_%1._tcp.xmpp.ee.example. IN TLSA 3 1 1 %2"_qs.arg(port, m_spkiSha256));
    m_dns->addRecord(u"_%1._tcp.xmpp.ta.example. IN TLSA 2 0 1 %2"_qs.arg(port, m_caSha256));
    // A record for a key the server no longer has, and an unusable one (ignored).
    m_dns->addRecord(
        u"_%1._tcp.xmpp.stale.example. IN TLSA 3 1 1 %2"_qs.arg(port, QString(64, u'a')));
    m_dns->addRecord(u"_%1._tcp.xmpp.stale.example. IN TLSA 3 1 1 abcd"_qs.arg(port));
    // bogus.example: its SRV record sends elsewhere after signing, as a forger would.
    m_dns->tamper(u"_xmpp-server._tcp.bogus.example."_qs, u"SRV"_qs,
                  u"0 0 %1 xmpp.bogus.example."_qs.arg(closedPort()));
    // addr.example: a secure SRV record, but its target's address changed after signing.
    m_dns->addRecord(
        u"_xmpp-server._tcp.addr.example. IN SRV 0 0 %1 xmpp.addr.example."_qs.arg(port));
    m_dns->addRecord(u"xmpp.addr.example. IN A 127.0.0.1"_qs);
    m_dns->tamper(u"xmpp.addr.example."_qs, u"A"_qs, u"127.0.0.2"_qs);
    // odd.example: its preferred target holds a dot inside a label, its other one is good;
    // nohost.example: its only target holds a space.
    m_dns->addRecord(
        u"_xmpp-server._tcp.odd.example. IN SRV 0 0 %1 xmpp\\.odd.example."_qs.arg(port));
    m_dns->addRecord(
        u"_xmpp-server._tcp.odd.example. IN SRV 10 0 %1 xmpp.ee.example."_qs.arg(port));
    m_dns->addRecord(
        u"_xmpp-server._tcp.nohost.example. IN SRV 0 0 %1 xmpp\\032server.example."_qs.arg(port));
    m_dns->addUnsignedRecord(
        u"_xmpp-server._tcp.plain.example. IN SRV 0 0 %1 xmpp.plain.example."_qs.arg(port));
    m_dns->addUnsignedRecord(u"xmpp.plain.example. IN A 127.0.0.1"_qs);
    QVERIFY2(m_dns->start(), qPrintable(m_dns->errorString()));
    qInfo("NSD on 127.0.0.1 port %d, trust anchor %s", m_dns->port(),
          qPrintable(m_dns->trustAnchorFile()));
}

void tst_ProbeDnssec::cleanupTestCase()
{
    if (m_dns)
        QVERIFY(m_dns->stop());
    if (m_prosody)
        QVERIFY(m_prosody->stop());
}

void tst_ProbeDnssec::daneEeAuthenticatesWithoutCertificateAuthority()
{
    // The test CA is not trusted here: only DANE can authenticate the server.
    const ProbeReport report = probe(u"ee.example"_qs, settings(false));
    const QString dump = describe(report);
    QVERIFY2(report.verdict != Verdict::Fail, qPrintable(dump));
    QVERIFY2(dnssecOfEveryRecordIs(report, DnssecStatus::Secure), qPrintable(dump));
    QCOMPARE(report.dane.state, DaneReport::State::Matched);
    QVERIFY(report.dane.authenticatedWithoutCa);
    QCOMPARE(report.dane.dnssec, DnssecStatus::Secure);
    QCOMPARE(report.dane.tlsaName, u"_%1._tcp.xmpp.ee.example"_qs.arg(m_prosody->s2sPort()));
    QCOMPARE(report.dane.records.size(), 1);
    QCOMPARE(report.dane.records.constFirst().outcome, TlsaMatch::Outcome::Matched);
    QCOMPARE(report.dane.records.constFirst().certificateIndex, 0);
    QVERIFY(report.certificateCheck.authenticatedByDane);
    QVERIFY(!report.certificateCheck.passedPkix());
    // The TLS step says DANE alone vouched for the server, and that the Edge would not.
    const ProbeReport::StepResult tls = step(report, Step::StartTls);
    QCOMPARE(tls.state, State::Warning);
    QVERIFY2(tls.details.toString().contains(u"3 1 1 "_qs + m_spkiSha256), qPrintable(dump));
    QVERIFY2(report.dane.summary().toString().contains(u"although its chain does not reach"_qs),
             qPrintable(dump));
}

void tst_ProbeDnssec::daneTaMatchesTheAuthorityOfTheChain()
{
    const ProbeReport report = probe(u"ta.example"_qs, settings());
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    QCOMPARE(report.dane.state, DaneReport::State::Matched);
    QVERIFY(!report.dane.authenticatedWithoutCa); // the CA is trusted here too
    QCOMPARE(report.dane.records.size(), 1);
    QCOMPARE(report.dane.records.constFirst().record.usage, quint8(TlsaRecord::DaneTa));
    QCOMPARE(report.dane.records.constFirst().certificateIndex, 1);
    QVERIFY(report.certificateCheck.passedPkix());
}

void tst_ProbeDnssec::staleTlsaRecordFailsAndNamesTheRecordToPublish()
{
    const ProbeReport report = probe(u"stale.example"_qs, settings());
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Fail, qPrintable(dump));
    QCOMPARE(report.reason, u"dane-not-matched"_qs);
    QCOMPARE(report.dane.state, DaneReport::State::NotMatched);
    QCOMPARE(report.dane.records.size(), 2);
    QList<TlsaMatch::Outcome> outcomes;
    for (const TlsaMatch &match : report.dane.records)
        outcomes.append(match.outcome);
    QVERIFY(outcomes.contains(TlsaMatch::Outcome::NotMatched));
    QVERIFY(outcomes.contains(TlsaMatch::Outcome::Unusable));
    // The sentence names the record that the certificate in use would match.
    const QString sentence = report.advice.toString();
    QVERIFY2(sentence.contains(u"IN TLSA 3 1 1 "_qs + m_spkiSha256), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"_%1._tcp.xmpp.stale.example"_qs.arg(m_prosody->s2sPort())),
             qPrintable(sentence));
}

void tst_ProbeDnssec::tamperedSrvRecordIsBogusAndFails()
{
    const ProbeReport report = probe(u"bogus.example"_qs, settings());
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Fail, qPrintable(dump));
    QCOMPARE(report.reason, u"srv-dnssec-bogus"_qs);
    QCOMPARE(step(report, Step::Resolve).state, State::Failed);
    QVERIFY2(dnssecOfEveryRecordIs(report, DnssecStatus::Bogus), qPrintable(dump));
    // unbound's reason is passed on: a signature that does not verify.
    const QString reason = report.records.constFirst().dnssecReason;
    QVERIFY2(reason.contains(u"signature"_qs, Qt::CaseInsensitive), qPrintable(reason));
    const QString sentence = report.advice.toString();
    QVERIFY2(sentence.contains(u"The SRV records of bogus.example fail DNSSEC validation"_qs),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(reason), qPrintable(sentence));
    // Nothing the forged answer names was tried.
    QVERIFY2(report.transcript.isEmpty(), qPrintable(dump));
}

void tst_ProbeDnssec::tamperedAddressRecordIsBogusAndNotConnected()
{
    const ProbeReport report = probe(u"addr.example"_qs, settings());
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Fail, qPrintable(dump));
    QCOMPARE(report.reason, u"address-dnssec-bogus"_qs);
    QVERIFY2(dnssecOfEveryRecordIs(report, DnssecStatus::Secure), qPrintable(dump)); // the SRV
    QCOMPARE(report.attempts.size(), 1);
    QVERIFY(!report.attempts.constFirst().connected);
    QCOMPARE(report.attempts.constFirst().dnssec, DnssecStatus::Bogus);
    const QString sentence = report.advice.toString();
    QVERIFY2(sentence.contains(u"The address records of xmpp.addr.example fail DNSSEC "
                               "validation ("_qs),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(u"signature"_qs, Qt::CaseInsensitive), qPrintable(sentence));
    QVERIFY2(report.transcript.isEmpty(), qPrintable(dump));
}

// A target that is not a host name (a hostile or mistyped zone) is shown, said and skipped:
// the next target is tried; with none left, the sentence names the record to correct.
void tst_ProbeDnssec::srvTargetThatIsNotAHostNameIsSkipped()
{
    const ProbeReport odd = probe(u"odd.example"_qs, settings());
    QString dump = describe(odd);
    QVERIFY2(odd.verdict == Verdict::Pass, qPrintable(dump));
    QCOMPARE(odd.records.size(), 2);
    QVERIFY2(std::any_of(odd.records.begin(), odd.records.end(),
                         [](const auto &r) { return r.target == u"xmpp\\.odd.example"_qs; }),
             qPrintable(dump));
    QCOMPARE(odd.attempts.size(), 1);
    QVERIFY2(odd.attempts.constFirst().server.startsWith(u"xmpp.ee.example:"_qs), qPrintable(dump));
    QVERIFY2(step(odd, Step::Resolve)
                 .details.toString()
                 .contains(u"the target “xmpp\\.odd.example” is not a host name; this record "
                           "is skipped"_qs),
             qPrintable(dump));

    const ProbeReport none = probe(u"nohost.example"_qs, settings());
    dump = describe(none);
    QVERIFY2(none.verdict == Verdict::Fail, qPrintable(dump));
    QCOMPARE(none.reason, u"srv-target-not-host-name"_qs);
    QVERIFY2(none.transcript.isEmpty() && none.attempts.isEmpty(), qPrintable(dump));
    const QString sentence = none.advice.toString();
    QVERIFY2(sentence.contains(u"The SRV record _xmpp-server._tcp.nohost.example names "
                               "“xmpp\\032server.example” as its server, which is not a host "
                               "name"_qs),
             qPrintable(sentence));
}

void tst_ProbeDnssec::unsignedZoneIsInsecureAndDaneDoesNotApply()
{
    const ProbeReport report = probe(u"plain.example"_qs, settings());
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    QVERIFY2(dnssecOfEveryRecordIs(report, DnssecStatus::Insecure), qPrintable(dump));
    QCOMPARE(report.dane.state, DaneReport::State::NotEligible);
    QVERIFY(report.dnssecNote.isEmpty()); // validation worked: the zone is simply unsigned
}

void tst_ProbeDnssec::trustAnchorFileThatCannotBeReadIsSaid()
{
    ProbeSettings s = settings();
    s.trustAnchorFile = m_dir->filePath(u"missing.ds"_qs);
    const ProbeReport report = probe(u"ee.example"_qs, s);
    QVERIFY2(report.verdict == Verdict::Fail, qPrintable(describe(report)));
    const QString text = describe(report);
    QVERIFY2(text.contains(u"missing.ds"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"--trust-anchor"_qs), qPrintable(text));
}

// The "done when", as an administrator runs it: --check with --dns-server
// 127.0.0.1:PORT and --trust-anchor, against the signed zone and a tampered record.
void tst_ProbeDnssec::checkCommandReportsSecureRecordsDaneAndBogus()
{
    QVERIFY2(QFile::exists(QStringLiteral(XP_APP_PATH)), XP_APP_PATH);
    QJsonArray partners;
    for (const QString &domain : {u"ee.example"_qs, u"bogus.example"_qs})
        partners.append(QJsonObject {{u"domain"_qs, domain},
                                     {u"tlsNegotiation"_qs, u"Required"_qs},
                                     {u"saslNegotiation"_qs, u"Optional"_qs},
                                     {u"supportDialbackNegotiation"_qs, true}});
    const QString file = m_dir->filePath(u"partners.json"_qs);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(QJsonObject {{u"format"_qs, u"xmpp-partners"_qs},
                                             {u"version"_qs, 1},
                                             {u"partners"_qs, partners}})
                      .toJson());
    }
    const QStringList arguments {
        u"--check"_qs,        file,
        u"--local-domain"_qs, LocalDomain,
        u"--dns-server"_qs,   u"127.0.0.1:"_qs + QString::number(m_dns->port()),
        u"--trust-anchor"_qs, m_dns->trustAnchorFile(),
        u"--ca-file"_qs,      m_ca->caCertificate(),
        u"--timeout"_qs,      u"5"_qs};
    const auto environment = AppProcess::isolatedEnvironment(m_dir->path());
    const AppProcess::Result text
        = AppProcess::run(QStringLiteral(XP_APP_PATH), arguments, environment, 60000);
    QVERIFY2(text.finished, qPrintable(text.err));
    qInfo("--check printed:\n%s", qPrintable(text.out));
    QCOMPARE(text.exitCode, 1); // bogus.example fails
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString ee = lines.filter(u"ee.example\t"_qs).value(0);
    QVERIFY2(ee.startsWith(u"ee.example\tPass\t"_qs), qPrintable(text.out));
    QVERIFY2(ee.endsWith(u"\tdnssec=secure\tdane=matched"_qs), qPrintable(ee));
    const QString bogus = lines.filter(u"bogus.example\t"_qs).value(0);
    QVERIFY2(bogus.startsWith(u"bogus.example\tFail\t-\tThe SRV records of bogus.example fail "
                              "DNSSEC validation ("_qs),
             qPrintable(text.out));
    QVERIFY2(bogus.endsWith(u"\tdnssec=bogus\tdane=not-checked"_qs), qPrintable(bogus));

    const AppProcess::Result json = AppProcess::run(
        QStringLiteral(XP_APP_PATH), arguments + QStringList {u"--json"_qs}, environment, 60000);
    QVERIFY2(json.finished && json.exitCode == 1, qPrintable(json.err));
    const QJsonArray reports = QJsonDocument::fromJson(json.outBytes).array();
    QCOMPARE(reports.size(), 2);
    for (const QJsonValue &value : reports) {
        const QJsonObject report = value.toObject();
        const bool isEe = report.value(u"domain"_qs).toString() == u"ee.example"_qs;
        const QJsonArray records = report.value(u"dnsRecords"_qs).toArray();
        QVERIFY(!records.isEmpty());
        for (const QJsonValue &record : records)
            QCOMPARE(record.toObject().value(u"dnssec"_qs).toString(),
                     isEe ? u"secure"_qs : u"bogus"_qs);
        const QJsonObject dane = report.value(u"dane"_qs).toObject();
        QCOMPARE(dane.value(u"state"_qs).toString(), isEe ? u"matched"_qs : u"not-checked"_qs);
        if (isEe)
            QCOMPARE(dane.value(u"records"_qs).toArray().first().toObject().value(u"outcome"_qs),
                     QJsonValue(u"matched"_qs));
        else
            QVERIFY(!records.first().toObject().value(u"dnssecReason"_qs).toString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_ProbeDnssec)
#include "tst_probednssec.moc"
