#include "probe/streamfeatures.h"

#include <QXmppStreamFeatures.h>

namespace {

const QString DialbackFeatureNamespace = QStringLiteral("urn:xmpp:features:dialback");
const QString BidiFeatureNamespace = QStringLiteral("urn:xmpp:features:bidi");

bool hasFeature(const QDomElement &features, QStringView name, const QString &xmlns)
{
    for (QDomElement child = features.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.localName() == name && child.namespaceURI() == xmlns)
            return true;
    }
    return false;
}

} // namespace

bool StreamFeatures::isStreamFeatures(const QDomElement &element)
{
    return QXmppStreamFeatures::isStreamFeatures(element);
}

StreamFeatures StreamFeatures::parse(const QDomElement &element, bool dialbackNamespace)
{
    QXmppStreamFeatures features;
    features.parse(element);
    StreamFeatures result;
    switch (features.tlsMode()) {
    case QXmppStreamFeatures::Disabled:
        result.startTls = OfferedFeatures::StartTls::NotOffered;
        break;
    case QXmppStreamFeatures::Enabled:
        result.startTls = OfferedFeatures::StartTls::Optional;
        break;
    case QXmppStreamFeatures::Required:
        result.startTls = OfferedFeatures::StartTls::Required;
        break;
    }
    result.dialback
        = hasFeature(element, u"dialback", DialbackFeatureNamespace) || dialbackNamespace;
    result.bidi = hasFeature(element, u"bidi", BidiFeatureNamespace);
    result.saslMechanisms = features.authMechanisms();
    return result;
}

QList<LocalizedText> StreamFeatures::names() const
{
    QList<LocalizedText> names;
    if (startTls == OfferedFeatures::StartTls::Required)
        names.append(trLater("STARTTLS (required)"));
    else if (startTls == OfferedFeatures::StartTls::Optional)
        names.append(trLater("STARTTLS"));
    if (dialback)
        names.append(trLater("dialback"));
    for (const QString &mechanism : saslMechanisms)
        names.append(trLater("SASL %1").arg(mechanism));
    if (bidi)
        names.append(trLater("bidirectional streams (XEP-0288)"));
    return names;
}

LocalizedText StreamFeatures::namesText() const
{
    // Joined when shown, so that each name is translated in the language of that moment.
    LocalizedText result;
    for (const LocalizedText &name : names()) {
        result
            = result.isEmpty() ? name : LocalizedText::verbatim(u"%1, %2"_qs).arg(result).arg(name);
    }
    return result.isEmpty() ? trLater("none", "stream features") : result;
}
