// Partner → Check my deployment, as an administrator uses it: without a local domain the
// window says so and offers the settings; with one, the check runs in a window of its own,
// live and cancellable, and shows the verdict, the findings and the advice. The local
// domain's SRV record comes from a real dnsmasq (root, port 53) and leads to a scripted
// peer on 127.0.0.1.
#include "dnsserver.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "probe/deploymentcheckdialog.h"
#include "probe/probesettingsstore.h"
#include "scriptedpeer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

#include <unistd.h>

namespace {

// A server that offers dialback but no STARTTLS: the check fails at STARTTLS.
const QByteArray NoStartTls = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                              "xmlns:stream='http://etherx.jabber.org/streams' "
                              "xmlns:db='jabber:server:dialback' from='local.test' id='1' "
                              "version='1.0'><stream:features><dialback "
                              "xmlns='urn:xmpp:features:dialback'/></stream:features>";

quint16 portOf(const ScriptedPeer &peer)
{
    return quint16(peer.address().section(u':', -1).toUInt());
}

} // namespace

class tst_DeploymentCheckDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void withoutLocalDomainOffersTheSettings();
    void menuCommandShowsTheReport();
    void cancelStopsTheCheck();

private:
    // Partner → Check my deployment in a window whose settings are `localDomain` and the
    // test's DNS server; the check's window, or null.
    DeploymentCheckDialog *checkFromTheMenu(const QString &localDomain);

    std::unique_ptr<ScriptedPeer> m_peer;
    std::unique_ptr<ScriptedPeer> m_silent;
    std::unique_ptr<DnsServer> m_dns;
    std::shared_ptr<FakePrompter::State> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DeploymentCheckDialog::initTestCase()
{
    QVERIFY(startGuiTest(u"tst_deploymentcheckdialog"_qs));
    m_peer = std::make_unique<ScriptedPeer>([](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(NoStartTls);
    });
    m_silent = std::make_unique<ScriptedPeer>([](QTcpSocket *, const QByteArray &) {});
    m_dns = std::make_unique<DnsServer>();
    m_dns->addSrvRecord(u"_xmpp-server._tcp.local.test"_qs, u"edge.local.test"_qs, portOf(*m_peer),
                        0, 0);
    m_dns->addSrvRecord(u"_xmpp-server._tcp.silent.test"_qs, u"edge.local.test"_qs,
                        portOf(*m_silent), 0, 0);
    m_dns->addAddress(u"edge.local.test"_qs, QHostAddress(QHostAddress::LocalHost));
    QVERIFY2(m_dns->start(), qPrintable(m_dns->errorString()));
}

void tst_DeploymentCheckDialog::cleanupTestCase()
{
    if (m_dns)
        QVERIFY(m_dns->stop());
}

void tst_DeploymentCheckDialog::init()
{
    clearSettings();
    m_prompts = std::make_shared<FakePrompter::State>();
}

void tst_DeploymentCheckDialog::cleanup()
{
    closeMainWindow(m_window, m_prompts);
}

DeploymentCheckDialog *tst_DeploymentCheckDialog::checkFromTheMenu(const QString &localDomain)
{
    ProbeSettings settings;
    settings.localDomain = localDomain;
    settings.nameserver = NameserverAddress(m_dns->address(), m_dns->port());
    settings.stepTimeoutMs = 5000;
    settings.totalBudgetMs = 15000;
    ProbeSettingsStore::save(settings);
    m_window = newMainWindow(m_prompts);
    if (!m_window)
        return nullptr;
    auto *menu = m_window->findChild<QMenu *>(u"menuPartner"_qs);
    auto *action = m_window->findChild<QAction *>(u"actionCheckDeployment"_qs);
    if (!menu || !action || !menu->actions().contains(action) || !action->isEnabled())
        return nullptr;
    action->trigger();
    return m_window->findChild<DeploymentCheckDialog *>(u"deploymentCheckDialog"_qs);
}

