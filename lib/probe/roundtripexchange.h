#pragma once

#include "i18n/localizedtext.h"
#include "report/roundtrip.h"

#include <QCoreApplication>
#include <QDomElement>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

// The queries of the round trip on an authenticated stream, from the local domain to the
// partner domain: an XEP-0199 ping, an XEP-0030 disco#info and an XEP-0092 version query,
// built and serialized by QXmpp (QXmppPingIq, QXmppDiscoveryIq, QXmppVersionIq), each
// with an id of its own; and their answers, matched by id and parsed by QXmpp into the
// report's RoundTrip. The stream and its timeout are the caller's.
class RoundTripExchange final
{
    // Its texts are details of the connection test's steps: they keep the probe's
    // translation context.
    XP_DECLARE_TR_LATER(ConnectionProbe)

public:
    // `result` receives the answers; it must outlive the exchange.
    RoundTripExchange(const QString &localDomain, const QString &domain, RoundTrip *result);

    // The three queries, as XML to send in this order; the ping's clock starts.
    QStringList queries();
    // Reads `element` if it answers one of the queries (an <iq type='result'> or
    // <iq type='error'> with its id); returns false for anything else.
    bool handle(const QDomElement &element);
    bool isComplete() const;
    // The queries still without answer, joined: "XEP-0199 ping, XEP-0092 version".
    LocalizedText unansweredText() const;
    // The step's timeout: the queries without answer are recorded as such.
    void timedOut();
    // One line per query for the step's details ("XEP-0199 ping: answered in 12 ms").
    LocalizedText summary() const;

private:
    enum Kind { Ping, Disco, Version, KindCount };

    static LocalizedText kindText(Kind kind);
    RoundTrip::Query &query(Kind kind);
    const RoundTrip::Query &query(Kind kind) const;

    QString m_localDomain;
    QString m_domain;
    RoundTrip *m_result;
    QString m_ids[KindCount];
    QElapsedTimer m_pingClock;
};
