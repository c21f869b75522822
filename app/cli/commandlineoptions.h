#pragma once

#include "dns/nameserveraddress.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

// What the command line asks for, as CommandLine read and checked it: one command and the
// values it runs with. A value the command line does not give is empty, null or unset, so
// that the saved connection test settings apply.
struct CommandLineOptions
{
    enum class Command {
        Window, // no command option: the window, on `partnerFile` or the last session's file
        Check, // --check FILE
        CheckLocal, // --check-local: the local domain's own deployment
        ExportPs1, // --export-ps1 FILE OUT
        Import, // --import FILE IN
        ImportCsv, // --import-csv FILE IN
        Help, // -h, --help
        Version, // -v, --version
    };

    Command command = Command::Window;
    // The value of --check, --export-ps1, --import or --import-csv; for the window, its
    // optional file argument.
    QString partnerFile;
    // --export-ps1's OUT ("-" for standard output), or the file IN an import reads.
    QString secondFile;
    QString language; // --lang as given
    // Qt's own options (-style fusion, -platform xcb, -reverse, -session ID), left for the
    // application object to read.
    QStringList qtOptions;

    // The connection test: every one for --check; --check-local takes localDomain, host,
    // dnsServer, caFile, timeoutSeconds and json; the window takes localDomain, caFile and
    // the client certificate and key.
    QStringList domains; // --domain, in order; empty: every partner
    QString localDomain; // without a final dot
    QString host; // --host HOST[:PORT]
    std::optional<NameserverAddress> dnsServer; // "system" too overrides the saved server
    std::optional<QString> trustAnchorFile; // --trust-anchor FILE; empty clears the saved one
    bool validateFromRoot = false; // --validate-from-root
    // For --check, given empty, these clear the saved setting (the window keeps it).
    std::optional<QString> caFile;
    std::optional<QString> clientCertificate;
    std::optional<QString> clientKey;
    std::optional<int> timeoutSeconds;
    std::optional<int> parallelTests;
    bool json = false;
    // --format: how --check writes its results (--json stays as it is; --format json is the
    // same output).
    enum class Format { Text, Json, Nagios, Prometheus };
    Format format = Format::Text;
    QString outputFile; // --output FILE; empty: standard output
    QString fixScript; // --fix-script FILE: the suggested changes as a script
    bool tlsProfile = false; // --tls-profile: also each server's TLS profile and grade
    // --full-dialback, or --dialback-listen ADDRESS:PORT (which implies it): full server
    // dialback with the tester's listener; the address and port are set when given.
    bool fullDialback = false;
    QHostAddress dialbackListenAddress;
    std::optional<quint16> dialbackListenPort;

    bool setExisting = false; // --export-ps1
    bool dryRun = false; // --import, --import-csv

    bool operator==(const CommandLineOptions &other) const = default;
};
