#pragma once

#include <QByteArray>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

// An HTML report laid out on pages, for a PDF file or a printer. Qt's rich text engine
// lays it out (CSS 2.1 properties only; page-break-before honoured; a table's header
// row repeated on each page) with margins of 2 cm and the page's number at its foot.
// A report made of sections, each starting a new page, is laid out section by section:
// the time grows with the sections, where one long document would take the square.
class ReportDocument final
{
public:
    explicit ReportDocument(const QString &html);
    // Each section an HTML document of its own, starting on a new page.
    explicit ReportDocument(const QStringList &sections);
    ~ReportDocument();

    // The first section's <title>.
    QString title() const;
    // Paints every page on `device`, a QPdfWriter or a QPrinter set up by the caller;
    // false when the device cannot be painted on.
    bool print(QPagedPaintDevice *device) const;
    // The document as a PDF file on defaultPageLayout().
    QByteArray toPdf() const;

    // A4 portrait, or US Letter where the default locale measures in inches.
    static QPageLayout defaultPageLayout();

private:
    std::vector<std::unique_ptr<QTextDocument>> m_sections;
};
