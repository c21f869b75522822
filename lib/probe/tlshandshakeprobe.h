#pragma once

#include "i18n/localizedtext.h"
#include "probe/xmppstreamreader.h"
#include "report/tlsprofile.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

class QSslSocket;

// One handshake of the TLS profile (TlsProfileProbe): a connection of its own to the server
// the connection test reached, the s2s stream header, its features, <starttls/> and
// <proceed/>, then a handshake with `configuration` (one protocol version); for direct TLS
// (XEP-0368) the handshake at once. Every step has the step timeout. It tells whether the
// server accepted the version, with which cipher and key exchange, and gives the certificate
// and the OCSP status the server sent; it closes the connection at once after the handshake.
class TlsHandshakeProbe final : public QObject
{
    Q_OBJECT

public:
    XP_DECLARE_TR_LATER(TlsHandshakeProbe)

    struct Target
    {
        QString host; // the address the connection test reached
        quint16 port = 0;
        bool directTls = false;
        QString domain; // the partner's: SNI, the stream's `to`
        QString localDomain; // the stream's `from`
        int stepTimeoutMs = 10'000;
    };

    struct Result
    {
        TlsProfile::VersionResult version;
        QSslCertificate leaf; // null unless accepted
        TlsProfile::Ocsp ocsp = TlsProfile::Ocsp::NotChecked;
        LocalizedText ocspDetails;
    };

    TlsHandshakeProbe(TlsProfile::Version version, const QSslConfiguration &configuration,
                      QObject *parent = nullptr);
    ~TlsHandshakeProbe() override;

    void start(const Target &target);
    // Stops at once, without finished(); the result is "not run".
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Done; }
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    enum class Phase { Idle, Connecting, WaitingFeatures, WaitingProceed, Handshaking, Done };

    void onConnected();
    void onReadyRead();
    void handleElement(const QDomElement &element);
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onStepTimeout();
    void beginPhase(Phase phase);
    void recordOcsp();
    void end(TlsProfile::VersionState state, const LocalizedText &details);
    void closeSocket();

    QSslConfiguration m_configuration;
    Target m_target;
    Result m_result;
    XmppStreamReader m_reader;
    QPointer<QSslSocket> m_socket;
    QList<QSslError> m_ocspErrors; // the OCSP errors Qt reported, ignored as every other
    QTimer m_stepTimer;
    Phase m_phase = Phase::Idle;
};
