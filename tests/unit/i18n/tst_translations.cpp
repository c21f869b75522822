// The translation set: the French file is complete and follows the glossary and French
// typography, the English file holds only plural forms, both match the sources, and the
// compiled catalogues (the application's and Qt's) are the ones the program loads.
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one string, or the numerus forms

    QString key() const { return context + u'|' + source + u'|' + comment; }
    QString where() const
    {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source, comment.isEmpty() ? QString() : u" ("_qs + comment + u')');
    }
};

QList<Message> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"message") {
            messages.append(message);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {context, {}, {}, xml.attributes().value(u"numerus"_qs) == u"yes",
                               {},      {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_qs).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// A label as the glossary writes it: no accelerator, no final colon or ellipsis.
QString bareLabel(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("&(?!&)"));
    text.remove(accelerator);
    text.replace(u"&&"_qs, u"&"_qs);
    text = text.trimmed();
    while (text.endsWith(u':') || text.endsWith(u'…') || text.endsWith(QChar(0x00a0))
           || text.endsWith(u' '))
        text.chop(1);
    return text;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

qsizetype acceleratorCount(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("&(?!&|amp;|lt;|gt;|nbsp;)\\w"));
    QString plain = text;
    plain.remove(u"&&"_qs);
    return plain.count(accelerator);
}

struct GlossaryTerm
{
    QString english;
    QString french;
};

// The glossary's table: "| English | French | where |", " / " separating variants.
QList<GlossaryTerm> readGlossary(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<GlossaryTerm> terms;
    bool inTable = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.startsWith(u'|')) {
            inTable = false;
            continue;
        }
        const QStringList cells = line.mid(1, line.size() - 2).split(u'|');
        if (cells.size() < 2 || cells.first().trimmed().startsWith(u"---"))
            continue;
        if (!inTable) { // the header row
            inTable = true;
            continue;
        }
        const QStringList english = cells.at(0).trimmed().split(u" / "_qs);
        const QStringList french = cells.at(1).trimmed().split(u" / "_qs);
        for (qsizetype i = 0; i < english.size() && i < french.size(); ++i)
            terms.append({english.at(i).trimmed(), french.at(i).trimmed()});
    }
    return terms;
}

const QString FrenchTs = QStringLiteral(XP_SOURCE_DIR "/translations/xmpp-partners_fr.ts");
const QString EnglishTs = QStringLiteral(XP_SOURCE_DIR "/translations/xmpp-partners_en.ts");

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void frenchFileIsComplete();
    void englishFileHoldsOnlyPluralForms();
    void placeholdersAndAcceleratorsKept();
    void frenchTypography();
    void glossaryFixtureIsRead();
    void glossaryTermsTranslatedExactly_data();
    void glossaryTermsTranslatedExactly();
    void glossaryTermsInsideSentences();
    void filesMatchTheSources();
    void laterTextsUseTheContextLupdateGives();
    void compiledCataloguesLoad();
    void unknownLanguageKeepsTheCurrentOne();

private:
    QList<Message> m_french;
    QList<Message> m_english;
    QList<GlossaryTerm> m_glossary;
};

