#pragma once

#include "i18n/localizedtext.h"
#include "report/advice.h"

#include <QCoreApplication>
#include <QString>

// The advice when TLS with the partner's server did not come up: STARTTLS refused, a TLS
// alert from the server (by name), or a connection that does not speak TLS.
class TlsAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(TlsAdvice)
    XP_DECLARE_TR_LATER(TlsAdvice)

public:
    struct Context
    {
        QString server; // "host:port (address)"
        QString domain; // the partner domain, the TLS server name (SNI)
        QString localDomain;
        bool directTls = false;
        bool clientCertificate = false; // one was presented for SASL EXTERNAL
    };

    static Advice startTlsRefused(const Context &context);
    // `error` is the TLS library's message for the failed handshake.
    static Advice handshakeFailed(const Context &context, const QString &error);

    // The alert's name in an OpenSSL message ("… sslv3 alert handshake failure" gives
    // "handshake failure"), empty when the message names none.
    static QString alertName(const QString &error);
};
