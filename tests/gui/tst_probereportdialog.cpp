// The connection test as an administrator uses it in the window: settings asked for
// when missing, the live report dialog, the Last test column, Test all with its
// progress bar and summary. Every partner points at a scripted peer or a closed port
// on 127.0.0.1: no test reaches outside this machine.
#include "file/partnerstore.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "models/partnertablemodel.h"
#include "probe/probereportdialog.h"
#include "probe/proberunner.h"
#include "probe/probesettingsdialog.h"
#include "probe/probesettingsstore.h"
#include "scriptedpeer.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

namespace {

const QByteArray DialbackOnly = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                                "xmlns:stream='http://etherx.jabber.org/streams' "
                                "xmlns:db='jabber:server:dialback' from='peer.test' id='1' "
                                "version='1.0'><stream:features><dialback "
                                "xmlns='urn:xmpp:features:dialback'/></stream:features>";

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class tst_ProbeReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void asksForTheLocalDomainFirst();
    void settingsDialogRefusesBadValues();
    void testConnectionShowsTheReport();
    void testAllShowsProgressAndSummary();
    void partnerLastTestIsItsWorstDomain();
    void openReportFollowsTheLanguage();
    void cancelStopsTestAll();

private:
    int rowOf(const QString &domain) const;
    void select(const QString &domain);
    // Tests `domain` with Test connection in a window whose local domain is set; the
    // report window, shown and finished, or null when it did not open or finish.
    ProbeReportDialog *testedWithReport(const QString &domain);
    // A new window that reads `settings`, saved as the user's, on the loopback file.
    bool reopenWith(const ProbeSettings &settings)
    {
        ProbeSettingsStore::save(settings);
        m_window = newMainWindow(m_prompts);
        return m_window && m_window->openFile(m_dir.filePath(u"loopback.json"_qs));
    }
    QTableView *table() const { return m_window->findChild<QTableView *>(u"partnerTable"_qs); }

    std::unique_ptr<ScriptedPeer> m_peer;
    std::unique_ptr<ScriptedPeer> m_silent;
    QTemporaryDir m_dir;
    std::shared_ptr<FakePrompter::State> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ProbeReportDialog::initTestCase()
{
    QVERIFY(startGuiTest(u"tst_probereportdialog"_qs));
}

void tst_ProbeReportDialog::init()
{
    clearSettings();
    m_peer = std::make_unique<ScriptedPeer>([](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(DialbackOnly);
    });
    m_silent = std::make_unique<ScriptedPeer>([](QTcpSocket *, const QByteArray &) {});
    PartnerStore::Document document;
    const auto add = [&](const QString &domain, const QString &proxy, Negotiation tls) {
        Partner partner;
        partner.domain = domain;
        partner.proxyFqdn = proxy;
        partner.tlsNegotiation = tls;
        partner.saslNegotiation = Negotiation::NotSupported;
        QVERIFY(document.partners.append(partner).isEmpty());
    };
    add(u"dialback.test"_qs, m_peer->address(), Negotiation::NotSupported);
    add(u"closed.test"_qs, u"127.0.0.1:"_qs + QString::number(closedPort()), Negotiation::Required);
    add(u"silent.test"_qs, m_silent->address(), Negotiation::Required);
    const QString path = m_dir.filePath(u"loopback.json"_qs);
    QFile::remove(path);
    QVERIFY(!PartnerStore(path).save(document).has_value());

    m_prompts = std::make_shared<FakePrompter::State>();
    m_window = newMainWindow(m_prompts);
    QVERIFY(m_window);
    QVERIFY(m_window->openFile(path));
}

void tst_ProbeReportDialog::cleanup()
{
    closeMainWindow(m_window, m_prompts);
}

int tst_ProbeReportDialog::rowOf(const QString &domain) const
{
    return rowShowing(table(), domain);
}

void tst_ProbeReportDialog::select(const QString &domain)
{
    selectRowShowing(table(), domain);
}

ProbeReportDialog *tst_ProbeReportDialog::testedWithReport(const QString &domain)
{
    ProbeSettings settings;
    settings.localDomain = u"lync.example.test"_qs;
    if (!reopenWith(settings))
        return nullptr;
    select(domain);
    return testSelectedPartner(m_window.get());
}

void tst_ProbeReportDialog::asksForTheLocalDomainFirst()
{
    select(u"dialback.test"_qs);
    QString message;
    whenModal<ProbeSettingsDialog>([&message](ProbeSettingsDialog *dialog) {
        message = dialog->findChild<QLabel *>(u"settingsMessage"_qs)->text();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"localDomainEdit"_qs),
                         u"lync.example.test"_qs);
        dialog->accept();
    });
    m_window->findChild<QAction *>(u"actionProbe"_qs)->trigger();
    QVERIFY(message.contains(u"local XMPP domain"_qs));
    QCOMPARE(ProbeSettingsStore::load().localDomain, u"lync.example.test"_qs);
    QVERIFY(m_window->probeRunner());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->probeRunner()->isRunning(), 15000);
    QVERIFY(m_window->findChild<ProbeReportDialog *>(u"probeReportDialog"_qs));
}

