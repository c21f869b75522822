#include "probe/deploymentcheck.h"

#include "dns/dnsservertext.h"
#include "partners/domainname.h"
#include "probe/connectionprobe.h"
#include "probe/deploymentjudge.h"

#include <QTimer>

DeploymentCheck::DeploymentCheck(const ProbeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(probeSettingsFor(settings))
{ }

DeploymentCheck::~DeploymentCheck()
{
    if (m_probe)
        m_probe->disconnect(this);
}

Partner DeploymentCheck::partnerFor(const QString &localDomain)
{
    Partner partner;
    partner.domain = localDomain;
    partner.tlsNegotiation = Negotiation::Optional;
    partner.saslNegotiation = Negotiation::Optional;
    partner.supportDialbackNegotiation = true;
    return partner;
}

ProbeSettings DeploymentCheck::probeSettingsFor(const ProbeSettings &settings)
{
    ProbeSettings own = settings;
    own.clientCertificateFile.clear();
    own.clientKeyFile.clear();
    own.clientKeyPassphrase.clear();
    own.tlsProfile = false;
    own.fullDialback = false; // no key to send: the check is not a partner
    own.omitStreamFrom = true;
    return own;
}

void DeploymentCheck::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_report.localDomain = m_settings.localDomain;
    m_report.hostOverride = m_settings.hostOverride;
    if (m_settings.localDomain.isEmpty()) {
        m_report.reason = QStringLiteral("local-domain-not-set");
        m_report.summary = trLater(
            "The local XMPP domain is not set: enter it in the connection test settings.");
        QTimer::singleShot(0, this, [this] {
            m_running = false;
            Q_EMIT finished();
        });
        return;
    }
    const QString domain = DomainName::comparisonKey(m_settings.localDomain);
    m_probe = new ConnectionProbe(partnerFor(domain), domain, m_settings, this);
    connect(m_probe, &ConnectionProbe::stepFinished, this,
            [this] { Q_EMIT progress(m_probe->report()); });
    connect(m_probe, &ConnectionProbe::finished, this, &DeploymentCheck::probeFinished);
    m_probe->start();
}

void DeploymentCheck::cancel()
{
    if (m_probe && m_probe->isRunning())
        m_probe->cancel();
}

void DeploymentCheck::probeFinished()
{
    const DeploymentJudge::Context context {m_settings.localDomain, m_settings.hostOverride,
                                            DnsServerText::of(m_settings.dns()),
                                            QDateTime::currentDateTimeUtc()};
    m_report = DeploymentJudge::judge(m_probe->report(), context);
    m_probe->deleteLater();
    m_running = false;
    Q_EMIT finished();
}
