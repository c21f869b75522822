#pragma once

#include <QString>
#include <QStringList>

// The pieces of HTML that the saved reports are made of. Every text that goes into a
// report, ours or the partner's or the peer's, goes through escape(): a partner's
// description or a server's answer can hold markup.
class Html final
{
public:
    Html() = delete;

    // &, <, > and " as entities.
    static QString escape(const QString &text);
    // escape(), with each line break as <br>.
    static QString escapeLines(const QString &text);
    // Each text escaped, separated by <br>.
    static QString joinLines(const QStringList &lines);
    // <p>, joinLines(lines), </p> and a line break.
    static QString paragraph(const QStringList &lines);
    // A table row of header cells, each heading escaped.
    static QString headerRow(const QStringList &headings);
    // The style sheet every report starts with, print friendly: black text, states named
    // in words. Qt's rich text (print and PDF) reads it too: CSS 2.1 properties only.
    static QString styleSheet();
    // A whole page in the language of the current locale: `style` is the style sheet
    // (not escaped), `body` the HTML between <body> and </body>.
    static QString page(const QString &title, const QString &style, const QString &body);
};
