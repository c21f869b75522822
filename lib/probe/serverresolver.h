#pragma once

#include "i18n/localizedtext.h"
#include "report/probereport.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QDnsLookup;
class QRandomGenerator;

// All the DNS of a connection test. Finds the servers to try for a partner domain, in
// order (RFC 6120 §3.2, XEP-0368): the proxy FQDN or an override when there is one;
// otherwise the _xmpp-server._tcp and _xmpps-server._tcp SRV records ordered by priority
// and weight (RFC 2782), and only when there is no SRV answer at all, the domain itself
// on port 5269. With a DNS server in the settings, it also looks up the addresses of a
// target there (the system's resolver may see another view, or not know the name).
class ServerResolver final : public QObject
{
    Q_OBJECT

public:
    XP_DECLARE_TR_LATER(ServerResolver)

    struct Target
    {
        QString host;
        quint16 port = 0;
        bool directTls = false;
        bool operator==(const Target &other) const = default;
    };

    struct Result
    {
        QList<Target> targets; // in the order to try them
        QList<ProbeReport::DnsRecord> records;
        LocalizedText details; // what was looked up and found, for the report
        LocalizedText error; // set when there is nothing to try
    };

    struct Addresses
    {
        QList<QHostAddress> addresses; // AAAA then A, each once
        QStringList errors; // failed lookups; "no record" is not an error
    };

    explicit ServerResolver(QObject *parent = nullptr);
    ~ServerResolver() override;

    // The DNS server to ask instead of the system's (admins compare views).
    void setNameserver(const QHostAddress &address) { m_nameserver = address; }

    // Starts; finished() follows, also for an override (on the next event loop turn).
    void resolve(const QString &domain, const QString &overrideAddress = {});
    // Starts the AAAA and A lookups of `host`; addressesFound() follows when both have
    // answered. An address lookup still running is abandoned.
    void lookUpAddresses(const QString &host);
    // Abandons every lookup: no signal follows.
    void abort();

    // RFC 2782 ordering of one record set: ascending priority; within a priority,
    // a weighted random order in which zero-weight records come last.
    static QList<ProbeReport::DnsRecord> ordered(QList<ProbeReport::DnsRecord> records,
                                                 QRandomGenerator &random);

Q_SIGNALS:
    void finished(const ServerResolver::Result &result);
    void addressesFound(const ServerResolver::Addresses &result);

private:
    void lookupFinished();
    void addressLookupFinished();
    void abortAddressLookups();

    QHostAddress m_nameserver;
    QString m_domain;
    QPointer<QDnsLookup> m_plain;
    QPointer<QDnsLookup> m_direct;
    QList<QPointer<QDnsLookup>> m_addressLookups;
};
