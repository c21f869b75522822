// The PowerShell tokenizer: strings with their quoting undone (single, double, typographic,
// here-strings), comments and line continuations dropped, the punctuation of lists and
// hash tables, parameters written -Name or -Name:value, and where an unterminated string
// or comment starts.
#include "formats/powershelltokenizer.h"

#include <QTest>

using Token = PowerShellTokenizer::Token;
using Type = PowerShellTokenizer::Type;

class tst_PowerShellTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsParametersAndLineEnds();
    void singleQuotedStrings_data();
    void singleQuotedStrings();
    void doubleQuotedStrings_data();
    void doubleQuotedStrings();
    void hereStrings();
    void commentsAreDropped();
    void backtickContinuesTheLine();
    void listsAndHashTables();
    void parameterWithColonValue();
    void dashesOfEveryKind();
    void variables();
    void errorsNameWhatAndWhere_data();
    void errorsNameWhatAndWhere();
    void characterClasses();
    void nestingOfBrackets();

private:
    static QString describe(const QList<Token> &tokens);
};

// Tokens in a compact form for comparisons: "Type:text@line", one per token.
QString tst_PowerShellTokenizer::describe(const QList<Token> &tokens)
{
    QStringList parts;
    for (const Token &token : tokens) {
        QString type;
        switch (token.type) {
        case Type::Word:
            type = u"W"_qs;
            break;
        case Type::Parameter:
            type = token.colonValue ? u"P:"_qs : u"P"_qs;
            break;
        case Type::String:
            type = token.expands ? u"S$"_qs : u"S"_qs;
            break;
        case Type::Variable:
            type = u"V"_qs;
            break;
        case Type::OpenHash:
            type = u"@{"_qs;
            break;
        case Type::OpenArray:
            type = u"@("_qs;
            break;
        case Type::OpenBrace:
            type = u"{"_qs;
            break;
        case Type::CloseBrace:
            type = u"}"_qs;
            break;
        case Type::OpenParen:
            type = u"("_qs;
            break;
        case Type::CloseParen:
            type = u")"_qs;
            break;
        case Type::Comma:
            type = u","_qs;
            break;
        case Type::Equals:
            type = u"="_qs;
            break;
        case Type::Semicolon:
            type = u";"_qs;
            break;
        case Type::NewLine:
            type = u"NL"_qs;
            break;
        case Type::Other:
            type = u"O"_qs;
            break;
        case Type::Error:
            type = u"E"_qs;
            break;
        }
        const bool showText = token.type == Type::Word || token.type == Type::Parameter
            || token.type == Type::String || token.type == Type::Variable
            || token.type == Type::Other || token.type == Type::Error;
        parts.append(type + (showText ? u'[' + token.text + u']' : QString()) + u'@'
                     + QString::number(token.line));
    }
    return parts.join(u' ');
}

void tst_PowerShellTokenizer::wordsParametersAndLineEnds()
{
    QCOMPARE(describe(PowerShellTokenizer::tokenize(
                 u"New-CsXmppAllowedPartner -Identity fabrikam.com\r\nGet-Date | Out-Null\r"
                 "x;y\n"_qs)),
             u"W[New-CsXmppAllowedPartner]@1 P[Identity]@1 W[fabrikam.com]@1 NL@1 "
             "W[Get-Date]@2 O[|]@2 W[Out-Null]@2 NL@2 W[x]@3 ;@3 W[y]@3 NL@3"_qs);
    // A backtick inside a word escapes the character after it.
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"a`,b c`'d"_qs)), u"W[a,b]@1 W[c'd]@1"_qs);
    // A number after a dash is a word, not a parameter.
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"-ConnectionLimit -5"_qs)),
             u"P[ConnectionLimit]@1 W[-5]@1"_qs);
    QVERIFY(PowerShellTokenizer::tokenize(QString()).isEmpty());
    QVERIFY(PowerShellTokenizer::tokenize(u" \t\u00A0\uFEFF"_qs).isEmpty());
}

void tst_PowerShellTokenizer::singleQuotedStrings_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain") << u"'fabrikam.com'"_qs << u"fabrikam.com"_qs;
    QTest::newRow("empty") << u"''"_qs << QString();
    QTest::newRow("doubled quote") << u"'O''Neil'"_qs << u"O'Neil"_qs;
    QTest::newRow("nothing expands")
        << u"'$env:PATH `n $(Get-Date)'"_qs << u"$env:PATH `n $(Get-Date)"_qs;
    QTest::newRow("typographic quotes") << u"‘lab’"_qs << u"lab"_qs;
    QTest::newRow("typographic quote doubled") << u"'O’’Neil'"_qs << u"O’Neil"_qs;
    QTest::newRow("low quote opens") << u"‚x‛"_qs << u"x"_qs;
    QTest::newRow("double quotes inside") << u"'say \"hi\"'"_qs << u"say \"hi\""_qs;
    QTest::newRow("line break kept") << u"'a\r\nb'"_qs << u"a\r\nb"_qs;
}

