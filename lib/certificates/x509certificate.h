#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

class QSslCertificate;
struct x509_st; // OpenSSL's X509
struct X509_name_st; // OpenSSL's X509_NAME

// One OpenSSL X509 certificate, owned: what lib/certificates reads with OpenSSL where Qt
// has no API (otherName subject alternative names, chain building). Made from DER, so
// from any QSslCertificate whatever TLS backend Qt loaded.
class X509Certificate final
{
public:
    X509Certificate() = default;
    // Null when `der` is not one whole DER certificate.
    static X509Certificate fromDer(const QByteArray &der);
    static X509Certificate fromQt(const QSslCertificate &certificate);
    // Takes a new reference to `x509`.
    static X509Certificate fromX509(x509_st *x509);

    bool isNull() const { return !m_x509; }
    x509_st *get() const { return m_x509.get(); }

    QString subject() const;
    QString issuer() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    bool isSelfIssued() const;

    // A name as RFC 2253 writes it, UTF-8 kept ("CN=partner.example,O=Partner").
    static QString nameText(const X509_name_st *name);

private:
    struct Free
    {
        void operator()(x509_st *x509) const;
    };
    std::unique_ptr<x509_st, Free> m_x509;
};
