#pragma once

#include "i18n/localizedtext.h"
#include "probe/xmppstreamreader.h"
#include "report/advice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The advice when the partner's server was reached but the XMPP conversation did not go
// on: it answered with something else than XMPP (HTTP, TLS, other bytes), sent a stream
// the test refuses to read (a DTD, an element over the limit, broken XML), closed the
// stream or the connection, or did not answer in time at a given point.
class StreamAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(StreamAdvice)
    XP_DECLARE_TR_LATER(StreamAdvice)

public:
    // What the test was waiting for when the server fell silent or closed.
    enum class Wait {
        StreamHeader, // its stream header and first features
        Proceed, // <proceed/> after <starttls/>
        Handshake, // the TLS handshake
        FeaturesAfterTls, // the features of the stream restarted after TLS
        SaslResult, // <success/> or <failure/> after <auth/>
        AfterAuthentication, // the features after SASL, then the round trip's answers
    };

    // `server` is "host:port (address)" as the report names it; `received` the bytes the
    // server sent on this stream before the reader gave up.
    static Advice unreadable(const QString &server, const XmppStreamReader &reader,
                             const QByteArray &received);
    static Advice timeout(const QString &server, Wait wait, int timeoutMs, qint64 bytesReceived);
    static Advice streamClosed(const QString &server, Wait wait);
    static Advice connectionClosed(const QString &server, Wait wait);
    static Advice budgetExhausted(const LocalizedText &step, int budgetMs);

    // What came instead of XML: an HTTP status line, TLS records, or other bytes.
    static Advice notXmpp(const QString &server, const QByteArray &received);
};
