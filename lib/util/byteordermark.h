#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The UTF-8 byte order mark (U+FEFF written as EF BB BF), as Windows editors and
// Windows PowerShell write it at the start of a file. Every reader and writer of the
// project asks here rather than spelling the bytes.
class ByteOrderMark final
{
public:
    static constexpr QByteArrayView Utf8 {"\xEF\xBB\xBF", 3};

    static bool startsWithUtf8(QByteArrayView bytes) { return bytes.startsWith(Utf8); }
    // The bytes without a leading UTF-8 byte order mark (unchanged when there is none).
    static QByteArray withoutUtf8(QByteArray bytes);
    // The bytes with a UTF-8 byte order mark in front.
    static QByteArray withUtf8(const QByteArray &bytes);
};
