#pragma once

#include "i18n/localizedtext.h"

#include <QString>

// What the connection test tells the administrator at the end: one sentence that says
// what happened and what to change, and a stable code for scripts and monitoring
// ("connection-refused", "stream-error-host-unknown"), the same in every language.
struct Advice
{
    QString reason;
    LocalizedText text;

    bool isNull() const { return reason.isEmpty(); }
};