void tst_ProbeReportDialog::settingsDialogRefusesBadValues()
{
    ProbeSettingsDialog dialog;
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"dnsServerEdit"_qs), u"not-an-ip"_qs);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"caFileEdit"_qs), u"/no/such/ca.pem"_qs);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"trustAnchorEdit"_qs),
                     u"/no/such/anchor.ds"_qs);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"settingsMessage"_qs)
                ->text()
                .contains(u"/no/such/anchor.ds does not exist"_qs));
    const QString message = dialog.findChild<QLabel *>(u"settingsMessage"_qs)->text();
    QVERIFY(message.contains(u"local XMPP domain is required"_qs));
    QVERIFY(message.contains(u"“not-an-ip” is not an IP address"_qs));
    QVERIFY(message.contains(u"/no/such/ca.pem does not exist"_qs));
    // A DNS server on another port, the root's key as an extra anchor, validation from the root.
    dialog.findChild<QLineEdit *>(u"dnsServerEdit"_qs)->setText(u"[::1]:5353"_qs);
    dialog.findChild<QLineEdit *>(u"caFileEdit"_qs)->clear();
    dialog.findChild<QLineEdit *>(u"trustAnchorEdit"_qs)->setText(u"/usr/share/dns/root.key"_qs);
    QTest::mouseClick(dialog.findChild<QCheckBox *>(u"validateFromRootCheck"_qs), Qt::LeftButton);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"localDomainEdit"_qs), u"lync.example.test"_qs);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().nameserver, NameserverAddress(QHostAddress(u"::1"_qs), 5353));
    QCOMPARE(dialog.settings().trustAnchorFile, u"/usr/share/dns/root.key"_qs);
    QVERIFY(dialog.settings().validateFromRoot);
    // Shown again as it was saved.
    ProbeSettingsDialog again;
    again.setSettings(dialog.settings());
    QCOMPARE(again.findChild<QLineEdit *>(u"dnsServerEdit"_qs)->text(), u"[::1]:5353"_qs);
    QVERIFY(again.findChild<QCheckBox *>(u"validateFromRootCheck"_qs)->isChecked());
}

