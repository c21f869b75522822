#pragma once

#include "formats/cmdletparameters.h"
#include "partners/partner.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A change of the partner's own negotiation settings that a connection test's advice names
// ("set SASL negotiation to Optional and enable dialback negotiation"), as data: the window
// offers to apply it, the command line writes it as a Set-CsXmppAllowedPartner command.
// PolicyCheck makes it where it writes the sentence, so the two cannot disagree. Empty when
// the advice asks for nothing this tool can set (the partner's administrator must act, or a
// value is not known).
class SuggestedChange final
{
    Q_DECLARE_TR_FUNCTIONS(SuggestedChange)

public:
    using Field = CmdletParameters::Field;

    std::optional<Negotiation> tlsNegotiation;
    std::optional<Negotiation> saslNegotiation;
    std::optional<bool> supportDialbackNegotiation;

    static SuggestedChange tls(Negotiation value);
    static SuggestedChange sasl(Negotiation value);
    static SuggestedChange dialback(bool enabled);
    // Both changes; `other`'s fields win where both set one.
    [[nodiscard]] SuggestedChange with(const SuggestedChange &other) const;

    bool isEmpty() const;
    // The fields it sets, in the cmdlet's order.
    QList<Field> fields() const;
    // `partner` with the change made.
    Partner appliedTo(const Partner &partner) const;
    // Whether applying it would change `partner`.
    bool changes(const Partner &partner) const;

    // "TLS negotiation: Optional", one line per field, in the language installed now.
    QStringList lines() const;
    // The same on one line, separated by semicolons.
    QString text() const;
    // The Set-CsXmppAllowedPartner command that makes the change on the Edge for
    // `partner` (its primary domain as -Identity), with the export's quoting; empty when
    // the change is empty.
    QString powerShellCommand(const Partner &partner) const;

    // The partner file's keys and values ({"tlsNegotiation": "Optional"}).
    QJsonObject toJson() const;
    static SuggestedChange fromJson(const QJsonObject &object);

    bool operator==(const SuggestedChange &other) const = default;
};
