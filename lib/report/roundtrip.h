#pragma once

#include "i18n/localizedtext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The round trip after SASL EXTERNAL (README.md, "The round trip"): an XEP-0199 ping, an
// XEP-0030 disco#info and an XEP-0092 version query sent to the partner domain on the
// authenticated stream, and what came back. Only a ping answered with a result proves that
// stanzas flow between the two domains; when no round trip was possible, `notAttempted`
// says why.
class RoundTrip final
{
    Q_DECLARE_TR_FUNCTIONS(RoundTrip)
    XP_DECLARE_TR_LATER(RoundTrip)

public:
    enum class Outcome {
        NotSent,
        Answered, // <iq type='result'>
        Error, // <iq type='error'>: `condition` names it
        NoAnswer, // nothing with its id within the step's timeout
    };

    struct Query
    {
        Outcome outcome = Outcome::NotSent;
        QString condition; // of an error answer, e.g. "service-unavailable"
        QString text; // the error's text, when the server gave one
    };

    struct Identity
    {
        QString category;
        QString type;
        QString name;
    };

    // A disco#info feature that matters between servers: why it is shown.
    struct KnownFeature
    {
        const char *var;
        const char *meaning; // translated when shown
    };

    bool attempted = false;
    LocalizedText notAttempted; // why no round trip was possible
    bool bidi = false; // XEP-0288 requested: the answers come on the test's stream
    QList<LocalizedText> featuresAfterAuthentication; // of the stream restarted after SASL

    Query ping;
    qint64 pingMs = -1; // from sending the ping to its answer
    Query disco;
    QList<Identity> identities;
    QStringList features; // every var disco#info announced, in its order
    Query version;
    QString softwareName;
    QString softwareVersion;
    QString os;

    bool proven() const { return ping.outcome == Outcome::Answered; }

    // The features that matter between servers (XEP-0288 bidi, XEP-0220 dialback errors,
    // XEP-0199 ping), each with what it means; one table, in roundtrip.cpp.
    static const QList<KnownFeature> &serverToServerFeatures();
    // What `var` means between servers; empty when it is not one of those features.
    static LocalizedText featureMeaning(const QString &var);

    // "answered", "error “service-unavailable”", "no answer", "not sent".
    static LocalizedText outcomeText(const Query &query);
    static QString wireName(Outcome outcome);
    // "Prosody 0.12.3 (Linux)", empty when the version query got no result.
    LocalizedText softwareText() const;
    // "server/im (Prosody)".
    static QString identityText(const Identity &identity);

    QJsonObject toJson() const;
};
