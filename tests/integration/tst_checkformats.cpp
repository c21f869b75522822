// `xmpp-partners --check FILE --format nagios|prometheus|json`, run as its own process
// against a real Prosody, as a monitoring system runs it: the plugin's exit codes (0 OK,
// 1 WARNING, 2 CRITICAL, 3 UNKNOWN, bad usage included) with its status line and
// performance data; OpenMetrics that the Prometheus Python client's strict parser reads,
// on standard output or replaced in one step with --output FILE.
#include "appprocess.h"
#include "openmetricsparser.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>

class tst_CheckFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nagiosCriticalNamesTheFailingDomain();
    void nagiosOkAndWarning();
    void nagiosCannotRunIsUnknown_data();
    void nagiosCannotRunIsUnknown();
    void prometheusIsReadByTheParser();
    void prometheusOutputFileIsReplacedAtOnce();
    void outputFileThatCannotBeWritten();
    void formatJsonIsTheJsonReports();
    void badFormatIsBadUsage_data();
    void badFormatIsBadUsage();

private:
    using Result = AppProcess::Result;
    using Parsed = OpenMetricsParse;

    Result run(const QStringList &arguments);
    QStringList checkArguments(const QString &file, quint16 port) const;
    QString writePartners(const QString &name, const QJsonArray &partners);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Files m_server; // partner.test and second.test
    std::unique_ptr<ProsodyServer> m_prosody; // STARTTLS required
};

namespace {

constexpr int RunTimeoutMs = 30000;

QJsonObject partner(const QString &domain, const QString &tls, const QString &sasl)
{
    return {{u"domain"_qs, domain},
            {u"tlsNegotiation"_qs, tls},
            {u"saslNegotiation"_qs, sasl},
            {u"supportDialbackNegotiation"_qs, true}};
}

// Row 7 passes against a Prosody that requires STARTTLS (TLS dialback); row 17 (TLS not
// supported) fails there, and only warns (TCP dialback) where STARTTLS is optional.
QJsonObject row7(const QString &domain)
{
    return partner(domain, u"Required"_qs, u"Optional"_qs);
}

QJsonObject row17(const QString &domain)
{
    return partner(domain, u"NotSupported"_qs, u"NotSupported"_qs);
}

QStringList lines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
}

QList<QJsonObject> samplesOf(const QJsonArray &families, const QString &name, const QString &domain)
{
    QList<QJsonObject> found;
    for (const QJsonValue &family : families) {
        if (family.toObject().value(u"name"_qs).toString() != name)
            continue;
        for (const QJsonValue &sample : family.toObject().value(u"samples"_qs).toArray()) {
            const QJsonObject labels = sample.toObject().value(u"labels"_qs).toObject();
            if (labels.value(u"domain"_qs).toString() == domain)
                found.append(sample.toObject());
        }
    }
    return found;
}

} // namespace

void tst_CheckFormats::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(XP_APP_PATH)), XP_APP_PATH);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ca = std::make_unique<TestCa>(m_dir->filePath(u"pki"_qs));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    m_server = m_ca->serverCertificate({u"partner.test"_qs, u"second.test"_qs});
    QVERIFY2(!m_server.isNull(), qPrintable(m_ca->errorString()));

    ProsodyServer::Options options;
    for (const QString &domain : {u"partner.test"_qs, u"second.test"_qs})
        options.virtualHosts.append({domain, m_server.certificate, m_server.key, m_server.ca});
    options.requireEncryption = true;
    m_prosody = std::make_unique<ProsodyServer>(options);
    QVERIFY2(m_prosody->start(), qPrintable(m_prosody->errorString()));
}

tst_CheckFormats::Result tst_CheckFormats::run(const QStringList &arguments)
{
    return AppProcess::run(QStringLiteral(XP_APP_PATH), arguments,
                           AppProcess::isolatedEnvironment(m_dir->path()), RunTimeoutMs);
}

