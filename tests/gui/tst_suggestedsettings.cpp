// Apply the advice: a connection test whose advice names a change of the partner's own
// settings offers to make it, in the report window, the table's Last test and the Test all
// results, as one undo step; the partners changed show their Last test as outdated; Copy
// PowerShell gives the matching Set-CsXmppAllowedPartner commands. Every partner points at
// a scripted peer on 127.0.0.1: no test reaches outside this machine.
#include "file/partnerstore.h"
#include "guitesthelpers.h"
#include "import/importpreviewdialog.h"
#include "mainwindow.h"
#include "models/partnertablemodel.h"
#include "probe/probereportdialog.h"
#include "probe/proberunner.h"
#include "probe/proberunwindow.h"
#include "probe/probesettingsstore.h"
#include "scriptedpeer.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

// STARTTLS offered (not required) and dialback before TLS: with TLS negotiation Not
// supported only TCP dialback is left, and the advice is to set TLS negotiation to
// Optional.
const QByteArray StartTlsAndDialback
    = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
      "xmlns:stream='http://etherx.jabber.org/streams' "
      "xmlns:db='jabber:server:dialback' from='peer.test' id='1' version='1.0'>"
      "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
      "<dialback xmlns='urn:xmpp:features:dialback'/></stream:features>";
// Dialback only, no STARTTLS: a Warning whose advice asks the partner to act first.
const QByteArray DialbackOnly = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                                "xmlns:stream='http://etherx.jabber.org/streams' "
                                "xmlns:db='jabber:server:dialback' from='peer.test' id='2' "
                                "version='1.0'><stream:features><dialback "
                                "xmlns='urn:xmpp:features:dialback'/></stream:features>";

} // namespace

class tst_SuggestedSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reportWindowAppliesTheSuggestion();
    void reportWindowCopiesPowerShell();
    void tableContextMenuAppliesTheLastTest();
    void noSuggestionNoButton();
    void testAllAppliesEverySuggestionAsOneStep();
    void testAllPreviewCancelledChangesNothing();
    void testAllCopiesPowerShell();

private:
    bool openWindow();
    int rowOf(const QString &domain) const { return rowShowing(table(), domain); }
    void select(const QString &domain) { selectRowShowing(table(), domain); }
    ProbeReportDialog *testedWithReport(const QString &domain);
    ProbeRunWindow *runTestAll();
    QTableView *table() const { return m_window->findChild<QTableView *>(u"partnerTable"_qs); }
    PartnerTableModel *model() const { return m_window->model(); }
    const Partner &partner(const QString &domain) const
    {
        return model()->partnerAt(int(model()->partners().indexOfDomain(domain)));
    }
    bool outdated(const QString &domain) const
    {
        return model()->isLastProbeOutdated(int(model()->partners().indexOfDomain(domain)));
    }
    QString lastTestText(const QString &domain) const
    {
        return model()
            ->index(int(model()->partners().indexOfDomain(domain)),
                    PartnerTableModel::LastProbeColumn)
            .data()
            .toString();
    }

    std::unique_ptr<ScriptedPeer> m_startTls;
    std::unique_ptr<ScriptedPeer> m_dialbackOnly;
    QTemporaryDir m_dir;
    std::shared_ptr<FakePrompter::State> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void tst_SuggestedSettings::initTestCase()
{
    QVERIFY(startGuiTest(u"tst_suggestedsettings"_qs));
}

void tst_SuggestedSettings::init()
{
    clearSettings();
    const auto peer = [](const QByteArray &answer) {
        return std::make_unique<ScriptedPeer>(
            [answer](QTcpSocket *socket, const QByteArray &received) {
                if (received.contains("<stream:stream"))
                    socket->write(answer);
            });
    };
    m_startTls = peer(StartTlsAndDialback);
    m_dialbackOnly = peer(DialbackOnly);
    PartnerStore::Document document;
    const auto add = [&](const QString &domain, const QString &proxy) {
        Partner partner;
        partner.domain = domain;
        partner.description = u"kept as it is"_qs;
        partner.proxyFqdn = proxy;
        partner.tlsNegotiation = Negotiation::NotSupported;
        partner.saslNegotiation = Negotiation::NotSupported;
        partner.supportDialbackNegotiation = true;
        QVERIFY(document.partners.append(partner).isEmpty());
    };
    add(u"one.test"_qs, m_startTls->address());
    add(u"plain.test"_qs, m_dialbackOnly->address());
    add(u"two.test"_qs, m_startTls->address());
    const QString path = m_dir.filePath(u"loopback.json"_qs);
    QFile::remove(path);
    QVERIFY(!PartnerStore(path).save(document).has_value());
    m_prompts = std::make_shared<FakePrompter::State>();
    ProbeSettings settings;
    settings.localDomain = u"lync.example.test"_qs;
    ProbeSettingsStore::save(settings);
}

void tst_SuggestedSettings::cleanup()
{
    closeMainWindow(m_window, m_prompts);
}

bool tst_SuggestedSettings::openWindow()
{
    m_window = newMainWindow(m_prompts);
    return m_window && m_window->openFile(m_dir.filePath(u"loopback.json"_qs));
}

