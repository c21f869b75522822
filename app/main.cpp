// xmpp-partners: the commands without a window run here, in a program that links no Qt Gui
// or Qt Widgets, so that `--check` starts as fast as a command-line tool; the window is
// xmpp-partners-window's (windowmain.cpp), which this process becomes (execv) when asked
// for the window.
#include "cli/commandline.h"
#include "cli/commandrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

// The window's program, where the build and the installation both put it: at
// XP_WINDOW_PROGRAM (a path relative to this program's folder, bin/ → libexec/).
QString windowProgram(const char *argv0)
{
    QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    if (self.isEmpty()) { // no /proc: where argv[0] says, or found in PATH as a shell finds it
        const QString name = QFile::decodeName(argv0);
        self = name.contains(u'/') ? name : QStandardPaths::findExecutable(name);
    }
    return QDir::cleanPath(QFileInfo(self).absolutePath() + u'/'
                           + QStringLiteral(XP_WINDOW_PROGRAM));
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

    CommandRunner::setApplicationNames();
    if (commandLine.isOk() && commandLine.options.command == CommandLineOptions::Command::Window)
        return CommandRunner::execWindow(windowProgram(argv[0]), argc, argv, commandLine.options);
    return CommandRunner::runWithoutWindow(argc, argv, arguments, commandLine);
}