QStringList tst_CheckFormats::checkArguments(const QString &file, quint16 port) const
{
    return {u"--check"_qs,        file,
            u"--local-domain"_qs, u"lync.test"_qs,
            u"--host"_qs,         u"127.0.0.1:"_qs + QString::number(port),
            u"--ca-file"_qs,      m_ca->caCertificate(),
            u"--timeout"_qs,      u"5"_qs};
}

QString tst_CheckFormats::writePartners(const QString &name, const QJsonArray &partners)
{
    const QJsonObject root {
        {u"format"_qs, u"xmpp-partners"_qs}, {u"version"_qs, 1}, {u"partners"_qs, partners}};
    const QString path = m_dir->filePath(name);
    QFile file(path);
    const QByteArray content = QJsonDocument(root).toJson();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        return {};
    return path;
}

void tst_CheckFormats::nagiosCriticalNamesTheFailingDomain()
{
    const QString file
        = writePartners(u"mixed.json"_qs, {row7(u"partner.test"_qs), row17(u"second.test"_qs)});
    const Result result
        = run(checkArguments(file, m_prosody->s2sPort()) << u"--format"_qs << u"nagios"_qs);
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 2, qPrintable(QString::fromUtf8(result.outBytes) + result.err));
    const QStringList printed = lines(result.outBytes);
    QCOMPARE(printed.size(), 3); // the status line, then one line per domain
    const QString status = printed.at(0);
    QVERIFY2(status.startsWith(u"XMPP PARTNERS CRITICAL - 1 of 2 domains fail: second.test ("_qs),
             qPrintable(status));
    QCOMPARE(status.count(u'|'), 1);
    const QString data = status.section(u" | "_qs, 1);
    // The time of both tests; cert_days only for the domain whose test saw the certificate.
    static const QRegularExpression time(uR"('partner\.test time'=\d+ms;;;0( |$))"_qs);
    QVERIFY2(time.match(data).hasMatch(), qPrintable(data));
    QVERIFY2(data.contains(u"'second.test time'="_qs), qPrintable(data));
    static const QRegularExpression days(uR"('partner\.test cert_days'=(\d+);@~:30;@~:0( |$))"_qs);
    const QRegularExpressionMatch match = days.match(data);
    QVERIFY2(match.hasMatch(), qPrintable(data));
    QVERIFY(match.captured(1).toInt() > 0); // the test CA's certificate is valid now
    QVERIFY2(!data.contains(u"second.test cert_days"_qs), qPrintable(data));

    QCOMPARE(printed.at(1), u"partner.test: Pass - TLS dialback"_qs);
    QVERIFY2(printed.at(2).startsWith(u"second.test: Fail ("_qs), qPrintable(printed.at(2)));
    QVERIFY2(printed.at(2).endsWith(u"; set TLS negotiation to Optional, so that TLS is used "
                                    u"wherever the partner's servers "
                                    "offer it."_qs),
             qPrintable(printed.at(2)));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void tst_CheckFormats::nagiosOkAndWarning()
{
    const QString pass = writePartners(u"pass.json"_qs, {row7(u"partner.test"_qs)});
    const Result ok
        = run(checkArguments(pass, m_prosody->s2sPort()) << u"--format"_qs << u"nagios"_qs);
    QVERIFY2(ok.finished, qPrintable(ok.err));
    QVERIFY2(ok.exitCode == 0, qPrintable(QString::fromUtf8(ok.outBytes) + ok.err));
    QVERIFY2(
        lines(ok.outBytes).value(0).startsWith(u"XMPP PARTNERS OK - 1 of 1 domains pass | "_qs),
        ok.outBytes.constData());

    // STARTTLS optional: row 17 is left with TCP dialback only, a warning.
    ProsodyServer::Options options;
    options.virtualHosts = {{u"partner.test"_qs, m_server.certificate, m_server.key, m_server.ca}};
    options.requireEncryption = false;
    ProsodyServer optional(options);
    QVERIFY2(optional.start(), qPrintable(optional.errorString()));
    const QString warn = writePartners(u"warn.json"_qs, {row17(u"partner.test"_qs)});
    const Result warning = run(checkArguments(warn, optional.s2sPort()) << u"--format=nagios"_qs);
    QVERIFY2(warning.finished, qPrintable(warning.err));
    QVERIFY2(warning.exitCode == 1, qPrintable(QString::fromUtf8(warning.outBytes) + warning.err));
    const QStringList printed = lines(warning.outBytes);
    QCOMPARE(printed.size(), 2);
    QVERIFY2(
        printed.at(0).startsWith(u"XMPP PARTNERS WARNING - 1 of 1 domains warn: partner.test ("_qs),
        qPrintable(printed.at(0)));
    QVERIFY2(printed.at(1).startsWith(u"partner.test: Warning ("_qs), qPrintable(printed.at(1)));
}

