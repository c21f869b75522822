#include "probe/serverresolver.h"

#include "advice/connectadvice.h"
#include "partners/domainname.h"
#include "partners/serveraddress.h"

#include <QDnsLookup>
#include <QFile>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QTimer>

namespace {

const QString PlainService = QStringLiteral("_xmpp-server._tcp");
const QString DirectTlsService = QStringLiteral("_xmpps-server._tcp");

LocalizedText lookupError(const QDnsLookup *lookup)
{
    return ServerResolver::trLater("%1: %2").arg(lookup->name()).arg(lookup->errorString());
}

// The name servers of /etc/resolv.conf, which the system's resolver asks.
QStringList systemNameservers()
{
    QStringList servers;
    QFile file(QStringLiteral("/etc/resolv.conf"));
    if (!file.open(QIODevice::ReadOnly))
        return servers;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 2 && words.first() == "nameserver")
            servers.append(QString::fromLatin1(words.at(1)));
    }
    return servers;
}

} // namespace

ServerResolver::ServerResolver(QObject *parent)
    : QObject(parent)
{ }

ServerResolver::~ServerResolver()
{
    abort();
}

void ServerResolver::abort()
{
    for (QDnsLookup *lookup : {m_plain.data(), m_direct.data()}) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    abortAddressLookups();
}

LocalizedText ServerResolver::nameserverText() const
{
    if (!m_dns.nameserver.isSystem())
        return trLater("the DNS server %1").arg(m_dns.nameserver.toString());
    static const QStringList system = systemNameservers();
    if (system.isEmpty())
        return trLater("the system's resolver");
    return trLater("the system's resolver, %1").arg(system.join(u", "_qs));
}

void ServerResolver::abortAddressLookups()
{
    if (m_systemLookupId >= 0) {
        QHostInfo::abortHostLookup(m_systemLookupId);
        m_systemLookupId = -1;
    }
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_addressLookups)) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    m_addressLookups.clear();
}

void ServerResolver::resolve(const QString &domain, const QString &overrideAddress,
                             Source overrideSource)
{
    abort();
    m_domain = domain;
    if (!overrideAddress.isEmpty()) {
        Result result;
        QString error;
        const ServerAddress address = ServerAddress::parse(overrideAddress, &error);
        if (!address.isValid()) {
            result.error = trLater("The server address “%1” is not valid: %2")
                               .arg(overrideAddress)
                               .arg(error);
            result.failure
                = ConnectAdvice::invalidServerAddress(overrideAddress, error, overrideSource);
        } else {
            result.targets.append({address.host(), address.portOr(ServerAddress::DefaultServerPort),
                                   false, overrideSource});
            result.details
                = trLater("Connecting to %1 as configured; SRV records were not looked up.")
                      .arg(address.toString());
        }
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
        return;
    }
    const QString ace = DomainName::comparisonKey(domain);
    m_plain = new QDnsLookup(QDnsLookup::SRV, PlainService + u'.' + ace, this);
    m_direct = new QDnsLookup(QDnsLookup::SRV, DirectTlsService + u'.' + ace, this);
    for (QDnsLookup *lookup : {m_plain.data(), m_direct.data()}) {
        if (!m_dns.nameserver.isSystem())
            lookup->setNameserver(m_dns.nameserver.address());
        connect(lookup, &QDnsLookup::finished, this, &ServerResolver::lookupFinished);
        lookup->lookup();
    }
}

QList<ProbeReport::DnsRecord> ServerResolver::ordered(QList<ProbeReport::DnsRecord> records,
                                                      QRandomGenerator &random)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const auto &a, const auto &b) { return a.priority < b.priority; });
    QList<ProbeReport::DnsRecord> result;
    qsizetype start = 0;
    while (start < records.size()) {
        qsizetype end = start;
        while (end < records.size() && records.at(end).priority == records.at(start).priority)
            ++end;
        QList<ProbeReport::DnsRecord> group = records.mid(start, end - start);
        // RFC 2782: zero-weight records go first; pick a uniform number in [0, sum of
        // weights] and take the first record whose running sum reaches it. Zero-weight
        // records are so picked only when the number is 0, which is rarely.
        std::stable_sort(group.begin(), group.end(), [](const auto &a, const auto &b) {
            return a.weight == 0 && b.weight != 0;
        });
        while (!group.isEmpty()) {
            quint32 total = 0;
            for (const auto &record : group)
                total += record.weight;
            const quint32 pick = random.bounded(total + 1);
            quint32 running = 0;
            qsizetype chosen = 0;
            for (qsizetype i = 0; i < group.size(); ++i) {
                running += group.at(i).weight;
                if (running >= pick) {
                    chosen = i;
                    break;
                }
            }
            result.append(group.takeAt(chosen));
        }
        start = end;
    }
    return result;
}

