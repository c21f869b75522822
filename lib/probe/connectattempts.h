#pragma once

#include "advice/connectadvice.h"
#include "i18n/localizedtext.h"
#include "probe/serverresolver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

class ProbeRecorder;

// The Connect step's bookkeeping: the servers to try, in order (XEP-0368: every target, and
// every address of each, IPv6 and IPv4), the one being tried, and what each attempt met,
// for the report and for the advice when none connects. ConnectionProbe opens the sockets.
class ConnectAttempts final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectAttempts)
    XP_DECLARE_TR_LATER(ConnectAttempts)

public:
    void setTargets(const QList<ServerResolver::Target> &targets) { m_targets = targets; }

    // The current target's next address, which becomes host(); none when all were tried.
    std::optional<QString> nextAddress();
    // Moves to the next target; false when none is left. A target given as an address is
    // its own only address; otherwise its addresses come from setAddresses().
    bool nextTarget();
    // The addresses DNS gave for target(). When there is none, that is a failed attempt,
    // recorded with what DNS said (`nameserver` names who was asked).
    void setAddresses(const ServerResolver::Addresses &found, const LocalizedText &nameserver,
                      ProbeRecorder &recorder);

    // The attempt at host() failed: `why` for the report, `error` the system's words.
    void failed(ConnectAdvice::Failure failure, const LocalizedText &why, const QString &error,
                ProbeRecorder &recorder);
    // The attempt at host() connected.
    void connected(ProbeRecorder &recorder);

    const ServerResolver::Target &target() const { return m_target; }
    QString host() const { return m_host; } // the address tried now
    // DNSSEC of the current target's address answers; Unknown when it is an IP address.
    DnssecStatus addressDnssec() const;
    QString server() const; // "host:port" of target()
    QString serverText() const; // "host:port (address)", as the advice names it

    // The advice when every attempt failed.
    Advice noConnectionAdvice(const QString &domain, const LocalizedText &nameserver,
                              int timeoutMs) const;

private:
    QList<ServerResolver::Target> m_targets;
    ServerResolver::Target m_target;
    QList<QHostAddress> m_addresses; // of m_target, still to try
    DnssecStatus m_addressDnssec = DnssecStatus::Unknown; // of m_target's address answers
    QString m_host;
    QList<ConnectAdvice::FailedAttempt> m_failures;
};
