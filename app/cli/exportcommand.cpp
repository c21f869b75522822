#include "cli/exportcommand.h"

#include "cli/consoleoutput.h"
#include "file/partnerstore.h"
#include "formats/powershellscriptwriter.h"
#include "util/atomicfile.h"

#include <QDir>

int ExportCommand::run(const CommandLineOptions &options)
{
    const PartnerStore::LoadResult loaded = PartnerStore(options.partnerFile).load();
    if (!loaded.isOk()) {
        ConsoleOutput::error(loaded.errorMessage());
        return 2;
    }
    const QByteArray script = PowerShellScriptWriter::script(
        loaded.document.partners.partners(),
        options.setExisting ? PowerShellScriptWriter::Mode::NewOrSet
                            : PowerShellScriptWriter::Mode::New);
    const QString &out = options.secondFile;
    if (out == u"-")
        return ConsoleOutput::write(stdout, script) ? 0 : 2;
    if (const auto failure = AtomicFile::write(out, script)) {
        ConsoleOutput::error(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(out), failure->reason));
        return 2;
    }
    return 0;
}
