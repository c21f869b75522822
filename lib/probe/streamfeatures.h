#pragma once

#include "i18n/localizedtext.h"
#include "probe/offeredfeatures.h"

#include <QCoreApplication>
#include <QDomElement>
#include <QList>
#include <QStringList>

// What one <stream:features/> element offers, read with QXmpp (which does not know the
// dialback feature, urn:xmpp:features:dialback), and its names for the report.
class StreamFeatures final
{
    // The names are details of the connection test's steps: they keep the probe's
    // translation context.
    Q_DECLARE_TR_FUNCTIONS(ConnectionProbe)
    XP_DECLARE_TR_LATER(ConnectionProbe)

public:
    static bool isStreamFeatures(const QDomElement &element);
    // `dialbackNamespace`: the stream header declared xmlns:db, which also means that
    // dialback is offered.
    static StreamFeatures parse(const QDomElement &features, bool dialbackNamespace);

    OfferedFeatures::StartTls startTls = OfferedFeatures::StartTls::NotOffered;
    bool dialback = false;
    QStringList saslMechanisms;
    bool bidi = false; // XEP-0288, urn:xmpp:features:bidi

    // "STARTTLS (required)", "dialback", "SASL EXTERNAL", "bidirectional streams
    // (XEP-0288)", … in that order.
    QList<LocalizedText> names() const;
    // The names separated by ", ", or "none".
    LocalizedText namesText() const;
};
