#include "dns/unboundresolver.h"

#include "dns/dnsservertext.h"

#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <map>
#include <unbound.h>

struct UnboundResolver::Token
{
    UnboundResolver *resolver = nullptr;
    int id = 0;
};

namespace {

QString withFinalDot(const QString &name)
{
    return name.endsWith(u'.') ? name : name + u'.';
}

// The owner names of the DS and DNSKEY records of a trust anchor file (zone-file format,
// as unbound reads it): the zones it anchors.
QStringList anchorOwners(const QString &path)
{
    QStringList owners;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return owners;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).section(u';', 0, 0);
        if (line.isEmpty() || line.at(0).isSpace() || line.startsWith(u'$'))
            continue;
        const QStringList words = line.simplified().split(u' ');
        if (words.contains(u"DS"_qs, Qt::CaseInsensitive)
            || words.contains(u"DNSKEY"_qs, Qt::CaseInsensitive)) {
            const QString owner = withFinalDot(words.first().toLower());
            if (!owners.contains(owner))
                owners.append(owner);
        }
    }
    return owners;
}

} // namespace

QString UnboundResolver::rootTrustAnchorFile()
{
    return QStringLiteral("/usr/share/dns/root.key");
}

std::shared_ptr<UnboundResolver> UnboundResolver::forSettings(const DnsSettings &settings)
{
    // Main thread only, as the connection tests.
    static std::map<QString, std::weak_ptr<UnboundResolver>> shared;
    const QString key = settings.nameserver.forwarderText() + u'|' + settings.trustAnchorFile + u'|'
        + (settings.validateFromRoot ? u'r' : u'-');
    if (std::shared_ptr<UnboundResolver> existing = shared[key].lock())
        return existing;
    auto created = std::make_shared<UnboundResolver>(settings);
    shared[key] = created;
    return created;
}

UnboundResolver::UnboundResolver(const DnsSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    setUp();
}

UnboundResolver::~UnboundResolver()
{
    if (m_context)
        ub_ctx_delete(m_context); // no callback follows
    qDeleteAll(m_tokens);
}

void UnboundResolver::setUp()
{
    m_anchorZones = {QStringLiteral(".")};
    m_context = ub_ctx_create();
    if (!m_context) {
        m_setupError = trLater("libunbound could not create a resolver.");
        return;
    }
    // unbound answers the RFC 6761 testing names itself (NXDOMAIN); an organisation's DNS
    // server may well serve a lab or staging deployment under "test.": ask it.
    int status = ub_ctx_set_option(m_context, "local-zone:", "test. transparent");
    if (m_settings.validateFromRoot) {
        // Recursion from the root servers: no forwarder. Debian's root hints, when there.
        if (QFileInfo::exists(u"/usr/share/dns/root.hints"_qs))
            ub_ctx_set_option(m_context, "root-hints:", "/usr/share/dns/root.hints");
    } else if (m_settings.nameserver.isSystem()) {
        ub_ctx_hosts(m_context, nullptr); // /etc/hosts first, as the system's resolver
        status = ub_ctx_resolvconf(m_context, nullptr);
        if (status != 0) {
            m_setupError = trLater("The system's resolver configuration /etc/resolv.conf could "
                                   "not be read: %1.")
                               .arg(QString::fromUtf8(ub_strerror(status)));
            return;
        }
    } else {
        status = ub_ctx_set_fwd(m_context,
                                m_settings.nameserver.forwarderText().toLatin1().constData());
        if (status != 0) {
            m_setupError = trLater("libunbound refuses the DNS server %1: %2.")
                               .arg(m_settings.nameserver.toString())
                               .arg(QString::fromUtf8(ub_strerror(status)));
            return;
        }
    }
    if (QFileInfo::exists(rootTrustAnchorFile())) {
        status
            = ub_ctx_add_ta_file(m_context, QFile::encodeName(rootTrustAnchorFile()).constData());
        if (status != 0) {
            m_setupError = trLater("The root's trust anchor %1 could not be read: %2.")
                               .arg(rootTrustAnchorFile())
                               .arg(QString::fromUtf8(ub_strerror(status)));
            return;
        }
    }
    const QString extra = m_settings.trustAnchorFile;
    if (!extra.isEmpty()) {
        const QFileInfo info(extra);
        if (!info.isFile() || !info.isReadable()) {
            m_setupError = trLater("The trust anchor file %1 does not exist or cannot be read; "
                                   "correct the path in the connection test settings "
                                   "(--trust-anchor).")
                               .arg(extra);
            return;
        }
        const QStringList owners = anchorOwners(extra);
        status = owners.isEmpty()
            ? UB_SYNTAX
            : ub_ctx_add_ta_file(m_context, QFile::encodeName(extra).constData());
        if (status != 0) {
            m_setupError = trLater("The trust anchor file %1 holds no DS or DNSKEY record "
                                   "unbound can read (%2): write one record per line in "
                                   "zone-file format, e.g. “example.com. IN DS 12345 13 2 "
                                   "…”.")
                               .arg(extra)
                               .arg(QString::fromUtf8(ub_strerror(status)));
            return;
        }
        m_anchorZones += owners;
    }
    status = ub_ctx_async(m_context, 1); // a thread, not a forked process
    if (status != 0) {
        m_setupError = trLater("libunbound could not start its resolver thread: %1.")
                           .arg(QString::fromUtf8(ub_strerror(status)));
        return;
    }
    m_notifier = new QSocketNotifier(ub_fd(m_context), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { ub_process(m_context); });
}

