#pragma once

#include "i18n/localizedtext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QSslCertificate;
class X509Certificate;

// The names a certificate presents for itself, as an XMPP server's peer reads them (RFC
// 6120 §13.7.1.2, RFC 6125, XEP-0178): the subjectAltName's DNS names (DNS-IDs), its
// otherName SRV-IDs (id-on-dnsSRV, 1.3.6.1.5.5.7.8.7, IA5String such as
// "_xmpp-server.example.com") and XmppAddrs (id-on-xmppAddr, 1.3.6.1.5.5.7.8.5,
// UTF8String), and the subject's common names. Read with OpenSSL from the DER: Qt does
// not expose otherName entries. XmppIdentity matches them against a domain.
struct CertificateNames
{
    Q_DECLARE_TR_FUNCTIONS(CertificateNames)
    XP_DECLARE_TR_LATER(CertificateNames)

public:
    enum class Kind { DnsId, SrvId, XmppAddr, CommonName };

    struct Name
    {
        Kind kind = Kind::DnsId;
        QString value; // as the certificate writes it

        bool operator==(const Name &other) const = default;
    };

    bool valid = false; // the certificate could be read
    bool hasSubjectAltName = false; // a subjectAltName extension is present, whatever it holds
    QStringList dnsIds;
    QStringList srvIds;
    QStringList xmppAddrs;
    QStringList commonNames;

    static CertificateNames fromCertificate(const QSslCertificate &certificate);
    static CertificateNames fromDer(const QByteArray &der);
    static CertificateNames fromX509(const X509Certificate &certificate);

    // Every name, typed: the subjectAltName's (DNS-IDs, SRV-IDs, XmppAddrs), then the CNs.
    QList<Name> all() const;
    // The names a peer matches against: the subjectAltName's when it has one, otherwise
    // the CNs (RFC 6125 §6.4.4).
    QList<Name> considered() const;

    // "DNS name", "SRV-ID", "XmppAddr", "common name (CN)".
    static LocalizedText kindName(Kind kind);
    // The JSON report's names: dnsId, srvId, xmppAddr, commonName.
    static QString wireName(Kind kind);
    // "a (DNS name), _xmpp-server.b (SRV-ID)"; `typed` false: "a, _xmpp-server.b".
    static LocalizedText listText(const QList<Name> &names, bool typed);
};
