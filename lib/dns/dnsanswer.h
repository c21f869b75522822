#pragma once

#include "dane/tlsarecord.h"
#include "dns/dnssecstatus.h"
#include "i18n/localizedtext.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

struct ub_result;

// One DNS answer as libunbound gave it: the outcome, what DNSSEC validation said of it, and
// the records of the type asked, read from the answer packet with ldns.
class DnsAnswer final
{
public:
    // Types this tool asks (RFC 1035, RFC 2782, RFC 3596, RFC 6698).
    enum Type : int { A = 1, Srv = 33, Aaaa = 28, Tlsa = 52, Dnskey = 48 };

    enum class Outcome {
        Data, // records of the type asked
        NoData, // the name exists, no record of that type (NODATA)
        NameNotFound, // NXDOMAIN
        Failed, // SERVFAIL, REFUSED, no answer, or a libunbound error: see error
    };

    struct Service
    {
        quint16 priority = 0;
        quint16 weight = 0;
        quint16 port = 0;
        QString target; // without the final dot; "." alone: the service is not offered
        // Whether every label of the target is made of letters, digits, hyphens and
        // underscores: a target whose label holds a dot, a space or a control byte names no
        // server that can be looked up (its target then shows DNS escapes, as in a zone file).
        bool hostName = true;
    };

    QString name;
    int type = 0;
    Outcome outcome = Outcome::Failed;
    DnssecStatus dnssec = DnssecStatus::Unknown;
    QString reason; // unbound's reason when bogus (also kept when Unvalidated)
    // With Unvalidated: why nothing could be validated, and what to change.
    LocalizedText validationNote;
    QString error; // with Failed: the response code or libunbound's error, in English

    // With ub_result: the outcome, the validation and the packet. Does not free `result`.
    static DnsAnswer fromUnbound(const QString &name, int type, int error, const ub_result *result);
    // For tests and for answers made here: a failure with this error.
    static DnsAnswer failure(const QString &name, int type, const QString &error);

    QList<Service> services() const; // SRV
    QList<QHostAddress> addresses() const; // A or AAAA
    QList<TlsaRecord> tlsaRecords() const; // TLSA
    // Whether the answer section carries RRSIG records: the DNS server passes DNSSEC.
    bool hasSignatures() const;
    QByteArray packet() const { return m_packet; }
    void setPacket(const QByteArray &packet) { m_packet = packet; }

private:
    QByteArray m_packet; // the whole answer, DNS wire format
};
