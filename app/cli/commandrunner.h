#pragma once

#include "cli/commandline.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What both programs do with a command line: xmpp-partners, which links no Qt Gui so that
// the commands without a window start fast, and xmpp-partners-window, which it replaces
// itself with (execv, same process) to open the window. Either runs the commands without a
// window (--check, --export-ps1, --import, --import-csv, --help, --version) and tells bad
// usage in the same way.
class CommandRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)

public:
    // The names QSettings and the messages use; set before any application object exists.
    static void setApplicationNames();
    // The language of --lang, else of the Language menu's last choice, else of the system
    // locale. An unknown --lang is passed over here, so that the error CommandLine makes of
    // it is told in the language that would be used without it.
    static void installLanguage(const QString &requested);
    // Runs `commandLine` (bad usage or a command without a window) under a QCoreApplication
    // and returns the exit code. `arguments` are argv as read for CommandLine::parse.
    static int runWithoutWindow(int &argc, char *argv[], const QStringList &arguments,
                                const CommandLine::Result &commandLine);
    // Replaces this process with `program` (the window's), given the same argv. Returns
    // only when that fails, after saying why: the exit code.
    static int execWindow(const QString &program, int &argc, char *argv[],
                          const CommandLineOptions &options);
};
