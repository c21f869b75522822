#pragma once

#include "formats/cmdletparameters.h"
#include "partners/partner.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The partners as a Lync / Skype for Business Management Shell script: one
// New-CsXmppAllowedPartner command per partner, with the cmdlet's own parameter names
// and value spellings, ready for Windows PowerShell 5.1 (UTF-8 with a byte order mark,
// CRLF line ends).
class PowerShellScriptWriter final
{
public:
    enum class Mode {
        New, // New-CsXmppAllowedPartner: the partners do not exist yet
        NewOrSet, // Set-CsXmppAllowedPartner where the partner exists, New- otherwise
    };

    // A single-quoted PowerShell string: nothing inside is expanded ($, `), quotes
    // (' and the typographic ones PowerShell also takes for quotes) are doubled, line
    // breaks are kept as they are.
    static QString quoted(const QString &text);
    // The parameters of one partner, from -Identity on; optional ones are left out when
    // unset. `verb` is "New" or "Set".
    static QString parameters(const Partner &partner, const QString &verb);
    // The command(s) for one partner, without a line end.
    static QString commandFor(const Partner &partner, Mode mode);
    // The whole script: a comment naming what it recreates, then one command per partner.
    static QByteArray script(const QList<Partner> &partners, Mode mode);

    // Set-CsXmppAllowedPartner for a partner that exists, with -Identity and only the
    // parameters of `fields`, without a line end: a change of some of its settings.
    static QString setCommand(const Partner &partner, const QList<CmdletParameters::Field> &fields);
    // A script of such commands, one a line, after a comment that says they make the
    // settings the connection tests suggested; with no command, a comment that says that
    // nothing needs changing (the script then does nothing).
    static QByteArray changeScript(const QStringList &commands);
};
