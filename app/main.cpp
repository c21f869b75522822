#include "checkcommand.h"
#include "mainwindow.h"
#include "translations.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QSettings>

int main(int argc, char *argv[])
{
    // The command-line check, --help and --version need no display: no QApplication.
    if (CheckCommand::isRequested(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("xmpp-partners"));
        QCoreApplication::setOrganizationName(QStringLiteral("xmpp-partners"));
        QCoreApplication::setApplicationVersion(applicationVersion());
        const QString language
            = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
        if (!Translations::load(language))
            Translations::load(QStringLiteral("en"));
        return CheckCommand::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("xmpp-partners"));
    QApplication::setOrganizationName(QStringLiteral("xmpp-partners"));
    QApplication::setApplicationVersion(applicationVersion());
    // French for any French locale, English otherwise.
    const QString language
        = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    if (!Translations::load(language))
        Translations::load(QStringLiteral("en"));
    QApplication::setApplicationDisplayName(
        QApplication::translate("main", "XMPP Federated Partners"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/xmpp-partners.svg")));
    QApplication::setDesktopFileName(QStringLiteral("xmpp-partners"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Keep the XMPP federated partners of a deployment and their negotiation settings."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Partner file to open."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption localDomain(
        QStringLiteral("local-domain"),
        QApplication::translate("main", "Local XMPP domain for this session's connection tests."),
        QApplication::translate("main", "DOMAIN"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QApplication::translate("main", "Also trust the CAs of this PEM file in this session."),
        QApplication::translate("main", "FILE"));
    parser.addOptions({localDomain, caFile});
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
