#include "probe/tlsversionconfiguration.h"

#include <QSslSocket>

#include <array>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

namespace {

QByteArray openSslName(TlsProfile::Version version)
{
    switch (version) {
    case TlsProfile::Version::Tls10:
        return QByteArrayLiteral("TLSv1");
    case TlsProfile::Version::Tls11:
        return QByteArrayLiteral("TLSv1.1");
    case TlsProfile::Version::Tls12:
        return QByteArrayLiteral("TLSv1.2");
    case TlsProfile::Version::Tls13:
        return QByteArrayLiteral("TLSv1.3");
    }
    return {};
}

// OpenSSL's queued errors as one text, the queue emptied.
QString openSslErrors()
{
    QStringList texts;
    while (const unsigned long code = ERR_get_error()) {
        std::array<char, 256> text {};
        ERR_error_string_n(code, text.data(), text.size());
        texts.append(QString::fromLatin1(text.data()));
    }
    return texts.isEmpty() ? QStringLiteral("unknown error") : texts.join(QStringLiteral("; "));
}

struct SslCtxFree
{
    void operator()(SSL_CTX *context) const { SSL_CTX_free(context); }
};
struct SslConfFree
{
    void operator()(SSL_CONF_CTX *context) const { SSL_CONF_CTX_free(context); }
};
struct SslFree
{
    void operator()(SSL *ssl) const { SSL_free(ssl); }
};

// As Qt's OpenSSL backend does it: a client context, then the backend options through
// SSL_CONF_cmd() with SSL_CONF_FLAG_FILE, then a ClientHello into a memory BIO.
QString checkLocally(TlsProfile::Version version,
                     const QList<std::pair<QByteArray, QByteArray>> &options)
{
    ERR_clear_error();
    const std::unique_ptr<SSL_CTX, SslCtxFree> context(SSL_CTX_new(TLS_client_method()));
    if (!context)
        return openSslErrors();
    const std::unique_ptr<SSL_CONF_CTX, SslConfFree> conf(SSL_CONF_CTX_new());
    if (!conf)
        return openSslErrors();
    SSL_CONF_CTX_set_ssl_ctx(conf.get(), context.get());
    SSL_CONF_CTX_set_flags(conf.get(), SSL_CONF_FLAG_FILE);
    for (const auto &[name, value] : options) {
        if (SSL_CONF_cmd(conf.get(), name.constData(), value.constData()) != 2)
            return QStringLiteral("%1 = %2 refused: %3")
                .arg(QString::fromLatin1(name), QString::fromLatin1(value), openSslErrors());
    }
    if (SSL_CONF_CTX_finish(conf.get()) != 1)
        return openSslErrors();

    const std::unique_ptr<SSL, SslFree> ssl(SSL_new(context.get()));
    if (!ssl)
        return openSslErrors();
    BIO *in = BIO_new(BIO_s_mem());
    BIO *out = BIO_new(BIO_s_mem());
    SSL_set_bio(ssl.get(), in, out); // owned by `ssl` from here on
    SSL_set_connect_state(ssl.get());
    const int done = SSL_do_handshake(ssl.get());
    // Waiting for the server's answer, with a ClientHello written: the version is offered.
    if (SSL_get_error(ssl.get(), done) == SSL_ERROR_WANT_READ && BIO_ctrl_pending(out) > 0) {
        ERR_clear_error();
        // TLS 1.0 and 1.1 sign with SHA-1 (and MD5), which OpenSSL 3 refuses from security
        // level 1 on: the server's key exchange would then fail here, not there.
        const int level = SSL_get_security_level(ssl.get());
        if (level > 0
            && (version == TlsProfile::Version::Tls10 || version == TlsProfile::Version::Tls11))
            return QStringLiteral("security level %1 refuses its SHA-1 signatures").arg(level);
        return {};
    }
    return openSslErrors();
}

} // namespace

QList<std::pair<QByteArray, QByteArray>>
TlsVersionConfiguration::backendOptions(TlsProfile::Version version)
{
    return {{QByteArrayLiteral("CipherString"), QByteArrayLiteral("DEFAULT:@SECLEVEL=0")},
            {QByteArrayLiteral("MinProtocol"), openSslName(version)},
            {QByteArrayLiteral("MaxProtocol"), openSslName(version)}};
}

QSslConfiguration TlsVersionConfiguration::forVersion(TlsProfile::Version version, bool directTls,
                                                      bool askOcsp)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // The range is the backend options' (MinProtocol, MaxProtocol): Qt's own names for
    // TLS 1.0 and 1.1 are deprecated.
    configuration.setProtocol(QSsl::AnyProtocol);
    configuration.setPeerVerifyMode(askOcsp ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    configuration.setOcspStaplingEnabled(askOcsp);
    for (const auto &[name, value] : backendOptions(version))
        configuration.setBackendConfigurationOption(name, value);
    if (directTls)
        configuration.setAllowedNextProtocols({QByteArrayLiteral("xmpp-server")});
    return configuration;
}

QString TlsVersionConfiguration::localProblem(TlsProfile::Version version)
{
    static const std::array<QString, TlsProfile::AllVersions.size()> problems = [] {
        std::array<QString, TlsProfile::AllVersions.size()> all;
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = offerProblem(TlsProfile::AllVersions[i],
                                  backendOptions(TlsProfile::AllVersions[i]));
        return all;
    }();
    return problems.at(std::size_t(version));
}

QString
TlsVersionConfiguration::offerProblem(TlsProfile::Version version,
                                      const QList<std::pair<QByteArray, QByteArray>> &options)
{
    return checkLocally(version, options);
}
