#include "certificates/x509certificate.h"

#include <QSslCertificate>

#include <ctime>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/x509.h>

namespace {

QDateTime fromAsn1Time(const ASN1_TIME *time)
{
    std::tm parts {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

} // namespace

void X509Certificate::Free::operator()(x509_st *x509) const
{
    X509_free(x509);
}

X509Certificate X509Certificate::fromDer(const QByteArray &der)
{
    X509Certificate result;
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *end = data;
    X509 *x509 = d2i_X509(nullptr, &end, long(der.size()));
    // Trailing bytes mean the input was not one certificate.
    if (x509 && end != data + der.size()) {
        X509_free(x509);
        x509 = nullptr;
    }
    if (!x509)
        ERR_clear_error(); // the parser's errors are not a TLS socket's of this thread
    result.m_x509.reset(x509);
    return result;
}

X509Certificate X509Certificate::fromQt(const QSslCertificate &certificate)
{
    return certificate.isNull() ? X509Certificate() : fromDer(certificate.toDer());
}

X509Certificate X509Certificate::fromX509(x509_st *x509)
{
    X509Certificate result;
    if (x509 && X509_up_ref(x509) == 1)
        result.m_x509.reset(x509);
    return result;
}

QString X509Certificate::subject() const
{
    return m_x509 ? nameText(X509_get_subject_name(m_x509.get())) : QString();
}

QString X509Certificate::issuer() const
{
    return m_x509 ? nameText(X509_get_issuer_name(m_x509.get())) : QString();
}

QDateTime X509Certificate::notBefore() const
{
    return m_x509 ? fromAsn1Time(X509_get0_notBefore(m_x509.get())) : QDateTime();
}

QDateTime X509Certificate::notAfter() const
{
    return m_x509 ? fromAsn1Time(X509_get0_notAfter(m_x509.get())) : QDateTime();
}

bool X509Certificate::isSelfIssued() const
{
    return m_x509
        && X509_NAME_cmp(X509_get_subject_name(m_x509.get()), X509_get_issuer_name(m_x509.get()))
        == 0;
}

QString X509Certificate::nameText(const X509_name_st *name)
{
    if (!name)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    if (!bio)
        return {};
    // RFC 2253 order and escaping, but UTF-8 as it is rather than \XX escapes.
    const unsigned long flags = XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB;
    QString text;
    if (X509_NAME_print_ex(bio, name, 0, flags) >= 0) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        if (size > 0)
            text = QString::fromUtf8(data, qsizetype(size));
    }
    BIO_free(bio);
    return text;
}
