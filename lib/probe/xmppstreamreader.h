#pragma once

#include "i18n/localizedtext.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QDomElement>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <memory>

// Reads an XMPP stream as it arrives: one open XML document whose top-level children
// (features, proceed, failure, errors, dialback results) are cut out one at a time as
// DOM elements for QXmpp to parse. It refuses what a hostile peer could use against a
// parser: any DTD (and so every entity-expansion bomb), and any element or stream
// header larger than 64 KiB, so memory stays bounded whatever the peer sends. Bytes that
// are not UTF-8 (RFC 6120 §11.6) are refused as they arrive, however they are cut.
class XmppStreamReader final
{
    Q_DECLARE_TR_FUNCTIONS(XmppStreamReader)
    XP_DECLARE_TR_LATER(XmppStreamReader)

public:
    static constexpr qint64 MaxElementSize = 64 * 1024;

    enum class Event {
        NeedMoreData,
        StreamOpened, // header() is filled
        Element, // element() is a complete top-level child
        StreamClosed, // </stream:stream>
        Error, // errorText() says why; the stream cannot be read further
    };

    // Why the stream could not be read, for the connection test's advice.
    enum class ErrorKind {
        None,
        NotXml, // not well-formed XML
        NotUtf8,
        OtherEncoding, // an XML declaration naming another encoding
        Dtd,
        EntityReference,
        NotAStream, // well-formed XML whose root is not <stream:stream>
        HeaderTooLarge,
        ElementTooLarge,
    };

    struct StreamHeader
    {
        QString from;
        QString to;
        QString id;
        QString version;
        QString defaultNamespace;
        bool dialbackNamespace = false; // xmlns:db='jabber:server:dialback' declared
    };

    // Starts over, for the stream restart after TLS.
    void reset();
    void addData(const QByteArray &data);
    // The next complete event, or NeedMoreData.
    Event next();

    // The condition of a stream error or SASL failure element: its first child's name
    // other than <text/>; and that <text/>'s content.
    static QString conditionOf(const QDomElement &element);
    static QString textOf(const QDomElement &element);

    const StreamHeader &header() const { return m_header; }
    QDomElement element() const { return m_element; }
    LocalizedText errorText() const { return m_error; }
    ErrorKind errorKind() const { return m_errorKind; }
    // The root element's name when the peer opened something else than a stream.
    QString rootName() const { return m_rootName; }

private:
    Event fail(ErrorKind kind, const LocalizedText &message);
    Event failTooLarge();

    // Made anew by reset(): QXmlStreamReader::clear() keeps the namespace declarations it
    // has read, which would then apply to the stream restarted after TLS.
    std::unique_ptr<QXmlStreamReader> m_reader = std::make_unique<QXmlStreamReader>();
    // Checks the bytes as they come: QXmlStreamReader can miss a bad sequence cut across
    // two addData() calls and then wait for more data forever.
    QStringDecoder m_utf8 {QStringDecoder::Utf8};
    bool m_invalidUtf8 = false; // the reader has the bytes before the first bad one
    QString m_textTail; // the end of the text read so far, while a text goes on
    QDomDocument m_document;
    QDomElement m_element; // the top-level child being read, then the last one completed
    QDomElement m_current;
    StreamHeader m_header;
    LocalizedText m_error;
    ErrorKind m_errorKind = ErrorKind::None;
    QString m_rootName;
    int m_depth = 0;
    qint64 m_bytesFed = 0;
    qint64 m_boundary = 0; // reader offset where the current element (or header) began
    bool m_failed = false;
};
