#include "probe/serverresolver.h"

#include "advice/connectadvice.h"
#include "dns/dnsservertext.h"
#include "dns/unboundresolver.h"
#include "partners/domainname.h"
#include "partners/serveraddress.h"

#include <QRandomGenerator>
#include <QTimer>

namespace {

const QString PlainService = QStringLiteral("_xmpp-server._tcp");
const QString DirectTlsService = QStringLiteral("_xmpps-server._tcp");

// How much an answer can be trusted, worst first: the status a set of answers shows.
int weakness(DnssecStatus status)
{
    switch (status) {
    case DnssecStatus::Bogus:
        return 4;
    case DnssecStatus::Unvalidated:
        return 3;
    case DnssecStatus::Unknown:
        return 2;
    case DnssecStatus::Insecure:
        return 1;
    case DnssecStatus::Secure:
        break;
    }
    return 0;
}

} // namespace

ServerResolver::ServerResolver(QObject *parent)
    : QObject(parent)
{ }

ServerResolver::~ServerResolver()
{
    abort();
}

void ServerResolver::setDnsSettings(const DnsSettings &settings)
{
    if (settings == m_dns)
        return;
    abort();
    m_dns = settings;
    m_resolver.reset();
}

UnboundResolver &ServerResolver::resolver()
{
    if (!m_resolver)
        m_resolver = UnboundResolver::forSettings(m_dns);
    return *m_resolver;
}

void ServerResolver::abort()
{
    if (m_resolver) {
        for (const int id : std::as_const(m_srvQueries))
            m_resolver->cancel(id);
    }
    m_srvQueries.clear();
    abortAddressLookups();
}

LocalizedText ServerResolver::nameserverText() const
{
    return DnsServerText::of(m_dns);
}

