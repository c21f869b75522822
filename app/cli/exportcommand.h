#pragma once

#include "cli/commandlineoptions.h"

#include <QCoreApplication>

// xmpp-partners --export-ps1 FILE OUT [--set-existing]: writes the partners of FILE as
// a Management Shell script (PowerShellScriptWriter) to OUT, or to standard output for "-".
// Exits 0 on success, 2 on bad usage, an unreadable partner file or a failed write.
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    // `options` as CommandLine checked them: partnerFile is FILE, secondFile OUT.
    static int run(const CommandLineOptions &options);
};
