#include "cli/localcheckcommand.h"

#include "cli/consoleoutput.h"
#include "cli/probecommand.h"
#include "probe/deploymentcheck.h"
#include "probe/probesettingsstore.h"

#include <QEventLoop>
#include <QJsonDocument>

int LocalCheckCommand::run(const CommandLineOptions &options)
{
    // The window's saved settings, overridden by what the command line says.
    ProbeSettings settings = ProbeSettingsStore::load();
    if (!options.localDomain.isEmpty())
        settings.localDomain = options.localDomain;
    if (settings.localDomain.isEmpty()) {
        ConsoleOutput::usageError(
            tr("--check-local needs the local XMPP domain to check: give --local-domain DOMAIN."));
        return 2;
    }
    ProbeCommand::applyConnectionOptions(options, settings);

    DeploymentCheck check(settings);
    QEventLoop loop;
    QObject::connect(&check, &DeploymentCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    if (check.isRunning())
        loop.exec();

    const DeploymentReport &report = check.report();
    if (options.json)
        ConsoleOutput::write(stdout,
                             QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        ConsoleOutput::printLine(stdout, report.plainText());
    return report.verdict == DeploymentReport::Verdict::Fail ? 1 : 0;
}
