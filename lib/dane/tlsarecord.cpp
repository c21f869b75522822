#include "dane/tlsarecord.h"

#include <QRegularExpression>

bool TlsaRecord::isUsable() const
{
    if (usage > DaneEe || selector > SubjectPublicKeyInfo)
        return false;
    switch (matchingType) {
    case Exact:
        return !data.isEmpty();
    case Sha256:
        return data.size() == 32;
    case Sha512:
        return data.size() == 64;
    default:
        return false;
    }
}

QString TlsaRecord::toString() const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(usage)
        .arg(selector)
        .arg(matchingType)
        .arg(QString::fromLatin1(data.toHex()));
}

TlsaRecord TlsaRecord::fromString(const QString &text, bool *ok)
{
    if (ok)
        *ok = false;
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,3})\\s+(\\d{1,3})\\s+(\\d{1,3})\\s+([0-9A-Fa-f\\s]+)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    QString hex = match.captured(4);
    hex.remove(QRegularExpression(QStringLiteral("\\s")));
    const uint usage = match.captured(1).toUInt();
    const uint selector = match.captured(2).toUInt();
    const uint matchingType = match.captured(3).toUInt();
    if (hex.isEmpty() || hex.size() % 2 != 0 || usage > 255 || selector > 255 || matchingType > 255)
        return {};
    TlsaRecord record;
    record.usage = quint8(usage);
    record.selector = quint8(selector);
    record.matchingType = quint8(matchingType);
    record.data = QByteArray::fromHex(hex.toLatin1());
    if (ok)
        *ok = true;
    return record;
}

QString TlsaRecord::usageName() const
{
    switch (usage) {
    case PkixTa:
        return QStringLiteral("PKIX-TA");
    case PkixEe:
        return QStringLiteral("PKIX-EE");
    case DaneTa:
        return QStringLiteral("DANE-TA");
    case DaneEe:
        return QStringLiteral("DANE-EE");
    default:
        return QString::number(usage);
    }
}
