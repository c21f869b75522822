// File → Import in the window: the preview lists every row of the file as new, changed,
// unchanged or refused with its reason before anything changes; accepting applies the
// accepted rows as one undo step; cancelling or a file that cannot be read changes
// nothing. A script written by File → Export reads back as the partners it came from.
#include "guitesthelpers.h"
#include "import/importplan.h"
#include "import/importpreviewdialog.h"
#include "mainwindow.h"
#include "models/importplanmodel.h"
#include "models/partnertablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class tst_ImportPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewSaysWhichRowsAndWhy();
    void cancelChangesNothing();
    void unreadableFileSaysWhy();
    void exportedScriptReadsBackAsTheSamePartners();
    void ownFileImportsEntryByEntry();

private:
    struct Preview
    {
        QStringList results; // "line category domain", in the file's order
        QString summary;
        QString importText;
        bool importEnabled = false;
        QHash<QString, QString> details; // domain or row number -> the details pane's text
        int refusedShown = -1; // rows shown with Show: Refused
    };
    // Runs File → Import on `path`; reads the preview and accepts it or not. Without
    // `expectPreview` nothing waits for a preview (none must outlive this call).
    Preview importThrough(const QString &path, bool accept, bool expectPreview = true);
    QList<Partner> partners() const { return m_window->model()->partners().partners(); }

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<FakePrompter::State> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ImportPreview::initTestCase()
{
    QVERIFY(startGuiTest(u"tst_importpreview"_qs));
}

void tst_ImportPreview::init()
{
    clearSettings();
    m_path = m_dir.filePath(u"partners.json"_qs);
    QVERIFY(copySamplePartnerFile(m_path));
    m_prompts = std::make_shared<FakePrompter::State>();
    m_window = newMainWindow(m_prompts);
    QVERIFY(m_window);
    QVERIFY(m_window->openFile(m_path));
}

void tst_ImportPreview::cleanup()
{
    closeMainWindow(m_window, m_prompts);
}

tst_ImportPreview::Preview tst_ImportPreview::importThrough(const QString &path, bool accept,
                                                            bool expectPreview)
{
    Preview preview;
    m_prompts->openPath = path;
    if (!expectPreview) {
        m_window->findChild<QAction *>(u"actionImport"_qs)->trigger();
        return preview;
    }
    whenModal<ImportPreviewDialog>([&](ImportPreviewDialog *dialog) {
        auto *table = dialog->findChild<QTableView *>(u"entryTable"_qs);
        auto *details = dialog->findChild<QPlainTextEdit *>(u"detailsText"_qs);
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto cell = [&](int column) {
                return model->index(row, column).data().toString();
            };
            preview.results.append(cell(ImportPlanModel::RowColumn) + u' '
                                   + cell(ImportPlanModel::ResultColumn) + u' '
                                   + cell(ImportPlanModel::DomainColumn));
            // The details pane follows the row the user moves to.
            table->setFocus();
            table->setCurrentIndex(model->index(row, ImportPlanModel::DomainColumn));
            const QString domain = cell(ImportPlanModel::DomainColumn);
            preview.details.insert(domain.isEmpty() ? cell(ImportPlanModel::RowColumn) : domain,
                                   details->toPlainText());
        }
        preview.summary = dialog->findChild<QLabel *>(u"summaryLabel"_qs)->text();
        preview.importText = dialog->importButton()->text();
        preview.importEnabled = dialog->importButton()->isEnabled();
        auto *show = dialog->findChild<QComboBox *>(u"showCombo"_qs);
        if (chooseComboItem(show,
                            show->itemText(show->findData(int(ImportPlan::Category::Refused)))))
            preview.refusedShown = model->rowCount();
        if (accept && dialog->importButton()->isEnabled())
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        else
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
    m_window->findChild<QAction *>(u"actionImport"_qs)->trigger();
    return preview;
}

void tst_ImportPreview::previewSaysWhichRowsAndWhy()
{
    const QList<Partner> before = partners();
    const int undoSteps = m_window->undoStack()->count();
    const Preview preview = importThrough(
        QStringLiteral(XP_SOURCE_DIR "/tests/fixtures/get-csxmppallowedpartner.csv"), true);

    QCOMPARE(preview.results.size(), 11);
    QStringList refused;
    QStringList added;
    for (const QString &result : preview.results) {
        const QStringList parts = result.split(u' ');
        if (parts.value(1) == u"Refused")
            refused.append(parts.value(2));
        if (parts.value(1) == u"New")
            added.append(parts.value(2));
    }
    QCOMPARE(
        refused,
        QStringList({u"adatum.com"_qs, u"tailspintoys.com"_qs, u"wingtiptoys.com"_qs,
                     u"northwindtraders.com"_qs, u"proseware.com"_qs, u"corp.fabrikam.com"_qs}));
    // gmail.com is not among the sample's partners.
    QCOMPARE(added, QStringList({u"gmail.com"_qs, u"fourthcoffee.com"_qs}));
    QCOMPARE(preview.refusedShown, 6);
    QVERIFY2(preview.summary.startsWith(u"2 new, "_qs)
                 && preview.summary.contains(u"6 refused."_qs),
             qPrintable(preview.summary));
    QVERIFY(preview.importEnabled);
    // Each refused row says why, in the user's words.
    QVERIFY2(preview.details.value(u"tailspintoys.com"_qs).contains(u"Mandatory"_qs),
             qPrintable(preview.details.value(u"tailspintoys.com"_qs)));
    QVERIFY2(preview.details.value(u"wingtiptoys.com"_qs).contains(u"SASL"_qs),
             qPrintable(preview.details.value(u"wingtiptoys.com"_qs)));
    QVERIFY2(preview.details.value(u"corp.fabrikam.com"_qs).contains(u"fabrikam.com"_qs),
             qPrintable(preview.details.value(u"corp.fabrikam.com"_qs)));
    // A changed partner says what changes.
    QVERIFY2(
        preview.details.value(u"fabrikam.com"_qs).contains(u"Connection limit: (none) → 100"_qs),
        qPrintable(preview.details.value(u"fabrikam.com"_qs)));

    // Applied: one undo step, the refused rows left out.
    QCOMPARE(m_window->undoStack()->count(), undoSteps + 1);
    QCOMPARE(partners().size(), before.size() + 2);
    QCOMPARE(
        m_window->model()->partners().indexOfDomain(u"adatum.com"_qs),
        before.indexOf(before.at(m_window->model()->partners().indexOfDomain(u"adatum.com"_qs))));
    const Partner fabrikam
        = partners().at(m_window->model()->partners().indexOfDomain(u"fabrikam.com"_qs));
    QCOMPARE(fabrikam.connectionLimit, std::optional<int>(100));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"imported"_qs));

    m_window->undoStack()->undo();
    QCOMPARE(partners(), before);
    m_window->undoStack()->redo();
    QCOMPARE(partners().size(), before.size() + 2);
}

