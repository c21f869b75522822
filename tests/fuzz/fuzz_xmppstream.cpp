// The stream / features parser: XmppStreamReader on any bytes, fed in chunks as a socket
// delivers them, and every element it cuts out parsed as the connection test does
// (QXmppStreamFeatures). How the bytes are cut must not change what is read: the events
// are the same fed at once, in pseudo-random chunks and byte by byte, and again after
// reset() (on input that is not well-formed, see checkSame()).
#include "fuzzsupport.h"
#include "probe/xmppstreamreader.h"

#include <QStringList>
#include <QXmppStreamFeatures.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

using Event = XmppStreamReader::Event;

// An element as text that does not depend on how its text nodes were split.
void describe(const QDomElement &element, QString *out)
{
    *out += u'<' + element.namespaceURI() + u'|' + element.tagName();
    const QDomNamedNodeMap attributes = element.attributes();
    QStringList names;
    for (int i = 0; i < attributes.count(); ++i) {
        const QDomAttr attribute = attributes.item(i).toAttr();
        names.append(attribute.namespaceURI() + u'|' + attribute.name() + u'=' + attribute.value());
    }
    names.sort();
    *out += u' ' + names.join(u' ') + u'>';
    for (QDomNode child = element.firstChild(); !child.isNull(); child = child.nextSibling()) {
        if (child.isElement())
            describe(child.toElement(), out);
        else if (child.isText())
            *out += child.toText().data();
    }
    *out += u"</>";
}

// What the connection test reads from a top-level element.
void parseLikeTheProbe(const QDomElement &element, QString *out)
{
    if (!QXmppStreamFeatures::isStreamFeatures(element))
        return;
    QXmppStreamFeatures features;
    features.parse(element);
    *out += u"features tls=" + QString::number(int(features.tlsMode())) + u" sasl="
        + features.authMechanisms().join(u',');
}

QStringList read(XmppStreamReader &reader, const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    QStringList events;
    qsizetype position = 0;
    for (qsizetype i = 0; position < bytes.size(); ++i) {
        const qsizetype length = std::min(cuts.at(i % cuts.size()), bytes.size() - position);
        reader.addData(bytes.mid(position, length));
        position += length;
        for (;;) {
            const Event event = reader.next();
            if (event == Event::NeedMoreData)
                break;
            QString text;
            switch (event) {
            case Event::NeedMoreData:
                break;
            case Event::StreamOpened: {
                const XmppStreamReader::StreamHeader &header = reader.header();
                text = u"open from=" + header.from + u" to=" + header.to + u" id=" + header.id
                    + u" version=" + header.version + u" xmlns=" + header.defaultNamespace
                    + (header.dialbackNamespace ? u" db" : u"");
                break;
            }
            case Event::Element:
                describe(reader.element(), &text);
                parseLikeTheProbe(reader.element(), &text);
                break;
            case Event::StreamClosed:
                text = QStringLiteral("close");
                break;
            case Event::Error:
                text = u"error " + reader.errorText().toString();
                // An error is final, whatever comes next.
                reader.addData(QByteArrayLiteral("<more/>"));
                FUZZ_CHECK(reader.next() == Event::Error);
                break;
            }
            events.append(text);
            if (event == Event::Error || event == Event::StreamClosed)
                return events;
        }
    }
    return events;
}

// Chunk lengths from 1 to 64 drawn from the input itself, so that the cuts vary with it.
QList<qsizetype> pseudoRandomCuts(const QByteArray &bytes)
{
    quint32 state = 2166136261u;
    for (const char c : bytes)
        state = (state ^ quint8(c)) * 16777619u;
    QList<qsizetype> cuts;
    for (int i = 0; i < 64; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        cuts.append(1 + qsizetype(state % 64));
    }
    return cuts;
}

// Both readings, when they differ, before aborting.
// On input that is not well-formed, where the error shows up (and what it reads before)
// may depend on the cuts: QXmlStreamReader decodes ahead by different amounts, and may
// see an error in one read that, cut, shows only once more bytes come. So: both readings
// fail, or one fails and the other, still waiting for bytes, read the same before it.
void checkSame(const QStringList &actual, const QStringList &expected, const char *how)
{
    const auto failed = [](const QStringList &events) {
        return !events.isEmpty() && events.constLast().startsWith(u"error ");
    };
    const auto waitsBefore = [&](const QStringList &waiting, const QStringList &failing) {
        return failed(failing) && !failed(waiting)
            && (waiting.isEmpty() || waiting.constLast() != u"close")
            && waiting.size() < failing.size() && failing.mid(0, waiting.size()) == waiting;
    };
    if (actual == expected || (failed(actual) && failed(expected)) || waitsBefore(actual, expected)
        || waitsBefore(expected, actual))
        return;
    std::fprintf(stderr, "read at once:\n");
    for (const QString &event : expected)
        std::fprintf(stderr, "  %s\n", event.toUtf8().constData());
    std::fprintf(stderr, "read %s:\n", how);
    for (const QString &event : actual)
        std::fprintf(stderr, "  %s\n", event.toUtf8().constData());
    FuzzSupport::violated("the events do not depend on how the bytes are cut");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.isEmpty())
        return 0;
    XmppStreamReader whole;
    const QStringList atOnce = read(whole, bytes, {bytes.size()});
    XmppStreamReader chunked;
    checkSame(read(chunked, bytes, pseudoRandomCuts(bytes)), atOnce, "in chunks");
    XmppStreamReader byteByByte;
    checkSame(read(byteByByte, bytes, {1}), atOnce, "byte by byte");
    // The restart after TLS starts over from nothing.
    whole.reset();
    checkSame(read(whole, bytes, {bytes.size()}), atOnce, "again after reset()");
    return 0;
}
