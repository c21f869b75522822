// The report of Test all as an administrator uses it: the results window that opens
// when the run ends, Save… as HTML and JSON, Export as PDF…, Print…, the Partner menu's
// actions, and a run cancelled half-way. Every partner points at a scripted peer or a
// closed port on 127.0.0.1: no test reaches outside this machine.
#include "file/partnerstore.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "probe/proberunner.h"
#include "probe/proberunwindow.h"
#include "probe/probesettingsstore.h"
#include "report/proberunreport.h"
#include "scriptedpeer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

namespace {

const QByteArray DialbackOnly = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                                "xmlns:stream='http://etherx.jabber.org/streams' "
                                "xmlns:db='jabber:server:dialback' from='peer.test' id='1' "
                                "version='1.0'><stream:features><dialback "
                                "xmlns='urn:xmpp:features:dialback'/></stream:features>";

// A peer that ends the stream with markup in its error text.
const QByteArray HostileError
    = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
      "xmlns:stream='http://etherx.jabber.org/streams' from='hostile.test' id='2' "
      "version='1.0'><stream:error><host-unknown "
      "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/><text "
      "xmlns='urn:ietf:params:xml:ns:xmpp-streams'>&lt;img src=x onerror=alert(1)&gt;</text>"
      "</stream:error></stream:stream>";
const QString HostileText = u"<img src=x onerror=alert(1)>"_qs;

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

// The output of a poppler-utils tool (pdftotext, pdfinfo) on `pdf`.
QString popplerOutput(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class tst_ProbeRunWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void resultsWindowOpensWhenTestAllEnds();
    void savesHtmlJsonAndPdf();
    void printsThroughThePrintDialog();
    void tellsWhyASaveFailed();
    void menuActionsUseTheLastRun();
    void resultsFollowTheLanguage();
    void cancelledRunKeepsItsResults();

private:
    // Runs Test all with `stepTimeoutMs`; the results window once the run has ended.
    ProbeRunWindow *runTestAll(int stepTimeoutMs = 1000);
    QPushButton *button(const char *name) const
    {
        return m_window->findChild<ProbeRunWindow *>()->findChild<QPushButton *>(
            QString::fromLatin1(name));
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<ScriptedPeer> m_peer;
    std::unique_ptr<ScriptedPeer> m_hostile;
    std::unique_ptr<ScriptedPeer> m_silent;
    QTemporaryDir m_dir;
    std::shared_ptr<FakePrompter::State> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ProbeRunWindow::initTestCase()
{
    QVERIFY(startGuiTest(u"tst_proberunwindow"_qs));
}

void tst_ProbeRunWindow::init()
{
    clearSettings();
    m_peer = std::make_unique<ScriptedPeer>([](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(DialbackOnly);
    });
    m_hostile = std::make_unique<ScriptedPeer>([](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(HostileError);
    });
    m_silent = std::make_unique<ScriptedPeer>([](QTcpSocket *, const QByteArray &) {});
    PartnerStore::Document document;
    const auto add = [&](const QString &domain, const QString &proxy, const QStringList &more) {
        Partner partner;
        partner.domain = domain;
        partner.additionalDomains = more;
        partner.proxyFqdn = proxy;
        partner.tlsNegotiation = Negotiation::NotSupported;
        partner.saslNegotiation = Negotiation::NotSupported;
        QVERIFY(document.partners.append(partner).isEmpty());
    };
    add(u"dialback.test"_qs, m_peer->address(), {u"chat.dialback.test"_qs});
    add(u"closed.test"_qs, u"127.0.0.1:"_qs + QString::number(closedPort()), {});
    add(u"hostile.test"_qs, m_hostile->address(), {});
    add(u"silent.test"_qs, m_silent->address(), {});
    QFile::remove(path(u"loopback.json"_qs));
    QVERIFY(!PartnerStore(path(u"loopback.json"_qs)).save(document).has_value());

    m_prompts = std::make_shared<FakePrompter::State>();
}

void tst_ProbeRunWindow::cleanup()
{
    closeMainWindow(m_window, m_prompts);
}

ProbeRunWindow *tst_ProbeRunWindow::runTestAll(int stepTimeoutMs)
{
    ProbeSettings settings;
    settings.localDomain = u"lync.example.test"_qs;
    settings.stepTimeoutMs = stepTimeoutMs;
    settings.totalBudgetMs = 5 * stepTimeoutMs;
    ProbeSettingsStore::save(settings);
    m_window = newMainWindow(m_prompts);
    if (!m_window || !m_window->openFile(path(u"loopback.json"_qs)))
        return nullptr;
    m_window->findChild<QAction *>(u"actionProbeAll"_qs)->trigger();
    if (!QTest::qWaitFor([this] { return !m_window->probeRunner()->isRunning(); }, 20000))
        return nullptr;
    return m_window->findChild<ProbeRunWindow *>(u"probeRunWindow"_qs);
}

void tst_ProbeRunWindow::resultsWindowOpensWhenTestAllEnds()
{
    ProbeRunWindow *results = runTestAll();
    QVERIFY(results);
    QVERIFY(results->isVisible());
    QVERIFY(!results->isModal());
    QCOMPARE(results->windowTitle(), u"Test all results: loopback.json"_qs);
    QCOMPARE(results->findChild<QLabel *>(u"summaryLabel"_qs)->text(),
             u"<b>4 partners, 5 domains</b> — 0 passed, 2 with a warning, 3 failed"_qs);
    QVERIFY(results->findChild<QLabel *>(u"runLabel"_qs)->text().contains(u"lync.example.test"_qs));

    auto *tree = results->findChild<QTreeWidget *>(u"resultsTree"_qs);
    QCOMPARE(tree->topLevelItemCount(), 5);
    // One row per domain, the partner named on its first domain's row.
    QCOMPARE(tree->topLevelItem(0)->text(0), u"dialback.test"_qs);
    QCOMPARE(tree->topLevelItem(1)->text(0), QString());
    QCOMPARE(tree->topLevelItem(1)->text(1), u"chat.dialback.test"_qs);
    QCOMPARE(tree->topLevelItem(0)->text(2), u"Warning\nTCP dialback"_qs);
    QVERIFY(tree->topLevelItem(0)->text(3).contains(u"not encrypted"_qs));
    QCOMPARE(tree->topLevelItem(2)->text(1), u"closed.test"_qs);
    QCOMPARE(tree->topLevelItem(2)->text(2), u"Fail"_qs);
    QCOMPARE(tree->topLevelItem(4)->text(1), u"silent.test"_qs);
    QVERIFY(!tree->topLevelItem(4)->text(3).isEmpty());
    for (const char *name : {"saveButton", "pdfButton", "printButton"})
        QVERIFY(button(name)->isEnabled());

    // The window is the last run's: closing it and showing it again keeps the report.
    QTest::mouseClick(button("closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ProbeRunWindow *>(u"probeRunWindow"_qs));
    m_window->findChild<QAction *>(u"actionProbeRunReport"_qs)->trigger();
    auto *again = m_window->findChild<ProbeRunWindow *>(u"probeRunWindow"_qs);
    QVERIFY(again && again->isVisible());
    QCOMPARE(again->findChild<QTreeWidget *>(u"resultsTree"_qs)->topLevelItemCount(), 5);
}

void tst_ProbeRunWindow::savesHtmlJsonAndPdf()
{
    QVERIFY(runTestAll());

    // HTML: one page with every partner and domain, the peer's markup as text.
    m_prompts->savePath = path(u"report.html"_qs);
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    QVERIFY(m_prompts->saveFilter.contains(u"(*.html)"_qs));
    QVERIFY(m_prompts->saveFilter.contains(u"(*.json)"_qs));
    QVERIFY(m_prompts->saveFilter.contains(u"(*.pdf)"_qs));
    // Suggested beside the partner file.
    QCOMPARE(QFileInfo(m_prompts->savePathSuggested).absolutePath(),
             QFileInfo(path(u"loopback.json"_qs)).absolutePath());
    QVERIFY(m_prompts->savePathSuggested.endsWith(u".html"_qs));
    QFile htmlFile(path(u"report.html"_qs));
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"en"_qs));
    for (const QString &partner :
         {u"dialback.test"_qs, u"closed.test"_qs, u"hostile.test"_qs, u"silent.test"_qs})
        QVERIFY2(html.contains(u"Partner: "_qs + partner + u"</h2>"_qs), qPrintable(partner));
    QVERIFY(html.contains(u"<h3>Domain: chat.dialback.test</h3>"_qs));
    QVERIFY(html.contains(u"4 partners, 5 domains"_qs));
    QVERIFY(!html.contains(HostileText));
    QVERIFY(html.contains(HostileText.toHtmlEscaped()));
    QVERIFY(m_prompts->errors.isEmpty());

    // JSON: the counts, each domain's full report.
    m_prompts->savePath = path(u"report.json"_qs);
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    QFile jsonFile(path(u"report.json"_qs));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"format"_qs).toString(), u"xmpp-partners-test-report"_qs);
    const QJsonObject summary = json.value(u"summary"_qs).toObject();
    QCOMPARE(summary.value(u"partners"_qs).toInt(), 4);
    QCOMPARE(summary.value(u"domains"_qs).toInt(), 5);
    QCOMPARE(summary.value(u"passed"_qs).toInt(), 0);
    QCOMPARE(summary.value(u"warning"_qs).toInt(), 2);
    QCOMPARE(summary.value(u"failed"_qs).toInt(), 3);
    QCOMPARE(summary.value(u"notTested"_qs).toInt(), 0);
    QCOMPARE(json.value(u"cancelled"_qs).toBool(), false);
    QCOMPARE(json.value(u"settings"_qs).toObject().value(u"localDomain"_qs).toString(),
             u"lync.example.test"_qs);
    const QJsonArray reports = json.value(u"reports"_qs).toArray();
    QCOMPARE(reports.size(), 5);
    const QJsonObject hostile = reports.at(3).toObject();
    QCOMPARE(hostile.value(u"domain"_qs).toString(), u"hostile.test"_qs);
    QCOMPARE(hostile.value(u"verdict"_qs).toString(), u"fail"_qs);
    QVERIFY(hostile.value(u"transcript"_qs).toArray().size() >= 2);
    QVERIFY(QJsonDocument(hostile).toJson().contains(HostileText.toUtf8()));

    // PDF: a name typed without extension gets one; the text is the report's.
    m_prompts->savePath = path(u"report"_qs);
    QTest::mouseClick(button("pdfButton"), Qt::LeftButton);
    QVERIFY(m_prompts->saveFilter.contains(u"(*.pdf)"_qs));
    QVERIFY(!m_prompts->saveFilter.contains(u"(*.html)"_qs));
    QFile pdfFile(path(u"report.pdf"_qs));
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdf = pdfFile.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.size() > 10000, QByteArray::number(pdf.size()).constData());
    const QString text = popplerOutput(u"pdftotext"_qs, {path(u"report.pdf"_qs), u"-"_qs});
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils, scripts/setup-deps) is needed");
    QVERIFY(text.contains(u"Connection test report"_qs));
    for (const QString &partner :
         {u"dialback.test"_qs, u"closed.test"_qs, u"hostile.test"_qs, u"silent.test"_qs})
        QVERIFY2(text.contains(u"Partner: "_qs + partner), qPrintable(partner));
    // The peer's markup shows as the text it is.
    QVERIFY2(text.contains(HostileText), qPrintable(text));
    // The summary, then each partner on its own page.
    const QString info = popplerOutput(u"pdfinfo"_qs, {path(u"report.pdf"_qs)});
    static const QRegularExpression pages(u"Pages:\\s+(\\d+)"_qs);
    QVERIFY2(pages.match(info).captured(1).toInt() >= 5, qPrintable(info));
    QVERIFY(m_prompts->errors.isEmpty());
}

