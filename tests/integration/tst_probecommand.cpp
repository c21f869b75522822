// The command line, `xmpp-partners --check FILE ...`, run as its own process against a
// real Prosody: its exit codes (0 every domain passes, warnings included; 1 one fails;
// 2 bad usage or an unreadable file), its line per domain and its JSON reports. Also the
// other commands without a display: --export-ps1 and --import-csv; and bad usage, told
// before any window is opened, where there is no display at all.
#include "appprocess.h"
#include "file/partnerstore.h"
#include "probetesthelpers.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_ProbeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passingPartnerExitsZero();
    void warningCountsAsPassing();
    void failingPartnerExitsOne();
    void domainOptionTestsOnlyThatDomain();
    void jsonPrintsTheReports();
    void failureReasonInEveryOutput();
    void tlsProfileAddsTheGrade();
    void fixScriptWritesTheSuggestedSettings();
    void fixScriptWithNothingToFixChangesNothing();
    void unreadableFileExitsTwo_data();
    void unreadableFileExitsTwo();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void printsInTheChosenLanguage();
    void exportWritesAPowerShellScript();
    void importSaysWhichRowsAreRefused();
    void exportedScriptImportsBack();
    void badUsageNeedsNoDisplay_data();
    void badUsageNeedsNoDisplay();
    void helpAndVersionNeedNoDisplay();
    void checkLoadsNoQtGui();
    void windowIsItsOwnProgram();
    void missingWindowProgramIsTold();

private:
    using Result = AppProcess::Result;

    // `locale` is the process's LC_ALL / LANG.
    Result runCheck(const QStringList &arguments, const QString &locale = u"C.UTF-8"_qs);
    // As runCheck, where opening a window would abort: no display, and the X11 platform.
    Result runWithoutDisplay(const QStringList &arguments);
    Result run(const QStringList &arguments, const QProcessEnvironment &environment);
    QStringList checkArguments(const QString &file, quint16 port) const;
    QString writeFile(const QString &name, const QByteArray &content);
    QString writePartners(const QString &name, const QJsonArray &partners);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Files m_server; // partner.test and second.test
    std::unique_ptr<ProsodyServer> m_prosody; // STARTTLS required
};

namespace {

// Each run ends well within this: a few probes on 127.0.0.1.
constexpr int RunTimeoutMs = 30000;

QJsonObject partner(const QString &domain, const QString &tls, const QString &sasl, bool dialback)
{
    return {{u"domain"_qs, domain},
            {u"tlsNegotiation"_qs, tls},
            {u"saslNegotiation"_qs, sasl},
            {u"supportDialbackNegotiation"_qs, dialback}};
}

// Row 7 and row 17 of the negotiation rules (the 18 TLS / SASL / dialback rows).
QJsonObject row7(const QString &domain)
{
    return partner(domain, u"Required"_qs, u"Optional"_qs, true);
}

QJsonObject row17(const QString &domain)
{
    return partner(domain, u"NotSupported"_qs, u"NotSupported"_qs, true);
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

const QString NotSupportedAdvice
    = u"The partner's server requires TLS (its STARTTLS is marked required) but this configuration sets TLS negotiation to Not supported, so no connection is possible; set TLS negotiation to Optional, so that TLS is used wherever the partner's servers offer it."_qs;

} // namespace

void tst_ProbeCommand::initTestCase()
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

tst_ProbeCommand::Result tst_ProbeCommand::runCheck(const QStringList &arguments,
                                                    const QString &locale)
{
    // The settings the window saved are read too: a home of its own keeps the user's
    // (a saved client certificate, DNS server, local domain) out of the test. Under
    // C.UTF-8 the printed verdicts and advice are the English source texts.
    return run(arguments, AppProcess::isolatedEnvironment(m_dir->path(), locale));
}

tst_ProbeCommand::Result tst_ProbeCommand::runWithoutDisplay(const QStringList &arguments)
{
    QProcessEnvironment environment = AppProcess::isolatedEnvironment(m_dir->path());
    for (const QString &name : {u"DISPLAY"_qs, u"WAYLAND_DISPLAY"_qs})
        environment.remove(name);
    // A QApplication made here aborts: "could not connect to display".
    environment.insert(u"QT_QPA_PLATFORM"_qs, u"xcb"_qs);
    return run(arguments, environment);
}

tst_ProbeCommand::Result tst_ProbeCommand::run(const QStringList &arguments,
                                               const QProcessEnvironment &environment)
{
    return AppProcess::run(QStringLiteral(XP_APP_PATH), arguments, environment, RunTimeoutMs);
}

QStringList tst_ProbeCommand::checkArguments(const QString &file, quint16 port) const
{
    return {u"--check"_qs,        file,
            u"--local-domain"_qs, u"lync.test"_qs,
            u"--host"_qs,         u"127.0.0.1:"_qs + QString::number(port),
            u"--ca-file"_qs,      m_ca->caCertificate(),
            u"--timeout"_qs,      u"5"_qs};
}

QString tst_ProbeCommand::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        return {};
    return path;
}