void tst_ProbeReportDialog::testConnectionShowsTheReport()
{
    ProbeReportDialog *report = testedWithReport(u"dialback.test"_qs);
    QVERIFY(report);
    QCOMPARE(report->currentReport().verdict, ProbeReport::ConnectionVerdict::Warning);
    QCOMPARE(report->findChild<QLabel *>(u"verdictLabel"_qs)->text(),
             u"<b>Warning</b> — TCP dialback"_qs);
    auto *advice = report->findChild<QLabel *>(u"adviceLabel"_qs);
    QVERIFY(advice->text().contains(u"not encrypted"_qs));
    // The sentence takes the width of the window beside the verdict's icon, not a narrow
    // column of its own.
    QTRY_VERIFY2(advice->width() > report->width() * 3 / 4,
                 qPrintable(u"advice %1 px wide in a window of %2 px"_qs.arg(advice->width())
                                .arg(report->width())));
    auto *steps = report->findChild<QTreeWidget *>(u"stepsTree"_qs);
    QVERIFY(steps->topLevelItemCount() >= 6);
    QCOMPARE(steps->topLevelItem(0)->text(1), u"Passed"_qs);
    QVERIFY(report->findChild<QPushButton *>(u"saveHtmlButton"_qs)->isEnabled());
    QVERIFY(!report->findChild<QPushButton *>(u"cancelButton"_qs)->isEnabled());
    QVERIFY(report->plainText().contains(u"Verdict: Warning — TCP dialback"_qs));

    // A single test draws the TLS profile once TLS is up; this peer has no TLS, so there is
    // none and its tab is off.
    QVERIFY(m_window->probeRunner()->settings().tlsProfile);
    auto *tabs = report->findChild<QTabWidget *>(u"reportTabs"_qs);
    QWidget *profileTab = report->findChild<QWidget *>(u"tlsProfileTab"_qs);
    QVERIFY(!tabs->isTabEnabled(tabs->indexOf(profileTab)));
    // A report with a profile, as the runner gives it: the tab shows the report's section.
    ProbeReport withProfile = report->currentReport();
    for (const TlsProfile::Version version : TlsProfile::AllVersions)
        withProfile.tlsProfile.result(version).state = TlsProfile::VersionState::Refused;
    TlsProfile::VersionResult &tls13 = withProfile.tlsProfile.result(TlsProfile::Version::Tls13);
    tls13.state = TlsProfile::VersionState::Accepted;
    tls13.cipher = u"TLS_AES_256_GCM_SHA384"_qs;
    tls13.cipherBits = 256;
    withProfile.tlsProfile.keyType = u"RSA"_qs;
    withProfile.tlsProfile.keyBits = 2048;
    withProfile.tlsProfile.grade = u"A"_qs;
    withProfile.tlsProfile.score = 97;
    Q_EMIT m_window->probeRunner()->reportReady(0, withProfile);
    QVERIFY(tabs->isTabEnabled(tabs->indexOf(profileTab)));
    const QString shown = report->findChild<QTextBrowser *>(u"tlsProfileBrowser"_qs)->toPlainText();
    QVERIFY2(shown.contains(u"TLS profile"_qs), qPrintable(shown));
    QVERIFY2(shown.contains(u"TLS_AES_256_GCM_SHA384 (256 bits)"_qs), qPrintable(shown));
    QVERIFY2(shown.contains(u"Grade: A (score 97 of 100)"_qs), qPrintable(shown));
    QVERIFY2(shown.contains(u"Certificate key: RSA 2048 bits"_qs), qPrintable(shown));
    QVERIFY(report->plainText().contains(u"TLS grade: A"_qs));

    // Saving through the prompter's file name.
    m_prompts->savePath = m_dir.filePath(u"report.html"_qs);
    QTest::mouseClick(report->findChild<QPushButton *>(u"saveHtmlButton"_qs), Qt::LeftButton);
    QFile html(m_prompts->savePath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("dialback.test"));

    // The table's Last test column.
    const QModelIndex last
        = table()->model()->index(rowOf(u"dialback.test"_qs), PartnerTableModel::LastProbeColumn);
    QVERIFY(last.data().toString().startsWith(u"Warning at "_qs));
    QVERIFY(!last.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(last.data(Qt::ToolTipRole).toString().contains(u"TCP dialback"_qs));
}

void tst_ProbeReportDialog::testAllShowsProgressAndSummary()
{
    ProbeSettings settings;
    settings.localDomain = u"lync.example.test"_qs;
    settings.stepTimeoutMs = 1000;
    settings.totalBudgetMs = 5000;
    QVERIFY(reopenWith(settings));

    m_window->findChild<QAction *>(u"actionProbeAll"_qs)->trigger();
    auto *progress = m_window->findChild<QProgressBar *>(u"probeProgress"_qs);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 3);
    QVERIFY(!m_window->findChild<QAction *>(u"actionProbeAll"_qs)->isEnabled());
    // Test all does not draw TLS profiles: four more connections per domain.
    QVERIFY(!m_window->probeRunner()->settings().tlsProfile);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->probeRunner()->isRunning(), 20000);
    QVERIFY(!progress->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Connection tests finished: 0 passed, 1 with a warning, 2 failed."_qs);
    const auto lastProbe = [this](const QString &domain) {
        return table()
            ->model()
            ->index(rowOf(domain), PartnerTableModel::LastProbeColumn)
            .data()
            .toString();
    };
    QVERIFY(lastProbe(u"dialback.test"_qs).startsWith(u"Warning"_qs));
    QVERIFY(lastProbe(u"closed.test"_qs).startsWith(u"Fail"_qs));
    QVERIFY(lastProbe(u"silent.test"_qs).startsWith(u"Fail"_qs));
    QVERIFY(table()
                ->model()
                ->index(rowOf(u"silent.test"_qs), PartnerTableModel::LastProbeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"accepted the connection but sent nothing within 1 s"_qs));
    // Each failure keeps its own advice in the tooltip.
    QVERIFY(table()
                ->model()
                ->index(rowOf(u"closed.test"_qs), PartnerTableModel::LastProbeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"refused the connection"_qs));
}

