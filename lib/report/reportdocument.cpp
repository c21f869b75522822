#include "report/reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>

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
{
    for (const QString &html : sections) {
        auto document = std::make_unique<QTextDocument>();
        document->setHtml(html);
        m_sections.push_back(std::move(document));
    }
}

ReportDocument::~ReportDocument() = default;

QString ReportDocument::title() const
{
    return m_sections.empty() ? QString()
                              : m_sections.front()->metaInformation(QTextDocument::DocumentTitle);
}

bool ReportDocument::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QSizeF page(device->width(), device->height());
    const qreal scaleX = device->logicalDpiX() / SourceDpi;
    const qreal scaleY = device->logicalDpiY() / SourceDpi;
    const qreal margin = MarginInches * SourceDpi;
    int number = 0;
    for (const std::unique_ptr<QTextDocument> &section : m_sections) {
        QAbstractTextDocumentLayout *layout = section->documentLayout();
        layout->setPaintDevice(device);
        QTextFrameFormat frame = section->rootFrame()->frameFormat();
        frame.setMargin(margin);
        section->rootFrame()->setFrameFormat(frame);
        section->setPageSize(page);
        const QPointF numberAt(page.width() - margin * scaleX,
                               page.height() - margin * scaleY
                                   + QFontMetricsF(section->defaultFont(), device).ascent()
                                   + 5 * device->logicalDpiY() / 72.0);
        for (int index = 0; index < section->pageCount(); ++index) {
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

QByteArray ReportDocument::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(defaultPageLayout());
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("xmpp-partners"));
    if (!print(&writer))
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
