#pragma once

#include "i18n/localizedtext.h"
#include "report/advice.h"

#include <QCoreApplication>
#include <QString>

class QDomElement;

// The advice for a stream error (RFC 6120 §4.9.3) from the partner's server, one per
// defined condition, with the server's own text when it gave one: host-unknown says that
// the server reached does not serve the partner domain, invalid-from that it refuses the
// local domain, and so on.
class StreamErrorAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(StreamErrorAdvice)
    XP_DECLARE_TR_LATER(StreamErrorAdvice)

public:
    struct Context
    {
        QString server; // "host:port (address)"
        QString domain;
        QString localDomain;
        bool afterTls = false; // the error ended the stream restarted after TLS
        bool clientCertificate = false; // one is configured for SASL EXTERNAL
    };

    // `error` is the <stream:error/> element.
    static Advice forError(const Context &context, const QDomElement &error);
    static Advice forCondition(const Context &context, const QString &condition,
                               const QString &text, const QString &conditionText = {});

private:
    static LocalizedText sentence(const Context &context, const QString &condition,
                                  const QString &conditionText);
    static LocalizedText notAuthorized(const Context &context);
};
