// Measures the partner table with a large file and the PDF of a large Test all report, each
// against its target: with N partners (10,000) open and show, a filter keystroke, sorting by
// every column, resident memory; with L partners (100,000) a filter keystroke; the PDF of a
// Test all run of P partners (1,000). Each measure is the median of R runs (5). Prints a
// table; asserts nothing.
//   bench_table [--partners N] [--large L] [--report-partners P] [--runs R]
#include "file/partnerstore.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/partnertablemodel.h"
#include "probe/proberunexporter.h"
#include "probe/proberunner.h"
#include "report/proberunreport.h"
#include "scriptedpeer.h"
#include "support/prompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTcpServer>
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

// A last test for every partner, with a certificate ending between 20 days ago and a
// year from now, so that the Last test and Certificate columns have something to sort.
void setLastTests(PartnerTableModel *model, const PartnerStore::Document &document)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int i = 0;
    for (const Partner &partner : document.partners.partners()) {
        PartnerTableModel::LastProbe last;
        last.verdict = static_cast<ProbeReport::ConnectionVerdict>(i % 3);
        last.testedAt = now;
        last.certificates.append({partner.domain, now.addDays((i * 7919) % 385 - 20)});
        model->setLastProbe(partner.domain, last);
        ++i;
    }
}

struct Row
{
    QString measure;
    double value = 0;
    double target = 0;
    QString unit;
};

class TableBench
{
public:
    TableBench(const QString &path, const PartnerStore::Document &document, int count)
        : m_path(path)
        , m_document(document)
        , m_count(count)
    { }

    // One run: open and show, two keystrokes of the filter, then (unless `keystrokeOnly`)
    // every column's sort.
    void run(bool keystrokeOnly)
    {
        MainWindow window;
        window.setPrompter(std::make_unique<SilentPrompter>());
        window.resize(1200, 700);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("window not exposed");
        auto *table = window.findChild<QTableView *>(QStringLiteral("partnerTable"));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        // The results of a Test all, kept by primary domain across the opening.
        setLastTests(window.model(), m_document);

        QElapsedTimer timer;
        timer.start();
        if (!window.openFile(m_path))
            qFatal("cannot open the generated file");
        table->viewport()->repaint();
        QCoreApplication::processEvents();
        open.append(elapsedMs(timer));
        if (table->model()->rowCount() != m_count)
            qFatal("the table shows %d rows, not %d", table->model()->rowCount(), m_count);

        // "1" keeps about a third of the partners, "12" narrows what "1" kept.
        filter->setFocus();
        for (const auto key : {Qt::Key_1, Qt::Key_2}) {
            timer.restart();
            QTest::keyClick(filter, key);
            table->viewport()->repaint();
            QCoreApplication::processEvents();
            (key == Qt::Key_1 ? firstKey : nextKey).append(elapsedMs(timer));
        }
        timer.restart();
        QTest::keyClick(filter, Qt::Key_Backspace);
        table->viewport()->repaint();
        QCoreApplication::processEvents();
        eraseKey.append(elapsedMs(timer));
        filter->clear();
        QCoreApplication::processEvents();
        if (keystrokeOnly)
            return;

        sorts.resize(PartnerTableModel::ColumnCount);
        for (int column = 0; column < PartnerTableModel::ColumnCount; ++column) {
            timer.restart();
            table->sortByColumn(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            table->viewport()->repaint();
            QCoreApplication::processEvents();
            sorts[column].append(elapsedMs(timer));
        }
        rss = std::max(rss, residentKiB());
    }

    QList<double> open, firstKey, nextKey, eraseKey;
    QList<QList<double>> sorts;
    long rss = 0;

private:
    QString m_path;
    const PartnerStore::Document &m_document;
    int m_count;
};

QString writeFile(const QTemporaryDir &dir, const PartnerStore::Document &document, int count)
{
    const QString path = dir.filePath(QStringLiteral("bench-partners-%1.json").arg(count));
    if (auto error = PartnerStore(path).save(document))
        qFatal("%s", qPrintable(error->message()));
    return path;
}

// A Test all run of `count` partners, each of its domains with the report of a real test:
// against a loopback peer that offers dialback only (a Warning with every step), one that
// ends the stream with an error, and a closed port (Failures), in turn.
ProbeRunReport testAllRun(int count)
{
    const QByteArray header = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                              "xmlns:stream='http://etherx.jabber.org/streams' "
                              "xmlns:db='jabber:server:dialback' id='bench' version='1.0'>";
    ScriptedPeer dialback([header](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(header
                          + "<stream:features><dialback "
                            "xmlns='urn:xmpp:features:dialback'/></stream:features>");
    });
    ScriptedPeer refusing([header](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(header
                          + "<stream:error><host-unknown "
                            "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>");
    });
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost);
    const QString closedAddress = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    QList<Partner> samples;
    for (const QString &proxy : {dialback.address(), refusing.address(), closedAddress}) {
        Partner partner;
        partner.domain = QStringLiteral("sample%1.example.com").arg(samples.size());
        partner.additionalDomains = {QStringLiteral("chat.") + partner.domain};
        partner.description = QStringLiteral("Sample partner behind %1").arg(proxy);
        partner.tlsNegotiation = Negotiation::Optional;
        partner.saslNegotiation = Negotiation::NotSupported;
        partner.proxyFqdn = proxy;
        samples.append(partner);
    }
    ProbeSettings settings;
    settings.localDomain = QStringLiteral("lync.contoso.com");
    ProbeRunner runner(settings);
    runner.start(ProbeRunner::jobsFor(samples));
    if (!QTest::qWaitFor([&runner] { return !runner.isRunning(); }, 30000))
        qFatal("the sample tests did not finish");
    const ProbeRunReport sample = ProbeRunReport::fromRunner(runner);

