#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/probecommand.h"
#include "i18n/languagepreference.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

#include <cstdio>

namespace {

// Installs the language of --lang, of the Language menu's last choice or of the system
// locale. An unknown --lang is a usage error, told in the language that would be used
// without it.
bool loadLanguage(const QStringList &arguments)
{
    const QString requested = LanguagePreference::fromArguments(arguments);
    const QString language = LanguagePreference::resolve(requested);
    if (!Translations::load(language))
        Translations::load(QStringLiteral("en"));
    if (requested.isEmpty() || LanguagePreference::isAvailable(requested))
        return true;
    const QString message
        = QCoreApplication::translate("main", "xmpp-partners: unknown language “%1”; use %2.")
              .arg(requested, LanguagePreference::available().join(QStringLiteral(", ")));
    std::fputs(qPrintable(message + u'\n'), stderr);
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // The command-line check, export and import, --help and --version need no display: no
    // QApplication.
    if (ExportCommand::isRequested(argc, argv) || ImportCommand::isRequested(argc, argv)
        || ProbeCommand::isRequested(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("xmpp-partners"));
        QCoreApplication::setOrganizationName(QStringLiteral("xmpp-partners"));
        QCoreApplication::setApplicationVersion(applicationVersion());
        if (!loadLanguage(QCoreApplication::arguments()))
            return 2;
        if (ExportCommand::isRequested(argc, argv))
            return ExportCommand::run(QCoreApplication::arguments());
        if (ImportCommand::isRequested(argc, argv))
            return ImportCommand::run(QCoreApplication::arguments());
        return ProbeCommand::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("xmpp-partners"));
    QApplication::setOrganizationName(QStringLiteral("xmpp-partners"));
    QApplication::setApplicationVersion(applicationVersion());
    if (!loadLanguage(QApplication::arguments()))
        return 2;
    // The display name is set, in the chosen language, by MainWindow.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/xmpp-partners.svg")));
    QApplication::setDesktopFileName(QStringLiteral("xmpp-partners"));

    // The window's options. --help is ProbeCommand's, which describes these too: no
    // descriptions here, they would never be shown.
    QCommandLineParser parser;
    const QCommandLineOption localDomain(QStringLiteral("local-domain"), QString(),
                                         QStringLiteral("domain"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QString(), QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("lang"), QString(),
                                      QStringLiteral("language"));
    parser.addPositionalArgument(QStringLiteral("file"), QString());
    parser.addOptions({localDomain, caFile, language});
    parser.process(app);

    MainWindow window;
    if (parser.isSet(localDomain) || parser.isSet(caFile))
        window.overrideProbeSettings(parser.value(localDomain), parser.value(caFile));
    window.show();
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        // Reopen the file of the last session, if it is still there.
        const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (!path.isEmpty())
        window.openFile(path);
    return QApplication::exec();
}
