#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <memory>

// Whether the chain a server presented leads to a trusted CA, checked with OpenSSL after
// the handshake (ConnectionProbe lets QSslSocket only collect the chain). The trust
// anchors are the system's, looked up the way OpenSSL looks them up: one file at a time,
// by subject hash, in OpenSSL's certificate directory (SSL_CERT_DIR, else
// X509_get_default_cert_dir()), and only when a chain asks for that issuer, never the
// whole store at once; plus the certificates of an optional extra CA file (PEM, any
// number), read once per path and modification time.
//
// shared() is the process-wide store: its OpenSSL X509_STORE is built when the first
// chain is verified, not before (a test that never reaches TLS never builds it), and at
// most once. verify() may be called from any thread.
class TrustStore final
{
public:
    enum class Problem {
        None,
        UntrustedIssuer, // the chain ends at a CA that is not trusted here
        SelfSigned, // the certificate signs itself and is not trusted here
        Expired,
        NotYetValid,
        IncompleteChain, // the leaf's issuer is neither presented nor a trusted CA
        InvalidSignature,
        WrongPurpose, // not for TLS servers (extendedKeyUsage without serverAuth)
        NoCertificate, // nothing presented, or nothing readable
        Other,
    };

    // One verification error, as OpenSSL reports it, with the certificate it is about.
    struct Issue
    {
        Problem problem = Problem::Other;
        int opensslError = 0; // X509_V_ERR_*
        QString errorText; // OpenSSL's text for it
        int depth = -1; // 0: the leaf
        QString subject; // of the certificate at `depth`
        QString issuer;
        QDateTime notBefore;
        QDateTime notAfter;
    };

    struct Result
    {
        bool trusted = false;
        // The chain built needed nothing the server did not send but a trust anchor.
        bool chainComplete = false;
        // Subjects of the chain OpenSSL built, leaf first (as far as it got on failure).
        QStringList chain;
        // Every error, the first as OpenSSL met it; empty when trusted.
        QList<Issue> issues;

        Problem problem() const
        {
            return issues.isEmpty() ? Problem::None : issues.first().problem;
        }
        const Issue *firstIssue() const { return issues.isEmpty() ? nullptr : &issues.first(); }
    };

    // What a store has done, for tests and diagnostics.
    struct Statistics
    {
        int storesBuilt = 0; // X509_STOREs made for the system's CAs (with or without extras)
        int extraFileReads = 0; // times an extra CA file was read
        int authoritiesLoaded = 0; // CA certificates in the system-only store so far
    };

    // `authorityDirectory`: the hashed directory (c_rehash / openssl rehash) of the trust
    // anchors; empty for OpenSSL's own (SSL_CERT_DIR, else its default directory, with
    // its default file only when that directory holds no hashed certificate).
    explicit TrustStore(const QString &authorityDirectory = {});
    ~TrustStore();
    Q_DISABLE_COPY_MOVE(TrustStore)

    static TrustStore &shared();

    // `presented`: the peer's chain as sent, leaf first. For a TLS server: purpose
    // serverAuth (an extendedKeyUsage that also has clientAuth is fine), at the current time.
    Result verify(const QList<QSslCertificate> &presented, const QString &extraCaFile = {});

    // The directory looked up; OpenSSL's default resolved.
    QString authorityDirectory() const;
    Statistics statistics() const;

    // The JSON report's names: untrustedIssuer, selfSigned, expired, …; empty for None.
    static QString wireName(Problem problem);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
