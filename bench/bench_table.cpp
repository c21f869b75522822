// Measures the partner table with a large file: open and show, one filter keystroke,
// sorting by each column, resident memory. Prints a table; asserts nothing.
//   bench_table [--partners N] [--runs R]
#include "file/partnerstore.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/partnertablemodel.h"
#include "support/prompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

class SilentPrompter final : public Prompter
{
public:
    void showError(QWidget *, const QString &, const QString &text) override
    {
        std::fprintf(stderr, "error: %s\n", qPrintable(text));
    }
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
};

PartnerStore::Document generate(int count)
{
    PartnerStore::Document document;
    const Negotiation tls[]
        = {Negotiation::Required, Negotiation::Optional, Negotiation::NotSupported};
    for (int i = 0; i < count; ++i) {
        Partner partner;
        partner.domain = QStringLiteral("partner%1.example%2.com").arg(i).arg(i % 97);
        partner.description
            = QStringLiteral("Partner number %1, federated through site %2").arg(i).arg(i % 13);
        partner.additionalDomains
            = {QStringLiteral("corp.") + partner.domain, QStringLiteral("it.") + partner.domain};
        partner.partnerType = AllPartnerTypes[i % 3];
        partner.tlsNegotiation = tls[i % 2]; // Required or Optional: never an error row
        partner.saslNegotiation = i % 5 == 0 ? Negotiation::NotSupported : Negotiation::Optional;
        partner.supportDialbackNegotiation = true;
        if (!document.partners.append(partner).isEmpty())
            qFatal("generated partner %d is invalid", i);
    }
    return document;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption partnersOption(QStringLiteral("partners"),
                                      QStringLiteral("Partners in the file."), QStringLiteral("N"),
                                      QStringLiteral("10000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each measure."),
                                  QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({partnersOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(partnersOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    Translations::load(QStringLiteral("en"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench-partners.json"));
    if (auto error = PartnerStore(path).save(generate(count)))
        qFatal("%s", qPrintable(error->message()));
    const qint64 fileSize = QFileInfo(path).size();

    QList<double> open, keystroke;
    QList<QList<double>> sorts(PartnerTableModel::LastProbeColumn);
    long rss = 0;
    for (int run = 0; run < runs; ++run) {
        MainWindow window;
        window.setPrompter(std::make_unique<SilentPrompter>());
        window.resize(1200, 700);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("window not exposed");
        auto *table = window.findChild<QTableView *>(QStringLiteral("partnerTable"));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));

        QElapsedTimer timer;
        timer.start();
        if (!window.openFile(path))
            qFatal("cannot open the generated file");
        table->viewport()->repaint();
        QCoreApplication::processEvents();
        open.append(elapsedMs(timer));
        if (table->model()->rowCount() != count)
            qFatal("the table shows %d rows, not %d", table->model()->rowCount(), count);

        filter->setFocus();
        timer.restart();
        QTest::keyClick(filter, Qt::Key_7);
        table->viewport()->repaint();
        QCoreApplication::processEvents();
        keystroke.append(elapsedMs(timer));
        filter->clear();
        QCoreApplication::processEvents();

        for (int column = 0; column < PartnerTableModel::LastProbeColumn; ++column) {
            timer.restart();
            table->sortByColumn(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            table->viewport()->repaint();
            QCoreApplication::processEvents();
            sorts[column].append(elapsedMs(timer));
        }
        rss = std::max(rss, residentKiB());
    }

    std::printf("Partner table benchmark: %d partners (%.1f MB file), median of %d run(s)\n\n",
                count, fileSize / 1e6, runs);
    std::printf("| measure | result | target |\n|---|---|---|\n");
    std::printf("| open file and show the table | %.1f ms | <= 150 ms |\n", median(open));
    std::printf("| one filter keystroke | %.1f ms | <= 10 ms |\n", median(keystroke));
    for (int column = 0; column < PartnerTableModel::LastProbeColumn; ++column) {
        std::printf("| sort by %s | %.1f ms | <= 30 ms |\n",
                    qPrintable(PartnerTableModel::columnTitle(
                        static_cast<PartnerTableModel::Column>(column))),
                    median(sorts.at(column)));
    }
    std::printf("| resident memory (peak VmRSS) | %.1f MB | <= 80 MB |\n", rss / 1024.0);
    return 0;
}
