// Short forms of long texts for a table cell and a tooltip.
#include "util/textexcerpt.h"

#include <QTest>

class tst_TextExcerpt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLine_data();
    void firstLine();
    void wrapped_data();
    void wrapped();
    void megabyteStaysShort();
};

void tst_TextExcerpt::firstLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << 10 << QString();
    QTest::newRow("short") << u"Fabrikam"_qs << 10 << u"Fabrikam"_qs;
    QTest::newRow("exactly the length") << u"0123456789"_qs << 10 << u"0123456789"_qs;
    QTest::newRow("cut") << u"0123456789A"_qs << 10 << u"0123456789…"_qs;
    QTest::newRow("second line") << u"first\nsecond"_qs << 10 << u"first"_qs;
    QTest::newRow("CR LF") << u"first\r\nsecond"_qs << 10 << u"first"_qs;
    QTest::newRow("long first line") << u"0123456789AB\nsecond"_qs << 10 << u"0123456789…"_qs;
    QTest::newRow("break at the limit") << u"0123456789\nsecond"_qs << 10 << u"0123456789"_qs;
    QTest::newRow("starts with a break") << u"\nsecond"_qs << 10 << QString();
}

void tst_TextExcerpt::firstLine()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    QCOMPARE(TextExcerpt::firstLine(text, maxLength), expected);
}

void tst_TextExcerpt::wrapped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fits") << u"one two"_qs << 10 << 3 << u"one two"_qs;
    QTest::newRow("breaks at a space")
        << u"one two three four"_qs << 10 << 5 << u"one two\nthree four"_qs;
    QTest::newRow("no space: hard break")
        << u"abcdefghijklmnop"_qs << 6 << 5 << u"abcdef\nghijkl\nmnop"_qs;
    QTest::newRow("own line breaks kept") << u"a\nb\r\nc"_qs << 10 << 5 << u"a\nb\nc"_qs;
    QTest::newRow("too many lines") << u"a\nb\nc\nd"_qs << 10 << 2 << u"a\nb…"_qs;
    QTest::newRow("empty") << QString() << 10 << 2 << QString();
}

void tst_TextExcerpt::wrapped()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(int, maxLines);
    QFETCH(QString, expected);
    QCOMPARE(TextExcerpt::wrapped(text, width, maxLines), expected);
}

void tst_TextExcerpt::megabyteStaysShort()
{
    const QString line(1024 * 1024, u'x');
    QCOMPARE(TextExcerpt::firstLine(line, 200).size(), 201);
    QString words;
    while (words.size() < 1024 * 1024)
        words += u"word "_qs;
    const QString tip = TextExcerpt::wrapped(words, 80, 20);
    const QStringList lines = tip.split(u'\n');
    QCOMPARE(lines.size(), 20);
    QVERIFY(lines.last().endsWith(u'…'));
    for (const QString &l : lines)
        QVERIFY(l.size() <= 81); // the ellipsis may follow a full line
}

QTEST_APPLESS_MAIN(tst_TextExcerpt)
#include "tst_textexcerpt.moc"
