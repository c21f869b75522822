// An HTML report as a PDF: a real PDF file, on the locale's paper, with a new page where
// the HTML asks for one (each partner of a Test all report starts on its own page).
#include "report/reportdocument.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

namespace {

int pageCount(const QByteArray &pdf)
{
    // Each page object, not the /Pages tree.
    static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_qs);
    return int(QString::fromLatin1(pdf).count(page));
}

QString sections(int count)
{
    QString html = u"<html><head><title>Sections &amp; pages</title><style>"
                   "h2.partner{page-break-before:always}</style></head><body><h1>Summary</h1>"_qs;
    for (int i = 0; i < count; ++i)
        html += u"<h2 class=\"partner\">Partner %1</h2><p>Steps</p>"_qs.arg(i);
    return html + u"</body></html>"_qs;
}

} // namespace

class tst_ReportDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void pdfHasAPageForEachSection();
    void eachSectionStartsAPage();
    void longTextFlowsOverPages();
    void paperFollowsTheLocale();
};

void tst_ReportDocument::pdfHasAPageForEachSection()
{
    const ReportDocument document(sections(3));
    QCOMPARE(document.title(), u"Sections & pages"_qs);
    const QByteArray pdf = document.toPdf();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(pageCount(pdf), 4);
    QCOMPARE(pageCount(ReportDocument(sections(0)).toPdf()), 1);
}

void tst_ReportDocument::eachSectionStartsAPage()
{
    const QStringList three
        = {u"<html><head><title>First</title></head><body><p>one</p></body></html>"_qs,
           u"<p>two</p>"_qs, u"<p>three</p>"_qs};
    const ReportDocument document(three);
    QCOMPARE(document.title(), u"First"_qs);
    QCOMPARE(pageCount(document.toPdf()), 3);
    // A section longer than a page goes on over the next ones.
    QCOMPARE(pageCount(ReportDocument(QStringList {sections(2), u"<p>last</p>"_qs}).toPdf()), 4);
}

void tst_ReportDocument::longTextFlowsOverPages()
{
    QString html = u"<html><body><table>"_qs;
    for (int i = 0; i < 400; ++i)
        html += u"<tr><td>row %1</td></tr>"_qs.arg(i);
    html += u"</table></body></html>"_qs;
    QVERIFY(pageCount(ReportDocument(html).toPdf()) > 3);
}

void tst_ReportDocument::paperFollowsTheLocale()
{
    QLocale::setDefault(QLocale(u"fr_FR"_qs));
    QCOMPARE(ReportDocument::defaultPageLayout().pageSize().id(), QPageSize::A4);
    QVERIFY(ReportDocument(sections(0)).toPdf().contains("/MediaBox [0 0 595"));
    QLocale::setDefault(QLocale(u"en_US"_qs));
    QCOMPARE(ReportDocument::defaultPageLayout().pageSize().id(), QPageSize::Letter);
    QVERIFY(ReportDocument(sections(0)).toPdf().contains("/MediaBox [0 0 612"));
}

QTEST_MAIN(tst_ReportDocument)
#include "tst_reportdocument.moc"
