#pragma once

#include "advice/suggestedchange.h"
#include "certificates/certificatecheck.h"
#include "dns/dnssecstatus.h"
#include "i18n/localizedtext.h"
#include "probe/offeredfeatures.h"
#include "report/advice.h"
#include "report/danereport.h"
#include "report/dialbackresult.h"
#include "report/roundtrip.h"
#include "report/tlsprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Everything one connection test found, step by step, for the report view, the
// command line and the saved HTML / JSON reports.
class ProbeReport final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReport)
    XP_DECLARE_TR_LATER(ProbeReport)

public:
    enum class Step {
        Resolve,
        Connect,
        OpenStream,
        StartTls,
        RestartStream,
        Authenticate,
        RoundTrip, // XEP-0199 ping, XEP-0030 disco#info, XEP-0092 version after SASL
        Dialback, // full server dialback (XEP-0220), with ProbeSettings::fullDialback
        ConnectBack, // the partner reached the dialback listener
        Verdict
    };
    enum class StepState { NotRun, Passed, Warning, Failed, Skipped, Cancelled };
    enum class ConnectionVerdict { Pass, Warning, Fail };

    struct StepResult
    {
        Step step = Step::Resolve;
        StepState state = StepState::NotRun;
        qint64 durationMs = 0;
        LocalizedText details;
    };

    struct DnsRecord
    {
        QString service; // _xmpp-server._tcp or _xmpps-server._tcp, empty for A/AAAA
        QString target;
        quint16 port = 0;
        quint16 priority = 0;
        quint16 weight = 0;
        bool directTls = false;
        // What DNSSEC validation said of the answer this record came in (the SRV answer,
        // or for the fallback the domain's address records); the reason when bogus.
        DnssecStatus dnssec = DnssecStatus::Unknown;
        QString dnssecReason {};
    };

    struct Certificate
    {
        QString subject;
        QStringList subjectAlternativeNames;
        QString issuer;
        QDateTime notBefore;
        QDateTime notAfter;
        QString sha256;
    };

    // One connection attempt of the Connect step: a server from DNS or the settings, at
    // one of its addresses.
    struct Attempt
    {
        QString server; // host:port as DNS or the settings gave it
        QString address; // the address tried; empty when the name gave none
        bool directTls = false;
        bool connected = false;
        LocalizedText outcome; // "connected", or why not
        // DNSSEC of the address answer the address came from; Unknown for an IP address
        DnssecStatus dnssec = DnssecStatus::Unknown;
    };

    struct TranscriptLine
    {
        bool sent = false;
        qint64 atMs = 0;
        QString text;
    };

    QString domain;
    QString localDomain;
    QDateTime startedAt;
    QString connectedTo; // host:port of the server answered
    QList<StepResult> steps;
    QList<DnsRecord> records;
    QList<Attempt> attempts; // in the order tried
    QList<Certificate> certificates; // the peer's chain, leaf first
    // The probe's own check of that chain after the handshake: trust and XMPP identity,
    // the leaf's typed names. `checked` is false until a TLS session was checked.
    CertificateCheck certificateCheck;
    QString tlsProtocol;
    QString tlsCipher;
    QList<LocalizedText> featuresBeforeTls;
    QList<LocalizedText> featuresAfterTls;
    QList<TranscriptLine> transcript;
    OfferedFeatures offered;
    // DANE for the server reached (RFC 7673): its TLSA records and whether one matched.
    DaneReport dane;
    // Set when DNSSEC validation was impossible (the DNS server passes no DNSSEC records,
    // or a trust anchor could not be read): what happened and what to change. The records
    // are then "not validated", and the test goes on with them.
    LocalizedText dnssecNote;
    // What the server accepts, version by version, and its grade; empty when the profile
    // was not asked for (ProbeSettings::tlsProfile) or TLS did not succeed.
    TlsProfile tlsProfile;
    // XEP-0199 ping, XEP-0030 disco#info and XEP-0092 version after SASL EXTERNAL, or why
    // there was none.
    RoundTrip roundTrip;
    // Full server dialback (XEP-0220), on or off, and what it found.
    DialbackResult dialback;
    ConnectionVerdict verdict = ConnectionVerdict::Fail;
    // The ping of the round trip was answered: stanzas flow between the two domains.
    bool proven = false;
    LocalizedText method; // the method Lync would use; empty on Fail
    LocalizedText advice;
    // The advice's stable code ("connection-refused"); empty for a Pass.
    QString reason;
    // The change of this partner's own settings that the advice names, as data (the
    // window's Apply suggested setting, --fix-script); empty when it names none.
    SuggestedChange suggestion;
    bool cancelled = false;

    StepResult &stepResult(Step step);
    // The least trustworthy DNSSEC status of the records (bogus, then unvalidated, unknown,
    // insecure, secure); Unknown without records.
    DnssecStatus weakestDnssec() const;
    const StepResult *findStep(Step step) const;
    // How long the whole test took: the Verdict step's time, which counts from the start;
    // without one, the steps' times added up.
    qint64 totalDurationMs() const;

    static QString stepName(Step step);
    // The same name, translated when shown.
    static LocalizedText stepText(Step step);
    static QString stateName(StepState state);
    static QString verdictName(ConnectionVerdict verdict);
    // The transcript's direction word, as wide in every language.
    static QString directionName(bool sent);
    // The JSON report's names: the same in every language.
    static QString wireName(Step step);
    static QString wireName(StepState state);
    static QString wireName(ConnectionVerdict verdict);

    QJsonObject toJson() const;
    // One HTML page: verdict, steps, DNS records, certificates, TLS profile, features,
    // transcript (ProbeReportHtml).
    QString toHtml() const;
};
