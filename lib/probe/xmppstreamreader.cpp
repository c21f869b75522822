#include "probe/xmppstreamreader.h"

namespace {
const QString StreamNamespace = QStringLiteral("http://etherx.jabber.org/streams");
const QString DialbackNamespace = QStringLiteral("jabber:server:dialback");
// QXmlStreamReader's own message, in Qt's translation (not this program's).
constexpr char QtXmlContext[] = "QXmlStream";
constexpr char CdataEndInText[] = "Sequence ']]>' not allowed in content.";
} // namespace

void XmppStreamReader::reset()
{
    m_reader = std::make_unique<QXmlStreamReader>();
    m_utf8.resetState();
    m_invalidUtf8 = false;
    m_textTail.clear();
    m_document = QDomDocument();
    m_element = QDomElement();
    m_current = QDomElement();
    m_header = StreamHeader();
    m_error = {};
    m_errorKind = ErrorKind::None;
    m_rootName.clear();
    m_depth = 0;
    m_bytesFed = 0;
    m_boundary = 0;
    m_failed = false;
}

void XmppStreamReader::addData(const QByteArray &data)
{
    if (m_failed || m_invalidUtf8)
        return;
    m_bytesFed += data.size();
    // The reader gets the bytes up to the first one that is not UTF-8: what comes before
    // is read as usual, then next() fails there, however the reads cut the bytes (a
    // sequence may span two reads, so the check keeps its state from one to the next).
    qsizetype valid = 0;
    QChar decoded[4];
    while (valid < data.size()) {
        m_utf8.appendToBuffer(decoded, QByteArrayView(data).sliced(valid, 1));
        if (m_utf8.hasError()) {
            m_invalidUtf8 = true;
            break;
        }
        ++valid;
    }
    m_reader->addData(data.first(valid));
}

XmppStreamReader::Event XmppStreamReader::fail(ErrorKind kind, const LocalizedText &message)
{
    m_failed = true;
    m_errorKind = kind;
    m_error = message;
    return Event::Error;
}

XmppStreamReader::Event XmppStreamReader::failTooLarge()
{
    return fail(m_depth == 0 ? ErrorKind::HeaderTooLarge : ErrorKind::ElementTooLarge,
                m_depth == 0
                    ? trLater("The stream header is larger than %1 KiB.").arg(MaxElementSize / 1024)
                    : trLater("An element of the stream is larger than %1 KiB.")
                          .arg(MaxElementSize / 1024));
}

