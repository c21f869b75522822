#include "formats/powershelltokenizer.h"

#include <optional>

namespace {

using Token = PowerShellTokenizer::Token;
using Type = PowerShellTokenizer::Type;

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\f' || c == u'\v' || c == QChar(0x00A0)
        || c == QChar(0xFEFF) || (!isLineEnd(c) && c.isSpace());
}

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'?';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'?' || c == u':';
}

// Characters that end a bare word.
bool endsWord(QChar c)
{
    return isBlank(c) || isLineEnd(c) || c == u'(' || c == u')' || c == u'{' || c == u'}'
        || c == u';' || c == u',' || c == u'=' || c == u'|' || c == u'&'
        || PowerShellTokenizer::isSingleQuote(c) || PowerShellTokenizer::isDoubleQuote(c);
}

QChar escaped(QChar c)
{
    switch (c.unicode()) {
    case u'0':
        return QChar(0);
    case u'a':
        return QChar(7);
    case u'b':
        return QChar(8);
    case u'e':
        return QChar(27);
    case u'f':
        return QChar(12);
    case u'n':
        return QChar(10);
    case u'r':
        return QChar(13);
    case u't':
        return QChar(9);
    case u'v':
        return QChar(11);
    default:
        return c;
    }
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }

    QList<Token> run()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (isBlank(c)) {
                ++m_pos;
            } else if (c == u'`' && m_pos + 1 < m_text.size() && isLineEnd(m_text.at(m_pos + 1))) {
                ++m_pos; // a line continuation: the line end is not a statement's end
                skipLineEnd();
            } else if (isLineEnd(c)) {
                add(Type::NewLine, QString());
                skipLineEnd();
            } else if (c == u'<' && peek(1) == u'#') {
                if (!skipBlockComment())
                    return fail(QStringLiteral("comment"));
            } else if (c == u'#') {
                while (m_pos < m_text.size() && !isLineEnd(m_text.at(m_pos)))
                    ++m_pos;
            } else if (c == u'@'
                       && (PowerShellTokenizer::isSingleQuote(peek(1))
                           || PowerShellTokenizer::isDoubleQuote(peek(1)))) {
                if (!hereString())
                    return fail(QStringLiteral("here-string"));
            } else if (c == u'@' && peek(1) == u'{') {
                add(Type::OpenHash, QStringLiteral("@{"));
                m_pos += 2;
            } else if (c == u'@' && peek(1) == u'(') {
                add(Type::OpenArray, QStringLiteral("@("));
                m_pos += 2;
            } else if (PowerShellTokenizer::isSingleQuote(c)) {
                if (!singleQuoted())
                    return fail(QStringLiteral("string"));
            } else if (PowerShellTokenizer::isDoubleQuote(c)) {
                if (!doubleQuoted())
                    return fail(QStringLiteral("string"));
            } else if (PowerShellTokenizer::isDash(c) && isNameStart(peek(1))) {
                parameter();
            } else if (c == u'$' && (isNameStart(peek(1)) || peek(1) == u'{')) {
                variable();
            } else if (const auto punctuation = punctuationType(c)) {
                add(*punctuation, QString(c));
                ++m_pos;
            } else if (c == u'|' || c == u'&' || c == u'$') {
                add(Type::Other, QString(c));
                ++m_pos;
            } else {
                word();
            }
        }
        return m_tokens;
    }

