// The command line, read by CommandLine without any application object (QTEST_APPLESS_MAIN):
// every command, every option, and each kind of error with the message that names it.
#include "cli/commandline.h"

#include <QTest>

using Command = CommandLineOptions::Command;

Q_DECLARE_METATYPE(CommandLineOptions)

// What QCOMPARE prints when two sets of options differ.
char *toString(const CommandLineOptions &options)
{
    const auto optional = [](const auto &value) -> QString {
        if (!value)
            return u"unset"_qs;
        if constexpr (std::is_same_v<std::decay_t<decltype(*value)>, int>)
            return QString::number(*value);
        else
            return u"\""_qs + *value + u"\""_qs;
    };
    const QString text
        = QStringLiteral("command %1, partnerFile \"%2\", secondFile \"%3\", language \"%4\", "
                         "domains [%5], localDomain \"%6\", host \"%7\", dnsServer \"%8\", "
                         "caFile %9, clientCertificate %10, clientKey %11, timeoutSeconds %12, "
                         "parallelTests %13, json %14, setExisting %15, dryRun %16, "
                         "tlsProfile %17, fullDialback %18, dialbackListen %19:%20, "
                         "format %21, outputFile \"%22\", fixScript \"%23\"")
              .arg(QString::number(int(options.command)), options.partnerFile, options.secondFile,
                   options.language, options.domains.join(u", "_qs), options.localDomain,
                   options.host, options.dnsServer ? options.dnsServer->toString() : QString(),
                   optional(options.caFile))
              .arg(optional(options.clientCertificate), optional(options.clientKey),
                   optional(options.timeoutSeconds), optional(options.parallelTests),
                   QVariant(options.json).toString(), QVariant(options.setExisting).toString(),
                   QVariant(options.dryRun).toString(), QVariant(options.tlsProfile).toString())
              .arg(QVariant(options.fullDialback).toString(),
                   options.dialbackListenAddress.toString(),
                   QString::number(options.dialbackListenPort.value_or(0)),
                   QString::number(int(options.format)), options.outputFile, options.fixScript);
    return qstrdup(text.toUtf8().constData());
}

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryCommandAndOption_data();
    void readsEveryCommandAndOption();
    void refusesWithAMessageNamingTheMistake_data();
    void refusesWithAMessageNamingTheMistake();
    void languageIsReadFromALineWithAnError();
    void nagiosFormatIsReadFromALineWithAnError();
    void helpListsEveryOption();
};

namespace {

// The program's name first, as main() passes it.
QStringList commandLine(const QStringList &arguments)
{
    return QStringList {u"xmpp-partners"_qs} + arguments;
}

CommandLineOptions command(Command command, const QString &partnerFile = {},
                           const QString &secondFile = {})
{
    CommandLineOptions options;
    options.command = command;
    options.partnerFile = partnerFile;
    options.secondFile = secondFile;
    return options;
}

template<typename Change>
CommandLineOptions with(CommandLineOptions options, Change change)
{
    change(options);
    return options;
}

} // namespace

