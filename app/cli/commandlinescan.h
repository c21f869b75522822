#pragma once

// Looks at the raw arguments before any QCoreApplication exists, to choose which
// command runs (the window, --check, --export-ps1, --import-csv).
class CommandLineScan final
{
public:
    // `option` without its dashes, given as --option or --option=value.
    static bool has(int argc, char *argv[], const char *option);
    // -h, --help, -v or --version.
    static bool asksForHelpOrVersion(int argc, char *argv[]);
};
