#pragma once

#include "formats/importrow.h"
#include "i18n/localizedtext.h"

#include <QByteArray>
#include <QCoreApplication>

// The partners of a Management Shell script: one row per New-CsXmppAllowedPartner
// command, read the way the cmdlet would bind its parameters (names case-insensitive
// and shortened as long as they stay unambiguous, -Name:value, the identity given
// without -Identity, typographic quotes and dashes). Parameters left out take the
// cmdlet's defaults. Other commands are skipped, so a script that this tool's export
// wrote reads back as the partners it recreates: in its "update existing" form the
// Set- command beside each New- names the same partner and is not a row of its own.
//
// Nothing is run: a value that PowerShell would compute ($variables other than $true,
// $false and $null, "…$(…)…" strings, (expressions)) refuses its row with the reason. So does a
// Set-CsXmppAllowedPartner on its own, which changes only what it names and so does not
// describe a whole partner. PowerShellCommandParser binds each command's parameters.
class PowerShellScriptReader final
{
    Q_DECLARE_TR_FUNCTIONS(PowerShellScriptReader)

public:
    XP_DECLARE_TR_LATER(PowerShellScriptReader)

    static constexpr qsizetype MaxFileSize = 64 * 1024 * 1024;

    static ImportRows parse(const QByteArray &bytes);
};
