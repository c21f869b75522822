#include "advice/tlsadvice.h"

#include "advice/streamadvice.h"

#include <QRegularExpression>

QString TlsAdvice::alertName(const QString &error)
{
    static const QRegularExpression alert(
        QStringLiteral(R"((?:sslv3|tlsv1[0-9.]*) alert ([a-z ]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = alert.match(error);
    if (match.hasMatch())
        return match.captured(1).trimmed().toLower();
    // OpenSSL names this alert without the word ("tlsv1 unrecognized name").
    if (error.contains(u"unrecognized name"_qs, Qt::CaseInsensitive))
        return QStringLiteral("unrecognized name");
    return {};
}

Advice TlsAdvice::startTlsRefused(const Context &context)
{
    return {u"starttls-refused"_qs,
            trLater("%1 refused STARTTLS (<failure/>) although it offered it: its TLS setup is "
                    "broken, often a missing or unreadable certificate for %2; ask the partner's "
                    "administrator to check the certificate and key of its server.")
                .arg(context.server)
                .arg(context.domain)};
}

Advice TlsAdvice::handshakeFailed(const Context &context, const QString &error)
{
    const QString alert = alertName(error);
    if (alert == u"handshake failure")
        return {u"tls-alert-handshake-failure"_qs,
                trLater("%1 ended the TLS handshake with the alert “handshake failure”: it shares "
                        "no cipher suite with this computer; ask the partner's administrator to "
                        "enable TLS 1.2 or 1.3 with current ECDHE cipher suites.")
                    .arg(context.server)};
    if (alert == u"protocol version")
        return {u"tls-alert-protocol-version"_qs,
                trLater("%1 ended the TLS handshake with the alert “protocol version”: it accepts "
                        "none of the TLS versions this computer offers (1.2 and 1.3); ask the "
                        "partner's administrator to enable TLS 1.2.")
                    .arg(context.server)};
    if (alert == u"unrecognized name")
        return {u"tls-alert-unrecognized-name"_qs,
                trLater("%1 ended the TLS handshake with the alert “unrecognized name”: it has no "
                        "certificate for %2, the name the test asked for; check the partner's "
                        "proxy FQDN or SRV target, or ask the partner's administrator to add %2 "
                        "to its server.")
                    .arg(context.server)
                    .arg(context.domain)};
    if (alert == u"certificate required")
        return {u"tls-alert-certificate-required"_qs,
                trLater("%1 ended the TLS handshake with the alert “certificate required”: it "
                        "accepts only servers that present a client certificate; set a "
                        "certificate for %2 in the connection test settings.")
                    .arg(context.server)
                    .arg(context.localDomain)};
    if (alert == u"unknown ca" || alert == u"bad certificate" || alert == u"certificate unknown"
        || alert == u"unsupported certificate" || alert == u"certificate expired"
        || alert == u"certificate revoked" || alert == u"access denied") {
        return {u"tls-alert-client-certificate"_qs,
                trLater("%1 ended the TLS handshake with the alert “%2”: it refused the client "
                        "certificate presented for %3; use a valid certificate for %3 from a CA "
                        "the partner trusts.")
                    .arg(context.server)
                    .arg(alert)
                    .arg(context.localDomain)};
    }
    if (alert == u"internal error")
        return {u"tls-alert-internal-error"_qs,
                trLater("%1 ended the TLS handshake with the alert “internal error”: its TLS "
                        "library failed, often over an unreadable certificate or key; ask the "
                        "partner's administrator to look at its log.")
                    .arg(context.server)};
    if (!alert.isEmpty())
        return {u"tls-alert"_qs,
                trLater("%1 ended the TLS handshake with the alert “%2”; ask the partner's "
                        "administrator to check its TLS setup.")
                    .arg(context.server)
                    .arg(alert)};
    if (error.contains(u"wrong version number"_qs, Qt::CaseInsensitive)
        || error.contains(u"packet length too long"_qs, Qt::CaseInsensitive)
        || error.contains(u"record layer failure"_qs, Qt::CaseInsensitive)) {
        return context.directTls
            ? Advice {u"not-tls"_qs,
                      trLater("%1 does not answer with TLS, but the SRV record _xmpps-server "
                              "announces direct TLS (XEP-0368) there; ask the partner's "
                              "administrator to correct that record or the port.")
                          .arg(context.server)}
            : Advice {u"not-tls-after-starttls"_qs,
                      trLater("%1 agreed to STARTTLS but then did not speak TLS: the server is "
                              "faulty; ask the partner's administrator to check its TLS setup.")
                          .arg(context.server)};
    }
    if (error.contains(u"unexpected eof"_qs, Qt::CaseInsensitive)
        || error.contains(u"closed"_qs, Qt::CaseInsensitive)) {
        return StreamAdvice::connectionClosed(context.server, StreamAdvice::Wait::Handshake);
    }
    return {u"tls-failed"_qs,
            trLater("The TLS handshake with %1 failed (%2); ask the partner's administrator to "
                    "check its TLS setup.")
                .arg(context.server)
                .arg(error)};
}
