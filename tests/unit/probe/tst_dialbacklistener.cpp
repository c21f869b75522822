// The dialback listener as the authoritative server of the local domain, spoken to on
// 127.0.0.1 by a scripted partner: its stream header and features, its answer to
// <db:verify/> for a key of this run and for any other key, its acceptance of the
// partner's own <db:result/>, and what it reports.
#include "probe/dialbacklistener.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace {

const QString Local = u"lync.test"_qs;
const QString Partner = u"partner.test"_qs;

ProbeSettings listenerSettings()
{
    ProbeSettings settings;
    settings.localDomain = Local;
    settings.fullDialback = true;
    settings.dialbackListenAddress = QHostAddress(QHostAddress::LocalHost);
    settings.dialbackListenPort = 0; // any free port
    return settings;
}

// Reads from `socket` until `text` has arrived (within 5 s), with the event loop running
// for the listener in the same thread; everything read so far.
QString readUntil(QTcpSocket &socket, QString *buffer, const QString &text)
{
    QDeadlineTimer deadline(5000);
    while (!buffer->contains(text) && !deadline.hasExpired()) {
        QTest::qWait(5);
        *buffer += QString::fromUtf8(socket.readAll());
    }
    return *buffer;
}

QString partnerHeader()
{
    return u"<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
           "xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
           "from='partner.test' to='lync.test' version='1.0'>"_qs;
}

} // namespace

