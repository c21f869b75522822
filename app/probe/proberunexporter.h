#pragma once

#include <QCoreApplication>
#include <QString>

class Prompter;
class QWidget;
class ProbeRunReport;

// Saves and prints the report of a Test all run: asks for a file (or a printer) through
// the Prompter, writes the file whole or not at all, and says why when it cannot.
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
    static QByteArray contents(const ProbeRunReport &report, Format format);
    // Writes `report` to `path` in `format`; an error message, empty on success.
    static QString write(const ProbeRunReport &report, const QString &path, Format format);

private:
    QString ask(const ProbeRunReport &report, const QString &title, const QString &filters,
                const QString &extension);
    QString writeAndTell(const ProbeRunReport &report, const QString &path);

    Prompter *m_prompter;
    QWidget *m_parent;
};
