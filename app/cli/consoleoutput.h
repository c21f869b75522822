#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>

// What the command line prints, written one way: text in the locale's encoding, a line at a
// time; bytes (a script, JSON) as they are; errors on standard error after the program's
// name, as other command-line tools write them.
class ConsoleOutput final
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOutput)

public:
    static void printLine(FILE *stream, const QString &text);
    // False when not every byte reached the stream.
    static bool write(FILE *stream, const QByteArray &bytes);
    // "xmpp-partners: TEXT" on standard error.
    static void error(const QString &text);
    // error(text), then the line that points to --help.
    static void usageError(const QString &text);
};