void tst_ProbeReportDialog::partnerLastTestIsItsWorstDomain()
{
    // One server for both domains of a partner: dialback for the primary domain (a
    // warning), a closed stream for the additional one (a failure).
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &received) {
        if (!received.contains("<stream:stream"))
            return;
        if (received.contains("to='mixed.test'"))
            socket->write(DialbackOnly);
        else
            socket->disconnectFromHost();
    });
    PartnerStore::Document document;
    Partner mixed;
    mixed.domain = u"mixed.test"_qs;
    mixed.additionalDomains = {u"bad.mixed.test"_qs};
    mixed.proxyFqdn = peer.address();
    mixed.tlsNegotiation = Negotiation::NotSupported;
    mixed.saslNegotiation = Negotiation::NotSupported;
    QVERIFY(document.partners.append(mixed).isEmpty());
    const QString path = m_dir.filePath(u"mixed.json"_qs);
    QFile::remove(path);
    QVERIFY(!PartnerStore(path).save(document).has_value());
    ProbeSettings settings;
    settings.localDomain = u"lync.example.test"_qs;
    settings.stepTimeoutMs = 1000;
    settings.totalBudgetMs = 5000;
    QVERIFY(reopenWith(settings));
    QVERIFY(m_window->openFile(path));

    m_window->findChild<QAction *>(u"actionProbeAll"_qs)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->probeRunner()->isRunning(), 20000);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Connection tests finished: 0 passed, 1 with a warning, 1 failed."_qs);
    // The failure wins, whichever domain finished first, and names its domain.
    const QModelIndex last
        = table()->model()->index(rowOf(u"mixed.test"_qs), PartnerTableModel::LastProbeColumn);
    QVERIFY2(last.data().toString().startsWith(u"Fail at "_qs), qPrintable(last.data().toString()));
    const QString advice = last.data(Qt::ToolTipRole).toString();
    QVERIFY2(advice.contains(u"bad.mixed.test: "_qs), qPrintable(advice));
}

