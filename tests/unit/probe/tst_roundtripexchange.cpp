// The round trip's queries and answers: three IQs built by QXmpp with ids of their own,
// answers matched by id and parsed by QXmpp (identities, features, software, error
// conditions), anything else ignored, and the queries without answer at the timeout.
#include "probe/roundtripexchange.h"

#include <QDomDocument>
#include <QTest>

namespace {

const QString Local = u"lync.test"_qs;
const QString Partner = u"partner.test"_qs;

// The first element of `xml`, read with namespaces as XmppStreamReader hands it over
// (the stream's default namespace is jabber:server).
QDomElement element(const QString &xml)
{
    static QList<QDomDocument> documents; // the elements live as long as the test
    QDomDocument document;
    if (!document.setContent(xml, true))
        qFatal("not XML: %s", qPrintable(xml));
    documents.append(document);
    return document.documentElement();
}

QString iq(const QString &type, const QString &id, const QString &children = {})
{
    return u"<iq xmlns='jabber:server' type='%1' id='%2' from='partner.test' to='lync.test'>"_qs
               .arg(type, id)
        + children + u"</iq>"_qs;
}

QString stanzaError(const QString &type, const QString &condition, const QString &text = {})
{
    QString xml = u"<error type='%1'><%2 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"_qs.arg(
        type, condition);
    if (!text.isEmpty())
        xml += u"<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>"_qs + text + u"</text>"_qs;
    return xml + u"</error>"_qs;
}

struct Sent
{
    QString pingId;
    QString discoId;
    QString versionId;
};

// The ids of the queries, read back from what the exchange sends.
Sent idsOf(const QStringList &queries)
{
    Sent sent;
    for (const QString &query : queries) {
        // Sent inside a jabber:server stream; read here on its own.
        const QDomElement stanza
            = element(QString(query).replace(u"<iq "_qs, u"<iq xmlns='jabber:server' "_qs));
        const QDomElement child = stanza.firstChildElement();
        if (child.namespaceURI() == u"urn:xmpp:ping")
            sent.pingId = stanza.attribute(u"id"_qs);
        else if (child.namespaceURI() == u"http://jabber.org/protocol/disco#info")
            sent.discoId = stanza.attribute(u"id"_qs);
        else if (child.namespaceURI() == u"jabber:iq:version")
            sent.versionId = stanza.attribute(u"id"_qs);
    }
    return sent;
}

} // namespace

class tst_RoundTripExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queriesGoFromLocalToPartner();
    void answersAreParsed();
    void errorAnswersShowTheirCondition();
    void otherStanzasAreIgnored();
    void softwareTextIsOneLine();
    void missingAnswersAtTheTimeout();
};

void tst_RoundTripExchange::queriesGoFromLocalToPartner()
{
    RoundTrip result;
    RoundTripExchange exchange(Local, Partner, &result);
    const QStringList queries = exchange.queries();
    QCOMPARE(queries.size(), 3);
    QStringList ids;
    for (const QString &query : queries) {
        const QDomElement stanza
            = element(QString(query).replace(u"<iq "_qs, u"<iq xmlns='jabber:server' "_qs));
        QCOMPARE(stanza.localName(), u"iq"_qs);
        QCOMPARE(stanza.attribute(u"type"_qs), u"get"_qs);
        QCOMPARE(stanza.attribute(u"from"_qs), Local);
        QCOMPARE(stanza.attribute(u"to"_qs), Partner);
        ids.append(stanza.attribute(u"id"_qs));
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 3);
    QVERIFY(!ids.contains(QString()));
    const Sent sent = idsOf(queries);
    QVERIFY(!sent.pingId.isEmpty());
    QVERIFY(!sent.discoId.isEmpty());
    QVERIFY(!sent.versionId.isEmpty());
    QVERIFY(result.attempted);
    // Another exchange, other ids.
    RoundTrip other;
    RoundTripExchange second(Local, Partner, &other);
    QVERIFY(idsOf(second.queries()).pingId != sent.pingId);
}

void tst_RoundTripExchange::answersAreParsed()
{
    RoundTrip result;
    RoundTripExchange exchange(Local, Partner, &result);
    const Sent sent = idsOf(exchange.queries());
    QVERIFY(!exchange.isComplete());

    QVERIFY(exchange.handle(element(iq(u"result"_qs, sent.pingId))));
    QCOMPARE(result.ping.outcome, RoundTrip::Outcome::Answered);
    QVERIFY(result.proven());
    QVERIFY(result.pingMs >= 0);

    QVERIFY(exchange.handle(
        element(iq(u"result"_qs, sent.discoId,
                   u"<query xmlns='http://jabber.org/protocol/disco#info'>"
                   "<identity category='server' type='im' name='Prosody'/>"
                   "<feature var='urn:xmpp:ping'/><feature var='jabber:iq:version'/>"
                   "<feature var='urn:xmpp:bidi'/></query>"_qs))));
    QCOMPARE(result.disco.outcome, RoundTrip::Outcome::Answered);
    QCOMPARE(result.identities.size(), 1);
    QCOMPARE(RoundTrip::identityText(result.identities.constFirst()), u"server/im (Prosody)"_qs);
    QCOMPARE(result.features,
             (QStringList {u"urn:xmpp:ping"_qs, u"jabber:iq:version"_qs, u"urn:xmpp:bidi"_qs}));
    QVERIFY(!RoundTrip::featureMeaning(u"urn:xmpp:bidi"_qs).isEmpty());
    QVERIFY(RoundTrip::featureMeaning(u"jabber:iq:version"_qs).isEmpty());
    QVERIFY(!exchange.isComplete());

    QVERIFY(exchange.handle(element(iq(u"result"_qs, sent.versionId,
                                       u"<query xmlns='jabber:iq:version'><name>Prosody</name>"
                                       "<version>0.12.3</version><os>Linux</os></query>"_qs))));
    QCOMPARE(result.softwareName, u"Prosody"_qs);
    QCOMPARE(result.softwareVersion, u"0.12.3"_qs);
    QCOMPARE(result.os, u"Linux"_qs);
    QCOMPARE(result.softwareText().toString(), u"Prosody 0.12.3 (Linux)"_qs);
    QVERIFY(exchange.isComplete());
    QVERIFY(exchange.summary().toString().startsWith(u"XEP-0199 ping: answered in "_qs));
}

