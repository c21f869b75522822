#pragma once

#include "cli/commandlineoptions.h"

#include <QCoreApplication>

// xmpp-partners --import-csv FILE IN [--dry-run]: reads IN, written by
// Get-CsXmppAllowedPartner | Export-Csv (--import FILE IN: a CSV, another partner file or
// a Management Shell script, told apart by name or content, as File → Import does), and
// prints one line per row (new, changed, unchanged or refused, with the reason) before it
// saves the new and changed partners into FILE (with the lock and the backup of the
// window's saves). --dry-run only prints.
// Exits 0 when every row was imported or unchanged, 1 when some rows were refused (the
// others are imported), 2 on bad usage, an unreadable file or a failed save.
class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    // `options` as CommandLine checked them: partnerFile is FILE, secondFile IN, and the
    // command Import or ImportCsv.
    static int run(const CommandLineOptions &options);
};
