// The demo tells its story: scripts/demo-server, started with a cache folder of the test's
// own, serves every domain of resources/sample-partners.json, and `xmpp-partners --check
// --json` on the sample file, with the settings the script prints on its last line, gives
// each domain the verdict, method and reason code that resources/demo-story.tsv expects.
// The demo listens on fixed ports (those of the sample's proxy FQDNs): the test runs in a
// private network namespace of its own (run-in-private-network.sh), where they are free
// whatever runs on the machine; without one, it skips when they are taken.
#include "appprocess.h"
#include "file/partnerstore.h"
#include "partners/serveraddress.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_DemoStory : public QObject
{
    Q_OBJECT

public:
    ~tst_DemoStory() override;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everySampleDomainHasItsExpectation();
    void everyPartnerPointsAtTheDemo();
    void everyDomainShowsItsCase();
    void everyCaseHasItsOwnAdvice();

private:
    struct Expectation
    {
        QString domain;
        QString verdict; // pass, warning, fail
        QString method; // empty for none
        bool proven = false; // by a round trip
        QString reason; // empty for none
    };
    using Run = AppProcess::Result;

    Run run(const QString &program, const QStringList &arguments, int timeoutMs) const;
    Run demoServer(const QString &command) const;
    void stopDemo();

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_demoStarted = false;
    QHash<QString, QString> m_demoSettings; // DEMO_LOCAL_DOMAIN=… from its last line
    QList<Partner> m_partners;
    QList<Expectation> m_expected;
    QHash<QString, QJsonObject> m_reports; // by domain
};