void tst_RoundTripExchange::errorAnswersShowTheirCondition()
{
    RoundTrip result;
    RoundTripExchange exchange(Local, Partner, &result);
    const Sent sent = idsOf(exchange.queries());
    QVERIFY(exchange.handle(
        element(iq(u"error"_qs, sent.pingId,
                   u"<ping xmlns='urn:xmpp:ping'/>"_qs
                       + stanzaError(u"cancel"_qs, u"service-unavailable"_qs, u"Not here"_qs)))));
    QVERIFY(exchange.handle(element(iq(u"error"_qs, sent.versionId,
                                       stanzaError(u"cancel"_qs, u"feature-not-implemented"_qs)))));
    QCOMPARE(result.ping.outcome, RoundTrip::Outcome::Error);
    QCOMPARE(result.ping.condition, u"service-unavailable"_qs);
    QCOMPARE(result.ping.text, u"Not here"_qs);
    QVERIFY(!result.proven());
    QCOMPARE(result.version.outcome, RoundTrip::Outcome::Error);
    QCOMPARE(result.version.condition, u"feature-not-implemented"_qs);
    QCOMPARE(RoundTrip::outcomeText(result.version).toString(),
             u"error “feature-not-implemented”"_qs);
    QVERIFY(result.softwareText().isEmpty());
    QCOMPARE(result.toJson()[u"ping"_qs][u"condition"_qs].toString(), u"service-unavailable"_qs);
    QCOMPARE(result.toJson()[u"proven"_qs].toBool(), false);
}

// What a hostile server says of itself cannot add fields or lines to --check's output.
void tst_RoundTripExchange::softwareTextIsOneLine()
{
    RoundTrip result;
    RoundTripExchange exchange(Local, Partner, &result);
    const Sent sent = idsOf(exchange.queries());
    const QString longVersion(500, u'9');
    QVERIFY(exchange.handle(element(
        iq(u"result"_qs, sent.versionId,
           u"<query xmlns='jabber:iq:version'><name>Evil&#9;Pass&#10;other.test&#9;Pass</name>"
           "<version>%1</version><os>Linux&#13;</os></query>"_qs.arg(longVersion)))));
    QCOMPARE(result.softwareName, u"Evil Pass other.test Pass"_qs);
    QCOMPARE(result.softwareVersion.size(), 200);
    QCOMPARE(result.os, u"Linux"_qs);
    const QString shown = result.softwareText().toString();
    QVERIFY(!shown.contains(u'\t'));
    QVERIFY(!shown.contains(u'\n'));
    QVERIFY(!shown.contains(u'\r'));
}

void tst_RoundTripExchange::otherStanzasAreIgnored()
{
    RoundTrip result;
    RoundTripExchange exchange(Local, Partner, &result);
    const Sent sent = idsOf(exchange.queries());
    // Another id, a request rather than an answer, something else than an IQ.
    QVERIFY(!exchange.handle(element(iq(u"result"_qs, sent.pingId + u"-other"_qs))));
    QVERIFY(!exchange.handle(element(iq(u"get"_qs, sent.pingId))));
    QVERIFY(!exchange.handle(
        element(u"<message xmlns='jabber:server' type='result' id='%1'/>"_qs.arg(sent.pingId))));
    QCOMPARE(result.ping.outcome, RoundTrip::Outcome::NoAnswer);
    QVERIFY(!result.proven());
    // A second answer with the same id changes nothing.
    QVERIFY(exchange.handle(element(iq(u"result"_qs, sent.pingId))));
    QVERIFY(!exchange.handle(
        element(iq(u"error"_qs, sent.pingId, stanzaError(u"cancel"_qs, u"item-not-found"_qs)))));
    QCOMPARE(result.ping.outcome, RoundTrip::Outcome::Answered);
}

void tst_RoundTripExchange::missingAnswersAtTheTimeout()
{
    RoundTrip result;
    RoundTripExchange exchange(Local, Partner, &result);
    const Sent sent = idsOf(exchange.queries());
    QCOMPARE(exchange.unansweredText().toString(),
             u"XEP-0199 ping, XEP-0030 disco#info, XEP-0092 version"_qs);
    QVERIFY(exchange.handle(element(iq(u"result"_qs, sent.discoId))));
    QCOMPARE(exchange.unansweredText().toString(), u"XEP-0199 ping, XEP-0092 version"_qs);
    exchange.timedOut();
    // Late answers are not read.
    QVERIFY(!exchange.handle(element(iq(u"result"_qs, sent.pingId))));
    QCOMPARE(result.ping.outcome, RoundTrip::Outcome::NoAnswer);
    QCOMPARE(result.version.outcome, RoundTrip::Outcome::NoAnswer);
    QVERIFY(!result.proven());
    QCOMPARE(result.pingMs, -1.0);
    QVERIFY(exchange.summary().toString().contains(u"XEP-0092 version: no answer"_qs));
    QCOMPARE(result.toJson()[u"ping"_qs][u"outcome"_qs].toString(), u"noAnswer"_qs);
}

QTEST_GUILESS_MAIN(tst_RoundTripExchange)
#include "tst_roundtripexchange.moc"
