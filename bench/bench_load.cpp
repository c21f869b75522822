// Measures large inputs: a partner file of 100,000 entries, one of about 50 MB, one
// with a 1 MB description, one over the size limit, a CSV of 100,000 rows and one a row
// over PartnerCsv::MaxRows. The library's work, the window's and the editor's each run
// in a child process of their own, so that each peak of memory is their own. Prints a
// table; asserts nothing.
//   bench_load [--partners N] [--megabytes M] [--rows R] [--cases entries,size,...]
#include "editor/partnerdialog.h"
#include "file/partnerstore.h"
#include "formats/partnercsv.h"
#include "formats/powershellscriptwriter.h"
#include "i18n/translations.h"
#include "import/importplan.h"
#include "largefiles.h"
#include "mainwindow.h"
#include "models/partnerchangecommand.h"
#include "models/partnertablemodel.h"
#include "support/prompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {

class SilentPrompter final : public Prompter
{
public:
    void showError(QWidget *, const QString &, const QString &text) override { lastError = text; }
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    SaveAnswer askToSave(QWidget *, const QString &) override { return SaveAnswer::Discard; }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }
    static inline QString lastError;
};

long statusKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// One row of the table: case, measure, time, peak memory of the process so far.
void row(const QString &name, const QString &measure, double ms, const QString &outcome = {})
{
    std::printf("| %s | %s | %s | %.0f MB | %s |\n", qPrintable(name), qPrintable(measure),
                ms < 0 ? "" : qPrintable(QString::number(ms, 'f', 1) + u" ms"),
                statusKiB("VmHWM:") / 1024.0, qPrintable(outcome));
    std::fflush(stdout);
}

QString firstLine(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0);
    return line.size() > 110 ? line.left(110) + u'…' : line;
}

// Runs `action` while a 5 ms timer ticks; returns the longest gap between ticks, that
// is the longest time the window could not react.
double longestStall(const std::function<void()> &action)
{
    QElapsedTimer sinceTick;
    double longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, elapsedMs(sinceTick));
        sinceTick.restart();
    });
    ticker.start();
    sinceTick.start();
    action();
    longest = std::max(longest, elapsedMs(sinceTick));
    return longest;
}

void openInWindow(const QString &name, const QString &path, int expected)
{
    MainWindow window;
    window.setPrompter(std::make_unique<SilentPrompter>());
    window.resize(1200, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("window not exposed");
    auto *table = window.findChild<QTableView *>(QStringLiteral("partnerTable"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));

    QElapsedTimer timer;
    bool opened = false;
    double total = 0;
    const double stall = longestStall([&] {
        timer.start();
        opened = window.openFile(path);
        table->viewport()->repaint();
        total = elapsedMs(timer);
    });
    const int rows = table->model()->rowCount();
    row(name, QStringLiteral("window: open and show"), total,
        opened ? QStringLiteral("%1 rows").arg(rows) : firstLine(SilentPrompter::lastError));
    row(name, QStringLiteral("window: longest stall during open"), stall);
    if (!opened || rows != expected)
        return;

    filter->setFocus();
    timer.start();
    QTest::keyClick(filter, Qt::Key_7);
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    row(name, QStringLiteral("window: one filter keystroke"), elapsedMs(timer),
        QStringLiteral("%1 rows shown").arg(table->model()->rowCount()));
    filter->clear();
    QCoreApplication::processEvents();

    for (const int column :
         {int(PartnerTableModel::DomainColumn), int(PartnerTableModel::DescriptionColumn),
          int(PartnerTableModel::PartnerTypeColumn)}) {
        timer.start();
        table->sortByColumn(column, Qt::DescendingOrder);
        table->viewport()->repaint();
        QCoreApplication::processEvents();
        row(name,
            u"window: sort by "_qs
                + PartnerTableModel::columnTitle(static_cast<PartnerTableModel::Column>(column)),
            elapsedMs(timer));
    }

    timer.start();
    window.undoStack()->resetClean(); // the save writes even without a change
    const double saveStall = longestStall([&] {
        if (!window.save())
            qFatal("cannot save: %s", qPrintable(SilentPrompter::lastError));
    });
    row(name, QStringLiteral("window: save"), elapsedMs(timer));
    row(name, QStringLiteral("window: longest stall during save"), saveStall);
}

void partnerFileLib(const QString &name, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const PartnerStore::LoadResult loaded = PartnerStore(path).load();
    row(name, QStringLiteral("PartnerStore::load"), elapsedMs(timer),
        loaded.isOk() ? QStringLiteral("%1 partners").arg(loaded.document.partners.size())
                      : firstLine(loaded.errorMessage()));
    if (!loaded.isOk())
        return;
    timer.start();
    const QByteArray data = PartnerStore::serialize(loaded.document);
    row(name, QStringLiteral("PartnerStore::serialize"), elapsedMs(timer),
        QStringLiteral("%1 MB").arg(data.size() / 1e6, 0, 'f', 1));
    timer.start();
    PartnerStore store(path);
    if (const auto error = store.save(loaded.document))
        qFatal("cannot save: %s", qPrintable(error->message()));
    row(name, QStringLiteral("PartnerStore::save (with backup)"), elapsedMs(timer));
}

void editorCase(const QString &name, qsizetype length)
{
    Partner partner;
    partner.domain = QStringLiteral("long.example.com");
    partner.description = LargeFiles::description(1, length);
    QElapsedTimer timer;
    timer.start();
    const QByteArray script
        = PowerShellScriptWriter::script({partner}, PowerShellScriptWriter::Mode::New);
    row(name, QStringLiteral("PowerShell export of the partner"), elapsedMs(timer),
        QStringLiteral("%1 MB script").arg(script.size() / 1e6, 0, 'f', 1));

    timer.start();
    PartnerDialog dialog(PartnerDialog::Mode::Edit, {});
    dialog.setPartner(partner);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        qFatal("editor not exposed");
    row(name, QStringLiteral("editor: open the partner"), elapsedMs(timer),
        QStringLiteral("%1 characters in the field")
            .arg(dialog.findChild<QLineEdit *>(QStringLiteral("descriptionEdit"))->text().size()));
    timer.start();
    dialog.accept();
    QCoreApplication::processEvents();
    row(name, QStringLiteral("editor: Commit"), elapsedMs(timer),
        dialog.isVisible() ? QStringLiteral("refused") : QStringLiteral("accepted"));
}

PartnerCsv::Result parseCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return PartnerCsv::parse(file.readAll());
}