void tst_ImportPreview::cancelChangesNothing()
{
    const QList<Partner> before = partners();
    const Preview preview = importThrough(
        QStringLiteral(XP_SOURCE_DIR "/tests/fixtures/get-csxmppallowedpartner.csv"), false);
    QCOMPARE(preview.results.size(), 11);
    QCOMPARE(partners(), before);
    QVERIFY(!m_window->undoStack()->canUndo());
    QVERIFY(!m_window->isWindowModified());
}

void tst_ImportPreview::unreadableFileSaysWhy()
{
    const QString path = m_dir.filePath(u"broken.json"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"xmpp-partners\", \"version\": 1, \"partners\": [");
    file.close();
    const QList<Partner> before = partners();
    const Preview preview = importThrough(path, true, false);
    QVERIFY(preview.results.isEmpty()); // no preview
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY2(m_prompts->errors.constFirst().contains(u"broken.json cannot be imported."_qs)
                 && m_prompts->errors.constFirst().contains(u"not valid JSON"_qs)
                 && m_prompts->errors.constFirst().contains(u"line 1"_qs),
             qPrintable(m_prompts->errors.constFirst()));
    QCOMPARE(partners(), before);
}

void tst_ImportPreview::exportedScriptReadsBackAsTheSamePartners()
{
    m_prompts->savePath = m_dir.filePath(u"all.ps1"_qs);
    m_window->findChild<QAction *>(u"actionExportPowerShell"_qs)->trigger();
    QVERIFY(QFile::exists(m_prompts->savePath));
    const Preview preview = importThrough(m_prompts->savePath, false);
    QCOMPARE(preview.results.size(), partners().size());
    // -ProxyFqdn has no port: the partners whose proxy has one are the only changes.
    QStringList changed;
    for (const QString &result : preview.results) {
        const QStringList parts = result.split(u' ');
        if (parts.value(1) != u"Unchanged")
            changed.append(parts.value(1) + u' ' + parts.value(2));
    }
    // Every sample partner reaches the demo servers through a proxy with a port.
    QCOMPARE(changed,
             QStringList({u"Changed fabrikam.com"_qs, u"Changed contoso.com"_qs,
                          u"Changed adatum.com"_qs, u"Changed litwareinc.com"_qs,
                          u"Changed treyresearch.net"_qs, u"Changed tailspintoys.com"_qs,
                          u"Changed wingtiptoys.com"_qs, u"Changed société-exemple.fr"_qs}));
    QCOMPARE(preview.details.value(u"fabrikam.com"_qs).section(u'\n', 1),
             u"Proxy FQDN: localhost:15269 → localhost"_qs);
    QCOMPARE(preview.importText, u"&Import 8 partners"_qs);
}

void tst_ImportPreview::ownFileImportsEntryByEntry()
{
    // Another partner file: a new partner, one the list has, and an entry that is not an
    // object, refused on its own.
    const QString path = m_dir.filePath(u"other.json"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "xmpp-partners", "version": 1, "partners": [
        {"domain": "northwind.example", "saslNegotiation": "Optional"},
        "not a partner",
        {"domain": "treyresearch.net", "partnerType": "PublicUnverified", "tlsNegotiation": "Required",
         "saslNegotiation": "NotSupported", "supportDialbackNegotiation": true}
    ]})");
    file.close();
    const qsizetype count = partners().size();
    const Preview preview = importThrough(path, true);
    QCOMPARE(preview.results.size(), 3);
    QCOMPARE(preview.results.at(0), u"1 New northwind.example"_qs);
    QCOMPARE(preview.results.at(1), u"2 Refused "_qs);
    QVERIFY2(preview.details.value(u"2"_qs).contains(u"Row 2: the entry is not an object."_qs),
             qPrintable(preview.details.value(u"2"_qs)));
    QCOMPARE(partners().size(), count + 1);
}

QTEST_MAIN(tst_ImportPreview)
#include "tst_importpreview.moc"
