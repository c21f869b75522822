#include "testcertificates.h"

#include <QDir>
#include <QFile>

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace TestCertificates {

namespace {

std::shared_ptr<EVP_PKEY> newKey()
{
    return std::shared_ptr<EVP_PKEY>(EVP_EC_gen("P-256"), EVP_PKEY_free);
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer : certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

GENERAL_NAME *dnsName(const QByteArray &bytes)
{
    GENERAL_NAME *name = GENERAL_NAME_new();
    ASN1_IA5STRING *string = ASN1_IA5STRING_new();
    ASN1_STRING_set(string, bytes.constData(), int(bytes.size()));
    GENERAL_NAME_set0_value(name, GEN_DNS, string);
    return name;
}

GENERAL_NAME *otherName(int nid, int type, const QByteArray &bytes)
{
    GENERAL_NAME *name = GENERAL_NAME_new();
    ASN1_STRING *string = ASN1_STRING_type_new(type);
    ASN1_STRING_set(string, bytes.constData(), int(bytes.size()));
    ASN1_TYPE *value = ASN1_TYPE_new();
    ASN1_TYPE_set(value, type, string);
    GENERAL_NAME_set0_othername(name, OBJ_dup(OBJ_nid2obj(nid)), value);
    return name;
}

bool addSubjectAltName(X509 *certificate, const Spec &spec)
{
    GENERAL_NAMES *names = sk_GENERAL_NAME_new_null();
    for (const QString &name : spec.dnsNames)
        sk_GENERAL_NAME_push(names, dnsName(name.toUtf8()));
    for (const QByteArray &bytes : spec.rawDnsNames)
        sk_GENERAL_NAME_push(names, dnsName(bytes));
    for (const QString &name : spec.srvIds)
        sk_GENERAL_NAME_push(names, otherName(NID_SRVName, V_ASN1_IA5STRING, name.toUtf8()));
    for (const QString &name : spec.xmppAddrs)
        sk_GENERAL_NAME_push(names, otherName(NID_XmppAddr, V_ASN1_UTF8STRING, name.toUtf8()));
    if (sk_GENERAL_NAME_num(names) == 0 && spec.forceSubjectAltName) {
        GENERAL_NAME *uri = GENERAL_NAME_new();
        ASN1_IA5STRING *string = ASN1_IA5STRING_new();
        ASN1_STRING_set(string, "https://example.invalid/", -1);
        GENERAL_NAME_set0_value(uri, GEN_URI, string);
        sk_GENERAL_NAME_push(names, uri);
    }
    const bool ok = sk_GENERAL_NAME_num(names) == 0
        || X509_add1_ext_i2d(certificate, NID_subject_alt_name, names, 0, X509V3_ADD_DEFAULT) == 1;
    GENERAL_NAMES_free(names);
    return ok;
}

bool setTime(ASN1_TIME *field, const QDateTime &time)
{
    return ASN1_TIME_set(field, time_t(time.toSecsSinceEpoch())) != nullptr;
}

QSslCertificate toQt(X509 *certificate)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate, &der);
    if (length <= 0)
        return QSslCertificate();
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return QSslCertificate(bytes, QSsl::Der);
}

std::unique_ptr<X509, decltype(&X509_free)> fromQt(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return {d2i_X509(nullptr, &data, long(der.size())), X509_free};
}

} // namespace

Issued make(const Spec &spec, const Issued *issuer)
{
    Issued issued;
    issued.key = newKey();
    std::unique_ptr<X509, decltype(&X509_free)> certificate(X509_new(), X509_free);
    std::unique_ptr<X509, decltype(&X509_free)> issuerCertificate(nullptr, X509_free);
    if (issuer)
        issuerCertificate = fromQt(issuer->certificate);
    if (!issued.key || !certificate || (issuer && !issuerCertificate))
        return Issued();
    X509 *x509 = certificate.get();

    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(x509));
    BN_free(number);

    X509_NAME *subject = X509_NAME_new();
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("xmpp-partners tests"), -1,
                               -1, 0);
    for (const QString &name : spec.commonNames) {
        const QByteArray utf8 = name.toUtf8();
        X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(utf8.constData()),
                                   int(utf8.size()), -1, 0);
    }
    bool ok = X509_set_version(x509, 2) == 1 && X509_set_subject_name(x509, subject) == 1
        && X509_set_issuer_name(x509,
                                issuer ? X509_get_subject_name(issuerCertificate.get()) : subject)
            == 1
        && setTime(X509_getm_notBefore(x509), spec.notBefore)
        && setTime(X509_getm_notAfter(x509), spec.notAfter)
        && X509_set_pubkey(x509, issued.key.get()) == 1;
    X509_NAME_free(subject);

    X509 *signer = issuer ? issuerCertificate.get() : x509;
    ok = ok
        && addExtension(x509, signer, NID_basic_constraints,
                        spec.ca ? "critical,CA:TRUE" : "critical,CA:FALSE")
        && addExtension(x509, signer, NID_key_usage,
                        spec.ca ? "critical,keyCertSign,cRLSign"
                                : "critical,digitalSignature,keyEncipherment")
        && addExtension(x509, signer, NID_subject_key_identifier, "hash")
        && (spec.extendedKeyUsage.isEmpty()
            || addExtension(x509, signer, NID_ext_key_usage,
                            spec.extendedKeyUsage.toLatin1().constData()))
        && addSubjectAltName(x509, spec);
    if (issuer)
        ok = ok && addExtension(x509, signer, NID_authority_key_identifier, "keyid");
    EVP_PKEY *signingKey = issuer ? issuer->key.get() : issued.key.get();
    ok = ok && X509_sign(x509, signingKey, EVP_sha256()) > 0;
    if (!ok)
        return Issued();
    issued.certificate = toQt(x509);
    return issued;
}

Issued authority(const QString &name, const Issued *issuer)
{
    Spec spec;
    spec.commonNames = {name};
    spec.ca = true;
    spec.extendedKeyUsage.clear();
    spec.notBefore = QDateTime::currentDateTimeUtc().addYears(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addYears(10);
    return make(spec, issuer);
}

bool writePem(const QString &path, const QList<QSslCertificate> &certificates)
{
    QByteArray pem;
    for (const QSslCertificate &certificate : certificates)
        pem += certificate.toPem();
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(pem) == pem.size();
}

bool writeHashed(const QString &directory, const QSslCertificate &certificate)
{
    const auto x509 = fromQt(certificate);
    if (!x509)
        return false;
    const QString name
        = QStringLiteral("%1.0").arg(X509_subject_name_hash(x509.get()), 8, 16, QLatin1Char('0'));
    return writePem(QDir(directory).filePath(name), {certificate});
}

} // namespace TestCertificates
