#include "probe/roundtripexchange.h"

#include "probe/xmppstreamreader.h"

#include <QRandomGenerator>
#include <QXmlStreamWriter>
#include <QXmppDiscoveryIq.h>
#include <QXmppPingIq.h>
#include <QXmppVersionIq.h>

#include <cmath>

namespace {

const QString StanzaErrorNamespace = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");

QString serialized(const QXmppIq &iq)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    iq.toXml(&writer);
    return xml;
}

// The RFC 6120 §8.3.3 name of an error answer's condition ("service-unavailable"):
// QXmpp parses it into an enum but does not name it.
QString conditionName(const QDomElement &iq)
{
    const QDomElement error = iq.firstChildElement(QStringLiteral("error"));
    for (QDomElement child = error.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.namespaceURI() == StanzaErrorNamespace && child.localName() != u"text")
            return child.localName();
    }
    return QStringLiteral("undefined-condition");
}

// What the partner's server says of itself goes into one-line outputs (--check's fields,
// the report's lines): control characters become spaces, and it is cut at 200 characters.
QString printable(const QString &text)
{
    constexpr int MaxLength = 200;
    QString shown = text.left(MaxLength);
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return shown.simplified();
}

} // namespace

RoundTripExchange::RoundTripExchange(const QString &localDomain, const QString &domain,
                                     RoundTrip *result)
    : m_localDomain(localDomain)
    , m_domain(domain)
    , m_result(result)
{
    // Unique within the stream and not guessable from an earlier test.
    const QString prefix = QStringLiteral("xp-%1-").arg(
        qulonglong(QRandomGenerator::global()->generate64()), 16, 16, QChar(u'0'));
    m_ids[Ping] = prefix + u"ping";
    m_ids[Disco] = prefix + u"disco";
    m_ids[Version] = prefix + u"version";
}

QStringList RoundTripExchange::queries()
{
    QXmppPingIq ping;
    QXmppDiscoveryIq disco;
    disco.setQueryType(QXmppDiscoveryIq::InfoQuery);
    QXmppVersionIq version;
    QXmppIq *iqs[KindCount] = {&ping, &disco, &version};
    QStringList xml;
    for (int kind = 0; kind < KindCount; ++kind) {
        iqs[kind]->setType(QXmppIq::Get);
        iqs[kind]->setFrom(m_localDomain);
        iqs[kind]->setTo(m_domain);
        iqs[kind]->setId(m_ids[kind]);
        xml.append(serialized(*iqs[kind]));
        query(Kind(kind)).outcome = RoundTrip::Outcome::NoAnswer;
    }
    m_result->attempted = true;
    m_pingClock.start();
    return xml;
}

bool RoundTripExchange::handle(const QDomElement &element)
{
    if (element.tagName() != u"iq")
        return false;
    const QString type = element.attribute(QStringLiteral("type"));
    if (type != u"result" && type != u"error")
        return false;
    const QString id = element.attribute(QStringLiteral("id"));
    if (id.isEmpty())
        return false;
    int kind = 0;
    while (kind < KindCount && m_ids[kind] != id)
        ++kind;
    if (kind == KindCount || query(Kind(kind)).outcome != RoundTrip::Outcome::NoAnswer)
        return false;

    RoundTrip::Query &answer = query(Kind(kind));
    if (kind == Ping)
        m_result->pingMs = std::round(double(m_pingClock.nsecsElapsed()) / 100'000) / 10;
    QXmppIq iq;
    iq.parse(element);
    if (iq.type() == QXmppIq::Error) {
        answer.outcome = RoundTrip::Outcome::Error;
        answer.condition = conditionName(element);
        answer.text = iq.error().text();
        return true;
    }
    answer.outcome = RoundTrip::Outcome::Answered;
    if (kind == Disco) {
        QXmppDiscoveryIq disco;
        disco.parse(element);
        for (const QXmppDiscoveryIq::Identity &identity : disco.identities())
            m_result->identities.append({printable(identity.category()), printable(identity.type()),
                                         printable(identity.name())});
        m_result->features = disco.features();
    } else if (kind == Version) {
        QXmppVersionIq version;
        version.parse(element);
        m_result->softwareName = printable(version.name());
        m_result->softwareVersion = printable(version.version());
        m_result->os = printable(version.os());
    }
    return true;
}

bool RoundTripExchange::isComplete() const
{
    for (int kind = 0; kind < KindCount; ++kind) {
        if (query(Kind(kind)).outcome == RoundTrip::Outcome::NoAnswer)
            return false;
    }
    return true;
}

LocalizedText RoundTripExchange::unansweredText() const
{
    LocalizedText names;
    for (int kind = 0; kind < KindCount; ++kind) {
        if (query(Kind(kind)).outcome != RoundTrip::Outcome::NoAnswer)
            continue;
        names = names.isEmpty()
            ? kindText(Kind(kind))
            : LocalizedText::verbatim(u"%1, %2"_qs).arg(names).arg(kindText(Kind(kind)));
    }
    return names;
}

void RoundTripExchange::timedOut()
{
    // The queries keep the outcome NoAnswer; what came later is not read.
    for (int kind = 0; kind < KindCount; ++kind)
        m_ids[kind].clear();
}

LocalizedText RoundTripExchange::summary() const
{
    QList<LocalizedText> lines;
    for (int kind = 0; kind < KindCount; ++kind) {
        const RoundTrip::Query &answer = query(Kind(kind));
        if (kind == Ping && answer.outcome == RoundTrip::Outcome::Answered) {
            lines.append(
                trLater("%1: answered in %2 ms").arg(kindText(Ping)).arg(m_result->pingMs));
            continue;
        }
        lines.append(
            trLater("%1: %2").arg(kindText(Kind(kind))).arg(RoundTrip::outcomeText(answer)));
    }
    return LocalizedText::lines(lines);
}

LocalizedText RoundTripExchange::kindText(Kind kind)
{
    switch (kind) {
    case Ping:
        return trLater("XEP-0199 ping");
    case Disco:
        return trLater("XEP-0030 disco#info");
    case Version:
        return trLater("XEP-0092 version");
    case KindCount:
        break;
    }
    return {};
}

RoundTrip::Query &RoundTripExchange::query(Kind kind)
{
    return kind == Ping ? m_result->ping : kind == Disco ? m_result->disco : m_result->version;
}

const RoundTrip::Query &RoundTripExchange::query(Kind kind) const
{
    return kind == Ping ? m_result->ping : kind == Disco ? m_result->disco : m_result->version;
}
