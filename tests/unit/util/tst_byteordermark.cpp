#include "util/byteordermark.h"

#include <QTest>

class tst_ByteOrderMark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theMarkIsU_FEFFInUtf8();
    void recognisesOnlyALeadingMark_data();
    void recognisesOnlyALeadingMark();
    void addingThenRemovingGivesTheBytesBack();
};

void tst_ByteOrderMark::theMarkIsU_FEFFInUtf8()
{
    QCOMPARE(ByteOrderMark::Utf8.toByteArray(), QString(QChar(0xFEFF)).toUtf8());
}

void tst_ByteOrderMark::recognisesOnlyALeadingMark_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("marked");
    QTest::addColumn<QByteArray>("without");

    QTest::newRow("marked") << QByteArray("\xEF\xBB\xBF{}") << true << QByteArray("{}");
    QTest::newRow("mark alone") << QByteArray("\xEF\xBB\xBF") << true << QByteArray();
    QTest::newRow("two marks: one removed")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFx") << true << QByteArray("\xEF\xBB\xBFx");
    QTest::newRow("plain") << QByteArray("{}") << false << QByteArray("{}");
    QTest::newRow("empty") << QByteArray() << false << QByteArray();
    QTest::newRow("mark cut short") << QByteArray("\xEF\xBB") << false << QByteArray("\xEF\xBB");
    QTest::newRow("mark not first")
        << QByteArray("x\xEF\xBB\xBF") << false << QByteArray("x\xEF\xBB\xBF");
    QTest::newRow("UTF-16 mark is not UTF-8's")
        << QByteArray("\xFF\xFEx\0", 4) << false << QByteArray("\xFF\xFEx\0", 4);
}

void tst_ByteOrderMark::recognisesOnlyALeadingMark()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, marked);
    QFETCH(QByteArray, without);
    QCOMPARE(ByteOrderMark::startsWithUtf8(bytes), marked);
    QCOMPARE(ByteOrderMark::withoutUtf8(bytes), without);
}

void tst_ByteOrderMark::addingThenRemovingGivesTheBytesBack()
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("New-CsXmppAllowedPartner"),
                                    QByteArray("\xEF\xBB\xBF already marked")}) {
        const QByteArray marked = ByteOrderMark::withUtf8(bytes);
        QVERIFY(ByteOrderMark::startsWithUtf8(marked));
        QCOMPARE(marked.size(), bytes.size() + 3);
        QCOMPARE(ByteOrderMark::withoutUtf8(marked), bytes);
    }
}

QTEST_APPLESS_MAIN(tst_ByteOrderMark)
#include "tst_byteordermark.moc"
