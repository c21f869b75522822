#pragma once

#include "cli/commandlineoptions.h"
#include "probe/probesettings.h"

#include <QCoreApplication>

// xmpp-partners --check FILE ...: the connection test without a display. Prints one line
// per domain (or the JSON reports) and exits 0 when every domain passes (warnings
// included), 1 when any fails, 2 on bad usage or an unreadable file.
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
};
