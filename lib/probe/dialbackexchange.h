#pragma once

#include "advice/dialbackadvice.h"
#include "i18n/localizedtext.h"
#include "probe/serverresolver.h"
#include "report/dialbackresult.h"

#include <QDateTime>
#include <QDomElement>
#include <QObject>
#include <QPointer>

class DialbackListener;

// Full server dialback (XEP-0220) on the connection test's stream, with the test as the
// originating server for the local domain: the <db:result/> with the key for the partner's
// stream id (XEP-0185, from the listener's secret), the partner's answer (type='valid',
// 'invalid', or a dialback error, §2.4), and whether the partner connected back to the
// listener (the authoritative server) and had its <db:verify/> answered. Meanwhile it looks
// up the local domain's _xmpp-server SRV records, which the advice names as what the partner
// must reach. ConnectionProbe sends and waits; this builds, reads and judges.
class DialbackExchange final : public QObject
{
    Q_OBJECT

public:
    XP_DECLARE_TR_LATER(DialbackExchange)

    DialbackExchange(DialbackListener *listener, const QString &partner, const QString &local,
                     const DnsSettings &dns, QObject *parent = nullptr);

    // The <db:result/> to send on the stream `streamId` (the partner's stream header id).
    QString request(const QString &streamId);
    // A top-level element of the stream: true when it is the partner's dialback answer,
    // after which answered() is emitted.
    bool handleElement(const QDomElement &element);
    bool hasAnswer() const { return !m_result.result.isEmpty(); }
    bool isValid() const { return m_result.result == u"valid"; }

    // Why the listener could not listen (empty when it does), and as the step's details.
    QString listenerError() const { return m_result.listenerError; }
    LocalizedText listenerErrorText() const { return m_listenerAdvice.text; }
    // Why full dialback could not be tried: the listener did not start.
    const Advice &listenerAdvice() const { return m_listenerAdvice; }

    // Takes in what the listener saw of this partner since request().
    void settle();
    const DialbackResult &result() const { return m_result; }

    // The Dialback step's details and, unless valid, its advice (after settle()).
    LocalizedText dialbackDetails(int timeoutMs) const;
    Advice dialbackAdvice(int timeoutMs) const;
    // The ConnectBack step's details and, when the partner was not seen, its advice.
    LocalizedText connectBackDetails() const;
    Advice connectBackAdvice(int timeoutMs) const;
    // The report's sentence when full dialback is off (no lookup: what is always true).
    static LocalizedText offText(const QString &partner, const QString &local);

Q_SIGNALS:
    void answered();

private:
    DialbackAdvice::Context context() const;

    QPointer<DialbackListener> m_listener;
    QString m_partner;
    QString m_local;
    ServerResolver m_resolver;
    bool m_lookupDone = false;
    QString m_errorText;
    Advice m_listenerAdvice;
    QDateTime m_requestedAt; // when request() sent the key
    DialbackResult m_result;
};
