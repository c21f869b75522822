#pragma once

#include "dns/dnssettings.h"
#include "i18n/localizedtext.h"

// Who answers a connection test's DNS questions, for the report and the advice: "the DNS
// server 192.0.2.53:5353", "the system's resolver, 10.0.0.53", "the root servers
// (validation from the root)".
class DnsServerText final
{
public:
    XP_DECLARE_TR_LATER(DnsServerText)

    static LocalizedText of(const DnsSettings &settings);
};
