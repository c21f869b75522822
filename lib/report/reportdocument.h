#pragma once

#include <QByteArray>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;

// An HTML report laid out on pages, for a PDF file or a printer. Qt's rich text engine
// lays it out (CSS 2.1 properties only; page-break-before honoured; a table's header
// row repeated on each page) with margins of 2 cm and the page's number at its foot.
// A report made of sections, each starting a new page, is laid out section by section:
// the time grows with the sections, where one long document would take the square.
//
// Everything happens in the calling thread, which may be a worker's: the text documents
// are made there and never shared (the GUI thread must not touch the device meanwhile).
class ReportDocument final
{
public:
    // How far the work has come, in thousandths; the work stops when it returns false.
    using Progress = std::function<bool(int permille)>;

    explicit ReportDocument(const QString &html);
    // Each section an HTML document of its own, starting on a new page.
    explicit ReportDocument(const QStringList &sections);

    // The first section's <title>.
    QString title() const;
    // Lays out every section for `device` (a QPdfWriter or a QPrinter set up by the
    // caller), then paints every page on it. False when the device cannot be painted on,
    // or when `progress` stopped the work: during the layout nothing has reached the
    // device yet; while painting, the pages painted so far have.
    bool print(QPagedPaintDevice *device, const Progress &progress = {}) const;
    // The document as a PDF file on defaultPageLayout(); empty when `progress` stopped it.
    QByteArray toPdf(const Progress &progress = {}) const;

    // A4 portrait, or US Letter where the default locale measures in inches.
    static QPageLayout defaultPageLayout();

private:
    QStringList m_sections;
};
