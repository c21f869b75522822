#pragma once

#include "i18n/localizedtext.h"
#include "partners/partner.h"
#include "probe/probesettings.h"
#include "report/deploymentreport.h"
#include "report/probereport.h"

#include <QObject>
#include <QPointer>

class ConnectionProbe;

// "Check my deployment": the connection test pointed at the local domain
// (ProbeSettings::localDomain), as a partner's server would run it against this
// deployment: its _xmpp-server and _xmpps-server SRV records (or the server given in
// hostOverride), the connection, STARTTLS, the certificate (XMPP identity for the local
// domain, chain trust, expiry) and dialback after TLS. It runs ConnectionProbe with a
// partner made for the local domain (TLS and SASL optional, dialback on) and settings of
// its own: no client certificate (nothing to authenticate against one's own server), no TLS
// profile, and no `from` in the stream header, since a server refuses its own domain as a
// peer's (Prosody 0.12: "Attempt to connect from a host we serve"). DeploymentJudge then
// turns the connection test's report into findings and a verdict.
class DeploymentCheck final : public QObject
{
    Q_OBJECT

public:
    XP_DECLARE_TR_LATER(DeploymentCheck)

    explicit DeploymentCheck(const ProbeSettings &settings, QObject *parent = nullptr);
    ~DeploymentCheck() override;

    // The partner and settings the connection test runs with.
    static Partner partnerFor(const QString &localDomain);
    static ProbeSettings probeSettingsFor(const ProbeSettings &settings);

    // finished() follows, also when the local domain is not set (then at once, with a
    // failed report).
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // Final once finished() was emitted.
    const DeploymentReport &report() const { return m_report; }

Q_SIGNALS:
    // The connection test finished a step; `connection` is its report so far.
    void progress(const ProbeReport &connection);
    void finished();

private:
    void probeFinished();

    ProbeSettings m_settings;
    QPointer<ConnectionProbe> m_probe;
    DeploymentReport m_report;
    bool m_running = false;
};