void tst_DeploymentCheckDialog::withoutLocalDomainOffersTheSettings()
{
    m_window = newMainWindow(m_prompts);
    QVERIFY(m_window);
    m_prompts->confirmAnswer = false; // the user declines the settings
    m_window->findChild<QAction *>(u"actionCheckDeployment"_qs)->trigger();
    QCOMPARE(m_prompts->confirmations.size(), 1);
    QVERIFY2(m_prompts->confirmations.constFirst().contains(u"No local XMPP domain is set"_qs),
             qPrintable(m_prompts->confirmations.constFirst()));
    QVERIFY(!m_window->findChild<DeploymentCheckDialog *>(u"deploymentCheckDialog"_qs));
}

void tst_DeploymentCheckDialog::menuCommandShowsTheReport()
{
    if (!m_dns)
        QSKIP("dnsmasq needs root for port 53 (QDnsLookup in Qt 6.4 only asks port 53)");
    DeploymentCheckDialog *dialog = checkFromTheMenu(u"local.test"_qs);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The window stays responsive: the check runs beside it.
    QVERIFY(m_window->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);

    QCOMPARE(dialog->report().verdict, DeploymentReport::Verdict::Fail);
    QCOMPARE(dialog->report().reason, u"local-no-starttls"_qs);
    auto *verdict = dialog->findChild<QLabel *>(u"verdictLabel"_qs);
    QVERIFY(verdict->text().contains(u"Fail"_qs));
    auto *summary = dialog->findChild<QLabel *>(u"summaryLabel"_qs);
    QVERIFY2(summary->text().contains(u"does not offer STARTTLS"_qs), qPrintable(summary->text()));
    auto *findings = dialog->findChild<QTreeWidget *>(u"findingsTree"_qs);
    QCOMPARE(findings->topLevelItemCount(), 9);
    QTreeWidgetItem *srv = findings->topLevelItem(0);
    QCOMPARE(srv->data(0, Qt::UserRole).toString(), u"srvRecord"_qs);
    QCOMPARE(srv->text(1), u"Pass"_qs);
    QVERIFY2(srv->text(2).contains(u"edge.local.test"_qs), qPrintable(srv->text(2)));
    QTreeWidgetItem *startTls = findings->topLevelItem(4);
    QCOMPARE(startTls->data(0, Qt::UserRole).toString(), u"startTls"_qs);
    QCOMPARE(startTls->text(1), u"Fail"_qs);
    auto *browser = dialog->findChild<QTextBrowser *>(u"reportBrowser"_qs);
    QVERIFY(browser->toPlainText().contains(u"What to change"_qs));
    QVERIFY(!dialog->findChild<QPushButton *>(u"cancelButton"_qs)->isEnabled());

    // Saved as JSON and PDF, with the findings.
    QTemporaryDir dir;
    m_prompts->savePath = dir.filePath(u"check.json"_qs);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveJsonButton"_qs), Qt::LeftButton);
    QFile json(m_prompts->savePath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root.value(u"reason"_qs).toString(), u"local-no-starttls"_qs);
    QCOMPARE(root.value(u"findings"_qs).toArray().size(), 9);
    m_prompts->savePath = dir.filePath(u"check.pdf"_qs);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePdfButton"_qs), Qt::LeftButton);
    QFile pdf(m_prompts->savePath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(m_prompts->errors.isEmpty());
}

void tst_DeploymentCheckDialog::cancelStopsTheCheck()
{
    if (!m_dns)
        QSKIP("dnsmasq needs root for port 53 (QDnsLookup in Qt 6.4 only asks port 53)");
    // The silent server never answers the stream header: the check waits until cancelled.
    DeploymentCheckDialog *dialog = checkFromTheMenu(u"silent.test"_qs);
    QVERIFY(dialog);
    auto *cancel = dialog->findChild<QPushButton *>(u"cancelButton"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report().connection.offered.streamOpened
                                 || !dialog->report().connection.connectedTo.isEmpty(),
                             10000);
    QVERIFY(dialog->isRunning());
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 5000);
    QVERIFY(dialog->report().cancelled);
    QCOMPARE(dialog->report().reason, u"cancelled"_qs);
}

QTEST_MAIN(tst_DeploymentCheckDialog)
#include "tst_deploymentcheckdialog.moc"