ProbeReportDialog *tst_SuggestedSettings::testedWithReport(const QString &domain)
{
    if (!openWindow())
        return nullptr;
    select(domain);
    return testSelectedPartner(m_window.get());
}

ProbeRunWindow *tst_SuggestedSettings::runTestAll()
{
    if (!openWindow())
        return nullptr;
    m_window->findChild<QAction *>(u"actionProbeAll"_qs)->trigger();
    if (!QTest::qWaitFor([this] { return !m_window->probeRunner()->isRunning(); }, 20000))
        return nullptr;
    return m_window->findChild<ProbeRunWindow *>(u"probeRunWindow"_qs);
}

void tst_SuggestedSettings::reportWindowAppliesTheSuggestion()
{
    ProbeReportDialog *report = testedWithReport(u"one.test"_qs);
    QVERIFY(report);
    QCOMPARE(report->currentReport().verdict, ProbeReport::ConnectionVerdict::Warning);
    QVERIFY(
        report->currentReport().advice.toString().contains(u"set TLS negotiation to Optional"_qs));
    QCOMPARE(report->currentReport().suggestion, SuggestedChange::tls(Negotiation::Optional));
    QCOMPARE(report->findChild<QLabel *>(u"suggestionLabel"_qs)->text(),
             u"Suggested setting: TLS negotiation: Optional"_qs);
    auto *apply = report->findChild<QPushButton *>(u"applySuggestionButton"_qs);
    QVERIFY(apply->isVisible());
    QVERIFY(apply->isEnabled());
    QVERIFY(!outdated(u"one.test"_qs));
    QVERIFY(!lastTestText(u"one.test"_qs).contains(u"outdated"_qs));

    QUndoStack *undo = m_window->undoStack();
    const int steps = undo->index();
    const Partner before = partner(u"one.test"_qs);
    QTest::mouseClick(apply, Qt::LeftButton);

    QCOMPARE(m_prompts->errors, QStringList());
    QCOMPARE(partner(u"one.test"_qs).tlsNegotiation, Negotiation::Optional);
    // Nothing else of the partner changed.
    Partner expected = before;
    expected.tlsNegotiation = Negotiation::Optional;
    QCOMPARE(partner(u"one.test"_qs), expected);
    QCOMPARE(undo->index(), steps + 1);
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY(!undo->isClean());
    // The Last test is marked for a new test, in the cell and its tooltip.
    QVERIFY(outdated(u"one.test"_qs));
    QVERIFY2(lastTestText(u"one.test"_qs).contains(u"outdated: test again"_qs),
             qPrintable(lastTestText(u"one.test"_qs)));
    const QModelIndex cell
        = model()->index(rowOf(u"one.test"_qs), PartnerTableModel::LastProbeColumn);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"test again"_qs));
    // Other partners are not touched.
    QVERIFY(!outdated(u"plain.test"_qs));

    // One Undo takes it back whole, and the mark with it.
    m_window->findChild<QAction *>(u"actionUndo"_qs)->trigger();
    QCOMPARE(partner(u"one.test"_qs), before);
    QCOMPARE(undo->index(), steps);
    QVERIFY(undo->isClean());
    QVERIFY(!outdated(u"one.test"_qs));

    // Applied twice: the second time there is nothing left to change, and the user is told.
    m_window->findChild<QAction *>(u"actionRedo"_qs)->trigger();
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY(m_prompts->errors.first().contains(u"already has the suggested settings"_qs));
    QCOMPARE(undo->index(), steps + 1);
}

void tst_SuggestedSettings::reportWindowCopiesPowerShell()
{
    ProbeReportDialog *report = testedWithReport(u"one.test"_qs);
    QVERIFY(report);
    QGuiApplication::clipboard()->clear();
    auto *copy = report->findChild<QPushButton *>(u"copyPowerShellButton"_qs);
    QVERIFY(copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"Set-CsXmppAllowedPartner -Identity 'one.test' -TlsNegotiation Optional"_qs);
    // Copying changes nothing in the list.
    QCOMPARE(partner(u"one.test"_qs).tlsNegotiation, Negotiation::NotSupported);
}

void tst_SuggestedSettings::tableContextMenuAppliesTheLastTest()
{
    ProbeReportDialog *report = testedWithReport(u"one.test"_qs);
    QVERIFY(report);
    report->close();
    auto *action = m_window->findChild<QAction *>(u"actionApplySuggestion"_qs);
    // In the table's context menu, and enabled only on a row whose Last test suggests a change.
    QVERIFY(table()->actions().contains(action));
    QCOMPARE(table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    select(u"plain.test"_qs);
    QVERIFY(!action->isEnabled());
    select(u"one.test"_qs);
    QVERIFY(action->isEnabled());
    const QModelIndex cell
        = model()->index(rowOf(u"one.test"_qs), PartnerTableModel::LastProbeColumn);
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"Suggested setting"_qs),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));

    const int steps = m_window->undoStack()->index();
    action->trigger();
    QCOMPARE(partner(u"one.test"_qs).tlsNegotiation, Negotiation::Optional);
    QCOMPARE(m_window->undoStack()->index(), steps + 1);
    QVERIFY(outdated(u"one.test"_qs));
    // Done: nothing left to apply on that row.
    QVERIFY(!action->isEnabled());
    m_window->undoStack()->undo();
    QCOMPARE(partner(u"one.test"_qs).tlsNegotiation, Negotiation::NotSupported);
    QVERIFY(action->isEnabled());
}