void tst_ProbeReportDialog::openReportFollowsTheLanguage()
{
    // A report made in English reads in French once the language changes, and back:
    // verdict, method, advice, steps, features, the Last test column, the saved HTML.
    ProbeReportDialog *report = testedWithReport(u"dialback.test"_qs);
    QVERIFY(report);
    auto *verdict = report->findChild<QLabel *>(u"verdictLabel"_qs);
    auto *advice = report->findChild<QLabel *>(u"adviceLabel"_qs);
    auto *steps = report->findChild<QTreeWidget *>(u"stepsTree"_qs);
    auto *features = report->findChild<QLabel *>(u"featuresLabel"_qs);
    const QString englishAdvice = advice->text();
    const QString englishDetails = steps->topLevelItem(2)->text(3);
    const QModelIndex last
        = table()->model()->index(rowOf(u"dialback.test"_qs), PartnerTableModel::LastProbeColumn);

    m_window->setLanguage(u"fr"_qs);
    processLanguageChange();
    QCOMPARE(verdict->text(), u"<b>Avertissement</b> — Numérotation (dialback) sur TCP"_qs);
    QVERIFY2(advice->text().contains(u"seule la numérotation (dialback) sur TCP est utilisable"_qs),
             qPrintable(advice->text()));
    QCOMPARE(steps->topLevelItem(0)->text(0), u"Résolution"_qs);
    QCOMPARE(steps->topLevelItem(0)->text(1), u"Réussie"_qs);
    // The details were written while the test ran in English.
    QVERIFY2(steps->topLevelItem(2)->text(3).startsWith(u"Flux ouvert par peer.test"_qs),
             qPrintable(steps->topLevelItem(2)->text(3)));
    QVERIFY2(features->text().contains(u"Avant TLS"_qs), qPrintable(features->text()));
    QVERIFY(report->plainText().contains(u"Verdict\u00a0: Avertissement"_qs));
    QVERIFY(last.data().toString().startsWith(u"Avertissement à "_qs));
    QVERIFY(last.data(Qt::ToolTipRole).toString().contains(u"numérotation (dialback) sur TCP"_qs));
    m_prompts->savePath = m_dir.filePath(u"rapport.html"_qs);
    QTest::mouseClick(report->findChild<QPushButton *>(u"saveHtmlButton"_qs), Qt::LeftButton);
    QFile html(m_prompts->savePath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(html.readAll());
    QVERIFY(saved.contains(u"<html lang=\"fr"_qs));
    QVERIFY(saved.contains(u"<h2>Étapes</h2>"_qs));
    QVERIFY(saved.contains(u"seule la numérotation (dialback) sur TCP est utilisable"_qs));

    m_window->setLanguage(u"en"_qs);
    processLanguageChange();
    QCOMPARE(verdict->text(), u"<b>Warning</b> — TCP dialback"_qs);
    QCOMPARE(advice->text(), englishAdvice);
    QCOMPARE(steps->topLevelItem(2)->text(3), englishDetails);
    QVERIFY(last.data().toString().startsWith(u"Warning at "_qs));
}

void tst_ProbeReportDialog::cancelStopsTestAll()
{
    ProbeSettings settings;
    settings.localDomain = u"lync.example.test"_qs;
    settings.stepTimeoutMs = 60000;
    settings.totalBudgetMs = 120000;
    QVERIFY(reopenWith(settings));
    m_window->findChild<QAction *>(u"actionProbeAll"_qs)->trigger();
    auto *cancel = m_window->findChild<QToolButton *>(u"probeCancelButton"_qs);
    QVERIFY(cancel->isVisible());
    // The silent peer never answers: without Cancel this would run for a minute.
    QTRY_COMPARE(m_window->probeRunner()->done(), 2);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->probeRunner()->isRunning(), 5000);
    QVERIFY(m_window->probeRunner()->reports().at(2).cancelled);
}

QTEST_MAIN(tst_ProbeReportDialog)
#include "tst_probereportdialog.moc"
