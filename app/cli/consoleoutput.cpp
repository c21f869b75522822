#include "cli/consoleoutput.h"

void ConsoleOutput::printLine(FILE *stream, const QString &text)
{
    write(stream, (text + u'\n').toLocal8Bit());
}

bool ConsoleOutput::write(FILE *stream, const QByteArray &bytes)
{
    const size_t size = size_t(bytes.size());
    // Flushed at once: a line on standard error must not come after a later one on
    // standard output when both go to the same terminal or file.
    return std::fwrite(bytes.constData(), 1, size, stream) == size && std::fflush(stream) == 0;
}

void ConsoleOutput::error(const QString &text)
{
    printLine(stderr, tr("xmpp-partners: %1").arg(text));
}

void ConsoleOutput::usageError(const QString &text)
{
    error(text);
    printLine(stderr, tr("Run xmpp-partners --help for the options."));
}
