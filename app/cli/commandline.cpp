#include "cli/commandline.h"

#include "cli/declaredoptions.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/localcheckcommand.h"
#include "cli/probecommand.h"
#include "i18n/languagepreference.h"
#include "partners/domainname.h"
#include "partners/serveraddress.h"
#include "probe/probesettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>

#include <utility>

namespace {

using Command = CommandLineOptions::Command;

// True for "--json", "--lang=fr", "-h": an option where a value was due, as in
// "--check --local-domain example.com".
bool spellsAnOption(const QString &value, const QList<QCommandLineOption> &options)
{
    if (!value.startsWith(u'-') || value == u"-")
        return false;
    const QString given = value.section(u'=', 0, 0);
    for (const QCommandLineOption &option : options) {
        for (const QString &name : option.names()) {
            if (given == optionSpelling(name))
                return true;
        }
    }
    return false;
}

// A whole number within [low, high], or nothing.
std::optional<int> wholeNumber(const QString &text, int low, int high)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

// The value of --format, or nothing for a format --check does not write.
std::optional<CommandLineOptions::Format> formatNamed(const QString &name)
{
    using Format = CommandLineOptions::Format;
    static const QList<std::pair<QString, Format>> formats {{u"text"_qs, Format::Text},
                                                            {u"json"_qs, Format::Json},
                                                            {u"nagios"_qs, Format::Nagios},
                                                            {u"prometheus"_qs, Format::Prometheus}};
    for (const auto &[known, format] : formats) {
        if (name == known)
            return format;
    }
    return std::nullopt;
}

// Each step below returns the error it finds, or an empty string.

// An option that swallowed the next option as its value.
QString misplacedValue(const QCommandLineParser &parser, const DeclaredOptions &declared)
{
    const QList<QCommandLineOption> all = declared.all();
    for (const QCommandLineOption &option : all) {
        if (option.valueName().isEmpty())
            continue;
        for (const QString &value : parser.values(option)) {
            if (spellsAnOption(value, all))
                return CommandLine::tr("%1 needs a value, not the option %2.")
                    .arg(optionSpelling(option), value.section(u'=', 0, 0));
        }
    }
    return {};
}

// Which command runs: the option that names one (two are an error), else the window.
QString chooseCommand(const QCommandLineParser &parser, const DeclaredOptions &declared,
                      const QCommandLineOption **commandOption, Command *command)
{
    for (const QString &name : parser.optionNames()) {
        for (const auto &[option, named] : declared.commands) {
            if (!option->names().contains(name) || option == *commandOption)
                continue;
            if (*commandOption) {
                return CommandLine::tr("Give either %1 or %2, not both.")
                    .arg(optionSpelling(**commandOption), optionSpelling(*option));
            }
            *commandOption = option;
            *command = named;
        }
    }
    return {};
}

// An option that the command does not take.
QString optionOfAnotherCommand(const QCommandLineParser &parser, const DeclaredOptions &declared,
                               const QCommandLineOption *commandOption, Command command)
{
    for (const QString &name : parser.optionNames()) {
        const QList<Command> commands = declared.commandsTaking(name);
        if (commands.isEmpty() || commands.contains(command))
            continue;
        if (commandOption)
            return CommandLine::tr("%1 does not go with %2.")
                .arg(optionSpelling(name), optionSpelling(*commandOption));
        // Without a command, the window: it takes none of the options that go with one.
        const QString with = commands.size() == 1
            ? declared.spellingOf(commands.first())
            : CommandLine::tr("%1 or %2")
                  .arg(declared.spellingOf(commands.at(0)), declared.spellingOf(commands.at(1)));
        return CommandLine::tr("%1 goes only with %2.").arg(optionSpelling(name), with);
    }
    return {};
}

// The files: the command option's value and the argument after it (OUT, IN). --check
// takes no argument, the window at most one.
QString readFiles(const QCommandLineParser &parser, const QCommandLineOption *commandOption,
                  CommandLineOptions *options)
{
    const QStringList positional = parser.positionalArguments();
    QString missing;
    qsizetype expected = 0;
    switch (options->command) {
    case Command::Window:
        expected = qMin<qsizetype>(positional.size(), 1);
        break;
    case Command::Check:
        missing = ProbeCommand::tr("--check needs a partner file.");
        break;
    case Command::CheckLocal:
        break; // no file
    case Command::ExportPs1:
        missing = ExportCommand::tr("--export-ps1 needs a partner file and the script to write: "
                                    "--export-ps1 FILE OUT.");
        expected = 1;
        break;
    case Command::ImportCsv:
        missing = ImportCommand::tr("--import-csv needs a partner file and the CSV file to "
                                    "import: --import-csv FILE IN.");
        expected = 1;
        break;
    case Command::Import:
        missing = ImportCommand::tr("--import needs a partner file and the file to import: "
                                    "--import FILE IN.");
        expected = 1;
        break;
    case Command::Help:
    case Command::Version:
        return {};
    }
    if (positional.size() > expected)
        return CommandLine::tr("unexpected argument “%1”.").arg(positional.at(expected));
    if (!commandOption) {
        options->partnerFile = positional.value(0);
        return {};
    }
    if (options->command == Command::CheckLocal)
        return {};
    options->partnerFile = parser.value(*commandOption);
    options->secondFile = positional.value(0);
    if (options->partnerFile.isEmpty() || (expected > 0 && options->secondFile.isEmpty()))
        return missing;
    return {};
}

// "192.0.2.10:5269", "[2001:db8::1]:5269" or "*:5269" (every address).
bool parseListenAddress(const QString &value, QHostAddress *address, std::optional<quint16> *port)
{
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = value.left(colon);
    bool ok = false;
    const uint number = value.mid(colon + 1).toUInt(&ok);
    if (!ok || number < 1 || number > 65535)
        return false;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return false; // an IPv6 address goes in brackets
    QHostAddress parsed;
    if (host == u"*")
        parsed = QHostAddress(QHostAddress::Any);
    else if (!parsed.setAddress(host))
        return false;
    *address = parsed;
    *port = quint16(number);
    return true;
}

// The connection test's values, by the rules of the window's settings.
QString readProbeValues(const QCommandLineParser &parser, const DeclaredOptions &declared,
                        CommandLineOptions *options)
{
    const auto invalid = [](const QCommandLineOption &option, const QString &message) {
        return CommandLine::tr("%1: %2", "an option, what is wrong with its value")
            .arg(optionSpelling(option), message);
    };
    if (parser.isSet(declared.localDomain)) {
        const DomainName::Check check = DomainName::check(parser.value(declared.localDomain));
        if (!check.isValid())
            return invalid(declared.localDomain, check.message);
        options->localDomain = check.normalized;
    }
    for (const QString &value : parser.values(declared.domain)) {
        const DomainName::Check check = DomainName::check(value);
        if (!check.isValid())
            return invalid(declared.domain, check.message);
        options->domains.append(check.normalized);
    }
    if (parser.isSet(declared.host)) {
        QString error;
        options->host = parser.value(declared.host);
        if (!ServerAddress::parse(options->host, &error).isValid())
            return invalid(declared.host, error);
    }
    if (parser.isSet(declared.dnsServer)) {
        QString error;
        bool ok = true;
        options->dnsServer
            = NameserverAddress::parse(parser.value(declared.dnsServer), &error, &ok);
        if (!ok)
            return invalid(declared.dnsServer, error);
    }
    if (parser.isSet(declared.trustAnchor)) {
        options->trustAnchorFile = parser.value(declared.trustAnchor);
        const QFileInfo file(*options->trustAnchorFile);
        if (!options->trustAnchorFile->isEmpty() && (!file.isFile() || !file.isReadable()))
            return invalid(declared.trustAnchor,
                           CommandLine::tr("the file “%1” does not exist or cannot be read.")
                               .arg(*options->trustAnchorFile));
    }
    options->validateFromRoot = parser.isSet(declared.validateFromRoot);
    if (parser.isSet(declared.caFile))
        options->caFile = parser.value(declared.caFile);
    if (parser.isSet(declared.clientCert) || parser.isSet(declared.clientKey)) {
        // Either one replaces the saved pair: a certificate given alone has no key.
        ProbeSettings pair;
        pair.clientCertificateFile = parser.value(declared.clientCert);
        pair.clientKeyFile = parser.value(declared.clientKey);
        if (const QString problem = ProbeCommand::clientIdentityProblem(pair); !problem.isEmpty())
            return problem;
        options->clientCertificate = pair.clientCertificateFile;
        options->clientKey = pair.clientKeyFile;
    }
    if (parser.isSet(declared.timeout)) {
        const QString value = parser.value(declared.timeout);
        constexpr int Low = ProbeSettings::MinStepTimeoutMs / 1000;
        constexpr int High = ProbeSettings::MaxStepTimeoutMs / 1000;
        options->timeoutSeconds = wholeNumber(value, Low, High);
        if (!options->timeoutSeconds)
            return CommandLine::tr(
                       "--timeout takes a whole number of seconds from %1 to %2, not “%3”.")
                .arg(QString::number(Low), QString::number(High), value);
    }
    if (parser.isSet(declared.parallel)) {
        const QString value = parser.value(declared.parallel);
        constexpr int Low = ProbeSettings::MinParallelTests;
        constexpr int High = ProbeSettings::MaxParallelTests;
        options->parallelTests = wholeNumber(value, Low, High);
        if (!options->parallelTests)
            return CommandLine::tr("--parallel takes a whole number from %1 to %2, not “%3”.")
                .arg(QString::number(Low), QString::number(High), value);
    }
    if (parser.isSet(declared.dialbackListen)) {
        const QString value = parser.value(declared.dialbackListen);
        if (!parseListenAddress(value, &options->dialbackListenAddress,
                                &options->dialbackListenPort))
            return invalid(declared.dialbackListen,
                           ProbeCommand::tr("“%1” is not ADDRESS:PORT with an IP address (or *) "
                                            "and a port from 1 to 65535.")
                               .arg(value));
    }
    options->fullDialback
        = parser.isSet(declared.fullDialback) || parser.isSet(declared.dialbackListen);
    if (parser.isSet(declared.format)) {
        const QString value = parser.value(declared.format);
        const std::optional<CommandLineOptions::Format> format = formatNamed(value);
        if (!format)
            return CommandLine::tr("--format takes text, json, nagios or prometheus, not “%1”.")
                .arg(value);
        if (parser.isSet(declared.json) && *format != CommandLineOptions::Format::Json)
            return CommandLine::tr("Give either --json or --format %1, not both.").arg(value);
        options->format = *format;
    }
    if (parser.isSet(declared.output)) {
        options->outputFile = parser.value(declared.output);
        if (options->outputFile.isEmpty())
            return CommandLine::tr("--output needs a file name.");
    }
    options->json = parser.isSet(declared.json);
    if (parser.isSet(declared.fixScript)) {
        options->fixScript = parser.value(declared.fixScript);
        if (options->fixScript.isEmpty())
            return invalid(declared.fixScript, ProbeCommand::tr("a file name is needed."));
    }
    options->tlsProfile = parser.isSet(declared.tlsProfile);
    return {};
}

// The options QGuiApplication and QApplication read and remove themselves (-style fusion,
// -platform xcb, -reverse, -session ID as a session manager restarts the program, …), with
// one dash or two, the value after them or after "=". They are not ours to refuse: set
// aside here, they reach the application object, which applies them to the window (and
// which a command without a window ignores, as Qt does).
QStringList withoutQtOptions(const QStringList &arguments, QStringList *qtOptions)
{
    static const QStringList withValue {
        u"platform"_qs,        u"platformpluginpath"_qs, u"platformtheme"_qs, u"plugin"_qs,
        u"qwindowgeometry"_qs, u"qwindowicon"_qs,        u"qwindowtitle"_qs,  u"session"_qs,
        u"display"_qs,         u"geometry"_qs,           u"style"_qs,         u"stylesheet"_qs,
        u"qmljsdebugger"_qs};
    static const QStringList flags {u"reverse"_qs, u"widgetcount"_qs, u"nograb"_qs, u"dograb"_qs,
                                    u"sync"_qs};
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--") { // what follows are arguments, not options
            rest.append(arguments.mid(i));
            break;
        }
        if (i == 0 || !argument.startsWith(u'-')) {
            rest.append(argument);
            continue;
        }
        const QString name = argument.mid(argument.startsWith(u"--") ? 2 : 1).section(u'=', 0, 0);
        if (flags.contains(name)) {
            qtOptions->append(argument);
        } else if (withValue.contains(name)) {
            qtOptions->append(argument);
            if (!argument.contains(u'=') && i + 1 < arguments.size())
                qtOptions->append(arguments.at(++i));
        } else {
            rest.append(argument);
        }
    }
    return rest;
}

} // namespace

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Result result;
    CommandLineOptions &options = result.options;
    const DeclaredOptions declared;
    QCommandLineParser parser;
    declared.addTo(parser);
    const bool parsed = parser.parse(withoutQtOptions(arguments, &options.qtOptions));
    // Read even when the rest is wrong: the message is told in that language.
    options.language = parser.value(declared.language);
    // Also --format: with nagios, a wrong command line is the plugin's UNKNOWN state.
    options.format = formatNamed(parser.value(declared.format)).value_or(options.format);
    if (!parsed) {
        result.error = parser.errorText();
        return result;
    }
    result.error = misplacedValue(parser, declared);
    if (result.error.isEmpty() && !options.language.isEmpty()
        && !LanguagePreference::isAvailable(options.language)) {
        result.error = tr("unknown language “%1”; use %2.")
                           .arg(options.language,
                                LanguagePreference::available().join(QStringLiteral(", ")));
    }
    if (!result.error.isEmpty())
        return result;
    // As before any command: --help and --version win over the rest of the line.
    if (parser.isSet(declared.help) || parser.isSet(declared.version)) {
        options.command = parser.isSet(declared.help) ? Command::Help : Command::Version;
        return result;
    }

    const QCommandLineOption *commandOption = nullptr;
    result.error = chooseCommand(parser, declared, &commandOption, &options.command);
    if (result.error.isEmpty())
        result.error = optionOfAnotherCommand(parser, declared, commandOption, options.command);
    if (result.error.isEmpty())
        result.error = readFiles(parser, commandOption, &options);
    if (result.error.isEmpty())
        result.error = readProbeValues(parser, declared, &options);
    options.setExisting = parser.isSet(declared.setExisting);
    options.dryRun = parser.isSet(declared.dryRun);
    return result;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    DeclaredOptions().addTo(parser);
    return parser.helpText();
}