QString tst_ProbeCommand::writePartners(const QString &name, const QJsonArray &partners)
{
    const QJsonObject root {
        {u"format"_qs, u"xmpp-partners"_qs}, {u"version"_qs, 1}, {u"partners"_qs, partners}};
    return writeFile(name, QJsonDocument(root).toJson());
}

void tst_ProbeCommand::passingPartnerExitsZero()
{
    const QString file = writePartners(u"pass.json"_qs, {row7(u"partner.test"_qs)});
    const Result result = runCheck(checkArguments(file, m_prosody->s2sPort()));
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    // domain<TAB>verdict<TAB>method<TAB>advice, the advice empty on a pass.
    QCOMPARE(lines(result.out), QStringList {u"partner.test\tPass\tTLS dialback\t"_qs});
}

void tst_ProbeCommand::warningCountsAsPassing()
{
    ProsodyServer::Options options;
    options.virtualHosts = {{u"partner.test"_qs, m_server.certificate, m_server.key, m_server.ca}};
    options.requireEncryption = false;
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    // Row 17 against STARTTLS optional: only TCP dialback, a Warning.
    const QString file = writePartners(u"warning.json"_qs, {row17(u"partner.test"_qs)});
    const Result result = runCheck(checkArguments(file, prosody.s2sPort()));
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    const QStringList printed = lines(result.out);
    QCOMPARE(printed.size(), 1);
    const QStringList fields = printed.constFirst().split(u'\t');
    QCOMPARE(fields.size(), 4);
    QCOMPARE(fields.at(0), u"partner.test"_qs);
    QCOMPARE(fields.at(1), u"Warning"_qs);
    QCOMPARE(fields.at(2), u"TCP dialback"_qs);
    QVERIFY2(fields.at(3).startsWith(u"Only TCP dialback is usable"_qs), qPrintable(fields.at(3)));
}

void tst_ProbeCommand::failingPartnerExitsOne()
{
    const QString file
        = writePartners(u"mixed.json"_qs, {row7(u"partner.test"_qs), row17(u"second.test"_qs)});
    const Result result = runCheck(checkArguments(file, m_prosody->s2sPort()));
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
    // One line per domain, in the order of the file.
    QCOMPARE(lines(result.out),
             (QStringList {u"partner.test\tPass\tTLS dialback\t"_qs,
                           u"second.test\tFail\t-\t"_qs + NotSupportedAdvice}));
}

void tst_ProbeCommand::domainOptionTestsOnlyThatDomain()
{
    const QString file
        = writePartners(u"mixed.json"_qs, {row7(u"partner.test"_qs), row17(u"second.test"_qs)});
    // The failing partner is left out, so the check passes.
    const Result result = runCheck(checkArguments(file, m_prosody->s2sPort())
                                   << u"--domain"_qs << u"partner.test"_qs);
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QCOMPARE(lines(result.out), QStringList {u"partner.test\tPass\tTLS dialback\t"_qs});
}

