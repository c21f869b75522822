#include "report/tlsprofile.h"

#include <QJsonArray>

#include <algorithm>

bool TlsProfile::VersionResult::forwardSecrecy() const
{
    if (!isAccepted())
        return false;
    return version == Version::Tls13 || keyExchange == u"ECDHE" || keyExchange == u"DHE";
}

const TlsProfile::VersionResult *TlsProfile::find(Version version) const
{
    for (const VersionResult &result : versions) {
        if (result.version == version)
            return &result;
    }
    return nullptr;
}

TlsProfile::VersionResult &TlsProfile::result(Version version)
{
    for (VersionResult &result : versions) {
        if (result.version == version)
            return result;
    }
    VersionResult added;
    added.version = version;
    versions.append(added);
    return versions.last();
}

bool TlsProfile::accepts(Version version) const
{
    const VersionResult *found = find(version);
    return found && found->isAccepted();
}

bool TlsProfile::anyAccepted() const
{
    return std::any_of(versions.cbegin(), versions.cend(),
                       [](const VersionResult &result) { return result.isAccepted(); });
}

std::optional<bool> TlsProfile::forwardSecrecy() const
{
    if (!anyAccepted())
        return std::nullopt;
    return std::all_of(versions.cbegin(), versions.cend(), [](const VersionResult &result) {
        return !result.isAccepted() || result.forwardSecrecy();
    });
}

QString TlsProfile::versionName(Version version)
{
    switch (version) {
    case Version::Tls10:
        return QStringLiteral("TLS 1.0");
    case Version::Tls11:
        return QStringLiteral("TLS 1.1");
    case Version::Tls12:
        return QStringLiteral("TLS 1.2");
    case Version::Tls13:
        return QStringLiteral("TLS 1.3");
    }
    return {};
}

QString TlsProfile::stateName(VersionState state)
{
    switch (state) {
    case VersionState::NotRun:
        return tr("Not run", "TLS version");
    case VersionState::Accepted:
        return tr("Accepted", "TLS version");
    case VersionState::Refused:
        return tr("Refused by the server", "TLS version");
    case VersionState::NotTestable:
        return tr("Not testable here", "TLS version");
    case VersionState::Failed:
        return tr("Not tested: the connection failed", "TLS version");
    }
    return {};
}

QString TlsProfile::ocspName(Ocsp ocsp)
{
    switch (ocsp) {
    case Ocsp::NotChecked:
        return tr("not checked", "OCSP stapling");
    case Ocsp::Stapled:
        return tr("yes", "OCSP stapling");
    case Ocsp::NotStapled:
        return tr("no", "OCSP stapling");
    }
    return {};
}

LocalizedText TlsProfile::keyText() const
{
    if (keyType.isEmpty())
        return trLater("unknown", "certificate key");
    const QString bits = QString::number(keyBits);
    if (!keyCurve.isEmpty())
        return trLater("%1 %2 (%3 bits)", "key type, curve (size)")
            .arg(keyType)
            .arg(keyCurve)
            .arg(bits);
    if (keyType == u"RSA" || keyType == u"DSA")
        return trLater("%1 %2 bits", "key type, size").arg(keyType).arg(bits);
    return trLater("%1 (%2 bits)", "key type (size)").arg(keyType).arg(bits);
}

QString TlsProfile::wireName(Version version)
{
    switch (version) {
    case Version::Tls10:
        return QStringLiteral("tls1.0");
    case Version::Tls11:
        return QStringLiteral("tls1.1");
    case Version::Tls12:
        return QStringLiteral("tls1.2");
    case Version::Tls13:
        return QStringLiteral("tls1.3");
    }
    return {};
}

QString TlsProfile::wireName(VersionState state)
{
    switch (state) {
    case VersionState::NotRun:
        return QStringLiteral("notRun");
    case VersionState::Accepted:
        return QStringLiteral("accepted");
    case VersionState::Refused:
        return QStringLiteral("refused");
    case VersionState::NotTestable:
        return QStringLiteral("notTestable");
    case VersionState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString TlsProfile::wireName(Ocsp ocsp)
{
    switch (ocsp) {
    case Ocsp::NotChecked:
        return QStringLiteral("notChecked");
    case Ocsp::Stapled:
        return QStringLiteral("stapled");
    case Ocsp::NotStapled:
        return QStringLiteral("notStapled");
    }
    return {};
}

QJsonObject TlsProfile::toJson() const
{
    const auto optionalBool = [](std::optional<bool> value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray versionArray;
    for (const VersionResult &result : versions) {
        versionArray.append(
            QJsonObject {{QStringLiteral("version"), wireName(result.version)},
                         {QStringLiteral("state"), wireName(result.state)},
                         {QStringLiteral("cipher"), result.cipher},
                         {QStringLiteral("cipherBits"), result.cipherBits},
                         {QStringLiteral("keyExchange"), result.keyExchange},
                         {QStringLiteral("keyExchangeBits"), result.keyExchangeBits},
                         {QStringLiteral("forwardSecrecy"), result.forwardSecrecy()},
                         {QStringLiteral("details"), result.details.toString()}});
    }
    return QJsonObject {
        {QStringLiteral("versions"), versionArray},
        {QStringLiteral("forwardSecrecy"), optionalBool(forwardSecrecy())},
        {QStringLiteral("keyType"), keyType},
        {QStringLiteral("keyBits"), keyBits},
        {QStringLiteral("keyCurve"), keyCurve},
        {QStringLiteral("signatureAlgorithm"), signatureAlgorithm},
        {QStringLiteral("ocspStapling"), wireName(ocspStapling)},
        {QStringLiteral("ocspDetails"), ocspDetails.toString()},
        {QStringLiteral("chainComplete"), optionalBool(chainComplete)},
        {QStringLiteral("certificateTrusted"), certificateTrusted},
        {QStringLiteral("grade"), grade},
        {QStringLiteral("score"), score},
        {QStringLiteral("gradeReasons"),
         QJsonArray::fromStringList(LocalizedText::toStringList(gradeReasons))},
    };
}
