#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// xmpp-partners --export-ps1 FILE OUT [--set-existing]: writes the partners of FILE as
// a Management Shell script (PowerShellScriptWriter) to OUT, or to standard output for "-".
// Exits 0 on success, 2 on bad usage, an unreadable partner file or a failed write.
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static bool isRequested(int argc, char *argv[]);
    // The export's options, for this command's parser and for the --help of the others.
    static QList<QCommandLineOption> options();
    static int run(const QStringList &arguments);
};