void tst_CheckFormats::nagiosCannotRunIsUnknown_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE: a valid partner file
    QTest::addColumn<QString>("message"); // part of the status line

    const QStringList nagios {u"--format"_qs, u"nagios"_qs};
    QTest::newRow("unknown option") << QStringList {u"--check"_qs, u"FILE"_qs, u"--local-domain"_qs,
                                                    u"lync.test"_qs, u"--no-such-option"_qs}
            + nagios << u"no-such-option"_qs;
    QTest::newRow("no local domain") << QStringList {u"--check"_qs, u"FILE"_qs} + nagios
                                     << u"the local XMPP domain is not set"_qs;
    QTest::newRow("missing file") << QStringList {u"--check"_qs, u"MISSING"_qs,
                                                  u"--local-domain"_qs, u"lync.test"_qs}
            + nagios << u"does-not-exist.json"_qs;
    QTest::newRow("unknown domain") << QStringList {u"--check"_qs,        u"FILE"_qs,
                                                    u"--local-domain"_qs, u"lync.test"_qs,
                                                    u"--domain"_qs,       u"nobody.test"_qs}
            + nagios << u"nobody.test is not a domain of any partner"_qs;
    QTest::newRow("--json as well") << QStringList {u"--check"_qs, u"FILE"_qs, u"--local-domain"_qs,
                                                    u"lync.test"_qs, u"--json"_qs}
            + nagios << u"Give either --json or --format nagios, not both."_qs;
    QTest::newRow("with another command")
        << QStringList {u"--check-local"_qs, u"--local-domain"_qs, u"lync.test"_qs} + nagios
        << u"--format does not go with --check-local."_qs;
}

void tst_CheckFormats::nagiosCannotRunIsUnknown()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(u"FILE"_qs,
                               writePartners(u"usage.json"_qs, {row7(u"partner.test"_qs)}));
    arguments.replaceInStrings(u"MISSING"_qs, m_dir->filePath(u"does-not-exist.json"_qs));
    const Result result = run(arguments);
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, 3);
    // The one status line, on standard output where the monitoring system reads it.
    const QStringList printed = lines(result.outBytes);
    QCOMPARE(printed.size(), 1);
    QVERIFY2(printed.at(0).startsWith(u"XMPP PARTNERS UNKNOWN - "_qs), qPrintable(printed.at(0)));
    QVERIFY2(printed.at(0).contains(message), qPrintable(printed.at(0)));
}

