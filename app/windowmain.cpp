// xmpp-partners-window: the window, which xmpp-partners (main.cpp) becomes when no command
// is given. Given a command, it runs it as xmpp-partners does.
#include "cli/commandline.h"
#include "cli/commandrunner.h"
#include "mainwindow.h"
#include "partnerdocument.h"

#include <QApplication>
#include <QIcon>

namespace {

int runWindow(int &argc, char *argv[], const CommandLineOptions &options)
{
    QApplication app(argc, argv);
    CommandRunner::installLanguage(options.language);
    // The display name is set, in the chosen language, by MainWindow.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/xmpp-partners.svg")));
    QApplication::setDesktopFileName(QStringLiteral("xmpp-partners"));

    MainWindow window;
    if (!options.localDomain.isEmpty() || options.caFile || options.clientCertificate)
        window.overrideProbeSettings(options.localDomain, options.caFile.value_or(QString()),
                                     options.clientCertificate.value_or(QString()),
                                     options.clientKey.value_or(QString()));
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
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine::Result commandLine = CommandLine::parse(arguments);

    CommandRunner::setApplicationNames();
    if (commandLine.isOk() && commandLine.options.command == CommandLineOptions::Command::Window)
        return runWindow(argc, argv, commandLine.options);
    return CommandRunner::runWithoutWindow(argc, argv, arguments, commandLine);
}