void csvLib(const QString &name, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const PartnerCsv::Result parsed = parseCsv(path);
    row(name, QStringLiteral("PartnerCsv::parse"), elapsedMs(timer),
        parsed.isOk() ? QStringLiteral("%1 rows").arg(parsed.rows.size())
                      : firstLine(parsed.error.toString()));
    if (!parsed.isOk())
        return;
    timer.start();
    const ImportPlan plan(PartnerList(), parsed.rows);
    row(name, QStringLiteral("ImportPlan into an empty list"), elapsedMs(timer),
        QStringLiteral("%1 new, %2 refused")
            .arg(plan.count(ImportPlan::Category::New))
            .arg(plan.count(ImportPlan::Category::Refused)));
    timer.start();
    const ImportPlan again(plan.result(), parsed.rows);
    row(name, QStringLiteral("ImportPlan into the imported list"), elapsedMs(timer),
        QStringLiteral("%1 unchanged").arg(again.count(ImportPlan::Category::Unchanged)));
}

void csvWindow(const QString &name, const QString &path)
{
    const ImportPlan plan(PartnerList(), parseCsv(path).rows);
    // The plan applied in the window as one undo step, over the table and its proxy.
    MainWindow window;
    window.setPrompter(std::make_unique<SilentPrompter>());
    window.resize(1200, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("window not exposed");
    QElapsedTimer timer;
    timer.start();
    window.undoStack()->push(
        new PartnerChangeCommand(window.model(), plan.changes(), plan.description()));
    QCoreApplication::processEvents();
    row(name, QStringLiteral("window: apply the import (one undo step)"), elapsedMs(timer),
        QStringLiteral("%1 rows").arg(window.model()->rowCount()));
    timer.start();
    window.undoStack()->undo();
    QCoreApplication::processEvents();
    row(name, QStringLiteral("window: undo the import"), elapsedMs(timer),
        QStringLiteral("%1 rows").arg(window.model()->rowCount()));
}

int runPart(const QString &name, const QString &part, const QString &path, int count)
{
    const bool csv = name.startsWith(u"csv");
    if (part == u"lib" && csv)
        csvLib(name, path);
    else if (part == u"window" && csv)
        csvWindow(name, path);
    else if (part == u"lib")
        partnerFileLib(name, path);
    else if (part == u"window")
        openInWindow(name, path, count);
    else if (part == u"editor")
        editorCase(name, count);
    else
        return 2;
    return 0;
}

struct Case
{
    QString name;
    QString file;
    int count = 0; // partners expected, or the description's length for the editor
    QStringList parts;
};

// Writes the input files once, in the parent: the children's peaks are their own.
QList<Case> generate(const QTemporaryDir &dir, const QCommandLineParser &parser)
{
    const int partners = parser.value(QStringLiteral("partners")).toInt();
    const qint64 megabytes = parser.value(QStringLiteral("megabytes")).toLongLong();
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    constexpr int longDescription = 1024 * 1024;
    QList<Case> cases;
    const auto add = [&](const QString &name, const QString &fileName, const QByteArray &data,
                         int count, const QString &what, const QStringList &parts) {
        const QString path = dir.filePath(fileName);
        if (!LargeFiles::write(path, data))
            qFatal("cannot write %s", qPrintable(path));
        cases.append({name, path, count, parts});
        std::printf("| %s | file | | | %.1f MB, %s |\n", qPrintable(name), data.size() / 1e6,
                    qPrintable(what));
    };
    add(u"entries"_qs, u"entries.json"_qs, LargeFiles::partnerFile(partners, 40), partners,
        QStringLiteral("%1 partners").arg(partners), {u"lib"_qs, u"window"_qs});
    int sizedCount = 0;
    const QByteArray sized = LargeFiles::partnerFileOfSize(megabytes * 1000 * 1000, &sizedCount);
    add(u"size"_qs, u"size.json"_qs, sized, sizedCount,
        QStringLiteral("%1 partners, 1000-character descriptions").arg(sizedCount),
        {u"lib"_qs, u"window"_qs});
    add(u"description"_qs, u"description.json"_qs,
        LargeFiles::partnerFile(1000, 40, 500, longDescription), longDescription,
        QStringLiteral("1000 partners, entry 501's description 1 Mi characters"),
        {u"lib"_qs, u"window"_qs, u"editor"_qs});
    add(u"csv"_qs, u"partners.csv"_qs, LargeFiles::csvFile(rows), rows,
        QStringLiteral("%1 rows").arg(rows), {u"lib"_qs, u"window"_qs});
    add(u"csv-over"_qs, u"over.csv"_qs, LargeFiles::csvFile(PartnerCsv::MaxRows + 1), 0,
        QStringLiteral("%1 rows").arg(PartnerCsv::MaxRows + 1), {u"lib"_qs});
    // Over the size limit: a sparse file, refused before it is read.
    const QString over = dir.filePath(u"over-limit.json"_qs);
    QFile file(over);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(PartnerStore::MaxFileSize + 1))
        qFatal("cannot create the sparse file");
    cases.append({u"over-limit"_qs, over, 0, {u"lib"_qs}});
    std::printf("| over-limit | file | | | %.1f MB (sparse) |\n", file.size() / 1e6);
    std::fflush(stdout);
    return cases;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("partners"), QStringLiteral("Entries of the large partner file."),
         QStringLiteral("N"), QStringLiteral("100000")},
        {QStringLiteral("megabytes"), QStringLiteral("Size of the file of long descriptions."),
         QStringLiteral("M"), QStringLiteral("50")},
        {QStringLiteral("rows"), QStringLiteral("Rows of the CSV file."), QStringLiteral("R"),
         QStringLiteral("100000")},
        {QStringLiteral("cases"),
         QStringLiteral("The cases to run, separated by commas (default: all of them)."),
         QStringLiteral("LIST")},
        {QStringLiteral("case"), QStringLiteral("Run one part of one case (child process)."),
         QStringLiteral("NAME")},
        {QStringLiteral("part"), QStringLiteral("lib, window or editor."), QStringLiteral("P")},
        {QStringLiteral("file"), QStringLiteral("The case's input file."), QStringLiteral("F")},
        {QStringLiteral("count"), QStringLiteral("Partners expected."), QStringLiteral("N")},
    });
    parser.addHelpOption();
    parser.process(app);
    Translations::load(QStringLiteral("en"));
    if (parser.isSet(QStringLiteral("case"))) {
        return runPart(parser.value(QStringLiteral("case")), parser.value(QStringLiteral("part")),
                       parser.value(QStringLiteral("file")),
                       parser.value(QStringLiteral("count")).toInt());
    }

    std::printf("Large inputs: %s partners, %s MB, %s CSV rows. Each part of a case runs in a "
                "process of its own;\npeak = that process's VmHWM after the measure (Qt and the "
                "window alone take about 40 MB).\n\n",
                qPrintable(parser.value(QStringLiteral("partners"))),
                qPrintable(parser.value(QStringLiteral("megabytes"))),
                qPrintable(parser.value(QStringLiteral("rows"))));
    std::printf("| case | measure | time | peak memory | outcome |\n|---|---|---|---|---|\n");
    std::fflush(stdout);
    QTemporaryDir dir;
    const QList<Case> cases = generate(dir, parser);
    const QStringList chosen
        = parser.value(QStringLiteral("cases")).split(u',', Qt::SkipEmptyParts);
    int failures = 0;
    for (const Case &c : cases) {
        if (!chosen.isEmpty() && !chosen.contains(c.name))
            continue;
        for (const QString &part : c.parts) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedOutputChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        {u"--case"_qs, c.name, u"--part"_qs, part, u"--file"_qs, c.file,
                         u"--count"_qs, QString::number(c.count)});
            if (!child.waitForFinished(-1) || child.exitCode() != 0) {
                std::fprintf(stderr, "%s %s failed\n", qPrintable(c.name), qPrintable(part));
                ++failures;
            }
        }
    }
    return failures == 0 ? 0 : 1;
}
