#include "probe/dialbackexchange.h"

#include "probe/dialbacklistener.h"
#include "probe/xmppstreamreader.h"

#include <QXmlStreamWriter>
#include <QXmppDialback.h>

DialbackExchange::DialbackExchange(DialbackListener *listener, const QString &partner,
                                   const QString &local, const DnsSettings &dns, QObject *parent)
    : QObject(parent)
    , m_listener(listener)
    , m_partner(partner)
    , m_local(local)
{
    m_resolver.setDnsSettings(dns);
    if (listener) {
        m_result.listener = listener->listenText();
        if (!listener->isListening()) {
            m_listenerAdvice
                = DialbackAdvice::listenerFailed(listener->listenText(), listener->errorText());
            m_result.listenerError = listener->errorText().toString();
            if (m_result.listenerError.isEmpty())
                m_result.listenerError = listener->listenText();
        }
    }
    m_result.enabled = true;
    connect(&m_resolver, &ServerResolver::finished, this,
            [this](const ServerResolver::Result &found) {
                m_lookupDone = true;
                for (const ProbeReport::DnsRecord &record : found.records) {
                    if (!record.directTls && !record.service.isEmpty() && record.target != u".")
                        m_result.localTargets.append(
                            QStringLiteral("%1:%2").arg(record.target).arg(record.port));
                }
            });
}

QString DialbackExchange::request(const QString &streamId)
{
    m_result.attempted = true;
    m_result.streamId = streamId;
    m_requestedAt = QDateTime::currentDateTimeUtc();
    m_result.keySent = m_listener ? m_listener->keyFor(m_partner, streamId) : QString();
    m_resolver.resolve(m_local);

    QXmppDialback dialback;
    dialback.setCommand(QXmppDialback::Result);
    dialback.setFrom(m_local);
    dialback.setTo(m_partner);
    dialback.setKey(m_result.keySent);
    QString xml;
    QXmlStreamWriter writer(&xml);
    dialback.toXml(&writer);
    return xml;
}

bool DialbackExchange::handleElement(const QDomElement &element)
{
    if (!QXmppDialback::isDialback(element) || hasAnswer())
        return false;
    QXmppDialback answer;
    answer.parse(element);
    if (answer.command() != QXmppDialback::Result || answer.type().isEmpty())
        return false;
    m_result.result = answer.type();
    if (answer.type() == u"error") {
        const QDomElement error = element.firstChildElement(QStringLiteral("error"));
        m_result.condition = XmppStreamReader::conditionOf(error);
        m_errorText = XmppStreamReader::textOf(error);
    } else if (answer.type() != u"valid") {
        m_result.result = QStringLiteral("invalid"); // anything else is not a success
    }
    Q_EMIT answered();
    return true;
}

void DialbackExchange::settle()
{
    if (!m_listener)
        return;
    for (const DialbackListener::Connection &connection : m_listener->connections()) {
        // The listener serves every test of a run: only what came after this test's key.
        if (connection.at < m_requestedAt
            || connection.streamFrom.compare(m_partner, Qt::CaseInsensitive) != 0)
            continue;
        m_result.connectBackSeen = true;
        m_result.connectBackAddress = connection.peerAddress;
        m_result.connectBackAt = connection.at;
    }
    for (const DialbackListener::Verify &verify : m_listener->verifications()) {
        if (verify.at < m_requestedAt || verify.id != m_result.streamId
            || verify.from.compare(m_partner, Qt::CaseInsensitive) != 0)
            continue;
        m_result.verifyAnswer = verify.valid ? QStringLiteral("valid") : QStringLiteral("invalid");
        // A partner that asked has connected, whatever its stream header said.
        m_result.connectBackSeen = true;
        if (m_result.connectBackAddress.isEmpty()) {
            m_result.connectBackAddress = verify.peerAddress;
            m_result.connectBackAt = verify.at;
        }
    }
}

DialbackAdvice::Context DialbackExchange::context() const
{
    return {m_partner,         m_local,
            m_result.listener, m_result.localTargets,
            m_lookupDone,      m_resolver.nameserverText()};
}

LocalizedText DialbackExchange::dialbackDetails(int timeoutMs) const
{
    if (m_result.result == u"valid") {
        return trLater("%1 accepted the dialback key of %2 (type='valid'): dialback "
                       "authenticated the stream.")
            .arg(m_partner)
            .arg(m_local);
    }
    if (m_result.result == u"invalid")
        return trLater("%1 answered the dialback key of %2 with type='invalid'.")
            .arg(m_partner)
            .arg(m_local);
    if (m_result.result == u"error")
        return trLater("%1 answered the dialback key of %2 with the error “%3”.")
            .arg(m_partner)
            .arg(m_local)
            .arg(m_result.condition);
    return trLater("%1 gave no dialback answer within %2 s.")
        .arg(m_partner)
        .arg(timeoutMs / 1000.0);
}

Advice DialbackExchange::dialbackAdvice(int timeoutMs) const
{
    if (m_result.result == u"valid")
        return {};
    if (m_result.result == u"invalid")
        return DialbackAdvice::invalid(context(), m_result.verifyAnswer, m_result.connectBackSeen);
    if (m_result.result == u"error")
        return DialbackAdvice::error(context(), m_result.condition, m_errorText);
    return DialbackAdvice::timeout(context(), timeoutMs, m_result.connectBackSeen);
}

LocalizedText DialbackExchange::connectBackDetails() const
{
    if (!m_result.connectBackSeen)
        return trLater("%1 did not connect back to the listener at %2.")
            .arg(m_partner)
            .arg(m_result.listener);
    const LocalizedText verify = m_result.verifyAnswer.isEmpty()
        ? trLater("it asked no verification for this test's stream")
        : m_result.verifyAnswer == u"valid" ? trLater("its <db:verify/> was answered valid")
                                            : trLater("its <db:verify/> was answered invalid");
    return trLater("%1 connected back to the listener at %2 from %3; %4.")
        .arg(m_partner)
        .arg(m_result.listener)
        .arg(m_result.connectBackAddress)
        .arg(verify);
}

Advice DialbackExchange::connectBackAdvice(int timeoutMs) const
{
    if (m_result.connectBackSeen)
        return {};
    return DialbackAdvice::notConnectedBack(context(), timeoutMs);
}

LocalizedText DialbackExchange::offText(const QString &partner, const QString &local)
{
    return trLater("Full server dialback (XEP-0220) was off. For it to work, %1 must connect "
                   "back to the authoritative server for %2: the _xmpp-server._tcp.%2 SRV target "
                   "(the Access Edge's external FQDN) on its port, 5269.")
        .arg(partner)
        .arg(local);
}