void tst_CommandLine::readsEveryCommandAndOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLineOptions>("expected");

    const CommandLineOptions check = command(Command::Check, u"p.json"_qs);
    const QStringList checkLine {u"--check"_qs, u"p.json"_qs};

    // The window.
    QTest::newRow("window") << QStringList() << command(Command::Window);
    QTest::newRow("window on a file")
        << QStringList {u"p.json"_qs} << command(Command::Window, u"p.json"_qs);
    QTest::newRow("window, file after --")
        << QStringList {u"--"_qs, u"--p.json"_qs} << command(Command::Window, u"--p.json"_qs);
    QTest::newRow("window options")
        << QStringList {u"--local-domain"_qs, u"contoso.com."_qs, u"--ca-file=ca.pem"_qs,
                        u"--lang"_qs,         u"fr"_qs,           u"p.json"_qs}
        << with(command(Command::Window, u"p.json"_qs), [](CommandLineOptions &o) {
               o.localDomain = u"contoso.com"_qs; // without the final dot
               o.caFile = u"ca.pem"_qs;
               o.language = u"fr"_qs;
           });
    QTest::newRow("window with a client certificate")
        << QStringList {u"--client-cert"_qs, u"me.pem"_qs, u"--client-key"_qs, u"me.key"_qs,
                        u"p.json"_qs}
        << with(command(Command::Window, u"p.json"_qs), [](CommandLineOptions &o) {
               o.clientCertificate = u"me.pem"_qs;
               o.clientKey = u"me.key"_qs;
           });

    // Qt's own options are left for the application object, in every spelling it reads.
    QTest::newRow("Qt options for the window")
        << QStringList {u"-style"_qs,
                        u"fusion"_qs,
                        u"p.json"_qs,
                        u"-reverse"_qs,
                        u"--platform"_qs,
                        u"offscreen"_qs,
                        u"-qwindowgeometry=800x600"_qs,
                        u"-session"_qs,
                        u"1a2b"_qs}
        << with(command(Command::Window, u"p.json"_qs), [](CommandLineOptions &o) {
               o.qtOptions = {u"-style"_qs,     u"fusion"_qs,    u"-reverse"_qs,
                              u"--platform"_qs, u"offscreen"_qs, u"-qwindowgeometry=800x600"_qs,
                              u"-session"_qs,   u"1a2b"_qs};
           });
    QTest::newRow("a Qt option's name after -- is a file")
        << QStringList {u"--"_qs, u"-style"_qs} << command(Command::Window, u"-style"_qs);

    // Help and version, whatever else the line holds.
    QTest::newRow("-h") << QStringList {u"-h"_qs} << command(Command::Help);
    QTest::newRow("--help") << QStringList {u"--help"_qs} << command(Command::Help);
    QTest::newRow("--help wins over a command")
        << QStringList {u"--check"_qs, u"p.json"_qs, u"--export-ps1"_qs, u"p.json"_qs, u"--help"_qs}
        << command(Command::Help);
    QTest::newRow("--help wins over --version")
        << QStringList {u"--version"_qs, u"--help"_qs} << command(Command::Help);
    QTest::newRow("--help in French")
        << QStringList {u"--help"_qs, u"--lang=fr"_qs}
        << with(command(Command::Help), [](CommandLineOptions &o) { o.language = u"fr"_qs; });
    QTest::newRow("-v") << QStringList {u"-v"_qs} << command(Command::Version);
    QTest::newRow("--version") << QStringList {u"--version"_qs} << command(Command::Version);

    // --check-local and the options it takes.
    QTest::newRow("--check-local")
        << QStringList {u"--check-local"_qs,
                        u"--local-domain"_qs,
                        u"lync.test"_qs,
                        u"--host"_qs,
                        u"edge.lync.test"_qs,
                        u"--dns-server"_qs,
                        u"192.0.2.53"_qs,
                        u"--ca-file"_qs,
                        u"ca.pem"_qs,
                        u"--timeout"_qs,
                        u"5"_qs,
                        u"--json"_qs}
        << with(command(Command::CheckLocal), [](CommandLineOptions &o) {
               o.localDomain = u"lync.test"_qs;
               o.host = u"edge.lync.test"_qs;
               o.dnsServer = NameserverAddress(QHostAddress(u"192.0.2.53"_qs));
               o.caFile = u"ca.pem"_qs;
               o.timeoutSeconds = 5;
               o.json = true;
           });

    // --check and each of its options.
    QTest::newRow("--check") << checkLine << check;
    QTest::newRow("--check=FILE") << QStringList {u"--check=p.json"_qs} << check;
    QTest::newRow("--domain, repeated")
        << checkLine
            + QStringList {u"--domain"_qs, u"fabrikam.com"_qs, u"--domain=xn--bcher-kva.example"_qs}
        << with(check, [](CommandLineOptions &o) {
               o.domains = {u"fabrikam.com"_qs, u"xn--bcher-kva.example"_qs};
           });
    QTest::newRow("--local-domain")
        << checkLine + QStringList {u"--local-domain"_qs, u"lync.test"_qs}
        << with(check, [](CommandLineOptions &o) { o.localDomain = u"lync.test"_qs; });
    QTest::newRow("--host name") << checkLine + QStringList {u"--host"_qs, u"localhost"_qs}
                                 << with(check,
                                         [](CommandLineOptions &o) { o.host = u"localhost"_qs; });
    QTest::newRow("--host with port")
        << checkLine + QStringList {u"--host=127.0.0.1:15269"_qs}
        << with(check, [](CommandLineOptions &o) { o.host = u"127.0.0.1:15269"_qs; });
    QTest::newRow("--host IPv6") << checkLine + QStringList {u"--host"_qs, u"[::1]:5269"_qs}
                                 << with(check,
                                         [](CommandLineOptions &o) { o.host = u"[::1]:5269"_qs; });
    QTest::newRow("--dns-server IPv4")
        << checkLine + QStringList {u"--dns-server"_qs, u"127.0.0.1"_qs}
        << with(check, [](CommandLineOptions &o) {
               o.dnsServer = NameserverAddress(QHostAddress(u"127.0.0.1"_qs));
           });
    QTest::newRow("--dns-server IPv6")
        << checkLine + QStringList {u"--dns-server"_qs, u"::1"_qs}
        << with(check, [](CommandLineOptions &o) {
               o.dnsServer = NameserverAddress(QHostAddress(u"::1"_qs));
           });
    QTest::newRow("--dns-server IPv4 and port")
        << checkLine + QStringList {u"--dns-server"_qs, u"127.0.0.1:5353"_qs}
        << with(check, [](CommandLineOptions &o) {
               o.dnsServer = NameserverAddress(QHostAddress(u"127.0.0.1"_qs), 5353);
           });
    QTest::newRow("--dns-server bracketed IPv6 and port") << checkLine
            + QStringList {u"--dns-server=[::1]:5300"_qs} << with(check, [](CommandLineOptions &o) {
        o.dnsServer = NameserverAddress(QHostAddress(u"::1"_qs), 5300);
    });
    // The root's key from dns-root-data: a file that is there and readable.
    QTest::newRow("--trust-anchor and --validate-from-root") << checkLine
            + QStringList {u"--trust-anchor"_qs, u"/usr/share/dns/root.key"_qs,
                           u"--validate-from-root"_qs} << with(check, [](CommandLineOptions &o) {
        o.trustAnchorFile = u"/usr/share/dns/root.key"_qs;
        o.validateFromRoot = true;
    });
    QTest::newRow("--trust-anchor empty clears the saved one")
        << checkLine + QStringList {u"--trust-anchor="_qs}
        << with(check, [](CommandLineOptions &o) { o.trustAnchorFile = QString(); });
    QTest::newRow("--ca-file") << checkLine + QStringList {u"--ca-file"_qs, u"ca.pem"_qs}
                               << with(check,
                                       [](CommandLineOptions &o) { o.caFile = u"ca.pem"_qs; });
    QTest::newRow("--ca-file empty clears the saved one")
        << checkLine + QStringList {u"--ca-file="_qs}
        << with(check, [](CommandLineOptions &o) { o.caFile = QString(); });
    QTest::newRow("--client-cert and --client-key") << checkLine
            + QStringList {u"--client-cert"_qs, u"me.pem"_qs, u"--client-key"_qs, u"me.key"_qs}
                                                    << with(check, [](CommandLineOptions &o) {
                                                           o.clientCertificate = u"me.pem"_qs;
                                                           o.clientKey = u"me.key"_qs;
                                                       });
    QTest::newRow("--client-cert PKCS#12 alone")
        << checkLine + QStringList {u"--client-cert"_qs, u"me.p12"_qs}
        << with(check, [](CommandLineOptions &o) {
               o.clientCertificate = u"me.p12"_qs;
               o.clientKey = QString();
           });
    QTest::newRow("--timeout") << checkLine + QStringList {u"--timeout"_qs, u"5"_qs}
                               << with(check, [](CommandLineOptions &o) { o.timeoutSeconds = 5; });
    QTest::newRow("--timeout limits")
        << checkLine + QStringList {u"--timeout=1"_qs, u"--timeout=600"_qs}
        << with(check, [](CommandLineOptions &o) { o.timeoutSeconds = 600; }); // the last wins
    QTest::newRow("--parallel") << checkLine + QStringList {u"--parallel"_qs, u"256"_qs}
                                << with(check,
                                        [](CommandLineOptions &o) { o.parallelTests = 256; });
    QTest::newRow("--parallel 1") << checkLine + QStringList {u"--parallel=1"_qs}
                                  << with(check,
                                          [](CommandLineOptions &o) { o.parallelTests = 1; });
    QTest::newRow("--json") << checkLine + QStringList {u"--json"_qs}
                            << with(check, [](CommandLineOptions &o) { o.json = true; });
    using Format = CommandLineOptions::Format;
    QTest::newRow("--format nagios")
        << checkLine + QStringList {u"--format"_qs, u"nagios"_qs}
        << with(check, [](CommandLineOptions &o) { o.format = Format::Nagios; });
    QTest::newRow("--format=prometheus --output")
        << checkLine + QStringList {u"--format=prometheus"_qs, u"--output"_qs, u"x.prom"_qs}
        << with(check, [](CommandLineOptions &o) {
               o.format = Format::Prometheus;
               o.outputFile = u"x.prom"_qs;
           });
    QTest::newRow("--format text") << checkLine + QStringList {u"--format"_qs, u"text"_qs} << check;
    QTest::newRow("--format json --json")
        << checkLine + QStringList {u"--format"_qs, u"json"_qs, u"--json"_qs}
        << with(check, [](CommandLineOptions &o) {
               o.format = Format::Json;
               o.json = true;
           });
    QTest::newRow("--fix-script") << checkLine + QStringList {u"--fix-script"_qs, u"fix.ps1"_qs}
                                  << with(check, [](CommandLineOptions &o) {
                                         o.fixScript = u"fix.ps1"_qs;
                                     });
    QTest::newRow("--tls-profile")
        << checkLine + QStringList {u"--tls-profile"_qs}
        << with(check, [](CommandLineOptions &o) { o.tlsProfile = true; });
    QTest::newRow("--full-dialback")
        << checkLine + QStringList {u"--full-dialback"_qs}
        << with(check, [](CommandLineOptions &o) { o.fullDialback = true; });
    QTest::newRow("--dialback-listen")
        << checkLine + QStringList {u"--dialback-listen"_qs, u"192.0.2.10:5270"_qs}
        << with(check, [](CommandLineOptions &o) {
               o.fullDialback = true;
               o.dialbackListenAddress = QHostAddress(u"192.0.2.10"_qs);
               o.dialbackListenPort = 5270;
           });
    QTest::newRow("--dialback-listen IPv6")
        << checkLine + QStringList {u"--dialback-listen=[::1]:5269"_qs}
        << with(check, [](CommandLineOptions &o) {
               o.fullDialback = true;
               o.dialbackListenAddress = QHostAddress(u"::1"_qs);
               o.dialbackListenPort = 5269;
           });
    QTest::newRow("--dialback-listen any")
        << checkLine + QStringList {u"--dialback-listen=*:5269"_qs}
        << with(check, [](CommandLineOptions &o) {
               o.fullDialback = true;
               o.dialbackListenAddress = QHostAddress(QHostAddress::Any);
               o.dialbackListenPort = 5269;
           });
    QTest::newRow("--lang") << checkLine + QStringList {u"--lang"_qs, u"en"_qs}
                            << with(check, [](CommandLineOptions &o) { o.language = u"en"_qs; });
    QTest::newRow("options before --check")
        << QStringList {u"--json"_qs, u"--local-domain=lync.test"_qs, u"--check"_qs, u"p.json"_qs}
        << with(check, [](CommandLineOptions &o) {
               o.json = true;
               o.localDomain = u"lync.test"_qs;
           });

    // The export and the imports.
    QTest::newRow("--export-ps1") << QStringList {u"--export-ps1"_qs, u"p.json"_qs, u"p.ps1"_qs}
                                  << command(Command::ExportPs1, u"p.json"_qs, u"p.ps1"_qs);
    QTest::newRow("--export-ps1 to standard output, --set-existing")
        << QStringList {u"--export-ps1"_qs, u"p.json"_qs, u"-"_qs, u"--set-existing"_qs,
                        u"--lang=fr"_qs}
        << with(command(Command::ExportPs1, u"p.json"_qs, u"-"_qs), [](CommandLineOptions &o) {
               o.setExisting = true;
               o.language = u"fr"_qs;
           });
    QTest::newRow("--import-csv") << QStringList {u"--import-csv"_qs, u"p.json"_qs, u"p.csv"_qs}
                                  << command(Command::ImportCsv, u"p.json"_qs, u"p.csv"_qs);
    QTest::newRow("--import --dry-run")
        << QStringList {u"--import"_qs, u"p.json"_qs, u"p.ps1"_qs, u"--dry-run"_qs}
        << with(command(Command::Import, u"p.json"_qs, u"p.ps1"_qs),
                [](CommandLineOptions &o) { o.dryRun = true; });
    QTest::newRow("--import-csv --dry-run, IN first")
        << QStringList {u"p.csv"_qs, u"--dry-run"_qs, u"--import-csv"_qs, u"p.json"_qs}
        << with(command(Command::ImportCsv, u"p.json"_qs, u"p.csv"_qs),
                [](CommandLineOptions &o) { o.dryRun = true; });
}

