// The report of a large Test all run written as PDF and printed off the window's thread:
// a progress dialog with Cancel, and nothing left behind when cancelled. The run's reports
// come from real tests against scripted peers on 127.0.0.1, repeated for many partners.
#include "guitesthelpers.h"
#include "probe/proberunexporter.h"
#include "probe/proberunner.h"
#include "probe/proberunwindow.h"
#include "report/proberunreport.h"
#include "scriptedpeer.h"

#include <QDir>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>

namespace {

const QByteArray DialbackOnly = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                                "xmlns:stream='http://etherx.jabber.org/streams' "
                                "xmlns:db='jabber:server:dialback' from='peer.test' id='1' "
                                "version='1.0'><stream:features><dialback "
                                "xmlns='urn:xmpp:features:dialback'/></stream:features>";

} // namespace

class tst_ProbeRunExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pdfShowsProgressAndCancelWritesNothing();
    void printShowsProgressAndCancelLeavesNoFile();
    void pdfOfTheWholeRunOffTheWindowsThread();

private:
    QPushButton *button(const char *name) const
    {
        return m_results->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    // Clicks `name` and Cancel in the progress dialog once it has shown some progress;
    // whether the dialog was seen doing so.
    bool clickAndCancel(const char *name);

    QTemporaryDir m_dir;
    std::shared_ptr<FakePrompter::State> m_prompts;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<QWidget> m_window;
    ProbeRunWindow *m_results = nullptr;
};

void tst_ProbeRunExport::initTestCase()
{
    QVERIFY(startGuiTest(u"tst_proberunexport"_qs));
    // The progress dialog shows at once, not after half a second.
    ProbeRunExporter::setProgressDelay(0);
}

void tst_ProbeRunExport::init()
{
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(DialbackOnly);
    });
    Partner sample;
    sample.domain = u"peer.test"_qs;
    sample.additionalDomains = {u"chat.peer.test"_qs};
    sample.proxyFqdn = peer.address();
    sample.tlsNegotiation = Negotiation::NotSupported;
    sample.saslNegotiation = Negotiation::NotSupported;
    ProbeSettings settings;
    settings.localDomain = u"lync.example.test"_qs;
    settings.stepTimeoutMs = 2000;
    ProbeRunner runner(settings);
    runner.start(ProbeRunner::jobsFor({sample}));
    QVERIFY(QTest::qWaitFor([&runner] { return !runner.isRunning(); }, 15000));
    const ProbeRunReport one = ProbeRunReport::fromRunner(runner);
    QCOMPARE(one.partners.size(), 1);

    // A thousand partners, each with the real reports of both its domains.
    auto run = std::make_shared<ProbeRunReport>(one);
    run->partners.clear();
    for (int i = 0; i < 1000; ++i) {
        ProbeRunReport::PartnerResult result = one.partners.first();
        result.partner.domain = u"partner%1.example"_qs.arg(i);
        result.domains[0].domain = result.partner.domain;
        run->partners.append(result);
    }
    m_prompts = std::make_shared<FakePrompter::State>();
    m_prompter = std::make_unique<FakePrompter>(m_prompts);
    m_window = std::make_unique<QWidget>();
    m_window->show();
    m_results = new ProbeRunWindow(m_prompter.get(), m_window.get());
    m_results->setReport(run);
    m_results->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_results));
}

void tst_ProbeRunExport::cleanup()
{
    m_window.reset();
    m_prompter.reset();
}

bool tst_ProbeRunExport::clickAndCancel(const char *name)
{
    bool seen = false;
    whenModal<QProgressDialog>([&seen](QProgressDialog *dialog) {
        // The work reports as it goes: the dialog moves before Cancel is pressed.
        seen = dialog->isVisible() && dialog->maximum() == 1000
            && QTest::qWaitFor([dialog] { return dialog->value() > 0; }, 10000);
        auto *cancel = dialog->findChild<QPushButton *>();
        if (cancel)
            QTest::mouseClick(cancel, Qt::LeftButton);
        else
            seen = false;
    });
    QTest::mouseClick(button(name), Qt::LeftButton);
    return seen;
}

void tst_ProbeRunExport::pdfShowsProgressAndCancelWritesNothing()
{
    m_prompts->savePath = m_dir.filePath(u"cancelled.pdf"_qs);
    QVERIFY(clickAndCancel("pdfButton"));
    // Cancelled: no file, not even a partial one, and nothing to complain about.
    QVERIFY(!QFile::exists(m_prompts->savePath));
    QVERIFY(QDir(m_dir.path()).entryList(QDir::Files).isEmpty());
    QVERIFY(m_prompts->errors.isEmpty());
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_ProbeRunExport::printShowsProgressAndCancelLeavesNoFile()
{
    m_prompts->printPath = m_dir.filePath(u"printed.pdf"_qs);
    QVERIFY(clickAndCancel("printButton"));
    QVERIFY(!QFile::exists(m_prompts->printPath));
    QVERIFY(m_prompts->errors.isEmpty());
}

void tst_ProbeRunExport::pdfOfTheWholeRunOffTheWindowsThread()
{
    // A hundred partners are enough to see the window's thread run meanwhile.
    auto run = std::make_shared<ProbeRunReport>(*m_results->report());
    run->partners.resize(100);
    m_results->setReport(run);
    m_prompts->savePath = m_dir.filePath(u"whole.pdf"_qs);
    // The window's thread keeps running its event loop while the worker lays out the report.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    bool shown = false;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&shown] {
        if (auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget()))
            shown = shown || dialog->isVisible();
    });
    watcher.start(10);
    QTest::mouseClick(button("pdfButton"), Qt::LeftButton);
    QVERIFY(shown);
    QVERIFY(ticks > 0);
    QFile pdf(m_prompts->savePath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF-"));
    // The summary, then a page (at least) per partner.
    QVERIFY2(pdf.size() > 100 * 1000, QByteArray::number(pdf.size()).constData());
    QVERIFY(m_prompts->errors.isEmpty());
}

QTEST_MAIN(tst_ProbeRunExport)
#include "tst_proberunexport.moc"