void TranslationsTest::initTestCase()
{
    QString error;
    m_french = readTsFile(FrenchTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_english = readTsFile(EnglishTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_glossary = readGlossary(QStringLiteral(XP_FIXTURES "/glossary-fr-en.md"));
    QVERIFY(m_french.size() > 400);
}

void TranslationsTest::frenchFileIsComplete()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_french)) {
        if (!message.type.isEmpty())
            problems.append(message.type + u": "_qs + message.where());
        else if (message.forms.isEmpty() || message.forms.contains(QString()))
            problems.append(u"empty: "_qs + message.where());
        else if (message.numerus && message.forms.size() != 2)
            problems.append(u"French needs 2 plural forms: "_qs + message.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::englishFileHoldsOnlyPluralForms()
{
    QVERIFY(!m_english.isEmpty());
    QStringList problems;
    for (const Message &message : std::as_const(m_english)) {
        if (!message.numerus)
            problems.append(u"not a plural form: "_qs + message.where());
        else if (!message.type.isEmpty() || message.forms.size() != 2
                 || message.forms.contains(QString()))
            problems.append(u"unfinished: "_qs + message.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Every plural text of the French file has its English forms too.
    qsizetype frenchPlurals = 0;
    for (const Message &message : std::as_const(m_french))
        frenchPlurals += message.numerus ? 1 : 0;
    QCOMPARE(m_english.size(), frenchPlurals);
}

void TranslationsTest::placeholdersAndAcceleratorsKept()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_french)) {
        for (const QString &form : message.forms) {
            if (placeholders(form) != placeholders(message.source))
                problems.append(u"placeholders differ: "_qs + message.where() + u" → "_qs + form);
            if (acceleratorCount(form) != acceleratorCount(message.source))
                problems.append(u"accelerator: "_qs + message.where() + u" → "_qs + form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::frenchTypography()
{
    // A non-breaking space before : ; ? ! and inside « », never a plain space there;
    // no English quotation marks.
    const QRegularExpression plainSpace(QStringLiteral(" [:;?!]"));
    const QRegularExpression gluedMark(QStringLiteral("[\\p{L}\\d»)\\]][;?!](\\s|$)"));
    const QRegularExpression gluedColon(QStringLiteral("[\\p{L}»)\\]]:(\\s|$)"));
    const QRegularExpression openQuote(QStringLiteral("«(?!\\x{00A0})"));
    const QRegularExpression closeQuote(QStringLiteral("(?<!\\x{00A0})»"));
    const QRegularExpression englishQuote(QStringLiteral("[“”]"));
    QStringList problems;
    for (const Message &message : std::as_const(m_french)) {
        for (const QString &form : message.forms) {
            for (const QRegularExpression *rule :
                 {&plainSpace, &gluedMark, &gluedColon, &openQuote, &closeQuote, &englishQuote}) {
                if (form.contains(*rule))
                    problems.append(rule->pattern() + u": "_qs + message.where() + u" → "_qs
                                    + form);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::glossaryFixtureIsRead()
{
    // The terms the issue names, as read from the fixture: guards the table parser.
    const QList<std::pair<QString, QString>> expected = {
        {u"Primary domain"_qs, u"Domaine principal"_qs},
        {u"Federated"_qs, u"Fédéré"_qs},
        {u"Dialback negotiation"_qs, u"Négociation de numérotation (dialback)"_qs},
        {u"Not supported"_qs, u"Non pris en charge"_qs},
        {u"Commit"_qs, u"Valider"_qs},
        {u"Originating server"_qs, u"Serveur d'origine"_qs},
    };
    for (const auto &[english, french] : expected) {
        const auto it
            = std::find_if(m_glossary.cbegin(), m_glossary.cend(),
                           [&](const GlossaryTerm &term) { return term.english == english; });
        QVERIFY2(it != m_glossary.cend(), qPrintable(english));
        QCOMPARE(it->french, french);
    }
    QVERIFY(m_glossary.size() >= 30);
}

void TranslationsTest::glossaryTermsTranslatedExactly_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    for (const GlossaryTerm &term : std::as_const(m_glossary))
        QTest::newRow(qPrintable(term.english)) << term.english << term.french;
}

void TranslationsTest::glossaryTermsTranslatedExactly()
{
    // Every text that is the term itself (a label, a column, a dropdown item, a message)
    // says the glossary's French. Menu titles follow the desktop's names instead
    // (Édition for the Edit menu); they are marked "menu title".
    QFETCH(QString, english);
    QFETCH(QString, french);
    QStringList problems;
    for (const Message &message : std::as_const(m_french)) {
        if (message.comment == u"menu title" || bareLabel(message.source) != english)
            continue;
        for (const QString &form : message.forms) {
            if (bareLabel(form) != french)
                problems.append(message.where() + u" → "_qs + form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::glossaryTermsInsideSentences()
{
    // A term of two words or more inside a longer text keeps its French words there too
    // (case aside: "la négociation TLS").
    QStringList problems;
    for (const GlossaryTerm &term : std::as_const(m_glossary)) {
        if (!term.english.contains(u' ') || term.english.endsWith(u'.'))
            continue;
        const QRegularExpression inside(u"\\b"_qs + QRegularExpression::escape(term.english)
                                            + u"\\b"_qs,
                                        QRegularExpression::CaseInsensitiveOption);
        for (const Message &message : std::as_const(m_french)) {
            const QString source = bareLabel(message.source);
            if (source == term.english || !source.contains(inside))
                continue;
            for (const QString &form : message.forms) {
                if (!bareLabel(form).contains(term.french, Qt::CaseInsensitive))
                    problems.append(term.french + u": "_qs + message.where() + u" → "_qs + form);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::filesMatchTheSources()
{
    // lupdate over lib/, app/ and forms/ into a copy of the French file: a text added to
    // the sources comes in unfinished, a text gone from them disappears.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("xmpp-partners_fr.ts"));
    QVERIFY(QFile::copy(FrenchTs, copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(XP_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments = QStringLiteral(XP_LUPDATE_OPTIONS).split(u'|', Qt::SkipEmptyParts);
    arguments << u"lib"_qs << u"app"_qs << u"forms"_qs << u"-ts"_qs << copy;
    lupdate.start(QStringLiteral(XP_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    QString error;
    const QList<Message> refreshed = readTsFile(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> committed;
    for (const Message &message : std::as_const(m_french))
        committed.insert(message.key());
    QStringList problems;
    QSet<QString> current;
    for (const Message &message : refreshed) {
        current.insert(message.key());
        if (!committed.contains(message.key()))
            problems.append(u"not in the French file: "_qs + message.where());
    }
    for (const Message &message : std::as_const(m_french)) {
        if (!current.contains(message.key()))
            problems.append(u"no longer in the sources: "_qs + message.where());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.join(u'\n')
                        + u"\nRun: cmake --build build --target update_translations"_qs));
}

// lupdate files a trLater() text under the class it is written in (or the context of
// the class's Q_DECLARE_TR_FUNCTIONS); LocalizedText looks it up at run time under the
// context given to XP_DECLARE_TR_LATER. Where the two differ, the text shows in English
// in every language.
void TranslationsTest::laterTextsUseTheContextLupdateGives()
{
    QStringList problems;
    const QRegularExpression declaration(QStringLiteral(R"(^(?:class|struct)\s+(\w+)[^;]*$)"));
    const QRegularExpression later(QStringLiteral(R"(XP_DECLARE_TR_LATER\((\w+)\))"));
    const QRegularExpression functions(QStringLiteral(R"(Q_DECLARE_TR_FUNCTIONS\((\w+)\))"));
    for (const QString &folder : {QStringLiteral("lib"), QStringLiteral("app")}) {
        QDirIterator it(QStringLiteral(XP_SOURCE_DIR "/") + folder, {QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QString currentClass;
            QString declaredFunctions;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (const QString &line : lines) {
                if (const auto match = declaration.match(line.trimmed()); match.hasMatch()) {
                    currentClass = match.captured(1);
                    declaredFunctions.clear();
                }
                if (const auto match = functions.match(line); match.hasMatch())
                    declaredFunctions = match.captured(1);
                const auto match = later.match(line);
                if (!match.hasMatch() || line.trimmed().startsWith(u"#define"))
                    continue;
                const QString context = match.captured(1);
                const QString lupdateContext
                    = declaredFunctions.isEmpty() ? currentClass : declaredFunctions;
                if (context != lupdateContext) {
                    problems.append(
                        u"%1: XP_DECLARE_TR_LATER(%2) in %3, filed by lupdate under %4"_qs.arg(
                            it.fileName(), context, currentClass, lupdateContext));
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::compiledCataloguesLoad()
{
    QVERIFY(Translations::load(u"fr"_qs));
    QCOMPARE(Translations::currentLanguage(), u"fr"_qs);
    QCOMPARE(QCoreApplication::translate("Partner", "Federated", "partner type"), u"Fédéré"_qs);
    QCOMPARE(QCoreApplication::translate("NegotiationPolicy",
                                         "SASL requires TLS. To use SASL, TLS must be Required or "
                                         "Optional."),
             u"SASL requiert TLS. Pour utiliser SASL, TLS doit être obligatoire ou facultatif."_qs);
    // Plural forms: one for 0 and 1 in French, the other from 2.
    bool checkedPlural = false;
    for (const Message &message : std::as_const(m_french)) {
        if (!message.numerus || !message.comment.isEmpty())
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1),
                 QString(message.forms.at(0)).replace(u"%n"_qs, u"1"_qs));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 3),
                 QString(message.forms.at(1)).replace(u"%n"_qs, u"3"_qs));
        checkedPlural = true;
        break;
    }
    QVERIFY(checkedPlural);
    // Qt's own catalogue beside it: the standard buttons.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_qs);
    QCOMPARE(QLocale().language(), QLocale::French);

    QVERIFY(Translations::load(u"en"_qs));
    QCOMPARE(QCoreApplication::translate("Partner", "Federated", "partner type"), u"Federated"_qs);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_qs);
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TranslationsTest::unknownLanguageKeepsTheCurrentOne()
{
    QVERIFY(Translations::load(u"fr"_qs));
    QVERIFY(!Translations::load(u"de"_qs));
    QCOMPARE(Translations::currentLanguage(), u"fr"_qs);
    QCOMPARE(QCoreApplication::translate("Partner", "Federated", "partner type"), u"Fédéré"_qs);
    QVERIFY(Translations::load(u"en"_qs));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
