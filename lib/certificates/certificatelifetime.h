#pragma once

#include <QDateTime>

// How close a certificate is to its end, as the partner table and the certificate watch
// show it: days left, and whether that calls for attention. Counted as the connection
// test counts them (ProbeRecorder): calendar days in UTC, a warning from WarningDays on.
class CertificateLifetime final
{
public:
    static constexpr qint64 WarningDays = 30;

    enum class State { Valid, ExpiringSoon, Expired };

    // Days from `now` to `notAfter`: 0 on the last day, negative once it has passed.
    static qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now);
    // Expired as soon as `notAfter` has passed, even on its last day.
    static State stateOf(const QDateTime &notAfter, const QDateTime &now);
};
