#pragma once

#include "cli/commandlineoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The one reading of the command line, done before any window or application object
// exists: which command runs (the window, --check, --export-ps1, --import, --import-csv,
// --help, --version) and its values, each checked by the rule the rest of the program
// applies to it (DomainName, ServerAddress, the connection test settings' ranges, the
// available languages). Anything else is an error with a message that names the argument:
// an unknown option, a missing value, an argument no command takes, two commands at once,
// an option the chosen command does not take.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result
    {
        // On an error, still what could be read: --lang chooses the language of the message.
        CommandLineOptions options;
        QString error; // empty when the command line is usable

        bool isOk() const { return error.isEmpty(); }
    };

    // `arguments` as the program received them, its name first. The messages are in the
    // language installed at the time (none yet: English).
    static Result parse(const QStringList &arguments);
    // The text --help prints, in the language installed now.
    static QString helpText();
};
