#pragma once

#include "i18n/localizedtext.h"
#include "report/advice.h"

#include <QCoreApplication>
#include <QString>

// The advice of "Check my deployment": what is wrong on the administrator's own side, as
// a partner's server meets it, and what to change on the Lync / Skype for Business
// deployment (the _xmpp-server SRV record, TCP 5269 at the Access Edge, the Edge's external
// certificate). `local` is the local XMPP domain, `server` "host:port (address)".
class DeploymentAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentAdvice)
    XP_DECLARE_TR_LATER(DeploymentAdvice)

public:
    DeploymentAdvice() = delete;

    // DNS
    static Advice noSrv(const QString &local, const LocalizedText &nameserver);
    static Advice srvNotOffered(const QString &local, const LocalizedText &nameserver);
    static Advice dnsFailed(const QString &local, const LocalizedText &nameserver,
                            const LocalizedText &error);
    static Advice srvTargetNotFound(const QString &local, const QString &target,
                                    const LocalizedText &nameserver);
    static Advice hostNotFound(const QString &host, const LocalizedText &nameserver);

    // Connection and stream. `attempts`: each server tried and what happened;
    // `timedOut`: every attempt met a timeout (a firewall), else at least one was refused
    // or failed otherwise.
    static Advice unreachable(const QString &local, const LocalizedText &attempts, bool timedOut);
    static Advice noStream(const QString &local, const QString &server, const LocalizedText &what);
    static Advice noStartTls(const QString &local, const QString &server);
    static Advice tlsFailed(const QString &local, const QString &server, const LocalizedText &what);

    // Certificate. `names`: the names the certificate holds.
    static Advice certificateName(const QString &local, const QString &server,
                                  const LocalizedText &names);
    static Advice certificateCommonName(const QString &local, const QString &server);
    static Advice certificateUntrusted(const QString &server, const LocalizedText &problem);
    static Advice chainIncomplete(const QString &server);
    static Advice certificateExpired(const QString &server, const QString &date);
    static Advice certificateNotYetValid(const QString &server, const QString &date);
    static Advice certificateExpiring(const QString &server, const QString &date, qint64 days);

    // Dialback
    static Advice noDialback(const QString &local, const QString &server);
};
