// Large partner files in the window: a long load shows a progress dialog (only when it
// takes long), Cancel leaves the open list as it was, a long save shows its progress
// without a Cancel button, and the window keeps drawing meanwhile.
#include "file/partnerstore.h"
#include "guitesthelpers.h"
#include "largefiles.h"
#include "mainwindow.h"
#include "models/partnerchangecommand.h"
#include "models/partnertablemodel.h"

#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <functional>

namespace {

// Records every progress dialog that shows up, and can press its Cancel button.
class ProgressWatcher final : public QObject
{
public:
    struct Shown
    {
        QString label;
        bool hasCancel = false;
    };

    ProgressWatcher() { qApp->installEventFilter(this); }
    ~ProgressWatcher() override { qApp->removeEventFilter(this); }

    QList<Shown> shown;
    bool cancelWhenShown = false;
    std::function<void()> whenShown; // queued, as what a user does meanwhile
    int paintsSinceShown = 0; // the window kept drawing while the work ran

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *dialog = qobject_cast<QProgressDialog *>(watched);
        if (dialog && event->type() == QEvent::Show) {
            auto *cancel = dialog->findChild<QPushButton *>();
            shown.append(
                {dialog->findChild<QLabel *>()->text(), cancel != nullptr && !cancel->isHidden()});
            if (whenShown)
                QMetaObject::invokeMethod(this, whenShown, Qt::QueuedConnection);
            if (cancelWhenShown && cancel) {
                // As a user would: a click that arrives while the work runs.
                QMetaObject::invokeMethod(
                    cancel, [cancel] { QTest::mouseClick(cancel, Qt::LeftButton); },
                    Qt::QueuedConnection);
            }
        }
        if (event->type() == QEvent::Paint && !shown.isEmpty())
            ++paintsSinceShown;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class tst_LargeFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void largeFileShowsProgressThenLoads();
    void cancellingTheLoadKeepsTheCurrentList();
    void quickLoadShowsNoProgress();
    void closingTheWindowWaitsForTheLoad();
    void largeSaveShowsProgressWithoutCancel();
    void fileOverTheLimitIsRefusedAndTheListKept();
    void largeImportShowsProgressAndCancelKeepsTheList();

private:
    QTableView *table() const { return m_window->findChild<QTableView *>(u"partnerTable"_qs); }
    QStringList shownDomains() const;

