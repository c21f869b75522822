#pragma once

#include "i18n/localizedtext.h"
#include "partners/partner.h"

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringList>

// The rules of the negotiation settings (TLS, SASL, dialback): which authentication
// methods a combination allows and whether the Control Panel accepts it.
class NegotiationPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(NegotiationPolicy)
    XP_DECLARE_TR_LATER(NegotiationPolicy)

public:
    enum class Method {
        SaslOverTls = 0x1,
        TlsDialback = 0x2,
        TcpDialback = 0x4,
    };
    Q_DECLARE_FLAGS(Methods, Method)

    enum class SettingsVerdict { Valid, Warning, Error };

    // Which rule decided the verdict; None for a valid combination.
    enum class Rule {
        None,
        SaslRequiresTls,
        NoMethod,
        DialbackUnusedWhenTlsAndSaslRequired,
        SaslWithOptionalTls,
    };

    NegotiationPolicy(Negotiation tls, Negotiation sasl, bool dialback);
    static NegotiationPolicy forPartner(const Partner &partner);

    Negotiation tls() const { return m_tls; }
    Negotiation sasl() const { return m_sasl; }
    bool dialback() const { return m_dialback; }

    Methods allowedMethods() const { return m_methods; }
    SettingsVerdict verdict() const { return m_verdict; }
    Rule rule() const { return m_rule; }
    // The translated message of the rule; empty when the combination is valid.
    QString message() const;
    // The same, translated when shown.
    LocalizedText messageText() const;
    // The row of the documented 18-row matrix (1..18).
    int row() const;

    // Methods in the order Lync prefers them.
    static QList<Method> methodsInPreferenceOrder();
    static QString methodName(Method method);
    // The same, translated when shown (a connection test's report keeps it).
    static LocalizedText methodText(Method method);
    static QStringList methodNames(Methods methods);

private:
    Negotiation m_tls;
    Negotiation m_sasl;
    bool m_dialback;
    Methods m_methods;
    SettingsVerdict m_verdict = SettingsVerdict::Valid;
    Rule m_rule = Rule::None;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(NegotiationPolicy::Methods)
