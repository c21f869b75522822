#pragma once

#include "i18n/localizedtext.h"
#include "report/advice.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The advice when full server dialback (XEP-0220) did not authenticate the stream: the
// partner answered the key invalid or with a dialback error, did not answer in time, or
// never connected back to the local domain's authoritative server (the tester's listener),
// and what the partner must be able to reach: the local domain's _xmpp-server SRV target
// and port, which is the Access Edge's external FQDN on port 5269.
class DialbackAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(DialbackAdvice)
    XP_DECLARE_TR_LATER(DialbackAdvice)

public:
    struct Context
    {
        QString partner; // the partner domain tested
        QString local; // the local domain
        QString listener; // "host:port" the listener listened on
        // The local domain's _xmpp-server SRV targets, "host:port"; empty when none exists.
        QStringList localTargets;
        bool localLookupDone = false; // the SRV lookup of the local domain answered
        LocalizedText nameserver; // which DNS server was asked
    };

    static inline const QString InvalidReason = QStringLiteral("dialback-invalid");
    static inline const QString TimeoutReason = QStringLiteral("dialback-timeout");
    static inline const QString NotConnectedBackReason
        = QStringLiteral("dialback-not-connected-back");
    static inline const QString ListenerFailedReason = QStringLiteral("dialback-listener-failed");
    // "dialback-error-" followed by the error's condition.
    static inline const QString ErrorReasonPrefix = QStringLiteral("dialback-error-");

    // The partner answered type='invalid'; `verifyAnswer` is what the listener answered its
    // <db:verify/> ("valid", "invalid", or empty when it asked none).
    // `verifyAnswer`: what the listener answered the partner's <db:verify/>, empty when it
    // asked none; `connectedBack`: whether the partner opened a stream to the listener.
    static Advice invalid(const Context &context, const QString &verifyAnswer, bool connectedBack);
    // A dialback error (XEP-0220 §2.4) with its condition and text.
    static Advice error(const Context &context, const QString &condition, const QString &text);
    // No answer within `timeoutMs`; `connectedBack`: the partner reached the listener.
    static Advice timeout(const Context &context, int timeoutMs, bool connectedBack);
    // The partner did not connect back to the listener.
    static Advice notConnectedBack(const Context &context, int timeoutMs);
    static Advice listenerFailed(const QString &listener, const LocalizedText &error);
    // What the partner must reach for dialback: the SRV targets, or that none exists.
    static LocalizedText whatToReach(const Context &context);
};
