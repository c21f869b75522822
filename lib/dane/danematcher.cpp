#include "dane/danematcher.h"

#include "certificates/x509certificate.h"

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <vector>

namespace {

QByteArray selected(const X509Certificate &certificate, quint8 selector)
{
    unsigned char *der = nullptr;
    int length = -1;
    if (selector == TlsaRecord::FullCertificate)
        length = i2d_X509(certificate.get(), &der);
    else if (selector == TlsaRecord::SubjectPublicKeyInfo)
        length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(certificate.get()), &der);
    if (length <= 0 || !der)
        return {};
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
}

QByteArray digest(const QByteArray &data, quint8 matchingType)
{
    const EVP_MD *md = nullptr;
    if (matchingType == TlsaRecord::Exact)
        return data;
    if (matchingType == TlsaRecord::Sha256)
        md = EVP_sha256();
    else if (matchingType == TlsaRecord::Sha512)
        md = EVP_sha512();
    else
        return {};
    QByteArray result(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()),
                   reinterpret_cast<unsigned char *>(result.data()), &length, md, nullptr)
        != 1)
        return {};
    result.truncate(int(length));
    return result;
}

// Whether certificate `index` of the chain is reached from the server's own: each
// certificate before it issued and signed by the next (RFC 7671 §5.2).
bool chainLeadsTo(const std::vector<X509Certificate> &chain, std::size_t index)
{
    for (std::size_t i = 0; i < index; ++i) {
        X509 *subject = chain.at(i).get();
        X509 *issuer = chain.at(i + 1).get();
        if (X509_check_issued(issuer, subject) != X509_V_OK)
            return false;
        EVP_PKEY *key = X509_get0_pubkey(issuer);
        if (!key || X509_verify(subject, key) != 1)
            return false;
    }
    return true;
}

bool namesOneOf(const X509Certificate &certificate, const QStringList &names)
{
    for (const QString &name : names) {
        const QByteArray ace = name.toLatin1();
        if (!ace.isEmpty()
            && X509_check_host(certificate.get(), ace.constData(), size_t(ace.size()), 0, nullptr)
                == 1)
            return true;
    }
    return false;
}

} // namespace

QByteArray DaneMatcher::associationData(const QSslCertificate &certificate, quint8 selector,
                                        quint8 matchingType)
{
    const X509Certificate x509 = X509Certificate::fromQt(certificate);
    if (x509.isNull())
        return {};
    const QByteArray data = selected(x509, selector);
    return data.isEmpty() ? QByteArray() : digest(data, matchingType);
}

TlsaRecord DaneMatcher::recordFor(const QSslCertificate &certificate, quint8 usage, quint8 selector,
                                  quint8 matchingType)
{
    return {usage, selector, matchingType, associationData(certificate, selector, matchingType)};
}

QList<TlsaMatch> DaneMatcher::match(const QList<TlsaRecord> &records,
                                    const QList<QSslCertificate> &chain,
                                    const QStringList &referenceNames, bool pkixPassed)
{
    QList<TlsaMatch> result;
    result.reserve(records.size());
    for (const TlsaRecord &record : records)
        result.append(matchOne(record, chain, referenceNames, pkixPassed));
    return result;
}

TlsaMatch DaneMatcher::matchOne(const TlsaRecord &record, const QList<QSslCertificate> &chain,
                                const QStringList &referenceNames, bool pkixPassed)
{
    TlsaMatch match;
    match.record = record;
    if (!record.isUsable()) {
        match.outcome = TlsaMatch::Outcome::Unusable;
        match.detail = trLater("TLSA %1: unusable (unknown usage, selector or matching type, or "
                               "data of the wrong length); ignored (RFC 6698 §4.1).")
                           .arg(record.toString());
        return match;
    }
    std::vector<X509Certificate> certificates;
    for (const QSslCertificate &certificate : chain)
        certificates.push_back(X509Certificate::fromQt(certificate));
    const bool endEntity = record.usage == TlsaRecord::DaneEe || record.usage == TlsaRecord::PkixEe;
    // An end-entity record names the server's own certificate; a trust-anchor record any
    // certificate of the chain, the server's own included.
    const std::size_t last
        = endEntity ? std::min<std::size_t>(1, certificates.size()) : certificates.size();
    for (std::size_t i = 0; i < last; ++i) {
        if (certificates.at(i).isNull())
            continue;
        const QByteArray data
            = digest(selected(certificates.at(i), record.selector), record.matchingType);
        if (!data.isEmpty() && data == record.data) {
            match.certificateIndex = int(i);
            break;
        }
    }
    const QString tlsa = record.toString();
    if (match.certificateIndex < 0) {
        match.outcome = TlsaMatch::Outcome::NotMatched;
        match.detail = endEntity
            ? trLater("TLSA %1 (%2): does not match the server's certificate.")
                  .arg(tlsa)
                  .arg(record.usageName())
            : trLater("TLSA %1 (%2): matches no certificate of the chain the server sent.")
                  .arg(tlsa)
                  .arg(record.usageName());
        return match;
    }
    const int index = match.certificateIndex;
    if (!endEntity && !chainLeadsTo(certificates, std::size_t(index))) {
        match.outcome = TlsaMatch::Outcome::ChainNotValid;
        match.detail = trLater("TLSA %1 (%2): names certificate %3 of the chain, but the chain "
                               "does not lead to it (a certificate is not signed by the next).")
                           .arg(tlsa)
                           .arg(record.usageName())
                           .arg(QString::number(index + 1));
        return match;
    }
    const bool needsName = record.usage != TlsaRecord::DaneEe;
    if (needsName && !namesOneOf(certificates.front(), referenceNames)) {
        match.outcome = TlsaMatch::Outcome::NameMismatch;
        match.detail = trLater("TLSA %1 (%2): matches, but the server's certificate names none "
                               "of %3.")
                           .arg(tlsa)
                           .arg(record.usageName())
                           .arg(referenceNames.join(u", "_qs));
        return match;
    }
    const bool pkix = record.usage == TlsaRecord::PkixEe || record.usage == TlsaRecord::PkixTa;
    if (pkix && !pkixPassed) {
        match.outcome = TlsaMatch::Outcome::NotPkixTrusted;
        match.detail = trLater("TLSA %1 (%2): matches, but this usage also needs a chain to a "
                               "trusted certificate authority, which the server's does not "
                               "reach.")
                           .arg(tlsa)
                           .arg(record.usageName());
        return match;
    }
    match.outcome = TlsaMatch::Outcome::Matched;
    match.detail = index == 0
        ? trLater("TLSA %1 (%2): matches the server's certificate.")
              .arg(tlsa)
              .arg(record.usageName())
        : trLater("TLSA %1 (%2): matches certificate %3 of the chain, which leads to the "
                  "server's.")
              .arg(tlsa)
              .arg(record.usageName())
              .arg(QString::number(index + 1));
    return match;
}
