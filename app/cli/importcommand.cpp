#include "cli/importcommand.h"

#include "cli/commandlinescan.h"
#include "file/partnerstore.h"
#include "import/importplan.h"
#include "import/importreader.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace {

const QString ImportCsvOption = QStringLiteral("import-csv");
const QString ImportOption = QStringLiteral("import");
const QString DryRunOption = QStringLiteral("dry-run");

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
}

int failure(const QString &text)
{
    print(stderr, ImportCommand::tr("xmpp-partners: %1").arg(text));
    return 2;
}

} // namespace

bool ImportCommand::isRequested(int argc, char *argv[])
{
    // --help and --version go to ProbeCommand, whose help lists this command too.
    return (CommandLineScan::has(argc, argv, "import-csv")
            || CommandLineScan::has(argc, argv, "import"))
        && !CommandLineScan::asksForHelpOrVersion(argc, argv);
}

QList<QCommandLineOption> ImportCommand::options()
{
    return {
        QCommandLineOption(ImportCsvOption,
                           tr("Import into the partner file FILE the CSV file IN given after "
                              "it, as Get-CsXmppAllowedPartner | Export-Csv writes it."),
                           tr("FILE")),
        QCommandLineOption(ImportOption,
                           tr("Import into the partner file FILE the file IN given after it: a "
                              "CSV of Export-Csv, another partner file (.json) or a Management "
                              "Shell script of New-CsXmppAllowedPartner commands (.ps1)."),
                           tr("FILE")),
        QCommandLineOption(DryRunOption,
                           tr("With --import-csv or --import: show what the import would do, "
                              "change nothing.")),
    };
}

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(options());
    // Accepted for the whole command line's sake; main() has already applied it.
    parser.addOption(QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("L")));
    parser.addPositionalArgument(QStringLiteral("IN"), QString());
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    const bool csvOnly = parser.isSet(ImportCsvOption);
    if (csvOnly == parser.isSet(ImportOption))
        return failure(tr("Give either --import-csv or --import, not both."));
    if (parser.positionalArguments().size() != 1)
        return failure(csvOnly ? tr("--import-csv needs a partner file and the CSV file to "
                                    "import: --import-csv FILE IN.")
                               : tr("--import needs a partner file and the file to import: "
                                    "--import FILE IN."));

    const QString inPath = parser.positionalArguments().constFirst();
    const ImportRows parsed = csvOnly ? ImportReader::read(inPath, ImportReader::Format::Csv)
                                      : ImportReader::read(inPath);
    if (!parsed.isOk())
        return failure(tr("%1: %2").arg(inPath, parsed.error.toString()));

    // The partner file: a missing one starts empty, an unreadable one stops the import.
    PartnerStore store(parser.value(csvOnly ? ImportCsvOption : ImportOption));
    PartnerStore::Document document;
    if (QFile::exists(store.path())) {
        const PartnerStore::LoadResult loaded = store.load();
        if (!loaded.isOk())
            return failure(loaded.errorMessage());
        document = loaded.document;
    }

    const ImportPlan plan(document.partners, parsed.rows);
    for (const ImportPlan::Entry &entry : plan.entries()) {
        const QString &domain = entry.domain;
        QString line = QStringLiteral("%1\t%2\t%3")
                           .arg(entry.line)
                           .arg(ImportPlan::categoryName(entry.category), domain);
        if (entry.category == ImportPlan::Category::Refused)
            line += u'\t' + entry.reason.toString().replace(u'\n', u' ');
        print(stdout, line);
    }
    const bool refused = plan.count(ImportPlan::Category::Refused) > 0;
    if (parser.isSet(DryRunOption) || plan.isEmpty())
        return refused ? 1 : 0;

    document.partners = plan.result();
    if (const auto error = store.save(document))
        return failure(error->message());
    return refused ? 1 : 0;
}
