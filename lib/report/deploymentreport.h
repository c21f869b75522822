#pragma once

#include "i18n/localizedtext.h"
#include "report/advice.h"
#include "report/probereport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// What "Check my deployment" found: the connection test pointed at the local domain, as a
// partner's server would run it, judged check by check (DeploymentJudge). Each finding has a
// state, its details and, when it is a problem, the advice in Lync terms. The connection
// test's own report (steps, DNS records, certificates, transcript) comes along.
class DeploymentReport final
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentReport)
    XP_DECLARE_TR_LATER(DeploymentReport)

public:
    // In the order a partner meets them.
    enum class Check {
        SrvRecord, // _xmpp-server._tcp.LOCAL
        DirectTlsRecord, // _xmpps-server._tcp.LOCAL (information: Lync's Edge has no direct TLS)
        Connect, // a server for LOCAL accepts TCP from here
        Stream, // it opens an XMPP stream
        StartTls, // STARTTLS offered and negotiated
        CertificateName, // the certificate covers LOCAL (DNS-ID, SRV-ID, XmppAddr)
        CertificateTrust, // the chain leads to a trusted CA
        CertificateExpiry, // valid now, not within ExpiryWarningDays of its end
        Dialback, // dialback offered after TLS
    };
    enum class State { NotRun, Pass, Warning, Fail };
    using Verdict = ProbeReport::ConnectionVerdict;

    struct Finding
    {
        Check check = Check::SrvRecord;
        State state = State::NotRun;
        LocalizedText details;
        Advice advice; // for Warning and Fail
    };

    QString localDomain;
    QString hostOverride; // the server checked instead of the SRV records (--host)
    LocalizedText nameserver; // the DNS server asked
    QList<Finding> findings;
    Verdict verdict = Verdict::Fail;
    // One sentence: the first problem's advice, or what passed.
    LocalizedText summary;
    QString reason; // the first problem's code; empty for a Pass
    bool cancelled = false;
    ProbeReport connection; // the connection test that ran against LOCAL

    const Finding *find(Check check) const;
    // The advice of every finding that has one, in the order of the checks.
    QList<Advice> advice() const;

    // What the check cannot prove from where it runs.
    static LocalizedText scopeNote();
    static LocalizedText checkText(Check check);
    static QString stateName(State state);
    // The JSON report's names: the same in every language.
    static QString wireName(Check check);
    static QString wireName(State state);

    QJsonObject toJson() const;
    // One HTML page (DeploymentReportHtml).
    QString toHtml() const;
    // The verdict, one line per finding and the advice, as the command line and Copy show it.
    QString plainText() const;
};