void tst_CheckFormats::prometheusIsReadByTheParser()
{
    const QString file
        = writePartners(u"mixed.json"_qs, {row7(u"partner.test"_qs), row17(u"second.test"_qs)});
    const Result result
        = run(checkArguments(file, m_prosody->s2sPort()) << u"--format"_qs << u"prometheus"_qs);
    QVERIFY2(result.finished, qPrintable(result.err));
    // As the text output: 1 when a domain fails.
    QVERIFY2(result.exitCode == 1, qPrintable(result.err));
    const Parsed parsed = OpenMetricsParse::of(result.outBytes);
    QVERIFY2(parsed.ok, qPrintable(parsed.error + u'\n' + QString::fromUtf8(result.outBytes)));

    const QString verdict = u"xmpp_partners_verdict"_qs;
    for (const auto &[domain, state] :
         {std::pair {u"partner.test"_qs, u"pass"_qs}, std::pair {u"second.test"_qs, u"fail"_qs}}) {
        const QList<QJsonObject> states = samplesOf(parsed.families, verdict, domain);
        QCOMPARE(states.size(), 3);
        for (const QJsonObject &sample : states) {
            const QJsonObject labels = sample.value(u"labels"_qs).toObject();
            QCOMPARE(labels.value(u"partner"_qs).toString(), domain);
            QCOMPARE(sample.value(u"value"_qs).toDouble(),
                     labels.value(u"verdict"_qs).toString() == state ? 1.0 : 0.0);
        }
        const QList<QJsonObject> duration
            = samplesOf(parsed.families, u"xmpp_partners_duration_seconds"_qs, domain);
        QCOMPARE(duration.size(), 1);
        QVERIFY(duration.first().value(u"value"_qs).toDouble() >= 0.0);
        QCOMPARE(samplesOf(parsed.families, u"xmpp_partners_last_run_timestamp_seconds"_qs, domain)
                     .size(),
                 1);
    }
    // The certificate's expiry where TLS came up, in the future; none where it did not.
    const QString notAfter = u"xmpp_partners_certificate_not_after_timestamp_seconds"_qs;
    const QList<QJsonObject> expiry = samplesOf(parsed.families, notAfter, u"partner.test"_qs);
    QCOMPARE(expiry.size(), 1);
    QVERIFY(expiry.first().value(u"value"_qs).toDouble()
            > double(QDateTime::currentSecsSinceEpoch()));
    QVERIFY(samplesOf(parsed.families, notAfter, u"second.test"_qs).isEmpty());
}

