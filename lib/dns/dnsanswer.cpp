#include "dns/dnsanswer.h"

#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <cstdlib>
#include <ldns/ldns.h>
#include <memory>
#include <unbound.h>

namespace {

struct PacketFree
{
    void operator()(ldns_pkt *packet) const { ldns_pkt_free(packet); }
};
struct ListFree
{
    void operator()(ldns_rr_list *list) const { ldns_rr_list_deep_free(list); }
};
using Packet = std::unique_ptr<ldns_pkt, PacketFree>;
using RecordList = std::unique_ptr<ldns_rr_list, ListFree>;

Packet parse(const QByteArray &wire)
{
    ldns_pkt *packet = nullptr;
    if (wire.isEmpty()
        || ldns_wire2pkt(&packet, reinterpret_cast<const uint8_t *>(wire.constData()),
                         size_t(wire.size()))
            != LDNS_STATUS_OK)
        return {};
    return Packet(packet);
}

// The records of `type` in the answer section; empty when the packet does not parse.
RecordList answers(const QByteArray &wire, int type)
{
    const Packet packet = parse(wire);
    if (!packet)
        return {};
    return RecordList(
        ldns_pkt_rr_list_by_type(packet.get(), ldns_rr_type(type), LDNS_SECTION_ANSWER));
}

QByteArray rdfBytes(const ldns_rdf *rdf)
{
    if (!rdf)
        return {};
    return QByteArray(reinterpret_cast<const char *>(ldns_rdf_data(rdf)),
                      qsizetype(ldns_rdf_size(rdf)));
}

QString rdfText(const ldns_rdf *rdf)
{
    if (!rdf)
        return {};
    char *text = ldns_rdf2str(rdf);
    const QString result = text ? QString::fromUtf8(text) : QString();
    std::free(text);
    return result;
}

bool isHostNameByte(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

// A target name read label by label from its wire form (ldns gives it uncompressed): the
// labels joined by dots when each is a host name label, otherwise ldns's presentation form
// (with its escapes) without the root's dot, and `hostName` false.
QString targetName(const ldns_rdf *rdf, bool *hostName)
{
    *hostName = true;
    const QByteArray wire = rdfBytes(rdf);
    QStringList labels;
    for (qsizetype at = 0; at < wire.size();) {
        const qsizetype length = uchar(wire.at(at));
        if (length == 0)
            break;
        const QByteArray label = wire.mid(at + 1, length);
        if (label.size() != length || !std::all_of(label.cbegin(), label.cend(), [](char c) {
                return isHostNameByte(uchar(c));
            })) {
            *hostName = false;
            break;
        }
        labels.append(QString::fromLatin1(label));
        at += 1 + length;
    }
    if (*hostName)
        return labels.isEmpty() ? QStringLiteral(".") : labels.join(u'.');
    QString text = rdfText(rdf); // always ends with the root's dot
    if (text.size() > 1 && text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString rcodeText(int rcode)
{
    switch (rcode) {
    case 2:
        return QStringLiteral("SERVFAIL");
    case 4:
        return QStringLiteral("NOTIMP");
    case 5:
        return QStringLiteral("REFUSED");
    default:
        return QStringLiteral("response code %1").arg(rcode);
    }
}

} // namespace

DnsAnswer DnsAnswer::fromUnbound(const QString &name, int type, int error, const ub_result *result)
{
    DnsAnswer answer;
    answer.name = name;
    answer.type = type;
    if (error != 0 || !result) {
        answer.error = QString::fromUtf8(ub_strerror(error));
        return answer;
    }
    answer.m_packet = QByteArray(static_cast<const char *>(result->answer_packet),
                                 result->answer_packet ? result->answer_len : 0);
    if (result->secure)
        answer.dnssec = DnssecStatus::Secure;
    else if (result->bogus)
        answer.dnssec = DnssecStatus::Bogus;
    else
        answer.dnssec = DnssecStatus::Insecure;
    if (result->why_bogus)
        answer.reason = QString::fromUtf8(result->why_bogus);
    if (result->havedata)
        answer.outcome = Outcome::Data;
    else if (result->nxdomain)
        answer.outcome = Outcome::NameNotFound;
    else if (result->rcode == 0 && !answer.m_packet.isEmpty())
        answer.outcome = Outcome::NoData;
    else {
        answer.outcome = Outcome::Failed;
        answer.error = answer.m_packet.isEmpty() && result->rcode == 0 ? QStringLiteral("no answer")
                                                                       : rcodeText(result->rcode);
        if (answer.dnssec == DnssecStatus::Insecure)
            answer.dnssec = DnssecStatus::Unknown; // nothing was validated
    }
    return answer;
}

DnsAnswer DnsAnswer::failure(const QString &name, int type, const QString &error)
{
    DnsAnswer answer;
    answer.name = name;
    answer.type = type;
    answer.error = error;
    return answer;
}

QList<DnsAnswer::Service> DnsAnswer::services() const
{
    QList<Service> result;
    const RecordList list = answers(m_packet, Srv);
    for (size_t i = 0; list && i < ldns_rr_list_rr_count(list.get()); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(list.get(), i);
        if (ldns_rr_rd_count(rr) != 4)
            continue;
        Service service;
        service.priority = ldns_rdf2native_int16(ldns_rr_rdf(rr, 0));
        service.weight = ldns_rdf2native_int16(ldns_rr_rdf(rr, 1));
        service.port = ldns_rdf2native_int16(ldns_rr_rdf(rr, 2));
        service.target = targetName(ldns_rr_rdf(rr, 3), &service.hostName);
        result.append(service);
    }
    return result;
}

QList<QHostAddress> DnsAnswer::addresses() const
{
    QList<QHostAddress> result;
    for (const int kind : {int(Aaaa), int(A)}) {
        const RecordList list = answers(m_packet, kind);
        for (size_t i = 0; list && i < ldns_rr_list_rr_count(list.get()); ++i) {
            const QByteArray bytes = rdfBytes(ldns_rr_rdf(ldns_rr_list_rr(list.get(), i), 0));
            QHostAddress address;
            if (kind == A && bytes.size() == 4)
                address.setAddress(qFromBigEndian<quint32>(bytes.constData()));
            else if (kind == Aaaa && bytes.size() == 16)
                address.setAddress(reinterpret_cast<const quint8 *>(bytes.constData()));
            if (!address.isNull() && !result.contains(address))
                result.append(address);
        }
    }
    return result;
}

QList<TlsaRecord> DnsAnswer::tlsaRecords() const
{
    QList<TlsaRecord> result;
    const RecordList list = answers(m_packet, Tlsa);
    for (size_t i = 0; list && i < ldns_rr_list_rr_count(list.get()); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(list.get(), i);
        if (ldns_rr_rd_count(rr) != 4)
            continue;
        TlsaRecord record;
        record.usage = ldns_rdf2native_int8(ldns_rr_rdf(rr, 0));
        record.selector = ldns_rdf2native_int8(ldns_rr_rdf(rr, 1));
        record.matchingType = ldns_rdf2native_int8(ldns_rr_rdf(rr, 2));
        record.data = rdfBytes(ldns_rr_rdf(rr, 3));
        result.append(record);
    }
    return result;
}

bool DnsAnswer::hasSignatures() const
{
    const RecordList list = answers(m_packet, LDNS_RR_TYPE_RRSIG);
    return list && ldns_rr_list_rr_count(list.get()) > 0;
}
