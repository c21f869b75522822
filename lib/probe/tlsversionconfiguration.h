#pragma once

#include "i18n/localizedtext.h"
#include "report/tlsprofile.h"

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>

#include <utility>

// The TLS configuration of one handshake of the TLS profile (TlsProfileProbe): restricted to
// exactly one protocol version, without certificate verification (these handshakes only ask
// what the server accepts), and at OpenSSL's security level 0, so that the local OpenSSL
// offers what the system's default level (2 on Debian) would refuse: TLS 1.0 and 1.1, whose
// signatures use SHA-1, and keys under 2048 bits. The grade judges those; the handshake must
// not refuse them first.
class TlsVersionConfiguration final
{
public:
    TlsVersionConfiguration() = delete;

    // What goes to OpenSSL's SSL_CONF_cmd(), through
    // QSslConfiguration::setBackendConfigurationOption(): MinProtocol and MaxProtocol the
    // version, CipherString "DEFAULT:@SECLEVEL=0".
    static QList<std::pair<QByteArray, QByteArray>> backendOptions(TlsProfile::Version version);

    // `askOcsp`: the handshake also asks for the certificate status (OCSP stapling). Qt only
    // reads the status while it verifies the peer, so that handshake verifies, and
    // TlsHandshakeProbe ignores every error it reports: the result is the same as without
    // verification. `directTls` (XEP-0368): ALPN "xmpp-server".
    static QSslConfiguration forVersion(TlsProfile::Version version, bool directTls, bool askOcsp);

    // Why the local OpenSSL cannot offer `version` with these options, in OpenSSL's words;
    // empty when it can. Asked once per process of OpenSSL itself, with the same commands:
    // it builds the context and the first message of a handshake (ClientHello) in memory.
    static QString localProblem(TlsProfile::Version version);
    // The same check, uncached, with any options.
    static QString offerProblem(TlsProfile::Version version,
                                const QList<std::pair<QByteArray, QByteArray>> &options);
};