void tst_ProbeRunWindow::printsThroughThePrintDialog()
{
    QVERIFY(runTestAll());
    // Cancelled in the print dialog: nothing printed, nothing said.
    QTest::mouseClick(button("printButton"), Qt::LeftButton);
    QVERIFY(m_prompts->errors.isEmpty());

    m_prompts->printPath = path(u"printed.pdf"_qs);
    QTest::mouseClick(button("printButton"), Qt::LeftButton);
    QFile printed(m_prompts->printPath);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.readAll().startsWith("%PDF-"));
    const QString text = popplerOutput(u"pdftotext"_qs, {m_prompts->printPath, u"-"_qs});
    QVERIFY(text.contains(u"Partner: hostile.test"_qs));
    QVERIFY(m_prompts->errors.isEmpty());

    // A printer that cannot start is reported.
    m_prompts->printPath = path(u"no/such/folder/printed.pdf"_qs);
    QTest::mouseClick(button("printButton"), Qt::LeftButton);
    QCOMPARE(m_prompts->errorTitles, QStringList {u"Cannot print the test report"_qs});
    QVERIFY2(m_prompts->errors.value(0).contains(u"no/such/folder/printed.pdf"_qs),
             qPrintable(m_prompts->errors.value(0)));
}

void tst_ProbeRunWindow::tellsWhyASaveFailed()
{
    QVERIFY(runTestAll());
    m_prompts->savePath = path(u"no/such/folder/report.json"_qs);
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    QCOMPARE(m_prompts->errorTitles, QStringList {u"Cannot save the test report"_qs});
    QVERIFY2(m_prompts->errors.value(0).contains(u"no/such/folder/report.json"_qs),
             qPrintable(m_prompts->errors.value(0)));
    QVERIFY(!QFile::exists(m_prompts->savePath));
}

