#pragma once

#include "cli/commandlineoptions.h"

#include <QCoreApplication>

// xmpp-partners --check-local: "Check my deployment" without a display. Runs the connection
// test against the local domain (--local-domain, else the saved one) as a partner would
// (DeploymentCheck), prints the verdict, one line per finding and the advice (or the JSON
// report), and exits as --check does: 0 on a pass (warnings included), 1 on a failure, 2
// on bad usage.
class LocalCheckCommand final
{
    Q_DECLARE_TR_FUNCTIONS(LocalCheckCommand)

public:
    // `options` as CommandLine checked them; the saved settings fill in the rest.
    static int run(const CommandLineOptions &options);
};