void tst_PowerShellTokenizer::singleQuotedStrings()
{
    QFETCH(QString, script);
    QFETCH(QString, text);

    const QList<Token> tokens = PowerShellTokenizer::tokenize(script);
    QCOMPARE(tokens.size(), qsizetype(1));
    QCOMPARE(tokens.first().type, Type::String);
    QCOMPARE(tokens.first().text, text);
    QVERIFY(!tokens.first().expands);
}

void tst_PowerShellTokenizer::doubleQuotedStrings_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expands");

    QTest::newRow("plain") << u"\"fabrikam.com\""_qs << u"fabrikam.com"_qs << false;
    QTest::newRow("doubled quote") << u"\"say \"\"hi\"\"\""_qs << u"say \"hi\""_qs << false;
    QTest::newRow("backtick escapes") << u"\"a`tb`nc`rd`0e`$f`\"g``h\""_qs
                                      << u"a\tb\nc\rd"_qs + QChar(0) + u"e$f\"g`h"_qs << false;
    QTest::newRow("backtick before a letter") << u"\"`q\""_qs << u"q"_qs << false;
    QTest::newRow("variable") << u"\"$env:PATH\""_qs << u"$env:PATH"_qs << true;
    QTest::newRow("subexpression") << u"\"on $(Get-Date)\""_qs << u"on $(Get-Date)"_qs << true;
    QTest::newRow("braced variable") << u"\"${x}\""_qs << u"${x}"_qs << true;
    QTest::newRow("lone dollar") << u"\"cost: $ 5\""_qs << u"cost: $ 5"_qs << false;
    QTest::newRow("typographic quotes") << u"“lab”"_qs << u"lab"_qs << false;
    QTest::newRow("low typographic quote") << u"„lab“"_qs << u"lab"_qs << false;
    QTest::newRow("single quotes inside") << u"\"O'Neil\""_qs << u"O'Neil"_qs << false;
}

void tst_PowerShellTokenizer::doubleQuotedStrings()
{
    QFETCH(QString, script);
    QFETCH(QString, text);
    QFETCH(bool, expands);

    const QList<Token> tokens = PowerShellTokenizer::tokenize(script);
    QCOMPARE(tokens.size(), qsizetype(1));
    QCOMPARE(tokens.first().type, Type::String);
    QCOMPARE(tokens.first().text, text);
    QCOMPARE(tokens.first().expands, expands);
}

void tst_PowerShellTokenizer::hereStrings()
{
    // The text lies between the opening line and the line that starts with the closing;
    // quotes inside stand for themselves.
    QCOMPARE(describe(PowerShellTokenizer::tokenize(
                 u"-Description @'\nFirst 'line'\n  '@ not yet\n'@ -x"_qs)),
             u"P[Description]@1 S[First 'line'\n  '@ not yet]@1 P[x]@4"_qs);
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"@'  \r\nA\r\nB\r\n'@\r\nnext"_qs)),
             u"S[A\r\nB]@1 NL@4 W[next]@5"_qs);
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"@\"\nHello $name\n\"@"_qs)),
             u"S$[Hello $name]@1"_qs);
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"@'\n$name\n'@"_qs)), u"S[$name]@1"_qs);
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"@'\n'@"_qs)), u"S[]@1"_qs);
}

void tst_PowerShellTokenizer::commentsAreDropped()
{
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"# heading\nNew-X # trailing 'quote\ny"_qs)),
             u"NL@1 W[New-X]@2 NL@2 W[y]@3"_qs);
    // A block comment may span lines, which still count.
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"a <# one\ntwo\n#> b\nc"_qs)),
             u"W[a]@1 W[b]@3 NL@3 W[c]@4"_qs);
    // Inside a string, # is text.
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"'# not a comment' \"<# nor this #>\""_qs)),
             u"S[# not a comment]@1 S[<# nor this #>]@1"_qs);
}

void tst_PowerShellTokenizer::backtickContinuesTheLine()
{
    QCOMPARE(describe(PowerShellTokenizer::tokenize(
                 u"New-X `\n    -Identity a `\r\n    -Force\nnext"_qs)),
             u"W[New-X]@1 P[Identity]@2 W[a]@2 P[Force]@3 NL@3 W[next]@4"_qs);
    // A word right before the backtick ends there.
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"a`\nb"_qs)), u"W[a]@1 W[b]@2"_qs);
}

void tst_PowerShellTokenizer::listsAndHashTables()
{
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"@{Add='a.com','b.com'; Remove=c}"_qs)),
             u"@{@1 W[Add]@1 =@1 S[a.com]@1 ,@1 S[b.com]@1 ;@1 W[Remove]@1 =@1 W[c]@1 }@1"_qs);
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"@(\n'a'\n'b')"_qs)),
             u"@(@1 NL@1 S[a]@2 NL@2 S[b]@3 )@3"_qs);
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"{ (1) }"_qs)), u"{@1 (@1 W[1]@1 )@1 }@1"_qs);
    // @ without a bracket or a quote after it is part of a word.
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"user@example.com"_qs)),
             u"W[user@example.com]@1"_qs);
}