void tst_ProbeCommand::fixScriptWritesTheSuggestedSettings()
{
    // STARTTLS offered, not required: row 17 (TLS Not supported) gets only TCP dialback and
    // the advice to set TLS negotiation to Optional; row 7 passes and needs nothing.
    ProsodyServer::Options options;
    for (const QString &domain : {u"partner.test"_qs, u"second.test"_qs})
        options.virtualHosts.append({domain, m_server.certificate, m_server.key, m_server.ca});
    options.requireEncryption = false;
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    const QString file
        = writePartners(u"fix.json"_qs, {row17(u"partner.test"_qs), row7(u"second.test"_qs)});
    const QString script = m_dir->filePath(u"fix.ps1"_qs);
    QFile::remove(script);
    const Result result = runCheck(checkArguments(file, prosody.s2sPort())
                                   << u"--fix-script"_qs << script << u"--json"_qs);
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    // The JSON report carries the suggestion beside the advice.
    const QJsonArray reports = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0)[u"suggestion"_qs].toObject(),
             QJsonObject({{u"tlsNegotiation"_qs, u"Optional"_qs}}));
    QVERIFY(reports.at(1)[u"suggestion"_qs].isNull());

    QFile written(script);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList scriptLines
        = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QVERIFY(scriptLines.size() >= 2);
    QVERIFY2(scriptLines.first().startsWith(u"# Negotiation settings suggested by connection "
                                            "tests"_qs),
             qPrintable(scriptLines.first()));
    QStringList commands;
    for (const QString &line : scriptLines) {
        if (!line.startsWith(u'#'))
            commands.append(line);
    }
    QCOMPARE(commands,
             QStringList({u"Set-CsXmppAllowedPartner -Identity 'partner.test' "
                          "-TlsNegotiation Optional"_qs}));

    // Made as the script says, the partner passes with TLS dialback: the advice was right.
    const QString fixed = writePartners(
        u"fixed.json"_qs, {partner(u"partner.test"_qs, u"Optional"_qs, u"NotSupported"_qs, true)});
    const Result again = runCheck(checkArguments(fixed, prosody.s2sPort()));
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QCOMPARE(lines(again.out), QStringList {u"partner.test\tPass\tTLS dialback\t"_qs});
}

void tst_ProbeCommand::fixScriptWithNothingToFixChangesNothing()
{
    const QString file = writePartners(u"nothing.json"_qs, {row7(u"partner.test"_qs)});
    const QString script = m_dir->filePath(u"nothing.ps1"_qs);
    QFile::remove(script);
    const Result result
        = runCheck(checkArguments(file, m_prosody->s2sPort()) << u"--fix-script"_qs << script);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QFile written(script);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll().mid(3));
    QVERIFY(text.contains(u"No partner needs a change"_qs));
    // Only comments: running it changes nothing.
    for (const QString &line : text.split(u"\r\n"_qs, Qt::SkipEmptyParts))
        QVERIFY2(line.startsWith(u'#'), qPrintable(line));
}

void tst_ProbeCommand::tlsProfileAddsTheGrade()
{
    const QString file
        = writePartners(u"mixed.json"_qs, {row7(u"partner.test"_qs), row17(u"second.test"_qs)});
    const QStringList arguments = checkArguments(file, m_prosody->s2sPort()) << u"--tls-profile"_qs;
    const Result result = runCheck(arguments);
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
    const QStringList printed = lines(result.out);
    QCOMPARE(printed.size(), 2);
    // A fifth field: the grade where TLS succeeded, "-" where it was not attempted.
    const QStringList pass = printed.at(0).split(u'\t');
    QCOMPARE(pass.size(), 5);
    QCOMPARE(pass.at(1), u"Pass"_qs);
    QVERIFY2(
        QStringList({u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs, u"E"_qs, u"F"_qs}).contains(pass.at(4)),
        qPrintable(printed.at(0)));
    QCOMPARE(printed.at(1), u"second.test\tFail\t-\t"_qs + NotSupportedAdvice + u"\t-"_qs);

    const Result json = runCheck(QStringList(arguments) << u"--json"_qs);
    QVERIFY2(json.finished, qPrintable(json.err));
    const QJsonArray reports = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(reports.size(), 2);
    const QJsonObject profile = reports.at(0).toObject().value(u"tlsProfile"_qs).toObject();
    QCOMPARE(profile.value(u"grade"_qs).toString(), pass.at(4));
    QCOMPARE(profile.value(u"versions"_qs).toArray().size(), 4);
    QCOMPARE(reports.at(1).toObject().value(u"tlsProfile"_qs), QJsonValue(QJsonValue::Null));
}

