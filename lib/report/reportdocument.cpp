#include "report/reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>

#include <memory>
#include <vector>

namespace {

// QTextDocument::print()'s margins and page numbers: 2 cm, counted at 96 dpi (the
// layout scales them to the device's resolution).
constexpr qreal SourceDpi = 96.0;
constexpr qreal MarginInches = 2.0 / 2.54;

} // namespace

ReportDocument::ReportDocument(const QString &html)
    : ReportDocument(QStringList {html})
{ }

ReportDocument::ReportDocument(const QStringList &sections)
    : m_sections(sections)
{ }

QString ReportDocument::title() const
{
    if (m_sections.isEmpty())
        return {};
    // Read from the markup: laying out the first section only for its title would cost
    // as much as printing it.
    const QString &html = m_sections.front();
    const qsizetype start = html.indexOf(QLatin1String("<title>"), 0, Qt::CaseInsensitive);
    const qsizetype end = html.indexOf(QLatin1String("</title>"), start, Qt::CaseInsensitive);
    if (start < 0 || end < 0)
        return {};
    QTextDocument title;
    title.setHtml(html.mid(start + 7, end - start - 7));
    return title.toPlainText().trimmed();
}

namespace {

// One section laid out for `device`: its paint device, page size and margins are set
// before its markup, so that the layout runs once.
std::unique_ptr<QTextDocument> layOut(const QString &html, QPagedPaintDevice *device,
                                      const QSizeF &page, qreal margin)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    document->setPageSize(page);
    document->setDocumentMargin(margin);
    // Text shaped only where a script needs it: a report of a thousand partners is
    // mostly Latin text, and shaping it all costs more than laying it out.
    QFont font = document->defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setHtml(html);
    QTextFrameFormat frame = document->rootFrame()->frameFormat();
    if (frame.margin() != margin) {
        frame.setMargin(margin);
        document->rootFrame()->setFrameFormat(frame);
    }
    document->pageCount(); // the layout, now rather than while painting
    return document;
}

} // namespace

bool ReportDocument::print(QPagedPaintDevice *device, const Progress &progress) const
{
    // Nine tenths of the work are the layout, before anything reaches the device.
    constexpr int LayoutShare = 900;
    const auto goOn = [&progress](int permille) {
        return !progress || progress(permille);
    };
    const QSizeF page(device->width(), device->height());
    const qreal scaleX = device->logicalDpiX() / SourceDpi;
    const qreal scaleY = device->logicalDpiY() / SourceDpi;
    const qreal margin = MarginInches * SourceDpi;
    std::vector<std::unique_ptr<QTextDocument>> sections;
    sections.reserve(size_t(m_sections.size()));
    const qsizetype count = m_sections.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (!goOn(int(LayoutShare * i / count)))
            return false;
        sections.push_back(layOut(m_sections.at(i), device, page, margin));
    }
    int pages = 0;
    for (const std::unique_ptr<QTextDocument> &section : sections)
        pages += section->pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return false;
    int number = 0;
    for (const std::unique_ptr<QTextDocument> &section : sections) {
        QAbstractTextDocumentLayout *layout = section->documentLayout();
        const QPointF numberAt(page.width() - margin * scaleX,
                               page.height() - margin * scaleY
                                   + QFontMetricsF(section->defaultFont(), device).ascent()
                                   + 5 * device->logicalDpiY() / 72.0);
        for (int index = 0; index < section->pageCount(); ++index) {
            if (!goOn(LayoutShare + (1000 - LayoutShare) * number / qMax(1, pages))) {
                painter.end();
                return false;
            }
            if (number > 0 && !device->newPage())
                return false;
            ++number;
            const QRectF view(0, index * page.height(), page.width(), page.height());
            painter.save();
            painter.translate(0, -view.top());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            // Black on white paper, whatever the desktop's palette.
            context.palette.setColor(QPalette::Text, Qt::black);
            layout->draw(&painter, context);
            painter.setClipping(false);
            painter.setFont(section->defaultFont());
            const QString text = QString::number(number);
            painter.drawText(QPointF(numberAt.x() - painter.fontMetrics().horizontalAdvance(text),
                                     numberAt.y() + view.top()),
                             text);
            painter.restore();
        }
    }
    return painter.end();
}

QByteArray ReportDocument::toPdf(const Progress &progress) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(defaultPageLayout());
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("xmpp-partners"));
    if (!print(&writer, progress))
        return {};
    return bytes;
}

QPageLayout ReportDocument::defaultPageLayout()
{
    const QPageSize size(QLocale().measurementSystem() == QLocale::ImperialUSSystem
                             ? QPageSize::Letter
                             : QPageSize::A4);
    // The margins are the document's own (2 cm): none on the device.
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
}
