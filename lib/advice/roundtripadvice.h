#pragma once

#include "i18n/localizedtext.h"
#include "report/advice.h"

#include <QCoreApplication>
#include <QString>

// The advice when SASL EXTERNAL succeeded but the round trip after it did not prove that
// stanzas flow: the ping got no answer, or an error.
class RoundTripAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(RoundTripAdvice)
    XP_DECLARE_TR_LATER(RoundTripAdvice)

public:
    struct Context
    {
        QString server; // "host:port (address)"
        QString domain;
        QString localDomain;
    };

    // `unanswered` names the queries without an answer ("XEP-0199 ping, XEP-0092 version").
    static Advice pingUnanswered(const Context &context, const LocalizedText &unanswered,
                                 int timeoutMs);
    static Advice pingError(const Context &context, const QString &condition, const QString &text);
};
