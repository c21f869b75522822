// The certificate watch in the main window: the Test all run again every few hours while
// the window is open (a short interval here), quietly, and the status bar's message when a
// partner got worse; the setting that turns it on. Every partner points at a scripted peer
// on 127.0.0.1: no test reaches outside this machine.
#include "file/partnerstore.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "models/partnertablemodel.h"
#include "probe/proberuncontroller.h"
#include "probe/proberunner.h"
#include "probe/proberunwindow.h"
#include "probe/probesettingsdialog.h"
#include "probe/probesettingsstore.h"
#include "scriptedpeer.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

#include <atomic>

namespace {

const QByteArray DialbackOnly = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                                "xmlns:stream='http://etherx.jabber.org/streams' "
                                "xmlns:db='jabber:server:dialback' from='flaky.test' id='1' "
                                "version='1.0'><stream:features><dialback "
                                "xmlns='urn:xmpp:features:dialback'/></stream:features>";
const QByteArray HostUnknown = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                               "xmlns:stream='http://etherx.jabber.org/streams' "
                               "from='flaky.test' id='2' version='1.0'><stream:error><host-unknown "
                               "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>"
                               "</stream:stream>";

} // namespace

class tst_CertificateWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void retestIsOffByDefaultAndSetInTheSettings();
    void periodicRetestRunsQuietlyAndSaysWhatGotWorse();
    void noRetestWhileTestsRun();

private:
    bool openPartners(const QString &proxy, int stepTimeoutMs);
    ProbeRunController *controller() const { return m_window->findChild<ProbeRunController *>(); }
    QLabel *alert() const { return m_window->findChild<QLabel *>(u"watchAlertLabel"_qs); }

    QTemporaryDir m_dir;
    std::shared_ptr<FakePrompter::State> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void tst_CertificateWatch::initTestCase()
{
    QVERIFY(startGuiTest(u"tst_certificatewatch"_qs));
}

void tst_CertificateWatch::init()
{
    clearSettings();
    m_prompts = std::make_shared<FakePrompter::State>();
}

void tst_CertificateWatch::cleanup()
{
    closeMainWindow(m_window, m_prompts);
}

bool tst_CertificateWatch::openPartners(const QString &proxy, int stepTimeoutMs)
{
    PartnerStore::Document document;
    Partner partner;
    partner.domain = u"flaky.test"_qs;
    partner.proxyFqdn = proxy;
    partner.tlsNegotiation = Negotiation::NotSupported;
    partner.saslNegotiation = Negotiation::NotSupported;
    if (!document.partners.append(partner).isEmpty())
        return false;
    const QString path = m_dir.filePath(u"watch.json"_qs);
    QFile::remove(path);
    if (PartnerStore(path).save(document).has_value())
        return false;
    ProbeSettings settings;
    settings.localDomain = u"lync.example.test"_qs;
    settings.stepTimeoutMs = stepTimeoutMs;
    settings.totalBudgetMs = 5 * stepTimeoutMs;
    ProbeSettingsStore::save(settings);
    m_window = newMainWindow(m_prompts);
    return m_window && m_window->openFile(path);
}

void tst_CertificateWatch::retestIsOffByDefaultAndSetInTheSettings()
{
    QCOMPARE(ProbeSettingsStore::load().retestHours, 0);
    m_window = newMainWindow(m_prompts);
    QVERIFY(m_window);
    QCOMPARE(controller()->retestInterval(), 0);

    bool seen = false;
    whenModal<ProbeSettingsDialog>([&seen](ProbeSettingsDialog *dialog) {
        auto *check = dialog->findChild<QCheckBox *>(u"retestCheck"_qs);
        auto *hours = dialog->findChild<QSpinBox *>(u"retestHoursSpin"_qs);
        seen = check && hours && !check->isChecked() && !hours->isEnabled() && hours->minimum() == 1
            && hours->maximum() == 168;
        dialog->findChild<QLineEdit *>(u"localDomainEdit"_qs)->setText(u"lync.example.test"_qs);
        clickCheckBox(check);
        hours->setValue(6);
        dialog->accept();
    });
    QVERIFY(m_window->editSettings(QString()));
    QVERIFY(seen);
    QCOMPARE(ProbeSettingsStore::load().retestHours, 6);
    QCOMPARE(controller()->retestInterval(), 6 * 60 * 60 * 1000);

    // Turned off again: the timer stops.
    whenModal<ProbeSettingsDialog>([](ProbeSettingsDialog *dialog) {
        auto *check = dialog->findChild<QCheckBox *>(u"retestCheck"_qs);
        if (check->isChecked())
            clickCheckBox(check);
        dialog->accept();
    });
    QVERIFY(m_window->editSettings(QString()));
    QCOMPARE(ProbeSettingsStore::load().retestHours, 0);
    QCOMPARE(controller()->retestInterval(), 0);
}

