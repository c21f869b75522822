#pragma once

#include "advice/suggestedchange.h"
#include "partners/negotiationpolicy.h"
#include "probe/offeredfeatures.h"
#include "report/advice.h"
#include "report/probereport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Step 7 of the connection test (README.md, "The connection test"): intersects what the partner's
// server offered with what the partner's configured negotiation settings allow, and tells
// the administrator what to change when the two do not meet.
class PolicyCheck final
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCheck)
    XP_DECLARE_TR_LATER(PolicyCheck)

public:
    // The report's verdict: one type, no conversion between the two.
    using ConnectionVerdict = ProbeReport::ConnectionVerdict;

    struct Result
    {
        ConnectionVerdict verdict = ConnectionVerdict::Fail;
        // The method Lync would use: the first usable one in its preference order.
        std::optional<NegotiationPolicy::Method> method;
        // Empty when the configuration is refused or the partner did not answer.
        NegotiationPolicy::Methods usable;
        // One sentence for Warning and Fail, translated when shown; empty for Pass.
        LocalizedText advice;
        QString reason; // the advice's stable code
        // The change of this partner's settings that the advice names, as data; empty when
        // the advice asks for none (or only for the partner's administrator to act).
        SuggestedChange suggestion;
    };

    // The reason code of a configuration the Control Panel refuses.
    static inline const QString SettingsRefused = QStringLiteral("settings-refused");

    static Result evaluate(const NegotiationPolicy &policy, const OfferedFeatures &offered);
    static QString verdictName(ConnectionVerdict verdict);

private:
    // An advice and the change of settings it names, made together.
    struct Said
    {
        // Not explicit: an Advice alone is a Said.
        Said(Advice said, SuggestedChange change = {})
            : advice(std::move(said))
            , suggestion(std::move(change))
        { }
        Advice advice;
        SuggestedChange suggestion;
    };

    // The plain intersection, ignoring whether the configuration itself is refused.
    static NegotiationPolicy::Methods usableMethods(const NegotiationPolicy &policy,
                                                    const OfferedFeatures &offered);
    static Said failureAdvice(const NegotiationPolicy &policy, const OfferedFeatures &offered);
    static Advice tlsFailureAdvice(const OfferedFeatures &offered);
    static Said tcpOnlyAdvice(const NegotiationPolicy &policy, const OfferedFeatures &offered);
    static Said externalMissingAdvice(const NegotiationPolicy &policy,
                                      const OfferedFeatures &offered);
};