void tst_SuggestedSettings::noSuggestionNoButton()
{
    // Dialback only: the advice asks the partner to enable TLS first; nothing to apply.
    ProbeReportDialog *report = testedWithReport(u"plain.test"_qs);
    QVERIFY(report);
    QCOMPARE(report->currentReport().verdict, ProbeReport::ConnectionVerdict::Warning);
    QVERIFY(report->currentReport().suggestion.isEmpty());
    QVERIFY(!report->findChild<QPushButton *>(u"applySuggestionButton"_qs)->isVisible());
    QVERIFY(!report->findChild<QPushButton *>(u"copyPowerShellButton"_qs)->isVisible());
}

void tst_SuggestedSettings::testAllAppliesEverySuggestionAsOneStep()
{
    ProbeRunWindow *results = runTestAll();
    QVERIFY(results);
    auto *applyAll = results->findChild<QPushButton *>(u"applyAllButton"_qs);
    QVERIFY(applyAll->isVisible());
    auto *tree = results->findChild<QTreeWidget *>(u"resultsTree"_qs);
    QVERIFY(tree->topLevelItem(0)->text(3).contains(u"Suggested setting: TLS negotiation"_qs));

    struct Seen
    {
        int rows = -1;
        QStringList details;
        QString button;
    } seen;
    whenModal<ImportPreviewDialog>([&seen](ImportPreviewDialog *dialog) {
        auto *entries = dialog->findChild<QTableView *>(u"entryTable"_qs);
        seen.rows = entries->model()->rowCount();
        for (int row = 0; row < seen.rows; ++row)
            seen.details.append(entries->model()->index(row, 2).data().toString() + u" | "
                                + entries->model()->index(row, 3).data().toString());
        seen.button = dialog->importButton()->text();
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    const int steps = m_window->undoStack()->index();
    QTest::mouseClick(applyAll, Qt::LeftButton);

    // Every change listed, partner, field, old → new; the partner without one is not.
    QCOMPARE(seen.rows, 2);
    std::sort(seen.details.begin(), seen.details.end());
    QCOMPARE(seen.details,
             QStringList({u"one.test | TLS negotiation: Not supported → Optional"_qs,
                          u"two.test | TLS negotiation: Not supported → Optional"_qs}));
    // "partner(s)" until the English catalogue has its plural forms, "partners" then.
    QVERIFY2(seen.button.startsWith(u"&Apply to 2 partner"_qs), qPrintable(seen.button));

    QCOMPARE(partner(u"one.test"_qs).tlsNegotiation, Negotiation::Optional);
    QCOMPARE(partner(u"two.test"_qs).tlsNegotiation, Negotiation::Optional);
    QCOMPARE(partner(u"plain.test"_qs).tlsNegotiation, Negotiation::NotSupported);
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    QCOMPARE(m_window->undoStack()->index(), steps + 1);
    QVERIFY(outdated(u"one.test"_qs));
    QVERIFY(outdated(u"two.test"_qs));
    QVERIFY(!outdated(u"plain.test"_qs));

    // One Undo restores both.
    m_window->undoStack()->undo();
    QCOMPARE(partner(u"one.test"_qs).tlsNegotiation, Negotiation::NotSupported);
    QCOMPARE(partner(u"two.test"_qs).tlsNegotiation, Negotiation::NotSupported);
    QVERIFY(!outdated(u"one.test"_qs));
    QVERIFY(!outdated(u"two.test"_qs));
    QVERIFY(m_window->undoStack()->isClean());
}

void tst_SuggestedSettings::testAllPreviewCancelledChangesNothing()
{
    ProbeRunWindow *results = runTestAll();
    QVERIFY(results);
    bool shown = false;
    whenModal<ImportPreviewDialog>([&shown](ImportPreviewDialog *dialog) {
        shown = true;
        dialog->reject();
    });
    QTest::mouseClick(results->findChild<QPushButton *>(u"applyAllButton"_qs), Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(partner(u"one.test"_qs).tlsNegotiation, Negotiation::NotSupported);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_SuggestedSettings::testAllCopiesPowerShell()
{
    ProbeRunWindow *results = runTestAll();
    QVERIFY(results);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(results->findChild<QPushButton *>(u"copyPowerShellButton"_qs),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"Set-CsXmppAllowedPartner -Identity 'one.test' -TlsNegotiation Optional\n"
             "Set-CsXmppAllowedPartner -Identity 'two.test' -TlsNegotiation Optional"_qs);
}

QTEST_MAIN(tst_SuggestedSettings)
#include "tst_suggestedsettings.moc"
