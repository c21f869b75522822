#include "i18n/localizedtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

namespace {

// A class that marks its texts as the library's classes do.
class Sample final
{
public:
    XP_DECLARE_TR_LATER(Sample)
};

// Answers for the Sample context only, so that no .qm file is needed.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(n);
        if (qstrcmp(context, "Sample") != 0)
            return {};
        const QByteArray source(sourceText);
        if (source == "Hello %1")
            return QStringLiteral("[fr] Bonjour %1");
        if (source == "the world")
            return QStringLiteral("[fr] le monde");
        if (source == "%n file(s)")
            return QStringLiteral("[fr] %n fichier(s)");
        if (source == "Open" && qstrcmp(disambiguation, "verb") == 0)
            return QStringLiteral("[fr] Ouvrir");
        return {};
    }
};

// Restores the default locale however the test function ends.
class DefaultLocaleGuard final
{
public:
    explicit DefaultLocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocaleGuard() { QLocale::setDefault(m_previous); }
    Q_DISABLE_COPY_MOVE(DefaultLocaleGuard)

private:
    QLocale m_previous;
};

} // namespace

class tst_LocalizedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholdersAreSubstitutedOnce();
    void localizedPlaceholder();
    void repeatedPlaceholder();
    void missingArgumentsLeaveThePlaceholder();
    void numbersFollowTheLocaleWhenShown();
    void nestedTexts();
    void linesSkipEmptyParts();
    void isEmpty();
    void translatesWhenShown();
};

void tst_LocalizedText::placeholdersAreSubstitutedOnce()
{
    QCOMPARE(LocalizedText::verbatim(u"%1 and %2"_qs).arg(u"%2"_qs).arg(u"x"_qs).toString(),
             u"%2 and x"_qs);
    QCOMPARE(Sample::trLater("Hello %1").arg(u"100%1 sure"_qs).toString(), u"Hello 100%1 sure"_qs);
    // A percent sign that is no placeholder stays.
    QCOMPARE(LocalizedText::verbatim(u"%1 at 50% and %"_qs).arg(u"a"_qs).toString(),
             u"a at 50% and %"_qs);
}

void tst_LocalizedText::localizedPlaceholder()
{
    QCOMPARE(LocalizedText::verbatim(u"%L1 items, %2"_qs).arg(u"x"_qs).arg(u"y"_qs).toString(),
             u"x items, y"_qs);
}

void tst_LocalizedText::repeatedPlaceholder()
{
    QCOMPARE(
        LocalizedText::verbatim(u"%1 for %2, %1 again"_qs).arg(u"a"_qs).arg(u"b"_qs).toString(),
        u"a for b, a again"_qs);
}

void tst_LocalizedText::missingArgumentsLeaveThePlaceholder()
{
    QCOMPARE(LocalizedText::verbatim(u"%1 %2 %3"_qs).arg(u"a"_qs).arg(u"b"_qs).toString(),
             u"a b %3"_qs);
    QCOMPARE(LocalizedText::verbatim(u"%1"_qs).toString(), u"%1"_qs);
}

void tst_LocalizedText::numbersFollowTheLocaleWhenShown()
{
    // Made before the locale changes, written in the locale of the moment it is shown.
    const LocalizedText count = LocalizedText::verbatim(u"%1 records"_qs).arg(1234567);
    const LocalizedText duration = LocalizedText::verbatim(u"%1 s"_qs).arg(1.5);
    {
        const DefaultLocaleGuard french(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(count.toString(), u"1\u202F234\u202F567 records"_qs);
        QCOMPARE(duration.toString(), u"1,5 s"_qs);
    }
    {
        const DefaultLocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(count.toString(), u"1,234,567 records"_qs);
        QCOMPARE(duration.toString(), u"1.5 s"_qs);
    }
    // A port passed as text keeps its digits together in every locale.
    const DefaultLocaleGuard french(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(LocalizedText::verbatim(u"port %1"_qs).arg(QString::number(5269)).toString(),
             u"port 5269"_qs);
}

void tst_LocalizedText::nestedTexts()
{
    const LocalizedText inner = LocalizedText::verbatim(u"inner %1"_qs).arg(u"%1"_qs);
    QCOMPARE(LocalizedText::verbatim(u"outer %1, %2"_qs).arg(inner).arg(u"b"_qs).toString(),
             u"outer inner %1, b"_qs);
    QCOMPARE(Sample::trLater("Hello %1").arg(Sample::trLater("the world")).toString(),
             u"Hello the world"_qs);
}

void tst_LocalizedText::linesSkipEmptyParts()
{
    const LocalizedText text = LocalizedText::lines({LocalizedText::verbatim(u"first"_qs),
                                                     LocalizedText(), LocalizedText::verbatim({}),
                                                     Sample::trLater("Hello %1").arg(u"x"_qs)});
    QCOMPARE(text.toString(), u"first\nHello x"_qs);
    QCOMPARE(
        LocalizedText::lines({LocalizedText(), LocalizedText::verbatim(u"only"_qs)}).toString(),
        u"only"_qs);
    QVERIFY(LocalizedText::lines({}).isEmpty());
    QVERIFY(LocalizedText::lines({LocalizedText(), LocalizedText::verbatim({})}).isEmpty());
    QCOMPARE(LocalizedText::lines({}).toString(), QString());
}

void tst_LocalizedText::isEmpty()
{
    QVERIFY(LocalizedText().isEmpty());
    QCOMPARE(LocalizedText().toString(), QString());
    QVERIFY(LocalizedText::verbatim({}).isEmpty());
    QVERIFY(!LocalizedText::verbatim(u"x"_qs).isEmpty());
    QVERIFY(!Sample::trLater("Hello %1").isEmpty());
    QVERIFY(!Sample::trLater("Hello %1").arg(u"x"_qs).isEmpty());
}

void tst_LocalizedText::translatesWhenShown()
{
    const LocalizedText greeting = Sample::trLater("Hello %1").arg(u"%1"_qs);
    const LocalizedText nested = Sample::trLater("Hello %1").arg(Sample::trLater("the world"));
    const LocalizedText plural = Sample::trLater("%n file(s)", nullptr, 3);
    const LocalizedText disambiguated = Sample::trLater("Open", "verb");
    const LocalizedText otherMeaning = Sample::trLater("Open", "state");
    const LocalizedText lines = LocalizedText::lines({greeting, disambiguated});
    QCOMPARE(greeting.toString(), u"Hello %1"_qs);
    QCOMPARE(nested.toString(), u"Hello the world"_qs);
    QCOMPARE(plural.toString(), u"3 file(s)"_qs);
    QCOMPARE(disambiguated.toString(), u"Open"_qs);

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(greeting.toString(), u"[fr] Bonjour %1"_qs);
    QCOMPARE(nested.toString(), u"[fr] Bonjour [fr] le monde"_qs);
    QCOMPARE(plural.toString(), u"[fr] 3 fichier(s)"_qs);
    QCOMPARE(disambiguated.toString(), u"[fr] Ouvrir"_qs);
    QCOMPARE(otherMeaning.toString(), u"Open"_qs);
    QCOMPARE(lines.toString(), u"[fr] Bonjour %1\n[fr] Ouvrir"_qs);
    // Verbatim texts are never looked up.
    QCOMPARE(LocalizedText::verbatim(u"Hello %1"_qs).arg(u"x"_qs).toString(), u"Hello x"_qs);

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(greeting.toString(), u"Hello %1"_qs);
    QCOMPARE(nested.toString(), u"Hello the world"_qs);
}

QTEST_GUILESS_MAIN(tst_LocalizedText)
#include "tst_localizedtext.moc"