XmppStreamReader::Event XmppStreamReader::next()
{
    if (m_failed)
        return Event::Error;
    while (true) {
        // Bytes received but not yet part of a completed element: a peer that never
        // closes its element is stopped here, before the buffer grows without bound.
        // Before the header is read, its size is told only once the reader needs more
        // data (below): the first read may hold the header and what follows it.
        if (m_depth > 0 && m_bytesFed - m_boundary > MaxElementSize + 1024)
            return failTooLarge();
        const QXmlStreamReader::TokenType token = m_reader->readNext();
        if (token != QXmlStreamReader::Characters)
            m_textTail.clear();
        switch (token) {
        case QXmlStreamReader::StartDocument:
            // Another encoding would make the reader decode the rest differently.
            if (const QStringView encoding = m_reader->documentEncoding();
                !encoding.isEmpty() && encoding.compare(u"UTF-8", Qt::CaseInsensitive) != 0) {
                return fail(ErrorKind::OtherEncoding,
                            trLater("The server declared the encoding %1; XMPP requires UTF-8 "
                                    "(RFC 6120 §11.6).")
                                .arg(encoding.toString()));
            }
            continue;
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            continue;
        case QXmlStreamReader::Invalid:
            if (m_reader->error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (m_invalidUtf8) {
                    return fail(
                        ErrorKind::NotUtf8,
                        trLater("The server sent data that is not valid XML: it is not UTF-8 "
                                "text, which XMPP requires (RFC 6120 §11.6)."));
                }
                if (m_bytesFed - m_boundary > MaxElementSize + 1024)
                    return failTooLarge();
                return Event::NeedMoreData;
            }
            return fail(
                ErrorKind::NotXml,
                trLater("The server sent data that is not valid XML: %1 (line %2, column %3).")
                    .arg(m_reader->errorString())
                    .arg(QString::number(m_reader->lineNumber()))
                    .arg(QString::number(m_reader->columnNumber())));
        case QXmlStreamReader::DTD:
            return fail(
                ErrorKind::Dtd,
                trLater("The server sent a document type declaration (DTD), which XMPP forbids "
                        "(RFC 6120 §11.1); the stream was refused."));
        case QXmlStreamReader::EntityReference:
            return fail(ErrorKind::EntityReference,
                        trLater("The server sent an undeclared entity reference (&%1;).")
                            .arg(m_reader->name().toString()));
        case QXmlStreamReader::EndDocument:
            return Event::StreamClosed;
        case QXmlStreamReader::StartElement: {
            if (m_depth == 0) {
                if (m_reader->name() != u"stream" || m_reader->namespaceUri() != StreamNamespace) {
                    m_rootName = m_reader->qualifiedName().toString();
                    return fail(
                        ErrorKind::NotAStream,
                        trLater("The server did not open an XMPP stream (it sent <%1> instead).")
                            .arg(m_reader->qualifiedName().toString()));
                }
                const QXmlStreamAttributes attributes = m_reader->attributes();
                m_header.from = attributes.value(QLatin1String("from")).toString();
                m_header.to = attributes.value(QLatin1String("to")).toString();
                m_header.id = attributes.value(QLatin1String("id")).toString();
                m_header.version = attributes.value(QLatin1String("version")).toString();
                for (const QXmlStreamNamespaceDeclaration &declaration :
                     m_reader->namespaceDeclarations()) {
                    if (declaration.prefix().isEmpty())
                        m_header.defaultNamespace = declaration.namespaceUri().toString();
                    else if (declaration.prefix() == u"db"
                             && declaration.namespaceUri() == DialbackNamespace)
                        m_header.dialbackNamespace = true;
                }
                m_depth = 1;
                m_boundary = m_reader->characterOffset();
                return Event::StreamOpened;
            }
            QDomElement element = m_document.createElementNS(m_reader->namespaceUri().toString(),
                                                             m_reader->qualifiedName().toString());
            for (const QXmlStreamAttribute &attribute : m_reader->attributes()) {
                if (attribute.namespaceUri().isEmpty())
                    element.setAttribute(attribute.name().toString(), attribute.value().toString());
                else
                    element.setAttributeNS(attribute.namespaceUri().toString(),
                                           attribute.qualifiedName().toString(),
                                           attribute.value().toString());
            }
            if (m_depth == 1)
                m_element = element;
            else
                m_current.appendChild(element);
            m_current = element;
            ++m_depth;
            continue;
        }
        case QXmlStreamReader::Characters:
            // QXmlStreamReader refuses "]]>" in text that comes in one read, but misses it
            // in text cut across reads: looked for here, across the pieces of one text.
            if (m_reader->isCDATA()) {
                m_textTail.clear();
            } else {
                const QString text = m_textTail + m_reader->text();
                if (text.contains(u"]]>")) {
                    return fail(
                        ErrorKind::NotXml,
                        trLater(
                            "The server sent data that is not valid XML: %1 (line %2, column %3).")
                            .arg(QCoreApplication::translate(QtXmlContext, CdataEndInText))
                            .arg(QString::number(m_reader->lineNumber()))
                            .arg(QString::number(m_reader->columnNumber())));
                }
                m_textTail = text.right(2);
            }
            if (m_depth >= 2)
                m_current.appendChild(m_document.createTextNode(m_reader->text().toString()));
            else
                m_boundary = m_reader->characterOffset(); // whitespace keep-alives between elements
            continue;
        case QXmlStreamReader::EndElement:
            --m_depth;
            if (m_depth == 0)
                return Event::StreamClosed;
            if (m_depth == 1) {
                m_boundary = m_reader->characterOffset();
                m_current = QDomElement();
                return Event::Element;
            }
            m_current = m_current.parentNode().toElement();
            continue;
        }
    }
}

QString XmppStreamReader::conditionOf(const QDomElement &element)
{
    for (QDomElement child = element.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.localName() != u"text")
            return child.localName();
    }
    return {};
}

QString XmppStreamReader::textOf(const QDomElement &element)
{
    for (QDomElement child = element.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.localName() == u"text")
            return child.text();
    }
    return {};
}
