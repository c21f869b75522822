#pragma once

#include <QList>
#include <QString>

// Splits a PowerShell script into the tokens a reader of simple commands needs: command
// names and other bare words, -Parameters, strings (quoted and here-strings, with their
// quoting undone), $variables and the punctuation of hash tables and arrays. Comments and
// line continuations are dropped; a line end that ends a statement is a token.
//
// It follows PowerShell's own lexical rules where a script of cmdlet calls meets them:
// quotes may be the typographic ones, dashes may be en or em dashes, a quote is written
// twice to stand for itself in a string. It does not evaluate anything: a double-quoted
// string that would expand a variable or a subexpression is marked as such.
class PowerShellTokenizer final
{
public:
    enum class Type {
        Word, // a command name, an enum value, a number
        Parameter, // -Name (text holds Name; colonValue when written -Name:value)
        String, // text holds the value, unquoted
        Variable, // $name (text holds name)
        OpenHash, // @{
        OpenArray, // @(
        OpenBrace, // {
        CloseBrace, // }
        OpenParen, // (
        CloseParen, // )
        Comma,
        Equals,
        Semicolon,
        NewLine,
        Other, // any other operator or character, in text
        Error, // an unterminated string or comment (text says which); the last token
    };

    struct Token
    {
        Type type = Type::Other;
        QString text;
        int line = 1; // where the token starts, 1-based
        bool colonValue = false; // Parameter: written -Name:value
        bool expands = false; // String: double-quoted with $ or a subexpression inside
    };

    static QList<Token> tokenize(const QString &script);

    // +1 for a token that opens a bracketed group (@{ @( { (), -1 for one that closes it,
    // 0 for the others: the one rule by which commands and values find where they end.
    static int nesting(Type type);

    static bool isDash(QChar c);
    static bool isSingleQuote(QChar c);
    static bool isDoubleQuote(QChar c);
};
