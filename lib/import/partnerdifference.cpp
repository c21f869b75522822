#include "import/partnerdifference.h"

#include "partners/domainname.h"
#include "util/textexcerpt.h"

#include <QSet>

namespace {

// How much of a description the details show: its first line, cut to this.
constexpr qsizetype ShownLength = 60;

QString orNone(const QString &text)
{
    return text.isEmpty() ? PartnerDifference::tr("(none)") : text;
}

QString limitText(const std::optional<int> &limit)
{
    return limit ? QString::number(*limit) : PartnerDifference::tr("(none)");
}

QString onOff(bool enabled)
{
    return enabled ? PartnerDifference::tr("on") : PartnerDifference::tr("off");
}

QString change(const QString &field, const QString &before, const QString &after)
{
    return PartnerDifference::tr("%1: %2 → %3").arg(field, before, after);
}

QStringList missingFrom(const QStringList &domains, const QStringList &others)
{
    QSet<QString> keys;
    for (const QString &domain : others)
        keys.insert(DomainName::comparisonKey(domain));
    QStringList missing;
    for (const QString &domain : domains) {
        if (!keys.contains(DomainName::comparisonKey(domain)))
            missing.append(domain);
    }
    return missing;
}

} // namespace

QStringList PartnerDifference::describe(const Partner &before, const Partner &after)
{
    QStringList lines;
    if (before.domain != after.domain)
        lines.append(change(tr("Primary domain"), before.domain, after.domain));
    if (before.description != after.description)
        lines.append(change(tr("Description"),
                            orNone(TextExcerpt::firstLine(before.description, ShownLength)),
                            orNone(TextExcerpt::firstLine(after.description, ShownLength))));
    if (before.additionalDomains != after.additionalDomains) {
        const QStringList added = missingFrom(after.additionalDomains, before.additionalDomains);
        const QStringList removed = missingFrom(before.additionalDomains, after.additionalDomains);
        QStringList parts;
        if (!added.isEmpty())
            parts.append(tr("added %1").arg(added.join(u", "_qs)));
        if (!removed.isEmpty())
            parts.append(tr("removed %1").arg(removed.join(u", "_qs)));
        if (parts.isEmpty())
            parts.append(tr("same domains written differently or in another order"));
        lines.append(tr("%1: %2").arg(tr("Additional domains"), parts.join(u"; "_qs)));
    }
    if (before.partnerType != after.partnerType)
        lines.append(change(tr("Partner type"), displayName(before.partnerType),
                            displayName(after.partnerType)));
    if (before.tlsNegotiation != after.tlsNegotiation)
        lines.append(change(tr("TLS negotiation"), displayName(before.tlsNegotiation),
                            displayName(after.tlsNegotiation)));
    if (before.saslNegotiation != after.saslNegotiation)
        lines.append(change(tr("SASL negotiation"), displayName(before.saslNegotiation),
                            displayName(after.saslNegotiation)));
    if (before.supportDialbackNegotiation != after.supportDialbackNegotiation)
        lines.append(change(tr("Dialback negotiation"),
                            dialbackDisplayName(before.supportDialbackNegotiation),
                            dialbackDisplayName(after.supportDialbackNegotiation)));
    if (before.proxyFqdn != after.proxyFqdn)
        lines.append(change(tr("Proxy FQDN"), orNone(before.proxyFqdn), orNone(after.proxyFqdn)));
    if (before.enableKeepAlive != after.enableKeepAlive)
        lines.append(
            change(tr("Keep-alive"), onOff(before.enableKeepAlive), onOff(after.enableKeepAlive)));
    if (before.connectionLimit != after.connectionLimit)
        lines.append(change(tr("Connection limit"), limitText(before.connectionLimit),
                            limitText(after.connectionLimit)));
    return lines;
}

QStringList PartnerDifference::summary(const Partner &partner)
{
    const QString field = tr("%1: %2");
    QStringList lines {field.arg(tr("Partner type"), displayName(partner.partnerType)),
                       field.arg(tr("TLS negotiation"), displayName(partner.tlsNegotiation)),
                       field.arg(tr("SASL negotiation"), displayName(partner.saslNegotiation)),
                       field.arg(tr("Dialback negotiation"),
                                 dialbackDisplayName(partner.supportDialbackNegotiation))};
    if (!partner.additionalDomains.isEmpty())
        lines.append(field.arg(tr("Additional domains"), partner.additionalDomains.join(u", "_qs)));
    if (!partner.description.isEmpty())
        lines.append(
            field.arg(tr("Description"), TextExcerpt::firstLine(partner.description, ShownLength)));
    if (!partner.proxyFqdn.isEmpty())
        lines.append(field.arg(tr("Proxy FQDN"), partner.proxyFqdn));
    if (!partner.enableKeepAlive)
        lines.append(field.arg(tr("Keep-alive"), onOff(false)));
    if (partner.connectionLimit)
        lines.append(field.arg(tr("Connection limit"), limitText(partner.connectionLimit)));
    return lines;
}