void ServerResolver::abortAddressLookups()
{
    if (m_resolver) {
        for (const int id : std::as_const(m_addressQueries))
            m_resolver->cancel(id);
    }
    m_addressQueries.clear();
    m_addressAnswers.clear();
    m_tlsa.reset();
    m_wantTlsa = false;
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
    m_plain.reset();
    m_direct.reset();
    m_srvQueries.append(resolver().lookup(PlainService + u'.' + ace, DnsAnswer::Srv,
                                          [this](const DnsAnswer &answer) {
                                              m_plain = answer;
                                              srvAnswered();
                                          }));
    m_srvQueries.append(resolver().lookup(DirectTlsService + u'.' + ace, DnsAnswer::Srv,
                                          [this](const DnsAnswer &answer) {
                                              m_direct = answer;
                                              srvAnswered();
                                          }));
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

void ServerResolver::srvAnswered()
{
    if (!m_plain || !m_direct)
        return;
    m_srvQueries.clear();
    Q_EMIT finished(resultOfSrv());
}

ServerResolver::Result ServerResolver::resultOfSrv() const
{
    Result result;
    QList<LocalizedText> notes;
    QList<ProbeReport::DnsRecord> all;
    bool plainNotOffered = false;
    bool directNotOffered = false;
    bool failedLookup = false;
    QString lookupErrors;
    QString notHostName; // the first SRV target that is not a host name
    const DnsAnswer *bogus = nullptr;
    for (const DnsAnswer *answer : {&*m_plain, &*m_direct}) {
        const bool direct = answer == &*m_direct;
        const QString service = direct ? DirectTlsService : PlainService;
        const LocalizedText status = DnssecStatusText::name(answer->dnssec);
        if (answer->dnssec == DnssecStatus::Bogus && !bogus)
            bogus = answer;
        if (answer->dnssec == DnssecStatus::Unvalidated && result.dnssecNote.isEmpty())
            result.dnssecNote = answer->validationNote;
        if (answer->outcome == DnsAnswer::Outcome::Failed) {
            notes.append(trLater("%1: %2").arg(answer->name).arg(answer->error));
            failedLookup = true;
            if (lookupErrors.isEmpty())
                lookupErrors = answer->error;
            continue;
        }
        const QList<DnsAnswer::Service> srv = answer->services();
        if (srv.isEmpty()) {
            notes.append(trLater("%1: no record (DNSSEC: %2).").arg(answer->name).arg(status));
            continue;
        }
        // A single record whose target is "." means: this service is not offered.
        if (srv.size() == 1 && (srv.first().target.isEmpty() || srv.first().target == u"."_qs)) {
            notes.append(trLater("%1: target “.”, the service is not offered (DNSSEC: %2).")
                             .arg(answer->name)
                             .arg(status));
            (direct ? directNotOffered : plainNotOffered) = true;
            result.records.append({service, QStringLiteral("."), srv.first().port,
                                   srv.first().priority, srv.first().weight, direct, answer->dnssec,
                                   answer->reason});
            continue;
        }
        for (const DnsAnswer::Service &record : srv) {
            const ProbeReport::DnsRecord entry {service,         record.target, record.port,
                                                record.priority, record.weight, direct,
                                                answer->dnssec,  answer->reason};
            result.records.append(entry);
            if (record.hostName) {
                all.append(entry);
                continue;
            }
            // A label holding a dot, a space or a control byte: no server has that name.
            notes.append(trLater("%1: the target “%2” is not a host name; this record is skipped.")
                             .arg(answer->name)
                             .arg(record.target));
            if (notHostName.isEmpty())
                notHostName = record.target;
        }
        notes.append(trLater("%1: %n record(s) (DNSSEC: %2).", nullptr, int(srv.size()))
                         .arg(answer->name)
                         .arg(status));
    }
    result.details = LocalizedText::lines(notes);

    if (bogus) {
        // A bogus answer may be forged (XEP-0344): nothing it names is tried.
        result.error = trLater("The SRV records of %1 fail DNSSEC validation: %2")
                           .arg(m_domain)
                           .arg(bogus->reason);
        result.failure = ConnectAdvice::srvBogus(m_domain, bogus->reason, nameserverText());
        result.details = LocalizedText::lines(notes);
        return result;
    }

    for (const ProbeReport::DnsRecord &record : ordered(all, *QRandomGenerator::global()))
        result.targets.append(
            {record.target, record.port, record.directTls, Source::Srv, record.dnssec});

    if (result.targets.isEmpty()) {
        if (!notHostName.isEmpty()) {
            result.error = trLater("The SRV records of %1 name no server that can be looked up: "
                                   "“%2” is not a host name.")
                               .arg(m_domain)
                               .arg(notHostName);
            result.failure = ConnectAdvice::srvTargetNotHostName(m_domain, notHostName);
        } else if (plainNotOffered && !failedLookup) {
            result.error
                = trLater("The DNS of %1 says it offers no XMPP server-to-server service (SRV "
                          "target “.”).")
                      .arg(m_domain);
            result.failure = ConnectAdvice::serviceNotOffered(m_domain);
        } else if (!plainNotOffered && !directNotOffered && !failedLookup) {
            // No SRV answer at all: the domain's own address records, on the default port.
            const QString host = DomainName::comparisonKey(m_domain);
            result.targets.append({host, ServerAddress::DefaultServerPort, false,
                                   Source::DomainFallback, m_plain->dnssec});
            result.records.append({QString(), host, ServerAddress::DefaultServerPort, 0, 0, false,
                                   m_plain->dnssec, m_plain->reason});
            notes.append(trLater("No SRV record: falling back to %1 on port %2 (A/AAAA records).")
                             .arg(host)
                             .arg(QString::number(ServerAddress::DefaultServerPort)));
            result.details = LocalizedText::lines(notes);
        } else {
            result.error = trLater("The DNS lookup of %1 failed.").arg(m_domain);
            result.failure
                = ConnectAdvice::srvLookupFailed(m_domain, lookupErrors, nameserverText());
        }
    }
    return result;
}

void ServerResolver::lookUpAddresses(const Target &target)
{
    abortAddressLookups();
    m_addressTarget = target;
    const QString name = DomainName::comparisonKey(target.host);
    for (const int type : {int(DnsAnswer::Aaaa), int(DnsAnswer::A)}) {
        m_addressQueries.append(resolver().lookup(name, type, [this](const DnsAnswer &answer) {
            m_addressAnswers.append(answer);
            addressesAnswered();
        }));
    }
    // RFC 7673 §3: the TLSA records of a target from a secure SRV answer; without SRV
    // records, those of the domain itself when its addresses turn out secure.
    m_wantTlsa = (target.source == Source::Srv && target.dnssec == DnssecStatus::Secure)
        || target.source == Source::DomainFallback;
    if (m_wantTlsa) {
        const QString tlsaName = u"_%1._tcp.%2"_qs.arg(target.port).arg(name);
        m_addressQueries.append(
            resolver().lookup(tlsaName, DnsAnswer::Tlsa, [this](const DnsAnswer &answer) {
                m_tlsa = answer;
                addressesAnswered();
            }));
    }
}

void ServerResolver::addressesAnswered()
{
    if (m_addressAnswers.size() < 2 || (m_wantTlsa && !m_tlsa))
        return;
    Addresses result;
    result.nameNotFound = true;
    int worst = -1;
    for (const DnsAnswer &answer : std::as_const(m_addressAnswers)) {
        for (const QHostAddress &address : answer.addresses()) {
            if (!result.addresses.contains(address))
                result.addresses.append(address);
        }
        if (answer.outcome == DnsAnswer::Outcome::Failed)
            result.errors.append(answer.error);
        result.nameNotFound
            = result.nameNotFound && answer.outcome == DnsAnswer::Outcome::NameNotFound;
        if (answer.outcome == DnsAnswer::Outcome::Failed)
            continue;
        if (weakness(answer.dnssec) > worst) {
            worst = weakness(answer.dnssec);
            result.dnssec = answer.dnssec;
        }
        if (answer.dnssec == DnssecStatus::Bogus && result.bogusReason.isEmpty())
            result.bogusReason = answer.reason;
        if (answer.dnssec == DnssecStatus::Unvalidated && result.dnssecNote.isEmpty())
            result.dnssecNote = answer.validationNote;
    }
    result.errors.removeDuplicates();
    if (result.dnssec == DnssecStatus::Bogus)
        result.addresses.clear(); // possibly forged: not tried
    const Target &target = m_addressTarget;
    result.daneEligible = (target.source == Source::Srv && target.dnssec == DnssecStatus::Secure)
        || (target.source == Source::DomainFallback && result.dnssec == DnssecStatus::Secure);
    if (m_tlsa) {
        result.tlsaName = m_tlsa->name;
        if (result.daneEligible)
            result.tlsa = m_tlsa;
    }
    m_addressQueries.clear();
    m_addressAnswers.clear();
    m_tlsa.reset();
    m_wantTlsa = false;
    Q_EMIT addressesFound(result);
}
