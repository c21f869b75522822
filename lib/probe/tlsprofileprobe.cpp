#include "probe/tlsprofileprobe.h"

#include "certificates/certificatekey.h"
#include "probe/tlsgrade.h"
#include "probe/tlshandshakeprobe.h"
#include "probe/tlsversionconfiguration.h"

#include <algorithm>

TlsProfileProbe::TlsProfileProbe(QObject *parent)
    : QObject(parent)
{ }

TlsProfileProbe::~TlsProfileProbe() = default; // the handshakes are children

void TlsProfileProbe::start(const Request &request)
{
    cancel();
    for (const QPointer<TlsHandshakeProbe> &handshake : std::as_const(m_handshakes))
        delete handshake;
    m_handshakes.clear();
    m_request = request;
    m_profile = {};
    m_profile.certificateTrusted = request.certificateTrusted;
    m_running = true;

    const TlsHandshakeProbe::Target target {request.host,        request.port,
                                            request.directTls,   request.domain,
                                            request.localDomain, request.stepTimeoutMs};
    for (const TlsProfile::Version version : TlsProfile::AllVersions) {
        TlsProfile::VersionResult &result = m_profile.result(version);
        const QString problem = TlsVersionConfiguration::localProblem(version);
        if (!problem.isEmpty()) {
            result.state = TlsProfile::VersionState::NotTestable;
            result.details = trLater("Not testable here: the local OpenSSL does not offer %1 (%2).")
                                 .arg(TlsProfile::versionName(version))
                                 .arg(problem);
            continue;
        }
        // OCSP stapling is asked for where servers answer it: TLS 1.2 and 1.3.
        const bool askOcsp
            = version == TlsProfile::Version::Tls12 || version == TlsProfile::Version::Tls13;
        auto *handshake = new TlsHandshakeProbe(
            version, TlsVersionConfiguration::forVersion(version, request.directTls, askOcsp),
            this);
        m_handshakes.append(handshake);
        connect(handshake, &TlsHandshakeProbe::finished, this,
                &TlsProfileProbe::onHandshakeFinished);
    }
    if (m_handshakes.isEmpty()) {
        finish();
        return;
    }
    const QList<QPointer<TlsHandshakeProbe>> handshakes = m_handshakes;
    for (const QPointer<TlsHandshakeProbe> &handshake : handshakes) {
        if (handshake && m_running)
            handshake->start(target);
    }
}

void TlsProfileProbe::cancel()
{
    if (!m_running)
        return;
    for (const QPointer<TlsHandshakeProbe> &handshake : std::as_const(m_handshakes)) {
        if (handshake)
            handshake->cancel();
    }
    finish();
}

void TlsProfileProbe::onHandshakeFinished()
{
    if (!m_running)
        return;
    for (const QPointer<TlsHandshakeProbe> &handshake : std::as_const(m_handshakes)) {
        if (handshake && handshake->isRunning())
            return;
    }
    finish();
}

void TlsProfileProbe::finish()
{
    m_running = false;
    QSslCertificate leaf;
    QList<TlsHandshakeProbe::Result> ocspResults;
    // In the order of the versions: the leaf of the newest version accepted wins.
    for (const QPointer<TlsHandshakeProbe> &handshake : std::as_const(m_handshakes)) {
        if (!handshake)
            continue;
        const TlsHandshakeProbe::Result &result = handshake->result();
        m_profile.result(result.version.version) = result.version;
        if (!result.leaf.isNull())
            leaf = result.leaf;
        if (result.ocsp != TlsProfile::Ocsp::NotChecked)
            ocspResults.append(result);
    }

    const auto stapled = std::find_if(ocspResults.cbegin(), ocspResults.cend(),
                                      [](const TlsHandshakeProbe::Result &result) {
                                          return result.ocsp == TlsProfile::Ocsp::Stapled;
                                      });
    if (stapled != ocspResults.cend()) {
        m_profile.ocspStapling = TlsProfile::Ocsp::Stapled;
        m_profile.ocspDetails = stapled->ocspDetails;
    } else if (!ocspResults.isEmpty()) {
        m_profile.ocspStapling = TlsProfile::Ocsp::NotStapled;
        m_profile.ocspDetails = ocspResults.constFirst().ocspDetails;
    } else {
        m_profile.ocspStapling = TlsProfile::Ocsp::NotChecked;
        m_profile.ocspDetails = trLater("Not checked: it is asked for in the TLS 1.2 and TLS 1.3 "
                                        "handshakes, and neither succeeded.");
    }

    const CertificateKey key = CertificateKey::fromCertificate(leaf);
    m_profile.keyType = key.type();
    m_profile.keyBits = key.bits();
    m_profile.keyCurve = key.curve();
    m_profile.signatureAlgorithm = key.signatureAlgorithm();
    TlsGrade::apply(&m_profile);
    Q_EMIT finished();
}
