#pragma once

#include "dns/dnsanswer.h"
#include "dns/dnssettings.h"
#include "i18n/localizedtext.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSocketNotifier;
struct ub_ctx;
struct ub_result;

// DNS for the connection tests, on libunbound: every answer validated (DNSSEC) from the
// root's trust anchor (dns-root-data) and the settings' own, through the DNS server of the
// settings used as a forwarder, the system's resolv.conf and hosts file, or from the root
// servers. Asynchronous: libunbound resolves in its own thread; answers come back on this
// object's thread through the event loop (QSocketNotifier on ub_fd).
//
// A bogus answer is checked once per trust anchor: when the DNS server asked gives no
// signed DNSKEY records for the anchor's zone, nothing could have been validated, and the
// answer is marked Unvalidated with why, instead of Bogus.
class UnboundResolver final : public QObject
{
    Q_OBJECT

public:
    XP_DECLARE_TR_LATER(UnboundResolver)

    using Callback = std::function<void(const DnsAnswer &)>;

    // The root's key, as Debian's dns-root-data installs it.
    static QString rootTrustAnchorFile();

    // One resolver per settings while something holds it: the tests of a run share their
    // validated keys and cache.
    static std::shared_ptr<UnboundResolver> forSettings(const DnsSettings &settings);

    explicit UnboundResolver(const DnsSettings &settings, QObject *parent = nullptr);
    ~UnboundResolver() override;

    const DnsSettings &settings() const { return m_settings; }
    // Empty when ready; otherwise why DNS cannot be asked (an unreadable trust anchor file,
    // a forwarder libunbound refuses), a sentence. Lookups then fail with it.
    LocalizedText setupError() const { return m_setupError; }
    // The trust anchors' zones: "." and those of the settings' file.
    QStringList anchorZones() const { return m_anchorZones; }

    // Starts a lookup of `name` (ASCII: ACE labels, final dot optional) for records of `type`
    // (DnsAnswer::Type). `callback` runs later, never from within lookup(), unless the
    // lookup is cancelled first. Returns an id for cancel().
    int lookup(const QString &name, int type, Callback callback);
    void cancel(int id);

private:
    struct Pending
    {
        int asyncId = 0;
        QString name;
        int type = 0;
        Callback callback;
        bool judged = true; // a bogus answer is checked against its anchor first
    };
    struct AnchorCheck
    {
        bool known = false;
        bool checking = false;
        LocalizedText unavailable; // empty: validation works through this server
        QList<std::pair<DnsAnswer, Callback>> waiting;
    };
    struct Token; // the query's id, handed to libunbound's callback

    static void onResult(void *token, int error, ub_result *result);
    void setUp();
    void deliver(int id, const DnsAnswer &answer);
    void judgeBogus(DnsAnswer answer, Callback callback);
    int startQuery(const QString &name, int type, Callback callback, bool judged);
    void anchorChecked(const QString &zone, const DnsAnswer &dnskey);
    QString closestAnchor(const QString &name) const;

    DnsSettings m_settings;
    ub_ctx *m_context = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    LocalizedText m_setupError;
    QStringList m_anchorZones;
    QHash<int, Pending> m_pending;
    QHash<int, Token *> m_tokens;
    QHash<QString, AnchorCheck> m_anchorChecks;
    int m_nextId = 1;
};
