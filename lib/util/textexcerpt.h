#pragma once

#include <QString>

// Short forms of a text that may be long (a description of up to the limit, or a value
// a file brought in), for places that show a glimpse of it: a table cell, a tooltip.
// Each costs time in proportion to what it keeps, not to the whole text.
namespace TextExcerpt {

// The first line of `text`, at most `maxLength` characters; "…" marks a line cut short.
QString firstLine(const QString &text, qsizetype maxLength);

// `text` broken into lines of at most about `width` characters (at a space when one is
// near), at most `maxLines` of them; "…" marks a cut.
QString wrapped(const QString &text, qsizetype width, qsizetype maxLines);

} // namespace TextExcerpt
