#pragma once

#include "i18n/localizedtext.h"
#include "probe/serverresolver.h"
#include "report/advice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The advice when the connection test found no server to talk to: what DNS said (which
// name, which DNS server was asked) and what each connection attempt met (which host and
// port refused, which did not answer in time), and what to change.
class ConnectAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectAdvice)
    XP_DECLARE_TR_LATER(ConnectAdvice)

public:
    enum class Failure {
        NameNotFound, // the target's name does not exist (or the system found no address)
        NoAddress, // the name exists without A/AAAA records
        LookupFailed, // the DNS server did not answer properly
        DnssecBogus, // the address records fail DNSSEC validation: not used
        Refused,
        Timeout,
        Unreachable, // no route, network down
        Other,
    };

    struct FailedAttempt
    {
        Failure failure = Failure::Other;
        ServerResolver::Target target;
        QString address; // empty when no address was found
        QString error; // the system's or the DNS server's words
    };

    // Resolve
    static Advice invalidServerAddress(const QString &address, const QString &error,
                                       ServerResolver::Source source);
    static Advice serviceNotOffered(const QString &domain);
    static Advice srvLookupFailed(const QString &domain, const QString &error,
                                  const LocalizedText &nameserver);
    static Advice srvTargetNotHostName(const QString &domain, const QString &target);
    static Advice srvBogus(const QString &domain, const QString &reason,
                           const LocalizedText &nameserver);

    // Connect: every attempt failed.
    static Advice noConnection(const QString &domain, const QList<FailedAttempt> &attempts,
                               const LocalizedText &nameserver, int timeoutMs);

    // The failure of one attempt, from the socket's error.
    static Failure failureOf(int socketError);

private:
    static Advice allAlike(const QString &domain, const QList<FailedAttempt> &attempts,
                           const LocalizedText &nameserver, int timeoutMs);
    static Advice nameAdvice(const QString &domain, const FailedAttempt &attempt,
                             const LocalizedText &nameserver);
    static QString servers(const QList<FailedAttempt> &attempts);
};