void tst_PowerShellTokenizer::parameterWithColonValue()
{
    QCOMPARE(
        describe(PowerShellTokenizer::tokenize(u"-Identity:'a.com' -EnableKeepAlive:$false"_qs)),
        u"P:[Identity]@1 S[a.com]@1 P:[EnableKeepAlive]@1 V[false]@1"_qs);
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"-Identity : x"_qs)),
             u"P[Identity]@1 W[:]@1 W[x]@1"_qs);
}

void tst_PowerShellTokenizer::dashesOfEveryKind()
{
    // Hyphen-minus, en dash, em dash and horizontal bar all start a parameter.
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"-A –B —C ―D"_qs)),
             u"P[A]@1 P[B]@1 P[C]@1 P[D]@1"_qs);
    // A hyphen (U+2010) is not one of them.
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"\u2010E"_qs)), u"W[\u2010E]@1"_qs);
}

void tst_PowerShellTokenizer::variables()
{
    QCOMPARE(describe(PowerShellTokenizer::tokenize(u"$true $False ${my var} $env:X $"_qs)),
             u"V[true]@1 V[False]@1 V[my var]@1 V[env:X]@1 O[$]@1"_qs);
}

void tst_PowerShellTokenizer::errorsNameWhatAndWhere_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("line");
    QTest::addColumn<qsizetype>("tokensBefore");

    QTest::newRow("single-quoted")
        << u"a\nb\n'open\nmore\n"_qs << u"string"_qs << 3 << qsizetype(4);
    QTest::newRow("double-quoted") << u"x \"open`\"\n"_qs << u"string"_qs << 1 << qsizetype(1);
    QTest::newRow("typographic") << u"\n\n\n“open"_qs << u"string"_qs << 4 << qsizetype(3);
    QTest::newRow("block comment")
        << u"a\n<# never\nclosed #"_qs << u"comment"_qs << 2 << qsizetype(2);
    QTest::newRow("here-string unclosed")
        << u"a\n@'\ntext\n '@"_qs << u"here-string"_qs << 2 << qsizetype(2);
    QTest::newRow("here-string text on its first line")
        << u"@'text\n'@"_qs << u"here-string"_qs << 1 << qsizetype(0);
}

void tst_PowerShellTokenizer::errorsNameWhatAndWhere()
{
    QFETCH(QString, script);
    QFETCH(QString, what);
    QFETCH(int, line);
    QFETCH(qsizetype, tokensBefore);

    const QList<Token> tokens = PowerShellTokenizer::tokenize(script);
    QCOMPARE(tokens.size(), tokensBefore + 1);
    QCOMPARE(tokens.last().type, Type::Error);
    QCOMPARE(tokens.last().text, what);
    QCOMPARE(tokens.last().line, line);
    for (qsizetype i = 0; i < tokensBefore; ++i)
        QVERIFY(tokens.at(i).type != Type::Error);
}

void tst_PowerShellTokenizer::characterClasses()
{
    for (const char16_t c : {u'-', u'\u2013', u'\u2014', u'\u2015'})
        QVERIFY(PowerShellTokenizer::isDash(QChar(c)));
    for (const char16_t c : {u'\u2010', u'\u2212', u'_', u'\''})
        QVERIFY(!PowerShellTokenizer::isDash(QChar(c)));
    for (const char16_t c : {u'\'', u'\u2018', u'\u2019', u'\u201A', u'\u201B'})
        QVERIFY(PowerShellTokenizer::isSingleQuote(QChar(c)));
    for (const char16_t c : {u'"', u'`', u'\u201C'})
        QVERIFY(!PowerShellTokenizer::isSingleQuote(QChar(c)));
    for (const char16_t c : {u'"', u'\u201C', u'\u201D', u'\u201E'})
        QVERIFY(PowerShellTokenizer::isDoubleQuote(QChar(c)));
    for (const char16_t c : {u'\'', u'\u2019', u'\u00AB'})
        QVERIFY(!PowerShellTokenizer::isDoubleQuote(QChar(c)));
}

void tst_PowerShellTokenizer::nestingOfBrackets()
{
    for (const Type type : {Type::OpenHash, Type::OpenArray, Type::OpenBrace, Type::OpenParen})
        QCOMPARE(PowerShellTokenizer::nesting(type), 1);
    for (const Type type : {Type::CloseBrace, Type::CloseParen})
        QCOMPARE(PowerShellTokenizer::nesting(type), -1);
    for (const Type type : {Type::Word, Type::Comma, Type::NewLine, Type::String, Type::Other})
        QCOMPARE(PowerShellTokenizer::nesting(type), 0);
    // A script's brackets balance as its tokens count them.
    int depth = 0;
    for (const Token &token : PowerShellTokenizer::tokenize(u"@{a=@(1,(2)); b={ }}"_qs))
        depth += PowerShellTokenizer::nesting(token.type);
    QCOMPARE(depth, 0);
}

QTEST_GUILESS_MAIN(tst_PowerShellTokenizer)
#include "tst_powershelltokenizer.moc"
