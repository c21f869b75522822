#include "util/byteordermark.h"

QByteArray ByteOrderMark::withoutUtf8(QByteArray bytes)
{
    if (startsWithUtf8(bytes))
        bytes.remove(0, Utf8.size());
    return bytes;
}

QByteArray ByteOrderMark::withUtf8(const QByteArray &bytes)
{
    QByteArray marked = Utf8.toByteArray();
    marked.append(bytes);
    return marked;
}
