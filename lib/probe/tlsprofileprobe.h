#pragma once

#include "i18n/localizedtext.h"
#include "probe/probesettings.h"
#include "report/tlsprofile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class TlsHandshakeProbe;

// The TLS profile of the server a connection test reached (README.md, "TLS profile"): one
// connection per protocol version, TLS 1.0 to 1.3, all at once, each with a handshake
// restricted to that version (TlsHandshakeProbe, TlsVersionConfiguration), without
// certificate verification. A version the local OpenSSL cannot offer is "not testable here",
// and the profile says why. The TLS 1.2 and 1.3 handshakes also ask for OCSP stapling; the
// leaf certificate gives the key and the signature algorithm (CertificateKey), and TlsGrade
// the grade. Each step of each connection has the step timeout; cancel() stops them all;
// finished() comes once, when every connection has ended.
class TlsProfileProbe final : public QObject
{
    Q_OBJECT

public:
    XP_DECLARE_TR_LATER(TlsProfileProbe)

    struct Request
    {
        QString host; // the address the connection test reached
        quint16 port = 0;
        bool directTls = false; // XEP-0368: the handshake at once, ALPN xmpp-server
        QString domain; // the partner's: SNI and the stream's `to`
        QString localDomain; // the stream's `from`
        int stepTimeoutMs = ProbeSettings::DefaultStepTimeoutMs;
        // The connection test's own handshake verified the certificate (false grades "T").
        bool certificateTrusted = true;
    };

    explicit TlsProfileProbe(QObject *parent = nullptr);
    ~TlsProfileProbe() override;

    // Starts every connection; finished() may come before start() returns when no version
    // can be tested here.
    void start(const Request &request);
    // Stops every connection still running; the versions not known yet stay "not run",
    // the profile is made of what is known, and finished() comes before cancel() returns.
    void cancel();
    bool isRunning() const { return m_running; }
    const TlsProfile &profile() const { return m_profile; }

Q_SIGNALS:
    void finished();

private:
    void onHandshakeFinished();
    void finish();

    Request m_request;
    TlsProfile m_profile;
    QList<QPointer<TlsHandshakeProbe>> m_handshakes;
    bool m_running = false;
};
