#pragma once

#include <QSslConfiguration>

struct ProbeSettings;

// What the TLS connection of a connection test presents, and how it lets QSslSocket treat
// the peer: peer verification is QueryPeer, so that the handshake completes with any
// certificate and the peer's chain is there to read; the probe then checks that chain
// itself (CertificateCheck: trust against the system CAs and the extra CA file, XMPP
// identity of the partner domain), and a certificate that fails either check still fails
// the test. No CA certificate is set here: loading the system store is TrustStore's, on
// demand. The client certificate and key for SASL EXTERNAL (XEP-0178) come from PEM files
// or one PKCS#12 file.
class ProbeTlsConfiguration final
{
public:
    ProbeTlsConfiguration() = delete;

    // For a connection to an _xmpps-server target (`directTls`, XEP-0368), also the ALPN
    // protocol "xmpp-server".
    static QSslConfiguration forSettings(const ProbeSettings &settings, bool directTls);

    // Sets the client certificate chain and private key of `settings` on `configuration`.
    // False, with `configuration` unchanged, when a file cannot be read or parsed or the
    // passphrase does not open the key: the test then runs without a client certificate.
    static bool loadClientIdentity(const ProbeSettings &settings, QSslConfiguration *configuration);
};
