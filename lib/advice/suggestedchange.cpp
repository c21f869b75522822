#include "advice/suggestedchange.h"

#include "formats/powershellscriptwriter.h"

namespace {

QString fieldLabel(CmdletParameters::Field field)
{
    switch (field) {
    case CmdletParameters::Field::TlsNegotiation:
        return SuggestedChange::tr("TLS negotiation");
    case CmdletParameters::Field::SaslNegotiation:
        return SuggestedChange::tr("SASL negotiation");
    case CmdletParameters::Field::SupportDialbackNegotiation:
        return SuggestedChange::tr("Dialback negotiation");
    default:
        break;
    }
    return CmdletParameters::powerShellName(field);
}

} // namespace

SuggestedChange SuggestedChange::tls(Negotiation value)
{
    SuggestedChange change;
    change.tlsNegotiation = value;
    return change;
}

SuggestedChange SuggestedChange::sasl(Negotiation value)
{
    SuggestedChange change;
    change.saslNegotiation = value;
    return change;
}

SuggestedChange SuggestedChange::dialback(bool enabled)
{
    SuggestedChange change;
    change.supportDialbackNegotiation = enabled;
    return change;
}

SuggestedChange SuggestedChange::with(const SuggestedChange &other) const
{
    SuggestedChange both = *this;
    if (other.tlsNegotiation)
        both.tlsNegotiation = other.tlsNegotiation;
    if (other.saslNegotiation)
        both.saslNegotiation = other.saslNegotiation;
    if (other.supportDialbackNegotiation)
        both.supportDialbackNegotiation = other.supportDialbackNegotiation;
    return both;
}

bool SuggestedChange::isEmpty() const
{
    return !tlsNegotiation && !saslNegotiation && !supportDialbackNegotiation;
}

QList<SuggestedChange::Field> SuggestedChange::fields() const
{
    QList<Field> fields;
    if (tlsNegotiation)
        fields.append(Field::TlsNegotiation);
    if (saslNegotiation)
        fields.append(Field::SaslNegotiation);
    if (supportDialbackNegotiation)
        fields.append(Field::SupportDialbackNegotiation);
    return fields;
}

Partner SuggestedChange::appliedTo(const Partner &partner) const
{
    Partner changed = partner;
    if (tlsNegotiation)
        changed.tlsNegotiation = *tlsNegotiation;
    if (saslNegotiation)
        changed.saslNegotiation = *saslNegotiation;
    if (supportDialbackNegotiation)
        changed.supportDialbackNegotiation = *supportDialbackNegotiation;
    return changed;
}

bool SuggestedChange::changes(const Partner &partner) const
{
    return appliedTo(partner) != partner;
}

QStringList SuggestedChange::lines() const
{
    QStringList lines;
    for (const Field field : fields()) {
        QString value;
        if (field == Field::TlsNegotiation)
            value = displayName(*tlsNegotiation);
        else if (field == Field::SaslNegotiation)
            value = displayName(*saslNegotiation);
        else
            value = dialbackDisplayName(*supportDialbackNegotiation);
        lines.append(tr("%1: %2", "suggested setting: field: value").arg(fieldLabel(field), value));
    }
    return lines;
}

QString SuggestedChange::text() const
{
    return lines().join(tr("; ", "between suggested settings"));
}

QString SuggestedChange::powerShellCommand(const Partner &partner) const
{
    if (isEmpty())
        return {};
    return PowerShellScriptWriter::setCommand(appliedTo(partner), fields());
}

QJsonObject SuggestedChange::toJson() const
{
    QJsonObject object;
    if (tlsNegotiation)
        object.insert(CmdletParameters::jsonKey(Field::TlsNegotiation), wireName(*tlsNegotiation));
    if (saslNegotiation)
        object.insert(CmdletParameters::jsonKey(Field::SaslNegotiation),
                      wireName(*saslNegotiation));
    if (supportDialbackNegotiation)
        object.insert(CmdletParameters::jsonKey(Field::SupportDialbackNegotiation),
                      *supportDialbackNegotiation);
    return object;
}

SuggestedChange SuggestedChange::fromJson(const QJsonObject &object)
{
    SuggestedChange change;
    change.tlsNegotiation = negotiationFromWireName(
        object.value(CmdletParameters::jsonKey(Field::TlsNegotiation)).toString());
    change.saslNegotiation = negotiationFromWireName(
        object.value(CmdletParameters::jsonKey(Field::SaslNegotiation)).toString());
    const QJsonValue dialback
        = object.value(CmdletParameters::jsonKey(Field::SupportDialbackNegotiation));
    if (dialback.isBool())
        change.supportDialbackNegotiation = dialback.toBool();
    return change;
}