void tst_CommandLine::readsEveryCommandAndOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLineOptions, expected);
    const CommandLine::Result result = CommandLine::parse(commandLine(arguments));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.options, expected);
}

void tst_CommandLine::refusesWithAMessageNamingTheMistake_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // the whole message
    const QStringList check {u"--check"_qs, u"p.json"_qs};

    // Unknown options and missing values.
    QTest::newRow("unknown option") << QStringList {u"--bogus"_qs} << u"Unknown option 'bogus'."_qs;
    QTest::newRow("unknown option with --check")
        << check + QStringList {u"--no-such-option"_qs} << u"Unknown option 'no-such-option'."_qs;
    QTest::newRow("unknown short options") << QStringList {u"-x"_qs} << u"Unknown option 'x'."_qs;
    QTest::newRow("--check without its value")
        << QStringList {u"--check"_qs} << u"Missing value after '--check'."_qs;
    QTest::newRow("--timeout without its value")
        << check + QStringList {u"--timeout"_qs} << u"Missing value after '--timeout'."_qs;
    QTest::newRow("a flag given a value")
        << check + QStringList {u"--json=yes"_qs} << u"Unexpected value after '--json'."_qs;
    QTest::newRow("an option where a value is due")
        << QStringList {u"--check"_qs, u"--local-domain"_qs, u"lync.test"_qs}
        << u"--check needs a value, not the option --local-domain."_qs;
    QTest::newRow("--lang=... where a value is due")
        << QStringList {u"--local-domain"_qs, u"--lang=fr"_qs}
        << u"--local-domain needs a value, not the option --lang."_qs;

    // Arguments no command takes.
    QTest::newRow("second file for the window")
        << QStringList {u"a.json"_qs, u"b.json"_qs} << u"unexpected argument “b.json”."_qs;
    QTest::newRow("argument after --check FILE")
        << check + QStringList {u"extra"_qs} << u"unexpected argument “extra”."_qs;
    QTest::newRow("third file for --export-ps1")
        << QStringList {u"--export-ps1"_qs, u"p.json"_qs, u"p.ps1"_qs, u"more.ps1"_qs}
        << u"unexpected argument “more.ps1”."_qs;
    QTest::newRow("--export-ps1 without OUT")
        << QStringList {u"--export-ps1"_qs, u"p.json"_qs}
        << u"--export-ps1 needs a partner file and the script to write: --export-ps1 FILE OUT."_qs;
    QTest::newRow("--export-ps1 with an empty OUT")
        << QStringList {u"--export-ps1"_qs, u"p.json"_qs, QString()}
        << u"--export-ps1 needs a partner file and the script to write: --export-ps1 FILE OUT."_qs;
    QTest::newRow("--import-csv without IN")
        << QStringList {u"--import-csv"_qs, u"p.json"_qs}
        << u"--import-csv needs a partner file and the CSV file to import: --import-csv FILE IN."_qs;
    QTest::newRow("--import without IN")
        << QStringList {u"--import"_qs, u"p.json"_qs}
        << u"--import needs a partner file and the file to import: --import FILE IN."_qs;
    QTest::newRow("--check with an empty file name")
        << QStringList {u"--check="_qs} << u"--check needs a partner file."_qs;

    // Two commands, or an option of another command.
    QTest::newRow("--check and --export-ps1")
        << check + QStringList {u"--export-ps1"_qs, u"p.json"_qs, u"p.ps1"_qs}
        << u"Give either --check or --export-ps1, not both."_qs;
    QTest::newRow("--import and --import-csv")
        << QStringList {u"--import"_qs, u"p.json"_qs, u"--import-csv"_qs, u"p.json"_qs,
                        u"in.csv"_qs}
        << u"Give either --import or --import-csv, not both."_qs;
    QTest::newRow("--export-ps1 and --import-csv")
        << QStringList {u"--export-ps1"_qs, u"p.json"_qs, u"--import-csv"_qs, u"p.json"_qs, u"x"_qs}
        << u"Give either --export-ps1 or --import-csv, not both."_qs;
    QTest::newRow("--json with --export-ps1")
        << QStringList {u"--export-ps1"_qs, u"p.json"_qs, u"p.ps1"_qs, u"--json"_qs}
        << u"--json does not go with --export-ps1."_qs;
    QTest::newRow("--tls-profile with the window")
        << QStringList {u"--tls-profile"_qs} << u"--tls-profile goes only with --check."_qs;
    QTest::newRow("--fix-script without --check") << QStringList {u"--fix-script"_qs, u"fix.ps1"_qs}
                                                  << u"--fix-script goes only with --check."_qs;
    QTest::newRow("--full-dialback with the window")
        << QStringList {u"--full-dialback"_qs} << u"--full-dialback goes only with --check."_qs;
    for (const QString &value : {u"dialback.test:5269"_qs, u"192.0.2.10"_qs, u"192.0.2.10:0"_qs,
                                 u"192.0.2.10:65536"_qs, u"::1:5269"_qs, u":5269"_qs}) {
        QTest::addRow("--dialback-listen %s", qPrintable(value))
            << check + QStringList {u"--dialback-listen"_qs, value}
            << u"--dialback-listen: “%1” is not ADDRESS:PORT with an IP address (or *) and a port "
               "from 1 to 65535."_qs.arg(value);
    }
    QTest::newRow("--tls-profile=yes") << check + QStringList {u"--tls-profile=yes"_qs}
                                       << u"Unexpected value after '--tls-profile'."_qs;
    QTest::newRow("--dry-run with --check")
        << check + QStringList {u"--dry-run"_qs} << u"--dry-run does not go with --check."_qs;
    QTest::newRow("--local-domain with --import")
        << QStringList {u"--import"_qs, u"p.json"_qs, u"in.csv"_qs, u"--local-domain=a.test"_qs}
        << u"--local-domain does not go with --import."_qs;
    QTest::newRow("--parallel with --check-local")
        << QStringList {u"--check-local"_qs, u"--parallel"_qs, u"2"_qs}
        << u"--parallel does not go with --check-local."_qs;
    QTest::newRow("--host with the window")
        << QStringList {u"--host"_qs, u"edge.test"_qs}
        << u"--host goes only with --check or --check-local."_qs;
    QTest::newRow("--check-local with a file")
        << QStringList {u"--check-local"_qs, u"p.json"_qs} << u"unexpected argument “p.json”."_qs;
    QTest::newRow("--check-local=yes")
        << QStringList {u"--check-local=yes"_qs} << u"Unexpected value after '--check-local'."_qs;
    QTest::newRow("--domain with the window") << QStringList {u"--domain"_qs, u"fabrikam.com"_qs}
                                              << u"--domain goes only with --check."_qs;
    QTest::newRow("--set-existing with the window")
        << QStringList {u"--set-existing"_qs} << u"--set-existing goes only with --export-ps1."_qs;
    QTest::newRow("--dry-run with the window")
        << QStringList {u"--dry-run"_qs, u"p.json"_qs}
        << u"--dry-run goes only with --import-csv or --import."_qs;

    // Values that break the rule the rest of the program applies to them.
    QTest::newRow("bad local domain")
        << QStringList {u"--local-domain"_qs, u"bad..domain"_qs}
        << u"--local-domain: “bad..domain” has an empty label: two dots in a row, or a dot at "
           "the start."_qs;
    QTest::newRow("local domain with a single label")
        << check + QStringList {u"--local-domain"_qs, u"lync"_qs}
        << u"--local-domain: “lync” has a single label. Enter the full domain, for example "
           "fabrikam.com."_qs;
    QTest::newRow("empty local domain") << check + QStringList {u"--local-domain="_qs}
                                        << u"--local-domain: The domain is empty."_qs;
    QTest::newRow("bad domain")
        << check
            + QStringList {u"--domain"_qs, u"fabrikam.com"_qs, u"--domain"_qs, u"*.fabrikam.com"_qs}
        << u"--domain: “*.fabrikam.com” contains a wildcard. List each domain explicitly."_qs;
    QTest::newRow("bad host port")
        << check + QStringList {u"--host"_qs, u"xmpp.fabrikam.com:70000"_qs}
        << u"--host: “70000” is not a port number between 1 and 65535."_qs;
    QTest::newRow("bad host name")
        << check + QStringList {u"--host"_qs, u"xmpp_server"_qs}
        << u"--host: “xmpp_server” contains the character “_”. A domain label may only contain "
           "letters, digits and hyphens."_qs;
    QTest::newRow("empty host") << check + QStringList {u"--host="_qs}
                                << u"--host: The server address is empty."_qs;
    QTest::newRow("DNS server not an address")
        << check + QStringList {u"--dns-server"_qs, u"dns.example"_qs}
        << u"--dns-server: “dns.example” is not an IP address: write an IPv4 or IPv6 address, "
           "optionally with a port (192.0.2.53:5353, [2001:db8::53]:5353)."_qs;
    QTest::newRow("DNS server port out of range")
        << check + QStringList {u"--dns-server"_qs, u"127.0.0.1:70000"_qs}
        << u"--dns-server: The port “70000” is not a number from 1 to 65535."_qs;
    QTest::newRow("trust anchor file missing")
        << check + QStringList {u"--trust-anchor"_qs, u"/nonexistent/anchor.ds"_qs}
        << u"--trust-anchor: the file “/nonexistent/anchor.ds” does not exist or cannot be read."_qs;
    QTest::newRow("PEM certificate without its key")
        << check + QStringList {u"--client-cert"_qs, u"me.pem"_qs}
        << u"a PEM --client-cert needs its --client-key."_qs;
    QTest::newRow("key without certificate")
        << check + QStringList {u"--client-key"_qs, u"me.key"_qs}
        << u"--client-key needs --client-cert."_qs;
    for (const QString &value : {u"0"_qs, u"601"_qs, u"2.5"_qs, u"ten"_qs, u"-1"_qs}) {
        QTest::addRow("--timeout %s", qPrintable(value))
            << check + QStringList {u"--timeout="_qs + value}
            << u"--timeout takes a whole number of seconds from 1 to 600, not “%1”."_qs.arg(value);
    }
    for (const QString &value : {u"0"_qs, u"257"_qs, u"many"_qs}) {
        QTest::addRow("--parallel %s", qPrintable(value))
            << check + QStringList {u"--parallel="_qs + value}
            << u"--parallel takes a whole number from 1 to 256, not “%1”."_qs.arg(value);
    }
    QTest::newRow("unknown format")
        << check + QStringList {u"--format"_qs, u"xml"_qs}
        << u"--format takes text, json, nagios or prometheus, not “xml”."_qs;
    QTest::newRow("--json with --format nagios")
        << check + QStringList {u"--json"_qs, u"--format=nagios"_qs}
        << u"Give either --json or --format nagios, not both."_qs;
    QTest::newRow("empty --output")
        << check + QStringList {u"--output="_qs} << u"--output needs a file name."_qs;
    QTest::newRow("--format with the window")
        << QStringList {u"--format"_qs, u"nagios"_qs} << u"--format goes only with --check."_qs;
    QTest::newRow("--output with --check-local")
        << QStringList {u"--check-local"_qs, u"--output"_qs, u"x.txt"_qs}
        << u"--output does not go with --check-local."_qs;
    QTest::newRow("unknown language")
        << check + QStringList {u"--lang"_qs, u"de"_qs} << u"unknown language “de”; use en, fr."_qs;
    QTest::newRow("unknown language before --help")
        << QStringList {u"--help"_qs, u"--lang=xx"_qs} << u"unknown language “xx”; use en, fr."_qs;
}

