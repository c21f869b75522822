#include "cli/commandrunner.h"

#include "cli/consoleoutput.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/localcheckcommand.h"
#include "cli/probecommand.h"
#include "i18n/languagepreference.h"
#include "i18n/translations.h"
#include "version.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

void CommandRunner::setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("xmpp-partners"));
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-partners"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

void CommandRunner::installLanguage(const QString &requested)
{
    if (!Translations::load(LanguagePreference::resolve(requested)))
        Translations::load(QStringLiteral("en"));
}

int CommandRunner::runWithoutWindow(int &argc, char *argv[], const QStringList &arguments,
                                    const CommandLine::Result &commandLine)
{
    using Command = CommandLineOptions::Command;
    QCoreApplication app(argc, argv);
    const CommandLineOptions &options = commandLine.options;
    installLanguage(options.language);
    if (!commandLine.isOk()) {
        // Read again now that the language is installed, for a message in that language
        // (QCommandLineParser translates its own when it makes them).
        const QString error = CommandLine::parse(arguments).error;
        if (options.format == CommandLineOptions::Format::Nagios)
            return ProbeCommand::unknown(error);
        ConsoleOutput::usageError(error);
        return 2;
    }
    switch (options.command) {
    case Command::Help:
        ConsoleOutput::printLine(stdout, CommandLine::helpText());
        return 0;
    case Command::Version:
        ConsoleOutput::printLine(stdout, versionBanner());
        return 0;
    case Command::Check:
        return ProbeCommand::run(options);
    case Command::CheckLocal:
        return LocalCheckCommand::run(options);
    case Command::ExportPs1:
        return ExportCommand::run(options);
    case Command::Import:
    case Command::ImportCsv:
        return ImportCommand::run(options);
    case Command::Window:
        break;
    }
    return 2;
}

int CommandRunner::execWindow(const QString &program, int &argc, char *argv[],
                              const CommandLineOptions &options)
{
    const QByteArray path = QFile::encodeName(program);
    ::execv(path.constData(), argv);
    const int error = errno; // execv returns only on failure
    QCoreApplication app(argc, argv);
    installLanguage(options.language);
    ConsoleOutput::error(tr("cannot open the window: %1 cannot be started: %2")
                             .arg(program, QString::fromLocal8Bit(std::strerror(error))));
    return 1;
}
