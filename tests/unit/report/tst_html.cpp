// The pieces of the saved reports' HTML: whatever a text holds, it comes out as text.
#include "report/html.h"

#include <QLocale>
#include <QTest>

class tst_Html : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesMarkup();
    void lineBreaksBecomeBr();
    void linesAndParagraphs();
    void headerRowEscapesEachHeading();
    void pageHasTheLanguageTitleStyleAndBody();
};

void tst_Html::escapesMarkup()
{
    QCOMPARE(Html::escape(u"<img src=x onerror=\"alert(1)\"> & 'quoted'"_qs),
             u"&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; 'quoted'"_qs);
    QCOMPARE(Html::escape(u"&amp;"_qs), u"&amp;amp;"_qs);
    QCOMPARE(Html::escape(u"plain text"_qs), u"plain text"_qs);
}

void tst_Html::lineBreaksBecomeBr()
{
    QCOMPARE(Html::escapeLines(u"a<b>\nc"_qs), u"a&lt;b&gt;<br>c"_qs);
    // escape() alone keeps the line break, as the transcript's <pre> needs.
    QCOMPARE(Html::escape(u"a\nb"_qs), u"a\nb"_qs);
}

void tst_Html::linesAndParagraphs()
{
    QCOMPARE(Html::joinLines({u"one"_qs, u"<two>"_qs}), u"one<br>&lt;two&gt;"_qs);
    QCOMPARE(Html::joinLines({}), QString());
    QCOMPARE(Html::paragraph({u"a & b"_qs}), u"<p>a &amp; b</p>\n"_qs);
}

void tst_Html::headerRowEscapesEachHeading()
{
    QCOMPARE(Html::headerRow({u"Step"_qs, u"<State>"_qs}),
             u"<tr><th>Step</th><th>&lt;State&gt;</th></tr>"_qs);
}

void tst_Html::pageHasTheLanguageTitleStyleAndBody()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString page = Html::page(u"Test <1>"_qs, u"p{color:red}"_qs, u"<p>body</p>\n"_qs);
    QLocale::setDefault(QLocale::c());
    QVERIFY(page.startsWith(u"<!DOCTYPE html>\n<html lang=\"fr\">"_qs));
    QVERIFY(page.contains(u"<title>Test &lt;1&gt;</title>"_qs));
    QVERIFY(page.contains(u"<style>p{color:red}</style>"_qs));
    QVERIFY(page.endsWith(u"<body>\n<p>body</p>\n</body></html>\n"_qs));
    QVERIFY(Html::styleSheet().contains(u".fail,.failed{color:#c62828}"_qs));
}

QTEST_GUILESS_MAIN(tst_Html)
#include "tst_html.moc"
