#pragma once

#include "cli/commandlineoptions.h"
#include "probe/probesettings.h"

#include <QCoreApplication>

// xmpp-partners --check FILE ...: the connection test without a display. Prints one line
// per domain (or the JSON reports, or OpenMetrics with --format prometheus) and exits 0 when
// every domain passes (warnings included), 1 when any fails, 2 on bad usage or an unreadable
// file. With --format nagios it is a monitoring plugin: its status line and exit code (0 OK,
// 1 WARNING, 2 CRITICAL, 3 UNKNOWN, bad usage included; NagiosOutput). --output FILE writes
// the results to FILE atomically instead of standard output.
class ProbeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)

public:
    // `options` as CommandLine checked them; the saved settings fill in the rest.
    static int run(const CommandLineOptions &options);
    // Why a client certificate and key pair cannot be used (a PEM certificate without its
    // key, a key without a certificate), or empty: for the command line's pair as it is
    // read and for the saved pair before a run.
    static QString clientIdentityProblem(const ProbeSettings &settings);
    // What --check and --check-local share: the DNS server, trust anchors, validation from
    // the root, --host, --ca-file and --timeout, over the saved `settings`.
    static void applyConnectionOptions(const CommandLineOptions &options, ProbeSettings &settings);
    // With --format nagios, why the check could not run: the UNKNOWN status line on standard
    // output; returns its exit code, 3.
    static int unknown(const QString &message);
};
