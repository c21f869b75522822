#include "report/dialbackresult.h"

#include <QJsonArray>

QJsonObject DialbackResult::toJson() const
{
    return QJsonObject {
        {QStringLiteral("mode"), enabled ? QStringLiteral("on") : QStringLiteral("off")},
        {QStringLiteral("attempted"), attempted},
        {QStringLiteral("listener"), listener},
        {QStringLiteral("listenerError"), listenerError},
        {QStringLiteral("streamId"), streamId},
        {QStringLiteral("keySent"), keySent},
        {QStringLiteral("result"), result},
        {QStringLiteral("condition"), condition},
        {QStringLiteral("connectBack"),
         QJsonObject {
             {QStringLiteral("seen"), connectBackSeen},
             {QStringLiteral("address"), connectBackAddress},
             {QStringLiteral("at"),
              connectBackAt.isValid() ? connectBackAt.toString(Qt::ISODateWithMs) : QString()},
             {QStringLiteral("verifyAnswer"), verifyAnswer}}},
        {QStringLiteral("localTargets"), QJsonArray::fromStringList(localTargets)},
    };
}
