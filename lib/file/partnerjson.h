#pragma once

#include "partners/partner.h"

#include <QCoreApplication>
#include <QJsonObject>

// One partner as a JSON object, with the keys of the partner file. Shared by the file
// store and the JSON importer.
class PartnerJson final
{
    Q_DECLARE_TR_FUNCTIONS(PartnerJson)

public:
    static QJsonObject toJson(const Partner &partner);
    // Reads `object` into `partner`. Keys this version does not know go to
    // partner->unknownFields. Returns a translated message naming the key at fault, or
    // an empty string on success.
    static QString fromJson(const QJsonObject &object, Partner *partner);
    static const QStringList &knownKeys();
    // An unknown key's value as it reads back once saved: Qt's JSON reader keeps a raw
    // U+FEFF that starts a key inside a nested object in one reading and not in another,
    // so such a character is dropped from nested keys when the file is read.
    static QJsonValue withoutLeadingByteOrderMarkInKeys(const QJsonValue &value);
};