void tst_ProbeCommand::jsonPrintsTheReports()
{
    const QString file
        = writePartners(u"mixed.json"_qs, {row7(u"partner.test"_qs), row17(u"second.test"_qs)});
    const Result result = runCheck(checkArguments(file, m_prosody->s2sPort()) << u"--json"_qs);
    QVERIFY2(result.finished, qPrintable(result.err));
    QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray reports = document.array();
    QCOMPARE(reports.size(), 2);

    const QString connectedTo = u"127.0.0.1:"_qs + QString::number(m_prosody->s2sPort());
    const QJsonObject pass = reports.at(0).toObject();
    QCOMPARE(pass.value(u"domain"_qs).toString(), u"partner.test"_qs);
    QCOMPARE(pass.value(u"localDomain"_qs).toString(), u"lync.test"_qs);
    QCOMPARE(pass.value(u"verdict"_qs).toString(), u"pass"_qs);
    QCOMPARE(pass.value(u"method"_qs).toString(), u"TLS dialback"_qs);
    QCOMPARE(pass.value(u"connectedTo"_qs).toString(), connectedTo);
    const QJsonArray steps = pass.value(u"steps"_qs).toArray();
    QCOMPARE(steps.size(), 8);
    for (const QJsonValue &value : steps) {
        const QJsonObject stepObject = value.toObject();
        QVERIFY(!stepObject.value(u"step"_qs).toString().isEmpty());
        QVERIFY(!stepObject.value(u"step"_qs).toString().contains(u' '));
        // The steps of a pass: none failed, none left unrun.
        QVERIFY2(stepObject.value(u"state"_qs).toString() == u"passed"_qs
                     || stepObject.value(u"state"_qs).toString() == u"skipped"_qs,
                 qPrintable(QString::fromUtf8(QJsonDocument(stepObject).toJson())));
    }
    const QJsonArray certificates = pass.value(u"certificates"_qs).toArray();
    QVERIFY(!certificates.isEmpty());
    QVERIFY(certificates.at(0)
                .toObject()
                .value(u"subjectAlternativeNames"_qs)
                .toArray()
                .contains(u"partner.test"_qs));
    QVERIFY(!pass.value(u"tlsProtocol"_qs).toString().isEmpty());
    QVERIFY(!pass.value(u"transcript"_qs).toArray().isEmpty());
    // No TLS profile without --tls-profile.
    QCOMPARE(pass.value(u"tlsProfile"_qs), QJsonValue(QJsonValue::Null));

    const QJsonObject fail = reports.at(1).toObject();
    QCOMPARE(fail.value(u"domain"_qs).toString(), u"second.test"_qs);
    QCOMPARE(fail.value(u"verdict"_qs).toString(), u"fail"_qs);
    QCOMPARE(fail.value(u"advice"_qs).toString(), NotSupportedAdvice);
    QVERIFY(fail.value(u"certificates"_qs).toArray().isEmpty());
}

void tst_ProbeCommand::unreadableFileExitsTwo_data()
{
    QTest::addColumn<QString>("name"); // empty: a file that does not exist
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("missing file") << QString() << QByteArray();
    QTest::newRow("not JSON") << u"garbage.json"_qs << QByteArray("this is not a partner file");
    QTest::newRow("another format")
        << u"other.json"_qs << QByteArray(R"({"format": "something-else", "version": 1})");
}

void tst_ProbeCommand::unreadableFileExitsTwo()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString file
        = name.isEmpty() ? m_dir->filePath(u"does-not-exist.json"_qs) : writeFile(name, content);
    QVERIFY(!file.isEmpty());
    const Result result = runCheck(checkArguments(file, m_prosody->s2sPort()));
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QVERIFY(!result.err.trimmed().isEmpty());
}

