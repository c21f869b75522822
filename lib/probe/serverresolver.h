#pragma once

#include "dane/tlsarecord.h"
#include "dns/dnsanswer.h"
#include "dns/dnssettings.h"
#include "i18n/localizedtext.h"
#include "report/advice.h"
#include "report/probereport.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QRandomGenerator;
class UnboundResolver;

// All the DNS of a connection test. Finds the servers to try for a partner domain, in
// order (RFC 6120 §3.2, XEP-0368): the proxy FQDN or an override when there is one;
// otherwise the _xmpp-server._tcp and _xmpps-server._tcp SRV records ordered by priority
// and weight (RFC 2782), and only when there is no SRV answer at all, the domain itself
// on port 5269. It also looks up every address of a target (XEP-0368: each is tried in
// turn), through the system's resolver or, with a DNS server in the settings, there (the
// system's resolver may see another view, or not know the name). Every answer is
// validated (DNSSEC, UnboundResolver): a bogus SRV answer is an error, and a target from a
// secure SRV answer has its TLSA records looked up with its addresses (DANE, RFC 7673).
class ServerResolver final : public QObject
{
    Q_OBJECT

public:
    XP_DECLARE_TR_LATER(ServerResolver)

    // Where a target came from: the advice for a name that is not found differs.
    enum class Source {
        Srv, // an SRV record of the domain
        DomainFallback, // the domain itself, for want of SRV records
        ProxyFqdn, // the partner's proxy FQDN
        Override, // the server given for this test (settings or --host)
    };

    struct Target
    {
        QString host;
        quint16 port = 0;
        bool directTls = false;
        Source source = Source::Srv;
        // DNSSEC of the SRV answer the target came from: Secure makes it eligible for DANE
        DnssecStatus dnssec = DnssecStatus::Unknown;
        bool operator==(const Target &other) const = default;
    };

    struct Result
    {
        QList<Target> targets; // in the order to try them
        QList<ProbeReport::DnsRecord> records;
        LocalizedText details; // what was looked up and found, for the report
        LocalizedText error; // set when there is nothing to try
        Advice failure; // with error: what to change
        // Set when the answers could not be validated (UnboundResolver): why, what to change
        LocalizedText dnssecNote;
    };

    struct Addresses
    {
        QList<QHostAddress> addresses; // IPv6 and IPv4, each once
        bool nameNotFound = false; // the name does not exist (or, for the system, has no address)
        QStringList errors; // failed lookups; "no record" is not an error
        // The weakest DNSSEC status of the address answers; with Bogus, unbound's reason
        DnssecStatus dnssec = DnssecStatus::Unknown;
        QString bogusReason;
        LocalizedText dnssecNote; // why the answers could not be validated
        // DANE (RFC 7673): whether the target is eligible, and its TLSA answer when it is
        bool daneEligible = false;
        QString tlsaName; // _PORT._tcp.HOST
        std::optional<DnsAnswer> tlsa;
    };

    explicit ServerResolver(QObject *parent = nullptr);
    ~ServerResolver() override;

    // Where to ask: the DNS server instead of the system's (admins compare views), the
    // trust anchors.
    void setDnsSettings(const DnsSettings &settings);
    // "the DNS server 192.0.2.53", or "the system's resolver (…)": which server answered,
    // for the report and the advice (DnsServerText).
    LocalizedText nameserverText() const;

    // Starts; finished() follows, also for an override (on the next event loop turn).
    // `overrideSource` says whether an override is the partner's proxy FQDN or the server
    // given for this test.
    void resolve(const QString &domain, const QString &overrideAddress = {},
                 Source overrideSource = Source::ProxyFqdn);
    // Starts the lookups of `target`'s addresses, and of its TLSA records when it came from
    // a secure SRV answer (or, for the domain fallback, in case its addresses are secure);
    // addressesFound() follows when they have answered. Lookups still running are abandoned.
    void lookUpAddresses(const Target &target);
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
    UnboundResolver &resolver();
    void srvAnswered();
    void addressesAnswered();
    void abortAddressLookups();
    Result resultOfSrv() const;

    DnsSettings m_dns;
    std::shared_ptr<UnboundResolver> m_resolver; // made on first use, for m_dns
    QString m_domain;
    QList<int> m_srvQueries;
    std::optional<DnsAnswer> m_plain;
    std::optional<DnsAnswer> m_direct;
    Target m_addressTarget;
    QList<int> m_addressQueries;
    QList<DnsAnswer> m_addressAnswers;
    std::optional<DnsAnswer> m_tlsa;
    bool m_wantTlsa = false;
};