    static constexpr int LargeCount = 20000;
    QTemporaryDir m_dir;
    QString m_small;
    QString m_large;
    std::shared_ptr<FakePrompter::State> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void tst_LargeFiles::initTestCase()
{
    QVERIFY(startGuiTest(u"tst_largefiles"_qs));
    // Large enough that the load takes a while in every build, small enough for the
    // sanitizer build.
    m_large = m_dir.filePath(u"large.json"_qs);
    QVERIFY(LargeFiles::write(m_large, LargeFiles::partnerFile(LargeCount, 200)));
    m_small = m_dir.filePath(u"small.json"_qs);
    QVERIFY(copySamplePartnerFile(m_small));
}

void tst_LargeFiles::init()
{
    clearSettings();
    m_prompts = std::make_shared<FakePrompter::State>();
    m_window = newMainWindow(m_prompts);
    QVERIFY(m_window);
    QCOMPARE(m_window->progressDelay(), 500);
}

void tst_LargeFiles::cleanup()
{
    closeMainWindow(m_window, m_prompts);
}

QStringList tst_LargeFiles::shownDomains() const
{
    QStringList domains;
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        domains.append(model->index(row, PartnerTableModel::DomainColumn).data().toString());
    return domains;
}

void tst_LargeFiles::largeFileShowsProgressThenLoads()
{
    ProgressWatcher watcher;
    m_window->setProgressDelay(0);
    QVERIFY(m_window->openFile(m_large));
    QCOMPARE(watcher.shown.size(), 1);
    QCOMPARE(watcher.shown.first().label, u"Opening large.json…"_qs);
    QVERIFY(watcher.shown.first().hasCancel);
    QVERIFY(watcher.paintsSinceShown > 0);
    QVERIFY(!m_window->findChild<QProgressDialog *>());
    QCOMPARE(m_window->model()->rowCount(), LargeCount);
    QCOMPARE(table()->model()->rowCount(), LargeCount);
    QCOMPARE(m_window->filePath(), m_large);
    QCOMPARE(m_window->windowTitle(), u"large.json[*]"_qs);
    QVERIFY(m_prompts->errors.isEmpty());
}

void tst_LargeFiles::cancellingTheLoadKeepsTheCurrentList()
{
    QVERIFY(m_window->openFile(m_small));
    // An unsaved change too: it stays, undoable, with the window marked as modified.
    Partner added;
    added.domain = u"unsaved.example.com"_qs;
    m_window->undoStack()->push(PartnerChangeCommand::add(m_window->model(), 0, added));
    QVERIFY(m_window->isWindowModified());
    const QStringList before = shownDomains();
    const PartnerList partnersBefore = m_window->model()->partners();

    ProgressWatcher watcher;
    watcher.cancelWhenShown = true;
    m_window->setProgressDelay(0);
    QVERIFY(!m_window->openFile(m_large));
    QCOMPARE(watcher.shown.size(), 1);
    QVERIFY(m_prompts->errors.isEmpty()); // a cancel is no error
    QCOMPARE(m_window->model()->partners(), partnersBefore);
    QCOMPARE(shownDomains(), before);
    QCOMPARE(m_window->filePath(), m_small);
    QVERIFY(m_window->windowTitle().startsWith(u"small.json"_qs));
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Opening large.json was cancelled; nothing changed."_qs);
    QVERIFY(!m_window->findChild<QProgressDialog *>());

    // The window still works on its file: the next load goes through.
    watcher.cancelWhenShown = false;
    QVERIFY(m_window->openFile(m_large));
    QCOMPARE(m_window->model()->rowCount(), LargeCount);
}

void tst_LargeFiles::quickLoadShowsNoProgress()
{
    ProgressWatcher watcher;
    QVERIFY(m_window->openFile(m_small));
    QVERIFY(m_window->model()->rowCount() > 0);
    QVERIFY(watcher.shown.isEmpty());
}

void tst_LargeFiles::closingTheWindowWaitsForTheLoad()
{
    // The window does not close under a running load (which writes into it).
    ProgressWatcher watcher;
    bool closed = true;
    watcher.whenShown = [&] {
        closed = m_window->close();
    };
    m_window->setProgressDelay(0);
    QVERIFY(m_window->openFile(m_large));
    QCOMPARE(watcher.shown.size(), 1);
    QVERIFY(!closed);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->model()->rowCount(), LargeCount);
    // Afterwards it closes as usual.
    QVERIFY(m_window->close());
}

void tst_LargeFiles::largeSaveShowsProgressWithoutCancel()
{
    QVERIFY(m_window->openFile(m_large));
    m_window->undoStack()->resetClean();
    ProgressWatcher watcher;
    m_window->setProgressDelay(0);
    QVERIFY(m_window->save());
    QCOMPARE(watcher.shown.size(), 1);
    QCOMPARE(watcher.shown.first().label, u"Saving large.json…"_qs);
    QVERIFY(!watcher.shown.first().hasCancel);
    QVERIFY(m_window->undoStack()->isClean());
    QVERIFY(m_prompts->errors.isEmpty());

    const PartnerStore::LoadResult saved = PartnerStore(m_large).load();
    QVERIFY(saved.isOk());
    QCOMPARE(saved.document.partners, m_window->model()->partners());
}

void tst_LargeFiles::fileOverTheLimitIsRefusedAndTheListKept()
{
    QVERIFY(m_window->openFile(m_small));
    const PartnerList before = m_window->model()->partners();
    const QString over = m_dir.filePath(u"over.json"_qs);
    QFile sparse(over);
    QVERIFY(sparse.open(QIODevice::WriteOnly));
    QVERIFY(sparse.resize(PartnerStore::MaxFileSize + 1));
    sparse.close();

    QVERIFY(!m_window->openFile(over));
    QCOMPARE(m_prompts->errorTitles, QStringList {u"Cannot open the partner file"_qs});
    QVERIFY2(m_prompts->errors.first().contains(
                 u"the file is 128.1 MiB; partner files are limited to 128 MiB."_qs),
             qPrintable(m_prompts->errors.first()));
    QCOMPARE(m_window->model()->partners(), before);
    QCOMPARE(m_window->filePath(), m_small);
}

void tst_LargeFiles::largeImportShowsProgressAndCancelKeepsTheList()
{
    // File → Import of a large CSV reads and checks it off the window's thread, with a
    // progress dialog; cancelling leaves the list as it was.
    QVERIFY(m_window->openFile(m_small));
    const PartnerList before = m_window->model()->partners();
    const QString csv = m_dir.filePath(u"big.csv"_qs);
    QVERIFY(LargeFiles::write(csv, LargeFiles::csvFile(LargeCount)));
    ProgressWatcher watcher;
    watcher.cancelWhenShown = true;
    m_window->setProgressDelay(0);
    // Should the cancel come too late, the preview would open: it is closed unapplied
    // and the checks below fail rather than the test hanging. The guard ends with the test.
    QTimer guard;
    connect(&guard, &QTimer::timeout, &guard, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && !qobject_cast<QProgressDialog *>(dialog))
            dialog->reject();
    });
    guard.start(10);
    QVERIFY(!m_window->importFile(csv));
    QCOMPARE(watcher.shown.size(), 1);
    QCOMPARE(watcher.shown.constFirst().label, u"Reading big.csv…"_qs);
    QVERIFY(watcher.shown.constFirst().hasCancel);
    QVERIFY(m_prompts->errors.isEmpty());
    QCOMPARE(m_window->model()->partners(), before);
    QVERIFY(!m_window->undoStack()->canUndo());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Importing big.csv was cancelled; nothing changed."_qs);
}

QTEST_MAIN(tst_LargeFiles)
#include "tst_largefiles.moc"