void tst_ProbeCommand::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE stands for a valid partner file
    QTest::addColumn<QString>("message"); // part of what stderr says

    QTest::newRow("no local domain")
        << QStringList {u"--check"_qs, u"FILE"_qs} << u"the local XMPP domain is not set"_qs;
    QTest::newRow("unknown option") << QStringList {u"--check"_qs, u"FILE"_qs, u"--local-domain"_qs,
                                                    u"lync.test"_qs, u"--no-such-option"_qs}
                                    << u"no-such-option"_qs;
    QTest::newRow("client certificate without key")
        << QStringList {u"--check"_qs,   u"FILE"_qs,          u"--local-domain"_qs,
                        u"lync.test"_qs, u"--client-cert"_qs, u"FILE"_qs}
        << u"a PEM --client-cert needs its --client-key"_qs;
    QTest::newRow("DNS server not an address")
        << QStringList {u"--check"_qs,   u"FILE"_qs,         u"--local-domain"_qs,
                        u"lync.test"_qs, u"--dns-server"_qs, u"dns.example"_qs}
        << u"is not an IP address"_qs;
    QTest::newRow("unknown domain")
        << QStringList {u"--check"_qs,   u"FILE"_qs,     u"--local-domain"_qs,
                        u"lync.test"_qs, u"--domain"_qs, u"nobody.test"_qs}
        << u"nobody.test is not a domain of any partner"_qs;
    QTest::newRow("unknown language")
        << QStringList {u"--check"_qs,   u"FILE"_qs,   u"--local-domain"_qs,
                        u"lync.test"_qs, u"--lang"_qs, u"de"_qs}
        << u"unknown language “de”; use en, fr."_qs;
    QTest::newRow("fix script without a check")
        << QStringList {u"--export-ps1"_qs, u"FILE"_qs, u"-"_qs, u"--fix-script"_qs, u"fix.ps1"_qs}
        << u"--fix-script does not go with --export-ps1"_qs;
}

void tst_ProbeCommand::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString file = writePartners(u"usage.json"_qs, {row7(u"partner.test"_qs)});
    arguments.replaceInStrings(u"FILE"_qs, file);
    const Result result = runCheck(arguments);
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void tst_ProbeCommand::failureReasonInEveryOutput()
{
    // A closed port: the same advice in the text line and the JSON, with its reason code,
    // and in French under --lang fr.
    const QString file = writePartners(u"closed.json"_qs, {row7(u"partner.test"_qs)});
    const quint16 port = ProbeTest::closedPort();
    const QString server = u"127.0.0.1:"_qs + QString::number(port);
    const Result text = runCheck(checkArguments(file, port));
    QCOMPARE(text.exitCode, 1);
    const QStringList printed = lines(text.out);
    QCOMPARE(printed.size(), 1);
    QVERIFY2(printed.first().startsWith(u"partner.test\tFail\t-\t"_qs + server
                                        + u" refused the connection: no server listens"_qs),
             qPrintable(printed.first()));
    const Result json = runCheck(checkArguments(file, port) << u"--json"_qs);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(report.value(u"reason"_qs).toString(), u"connection-refused"_qs);
    QCOMPARE(report.value(u"advice"_qs).toString(), printed.first().section(u'\t', 3));
    const Result french = runCheck(checkArguments(file, port) << u"--lang"_qs << u"fr"_qs);
    QVERIFY2(lines(french.out).value(0).contains(server + u" a refusé la connexion"_qs),
             qPrintable(french.out));
}

