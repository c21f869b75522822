#include "report/roundtrip.h"

#include <QJsonArray>

const QList<RoundTrip::KnownFeature> &RoundTrip::serverToServerFeatures()
{
    static const QList<KnownFeature> features {
        {"urn:xmpp:bidi",
         QT_TRANSLATE_NOOP("RoundTrip",
                           "XEP-0288: answers come back on the connection that "
                           "sent the stanza, so the partner need not connect to "
                           "your Access Edge for them")},
        {"urn:xmpp:features:dialback",
         QT_TRANSLATE_NOOP("RoundTrip",
                           "XEP-0220: the server reports dialback errors instead "
                           "of closing the stream")},
        {"urn:xmpp:ping",
         QT_TRANSLATE_NOOP("RoundTrip",
                           "XEP-0199: the server answers pings, which keep-alive "
                           "and this test use")},
    };
    return features;
}

LocalizedText RoundTrip::featureMeaning(const QString &var)
{
    for (const KnownFeature &feature : serverToServerFeatures()) {
        if (var == QLatin1String(feature.var))
            return trLater(feature.meaning);
    }
    return {};
}

LocalizedText RoundTrip::outcomeText(const Query &query)
{
    switch (query.outcome) {
    case Outcome::NotSent:
        return trLater("not sent", "round trip query");
    case Outcome::Answered:
        return trLater("answered", "round trip query");
    case Outcome::Error:
        if (query.text.isEmpty())
            return trLater("error “%1”", "round trip query").arg(query.condition);
        return trLater("error “%1”: %2", "round trip query").arg(query.condition).arg(query.text);
    case Outcome::NoAnswer:
        return trLater("no answer", "round trip query");
    }
    return {};
}

QString RoundTrip::wireName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotSent:
        return QStringLiteral("notSent");
    case Outcome::Answered:
        return QStringLiteral("answered");
    case Outcome::Error:
        return QStringLiteral("error");
    case Outcome::NoAnswer:
        return QStringLiteral("noAnswer");
    }
    return {};
}

LocalizedText RoundTrip::softwareText() const
{
    if (version.outcome != Outcome::Answered || softwareName.isEmpty())
        return {};
    const QString nameAndVersion
        = softwareVersion.isEmpty() ? softwareName : softwareName + u' ' + softwareVersion;
    if (os.isEmpty())
        return LocalizedText::verbatim(nameAndVersion);
    return trLater("%1 (%2)", "software name and version (operating system)")
        .arg(nameAndVersion)
        .arg(os);
}

QString RoundTrip::identityText(const Identity &identity)
{
    const QString kind = identity.category + u'/' + identity.type;
    return identity.name.isEmpty() ? kind : kind + u" (" + identity.name + u')';
}

QJsonObject RoundTrip::toJson() const
{
    const auto queryJson = [](const Query &query) {
        QJsonObject object {{QStringLiteral("outcome"), wireName(query.outcome)}};
        if (query.outcome == Outcome::Error) {
            object.insert(QStringLiteral("condition"), query.condition);
            object.insert(QStringLiteral("text"), query.text);
        }
        return object;
    };
    QJsonArray identityArray;
    for (const Identity &identity : identities) {
        identityArray.append(QJsonObject {{QStringLiteral("category"), identity.category},
                                          {QStringLiteral("type"), identity.type},
                                          {QStringLiteral("name"), identity.name}});
    }
    QJsonArray featureArray;
    for (const QString &var : features) {
        QJsonObject feature {{QStringLiteral("var"), var}};
        const LocalizedText meaning = featureMeaning(var);
        feature.insert(QStringLiteral("serverToServer"), !meaning.isEmpty());
        if (!meaning.isEmpty())
            feature.insert(QStringLiteral("meaning"), meaning.toString());
        featureArray.append(feature);
    }
    QJsonObject pingObject = queryJson(ping);
    pingObject.insert(QStringLiteral("ms"), pingMs);
    QJsonObject versionObject = queryJson(version);
    versionObject.insert(QStringLiteral("name"), softwareName);
    versionObject.insert(QStringLiteral("version"), softwareVersion);
    versionObject.insert(QStringLiteral("os"), os);
    QJsonObject discoObject = queryJson(disco);
    discoObject.insert(QStringLiteral("identities"), identityArray);
    discoObject.insert(QStringLiteral("features"), featureArray);
    return QJsonObject {
        {QStringLiteral("attempted"), attempted},
        {QStringLiteral("notAttempted"), notAttempted.toString()},
        {QStringLiteral("bidi"), bidi},
        {QStringLiteral("featuresAfterAuthentication"),
         QJsonArray::fromStringList(LocalizedText::toStringList(featuresAfterAuthentication))},
        {QStringLiteral("proven"), proven()},
        {QStringLiteral("ping"), pingObject},
        {QStringLiteral("discoInfo"), discoObject},
        {QStringLiteral("version"), versionObject},
    };
}
