#include "probe/xmppstreamreader.h"

#include <QFile>
#include <QTest>

using Event = XmppStreamReader::Event;

class tst_XmppStreamReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHeaderAndFeatures();
    void readsByteByByte();
    void keepAlivesBetweenElements();
    void resetForRestart();
    void streamClose();
    void refusals_data();
    void refusals();
    void oversizedElementIsRefusedBeforeItEnds();
    void invalidUtf8IsRefusedHoweverItIsCut_data();
    void invalidUtf8IsRefusedHoweverItIsCut();
    void utf8CutInsideACharacter();
    void resetForgetsTheNamespacesOfTheLastStream();
    void elementsBeforeInvalidUtf8AreRead();
    void cdataEndInTextIsRefusedByteByByte();
};

static const QByteArray Header
    = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
      "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
      "from='partner.example' id='abc123' version='1.0'>";
static const QByteArray Features
    = "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"
      "<dialback xmlns='urn:xmpp:features:dialback'/></stream:features>";

void tst_XmppStreamReader::readsHeaderAndFeatures()
{
    XmppStreamReader reader;
    reader.addData(Header + Features);
    QCOMPARE(reader.next(), Event::StreamOpened);
    QCOMPARE(reader.header().from, u"partner.example"_qs);
    QCOMPARE(reader.header().id, u"abc123"_qs);
    QCOMPARE(reader.header().version, u"1.0"_qs);
    QCOMPARE(reader.header().defaultNamespace, u"jabber:server"_qs);
    QVERIFY(reader.header().dialbackNamespace);
    QCOMPARE(reader.next(), Event::Element);
    const QDomElement features = reader.element();
    QCOMPARE(features.localName(), u"features"_qs);
    QCOMPARE(features.namespaceURI(), u"http://etherx.jabber.org/streams"_qs);
    const QDomElement starttls = features.firstChildElement();
    QCOMPARE(starttls.localName(), u"starttls"_qs);
    QCOMPARE(starttls.namespaceURI(), u"urn:ietf:params:xml:ns:xmpp-tls"_qs);
    QCOMPARE(starttls.firstChildElement().localName(), u"required"_qs);
    QCOMPARE(starttls.nextSiblingElement().namespaceURI(), u"urn:xmpp:features:dialback"_qs);
    QCOMPARE(reader.next(), Event::NeedMoreData);
}

void tst_XmppStreamReader::readsByteByByte()
{
    XmppStreamReader reader;
    const QByteArray all = Header + Features + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";
    QList<Event> events;
    for (const char byte : all) {
        reader.addData(QByteArray(1, byte));
        for (Event e = reader.next(); e != Event::NeedMoreData; e = reader.next())
            events.append(e);
    }
    QCOMPARE(events, (QList<Event> {Event::StreamOpened, Event::Element, Event::Element}));
    QCOMPARE(reader.element().localName(), u"proceed"_qs);
}

void tst_XmppStreamReader::keepAlivesBetweenElements()
{
    XmppStreamReader reader;
    reader.addData(Header + " \n " + Features + "\n\n");
    QCOMPARE(reader.next(), Event::StreamOpened);
    QCOMPARE(reader.next(), Event::Element);
    QCOMPARE(reader.next(), Event::NeedMoreData);
}

void tst_XmppStreamReader::resetForRestart()
{
    XmppStreamReader reader;
    reader.addData(Header + Features);
    QCOMPARE(reader.next(), Event::StreamOpened);
    QCOMPARE(reader.next(), Event::Element);
    reader.reset();
    reader.addData(Header);
    QCOMPARE(reader.next(), Event::StreamOpened);
    QCOMPARE(reader.header().from, u"partner.example"_qs);
}

void tst_XmppStreamReader::streamClose()
{
    XmppStreamReader reader;
    reader.addData(Header + "</stream:stream>");
    QCOMPARE(reader.next(), Event::StreamOpened);
    QCOMPARE(reader.next(), Event::StreamClosed);
}