void tst_ProbeCommand::printsInTheChosenLanguage()
{
    // French under a French locale, or with --lang fr under any; --lang en wins over a
    // French locale.
    const QString file
        = writePartners(u"mixed.json"_qs, {row7(u"partner.test"_qs), row17(u"second.test"_qs)});
    const QStringList arguments = checkArguments(file, m_prosody->s2sPort());
    const Result byOption = runCheck(QStringList(arguments) << u"--lang"_qs << u"fr"_qs);
    const Result byLocale = runCheck(arguments, u"fr_FR.UTF-8"_qs);
    const Result english = runCheck(QStringList(arguments) << u"--lang=en"_qs, u"fr_FR.UTF-8"_qs);
    for (const Result *french : {&byOption, &byLocale}) {
        QVERIFY2(french->finished, qPrintable(french->err));
        QCOMPARE(french->exitCode, 1);
        const QStringList printed = lines(french->out);
        QCOMPARE(printed.size(), 2);
        QCOMPARE(printed.at(0), u"partner.test\tRéussi\tNumérotation (dialback) sur TLS\t"_qs);
        QVERIFY2(printed.at(1).startsWith(u"second.test\tÉchec\t-\t"_qs),
                 qPrintable(printed.at(1)));
        QVERIFY2(!printed.at(1).endsWith(NotSupportedAdvice), qPrintable(printed.at(1)));
    }
    QCOMPARE(lines(english.out),
             (QStringList {u"partner.test\tPass\tTLS dialback\t"_qs,
                           u"second.test\tFail\t-\t"_qs + NotSupportedAdvice}));

    const Result help = runCheck({u"--help"_qs, u"--lang"_qs, u"fr"_qs});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"Teste la connexion aux partenaires fédérés XMPP."_qs),
             qPrintable(help.out));
    QVERIFY2(help.out.contains(u"[fichier]"_qs), qPrintable(help.out));
}

void tst_ProbeCommand::exportWritesAPowerShellScript()
{
    // --export-ps1 FILE OUT: no display, no network; one command per partner.
    const QString file
        = writePartners(u"export.json"_qs, {row7(u"partner.test"_qs), row17(u"second.test"_qs)});
    const QString out = m_dir->filePath(u"partners.ps1"_qs);
    const Result created = runCheck({u"--export-ps1"_qs, file, out});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QFile script(out);
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QByteArray bytes = script.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\nNew-CsXmppAllowedPartner -Identity '"), 2);
    QVERIFY(bytes.contains("-Identity 'second.test' -PartnerType"));
    QVERIFY(!bytes.contains("Set-CsXmppAllowedPartner"));

    const Result updated = runCheck({u"--export-ps1"_qs, file, u"-"_qs, u"--set-existing"_qs});
    QCOMPARE(updated.exitCode, 0);
    QCOMPARE(updated.out.count(u"Set-CsXmppAllowedPartner -Identity"_qs), 2);

    const Result noOutput = runCheck({u"--export-ps1"_qs, file, u"--lang"_qs, u"fr"_qs});
    QCOMPARE(noOutput.exitCode, 2);
    QVERIFY2(noOutput.err.contains(u"--export-ps1 attend un fichier de partenaires"_qs),
             qPrintable(noOutput.err));
    const Result unreadable
        = runCheck({u"--export-ps1"_qs, m_dir->filePath(u"missing.json"_qs), out});
    QCOMPARE(unreadable.exitCode, 2);
    QVERIFY2(unreadable.err.contains(u"missing.json"_qs), qPrintable(unreadable.err));
}

void tst_ProbeCommand::importSaysWhichRowsAreRefused()
{
    // The Get-CsXmppAllowedPartner | Export-Csv sample: good and bad rows.
    const QString csv = QStringLiteral(XP_FIXTURES "/get-csxmppallowedpartner.csv");
    const QString file = writePartners(u"import.json"_qs, {row7(u"partner.test"_qs)});
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    const Result preview = runCheck({u"--import-csv"_qs, file, csv, u"--dry-run"_qs});
    QCOMPARE(preview.exitCode, 1); // some rows are refused
    const QStringList printed = lines(preview.out);
    QCOMPARE(printed.size(), 11);
    QVERIFY(printed.contains(u"11\tNew\tfourthcoffee.com"_qs));
    QVERIFY2(printed.contains(u"6\tRefused\twingtiptoys.com\tRow 6: SASL requires TLS. To use "
                              "SASL, TLS must be Required or Optional."_qs),
             qPrintable(preview.out));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before); // --dry-run changes nothing
    original.close();

    const Result imported = runCheck({u"--import-csv"_qs, file, csv, u"--lang=fr"_qs});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.out.contains(u"Refusé"_qs), qPrintable(imported.out));
    const PartnerStore::LoadResult after = PartnerStore(file).load();
    QVERIFY2(after.isOk(), qPrintable(after.errorMessage()));
    QVERIFY(after.document.partners.indexOfDomain(u"fourthcoffee.com"_qs) >= 0);
    QVERIFY(after.document.partners.indexOfDomain(u"partner.test"_qs) >= 0);
    QCOMPARE(after.document.partners.indexOfDomain(u"wingtiptoys.com"_qs), -1);
    QVERIFY(QFile::exists(file + u".bak"_qs));

    const Result broken = runCheck({u"--import-csv"_qs, file, m_dir->filePath(u"none.csv"_qs)});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains(u"none.csv"_qs), qPrintable(broken.err));
}