private:
    QChar peek(qsizetype offset) const
    {
        return m_pos + offset < m_text.size() ? m_text.at(m_pos + offset) : QChar();
    }

    static std::optional<Type> punctuationType(QChar c)
    {
        switch (c.unicode()) {
        case u'{':
            return Type::OpenBrace;
        case u'}':
            return Type::CloseBrace;
        case u'(':
            return Type::OpenParen;
        case u')':
            return Type::CloseParen;
        case u',':
            return Type::Comma;
        case u'=':
            return Type::Equals;
        case u';':
            return Type::Semicolon;
        default:
            return std::nullopt;
        }
    }

    Token &add(Type type, const QString &text)
    {
        m_tokens.append(Token {type, text, m_line, false, false});
        return m_tokens.last();
    }

    QList<Token> fail(const QString &what)
    {
        m_tokens.append(Token {Type::Error, what, m_startLine, false, false});
        return m_tokens;
    }

    // Moves past one line end (CR LF, LF or CR) and counts the line.
    void skipLineEnd()
    {
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\r')
            ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
            ++m_pos;
        ++m_line;
    }

    // Moves one character on, counting lines.
    void advanceCountingLines()
    {
        const QChar c = m_text.at(m_pos);
        if (c == u'\n' || (c == u'\r' && peek(1) != u'\n'))
            ++m_line;
        ++m_pos;
    }

    bool skipBlockComment()
    {
        m_startLine = m_line;
        m_pos += 2;
        while (m_pos < m_text.size()) {
            if (m_text.at(m_pos) == u'#' && peek(1) == u'>') {
                m_pos += 2;
                return true;
            }
            advanceCountingLines();
        }
        return false;
    }

    bool singleQuoted()
    {
        m_startLine = m_line;
        Token token {Type::String, QString(), m_line, false, false};
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (PowerShellTokenizer::isSingleQuote(c)) {
                if (PowerShellTokenizer::isSingleQuote(peek(1))) {
                    token.text.append(c); // written twice: one quote of the text
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                m_tokens.append(token);
                return true;
            }
            token.text.append(c);
            advanceCountingLines();
        }
        return false;
    }

    bool doubleQuoted()
    {
        m_startLine = m_line;
        Token token {Type::String, QString(), m_line, false, false};
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'`' && m_pos + 1 < m_text.size()) {
                ++m_pos;
                token.text.append(escaped(m_text.at(m_pos)));
                advanceCountingLines();
                continue;
            }
            if (PowerShellTokenizer::isDoubleQuote(c)) {
                if (PowerShellTokenizer::isDoubleQuote(peek(1))) {
                    token.text.append(c);
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                m_tokens.append(token);
                return true;
            }
            if (c == u'$' && (isNameStart(peek(1)) || peek(1) == u'(' || peek(1) == u'{'))
                token.expands = true;
            token.text.append(c);
            advanceCountingLines();
        }
        return false;
    }

    // @' … '@ and @" … "@: the text between the line after the opening and the line
    // that starts with the closing.
    bool hereString()
    {
        m_startLine = m_line;
        const bool expanding = PowerShellTokenizer::isDoubleQuote(peek(1));
        Token token {Type::String, QString(), m_line, false, false};
        m_pos += 2;
        while (m_pos < m_text.size() && isBlank(m_text.at(m_pos)))
            ++m_pos;
        if (m_pos >= m_text.size() || !isLineEnd(m_text.at(m_pos)))
            return false;
        skipLineEnd();
        bool atLineStart = true;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            const bool closes = atLineStart
                && (expanding ? PowerShellTokenizer::isDoubleQuote(c)
                              : PowerShellTokenizer::isSingleQuote(c))
                && peek(1) == u'@';
            if (closes) {
                // The line end before the closing line is not part of the text.
                if (token.text.endsWith(u'\n'))
                    token.text.chop(1);
                if (token.text.endsWith(u'\r'))
                    token.text.chop(1);
                m_pos += 2;
                m_tokens.append(token);
                return true;
            }
            if (expanding && c == u'$' && (isNameStart(peek(1)) || peek(1) == u'('))
                token.expands = true;
            token.text.append(c);
            atLineStart = c == u'\n' || (c == u'\r' && peek(1) != u'\n');
            advanceCountingLines();
        }
        return false;
    }

    void parameter()
    {
        Token &token = add(Type::Parameter, QString());
        ++m_pos;
        while (m_pos < m_text.size() && isNameChar(m_text.at(m_pos)) && m_text.at(m_pos) != u':')
            token.text.append(m_text.at(m_pos++));
        if (m_pos < m_text.size() && m_text.at(m_pos) == u':') {
            token.colonValue = true;
            ++m_pos;
        }
    }

    void variable()
    {
        Token &token = add(Type::Variable, QString());
        ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'{') {
            ++m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos) != u'}'
                   && !isLineEnd(m_text.at(m_pos)))
                token.text.append(m_text.at(m_pos++));
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'}')
                ++m_pos;
            return;
        }
        while (m_pos < m_text.size() && isNameChar(m_text.at(m_pos)))
            token.text.append(m_text.at(m_pos++));
    }

    void word()
    {
        Token &token = add(Type::Word, QString());
        while (m_pos < m_text.size() && !endsWord(m_text.at(m_pos))) {
            if (m_text.at(m_pos) == u'`' && m_pos + 1 < m_text.size()
                && !isLineEnd(m_text.at(m_pos + 1))) {
                ++m_pos; // an escaped character stands for itself
            } else if (m_text.at(m_pos) == u'`') {
                break; // a line continuation ends the word
            }
            token.text.append(m_text.at(m_pos++));
        }
        if (token.text.isEmpty()) {
            token.type = Type::Other;
            token.text = QString(m_text.at(m_pos++));
        }
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_startLine = 1;
    QList<Token> m_tokens;
};

} // namespace

QList<PowerShellTokenizer::Token> PowerShellTokenizer::tokenize(const QString &script)
{
    return Lexer(script).run();
}

int PowerShellTokenizer::nesting(Type type)
{
    switch (type) {
    case Type::OpenArray:
    case Type::OpenHash:
    case Type::OpenParen:
    case Type::OpenBrace:
        return 1;
    case Type::CloseParen:
    case Type::CloseBrace:
        return -1;
    default:
        return 0;
    }
}

bool PowerShellTokenizer::isDash(QChar c)
{
    // - and the dashes PowerShell takes for it: en dash, em dash, horizontal bar.
    return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2015);
}

bool PowerShellTokenizer::isSingleQuote(QChar c)
{
    return c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
        || c == QChar(0x201B);
}

bool PowerShellTokenizer::isDoubleQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E);
}
