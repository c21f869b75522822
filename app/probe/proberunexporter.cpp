#include "probe/proberunexporter.h"

#include "report/proberunreport.h"
#include "report/reportdocument.h"
#include "support/prompter.h"
#include "util/atomicfile.h"

#include <QCursor>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPrinter>

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

QByteArray ProbeRunExporter::contents(const ProbeRunReport &report, Format format)
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