void tst_ProbeCommand::exportedScriptImportsBack()
{
    // --export-ps1 then --import into an empty file: the same partners, every one new.
    const QString file
        = writePartners(u"source.json"_qs, {row7(u"partner.test"_qs), row17(u"second.test"_qs)});
    const QString script = m_dir->filePath(u"roundtrip.ps1"_qs);
    QCOMPARE(runCheck({u"--export-ps1"_qs, file, script}).exitCode, 0);
    const QString target = m_dir->filePath(u"target.json"_qs);
    const Result imported = runCheck({u"--import"_qs, target, script});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
    QCOMPARE(lines(imported.out),
             QStringList({u"1\tNew\tpartner.test"_qs, u"2\tNew\tsecond.test"_qs}));
    const PartnerStore::LoadResult before = PartnerStore(file).load();
    const PartnerStore::LoadResult after = PartnerStore(target).load();
    QVERIFY2(after.isOk(), qPrintable(after.errorMessage()));
    QCOMPARE(after.document.partners.partners(), before.document.partners.partners());

    // Again: nothing new, nothing changed.
    const Result again = runCheck({u"--import"_qs, target, script, u"--dry-run"_qs});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(lines(again.out),
             QStringList({u"1\tUnchanged\tpartner.test"_qs, u"2\tUnchanged\tsecond.test"_qs}));

    // Both options at once is a usage error.
    const Result both = runCheck({u"--import"_qs, target, u"--import-csv"_qs, target, script});
    QCOMPARE(both.exitCode, 2);
}

void tst_ProbeCommand::badUsageNeedsNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE stands for a valid partner file
    QTest::addColumn<QString>("message"); // what stderr's first line says

    QTest::newRow("unknown option")
        << QStringList {u"--bogus"_qs} << u"xmpp-partners: Unknown option 'bogus'."_qs;
    QTest::newRow("--check without its file")
        << QStringList {u"--check"_qs} << u"xmpp-partners: Missing value after '--check'."_qs;
    QTest::newRow("a second file for the window")
        << QStringList {u"FILE"_qs, u"extra.json"_qs}
        << u"xmpp-partners: unexpected argument “extra.json”."_qs;
    QTest::newRow("an argument after --check FILE")
        << QStringList {u"--check"_qs, u"FILE"_qs, u"--local-domain"_qs, u"lync.test"_qs,
                        u"extra"_qs}
        << u"xmpp-partners: unexpected argument “extra”."_qs;
    QTest::newRow("a local domain that is not one")
        << QStringList {u"--local-domain"_qs, u"bad..domain"_qs}
        << u"xmpp-partners: --local-domain: “bad..domain” has an empty label: two dots in a "
           "row, or a dot at the start."_qs;
    QTest::newRow("a bad local domain for --check")
        << QStringList {u"--check"_qs, u"FILE"_qs, u"--local-domain"_qs, u"bad..domain"_qs}
        << u"xmpp-partners: --local-domain: “bad..domain” has an empty label: two dots in a "
           "row, or a dot at the start."_qs;
}

