#include "certificates/certificatekey.h"

#include <QSslCertificate>

#include <array>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

namespace {

struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};

QString typeName(int baseId)
{
    switch (baseId) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA");
    case EVP_PKEY_EC:
        return QStringLiteral("EC");
    case EVP_PKEY_DSA:
        return QStringLiteral("DSA");
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    default: {
        const char *name = OBJ_nid2sn(baseId);
        return name ? QString::fromLatin1(name) : QStringLiteral("unknown");
    }
    }
}

QString curveName(const EVP_PKEY *key)
{
    std::array<char, 80> group {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group.data(), group.size(),
                                       &length)
        != 1)
        return {};
    const int nid = OBJ_txt2nid(group.data());
    const char *nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
    return QString::fromLatin1(nist ? nist : group.data());
}

} // namespace

CertificateKey CertificateKey::fromDer(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    const std::unique_ptr<X509, X509Free> certificate(d2i_X509(nullptr, &data, der.size()));
    if (!certificate)
        return {};
    CertificateKey key;
    // X509_get0_pubkey: owned by the certificate.
    if (const EVP_PKEY *publicKey = X509_get0_pubkey(certificate.get())) {
        const int baseId = EVP_PKEY_get_base_id(publicKey);
        key.m_type = typeName(baseId);
        key.m_bits = EVP_PKEY_get_bits(publicKey);
        if (baseId == EVP_PKEY_EC)
            key.m_curve = curveName(publicKey);
    } else {
        key.m_type = QStringLiteral("unknown");
    }
    const int signature = X509_get_signature_nid(certificate.get());
    if (signature != NID_undef) {
        if (const char *name = OBJ_nid2ln(signature))
            key.m_signatureAlgorithm = QString::fromLatin1(name);
    }
    return key;
}

CertificateKey CertificateKey::fromCertificate(const QSslCertificate &certificate)
{
    return certificate.isNull() ? CertificateKey() : fromDer(certificate.toDer());
}
