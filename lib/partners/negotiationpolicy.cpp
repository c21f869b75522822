#include "partners/negotiationpolicy.h"

NegotiationPolicy::NegotiationPolicy(Negotiation tls, Negotiation sasl, bool dialback)
    : m_tls(tls)
    , m_sasl(sasl)
    , m_dialback(dialback)
{
    const bool tlsPossible = tls != Negotiation::NotSupported;
    const bool saslPossible = sasl != Negotiation::NotSupported;
    const bool bothRequired = tls == Negotiation::Required && sasl == Negotiation::Required;

    if (tlsPossible && saslPossible)
        m_methods |= Method::SaslOverTls;
    if (tlsPossible && dialback && !bothRequired)
        m_methods |= Method::TlsDialback;
    if (tls != Negotiation::Required && dialback)
        m_methods |= Method::TcpDialback;

    // Errors first: the Control Panel refuses to commit these.
    if (saslPossible && !tlsPossible) {
        m_verdict = SettingsVerdict::Error;
        m_rule = Rule::SaslRequiresTls;
    } else if (!m_methods) {
        m_verdict = SettingsVerdict::Error;
        m_rule = Rule::NoMethod;
    } else if (bothRequired && dialback) {
        m_verdict = SettingsVerdict::Warning;
        m_rule = Rule::DialbackUnusedWhenTlsAndSaslRequired;
    } else if (tls == Negotiation::Optional && saslPossible) {
        m_verdict = SettingsVerdict::Warning;
        m_rule = Rule::SaslWithOptionalTls;
    }
}

NegotiationPolicy NegotiationPolicy::forPartner(const Partner &partner)
{
    return NegotiationPolicy(partner.tlsNegotiation, partner.saslNegotiation,
                             partner.supportDialbackNegotiation);
}

QString NegotiationPolicy::message() const
{
    return messageText().toString();
}

LocalizedText NegotiationPolicy::messageText() const
{
    switch (m_rule) {
    case Rule::None:
        return {};
    case Rule::SaslRequiresTls:
        return trLater("SASL requires TLS. To use SASL, TLS must be Required or Optional.");
    case Rule::NoMethod:
        return trLater("SASL or dialback must be enabled.");
    case Rule::DialbackUnusedWhenTlsAndSaslRequired:
        return trLater("Dialback will not be used when both TLS and SASL are required.");
    case Rule::SaslWithOptionalTls:
        return trLater(
            "SASL requires TLS. Leaving TLS optional may make session negotiation fail.");
    }
    Q_UNREACHABLE();
    return {};
}

int NegotiationPolicy::row() const
{
    // The matrix lists SASL in the outer loop, then TLS, then dialback true before false.
    const auto index = [](Negotiation n) {
        return static_cast<int>(n);
    };
    return index(m_sasl) * 6 + index(m_tls) * 2 + (m_dialback ? 0 : 1) + 1;
}

QList<NegotiationPolicy::Method> NegotiationPolicy::methodsInPreferenceOrder()
{
    return {Method::SaslOverTls, Method::TlsDialback, Method::TcpDialback};
}

QString NegotiationPolicy::methodName(Method method)
{
    return methodText(method).toString();
}

LocalizedText NegotiationPolicy::methodText(Method method)
{
    switch (method) {
    case Method::SaslOverTls:
        return trLater("SASL over TLS");
    case Method::TlsDialback:
        return trLater("TLS dialback");
    case Method::TcpDialback:
        return trLater("TCP dialback");
    }
    Q_UNREACHABLE();
    return {};
}

QStringList NegotiationPolicy::methodNames(Methods methods)
{
    QStringList names;
    for (const Method method : methodsInPreferenceOrder()) {
        if (methods.testFlag(method))
            names.append(methodName(method));
    }
    return names;
}
