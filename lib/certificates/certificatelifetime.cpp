#include "certificates/certificatelifetime.h"

qint64 CertificateLifetime::daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    return now.toUTC().daysTo(notAfter.toUTC());
}

CertificateLifetime::State CertificateLifetime::stateOf(const QDateTime &notAfter,
                                                        const QDateTime &now)
{
    if (notAfter < now)
        return State::Expired;
    return daysLeft(notAfter, now) <= WarningDays ? State::ExpiringSoon : State::Valid;
}