void tst_ProbeRunWindow::menuActionsUseTheLastRun()
{
    // Before any Test all, there is no report to show, save or print.
    ProbeSettings settings;
    settings.localDomain = u"lync.example.test"_qs;
    ProbeSettingsStore::save(settings);
    m_window = newMainWindow(m_prompts, false);
    QVERIFY(m_window->openFile(path(u"loopback.json"_qs)));
    for (const QString &name : {u"actionProbeRunReport"_qs, u"actionSaveProbeRunReport"_qs,
                                u"actionPrintProbeRunReport"_qs})
        QVERIFY2(!m_window->findChild<QAction *>(name)->isEnabled(), qPrintable(name));

    QVERIFY(runTestAll());
    for (const QString &name : {u"actionProbeRunReport"_qs, u"actionSaveProbeRunReport"_qs,
                                u"actionPrintProbeRunReport"_qs})
        QVERIFY2(m_window->findChild<QAction *>(name)->isEnabled(), qPrintable(name));
    m_prompts->savePath = path(u"from-menu.json"_qs);
    m_window->findChild<QAction *>(u"actionSaveProbeRunReport"_qs)->trigger();
    QFile saved(m_prompts->savePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(saved.readAll())
                 .object()
                 .value(u"summary"_qs)
                 .toObject()
                 .value(u"domains"_qs)
                 .toInt(),
             5);
    m_prompts->printPath = path(u"from-menu.pdf"_qs);
    m_window->findChild<QAction *>(u"actionPrintProbeRunReport"_qs)->trigger();
    QVERIFY(QFileInfo(m_prompts->printPath).size() > 10000);

    // A single Test connection afterwards leaves the Test all report as it was.
    m_window->findChild<QAction *>(u"actionProbe"_qs)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->probeRunner()->isRunning(), 10000);
    QCOMPARE(m_window->lastProbeRun()->domainCount(), 5);
}

