#include "cli/commandline.h"
#include "cli/consoleoutput.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/probecommand.h"
#include "i18n/languagepreference.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "partnerdocument.h"
#include "version.h"

#include <QApplication>
#include <QIcon>

namespace {

using Command = CommandLineOptions::Command;

// The language of --lang, else of the Language menu's last choice, else of the system
// locale. An unknown --lang is passed over here, so that the error CommandLine makes of it
// is told in the language that would be used without it.
void installLanguage(const QString &requested)
{
    if (!Translations::load(LanguagePreference::resolve(requested)))
        Translations::load(QStringLiteral("en"));
}

int runWindow(int &argc, char *argv[], const CommandLineOptions &options)
{
    QApplication app(argc, argv);
    installLanguage(options.language);
    // The display name is set, in the chosen language, by MainWindow.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/xmpp-partners.svg")));
    QApplication::setDesktopFileName(QStringLiteral("xmpp-partners"));

    MainWindow window;
    if (!options.localDomain.isEmpty() || options.caFile)
        window.overrideProbeSettings(options.localDomain, options.caFile.value_or(QString()));
    window.show();
    QString path = options.partnerFile;
    if (path.isEmpty())
        path = PartnerDocument::lastFile(); // the file of the last session, if still there
    if (!path.isEmpty())
        window.openFile(path);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Read before any application object exists: bad usage, --help, --version and the
    // commands without a window need no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine::Result commandLine = CommandLine::parse(arguments);

    QCoreApplication::setApplicationName(QStringLiteral("xmpp-partners"));
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-partners"));
    QCoreApplication::setApplicationVersion(applicationVersion());
    const CommandLineOptions &options = commandLine.options;
    if (commandLine.isOk() && options.command == Command::Window)
        return runWindow(argc, argv, options);

    QCoreApplication app(argc, argv);
    installLanguage(options.language);
    if (!commandLine.isOk()) {
        // Read again now that the language is installed, for a message in that language
        // (QCommandLineParser translates its own when it makes them).
        ConsoleOutput::usageError(CommandLine::parse(arguments).error);
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
