#pragma once

#include <QCoreApplication>
#include <QString>

// Validation and normalisation of the DNS domain names a partner configuration holds.
// Domains are kept as the user typed them (Unicode allowed) and compared in their
// lower-case ASCII (IDNA / punycode) form.
class DomainName final
{
    Q_DECLARE_TR_FUNCTIONS(DomainName)

public:
    static constexpr int MaxLength = 253; // octets, in ASCII form, without the final dot
    static constexpr int MaxLabelLength = 63;

    enum class Kind {
        PartnerDomain, // a federated partner's domain: at least two labels
        HostName, // a server's host name: a single label such as "localhost" is fine
    };

    enum class Error {
        None,
        Empty,
        Whitespace,
        Scheme,
        LocalPart,
        Path,
        Port,
        Wildcard,
        IpAddress,
        EmptyLabel,
        SingleLabel,
        InvalidIdna,
        InvalidCharacter,
        HyphenAtLabelEdge,
        LabelTooLong,
        TooLong,
        NumericTopLevel,
    };

    struct Check
    {
        Error error = Error::None;
        QString message; // translated, names the rule broken; empty when valid
        QString normalized; // as entered, without a final dot
        QString ace; // lower-case ASCII form used for comparisons

        bool isValid() const { return error == Error::None; }
    };

    static Check check(const QString &input, Kind kind = Kind::PartnerDomain);
    static bool isValid(const QString &input, Kind kind = Kind::PartnerDomain)
    {
        return check(input, kind).isValid();
    }

    // The key two domains are compared by: lower-case ASCII form. For input that is not
    // a valid domain, the lower-cased input itself, so that comparisons stay total.
    static QString comparisonKey(const QString &input);
    static bool equals(const QString &a, const QString &b);
    // True when `candidate` is `parent` itself or one of its subdomains.
    static bool isWithin(const QString &candidate, const QString &parent);
};