void tst_XmppStreamReader::refusals_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("garbage") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n")
                             << u"not valid XML"_qs;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)
                            << u"not valid XML"_qs;
    QTest::newRow("DTD entity bomb")
        << QByteArray("<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
                      "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
                      "<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>]>"
                      "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'>&lol3;")
        << u"document type declaration"_qs;
    QTest::newRow("undeclared entity")
        << Header + "<stream:features>&boom;</stream:features>" << u"'boom' not declared"_qs;
    QTest::newRow("not a stream") << QByteArray("<html><body>hello</body></html>")
                                  << u"did not open an XMPP stream (it sent <html>"_qs;
    // Read at once, the rest was decoded as UTF-16 and waited for more data; cut, it
    // failed (found by fuzz_xmppstream).
    QTest::newRow("UTF-16 declared")
        << QByteArray("<?xml version='1.0' encoding='UTF-16'?><?tre\0\0\0\0\0\0\0\0\0\0\0\0ersio"
                      "<proceedn='0.0'>",
                      77)
        << u"declared the encoding UTF-16"_qs;
    QTest::newRow("Latin-1 declared")
        << "<?xml version='1.0' encoding='ISO-8859-1'?>" + Header.mid(21) << u"ISO-8859-1"_qs;
    QTest::newRow("mismatched tags") << Header + "<stream:features></other>" << u"not valid XML"_qs;
}

void tst_XmppStreamReader::refusals()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, messagePart);
    XmppStreamReader reader;
    reader.addData(data);
    Event event = reader.next();
    while (event == Event::StreamOpened || event == Event::Element)
        event = reader.next();
    QCOMPARE(event, Event::Error);
    QVERIFY2(reader.errorText().toString().contains(messagePart),
             qPrintable(reader.errorText().toString()));
    // Once failed, it stays failed.
    reader.addData(Features);
    QCOMPARE(reader.next(), Event::Error);
}

void tst_XmppStreamReader::oversizedElementIsRefusedBeforeItEnds()
{
    XmppStreamReader reader;
    reader.addData(Header + "<stream:features>");
    QCOMPARE(reader.next(), Event::StreamOpened);
    QCOMPARE(reader.next(), Event::NeedMoreData);
    const QByteArray chunk(4096, 'x');
    Event event = Event::NeedMoreData;
    int chunks = 0;
    // 1 MiB offered; the reader must give up after about 64 KiB.
    for (; chunks < 256 && event == Event::NeedMoreData; ++chunks) {
        reader.addData("<mechanism>" + chunk + "</mechanism>");
        event = reader.next();
    }
    QCOMPARE(event, Event::Error);
    QVERIFY(chunks <= 20);
    QVERIFY2(reader.errorText().toString().contains(u"larger than 64 KiB"_qs),
             qPrintable(reader.errorText().toString()));
}

void tst_XmppStreamReader::invalidUtf8IsRefusedHoweverItIsCut_data()
{
    QTest::addColumn<int>("chunk");
    for (const int chunk : {1, 2, 3, 8, 64, 4096})
        QTest::addRow("%d-byte chunks", chunk) << chunk;
}

