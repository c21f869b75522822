#pragma once

#include "probe/probesettings.h"

// Connection-test settings kept with QSettings between sessions. The client key's
// passphrase is never written: it stays in memory for the session.
class ProbeSettingsStore final
{
public:
    static ProbeSettings load();
    static void save(const ProbeSettings &settings);
};
