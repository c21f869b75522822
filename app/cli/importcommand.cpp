#include "cli/importcommand.h"

#include "cli/consoleoutput.h"
#include "file/partnerstore.h"
#include "import/importplan.h"
#include "import/importreader.h"

#include <QFile>

namespace {

int failure(const QString &text)
{
    ConsoleOutput::error(text);
    return 2;
}

} // namespace

int ImportCommand::run(const CommandLineOptions &options)
{
    const QString &inPath = options.secondFile;
    const ImportRows parsed = options.command == CommandLineOptions::Command::ImportCsv
        ? ImportReader::read(inPath, ImportReader::Format::Csv)
        : ImportReader::read(inPath);
    if (!parsed.isOk())
        return failure(tr("%1: %2").arg(inPath, parsed.error.toString()));

    // The partner file: a missing one starts empty, an unreadable one stops the import.
    PartnerStore store(options.partnerFile);
    PartnerStore::Document document;
    if (QFile::exists(store.path())) {
        const PartnerStore::LoadResult loaded = store.load();
        if (!loaded.isOk())
            return failure(loaded.errorMessage());
        document = loaded.document;
    }

    const ImportPlan plan(document.partners, parsed.rows);
    for (const ImportPlan::Entry &entry : plan.entries()) {
        QString line = QStringLiteral("%1\t%2\t%3")
                           .arg(entry.line)
                           .arg(ImportPlan::categoryName(entry.category), entry.domain);
        if (entry.category == ImportPlan::Category::Refused)
            line += u'\t' + entry.reason.toString().replace(u'\n', u' ');
        ConsoleOutput::printLine(stdout, line);
    }
    const bool refused = plan.count(ImportPlan::Category::Refused) > 0;
    if (options.dryRun || plan.isEmpty())
        return refused ? 1 : 0;

    document.partners = plan.result();
    if (const auto error = store.save(document))
        return failure(error->message());
    return refused ? 1 : 0;
}