// Bytes that are not UTF-8 inside the stream header, cut in two-byte chunks, once left
// QXmlStreamReader waiting for more data forever (found by fuzz_xmppstream).
void tst_XmppStreamReader::invalidUtf8IsRefusedHoweverItIsCut()
{
    QFETCH(int, chunk);
    QFile file(QStringLiteral(XP_FIXTURES "/xmppstream-invalid-utf8-in-header.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    XmppStreamReader reader;
    Event event = Event::NeedMoreData;
    for (qsizetype i = 0; i < data.size() && event != Event::Error; i += chunk) {
        reader.addData(data.mid(i, chunk));
        for (event = reader.next(); event == Event::Element; event = reader.next()) { }
        QVERIFY(event != Event::StreamOpened && event != Event::StreamClosed);
    }
    QCOMPARE(event, Event::Error);
    QVERIFY2(reader.errorText().toString().contains(u"not valid XML"_qs),
             qPrintable(reader.errorText().toString()));
}

void tst_XmppStreamReader::utf8CutInsideACharacter()
{
    // A "ü" split between two reads is still one character.
    const QByteArray all
        = QByteArray(Header).replace("partner.example", "bücher.example") + Features;
    const qsizetype cut = all.indexOf("\xC3\xBC") + 1;
    XmppStreamReader reader;
    reader.addData(all.left(cut));
    QCOMPARE(reader.next(), Event::NeedMoreData);
    reader.addData(all.mid(cut));
    QCOMPARE(reader.next(), Event::StreamOpened);
    QCOMPARE(reader.header().from, u"bücher.example"_qs);
    QCOMPARE(reader.next(), Event::Element);
}

void tst_XmppStreamReader::elementsBeforeInvalidUtf8AreRead()
{
    // What came before the bad bytes is read the same whether they arrive in the same
    // read or later (found by fuzz_xmppstream).
    for (const bool sameRead : {true, false}) {
        XmppStreamReader reader;
        reader.addData(Header + Features + (sameRead ? "<a>\xC3(</a>" : "<a>"));
        QCOMPARE(reader.next(), Event::StreamOpened);
        QCOMPARE(reader.next(), Event::Element);
        QCOMPARE(reader.element().localName(), u"features"_qs);
        if (!sameRead) {
            QCOMPARE(reader.next(), Event::NeedMoreData);
            reader.addData("\xC3(</a>");
        }
        QCOMPARE(reader.next(), Event::Error);
        QVERIFY2(reader.errorText().toString().contains(u"not UTF-8"_qs),
                 qPrintable(reader.errorText().toString()));
    }
}

// "]]>" outside a CDATA section is not well-formed; QXmlStreamReader saw it only when the
// text came in one read (found by fuzz_xmppstream).
void tst_XmppStreamReader::cdataEndInTextIsRefusedByteByByte()
{
    const QByteArray all = Header
        + "<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
          "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>No such h]]>ost</text>"
          "</stream:error>";
    for (const qsizetype chunk : {qsizetype(1), qsizetype(2), all.size()}) {
        XmppStreamReader reader;
        QList<Event> events;
        for (qsizetype i = 0; i < all.size(); i += chunk) {
            reader.addData(all.mid(i, chunk));
            for (Event e = reader.next(); e != Event::NeedMoreData && e != Event::Error;
                 e = reader.next())
                events.append(e);
        }
        QCOMPARE(events, QList<Event> {Event::StreamOpened});
        QCOMPARE(reader.next(), Event::Error);
        QVERIFY2(reader.errorText().toString().contains(u"]]>"_qs),
                 qPrintable(reader.errorText().toString()));
    }
    // In a CDATA section, it ends the section.
    XmppStreamReader reader;
    const QByteArray cdata = Header + "<a><![CDATA[x]]>]</a>";
    for (const char byte : cdata)
        reader.addData(QByteArray(1, byte));
    QCOMPARE(reader.next(), Event::StreamOpened);
    QCOMPARE(reader.next(), Event::Element);
    QCOMPARE(reader.element().text(), u"x]"_qs);
}

void tst_XmppStreamReader::resetForgetsTheNamespacesOfTheLastStream()
{
    // The stream before TLS declared a default namespace on an element it never closed; the
    // stream restarted after TLS must not see it (found by fuzz_xmppstream; kept as a seed).
    const QByteArray before = "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'>"
                              "<a><b xmlns='urn:example:left-over'>";
    const QByteArray after = "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'>"
                             "<mechanism>EXTERNAL</mechanism>";
    XmppStreamReader reader;
    reader.addData(before);
    while (reader.next() != XmppStreamReader::Event::NeedMoreData) { }
    reader.reset();
    reader.addData(after);
    QCOMPARE(reader.next(), XmppStreamReader::Event::StreamOpened);
    QCOMPARE(reader.next(), XmppStreamReader::Event::Element);
    QCOMPARE(reader.element().localName(), u"mechanism"_qs);
    QCOMPARE(reader.element().namespaceURI(), QString());
}

QTEST_GUILESS_MAIN(tst_XmppStreamReader)
#include "tst_xmppstreamreader.moc"
