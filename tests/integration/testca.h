#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// A certificate authority for tests, made with the openssl command line in a folder the
// test owns (a QTemporaryDir): a trusted CA created at once, a second, untrusted CA made
// when first needed, and server and client certificates signed by either, with any
// validity period (OpenSSL 3.0's `x509 -req` cannot set a start date, so everything is
// signed with `openssl ca`). Keys are RSA 2048: Prosody 0.12's default cipher list
// excludes ECDSA for TLS 1.2.
//
// Failures return null results; errorString() then says which openssl command failed
// and what it printed, and a qWarning says it too.
class TestCa final
{
public:
    struct Validity
    {
        QDateTime notBefore;
        QDateTime notAfter;

        static Validity current(); // from yesterday until a year from now
        static Validity expired(); // from 60 days ago until yesterday
        static Validity notYetValid(); // from tomorrow until a year from now
        static Validity expiringInDays(int days); // from yesterday until `days` from now
    };

    // Paths of PEM files: the certificate, its unencrypted key, and the certificate of
    // the CA that signed it (the trusted or the untrusted one).
    struct Files
    {
        QString certificate;
        QString key;
        QString ca;

        bool isNull() const { return certificate.isEmpty(); }
    };

    struct Request
    {
        QStringList dnsNames; // subjectAltName dNSName entries; the first is also the CN
        QStringList srvIds; // RFC 6125 SRV-IDs (otherName id-on-dnsSRV): "_xmpp-server.D"
        QStringList xmppAddrs; // XEP-0178 otherName id-on-xmppAddr
        Validity validity = Validity::current();
        bool untrusted = false; // signed by the second CA, which tests do not trust
        QString fileName; // base name of the files; empty: derived from the names
    };

    // Creates the trusted CA in `folder` (created if missing). Check isValid().
    explicit TestCa(const QString &folder);
    Q_DISABLE_COPY_MOVE(TestCa)

    bool isValid() const { return m_trusted.valid; }
    QString errorString() const { return m_error; }
    QString folder() const { return m_folder; }
    QString caCertificate() const { return m_trusted.certificate; }
    QString caKey() const { return m_trusted.key; }
    // Created on first use; empty on failure.
    QString untrustedCaCertificate();

    // Server certificate for `dnsNames`, usable for serverAuth and clientAuth (an XMPP
    // server also presents it when it connects out). A certificate "for another name" is
    // this with the other name.
    Files serverCertificate(const QStringList &dnsNames,
                            const Validity &validity = Validity::current());
    Files expiredServerCertificate(const QStringList &dnsNames);
    Files untrustedServerCertificate(const QStringList &dnsNames);
    // Client certificate for SASL EXTERNAL (XEP-0178): SAN dNSName = `domain`,
    // extendedKeyUsage clientAuth and serverAuth.
    Files clientCertificate(const QString &domain);
    Files issue(const Request &request);

private:
    struct Authority
    {
        QString name; // sub-folder and CN
        QString folder;
        QString config;
        QString certificate;
        QString key;
        bool valid = false;
    };

    bool createAuthority(Authority &authority, const QString &commonName);
    bool runOpenssl(const QStringList &arguments);
    bool fail(const QString &message);
    static bool writeFile(const QString &path, const QString &content);

    QString m_folder;
    QString m_openssl;
    QString m_error;
    Authority m_trusted;
    Authority m_untrusted;
    int m_issued = 0;
};
