#include "util/textexcerpt.h"

namespace {

const QChar Ellipsis(0x2026);

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

} // namespace

QString TextExcerpt::firstLine(const QString &text, qsizetype maxLength)
{
    const qsizetype limit = qMin(text.size(), maxLength);
    qsizetype end = 0;
    while (end < limit && !isLineBreak(text.at(end)))
        ++end;
    if (end < text.size() && !isLineBreak(text.at(end)))
        return text.left(end) + Ellipsis; // cut within the line
    return end == text.size() ? text : text.left(end);
}

QString TextExcerpt::wrapped(const QString &text, qsizetype width, qsizetype maxLines)
{
    width = qMax<qsizetype>(width, 1);
    QString result;
    qsizetype lines = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (lines == maxLines) {
            result += Ellipsis;
            return result;
        }
        if (lines > 0)
            result += u'\n';
        ++lines;
        // The next line: up to its line break, or `width` characters, going back to the
        // last space of the second half of the line when there is one.
        qsizetype end = pos;
        while (end < text.size() && end - pos < width && !isLineBreak(text.at(end)))
            ++end;
        qsizetype next = end;
        if (end < text.size() && isLineBreak(text.at(end))) {
            next = end + 1;
            if (text.at(end) == u'\r' && next < text.size() && text.at(next) == u'\n')
                ++next;
        } else if (end < text.size()) {
            for (qsizetype space = end; space > pos + width / 2; --space) {
                if (text.at(space).isSpace()) {
                    end = space;
                    next = space + 1;
                    break;
                }
            }
        }
        result += QStringView(text).sliced(pos, end - pos);
        pos = next;
    }
    return result;
}