    ProbeRunReport run = sample;
    run.partners.clear();
    for (int i = 0; i < count; ++i) {
        ProbeRunReport::PartnerResult result = sample.partners.at(i % sample.partners.size());
        const QString domain = QStringLiteral("partner%1.example%2.com").arg(i).arg(i % 97);
        result.partner.domain = domain;
        result.partner.additionalDomains = {QStringLiteral("chat.") + domain};
        result.partner.description = QStringLiteral("Partner number %1").arg(i);
        result.domains[0].domain = result.domains[0].report.domain = domain;
        result.domains[1].domain = result.domains[1].report.domain
            = QStringLiteral("chat.") + domain;
        run.partners.append(result);
    }
    return run;
}

void print(const Row &row)
{
    const bool met = row.value <= row.target;
    std::printf("| %s | %.1f %s | <= %g %s | %s |\n", qPrintable(row.measure), row.value,
                qPrintable(row.unit), row.target, qPrintable(row.unit), met ? "met" : "NOT MET");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption partnersOption(QStringLiteral("partners"),
                                      QStringLiteral("Partners in the file."), QStringLiteral("N"),
                                      QStringLiteral("10000"));
    QCommandLineOption largeOption(QStringLiteral("large"),
                                   QStringLiteral("Partners in the large file (keystroke only)."),
                                   QStringLiteral("L"), QStringLiteral("100000"));
    QCommandLineOption reportOption(QStringLiteral("report-partners"),
                                    QStringLiteral("Partners in the Test all report's PDF."),
                                    QStringLiteral("P"), QStringLiteral("1000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each measure."),
                                  QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({partnersOption, largeOption, reportOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(partnersOption).toInt();
    const int large = parser.value(largeOption).toInt();
    const int reportPartners = parser.value(reportOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    Translations::load(QStringLiteral("en"));

    QTemporaryDir dir;
    QList<Row> rows;
    {
        const PartnerStore::Document document = generate(count);
        const QString path = writeFile(dir, document, count);
        TableBench bench(path, document, count);
        for (int run = 0; run < runs; ++run)
            bench.run(false);
        const QString n = QLocale(QLocale::English).toString(count);
        rows.append({n + QStringLiteral(": open the file and show the table"), median(bench.open),
                     150, QStringLiteral("ms")});
        rows.append({n + QStringLiteral(": filter keystroke (first)"), median(bench.firstKey), 8,
                     QStringLiteral("ms")});
        rows.append({n + QStringLiteral(": filter keystroke (extends the filter)"),
                     median(bench.nextKey), 8, QStringLiteral("ms")});
        rows.append({n + QStringLiteral(": filter keystroke (Backspace)"), median(bench.eraseKey),
                     8, QStringLiteral("ms")});
        for (int column = 0; column < PartnerTableModel::ColumnCount; ++column) {
            rows.append({n + QStringLiteral(": sort by ")
                             + PartnerTableModel::columnTitle(
                                 static_cast<PartnerTableModel::Column>(column)),
                         median(bench.sorts.at(column)), 30, QStringLiteral("ms")});
        }
        rows.append({n + QStringLiteral(": resident memory (peak VmRSS)"), bench.rss / 1024.0, 80,
                     QStringLiteral("MB")});
    }
    if (large > 0) {
        const PartnerStore::Document document = generate(large);
        const QString path = writeFile(dir, document, large);
        TableBench bench(path, document, large);
        for (int run = 0; run < runs; ++run)
            bench.run(true);
        const QString n = QLocale(QLocale::English).toString(large);
        rows.append({n + QStringLiteral(": filter keystroke (first)"), median(bench.firstKey), 50,
                     QStringLiteral("ms")});
        rows.append({n + QStringLiteral(": filter keystroke (extends the filter)"),
                     median(bench.nextKey), 50, QStringLiteral("ms")});
        rows.append({n + QStringLiteral(": filter keystroke (Backspace)"), median(bench.eraseKey),
                     50, QStringLiteral("ms")});
    }
    if (reportPartners > 0) {
        const ProbeRunReport run = testAllRun(reportPartners);
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QByteArray pdf = ProbeRunExporter::contents(run, ProbeRunExporter::Format::Pdf);
            times.append(elapsedMs(timer) / 1000.0);
            if (!pdf.startsWith("%PDF-"))
                qFatal("no PDF");
        }
        rows.append({QLocale(QLocale::English).toString(reportPartners)
                         + QStringLiteral(" partners: PDF of the Test all report"),
                     median(times), 3, QStringLiteral("s")});
    }

    std::printf("Partner table benchmark: median of %d run(s)\n\n", runs);
    std::printf("| measure | result | target | |\n|---|---|---|---|\n");
    for (const Row &row : std::as_const(rows))
        print(row);
    return 0;
}