void tst_CommandLine::refusesWithAMessageNamingTheMistake()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandLine::Result result = CommandLine::parse(commandLine(arguments));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error, message);
}

void tst_CommandLine::languageIsReadFromALineWithAnError()
{
    // The message about the rest of the line is told in that language.
    CommandLine::Result result
        = CommandLine::parse(commandLine({u"--bogus"_qs, u"--lang"_qs, u"fr"_qs}));
    QVERIFY(!result.isOk());
    QCOMPARE(result.options.language, u"fr"_qs);
    result = CommandLine::parse(commandLine({u"--local-domain=bad..domain"_qs, u"--lang=fr"_qs}));
    QVERIFY(!result.isOk());
    QCOMPARE(result.options.language, u"fr"_qs);
}

void tst_CommandLine::nagiosFormatIsReadFromALineWithAnError()
{
    // A monitoring system told of a wrong line as the plugin's UNKNOWN.
    using Format = CommandLineOptions::Format;
    CommandLine::Result result = CommandLine::parse(
        commandLine({u"--check"_qs, u"p.json"_qs, u"--bogus"_qs, u"--format=nagios"_qs}));
    QVERIFY(!result.isOk());
    QCOMPARE(result.options.format, Format::Nagios);
    result = CommandLine::parse(commandLine(
        {u"--format"_qs, u"nagios"_qs, u"--check"_qs, u"p.json"_qs, u"--timeout=0"_qs}));
    QVERIFY(!result.isOk());
    QCOMPARE(result.options.format, Format::Nagios);
    result = CommandLine::parse(commandLine({u"--check"_qs, u"p.json"_qs, u"--bogus"_qs}));
    QCOMPARE(result.options.format, Format::Text);
    result = CommandLine::parse(commandLine({u"--check"_qs, u"p.json"_qs, u"--format=xml"_qs}));
    QVERIFY(!result.isOk());
    QCOMPARE(result.options.format, Format::Text);
}

