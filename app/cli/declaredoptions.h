#pragma once

#include "cli/commandlineoptions.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/localcheckcommand.h"
#include "cli/probecommand.h"
#include "i18n/languagepreference.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <utility>

// Every option, declared once for reading the command line and for --help, in the order
// --help lists them. The texts keep the translation contexts of the commands they describe
// (translations/xmpp-partners_fr.ts holds them there).
struct DeclaredOptions
{
    using Command = CommandLineOptions::Command;

    DeclaredOptions() = default;
    // `commands` points into the object itself.
    DeclaredOptions(const DeclaredOptions &) = delete;
    DeclaredOptions &operator=(const DeclaredOptions &) = delete;

    QCommandLineOption check {u"check"_qs, ProbeCommand::tr("Test the partners of FILE."),
                              ProbeCommand::tr("FILE")};
    QCommandLineOption checkLocal {
        u"check-local"_qs,
        LocalCheckCommand::tr("Check my deployment: test the local domain (--local-domain) as "
                              "partners see it: its SRV record, port 5269, STARTTLS, the "
                              "certificate and dialback.")};
    QCommandLineOption domain {u"domain"_qs,
                               ProbeCommand::tr("Test only this domain (repeatable)."),
                               ProbeCommand::tr("DOMAIN")};
    QCommandLineOption localDomain {u"local-domain"_qs,
                                    ProbeCommand::tr("The local XMPP domain the test speaks for."),
                                    ProbeCommand::tr("DOMAIN")};
    QCommandLineOption host {u"host"_qs,
                             ProbeCommand::tr("Connect to this server instead of looking it up."),
                             ProbeCommand::tr("HOST[:PORT]")};
    QCommandLineOption dnsServer {
        u"dns-server"_qs,
        ProbeCommand::tr("Ask this DNS server (“system”: the system's resolver); its "
                         "answers are still validated here (DNSSEC)."),
        ProbeCommand::tr("IP[:PORT]")};
    QCommandLineOption trustAnchor {
        u"trust-anchor"_qs,
        ProbeCommand::tr("Also trust these DNSSEC keys (DS or DNSKEY records in zone-file form), "
                         "beside the root's: for internal signed zones."),
        ProbeCommand::tr("FILE")};
    QCommandLineOption validateFromRoot {
        u"validate-from-root"_qs,
        ProbeCommand::tr("Ask the root servers and validate from the root, for when the DNS "
                         "server strips DNSSEC records.")};
    QCommandLineOption caFile {u"ca-file"_qs,
                               ProbeCommand::tr("Also trust the CAs of this PEM file."),
                               ProbeCommand::tr("FILE")};
    QCommandLineOption clientCert {u"client-cert"_qs,
                                   ProbeCommand::tr("Client certificate (PEM) for SASL EXTERNAL."),
                                   ProbeCommand::tr("FILE")};
    QCommandLineOption clientKey {u"client-key"_qs,
                                  ProbeCommand::tr("Private key of the client certificate."),
                                  ProbeCommand::tr("FILE")};
    QCommandLineOption timeout {u"timeout"_qs,
                                ProbeCommand::tr("Seconds each step may take (default 10)."),
                                ProbeCommand::tr("SECONDS")};
    QCommandLineOption parallel {
        u"parallel"_qs, ProbeCommand::tr("Tests run at once (default 16)."), ProbeCommand::tr("N")};
    QCommandLineOption tlsProfile {
        u"tls-profile"_qs,
        ProbeCommand::tr("Also draw each server's TLS profile and grade (four more connections "
                         "per domain).")};
    QCommandLineOption fullDialback {
        u"full-dialback"_qs,
        ProbeCommand::tr("Also try full server dialback (XEP-0220), answering as the "
                         "authoritative server of the local domain on a listener: the partners "
                         "must reach this computer at the local domain's _xmpp-server SRV target "
                         "and port.")};
    QCommandLineOption dialbackListen {
        u"dialback-listen"_qs,
        ProbeCommand::tr("Where the dialback listener listens (default *:5269); implies "
                         "--full-dialback."),
        ProbeCommand::tr("ADDRESS:PORT")};
    QCommandLineOption json {u"json"_qs, ProbeCommand::tr("Print the full reports as JSON.")};
    QCommandLineOption format {
        u"format"_qs,
        ProbeCommand::tr("With --check: text (the default: one line per domain), json (as "
                         "--json), nagios (a monitoring plugin's status line, performance data "
                         "and exit code) or prometheus (OpenMetrics for node_exporter's textfile "
                         "collector)."),
        ProbeCommand::tr("FORMAT")};
    QCommandLineOption output {
        u"output"_qs,
        ProbeCommand::tr("With --check: write the results to FILE instead of standard output, "
                         "replacing it in one step (a temporary file beside it, then renamed)."),
        ProbeCommand::tr("FILE")};
    QCommandLineOption fixScript {
        u"fix-script"_qs,
        ProbeCommand::tr("Write to FILE the Set-CsXmppAllowedPartner commands that make the "
                         "settings the tests suggest, one per partner (a script that changes "
                         "nothing when no test suggests a change)."),
        ProbeCommand::tr("FILE")};
    QCommandLineOption language {
        u"lang"_qs,
        ProbeCommand::tr("Interface language: %1.")
            .arg(LanguagePreference::available().join(QStringLiteral(", "))),
        ProbeCommand::tr("LANGUAGE")};
    // Not addHelpOption() and addVersionOption(): their descriptions would not be ours,
    // translated with the rest.
    QCommandLineOption help {{u"h"_qs, u"help"_qs}, ProbeCommand::tr("Show this help.")};
    QCommandLineOption version {{u"v"_qs, u"version"_qs}, ProbeCommand::tr("Show the version.")};
    QCommandLineOption exportPs1 {
        u"export-ps1"_qs,
        ExportCommand::tr("Write the partners of FILE as a PowerShell script (New-"
                          "CsXmppAllowedPartner) to the file OUT given after it, or to "
                          "standard output for -."),
        ExportCommand::tr("FILE")};
    QCommandLineOption setExisting {
        u"set-existing"_qs,
        ExportCommand::tr("With --export-ps1: update the partners that already exist "
                          "(Set-CsXmppAllowedPartner) and create the others.")};
    QCommandLineOption importCsv {
        u"import-csv"_qs,
        ImportCommand::tr("Import into the partner file FILE the CSV file IN given after it, as "
                          "Get-CsXmppAllowedPartner | Export-Csv writes it."),
        ImportCommand::tr("FILE")};
    QCommandLineOption import {
        u"import"_qs,
        ImportCommand::tr("Import into the partner file FILE the file IN given after it: a CSV "
                          "of Export-Csv, another partner file (.json) or a Management Shell "
                          "script of New-CsXmppAllowedPartner commands (.ps1)."),
        ImportCommand::tr("FILE")};
    QCommandLineOption dryRun {u"dry-run"_qs,
                               ImportCommand::tr("With --import-csv or --import: show what the "
                                                 "import would do, change nothing.")};

    // The options that choose a command other than the window.
    const QList<std::pair<const QCommandLineOption *, Command>> commands {
        {&check, Command::Check},         {&checkLocal, Command::CheckLocal},
        {&exportPs1, Command::ExportPs1}, {&importCsv, Command::ImportCsv},
        {&import, Command::Import},
    };

    // In the order --help lists them.
    QList<QCommandLineOption> all() const;

    void addTo(QCommandLineParser &parser) const;

    QString spellingOf(Command command) const;

    // The commands an option goes with; empty for those that go with any (--lang, the
    // commands themselves).
    QList<Command> commandsTaking(const QString &name) const;
};

// "--name", or "-n" for a one-letter name.
QString optionSpelling(const QString &name);
QString optionSpelling(const QCommandLineOption &option);
