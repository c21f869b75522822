#include "probe/connectattempts.h"

#include "partners/serveraddress.h"
#include "probe/proberecorder.h"

std::optional<QString> ConnectAttempts::nextAddress()
{
    if (m_addresses.isEmpty())
        return std::nullopt;
    m_host = m_addresses.takeFirst().toString();
    return m_host;
}

DnssecStatus ConnectAttempts::addressDnssec() const
{
    // An IP address given as the target was not looked up.
    return QHostAddress(m_target.host).isNull() ? m_addressDnssec : DnssecStatus::Unknown;
}

bool ConnectAttempts::nextTarget()
{
    m_addresses.clear();
    m_addressDnssec = DnssecStatus::Unknown;
    m_host.clear();
    if (m_targets.isEmpty())
        return false;
    m_target = m_targets.takeFirst();
    const QHostAddress address(m_target.host);
    if (!address.isNull())
        m_addresses.append(address);
    return true;
}

void ConnectAttempts::setAddresses(const ServerResolver::Addresses &found,
                                   const LocalizedText &nameserver, ProbeRecorder &recorder)
{
    m_addresses = found.addresses;
    m_addressDnssec = found.dnssec;
    if (!m_addresses.isEmpty())
        return;
    const QString errors = found.errors.join(u"; "_qs);
    if (found.dnssec == DnssecStatus::Bogus) {
        failed(ConnectAdvice::Failure::DnssecBogus,
               trLater("its address records fail DNSSEC validation (%1)").arg(found.bogusReason),
               found.bogusReason, recorder);
    } else if (!found.errors.isEmpty()) {
        failed(
            ConnectAdvice::Failure::LookupFailed,
            trLater("the DNS lookup of its address failed at %1 (%2)").arg(nameserver).arg(errors),
            errors, recorder);
    } else if (found.nameNotFound) {
        failed(ConnectAdvice::Failure::NameNotFound,
               trLater("%1 was not found in DNS (asked %2)").arg(m_target.host).arg(nameserver),
               QString(), recorder);
    } else {
        failed(ConnectAdvice::Failure::NoAddress,
               trLater("%1 has no address (A/AAAA) in DNS (asked %2)")
                   .arg(m_target.host)
                   .arg(nameserver),
               QString(), recorder);
    }
}

void ConnectAttempts::failed(ConnectAdvice::Failure failure, const LocalizedText &why,
                             const QString &error, ProbeRecorder &recorder)
{
    recorder.recordAttempt({server(), m_host, m_target.directTls, false, why, addressDnssec()});
    m_failures.append({failure, m_target, m_host, error.isEmpty() ? why.toString() : error});
}

void ConnectAttempts::connected(ProbeRecorder &recorder)
{
    recorder.recordAttempt(
        {server(), m_host, m_target.directTls, true, trLater("connected"), addressDnssec()});
}

QString ConnectAttempts::server() const
{
    return ServerAddress(m_target.host, m_target.port).toString();
}

QString ConnectAttempts::serverText() const
{
    return m_host.isEmpty() || m_host == m_target.host ? server()
                                                       : server() + u" ("_qs + m_host + u')';
}

Advice ConnectAttempts::noConnectionAdvice(const QString &domain, const LocalizedText &nameserver,
                                           int timeoutMs) const
{
    return ConnectAdvice::noConnection(domain, m_failures, nameserver, timeoutMs);
}