void tst_ProbeCommand::badUsageNeedsNoDisplay()
{
    // Exit 2 with the message and the pointer to --help, before any window is made: without
    // a display, a QApplication would abort (exit 134) and say so.
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(u"FILE"_qs,
                               writePartners(u"nodisplay.json"_qs, {row7(u"partner.test"_qs)}));
    const Result result = runWithoutDisplay(arguments);
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QCOMPARE(lines(result.err),
             QStringList({message, u"Run xmpp-partners --help for the options."_qs}));
    QVERIFY2(!result.err.contains(u"display"_qs, Qt::CaseInsensitive), qPrintable(result.err));
}

void tst_ProbeCommand::helpAndVersionNeedNoDisplay()
{
    const Result help = runWithoutDisplay({u"--help"_qs});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"--check <FILE>"_qs), qPrintable(help.out));
    QVERIFY2(help.err.isEmpty(), qPrintable(help.err));
    const Result version = runWithoutDisplay({u"--version"_qs});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(u"xmpp-partners"_qs), qPrintable(version.out));
    QVERIFY2(version.err.isEmpty(), qPrintable(version.err));
}

void tst_ProbeCommand::checkLoadsNoQtGui()
{
    // The dynamic loader's own account of what the process loads: the command line is a
    // program without Qt Gui (the window is xmpp-partners-window's), which starts faster.
    const QString file = writePartners(u"libs.json"_qs, {row7(u"partner.test"_qs)});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_qs, m_dir->path());
    environment.insert(u"XDG_CONFIG_HOME"_qs, m_dir->filePath(u"config"_qs));
    environment.insert(u"LC_ALL"_qs, u"C.UTF-8"_qs);
    environment.insert(u"LD_DEBUG"_qs, u"libs"_qs);
    const Result result = run(checkArguments(file, m_prosody->s2sPort()), environment);
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, 0);
    // LD_DEBUG worked: the loader names what it loads, Qt Core and the TLS plugin among it.
    QVERIFY2(result.err.contains(u"libQt6Core.so"_qs), qPrintable(result.err.left(2000)));
    QVERIFY2(result.err.contains(u"libqopensslbackend.so"_qs), qPrintable(result.err.left(2000)));
    for (const QString &library : {u"libQt6Gui.so"_qs, u"libQt6Widgets.so"_qs})
        QVERIFY2(!result.err.contains(library), qPrintable(library));
}

void tst_ProbeCommand::windowIsItsOwnProgram()
{
    // Without a command, xmpp-partners becomes the window's program, whose QApplication
    // aborts without a display and says so (the command line itself has no platform plugin).
    const QString file = writePartners(u"window.json"_qs, {row7(u"partner.test"_qs)});
    const Result result = runWithoutDisplay({file});
    QVERIFY2(result.finished, qPrintable(result.err));
    QCOMPARE(result.exitCode, -1); // aborted
    QVERIFY2(result.err.contains(u"could not connect to display"_qs), qPrintable(result.err));
}

void tst_ProbeCommand::missingWindowProgramIsTold()
{
    // A copy of xmpp-partners without the window's program beside it (in ../libexec).
    const QString folder = m_dir->filePath(u"lonely/bin"_qs);
    QVERIFY(QDir().mkpath(folder));
    const QString copy = folder + u"/xmpp-partners"_qs;
    QVERIFY(QFile::copy(QStringLiteral(XP_APP_PATH), copy));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_qs, m_dir->path());
    environment.insert(u"XDG_CONFIG_HOME"_qs, m_dir->filePath(u"config"_qs));
    environment.insert(u"LC_ALL"_qs, u"C.UTF-8"_qs);
    environment.insert(u"LANG"_qs, u"C.UTF-8"_qs);
    environment.remove(u"LANGUAGE"_qs);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(copy, {});
    QVERIFY(process.waitForFinished(RunTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.startsWith(u"xmpp-partners: cannot open the window: "_qs), qPrintable(err));
    QVERIFY2(err.contains(u"/libexec/xmpp-partners/xmpp-partners-window cannot be started: "_qs),
             qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_ProbeCommand)
#include "tst_probecommand.moc"
