#include "cli/commandlinescan.h"

#include <QByteArray>

bool CommandLineScan::has(int argc, char *argv[], const char *option)
{
    const QByteArray plain = QByteArray("--").append(option);
    const QByteArray withValue = QByteArray(plain).append('=');
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == plain || argument.startsWith(withValue))
            return true;
    }
    return false;
}

bool CommandLineScan::asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0
            || qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}