void ServerResolver::lookupFinished()
{
    if ((m_plain && !m_plain->isFinished()) || (m_direct && !m_direct->isFinished()))
        return;
    Result result;
    QList<LocalizedText> notes;
    QList<ProbeReport::DnsRecord> all;
    bool plainNotOffered = false;
    bool directNotOffered = false;
    bool failedLookup = false;
    QString lookupErrors;
    for (QDnsLookup *lookup : {m_plain.data(), m_direct.data()}) {
        if (!lookup)
            continue;
        const bool direct = lookup == m_direct;
        const QString service = direct ? DirectTlsService : PlainService;
        // Qt 6.4 reports an empty answer (the name exists, no SRV record) as an invalid
        // reply: for this purpose it is "no record", like NXDOMAIN.
        const bool noRecord = lookup->error() == QDnsLookup::NotFoundError
            || lookup->error() == QDnsLookup::InvalidReplyError;
        if (lookup->error() != QDnsLookup::NoError && !noRecord) {
            notes.append(lookupError(lookup));
            failedLookup = true;
            if (lookupErrors.isEmpty())
                lookupErrors = lookup->errorString();
            continue;
        }
        const QList<QDnsServiceRecord> srv = lookup->serviceRecords();
        if (srv.isEmpty()) {
            notes.append(trLater("%1: no record.").arg(lookup->name()));
            continue;
        }
        // A single record whose target is "." means: this service is not offered.
        if (srv.size() == 1
            && (srv.first().target().isEmpty() || srv.first().target() == u"."_qs)) {
            notes.append(
                trLater("%1: target “.”, the service is not offered.").arg(lookup->name()));
            (direct ? directNotOffered : plainNotOffered) = true;
            result.records.append({service,
                                   QStringLiteral("."),
                                   srv.first().port(),
                                   srv.first().priority(),
                                   srv.first().weight(),
                                   direct,
                                   {},
                                   {}});
            continue;
        }
        for (const QDnsServiceRecord &record : srv) {
            QString target = record.target();
            if (target.endsWith(u'.'))
                target.chop(1);
            const ProbeReport::DnsRecord entry {
                service, target, record.port(), record.priority(), record.weight(), direct, {}, {}};
            result.records.append(entry);
            all.append(entry);
        }
        notes.append(trLater("%1: %n record(s).", nullptr, int(srv.size())).arg(lookup->name()));
    }

    for (const ProbeReport::DnsRecord &record : ordered(all, *QRandomGenerator::global()))
        result.targets.append({record.target, record.port, record.directTls, Source::Srv});

    if (result.targets.isEmpty()) {
        if (plainNotOffered && !failedLookup) {
            result.error
                = trLater("The DNS of %1 says it offers no XMPP server-to-server service (SRV "
                          "target “.”).")
                      .arg(m_domain);
            result.failure = ConnectAdvice::serviceNotOffered(m_domain);
        } else if (!plainNotOffered && !directNotOffered && !failedLookup) {
            // No SRV answer at all: the domain's own address records, on the default port.
            const QString host = DomainName::comparisonKey(m_domain);
            result.targets.append(
                {host, ServerAddress::DefaultServerPort, false, Source::DomainFallback});
            result.records.append(
                {QString(), host, ServerAddress::DefaultServerPort, 0, 0, false, {}, {}});
            notes.append(trLater("No SRV record: falling back to %1 on port %2 (A/AAAA records).")
                             .arg(host)
                             .arg(QString::number(ServerAddress::DefaultServerPort)));
        } else {
            result.error = trLater("The DNS lookup of %1 failed.").arg(m_domain);
            result.failure
                = ConnectAdvice::srvLookupFailed(m_domain, lookupErrors, nameserverText());
        }
    }
    result.details = LocalizedText::lines(notes);
    for (QDnsLookup *lookup : {m_plain.data(), m_direct.data()}) {
        if (lookup)
            lookup->deleteLater();
    }
    Q_EMIT finished(result);
}

void ServerResolver::lookUpAddresses(const QString &host)
{
    abortAddressLookups();
    const QString name = DomainName::comparisonKey(host);
    if (m_dns.nameserver.isSystem()) {
        // The system's resolver, as every program here finds a host: /etc/hosts, then DNS.
        m_systemLookupId = QHostInfo::lookupHost(name, this, &ServerResolver::systemLookupFinished);
        return;
    }
    for (const QDnsLookup::Type type : {QDnsLookup::AAAA, QDnsLookup::A}) {
        auto *lookup = new QDnsLookup(type, name, this);
        if (!m_dns.nameserver.isSystem())
            lookup->setNameserver(m_dns.nameserver.address());
        connect(lookup, &QDnsLookup::finished, this, &ServerResolver::addressLookupFinished);
        m_addressLookups.append(lookup);
        lookup->lookup();
    }
}

void ServerResolver::addressLookupFinished()
{
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_addressLookups)) {
        if (lookup && !lookup->isFinished())
            return;
    }
    Addresses result;
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_addressLookups)) {
        if (!lookup)
            continue;
        for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords()) {
            if (!result.addresses.contains(record.value()))
                result.addresses.append(record.value());
        }
        // NXDOMAIN, and in Qt 6.4 an empty answer (InvalidReplyError), mean "no record".
        if (lookup->error() != QDnsLookup::NoError && lookup->error() != QDnsLookup::NotFoundError
            && lookup->error() != QDnsLookup::InvalidReplyError)
            result.errors.append(lookup->errorString());
    }
    // NXDOMAIN for both AAAA and A: the name does not exist.
    result.nameNotFound = std::all_of(
        m_addressLookups.cbegin(), m_addressLookups.cend(), [](const QPointer<QDnsLookup> &lookup) {
            return lookup && lookup->error() == QDnsLookup::NotFoundError;
        });
    result.errors.removeDuplicates();
    abortAddressLookups();
    Q_EMIT addressesFound(result);
}

void ServerResolver::systemLookupFinished(const QHostInfo &info)
{
    if (info.lookupId() != m_systemLookupId)
        return;
    m_systemLookupId = -1;
    Addresses result;
    for (const QHostAddress &address : info.addresses()) {
        if (!result.addresses.contains(address))
            result.addresses.append(address);
    }
    if (info.error() == QHostInfo::HostNotFound)
        result.nameNotFound = true;
    else if (info.error() != QHostInfo::NoError)
        result.errors.append(info.errorString());
    Q_EMIT addressesFound(result);
}
