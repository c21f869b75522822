#include "certificates/certificatenames.h"

#include "certificates/x509certificate.h"

#include <QSslCertificate>

#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

// The text of an ASN.1 string of the expected type, or a null QString: a wrong type or
// an embedded NUL (a name that would read as a shorter one) is not a name.
QString stringOf(const ASN1_STRING *string, int expectedType)
{
    if (!string || ASN1_STRING_type(string) != expectedType)
        return {};
    const int length = ASN1_STRING_length(string);
    const auto *data = reinterpret_cast<const char *>(ASN1_STRING_get0_data(string));
    if (!data || length <= 0 || qsizetype(qstrnlen(data, uint(length))) != length)
        return {};
    return expectedType == V_ASN1_UTF8STRING ? QString::fromUtf8(data, length)
                                             : QString::fromLatin1(data, length);
}

void readOtherName(const OTHERNAME *otherName, CertificateNames *names)
{
    if (!otherName || !otherName->type_id || !otherName->value)
        return;
    const ASN1_TYPE *value = otherName->value;
    switch (OBJ_obj2nid(otherName->type_id)) {
    case NID_SRVName: // id-on-dnsSRV, 1.3.6.1.5.5.7.8.7 (RFC 4985)
        if (value->type == V_ASN1_IA5STRING) {
            const QString name = stringOf(value->value.ia5string, V_ASN1_IA5STRING);
            if (!name.isEmpty())
                names->srvIds.append(name);
        }
        return;
    case NID_XmppAddr: // id-on-xmppAddr, 1.3.6.1.5.5.7.8.5 (RFC 6120 §13.7.1.4)
        if (value->type == V_ASN1_UTF8STRING) {
            const QString name = stringOf(value->value.utf8string, V_ASN1_UTF8STRING);
            if (!name.isEmpty())
                names->xmppAddrs.append(name);
        }
        return;
    default:
        return;
    }
}

void readSubjectAltName(X509 *x509, CertificateNames *names)
{
    names->hasSubjectAltName = X509_get_ext_by_NID(x509, NID_subject_alt_name, -1) >= 0;
    if (!names->hasSubjectAltName)
        return;
    auto *general = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(x509, NID_subject_alt_name, nullptr, nullptr));
    if (!general)
        return;
    for (int i = 0; i < sk_GENERAL_NAME_num(general); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(general, i);
        if (name->type == GEN_DNS) {
            const QString dns = stringOf(name->d.dNSName, V_ASN1_IA5STRING);
            if (!dns.isEmpty())
                names->dnsIds.append(dns);
        } else if (name->type == GEN_OTHERNAME) {
            readOtherName(name->d.otherName, names);
        }
    }
    GENERAL_NAMES_free(general);
}

void readCommonNames(X509 *x509, CertificateNames *names)
{
    const X509_NAME *subject = X509_get_subject_name(x509);
    for (int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1); index >= 0;
         index = X509_NAME_get_index_by_NID(subject, NID_commonName, index)) {
        const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
        unsigned char *utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, data);
        if (length > 0
            && qsizetype(qstrnlen(reinterpret_cast<const char *>(utf8), uint(length))) == length) {
            names->commonNames.append(
                QString::fromUtf8(reinterpret_cast<const char *>(utf8), length));
        }
        OPENSSL_free(utf8);
    }
}

} // namespace

CertificateNames CertificateNames::fromCertificate(const QSslCertificate &certificate)
{
    return fromX509(X509Certificate::fromQt(certificate));
}

CertificateNames CertificateNames::fromDer(const QByteArray &der)
{
    return fromX509(X509Certificate::fromDer(der));
}

CertificateNames CertificateNames::fromX509(const X509Certificate &certificate)
{
    CertificateNames names;
    if (certificate.isNull())
        return names;
    names.valid = true;
    readSubjectAltName(certificate.get(), &names);
    readCommonNames(certificate.get(), &names);
    ERR_clear_error(); // a malformed extension's errors are not a TLS socket's
    return names;
}

QList<CertificateNames::Name> CertificateNames::all() const
{
    QList<Name> names;
    for (const QString &name : dnsIds)
        names.append({Kind::DnsId, name});
    for (const QString &name : srvIds)
        names.append({Kind::SrvId, name});
    for (const QString &name : xmppAddrs)
        names.append({Kind::XmppAddr, name});
    for (const QString &name : commonNames)
        names.append({Kind::CommonName, name});
    return names;
}

QList<CertificateNames::Name> CertificateNames::considered() const
{
    QList<Name> names = all();
    if (hasSubjectAltName) {
        names.removeIf([](const Name &name) { return name.kind == Kind::CommonName; });
    }
    return names;
}

LocalizedText CertificateNames::kindName(Kind kind)
{
    switch (kind) {
    case Kind::DnsId:
        return trLater("DNS name", "certificate name type: subjectAltName dNSName");
    case Kind::SrvId:
        return trLater("SRV-ID", "certificate name type: otherName id-on-dnsSRV");
    case Kind::XmppAddr:
        return trLater("XmppAddr", "certificate name type: otherName id-on-xmppAddr");
    case Kind::CommonName:
        return trLater("common name (CN)", "certificate name type: the subject's CN");
    }
    return {};
}

QString CertificateNames::wireName(Kind kind)
{
    switch (kind) {
    case Kind::DnsId:
        return QStringLiteral("dnsId");
    case Kind::SrvId:
        return QStringLiteral("srvId");
    case Kind::XmppAddr:
        return QStringLiteral("xmppAddr");
    case Kind::CommonName:
        return QStringLiteral("commonName");
    }
    return {};
}

LocalizedText CertificateNames::listText(const QList<Name> &names, bool typed)
{
    LocalizedText list;
    for (const Name &name : names) {
        const LocalizedText item = typed ? trLater("%1 (%2)", "a certificate name and its type")
                                               .arg(name.value)
                                               .arg(kindName(name.kind))
                                         : LocalizedText::verbatim(name.value);
        list = list.isEmpty() ? item : LocalizedText::verbatim(u"%1, %2"_qs).arg(list).arg(item);
    }
    return list;
}
