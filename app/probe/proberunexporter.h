#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class Prompter;
class QWidget;
class ProbeRunReport;

// Saves and prints the report of a Test all run: asks for a file (or a printer) through
// the Prompter, writes the file whole or not at all, and says why when it cannot. The
// report is written (and the PDF laid out and printed) off the window's thread, with a
// progress dialog and Cancel (BackgroundTask): cancelled, nothing is written.
//
// Print… lays out and paints on the QPrinter in the worker thread, as Qt allows for
// QPainter on a QPrinter; the window's thread leaves the printer alone meanwhile. The
// layout, nearly all of the time, comes before any page reaches the printer, so Cancel
// then prints nothing. Once pages are being painted, Cancel stops at the next page: a
// printer that writes a file has its partial file removed; a real printer receives the
// pages painted so far, as Qt's print engines cannot withdraw a job.
class ProbeRunExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeRunExporter)

public:
    enum class Format { Html, Json, Pdf };

    ProbeRunExporter(Prompter *prompter, QWidget *parent);

    // Save…: HTML, JSON or PDF, by the file's extension (HTML when it has another one).
    // Returns the file written, or an empty string when cancelled or failed.
    QString save(const ProbeRunReport &report);
    // Export as PDF…: a PDF file, on the locale's paper.
    QString exportPdf(const ProbeRunReport &report);
    // Print…: the print dialog, then the printer. False when cancelled or failed.
    bool print(const ProbeRunReport &report);

    static Format formatFor(const QString &path);
    // `progress` (in thousandths; false stops the work, which then returns nothing) is
    // told how the PDF's layout comes along.
    static QByteArray contents(const ProbeRunReport &report, Format format,
                               const std::function<bool(int permille)> &progress = {});
    // Writes `report` to `path` in `format`; an error message, empty on success.
    static QString write(const ProbeRunReport &report, const QString &path, Format format);

    // How long the work runs before its progress dialog shows (BackgroundTask's
    // default); tests show it at once.
    static void setProgressDelay(int milliseconds);

private:
    QString ask(const ProbeRunReport &report, const QString &title, const QString &filters,
                const QString &extension);
    QString writeAndTell(const ProbeRunReport &report, const QString &path);

    Prompter *m_prompter;
    QWidget *m_parent;
};
