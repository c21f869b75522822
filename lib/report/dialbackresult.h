#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What full server dialback (XEP-0220) did in one connection test, for the report, the
// JSON ("dialback") and the HTML: whether it was on, where the listener was, the key sent
// (never the secret), the partner's answer, and whether the partner connected back.
struct DialbackResult
{
    bool enabled = false; // ProbeSettings::fullDialback
    bool attempted = false; // a <db:result/> with a key was sent
    QString listener; // "host:port" the listener was set to listen on
    QString listenerError; // why it could not listen; empty when it did
    QString streamId; // the partner's stream id the key is for
    QString keySent;
    // The partner's answer: "valid", "invalid", "error"; empty for no answer.
    QString result;
    QString condition; // of a dialback error (XEP-0220 §2.4)
    bool connectBackSeen = false; // the partner opened a stream to the listener
    QString connectBackAddress; // from which address
    QDateTime connectBackAt;
    // The listener's answer to the partner's <db:verify/> for this test's stream: "valid",
    // "invalid", or empty when none was asked.
    QString verifyAnswer;
    // The local domain's _xmpp-server SRV targets as "host:port", what the partner dials.
    QStringList localTargets;

    QJsonObject toJson() const;
};
