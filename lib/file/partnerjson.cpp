#include "file/partnerjson.h"

#include <QJsonArray>

#include <cmath>

namespace Key {
const QString Domain = QStringLiteral("domain");
const QString Description = QStringLiteral("description");
const QString AdditionalDomains = QStringLiteral("additionalDomains");
const QString PartnerType = QStringLiteral("partnerType");
const QString TlsNegotiation = QStringLiteral("tlsNegotiation");
const QString SaslNegotiation = QStringLiteral("saslNegotiation");
const QString SupportDialbackNegotiation = QStringLiteral("supportDialbackNegotiation");
const QString ProxyFqdn = QStringLiteral("proxyFqdn");
const QString EnableKeepAlive = QStringLiteral("enableKeepAlive");
const QString ConnectionLimit = QStringLiteral("connectionLimit");
} // namespace Key

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return PartnerJson::tr("null");
    case QJsonValue::Bool:
        return PartnerJson::tr("a boolean");
    case QJsonValue::Double:
        return PartnerJson::tr("a number");
    case QJsonValue::String:
        return PartnerJson::tr("a string");
    case QJsonValue::Array:
        return PartnerJson::tr("a list");
    case QJsonValue::Object:
        return PartnerJson::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return PartnerJson::tr("nothing");
}

QString wrongType(const QString &key, const QString &expected, const QJsonValue &value)
{
    return PartnerJson::tr("the key “%1” must be %2, not %3.").arg(key, expected, typeName(value));
}

QString readString(const QJsonObject &object, const QString &key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString())
        return wrongType(key, PartnerJson::tr("a string"), value);
    *out = value.toString();
    return {};
}

QString readBool(const QJsonObject &object, const QString &key, bool *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isBool())
        return wrongType(key, PartnerJson::tr("true or false"), value);
    *out = value.toBool();
    return {};
}

template<typename Enum, typename Parse>
QString readEnum(const QJsonObject &object, const QString &key, Enum *out, Parse parse,
                 std::initializer_list<Enum> values)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (value.isString()) {
        if (const auto parsed = parse(value.toString())) {
            *out = *parsed;
            return {};
        }
    }
    // Only a refusal needs the list of accepted names.
    QStringList names;
    for (const Enum v : values)
        names.append(wireName(v));
    const QString expected = names.join(QStringLiteral(", "));
    if (!value.isString())
        return wrongType(key, PartnerJson::tr("one of %1").arg(expected), value);
    return PartnerJson::tr("the key “%1” has the unknown value “%2”; expected one of %3.")
        .arg(key, value.toString(), expected);
}

} // namespace

const QStringList &PartnerJson::knownKeys()
{
    static const QStringList keys {Key::Domain,
                                   Key::Description,
                                   Key::AdditionalDomains,
                                   Key::PartnerType,
                                   Key::TlsNegotiation,
                                   Key::SaslNegotiation,
                                   Key::SupportDialbackNegotiation,
                                   Key::ProxyFqdn,
                                   Key::EnableKeepAlive,
                                   Key::ConnectionLimit};
    return keys;
}

QJsonObject PartnerJson::toJson(const Partner &partner)
{
    QJsonObject object = partner.unknownFields;
    object.insert(Key::Domain, partner.domain);
    object.insert(Key::Description, partner.description);
    object.insert(Key::AdditionalDomains, QJsonArray::fromStringList(partner.additionalDomains));
    object.insert(Key::PartnerType, wireName(partner.partnerType));
    object.insert(Key::TlsNegotiation, wireName(partner.tlsNegotiation));
    object.insert(Key::SaslNegotiation, wireName(partner.saslNegotiation));
    object.insert(Key::SupportDialbackNegotiation, partner.supportDialbackNegotiation);
    object.insert(Key::ProxyFqdn, partner.proxyFqdn);
    object.insert(Key::EnableKeepAlive, partner.enableKeepAlive);
    if (partner.connectionLimit)
        object.insert(Key::ConnectionLimit, *partner.connectionLimit);
    return object;
}

QString PartnerJson::fromJson(const QJsonObject &object, Partner *partner)
{
    Partner result;
    const QJsonValue domain = object.value(Key::Domain);
    if (domain.isUndefined())
        return tr("the key “%1” is missing.").arg(Key::Domain);
    if (!domain.isString())
        return wrongType(Key::Domain, tr("a string"), domain);
    result.domain = domain.toString();

    QString error = readString(object, Key::Description, &result.description);
    if (error.isEmpty()) {
        const QJsonValue additional = object.value(Key::AdditionalDomains);
        if (!additional.isUndefined() && !additional.isArray()) {
            error = wrongType(Key::AdditionalDomains, tr("a list of domains"), additional);
        } else {
            const QJsonArray array = additional.toArray();
            for (qsizetype i = 0; i < array.size() && error.isEmpty(); ++i) {
                if (!array.at(i).isString()) {
                    error = tr("item %1 of “%2” must be a string, not %3.")
                                .arg(i + 1)
                                .arg(Key::AdditionalDomains, typeName(array.at(i)));
                } else {
                    result.additionalDomains.append(array.at(i).toString());
                }
            }
        }
    }
    if (error.isEmpty()) {
        error = readEnum(
            object, Key::PartnerType, &result.partnerType, partnerTypeFromWireName,
            {PartnerType::Federated, PartnerType::PublicVerified, PartnerType::PublicUnverified});
    }
    const std::initializer_list<Negotiation> negotiations {
        Negotiation::Required, Negotiation::Optional, Negotiation::NotSupported};
    if (error.isEmpty()) {
        error = readEnum(object, Key::TlsNegotiation, &result.tlsNegotiation,
                         negotiationFromWireName, negotiations);
    }
    if (error.isEmpty()) {
        error = readEnum(object, Key::SaslNegotiation, &result.saslNegotiation,
                         negotiationFromWireName, negotiations);
    }
    if (error.isEmpty())
        error
            = readBool(object, Key::SupportDialbackNegotiation, &result.supportDialbackNegotiation);
    if (error.isEmpty())
        error = readString(object, Key::ProxyFqdn, &result.proxyFqdn);
    if (error.isEmpty())
        error = readBool(object, Key::EnableKeepAlive, &result.enableKeepAlive);
    if (error.isEmpty()) {
        const QJsonValue limit = object.value(Key::ConnectionLimit);
        if (limit.isDouble()) {
            const double value = limit.toDouble();
            if (value != std::floor(value) || std::abs(value) > 1e9)
                error = tr("the key “%1” must be a whole number.").arg(Key::ConnectionLimit);
            else
                result.connectionLimit = static_cast<int>(value);
        } else if (!limit.isUndefined() && !limit.isNull()) {
            error = wrongType(Key::ConnectionLimit, tr("a whole number"), limit);
        }
    }
    if (!error.isEmpty())
        return error;

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!knownKeys().contains(it.key()))
            result.unknownFields.insert(it.key(), it.value());
    }
    *partner = std::move(result);
    return {};
}
