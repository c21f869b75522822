#include "partners/domainname.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace {

DomainName::Check refuse(DomainName::Error error, QString message)
{
    DomainName::Check result;
    result.error = error;
    result.message = std::move(message);
    return result;
}

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isLdhCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

} // namespace

DomainName::Check DomainName::check(const QString &input, Kind kind)
{
    if (input.isEmpty())
        return refuse(Error::Empty, tr("The domain is empty."));

    for (const QChar c : input) {
        if (c.isSpace())
            return refuse(Error::Whitespace,
                          tr("“%1” contains a space. A domain has no spaces.").arg(input));
        // Zero-width spaces, joiners, soft hyphens, byte order marks: IDNA drops them, so
        // the domain would be stored with a character nobody sees.
        if (c.category() == QChar::Other_Format)
            return refuse(
                Error::InvalidCharacter,
                tr("“%1” contains an invisible character (U+%2). Type the domain "
                   "again without it.")
                    .arg(input)
                    .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0')));
    }

    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const qsizetype colon = input.indexOf(u':');
    if (input.contains(QLatin1String("://"))) {
        const QString scheme = input.left(input.indexOf(u':'));
        return refuse(Error::Scheme,
                      tr("“%1” starts with the scheme “%2”. Enter the domain alone, "
                         "for example fabrikam.com.")
                          .arg(input, scheme));
    }
    if (input.contains(u'@')) {
        return refuse(Error::LocalPart,
                      tr("“%1” contains “@”. Enter a domain, not an address: the part after the "
                         "“@”.")
                          .arg(input));
    }
    if (input.contains(u'/')) {
        return refuse(Error::Path,
                      tr("“%1” contains “/”. Enter the domain alone, without a path "
                         "or resource.")
                          .arg(input));
    }
    // Only text made of hex digits, dots and colons can be an address: skip the parse
    // for everything else, which is nearly every domain. With or without its final dot, as
    // the domain is compared either way.
    const auto readsAsAddress = [](const QString &text) {
        const bool addressLike = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c == u'.' || c == u':' || (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')
                || (c >= u'A' && c <= u'F');
        });
        QHostAddress address;
        return addressLike && address.setAddress(text.endsWith(u'.') ? text.chopped(1) : text);
    };
    if (readsAsAddress(input)) {
        return refuse(Error::IpAddress,
                      tr("“%1” is an IP address. Enter a domain name.").arg(input));
    }
    if (colon >= 0) {
        const QStringView after = QStringView(input).mid(colon + 1);
        if (isAsciiDigits(after)) {
            return refuse(Error::Port,
                          tr("“%1” has a port number. Enter the domain alone, "
                             "without “:%2”.")
                              .arg(input, after.toString()));
        }
        if (const auto match = schemePattern.match(input); match.hasMatch()) {
            return refuse(Error::Scheme,
                          tr("“%1” starts with the scheme “%2”. Enter the domain alone, for "
                             "example fabrikam.com.")
                              .arg(input, match.captured(1)));
        }
        return refuse(
            Error::InvalidCharacter,
            tr("“%1” contains the character “:”, which a domain cannot contain.").arg(input));
    }
    if (input.contains(u'*')) {
        return refuse(Error::Wildcard,
                      tr("“%1” contains a wildcard. List each domain explicitly.").arg(input));
    }

    // RFC 7622 §3.2: a final dot is stripped; the domain is the same.
    QString normalized = input;
    if (normalized.endsWith(u'.'))
        normalized.chop(1);
    if (normalized.isEmpty() || normalized.startsWith(u'.') || normalized.endsWith(u'.')
        || normalized.contains(QLatin1String(".."))) {
        return refuse(
            Error::EmptyLabel,
            tr("“%1” has an empty label: two dots in a row, or a dot at the start.").arg(input));
    }

    const QString ace = QString::fromLatin1(QUrl::toAce(normalized, QUrl::IgnoreIDNWhitelist));
    if (ace.isEmpty()) {
        bool ascii = true;
        for (const QChar c : normalized)
            ascii = ascii && c.unicode() < 0x80;
        if (!ascii) {
            return refuse(Error::InvalidIdna,
                          tr("“%1” is not a valid internationalized domain name.").arg(input));
        }
    }
    // QUrl::toAce lower-cases and punycodes; a failure on ASCII input is reported below,
    // per label, with the rule it breaks.
    const QString asciiForm = ace.isEmpty() ? normalized.toLower() : ace;

    // Labels are walked as views of the ASCII form; the typed label is looked up only to
    // name it in a message.
    const auto typedLabel = [&normalized](qsizetype i) {
        return normalized.section(u'.', int(i), int(i));
    };
    qsizetype labelCount = 0;
    QStringView lastLabel;
    for (const QStringView label : QStringView(asciiForm).split(u'.')) {
        const qsizetype i = labelCount++;
        lastLabel = label;
        if (label.isEmpty()) {
            return refuse(Error::EmptyLabel,
                          tr("“%1” has an empty label: two dots in a row, or a dot at the start.")
                              .arg(input));
        }
        for (const QChar c : label) {
            if (!isLdhCharacter(c)) {
                // Name the character as typed, not as punycode.
                QChar shown = c;
                for (const QChar t : typedLabel(i)) {
                    if (t.toLower() == c.toLower()) {
                        shown = t;
                        break;
                    }
                }
                return refuse(Error::InvalidCharacter,
                              tr("“%1” contains the character “%2”. A domain label may only "
                                 "contain letters, digits and hyphens.")
                                  .arg(input, QString(shown)));
            }
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return refuse(Error::HyphenAtLabelEdge,
                          tr("The label “%1” of “%2” starts or ends with a hyphen.")
                              .arg(typedLabel(i), input));
        }
        if (label.size() > MaxLabelLength) {
            return refuse(Error::LabelTooLong,
                          tr("The label “%1…” of “%2” is %3 characters long; the limit is %4.")
                              .arg(typedLabel(i).left(16), input)
                              .arg(label.size())
                              .arg(MaxLabelLength));
        }
    }
    if (asciiForm.size() > MaxLength) {
        return refuse(Error::TooLong,
                      tr("The domain is %1 characters long; the limit is %2.")
                          .arg(asciiForm.size())
                          .arg(MaxLength));
    }
    if (ace.isEmpty()) {
        // ASCII, well-formed labels, and still refused by IDNA processing: say so.
        return refuse(Error::InvalidIdna, tr("“%1” is not a valid domain name.").arg(input));
    }
    // Dots written another way (U+FF0E, U+3002) become dots here: the result may read as
    // an address although the input did not.
    if (readsAsAddress(ace)) {
        return refuse(Error::IpAddress,
                      tr("“%1” is an IP address. Enter a domain name.").arg(input));
    }
    if (isAsciiDigits(lastLabel)) {
        return refuse(Error::NumericTopLevel,
                      tr("“%1” ends with an all-digit label. Enter a domain name, not an address.")
                          .arg(input));
    }
    if (kind == Kind::PartnerDomain && labelCount < 2) {
        return refuse(Error::SingleLabel,
                      tr("“%1” has a single label. Enter the full domain, for example "
                         "fabrikam.com.")
                          .arg(input));
    }

    Check result;
    result.normalized = normalized;
    result.ace = asciiForm;
    return result;
}

QString DomainName::comparisonKey(const QString &input)
{
    QString trimmed = input;
    if (trimmed.endsWith(u'.'))
        trimmed.chop(1);
    const QByteArray ace = QUrl::toAce(trimmed, QUrl::IgnoreIDNWhitelist);
    return ace.isEmpty() ? trimmed.toLower() : QString::fromLatin1(ace).toLower();
}

bool DomainName::equals(const QString &a, const QString &b)
{
    return comparisonKey(a) == comparisonKey(b);
}

bool DomainName::isWithin(const QString &candidate, const QString &parent)
{
    const QString child = comparisonKey(candidate);
    const QString base = comparisonKey(parent);
    return child == base || child.endsWith(u'.' + base);
}
