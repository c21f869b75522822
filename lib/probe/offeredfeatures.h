#pragma once

#include "i18n/localizedtext.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// What a partner's server offered during the connection test, as the probe observed it.
// PolicyCheck compares it with the partner's configured negotiation settings.
struct OfferedFeatures
{
    enum class StartTls {
        NotOffered, // no <starttls/> in the first <stream:features/>
        Optional, // <starttls/> without <required/>
        Required, // <starttls><required/></starttls>
    };

    bool streamOpened = false; // the partner answered the stream header with features
    StartTls startTls = StartTls::NotOffered;
    bool dialbackBeforeTls = false; // dialback feature or xmlns:db on the first stream
    bool tlsAttempted = false; // the probe tried STARTTLS (or direct TLS)
    bool tlsNegotiated = false; // the handshake succeeded and the certificate verified
    LocalizedText tlsFailure; // why TLS failed, when it was attempted and failed
    bool dialbackAfterTls = false; // dialback offered on the stream restarted after TLS
    QStringList saslMechanismsAfterTls;
    // XEP-0288 offered after TLS: the server answers on the stream the test opened, which
    // the round trip after SASL EXTERNAL needs.
    bool bidiAfterTls = false;
    // The condition of the <failure/> that answered SASL EXTERNAL, when it was tried and
    // refused: EXTERNAL is then offered but not usable.
    QString externalFailure;
    // Why full server dialback (XEP-0220) failed, when it was tried: "invalid", the condition
    // of a dialback error, or "timeout". Dialback is then offered but not usable.
    QString dialbackFailure;
    bool certificateExpiresSoon = false; // within ProbeRecorder::ExpiryWarningDays
    qint64 certificateDaysLeft = -1; // of the partner's certificate, when TLS came up
    QString certificateName; // its subject, as the report names it ("CN=fabrikam.com")
    QDateTime certificateNotAfter;

    bool externalOffered() const
    {
        return saslMechanismsAfterTls.contains(QStringLiteral("EXTERNAL"), Qt::CaseInsensitive);
    }
};
