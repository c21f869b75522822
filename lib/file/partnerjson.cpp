#include "file/partnerjson.h"

#include "formats/cmdletparameters.h"

#include <QJsonArray>

#include <cmath>

namespace {

using Field = CmdletParameters::Field;

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
                 CmdletParameters::Kind kind)
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
    const QString expected = CmdletParameters::valueNames(kind).join(QStringLiteral(", "));
    if (!value.isString())
        return wrongType(key, PartnerJson::tr("one of %1").arg(expected), value);
    return PartnerJson::tr("the key “%1” has the unknown value “%2”; expected one of %3.")
        .arg(key, value.toString(), expected);
}

QString readDomains(const QJsonObject &object, const QString &key, QStringList *out)
{
    const QJsonValue additional = object.value(key);
    if (!additional.isUndefined() && !additional.isArray())
        return wrongType(key, PartnerJson::tr("a list of domains"), additional);
    const QJsonArray array = additional.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            return PartnerJson::tr("item %1 of “%2” must be a string, not %3.")
                .arg(i + 1)
                .arg(key, typeName(array.at(i)));
        }
        out->append(array.at(i).toString());
    }
    return {};
}

QString readConnectionLimit(const QJsonObject &object, const QString &key, std::optional<int> *out)
{
    const QJsonValue limit = object.value(key);
    if (limit.isDouble()) {
        const double value = limit.toDouble();
        if (value != std::floor(value) || std::abs(value) > 1e9)
            return PartnerJson::tr("the key “%1” must be a whole number.").arg(key);
        *out = static_cast<int>(value);
    } else if (!limit.isUndefined() && !limit.isNull()) {
        return wrongType(key, PartnerJson::tr("a whole number"), limit);
    }
    return {};
}

// Reads one field into `partner`; the error naming the key, or an empty string.
QString readField(const QJsonObject &object, Field field, Partner *partner)
{
    const QString key = CmdletParameters::jsonKey(field);
    const CmdletParameters::Kind kind = CmdletParameters::parameter(field).kind;
    switch (field) {
    case Field::Identity: {
        const QJsonValue domain = object.value(key);
        if (domain.isUndefined())
            return PartnerJson::tr("the key “%1” is missing.").arg(key);
        if (!domain.isString())
            return wrongType(key, PartnerJson::tr("a string"), domain);
        partner->domain = domain.toString();
        return {};
    }
    case Field::Description:
        return readString(object, key, &partner->description);
    case Field::AdditionalDomains:
        return readDomains(object, key, &partner->additionalDomains);
    case Field::PartnerType:
        return readEnum(object, key, &partner->partnerType, partnerTypeFromWireName, kind);
    case Field::TlsNegotiation:
        return readEnum(object, key, &partner->tlsNegotiation, negotiationFromWireName, kind);
    case Field::SaslNegotiation:
        return readEnum(object, key, &partner->saslNegotiation, negotiationFromWireName, kind);
    case Field::SupportDialbackNegotiation:
        return readBool(object, key, &partner->supportDialbackNegotiation);
    case Field::ProxyFqdn:
        return readString(object, key, &partner->proxyFqdn);
    case Field::EnableKeepAlive:
        return readBool(object, key, &partner->enableKeepAlive);
    case Field::ConnectionLimit:
        return readConnectionLimit(object, key, &partner->connectionLimit);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

const QStringList &PartnerJson::knownKeys()
{
    static const QStringList keys = [] {
        QStringList all;
        for (const CmdletParameters::Parameter &parameter : CmdletParameters::all())
            all.append(parameter.jsonKey.toString());
        return all;
    }();
    return keys;
}

QJsonObject PartnerJson::toJson(const Partner &partner)
{
    QJsonObject object = partner.unknownFields;
    for (const CmdletParameters::Parameter &parameter : CmdletParameters::all()) {
        const QString key = parameter.jsonKey.toString();
        switch (parameter.field) {
        case Field::Identity:
            object.insert(key, partner.domain);
            break;
        case Field::Description:
            object.insert(key, partner.description);
            break;
        case Field::AdditionalDomains:
            object.insert(key, QJsonArray::fromStringList(partner.additionalDomains));
            break;
        case Field::PartnerType:
            object.insert(key, wireName(partner.partnerType));
            break;
        case Field::TlsNegotiation:
            object.insert(key, wireName(partner.tlsNegotiation));
            break;
        case Field::SaslNegotiation:
            object.insert(key, wireName(partner.saslNegotiation));
            break;
        case Field::SupportDialbackNegotiation:
            object.insert(key, partner.supportDialbackNegotiation);
            break;
        case Field::ProxyFqdn:
            object.insert(key, partner.proxyFqdn);
            break;
        case Field::EnableKeepAlive:
            object.insert(key, partner.enableKeepAlive);
            break;
        case Field::ConnectionLimit:
            if (partner.connectionLimit)
                object.insert(key, *partner.connectionLimit);
            break;
        }
    }
    return object;
}

QJsonValue PartnerJson::withoutLeadingByteOrderMarkInKeys(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutLeadingByteOrderMarkInKeys(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object;
    const QJsonObject from = value.toObject();
    for (auto it = from.constBegin(); it != from.constEnd(); ++it) {
        QString key = it.key();
        while (key.startsWith(QChar(0xFEFF)))
            key.remove(0, 1);
        object.insert(key, withoutLeadingByteOrderMarkInKeys(it.value()));
    }
    return object;
}

QString PartnerJson::fromJson(const QJsonObject &object, Partner *partner)
{
    Partner result;
    // In the table's order: the first key at fault is the one reported.
    for (const CmdletParameters::Parameter &parameter : CmdletParameters::all()) {
        if (const QString error = readField(object, parameter.field, &result); !error.isEmpty())
            return error;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!knownKeys().contains(it.key()))
            result.unknownFields.insert(it.key(), withoutLeadingByteOrderMarkInKeys(it.value()));
    }
    *partner = std::move(result);
    return {};
}