namespace {

const QString SampleFile = QStringLiteral(XP_SOURCE_DIR "/resources/sample-partners.json");
const QString StoryFile = QStringLiteral(XP_SOURCE_DIR "/resources/demo-story.tsv");
const QString DemoServer = QStringLiteral(XP_SOURCE_DIR "/scripts/demo-server");

// The first start makes a CA and a dozen RSA keys: seconds, not minutes.
constexpr int DemoTimeoutMs = 120000;
constexpr int CheckTimeoutMs = 60000;

// NAME=VALUE words of a shell line whose values were quoted with printf %q: a backslash
// keeps the next character as it is. Empty when the line has any other quoting.
QHash<QString, QString> shellAssignments(const QString &line)
{
    QHash<QString, QString> result;
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else if (c == u'\'' || c == u'"' || c == u'$') {
            return {};
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    for (const QString &assignment : std::as_const(words)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return {};
        result.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return result;
}

QString orNone(const QString &field)
{
    return field == u"-" ? QString() : field;
}

} // namespace

tst_DemoStory::~tst_DemoStory()
{
    stopDemo(); // when initTestCase failed half-way
}

tst_DemoStory::Run tst_DemoStory::run(const QString &program, const QStringList &arguments,
                                      int timeoutMs) const
{
    QProcessEnvironment environment = AppProcess::isolatedEnvironment(m_dir->path());
    // The demo's state in a folder of the test's own, never the user's cache.
    environment.insert(u"XMPP_PARTNERS_CACHE"_qs, m_dir->filePath(u"cache"_qs));
    return AppProcess::run(program, arguments, environment, timeoutMs);
}

tst_DemoStory::Run tst_DemoStory::demoServer(const QString &command) const
{
    return run(u"bash"_qs, {DemoServer, command}, DemoTimeoutMs);
}

void tst_DemoStory::stopDemo()
{
    if (!m_demoStarted)
        return;
    m_demoStarted = false;
    const Run stopped = demoServer(u"stop"_qs);
    if (!stopped.finished || stopped.exitCode != 0)
        qWarning("scripts/demo-server stop: %s%s", qPrintable(stopped.out),
                 qPrintable(stopped.err));
}

void tst_DemoStory::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(XP_APP_PATH)), XP_APP_PATH);
    for (const QString &program : {u"prosody"_qs, u"openssl"_qs, u"bash"_qs}) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            QSKIP(qPrintable(program + u" is not installed: the demo cannot run"_qs));
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());

    // The expectations: one line per domain, tab-separated, # for comments.
    QFile story(StoryFile);
    QVERIFY2(story.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(StoryFile));
    int lineNumber = 0;
    while (!story.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(story.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        QVERIFY2(
            fields.size() == 6,
            qPrintable(
                u"demo-story.tsv line %1: %2 fields, not 6"_qs.arg(lineNumber).arg(fields.size())));
        QVERIFY2(fields.at(3) == u"yes" || fields.at(3) == u"no",
                 qPrintable(u"demo-story.tsv line %1: proven is yes or no"_qs.arg(lineNumber)));
        m_expected.append({fields.at(0), fields.at(1), orNone(fields.at(2)), fields.at(3) == u"yes",
                           orNone(fields.at(4))});
    }
    QVERIFY(!m_expected.isEmpty());

    const PartnerStore::LoadResult sample = PartnerStore(SampleFile).load();
    QVERIFY2(sample.isOk(), qPrintable(sample.errorMessage()));
    m_partners = sample.document.partners.partners();

    const Run started = demoServer(u"start"_qs);
    // Whatever it managed to start, stop it at the end.
    m_demoStarted = true;
    QVERIFY2(started.finished, qPrintable(started.out + started.err));
    if (started.exitCode != 0 && qgetenv("XP_PRIVATE_NETWORK") != "1"
        && started.err.contains(u"already in use"_qs)) {
        QSKIP(qPrintable(u"the demo's ports are taken on this machine and no private network "
                         "could be made: "_qs
                         + started.err.trimmed()));
    }
    QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
    const QStringList lines = started.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    m_demoSettings = shellAssignments(lines.constLast());
    for (const QString &name : {u"DEMO_LOCAL_DOMAIN"_qs, u"DEMO_CA_FILE"_qs, u"DEMO_CLIENT_CERT"_qs,
                                u"DEMO_CLIENT_KEY"_qs, u"DEMO_EDGE"_qs}) {
        QVERIFY2(!m_demoSettings.value(name).isEmpty(),
                 qPrintable(name + u" missing from the last line: "_qs + lines.constLast()));
    }
    // Its state lives in the test's folder.
    QVERIFY2(m_demoSettings.value(u"DEMO_CA_FILE"_qs).startsWith(m_dir->path()),
             qPrintable(m_demoSettings.value(u"DEMO_CA_FILE"_qs)));

    const Run check = run(QStringLiteral(XP_APP_PATH),
                          {u"--check"_qs, SampleFile, u"--json"_qs, u"--local-domain"_qs,
                           m_demoSettings.value(u"DEMO_LOCAL_DOMAIN"_qs), u"--ca-file"_qs,
                           m_demoSettings.value(u"DEMO_CA_FILE"_qs), u"--client-cert"_qs,
                           m_demoSettings.value(u"DEMO_CLIENT_CERT"_qs), u"--client-key"_qs,
                           m_demoSettings.value(u"DEMO_CLIENT_KEY"_qs), u"--timeout"_qs, u"10"_qs},
                          CheckTimeoutMs);
    QVERIFY2(check.finished, qPrintable(check.err));
    // 1: some domains fail, as the story wants.
    QVERIFY2(check.exitCode == 1, qPrintable(check.out + check.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(check.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    for (const QJsonValue &value : document.array()) {
        const QJsonObject report = value.toObject();
        m_reports.insert(report.value(u"domain"_qs).toString(), report);
    }
}

void tst_DemoStory::cleanupTestCase()
{
    stopDemo();
}

void tst_DemoStory::everySampleDomainHasItsExpectation()
{
    QStringList sampleDomains;
    for (const Partner &partner : std::as_const(m_partners))
        sampleDomains << partner.domain << partner.additionalDomains;
    QStringList expectedDomains;
    for (const Expectation &expectation : std::as_const(m_expected))
        expectedDomains << expectation.domain;
    // The same domains, each once, in the order Test all shows them.
    QCOMPARE(expectedDomains, sampleDomains);
    QCOMPARE(QSet<QString>(m_reports.keyBegin(), m_reports.keyEnd()),
             QSet<QString>(sampleDomains.cbegin(), sampleDomains.cend()));
}

void tst_DemoStory::everyPartnerPointsAtTheDemo()
{
    // Through its proxy FQDN, on a port of its own: the sample never reaches the network.
    QSet<quint16> ports;
    for (const Partner &partner : std::as_const(m_partners)) {
        QString error;
        const ServerAddress proxy = ServerAddress::parse(partner.proxyFqdn, &error);
        QVERIFY2(proxy.isValid(), qPrintable(partner.domain + u": "_qs + error));
        QCOMPARE(proxy.host(), u"localhost"_qs);
        QVERIFY2(proxy.port() != 0, qPrintable(partner.domain + u" has no port"_qs));
        QVERIFY2(!ports.contains(proxy.port()), qPrintable(partner.proxyFqdn));
        ports.insert(proxy.port());
    }
    // The demo's own side is not a partner.
    const ServerAddress edge = ServerAddress::parse(m_demoSettings.value(u"DEMO_EDGE"_qs));
    QVERIFY(edge.port() != 0);
    QVERIFY(!ports.contains(edge.port()));
}

void tst_DemoStory::everyDomainShowsItsCase()
{
    for (const Expectation &expected : std::as_const(m_expected)) {
        QVERIFY2(m_reports.contains(expected.domain), qPrintable(expected.domain));
        const QJsonObject report = m_reports.value(expected.domain);
        const QString seen = u"%1: %2 / %3 / %4 (%5)"_qs.arg(
            expected.domain, report.value(u"verdict"_qs).toString(),
            report.value(u"method"_qs).toString(), report.value(u"reason"_qs).toString(),
            report.value(u"advice"_qs).toString());
        QVERIFY2(report.value(u"verdict"_qs).toString() == expected.verdict, qPrintable(seen));
        QVERIFY2(report.value(u"reason"_qs).toString() == expected.reason, qPrintable(seen));
        // After a round trip the method says what proved it ("…, proven by a ping …").
        const QString method = report.value(u"method"_qs).toString();
        QVERIFY2(expected.method.isEmpty() ? method.isEmpty() : method.startsWith(expected.method),
                 qPrintable(seen));
        QVERIFY2(report.value(u"proven"_qs).toBool() == expected.proven, qPrintable(seen));
    }
}

void tst_DemoStory::everyCaseHasItsOwnAdvice()
{
    // Each warning and failure once, each with a sentence of its own; passes have none.
    QHash<QString, QString> domainOfCase;
    QHash<QString, QString> domainOfAdvice;
    for (const Expectation &expected : std::as_const(m_expected)) {
        const QString advice = m_reports.value(expected.domain).value(u"advice"_qs).toString();
        if (expected.verdict == u"pass") {
            QVERIFY2(advice.isEmpty(), qPrintable(expected.domain + u": "_qs + advice));
            if (expected.method != u"TLS dialback") {
                QVERIFY2(!domainOfCase.contains(expected.method), qPrintable(expected.domain));
                domainOfCase.insert(expected.method, expected.domain);
            }
            continue;
        }
        QVERIFY2(!advice.isEmpty(), qPrintable(expected.domain));
        QVERIFY2(!domainOfCase.contains(expected.reason),
                 qPrintable(expected.domain + u" and "_qs + domainOfCase.value(expected.reason)
                            + u" show the same case: "_qs + expected.reason));
        domainOfCase.insert(expected.reason, expected.domain);
        QVERIFY2(!domainOfAdvice.contains(advice), qPrintable(advice));
        domainOfAdvice.insert(advice, expected.domain);
    }
}

QTEST_GUILESS_MAIN(tst_DemoStory)
#include "tst_demostory.moc"
