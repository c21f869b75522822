#include "cli/exportcommand.h"

#include "cli/commandlinescan.h"
#include "file/partnerstore.h"
#include "formats/powershellscriptwriter.h"
#include "i18n/languagepreference.h"
#include "util/atomicfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace {

const QString ExportOption = QStringLiteral("export-ps1");
const QString SetExistingOption = QStringLiteral("set-existing");

void printError(const QString &text)
{
    std::fputs(qPrintable(ExportCommand::tr("xmpp-partners: %1").arg(text) + u'\n'), stderr);
}

} // namespace

bool ExportCommand::isRequested(int argc, char *argv[])
{
    // --help and --version go to ProbeCommand, whose help lists this command too.
    return CommandLineScan::has(argc, argv, "export-ps1")
        && !CommandLineScan::asksForHelpOrVersion(argc, argv);
}

QList<QCommandLineOption> ExportCommand::options()
{
    return {
        QCommandLineOption(ExportOption,
                           tr("Write the partners of FILE as a PowerShell script (New-"
                              "CsXmppAllowedPartner) to the file OUT given after it, or to "
                              "standard output for -."),
                           tr("FILE")),
        QCommandLineOption(SetExistingOption,
                           tr("With --export-ps1: update the partners that already exist "
                              "(Set-CsXmppAllowedPartner) and create the others.")),
    };
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(options());
    // Accepted for the whole command line's sake; main() has already applied it.
    parser.addOption(QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("L")));
    parser.addPositionalArgument(QStringLiteral("OUT"), QString());
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(tr("--export-ps1 needs a partner file and the script to write: "
                      "--export-ps1 FILE OUT."));
        return 2;
    }
    const QString out = positional.first();
    const PartnerStore::LoadResult loaded = PartnerStore(parser.value(ExportOption)).load();
    if (!loaded.isOk()) {
        printError(loaded.errorMessage());
        return 2;
    }
    const QByteArray script = PowerShellScriptWriter::script(
        loaded.document.partners.partners(),
        parser.isSet(SetExistingOption) ? PowerShellScriptWriter::Mode::NewOrSet
                                        : PowerShellScriptWriter::Mode::New);
    if (out == u"-") {
        std::fwrite(script.constData(), 1, size_t(script.size()), stdout);
        return std::fflush(stdout) == 0 ? 0 : 2;
    }
    if (const auto failure = AtomicFile::write(out, script)) {
        printError(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(out), failure->reason));
        return 2;
    }
    return 0;
}
