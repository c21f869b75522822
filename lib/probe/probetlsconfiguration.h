#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

struct ProbeSettings;

// What the TLS connection of a connection test trusts and presents: the system CAs plus
// the extra CA file of the settings, and the client certificate and key for SASL EXTERNAL
// (XEP-0178), as PEM files or one PKCS#12 file. The peer is always verified: the probe
// reports every certificate error and never ignores one.
class ProbeTlsConfiguration final
{
public:
    ProbeTlsConfiguration() = delete;

    // For a connection to an _xmpps-server target (`directTls`, XEP-0368), also the ALPN
    // protocol "xmpp-server".
    static QSslConfiguration forSettings(const ProbeSettings &settings, bool directTls);

    // The system CAs plus the certificates of `extraCaFile` (PEM; empty: none).
    static QList<QSslCertificate> trustedAuthorities(const QString &extraCaFile);

    // Sets the client certificate chain and private key of `settings` on `configuration`.
    // False, with `configuration` unchanged, when a file cannot be read or parsed or the
    // passphrase does not open the key: the test then runs without a client certificate.
    static bool loadClientIdentity(const ProbeSettings &settings, QSslConfiguration *configuration);
};
