// Reading <stream:features/> as a partner's server sends it: STARTTLS (required or not),
// the dialback feature or the dialback namespace on the stream, SASL mechanisms, and
// their names for the report.
#include "probe/streamfeatures.h"

#include <QDomDocument>
#include <QTest>

namespace {

// The first element of `xml`, read with namespaces as XmppStreamReader hands it over.
QDomElement element(const QString &xml)
{
    static QList<QDomDocument> documents; // the elements live as long as the test
    QDomDocument document;
    if (!document.setContent(xml, true))
        qFatal("not XML: %s", qPrintable(xml));
    documents.append(document);
    return document.documentElement();
}

QString features(const QString &children)
{
    return u"<stream:features xmlns:stream='http://etherx.jabber.org/streams'>"_qs + children
        + u"</stream:features>"_qs;
}

const QString StartTls = u"<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"_qs;
const QString StartTlsRequired
    = u"<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"_qs;
const QString Dialback = u"<dialback xmlns='urn:xmpp:features:dialback'/>"_qs;
const QString External = u"<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                         "<mechanism>EXTERNAL</mechanism></mechanisms>"_qs;

} // namespace

class tst_StreamFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingOffered();
    void nothingOffered();
    void optionalStartTls();
    void dialbackNamespaceOnTheStreamCounts();
    void dialbackInAnotherNamespaceDoesNot();
    void onlyFeaturesAreFeatures();
};

void tst_StreamFeatures::everythingOffered()
{
    const StreamFeatures offer
        = StreamFeatures::parse(element(features(StartTlsRequired + Dialback + External)), false);
    QCOMPARE(offer.startTls, OfferedFeatures::StartTls::Required);
    QVERIFY(offer.dialback);
    QCOMPARE(offer.saslMechanisms, QStringList {u"EXTERNAL"_qs});
    QCOMPARE(LocalizedText::toStringList(offer.names()),
             (QStringList {u"STARTTLS (required)"_qs, u"dialback"_qs, u"SASL EXTERNAL"_qs}));
    QCOMPARE(offer.namesText().toString(), u"STARTTLS (required), dialback, SASL EXTERNAL"_qs);
}

void tst_StreamFeatures::nothingOffered()
{
    const StreamFeatures offer = StreamFeatures::parse(element(features({})), false);
    QCOMPARE(offer.startTls, OfferedFeatures::StartTls::NotOffered);
    QVERIFY(!offer.dialback);
    QVERIFY(offer.saslMechanisms.isEmpty());
    QVERIFY(offer.names().isEmpty());
    QCOMPARE(offer.namesText().toString(), u"none"_qs);
}

void tst_StreamFeatures::optionalStartTls()
{
    const StreamFeatures offer = StreamFeatures::parse(element(features(StartTls)), false);
    QCOMPARE(offer.startTls, OfferedFeatures::StartTls::Optional);
    QCOMPARE(offer.namesText().toString(), u"STARTTLS"_qs);
}

void tst_StreamFeatures::dialbackNamespaceOnTheStreamCounts()
{
    const StreamFeatures offer = StreamFeatures::parse(element(features({})), true);
    QVERIFY(offer.dialback);
    QCOMPARE(offer.namesText().toString(), u"dialback"_qs);
}

void tst_StreamFeatures::dialbackInAnotherNamespaceDoesNot()
{
    const StreamFeatures offer = StreamFeatures::parse(
        element(features(u"<dialback xmlns='urn:example:not-dialback'/>"_qs)), false);
    QVERIFY(!offer.dialback);
}

void tst_StreamFeatures::onlyFeaturesAreFeatures()
{
    QVERIFY(StreamFeatures::isStreamFeatures(element(features(Dialback))));
    QVERIFY(!StreamFeatures::isStreamFeatures(
        element(u"<stream:error xmlns:stream='http://etherx.jabber.org/streams'>"
                "<host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>"_qs)));
}

QTEST_GUILESS_MAIN(tst_StreamFeatures)
#include "tst_streamfeatures.moc"