void tst_CheckFormats::prometheusOutputFileIsReplacedAtOnce()
{
    const QString file = writePartners(u"pass.json"_qs, {row7(u"partner.test"_qs)});
    QTemporaryDir textfiles; // as node_exporter's textfile directory
    QVERIFY(textfiles.isValid());
    const QString prom = textfiles.filePath(u"xmpp-partners.prom"_qs);
    const QStringList arguments = checkArguments(file, m_prosody->s2sPort())
        << u"--format"_qs << u"prometheus"_qs << u"--output"_qs << prom;

    // A new file: readable by the collector's user under the usual umask.
    const ::mode_t previous = ::umask(022);
    const Result created = run(arguments);
    ::umask(previous);
    QVERIFY2(created.finished, qPrintable(created.err));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY2(created.outBytes.isEmpty(), created.outBytes.constData());
    QVERIFY(QFileInfo(prom).permissions() & QFileDevice::ReadOther);

    // An old file: replaced whole, and nothing else left in the directory (the temporary
    // file beside it was renamed over it).
    QFile old(prom);
    QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
    old.write("stale\n");
    old.close();
    const Result replaced = run(arguments);
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QFile written(prom);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    QVERIFY(!text.contains("stale"));
    const Parsed parsed = OpenMetricsParse::of(text);
    QVERIFY2(parsed.ok, qPrintable(parsed.error + u'\n' + QString::fromUtf8(text)));
    QCOMPARE(samplesOf(parsed.families, u"xmpp_partners_verdict"_qs, u"partner.test"_qs).size(), 3);
    QCOMPARE(QDir(textfiles.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {u"xmpp-partners.prom"_qs});
}

void tst_CheckFormats::outputFileThatCannotBeWritten()
{
    const QString file = writePartners(u"pass.json"_qs, {row7(u"partner.test"_qs)});
    const QString missingDir = m_dir->filePath(u"no-such-dir/xmpp-partners.prom"_qs);
    const Result text = run(checkArguments(file, m_prosody->s2sPort())
                            << u"--format"_qs << u"prometheus"_qs << u"--output"_qs << missingDir);
    QVERIFY2(text.finished, qPrintable(text.err));
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.contains(u"cannot write "_qs + missingDir), qPrintable(text.err));
    const Result nagios = run(checkArguments(file, m_prosody->s2sPort())
                              << u"--format"_qs << u"nagios"_qs << u"--output"_qs << missingDir);
    QCOMPARE(nagios.exitCode, 3);
    QVERIFY2(
        lines(nagios.outBytes).value(0).startsWith(u"XMPP PARTNERS UNKNOWN - cannot write "_qs),
        nagios.outBytes.constData());

    // A --fix-script that cannot be written: the plugin says UNKNOWN once, on its only
    // status line; the text output still prints the results, and fails.
    const QString missingScript = m_dir->filePath(u"no-such-dir/fix.ps1"_qs);
    const Result nagiosScript
        = run(checkArguments(file, m_prosody->s2sPort())
              << u"--format"_qs << u"nagios"_qs << u"--fix-script"_qs << missingScript);
    QCOMPARE(nagiosScript.exitCode, 3);
    const QStringList printed = lines(nagiosScript.outBytes);
    QCOMPARE(printed.size(), 1);
    QVERIFY2(printed.value(0).startsWith(u"XMPP PARTNERS UNKNOWN - cannot write "_qs),
             nagiosScript.outBytes.constData());
    const Result textScript
        = run(checkArguments(file, m_prosody->s2sPort()) << u"--fix-script"_qs << missingScript);
    QCOMPARE(textScript.exitCode, 2);
    QVERIFY2(textScript.out.startsWith(u"partner.test\tPass"_qs), qPrintable(textScript.out));
    QVERIFY2(textScript.err.contains(u"cannot write "_qs + missingScript),
             qPrintable(textScript.err));
}

void tst_CheckFormats::formatJsonIsTheJsonReports()
{
    const QString file
        = writePartners(u"mixed.json"_qs, {row7(u"partner.test"_qs), row17(u"second.test"_qs)});
    const QStringList arguments = checkArguments(file, m_prosody->s2sPort());
    const Result format = run(QStringList(arguments) << u"--format"_qs << u"json"_qs);
    const Result json = run(QStringList(arguments) << u"--json"_qs << u"--format=json"_qs);
    for (const Result *result : {&format, &json}) {
        QVERIFY2(result->finished, qPrintable(result->err));
        QCOMPARE(result->exitCode, 1);
        const QJsonArray reports = QJsonDocument::fromJson(result->outBytes).array();
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.at(0).toObject().value(u"verdict"_qs).toString(), u"pass"_qs);
        QCOMPARE(reports.at(1).toObject().value(u"verdict"_qs).toString(), u"fail"_qs);
    }
}

void tst_CheckFormats::badFormatIsBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown format")
        << QStringList {u"--format"_qs, u"xml"_qs}
        << u"--format takes text, json, nagios or prometheus, not “xml”."_qs;
    QTest::newRow("--json and prometheus")
        << QStringList {u"--json"_qs, u"--format"_qs, u"prometheus"_qs}
        << u"Give either --json or --format prometheus, not both."_qs;
    QTest::newRow("empty output") << QStringList {u"--output"_qs, QString()}
                                  << u"--output needs a file name."_qs;
}

void tst_CheckFormats::badFormatIsBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString file = writePartners(u"usage.json"_qs, {row7(u"partner.test"_qs)});
    const Result result = run(checkArguments(file, m_prosody->s2sPort()) + arguments);
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.outBytes.isEmpty(), result.outBytes.constData());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_CheckFormats)
#include "tst_checkformats.moc"