class tst_DialbackListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersVerifyForItsKeys()
    {
        DialbackListener listener(listenerSettings());
        QVERIFY2(listener.start(), qPrintable(listener.errorText().toString()));
        QVERIFY(!listener.presentsCertificate());
        QSignalSpy connected(&listener, &DialbackListener::partnerConnected);
        QSignalSpy answered(&listener, &DialbackListener::verifyAnswered);

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(partnerHeader().toUtf8());
        QString buffer;
        readUntil(socket, &buffer, u"</stream:features>"_qs);
        QVERIFY2(buffer.contains(u"from='lync.test'"_qs), qPrintable(buffer));
        QVERIFY2(buffer.contains(u"urn:xmpp:features:dialback"_qs), qPrintable(buffer));
        // No certificate: no STARTTLS offered.
        QVERIFY2(!buffer.contains(u"starttls"_qs), qPrintable(buffer));
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 5000);
        const auto connection = connected.at(0).at(0).value<DialbackListener::Connection>();
        QCOMPARE(connection.streamFrom, Partner);
        QCOMPARE(connection.peerAddress, u"127.0.0.1"_qs);

        // The partner's own dialback for this stream is accepted.
        socket.write("<db:result from='partner.test' to='lync.test'>0123</db:result>");
        buffer.clear();
        readUntil(socket, &buffer, u"/>"_qs);
        QVERIFY2(buffer.contains(u"type=\"valid\""_qs) && buffer.contains(u"db:result"_qs),
                 qPrintable(buffer));

        const QString key = listener.keyFor(Partner, u"s1"_qs);
        socket.write(
            u"<db:verify from='partner.test' to='lync.test' id='s1'>%1</db:verify>"_qs.arg(key)
                .toUtf8());
        buffer.clear();
        readUntil(socket, &buffer, u"/>"_qs);
        QVERIFY2(buffer.contains(u"db:verify"_qs) && buffer.contains(u"type=\"valid\""_qs)
                     && buffer.contains(u"id=\"s1\""_qs)
                     && buffer.contains(u"to=\"partner.test\""_qs),
                 qPrintable(buffer));

        // The same key for another stream id is not this run's.
        socket.write(
            u"<db:verify from='partner.test' to='lync.test' id='s2'>%1</db:verify>"_qs.arg(key)
                .toUtf8());
        buffer.clear();
        readUntil(socket, &buffer, u"/>"_qs);
        QVERIFY2(buffer.contains(u"type=\"invalid\""_qs), qPrintable(buffer));

        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 5000);
        const auto first = answered.at(0).at(0).value<DialbackListener::Verify>();
        const auto second = answered.at(1).at(0).value<DialbackListener::Verify>();
        QVERIFY(first.valid);
        QCOMPARE(first.from, Partner);
        QCOMPARE(first.id, u"s1"_qs);
        QVERIFY(!second.valid);
        QCOMPARE(listener.verifications().size(), 2);
        QCOMPARE(listener.connections().size(), 1);
    }

    void answerInvalidHook()
    {
        DialbackListener listener(listenerSettings());
        listener.setAnswerInvalid(true);
        QVERIFY(listener.start());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(partnerHeader().toUtf8());
        QString buffer;
        readUntil(socket, &buffer, u"</stream:features>"_qs);
        socket.write(u"<db:verify from='partner.test' to='lync.test' id='s1'>%1</db:verify>"_qs
                         .arg(listener.keyFor(Partner, u"s1"_qs))
                         .toUtf8());
        buffer.clear();
        readUntil(socket, &buffer, u"/>"_qs);
        QVERIFY2(buffer.contains(u"type=\"invalid\""_qs), qPrintable(buffer));
    }

    // One address may hold a few streams, not the whole listener: the ninth connection
    // from 127.0.0.1 is closed at once, and a stream ends again when its peer leaves.
    void oneAddressCannotTakeEveryStream()
    {
        DialbackListener listener(listenerSettings());
        QVERIFY2(listener.start(), qPrintable(listener.errorText().toString()));
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 9; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, listener.serverPort());
            QVERIFY(sockets.back()->waitForConnected(5000));
        }
        // The first eight are answered; the ninth is closed without a word.
        for (int i = 0; i < 8; ++i) {
            sockets[i]->write(partnerHeader().toUtf8());
            QString buffer;
            readUntil(*sockets[i], &buffer, u"<stream:features"_qs);
            QVERIFY2(buffer.contains(u"<stream:features"_qs), qPrintable(buffer));
        }
        QTRY_COMPARE_WITH_TIMEOUT(sockets[8]->state(), QAbstractSocket::UnconnectedState, 5000);
        // Once one leaves, the address may connect again.
        sockets[0]->abort();
        QTest::qWait(100);
        QTcpSocket again;
        again.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QVERIFY(again.waitForConnected(5000));
        again.write(partnerHeader().toUtf8());
        QString buffer;
        readUntil(again, &buffer, u"<stream:features"_qs);
        QVERIFY2(buffer.contains(u"<stream:features"_qs), qPrintable(buffer));
    }

    void portTakenIsReported()
    {
        DialbackListener first(listenerSettings());
        QVERIFY(first.start());
        ProbeSettings settings = listenerSettings();
        settings.dialbackListenPort = first.serverPort();
        DialbackListener second(settings);
        QVERIFY(!second.start());
        QVERIFY2(second.errorText().toString().contains(u"127.0.0.1:%1"_qs.arg(first.serverPort())),
                 qPrintable(second.errorText().toString()));
    }

    void unreadableCertificateIsReported()
    {
        ProbeSettings settings = listenerSettings();
        settings.dialbackCertificateFile = u"/nonexistent/edge.pem"_qs;
        settings.dialbackKeyFile = u"/nonexistent/edge.key"_qs;
        DialbackListener listener(settings);
        QVERIFY(!listener.start());
        QVERIFY(listener.errorText().toString().contains(u"/nonexistent/edge.pem"_qs));
        QVERIFY(!listener.isListening());
    }

    void addressText()
    {
        QCOMPARE(DialbackListener::addressText(QHostAddress(QHostAddress::Any), 5269),
                 u"*:5269"_qs);
        QCOMPARE(DialbackListener::addressText(QHostAddress(u"192.0.2.10"_qs), 5269),
                 u"192.0.2.10:5269"_qs);
        QCOMPARE(DialbackListener::addressText(QHostAddress(u"2001:db8::1"_qs), 5270),
                 u"[2001:db8::1]:5270"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_DialbackListener)
#include "tst_dialbacklistener.moc"
