#include "report/html.h"

#include <QLocale>

QString Html::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString Html::escapeLines(const QString &text)
{
    return escape(text).replace(u'\n', QStringLiteral("<br>"));
}

QString Html::joinLines(const QStringList &lines)
{
    QString html;
    for (qsizetype i = 0; i < lines.size(); ++i)
        html += (i > 0 ? QStringLiteral("<br>") : QString()) + escape(lines.at(i));
    return html;
}

QString Html::paragraph(const QStringList &lines)
{
    return QStringLiteral("<p>") + joinLines(lines) + QStringLiteral("</p>\n");
}

QString Html::headerRow(const QStringList &headings)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &heading : headings)
        html += QStringLiteral("<th>") + escape(heading) + QStringLiteral("</th>");
    return html + QStringLiteral("</tr>");
}

QString Html::styleSheet()
{
    return QStringLiteral(
        "body{font-family:sans-serif;padding:0 1em;color:#263238}"
        "table{border-collapse:collapse;margin-top:0.5em;margin-bottom:1.5em;margin-left:0;"
        "margin-right:0}"
        "td,th{border:1px solid #b0bec5;padding:4px 8px;text-align:left;vertical-align:top}"
        "th{background:#eceff1}"
        ".pass{color:#2e7d32}.warning{color:#8d6e00}.fail,.failed{color:#c62828}"
        "pre{background:#eceff1;padding:1em;white-space:pre-wrap;word-break:break-all}");
}

QString Html::page(const QString &title, const QString &style, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>")
               .arg(QLocale().bcp47Name())
        + escape(title) + QStringLiteral("</title><style>") + style
        + QStringLiteral("</style></head><body>\n") + body + QStringLiteral("</body></html>\n");
}