void tst_ProbeRunWindow::resultsFollowTheLanguage()
{
    ProbeRunWindow *results = runTestAll();
    QVERIFY(results);
    auto *summary = results->findChild<QLabel *>(u"summaryLabel"_qs);
    auto *tree = results->findChild<QTreeWidget *>(u"resultsTree"_qs);
    const QString englishAdvice = tree->topLevelItem(0)->text(3);

    m_window->setLanguage(u"fr"_qs);
    processLanguageChange();
    QCOMPARE(summary->text(),
             u"<b>4 partenaires, 5 domaines</b> — 0 réussi, 2 avec avertissement, 3 en échec"_qs);
    QCOMPARE(tree->headerItem()->text(2), u"Verdict"_qs);
    QCOMPARE(tree->topLevelItem(0)->text(2), u"Avertissement\nNumérotation (dialback) sur TCP"_qs);
    QVERIFY(tree->topLevelItem(0)->text(3) != englishAdvice);
    QCOMPARE(button("printButton")->text(), u"&Imprimer…"_qs);
    m_prompts->savePath = path(u"rapport.html"_qs);
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    QFile html(m_prompts->savePath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(html.readAll());
    QVERIFY(saved.contains(u"<html lang=\"fr"_qs));
    QVERIFY(saved.contains(u"<h2>Résumé</h2>"_qs));
    QVERIFY(saved.contains(u"Partenaire\u00a0: dialback.test</h2>"_qs));

    m_window->setLanguage(u"en"_qs);
    processLanguageChange();
    QCOMPARE(tree->topLevelItem(0)->text(3), englishAdvice);
    QVERIFY(summary->text().startsWith(u"<b>4 partners"_qs));
}

void tst_ProbeRunWindow::cancelledRunKeepsItsResults()
{
    ProbeSettings settings;
    settings.localDomain = u"lync.example.test"_qs;
    settings.stepTimeoutMs = 60000;
    settings.totalBudgetMs = 120000;
    ProbeSettingsStore::save(settings);
    m_window = newMainWindow(m_prompts);
    QVERIFY(m_window);
    QVERIFY(m_window->openFile(path(u"loopback.json"_qs)));
    m_window->findChild<QAction *>(u"actionProbeAll"_qs)->trigger();
    // The silent peer never answers: its test is the one cancelled.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->probeRunner()->done(), 4, 15000);
    QVERIFY(!m_window->findChild<ProbeRunWindow *>(u"probeRunWindow"_qs));
    m_window->probeRunner()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->probeRunner()->isRunning(), 5000);

    auto *results = m_window->findChild<ProbeRunWindow *>(u"probeRunWindow"_qs);
    QVERIFY(results && results->isVisible());
    QCOMPARE(results->findChild<QLabel *>(u"summaryLabel"_qs)->text(),
             u"<b>4 partners, 5 domains</b> — 0 passed, 2 with a warning, 2 failed, "
             "1 not tested"_qs);
    QVERIFY(results->findChild<QLabel *>(u"runLabel"_qs)
                ->text()
                .contains(u"The run was cancelled."_qs));
    QCOMPARE(results->findChild<QTreeWidget *>(u"resultsTree"_qs)->topLevelItem(4)->text(2),
             u"Cancelled"_qs);
    m_prompts->savePath = path(u"cancelled.json"_qs);
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    QFile saved(m_prompts->savePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(json.value(u"cancelled"_qs).toBool(), true);
    QCOMPARE(json.value(u"summary"_qs).toObject().value(u"notTested"_qs).toInt(), 1);
    QCOMPARE(json.value(u"reports"_qs).toArray().at(4).toObject().value(u"outcome"_qs).toString(),
             u"cancelled"_qs);
}

QTEST_MAIN(tst_ProbeRunWindow)
#include "tst_proberunwindow.moc"
