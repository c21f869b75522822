#pragma once

#include "dns/nameserveraddress.h"

#include <QString>

// Where and how a connection test asks DNS: the server (or the system's resolver), the
// trust anchors added to the root's, and whether to validate from the root instead.
struct DnsSettings
{
    NameserverAddress nameserver; // isSystem(): the system's resolver (/etc/resolv.conf)
    // DS or DNSKEY records in zone-file format, as unbound reads them, trusted besides
    // the root's key (internal zones, tests)
    QString trustAnchorFile;
    // Resolve from the root servers here instead of asking the DNS server or the system's
    // resolver: for a forwarder that strips DNSSEC records.
    bool validateFromRoot = false;

    bool operator==(const DnsSettings &other) const = default;
};