void tst_CertificateWatch::periodicRetestRunsQuietlyAndSaysWhatGotWorse()
{
    // Offers dialback only (a Warning) until told to refuse the domain (a Fail).
    auto refuse = std::make_shared<std::atomic<bool>>(false);
    ScriptedPeer peer([refuse](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(*refuse ? HostUnknown : DialbackOnly);
    });
    QVERIFY(openPartners(peer.address(), 2000));
    const QModelIndex lastTest = m_window->model()->index(0, PartnerTableModel::LastProbeColumn);

    // The user's Test all: its results window opens.
    m_window->findChild<QAction *>(u"actionProbeAll"_qs)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->probeRunner()->isRunning(), 15000);
    QVERIFY(lastTest.data().toString().startsWith(u"Warning"_qs));
    auto *results = m_window->findChild<ProbeRunWindow *>(u"probeRunWindow"_qs);
    QVERIFY(results && results->isVisible());
    results->close();
    QTRY_VERIFY(!m_window->findChild<ProbeRunWindow *>(u"probeRunWindow"_qs));
    // Nothing got worse: no message.
    QVERIFY(!alert()->isVisible());
    const ProbeRunReport *firstRun = m_window->lastProbeRun();

    *refuse = true;
    controller()->setRetestInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastProbeRun() != firstRun, 15000);
    controller()->setRetestInterval(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->probeRunner()->isRunning(), 15000);
    // Quietly: no results window, no question, no error box.
    QVERIFY(!m_window->findChild<ProbeRunWindow *>(u"probeRunWindow"_qs));
    QVERIFY(m_prompts->errors.isEmpty());
    QVERIFY(lastTest.data().toString().startsWith(u"Fail"_qs));

    // The status bar names the partner, the new verdict and the advice, and keeps it.
    QTRY_VERIFY(alert()->isVisible());
    const QString text = alert()->text();
    QVERIFY2(text.startsWith(u"flaky.test is now Fail (was Warning): "_qs), qPrintable(text));
    QVERIFY2(text.size() > u"flaky.test is now Fail (was Warning): "_qs.size() + 10,
             qPrintable(text));
    m_window->statusBar()->showMessage(u"Something else"_qs);
    QVERIFY(alert()->isVisible());
    // A click dismisses it.
    QTest::mouseClick(alert(), Qt::LeftButton);
    QVERIFY(!alert()->isVisible());
}

void tst_CertificateWatch::noRetestWhileTestsRun()
{
    // A peer that never answers keeps the user's run going.
    ScriptedPeer silent([](QTcpSocket *, const QByteArray &) {});
    QVERIFY(openPartners(silent.address(), 3000));
    m_window->findChild<QAction *>(u"actionProbeAll"_qs)->trigger();
    QVERIFY(m_window->probeRunner()->isRunning());
    const ProbeRunner *usersRun = m_window->probeRunner();
    int due = 0;
    connect(controller(), &ProbeRunController::retestDue, this, [&due] { ++due; });
    controller()->setRetestInterval(20);
    QTest::qWait(300);
    // The timer ticked, and left the run alone.
    QCOMPARE(due, 0);
    QCOMPARE(m_window->probeRunner(), usersRun);
    QVERIFY(usersRun->isRunning());
    // Asked directly, the re-test refuses too.
    QVERIFY(!controller()->retestAll(m_window->model()->partners().partners(), QString()));
    controller()->setRetestInterval(0);
    m_window->probeRunner()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->probeRunner()->isRunning(), 5000);
}

QTEST_MAIN(tst_CertificateWatch)
#include "tst_certificatewatch.moc"
