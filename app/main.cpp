#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("xmpp-partners"));
    QApplication::setOrganizationName(QStringLiteral("xmpp-partners"));
    QApplication::setApplicationVersion(applicationVersion());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "XMPP Federated Partners"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Keep the XMPP federated partners of a deployment."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Partner file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
