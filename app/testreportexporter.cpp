#include "testreportexporter.h"

#include "prompter.h"
#include "reportdocument.h"
#include "testrunreport.h"

#include <QCursor>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPrinter>
#include <QSaveFile>

namespace {

// Laying out a PDF of many partners takes a while: the pointer says so.
class WaitCursor final
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

TestReportExporter::TestReportExporter(Prompter *prompter, QWidget *parent)
    : m_prompter(prompter)
    , m_parent(parent)
{ }

TestReportExporter::Format TestReportExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return Format::Json;
    if (suffix == u"pdf")
        return Format::Pdf;
    return Format::Html;
}

QByteArray TestReportExporter::contents(const TestRunReport &report, Format format)
{
    switch (format) {
    case Format::Html:
        return report.toHtml().toUtf8();
    case Format::Json:
        return QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    case Format::Pdf:
        return ReportDocument(report.htmlSections()).toPdf();
    }
    return {};
}

QString TestReportExporter::write(const TestRunReport &report, const QString &path, Format format)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QByteArray bytes = contents(report, format);
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

QString TestReportExporter::ask(const TestRunReport &report, const QString &title,
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

QString TestReportExporter::writeAndTell(const TestRunReport &report, const QString &path)
{
    if (path.isEmpty())
        return {};
    QString error;
    {
        const WaitCursor wait;
        error = write(report, path, formatFor(path));
    }
    if (!error.isEmpty()) {
        m_prompter->showError(m_parent, tr("Cannot save the test report"),
                              tr("The report could not be written to %1: %2")
                                  .arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return path;
}

QString TestReportExporter::save(const TestRunReport &report)
{
    return writeAndTell(report,
                        ask(report, tr("Save the test report"),
                            tr("HTML pages (*.html);;JSON files (*.json);;PDF documents (*.pdf)"),
                            QStringLiteral("html")));
}

QString TestReportExporter::exportPdf(const TestRunReport &report)
{
    QString path = ask(report, tr("Export the test report as PDF"), tr("PDF documents (*.pdf)"),
                       QStringLiteral("pdf"));
    if (!path.isEmpty() && formatFor(path) != Format::Pdf)
        path += QStringLiteral(".pdf");
    return writeAndTell(report, path);
}

bool TestReportExporter::print(const TestRunReport &report)
{
    const ReportDocument document(report.htmlSections());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title());
    printer.setPageLayout(ReportDocument::defaultPageLayout());
    if (!m_prompter->choosePrinter(m_parent, tr("Print the test report"), &printer))
        return false;
    bool printed = false;
    {
        const WaitCursor wait;
        printed = document.print(&printer) && printer.printerState() != QPrinter::Error;
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
