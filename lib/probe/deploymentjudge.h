#pragma once

#include "i18n/localizedtext.h"
#include "report/deploymentreport.h"
#include "report/probereport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Judges the connection test that ran against the local domain (DeploymentCheck) as a
// partner's server meets it: each check of DeploymentReport::Check becomes a finding with its
// state, details and advice (DeploymentAdvice), and the findings a verdict: Fail when any
// fails, Warning when any warns, else Pass. A check the test could not reach is "not run",
// never a failure of its own: the finding that stopped the test says why.
class DeploymentJudge final
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentJudge)
    XP_DECLARE_TR_LATER(DeploymentJudge)

public:
    struct Context
    {
        QString localDomain;
        QString hostOverride; // the server checked instead of DNS; SRV records not checked
        LocalizedText nameserver; // the DNS server asked, for the sentences
        QDateTime now; // for the certificate's expiry
    };

    static constexpr qint64 ExpiryWarningDays = 30; // as the partner test warns

    static DeploymentReport judge(const ProbeReport &connection, const Context &context);

private:
    using Finding = DeploymentReport::Finding;

    DeploymentJudge(const ProbeReport &connection, const Context &context);

    Finding srvRecord() const;
    Finding directTlsRecord() const;
    Finding connect() const;
    Finding stream() const;
    Finding startTls() const;
    Finding certificateName() const;
    Finding certificateTrust() const;
    Finding certificateExpiry() const;
    Finding dialback() const;
    void verdict(DeploymentReport *report) const;

    // The records of one service that name a server (not the "." target).
    QList<ProbeReport::DnsRecord> records(const QString &service) const;
    bool noSrv() const;
    bool stepIs(ProbeReport::Step step, ProbeReport::StepState state) const;
    LocalizedText stepDetails(ProbeReport::Step step) const;
    // "host:port (address)" of the server that answered.
    QString server() const;
    // Why a check was not run: the test was cancelled, or stopped earlier.
    Finding notRun(DeploymentReport::Check check, const LocalizedText &why) const;

    const ProbeReport &m_connection;
    const Context &m_context;
};
