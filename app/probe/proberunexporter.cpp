#include "probe/proberunexporter.h"

#include "report/proberunreport.h"
#include "report/reportdocument.h"
#include "support/backgroundtask.h"
#include "support/prompter.h"
#include "util/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPrinter>

namespace {

int progressDelay = BackgroundTask::DefaultShowDelay;

} // namespace

ProbeRunExporter::ProbeRunExporter(Prompter *prompter, QWidget *parent)
    : m_prompter(prompter)
    , m_parent(parent)
{ }

ProbeRunExporter::Format ProbeRunExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return Format::Json;
    if (suffix == u"pdf")
        return Format::Pdf;
    return Format::Html;
}

void ProbeRunExporter::setProgressDelay(int milliseconds)
{
    progressDelay = milliseconds;
}

QByteArray ProbeRunExporter::contents(const ProbeRunReport &report, Format format,
                                      const std::function<bool(int permille)> &progress)
{
    switch (format) {
    case Format::Html:
        return report.toHtml().toUtf8();
    case Format::Json:
        return QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    case Format::Pdf:
        return ReportDocument(report.htmlSections()).toPdf(progress);
    }
    return {};
}

QString ProbeRunExporter::write(const ProbeRunReport &report, const QString &path, Format format)
{
    const auto failure = AtomicFile::write(path, contents(report, format));
    return failure ? failure->reason : QString();
}

QString ProbeRunExporter::ask(const ProbeRunReport &report, const QString &title,
                              const QString &filters, const QString &extension)
{
    // Beside the partner file, named after the day and time of the run.
    const QString folder
        = report.partnerFile.isEmpty() ? QDir::homePath() : QFileInfo(report.partnerFile).path();
    const QString name = tr("connection-test-%1", "file name; %1: date and time of the run")
                             .arg(report.startedAt.toString(QStringLiteral("yyyy-MM-dd-HHmm")))
        + u'.' + extension;
    return m_prompter->saveFileName(m_parent, title, QDir(folder).filePath(name), filters);
}

QString ProbeRunExporter::writeAndTell(const ProbeRunReport &report, const QString &path)
{
    if (path.isEmpty())
        return {};
    const Format format = formatFor(path);
    QByteArray bytes;
    BackgroundTask task(m_parent,
                        tr("Writing the test report to %1…").arg(QFileInfo(path).fileName()), true);
    task.setShowDelay(progressDelay);
    // The report is the run's, which nobody changes: the worker reads it as it is.
    if (!task.run([&](const BackgroundTask::Progress &progress) {
            bytes = contents(report, format, progress);
        }))
        return {}; // cancelled: nothing written
    const auto failure = AtomicFile::write(path, bytes);
    if (failure) {
        const QString error = failure->reason;
        m_prompter->showError(m_parent, tr("Cannot save the test report"),
                              tr("The report could not be written to %1: %2")
                                  .arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return path;
}

QString ProbeRunExporter::save(const ProbeRunReport &report)
{
    return writeAndTell(report,
                        ask(report, tr("Save the test report"),
                            tr("HTML pages (*.html);;JSON files (*.json);;PDF documents (*.pdf)"),
                            QStringLiteral("html")));
}

QString ProbeRunExporter::exportPdf(const ProbeRunReport &report)
{
    QString path = ask(report, tr("Export the test report as PDF"), tr("PDF documents (*.pdf)"),
                       QStringLiteral("pdf"));
    if (!path.isEmpty() && formatFor(path) != Format::Pdf)
        path += QStringLiteral(".pdf");
    return writeAndTell(report, path);
}

bool ProbeRunExporter::print(const ProbeRunReport &report)
{
    QPrinter printer(QPrinter::HighResolution);
    // The report's title (ProbeRunReportHtml), without writing the report for it.
    printer.setDocName(QCoreApplication::translate("ProbeRunReport", "Connection test report"));
    printer.setPageLayout(ReportDocument::defaultPageLayout());
    if (!m_prompter->choosePrinter(m_parent, tr("Print the test report"), &printer))
        return false;
    bool printed = false;
    // A file the printer is to replace, as it was before: a Cancel before the printer
    // opened it leaves it alone.
    const QFileInfo before(printer.outputFileName());
    const bool existed = !printer.outputFileName().isEmpty() && before.exists();
    const QDateTime modifiedBefore = existed ? before.lastModified() : QDateTime();
    const qint64 sizeBefore = existed ? before.size() : -1;
    BackgroundTask task(m_parent, tr("Printing the test report…"), true);
    task.setShowDelay(progressDelay);
    // The printer is the worker's until run() returns: this thread waits for it.
    const bool finished = task.run([&](const BackgroundTask::Progress &progress) {
        printed = ReportDocument(report.htmlSections()).print(&printer, progress)
            && printer.printerState() != QPrinter::Error;
    });
    if (!finished) {
        // What a printer to a file wrote before Cancel is not a report; a file it never
        // opened is the user's and stays.
        if (!printer.outputFileName().isEmpty()) {
            const QFileInfo after(printer.outputFileName());
            const bool touched = !existed
                || (after.exists()
                    && (after.lastModified() != modifiedBefore || after.size() != sizeBefore));
            if (touched)
                QFile::remove(printer.outputFileName());
        }
        return false;
    }
    if (!printed) {
        const QString target = printer.outputFileName().isEmpty()
            ? printer.printerName()
            : QDir::toNativeSeparators(printer.outputFileName());
        m_prompter->showError(m_parent, tr("Cannot print the test report"),
                              tr("The report could not be printed to %1.").arg(target));
        return false;
    }
    return true;
}