void tst_CommandLine::helpListsEveryOption()
{
    const QString help = CommandLine::helpText();
    QVERIFY2(help.contains(u"Test the connection to XMPP federated partners."_qs),
             qPrintable(help));
    for (const QString &option : {u"--check <FILE>"_qs,
                                  u"--domain <DOMAIN>"_qs,
                                  u"--local-domain <DOMAIN>"_qs,
                                  u"--host <HOST[:PORT]>"_qs,
                                  u"--dns-server <IP[:PORT]>"_qs,
                                  u"--trust-anchor <FILE>"_qs,
                                  u"--validate-from-root"_qs,
                                  u"--ca-file <FILE>"_qs,
                                  u"--client-cert <FILE>"_qs,
                                  u"--client-key <FILE>"_qs,
                                  u"--timeout <SECONDS>"_qs,
                                  u"--parallel <N>"_qs,
                                  u"--tls-profile"_qs,
                                  u"--full-dialback"_qs,
                                  u"--dialback-listen <ADDRESS:PORT>"_qs,
                                  u"--json"_qs,
                                  u"--format <FORMAT>"_qs,
                                  u"--output <FILE>"_qs,
                                  u"--lang <LANGUAGE>"_qs,
                                  u"-h, --help"_qs,
                                  u"-v, --version"_qs,
                                  u"--export-ps1 <FILE>"_qs,
                                  u"--set-existing"_qs,
                                  u"--import-csv <FILE>"_qs,
                                  u"--import <FILE>"_qs,
                                  u"--dry-run"_qs,
                                  u"[file]"_qs,
                                  u"Interface language: en, fr."_qs}) {
        QVERIFY2(help.contains(option), qPrintable(option));
    }
}

QTEST_APPLESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
