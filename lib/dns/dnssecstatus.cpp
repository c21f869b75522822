#include "dns/dnssecstatus.h"

LocalizedText DnssecStatusText::name(DnssecStatus status)
{
    switch (status) {
    case DnssecStatus::Secure:
        return trLater("secure", "DNSSEC status");
    case DnssecStatus::Insecure:
        return trLater("insecure", "DNSSEC status: the zone is not signed");
    case DnssecStatus::Bogus:
        return trLater("bogus", "DNSSEC status: validation failed");
    case DnssecStatus::Unvalidated:
        return trLater("not validated", "DNSSEC status: the DNS server passes no DNSSEC records");
    case DnssecStatus::Unknown:
        break;
    }
    return LocalizedText::verbatim(QStringLiteral("—"));
}

QString DnssecStatusText::key(DnssecStatus status)
{
    switch (status) {
    case DnssecStatus::Secure:
        return QStringLiteral("secure");
    case DnssecStatus::Insecure:
        return QStringLiteral("insecure");
    case DnssecStatus::Bogus:
        return QStringLiteral("bogus");
    case DnssecStatus::Unvalidated:
        return QStringLiteral("unvalidated");
    case DnssecStatus::Unknown:
        break;
    }
    return {};
}

DnssecStatus DnssecStatusText::fromKey(const QString &key)
{
    for (const DnssecStatus status : {DnssecStatus::Secure, DnssecStatus::Insecure,
                                      DnssecStatus::Bogus, DnssecStatus::Unvalidated}) {
        if (DnssecStatusText::key(status) == key)
            return status;
    }
    return DnssecStatus::Unknown;
}