int UnboundResolver::lookup(const QString &name, int type, Callback callback)
{
    return startQuery(name, type, std::move(callback), true);
}

int UnboundResolver::startQuery(const QString &name, int type, Callback callback, bool judged)
{
    const int id = m_nextId++;
    m_pending.insert(id, {0, name, type, std::move(callback), judged});
    if (!m_setupError.isEmpty()) {
        QTimer::singleShot(0, this, [this, id, name, type] {
            deliver(id, DnsAnswer::failure(name, type, m_setupError.toString()));
        });
        return id;
    }
    auto *token = new Token {this, id};
    int asyncId = 0;
    const QByteArray ace = name.toLatin1();
    const int status = ub_resolve_async(m_context, ace.isEmpty() ? "." : ace.constData(), type,
                                        1 /* IN */, token, &UnboundResolver::onResult, &asyncId);
    if (status != 0) {
        delete token;
        const QString error = QString::fromUtf8(ub_strerror(status));
        QTimer::singleShot(0, this, [this, id, name, type, error] {
            deliver(id, DnsAnswer::failure(name, type, error));
        });
        return id;
    }
    m_tokens.insert(id, token);
    m_pending[id].asyncId = asyncId;
    return id;
}

void UnboundResolver::cancel(int id)
{
    const auto pending = m_pending.constFind(id);
    if (pending == m_pending.constEnd())
        return;
    Token *token = m_tokens.value(id);
    if (token && ub_cancel(m_context, pending->asyncId) == 0) {
        m_tokens.remove(id);
        delete token; // no callback follows
    }
    m_pending.erase(pending);
}

void UnboundResolver::onResult(void *opaque, int error, ub_result *result)
{
    auto *token = static_cast<Token *>(opaque);
    UnboundResolver *self = token->resolver;
    const int id = token->id;
    self->m_tokens.remove(id);
    delete token;
    const auto pending = self->m_pending.constFind(id);
    if (pending != self->m_pending.constEnd()) {
        const DnsAnswer answer
            = DnsAnswer::fromUnbound(pending->name, pending->type, error, result);
        self->deliver(id, answer);
    }
    if (result)
        ub_resolve_free(result);
}

void UnboundResolver::deliver(int id, const DnsAnswer &answer)
{
    Pending pending = m_pending.take(id);
    if (!pending.callback)
        return; // cancelled
    if (pending.judged && answer.dnssec == DnssecStatus::Bogus) {
        judgeBogus(answer, std::move(pending.callback));
        return;
    }
    pending.callback(answer);
}

QString UnboundResolver::closestAnchor(const QString &name) const
{
    const QString full = withFinalDot(name.toLower());
    QString best = QStringLiteral(".");
    for (const QString &zone : m_anchorZones) {
        if (zone.size() > best.size() && (full == zone || full.endsWith(u'.' + zone)))
            best = zone;
    }
    return best;
}

// Whether a bogus answer is bogus, or was never validatable through this server.
void UnboundResolver::judgeBogus(DnsAnswer answer, Callback callback)
{
    const QString zone = closestAnchor(answer.name);
    AnchorCheck &check = m_anchorChecks[zone];
    if (check.known) {
        if (!check.unavailable.isEmpty()) {
            answer.dnssec = DnssecStatus::Unvalidated;
            answer.validationNote = check.unavailable;
        }
        callback(answer);
        return;
    }
    check.waiting.append({answer, std::move(callback)});
    if (check.checking)
        return;
    check.checking = true;
    startQuery(
        zone, DnsAnswer::Dnskey,
        [this, zone](const DnsAnswer &dnskey) { anchorChecked(zone, dnskey); }, false);
}

void UnboundResolver::anchorChecked(const QString &zone, const DnsAnswer &dnskey)
{
    AnchorCheck &check = m_anchorChecks[zone];
    check.known = true;
    check.checking = false;
    if (dnskey.outcome != DnsAnswer::Outcome::Data)
        check.unavailable = trLater("%1 returned no DNSKEY records for the trust anchor “%2”, "
                                    "so no answer could be validated; ask a DNS server that "
                                    "passes DNSSEC records, or validate from the root.")
                                .arg(DnsServerText::of(m_settings))
                                .arg(zone);
    else if (!dnskey.hasSignatures())
        check.unavailable = trLater("%1 returned the DNSKEY records of “%2” without their "
                                    "signatures (RRSIG), so no answer could be validated; ask a "
                                    "DNS server that passes DNSSEC records, or validate from the "
                                    "root.")
                                .arg(DnsServerText::of(m_settings))
                                .arg(zone);
    const QList<std::pair<DnsAnswer, Callback>> waiting = std::exchange(check.waiting, {});
    for (const auto &[answer, callback] : waiting) {
        DnsAnswer judged = answer;
        if (!check.unavailable.isEmpty()) {
            judged.dnssec = DnssecStatus::Unvalidated;
            judged.validationNote = check.unavailable;
        }
        callback(judged);
    }
}
