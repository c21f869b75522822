#include "partners/partnervalidator.h"
#include "probe/policycheck.h"
#include "report/probereport.h"

#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <optional>

using Method = NegotiationPolicy::Method;
using Methods = NegotiationPolicy::Methods;
using StartTls = OfferedFeatures::StartTls;
using Verdict = PolicyCheck::ConnectionVerdict;

class tst_PolicyCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
    void matrixCoversEveryOutcome();
    void suggestions_data();
    void suggestions();
    void suggestionsCoverEveryField();
    void directTlsSuggestion();
    void expectations_data();
    void expectations();
    void expiringCertificateOnlyTurnsPassIntoWarning();
    void verdictNames();
};

namespace {

constexpr auto R = Negotiation::Required;
constexpr auto O = Negotiation::Optional;
constexpr auto N = Negotiation::NotSupported;

const Methods Sasl = Method::SaslOverTls;
const Methods TlsDb = Method::TlsDialback;
const Methods TcpDb = Method::TcpDialback;

// The 18 rows of the negotiation rules, copied from the design's table rather than computed, so
// that this test does not trust the code it checks. Rows 5 and 11 name TCP dialback but are
// refused all the same.
struct ConfigRow
{
    Negotiation tls;
    Negotiation sasl;
    bool dialback;
    Methods allowed;
    const char *error; // the refusal message, nullptr for a row the Control Panel commits
};

const char SaslRequiresTls[] = "SASL requires TLS. To use SASL, TLS must be Required or Optional.";
const char NoMethod[] = "SASL or dialback must be enabled.";

const ConfigRow ConfigRows[18] = {
    {R, R, true, Sasl, nullptr},
    {R, R, false, Sasl, nullptr},
    {O, R, true, Sasl | TlsDb | TcpDb, nullptr},
    {O, R, false, Sasl, nullptr},
    {N, R, true, TcpDb, SaslRequiresTls},
    {N, R, false, {}, SaslRequiresTls},
    {R, O, true, Sasl | TlsDb, nullptr},
    {R, O, false, Sasl, nullptr},
    {O, O, true, Sasl | TlsDb | TcpDb, nullptr},
    {O, O, false, Sasl, nullptr},
    {N, O, true, TcpDb, SaslRequiresTls},
    {N, O, false, {}, SaslRequiresTls},
    {R, N, true, TlsDb, nullptr},
    {R, N, false, {}, NoMethod},
    {O, N, true, TlsDb | TcpDb, nullptr},
    {O, N, false, {}, NoMethod},
    {N, N, true, TcpDb, nullptr},
    {N, N, false, {}, NoMethod},
};

const ConfigRow &configRow(int row)
{
    return ConfigRows[row - 1];
}

NegotiationPolicy policyOfRow(int row)
{
    const ConfigRow &config = configRow(row);
    return NegotiationPolicy(config.tls, config.sasl, config.dialback);
}

// Lync's preference order, written out again for the same reason.
const Method Preference[] = {Method::SaslOverTls, Method::TlsDialback, Method::TcpDialback};

const QString PartnerRequiresTls = QStringLiteral(
    "The partner's server requires TLS (its STARTTLS is marked required) but this "
    "configuration sets TLS negotiation to Not supported, so no connection is possible; set TLS "
    "negotiation to Optional, so that TLS is used wherever the partner's servers offer it.");

QString nameOf(std::optional<Method> method)
{
    if (!method)
        return QStringLiteral("no method");
    switch (*method) {
    case Method::SaslOverTls:
        return QStringLiteral("SASL over TLS");
    case Method::TlsDialback:
        return QStringLiteral("TLS dialback");
    case Method::TcpDialback:
        return QStringLiteral("TCP dialback");
    }
    return QStringLiteral("invalid method");
}

QString nameOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("Pass");
    case Verdict::Warning:
        return QStringLiteral("Warning");
    case Verdict::Fail:
        return QStringLiteral("Fail");
    }
    return QStringLiteral("invalid verdict");
}

const char *nameOf(StartTls startTls)
{
    switch (startTls) {
    case StartTls::NotOffered:
        return "none";
    case StartTls::Optional:
        return "optional";
    case StartTls::Required:
        return "required";
    }
    return "?";
}

QStringList mechanisms(bool external)
{
    // Another mechanism beside it, so that "any mechanism" cannot pass for EXTERNAL.
    if (external)
        return {QStringLiteral("SCRAM-SHA-1"), QStringLiteral("EXTERNAL")};
    return {QStringLiteral("SCRAM-SHA-1")};
}

struct Case
{
    int row;
    StartTls startTls;
    bool external;
    bool dialbackBefore;
    bool dialbackAfter;

    // What the probe records: it negotiates TLS whenever the partner offers STARTTLS and the
    // configuration does not refuse TLS. The after-TLS fields stay set even without TLS, so a
    // check that trusted them without TLS would be caught.
    bool tlsNegotiated() const
    {
        return startTls != StartTls::NotOffered && configRow(row).tls != N;
    }

    OfferedFeatures offered() const
    {
        OfferedFeatures offered;
        offered.streamOpened = true;
        offered.startTls = startTls;
        offered.dialbackBeforeTls = dialbackBefore;
        offered.tlsAttempted = tlsNegotiated();
        offered.tlsNegotiated = tlsNegotiated();
        offered.dialbackAfterTls = dialbackAfter;
        offered.saslMechanismsAfterTls = mechanisms(external);
        return offered;
    }

    // What the partner really made possible, from the inputs, not from OfferedFeatures.
    Methods offeredByPartner() const
    {
        Methods methods;
        if (tlsNegotiated() && external)
            methods |= Method::SaslOverTls;
        if (tlsNegotiated() && dialbackAfter)
            methods |= Method::TlsDialback;
        if (startTls != StartTls::Required && dialbackBefore)
            methods |= Method::TcpDialback;
        return methods;
    }
};

void forEachCase(const std::function<void(const Case &)> &visit)
{
    for (int row = 1; row <= 18; ++row) {
        for (const StartTls startTls :
             {StartTls::NotOffered, StartTls::Optional, StartTls::Required}) {
            for (const bool external : {false, true}) {
                for (const bool before : {false, true}) {
                    for (const bool after : {false, true})
                        visit({row, startTls, external, before, after});
                }
            }
        }
    }
}

// A fluent partner description for the hand-written rows.
struct Peer
{
    OfferedFeatures features;

    explicit Peer(StartTls startTls)
    {
        features.streamOpened = true;
        features.startTls = startTls;
    }
    Peer &dialbackBefore()
    {
        features.dialbackBeforeTls = true;
        return *this;
    }
    Peer &tls()
    {
        features.tlsAttempted = true;
        features.tlsNegotiated = true;
        return *this;
    }
    Peer &tlsFails(const QString &why)
    {
        features.tlsAttempted = true;
        features.tlsFailure = LocalizedText::verbatim(why);
        return *this;
    }
    Peer &dialbackAfter()
    {
        features.dialbackAfterTls = true;
        return *this;
    }
    Peer &mechanism(const QString &name)
    {
        features.saslMechanismsAfterTls.append(name);
        return *this;
    }
    Peer &external() { return mechanism(QStringLiteral("EXTERNAL")); }
    Peer &expiring()
    {
        features.certificateExpiresSoon = true;
        features.certificateDaysLeft = 9;
        return *this;
    }
    operator OfferedFeatures() const { return features; }
};

} // namespace

void tst_PolicyCheck::matrix_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<StartTls>("startTls");
    QTest::addColumn<bool>("external");
    QTest::addColumn<bool>("dialbackBefore");
    QTest::addColumn<bool>("dialbackAfter");

    forEachCase([](const Case &c) {
        QTest::addRow("row %d, STARTTLS %s, EXTERNAL %d, dialback before %d, after %d", c.row,
                      nameOf(c.startTls), c.external, c.dialbackBefore, c.dialbackAfter)
            << c.row << c.startTls << c.external << c.dialbackBefore << c.dialbackAfter;
    });
}

void tst_PolicyCheck::matrix()
{
    QFETCH(int, row);
    QFETCH(StartTls, startTls);
    QFETCH(bool, external);
    QFETCH(bool, dialbackBefore);
    QFETCH(bool, dialbackAfter);

    const Case c {row, startTls, external, dialbackBefore, dialbackAfter};
    const ConfigRow &config = configRow(row);
    const PolicyCheck::Result result = PolicyCheck::evaluate(policyOfRow(row), c.offered());

    // Fail always says what to change.
    if (result.verdict == Verdict::Fail)
        QVERIFY(!result.advice.toString().isEmpty());

    if (config.error) {
        QCOMPARE(nameOf(result.verdict), QStringLiteral("Fail"));
        QCOMPARE(nameOf(result.method), QStringLiteral("no method"));
        QCOMPARE(result.usable, Methods());
        QVERIFY2(result.advice.toString().contains(QString::fromLatin1(config.error)),
                 qPrintable(result.advice.toString()));
        return;
    }

    const Methods possible = config.allowed & c.offeredByPartner();
    QCOMPARE(result.usable, possible);
    QCOMPARE(result.verdict != Verdict::Fail, bool(possible));
    QCOMPARE(result.method.has_value(), bool(possible));
    if (result.method) {
        QVERIFY(config.allowed.testFlag(*result.method));
        QVERIFY(c.offeredByPartner().testFlag(*result.method));
        for (const Method better : Preference) {
            if (better == *result.method)
                break;
            QVERIFY2(!possible.testFlag(better), qPrintable(nameOf(better)));
        }
    }
    // No expiring certificate here, so only unencrypted dialback warns.
    QCOMPARE(result.verdict == Verdict::Warning,
             result.method == std::optional<Method>(Method::TcpDialback));
    if (result.verdict == Verdict::Pass)
        QVERIFY2(result.advice.toString().isEmpty(), qPrintable(result.advice.toString()));
    if (result.verdict == Verdict::Warning)
        QVERIFY2(result.advice.toString().contains(u"not encrypted"),
                 qPrintable(result.advice.toString()));

    // One sentence: capitalised, a single full stop at the end.
    if (!result.advice.toString().isEmpty()) {
        QVERIFY2(result.advice.toString().front().isUpper(), qPrintable(result.advice.toString()));
        QVERIFY2(result.advice.toString().endsWith(u'.'), qPrintable(result.advice.toString()));
        QVERIFY2(!result.advice.toString().contains(u". "), qPrintable(result.advice.toString()));
    }
    if (startTls == StartTls::Required && config.tls == N)
        QCOMPARE(result.advice.toString(), PartnerRequiresTls);

    // A configuration change the advice names must actually work with this partner.
    bool changed = false;
    Negotiation tls = config.tls;
    Negotiation sasl = config.sasl;
    bool dialback = config.dialback;
    if (result.advice.toString().contains(u"enable dialback negotiation")) {
        QVERIFY(!dialback);
        dialback = true;
        changed = true;
    }
    if (result.advice.toString().contains(u"set SASL negotiation to Optional")) {
        QVERIFY(sasl != O);
        sasl = O;
        changed = true;
    }
    if (result.advice.toString().contains(
            u"set TLS negotiation to Optional to accept unencrypted TCP dialback")) {
        QCOMPARE(tls, R);
        tls = O;
        changed = true;
    }
    if (changed) {
        const PolicyCheck::Result after
            = PolicyCheck::evaluate(NegotiationPolicy(tls, sasl, dialback), c.offered());
        QVERIFY2(after.verdict != Verdict::Fail,
                 qPrintable(result.advice.toString() + u" → " + after.advice.toString()));
        if (result.advice.toString().contains(u"unencrypted TCP dialback"))
            QCOMPARE(nameOf(after.method), QStringLiteral("TCP dialback"));
        else
            QVERIFY2(after.method != Method::TcpDialback, qPrintable(result.advice.toString()));
    }
}

void tst_PolicyCheck::matrixCoversEveryOutcome()
{
    // Guards the properties above against a matrix in which they would hold vacuously.
    int cases = 0;
    QMap<QString, int> outcomes;
    forEachCase([&](const Case &c) {
        ++cases;
        const PolicyCheck::Result result = PolicyCheck::evaluate(policyOfRow(c.row), c.offered());
        ++outcomes[nameOf(result.verdict) + u' ' + nameOf(result.method)];
    });
    QCOMPARE(cases, 432);
    QCOMPARE(
        outcomes.keys(),
        QStringList({QStringLiteral("Fail no method"), QStringLiteral("Pass SASL over TLS"),
                     QStringLiteral("Pass TLS dialback"), QStringLiteral("Warning TCP dialback")}));
    // Seven refused rows fail against all 24 partners.
    QVERIFY(outcomes.value(QStringLiteral("Fail no method")) > 7 * 24);
}

namespace {

int rank(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Fail:
        return 0;
    case Verdict::Warning:
        return 1;
    case Verdict::Pass:
        return 2;
    }
    return -1;
}

// The row of the documented table for a combination, looked up in the copied table.
int rowOf(Negotiation tls, Negotiation sasl, bool dialback)
{
    for (int row = 1; row <= 18; ++row) {
        const ConfigRow &config = configRow(row);
        if (config.tls == tls && config.sasl == sasl && config.dialback == dialback)
            return row;
    }
    return 0;
}

// The phrase of the advice that names each field's change, as PolicyCheck words it.
// "set TLS negotiation to Optional" or "… to Required", the value captured.
const QRegularExpression TlsPhrase(QStringLiteral("set TLS negotiation to (Optional|Required)"));
const char SaslPhrase[] = "set SASL negotiation to Optional";
const char DialbackPhrase[] = "enable dialback negotiation";
// The one sentence that names a setting only for once the partner has acted.
const char AfterPartnerActs[] = "enable TLS and set TLS negotiation to Optional";

} // namespace

void tst_PolicyCheck::suggestions_data()
{
    matrix_data();
}

void tst_PolicyCheck::suggestions()
{
    QFETCH(int, row);
    QFETCH(StartTls, startTls);
    QFETCH(bool, external);
    QFETCH(bool, dialbackBefore);
    QFETCH(bool, dialbackAfter);

    const Case before {row, startTls, external, dialbackBefore, dialbackAfter};
    const PolicyCheck::Result result = PolicyCheck::evaluate(policyOfRow(row), before.offered());
    const QString advice = result.advice.toString();
    const SuggestedChange &change = result.suggestion;

    // The sentence and the data name the same fields.
    const QRegularExpressionMatch tlsNamed = TlsPhrase.match(advice);
    QCOMPARE(bool(change.tlsNegotiation),
             tlsNamed.hasMatch() && !advice.contains(QLatin1String(AfterPartnerActs)));
    QCOMPARE(bool(change.saslNegotiation), advice.contains(QLatin1String(SaslPhrase)));
    QCOMPARE(bool(change.supportDialbackNegotiation),
             advice.contains(QLatin1String(DialbackPhrase)));
    if (change.isEmpty())
        return;
    // Every suggestion is a value the sentence names.
    if (change.tlsNegotiation)
        QCOMPARE(*change.tlsNegotiation, tlsNamed.captured(1) == u"Required" ? R : O);
    QCOMPARE(change.saslNegotiation.value_or(O), O);
    QCOMPARE(change.supportDialbackNegotiation.value_or(true), true);

    const ConfigRow &config = configRow(row);
    Partner partner;
    partner.domain = QStringLiteral("partner.example");
    partner.tlsNegotiation = config.tls;
    partner.saslNegotiation = config.sasl;
    partner.supportDialbackNegotiation = config.dialback;
    QVERIFY(change.changes(partner));
    const Partner after = change.appliedTo(partner);

    // The editor's rules accept the result: never a refused row of the table.
    const int afterRow
        = rowOf(after.tlsNegotiation, after.saslNegotiation, after.supportDialbackNegotiation);
    QVERIFY(afterRow > 0);
    QVERIFY2(!configRow(afterRow).error, qPrintable(QString::number(afterRow)));
    QVERIFY(!hasErrors(PartnerValidator::validate(after)));

    // The same partner tested again with the new settings: the probe negotiates TLS when
    // the partner offers it and the settings allow it, so the offer is recomputed.
    const Case again {afterRow, startTls, external, dialbackBefore, dialbackAfter};
    const PolicyCheck::Result next = PolicyCheck::evaluate(policyOfRow(afterRow), again.offered());
    const QString what = advice + u" → " + nameOf(next.verdict) + u' ' + next.advice.toString();
    QVERIFY2(rank(next.verdict) >= rank(result.verdict), qPrintable(what));
    // Strictly better, unless TLS was not tried before: what the partner offers after TLS was
    // not seen then, and the suggestion is what lets the next test see it. It is then better
    // exactly when the partner offers after TLS a method the new settings allow.
    const bool offerAfterTlsUnseen = !before.tlsNegotiated() && again.tlsNegotiated();
    const Methods allowedAfter = configRow(afterRow).allowed;
    const bool usefulAfterTls = (dialbackAfter && allowedAfter.testFlag(Method::TlsDialback))
        || (external && allowedAfter.testFlag(Method::SaslOverTls));
    if (!offerAfterTlsUnseen || usefulAfterTls)
        QVERIFY2(rank(next.verdict) > rank(result.verdict), qPrintable(what));
}

void tst_PolicyCheck::suggestionsCoverEveryField()
{
    // Guards the properties above against a matrix in which no suggestion would be made.
    QMap<QString, int> kinds;
    forEachCase([&](const Case &c) {
        const SuggestedChange change
            = PolicyCheck::evaluate(policyOfRow(c.row), c.offered()).suggestion;
        QStringList fields;
        for (const SuggestedChange::Field field : change.fields())
            fields.append(CmdletParameters::powerShellName(field));
        if (!fields.isEmpty())
            ++kinds[fields.join(u'+')];
    });
    QCOMPARE(kinds.keys(),
             QStringList({QStringLiteral("SaslNegotiation"),
                          QStringLiteral("SaslNegotiation+SupportDialbackNegotiation"),
                          QStringLiteral("SupportDialbackNegotiation"),
                          QStringLiteral("TlsNegotiation")}));
}

void tst_PolicyCheck::directTlsSuggestion()
{
    // Row 17 reached over direct TLS (XEP-0368): the matrix above never negotiates TLS for
    // a row that refuses it, so this case is written out.
    const PolicyCheck::Result result
        = PolicyCheck::evaluate(policyOfRow(17), Peer(StartTls::NotOffered).tls().dialbackAfter());
    QCOMPARE(result.reason, QStringLiteral("direct-tls-refused-by-settings"));
    QCOMPARE(result.suggestion.fields(), QList({SuggestedChange::Field::TlsNegotiation}));
    QCOMPARE(result.suggestion.tlsNegotiation, std::optional(O));
    const PolicyCheck::Result after = PolicyCheck::evaluate(
        NegotiationPolicy(O, N, true), Peer(StartTls::NotOffered).tls().dialbackAfter());
    QCOMPARE(nameOf(after.verdict), QStringLiteral("Pass"));
    QVERIFY(after.suggestion.isEmpty());
}

void tst_PolicyCheck::expectations_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<OfferedFeatures>("offered");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<std::optional<Method>>("method");
    QTest::addColumn<QStringList>("keywords"); // all must appear in the advice
    QTest::addColumn<QStringList>("absent"); // none may appear in the advice

    const std::optional<Method> none;
    const std::optional<Method> sasl = Method::SaslOverTls;
    const std::optional<Method> tlsDb = Method::TlsDialback;
    const std::optional<Method> tcpDb = Method::TcpDialback;
    const auto words = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *word : list)
            result.append(QString::fromUtf8(word));
        return result;
    };
    const QString expired = QStringLiteral("The certificate has expired");

    // Passes, each with the method Lync prefers.
    QTest::newRow("7 vs TLS required, dialback after TLS, no EXTERNAL")
        << 7 << OfferedFeatures(Peer(StartTls::Required).dialbackBefore().tls().dialbackAfter())
        << Verdict::Pass << tlsDb << QStringList() << QStringList();
    QTest::newRow("3 vs TLS required, dialback after TLS, no EXTERNAL")
        << 3 << OfferedFeatures(Peer(StartTls::Required).dialbackBefore().tls().dialbackAfter())
        << Verdict::Pass << tlsDb << QStringList() << QStringList();
    QTest::newRow("9 vs everything offered")
        << 9
        << OfferedFeatures(
               Peer(StartTls::Optional).dialbackBefore().tls().dialbackAfter().external())
        << Verdict::Pass << sasl << QStringList() << QStringList();
    QTest::newRow("1 vs EXTERNAL")
        << 1
        << OfferedFeatures(
               Peer(StartTls::Required).dialbackBefore().tls().dialbackAfter().external())
        << Verdict::Pass << sasl << QStringList() << QStringList();
    QTest::newRow("8 vs direct TLS with EXTERNAL")
        << 8 << OfferedFeatures(Peer(StartTls::NotOffered).tls().external()) << Verdict::Pass
        << sasl << QStringList() << QStringList();
    QTest::newRow("8 vs lower-case external")
        << 8
        << OfferedFeatures(Peer(StartTls::Required).tls().mechanism(QStringLiteral("external")))
        << Verdict::Pass << sasl << QStringList() << QStringList();

    // Warnings.
    QTest::newRow("17 vs optional TLS, dialback before TLS")
        << 17 << OfferedFeatures(Peer(StartTls::Optional).dialbackBefore()) << Verdict::Warning
        << tcpDb << words({"not encrypted", "set TLS negotiation to Optional"}) << QStringList();
    QTest::newRow("15 vs no STARTTLS, dialback before TLS")
        << 15 << OfferedFeatures(Peer(StartTls::NotOffered).dialbackBefore()) << Verdict::Warning
        << tcpDb << words({"not encrypted", "does not offer STARTTLS", "enable TLS"})
        << QStringList();
    QTest::newRow("9 vs TLS failure, dialback before TLS")
        << 9 << OfferedFeatures(Peer(StartTls::Optional).dialbackBefore().tlsFails(expired))
        << Verdict::Warning << tcpDb << QStringList({QStringLiteral("TLS failed"), expired})
        << QStringList();
    QTest::newRow("9 vs nothing after TLS, dialback before TLS")
        << 9 << OfferedFeatures(Peer(StartTls::Optional).dialbackBefore().tls()) << Verdict::Warning
        << tcpDb << words({"not encrypted", "after TLS", "SASL EXTERNAL"}) << QStringList();
    QTest::newRow("7 vs expiring certificate")
        << 7 << OfferedFeatures(Peer(StartTls::Required).tls().external().expiring())
        << Verdict::Warning << sasl << words({"expires in 9 day", "renew"}) << QStringList();
    QTest::newRow("9 vs expiring certificate, TCP dialback only")
        << 9 << OfferedFeatures(Peer(StartTls::Optional).dialbackBefore().tls().expiring())
        << Verdict::Warning << tcpDb << words({"not encrypted"}) << words({"expires"});

    // Failures, one per cause, in the order they are checked.
    QTest::newRow("14 refused, even with no stream")
        << 14 << OfferedFeatures() << Verdict::Fail << none
        << QStringList({QStringLiteral("refused"), QString::fromLatin1(NoMethod)})
        << words({"did not answer"});
    QTest::newRow("5 refused although TCP dialback works")
        << 5 << OfferedFeatures(Peer(StartTls::Optional).dialbackBefore()) << Verdict::Fail << none
        << QStringList({QStringLiteral("refused"), QString::fromLatin1(SaslRequiresTls)})
        << QStringList();
    QTest::newRow("7 vs no stream") << 7 << OfferedFeatures() << Verdict::Fail << none
                                    << words({"did not answer"}) << QStringList();
    QTest::newRow("7 vs no stream, features recorded anyway") << 7 << [] {
        OfferedFeatures offered = Peer(StartTls::Required).tls().dialbackAfter().external();
        offered.streamOpened = false;
        return offered;
    }() << Verdict::Fail << none << words({"did not answer"}) << QStringList();
    QTest::newRow("7 vs direct TLS handshake failure")
        << 7 <<
        [] {
            OfferedFeatures offered;
            offered.tlsFailure
                = LocalizedText::verbatim(QStringLiteral("The host name did not match"));
            return offered;
        }()
        << Verdict::Fail << none
        << words({"TLS negotiation with the partner failed", "The host name did not match"})
        << words({"did not answer"});
    QTest::newRow("17 vs TLS required")
        << 17 << OfferedFeatures(Peer(StartTls::Required).dialbackBefore()) << Verdict::Fail << none
        << QStringList {PartnerRequiresTls} << QStringList();
    QTest::newRow("7 vs TLS failure")
        << 7 << OfferedFeatures(Peer(StartTls::Optional).dialbackBefore().tlsFails(expired))
        << Verdict::Fail << none << QStringList({QStringLiteral("failed"), expired})
        << QStringList();
    QTest::newRow("13 vs no STARTTLS, dialback before TLS")
        << 13 << OfferedFeatures(Peer(StartTls::NotOffered).dialbackBefore()) << Verdict::Fail
        << none
        << words({"Required", "does not offer STARTTLS",
                  "set TLS negotiation to Optional to accept unencrypted TCP dialback"})
        << QStringList();
    QTest::newRow("8 vs no STARTTLS, dialback before TLS")
        << 8 << OfferedFeatures(Peer(StartTls::NotOffered).dialbackBefore()) << Verdict::Fail
        << none << words({"does not offer STARTTLS", "enable TLS"}) << words({"Optional"});
    QTest::newRow("10 vs no STARTTLS, dialback before TLS")
        << 10 << OfferedFeatures(Peer(StartTls::NotOffered).dialbackBefore()) << Verdict::Fail
        << none << words({"does not offer STARTTLS", "enable dialback negotiation"})
        << QStringList();
    QTest::newRow("15 vs no STARTTLS, no dialback")
        << 15 << OfferedFeatures(Peer(StartTls::NotOffered)) << Verdict::Fail << none
        << words({"neither STARTTLS nor dialback"}) << QStringList();
    QTest::newRow("17 vs optional TLS, no dialback")
        << 17 << OfferedFeatures(Peer(StartTls::Optional)) << Verdict::Fail << none
        << words({"no dialback on an unencrypted stream", "set TLS negotiation to Optional"})
        << QStringList();
    QTest::newRow("17 vs no STARTTLS, no dialback")
        << 17 << OfferedFeatures(Peer(StartTls::NotOffered)) << Verdict::Fail << none
        << words({"offers no dialback", "enable dialback"}) << QStringList();
    QTest::newRow("2 vs no EXTERNAL, dialback after TLS")
        << 2 << OfferedFeatures(Peer(StartTls::Required).dialbackBefore().tls().dialbackAfter())
        << Verdict::Fail << none
        << words({"SASL EXTERNAL", "client certificate", "XEP-0178",
                  "set SASL negotiation to Optional and enable dialback negotiation"})
        << QStringList();
    QTest::newRow("2 vs no EXTERNAL, no dialback")
        << 2 << OfferedFeatures(Peer(StartTls::Required).tls()) << Verdict::Fail << none
        << words({"SASL EXTERNAL", "client certificate", "XEP-0178"}) << words({"dialback"});
    QTest::newRow("1 vs no EXTERNAL, dialback after TLS")
        << 1 << OfferedFeatures(Peer(StartTls::Required).tls().dialbackAfter()) << Verdict::Fail
        << none
        << words({"SASL EXTERNAL", "set SASL negotiation to Optional so that dialback can be used"})
        << QStringList();
    QTest::newRow("8 vs no EXTERNAL, dialback after TLS")
        << 8 << OfferedFeatures(Peer(StartTls::Required).tls().dialbackAfter()) << Verdict::Fail
        << none << words({"SASL EXTERNAL", "XEP-0178", "or enable dialback negotiation."})
        << words({"unencrypted"});
    QTest::newRow("4 vs no EXTERNAL, dialback before TLS only")
        << 4 << OfferedFeatures(Peer(StartTls::Optional).dialbackBefore().tls()) << Verdict::Fail
        << none
        << words(
               {"SASL EXTERNAL", "enable dialback negotiation to accept unencrypted TCP dialback"})
        << QStringList();
    QTest::newRow("9 vs no dialback, no EXTERNAL")
        << 9 << OfferedFeatures(Peer(StartTls::Required).tls()) << Verdict::Fail << none
        << words({"neither dialback nor SASL EXTERNAL", "XEP-0178"}) << QStringList();
    QTest::newRow("13 vs no dialback")
        << 13 << OfferedFeatures(Peer(StartTls::Required).tls()) << Verdict::Fail << none
        << words({"offers no dialback", "enable dialback"}) << words({"SASL"});
    QTest::newRow("13 vs EXTERNAL but no dialback")
        << 13 << OfferedFeatures(Peer(StartTls::Required).tls().external()) << Verdict::Fail << none
        << words({"SASL EXTERNAL but no dialback", "set SASL negotiation to Optional"})
        << QStringList();
    QTest::newRow("13 vs optional TLS, dialback before TLS only")
        << 13 << OfferedFeatures(Peer(StartTls::Optional).dialbackBefore().tls()) << Verdict::Fail
        << none << words({"only on the unencrypted stream", "set TLS negotiation to Optional"})
        << QStringList();
    QTest::newRow("15 vs TLS required, dialback before TLS only")
        << 15 << OfferedFeatures(Peer(StartTls::Required).dialbackBefore().tls()) << Verdict::Fail
        << none << words({"requires TLS", "dialback after TLS"}) << words({"Optional"});
}

void tst_PolicyCheck::expectations()
{
    QFETCH(int, row);
    QFETCH(OfferedFeatures, offered);
    QFETCH(Verdict, verdict);
    QFETCH(std::optional<Method>, method);
    QFETCH(QStringList, keywords);
    QFETCH(QStringList, absent);

    const PolicyCheck::Result result = PolicyCheck::evaluate(policyOfRow(row), offered);
    QCOMPARE(nameOf(result.verdict), nameOf(verdict));
    QCOMPARE(nameOf(result.method), nameOf(method));
    if (verdict == Verdict::Pass)
        QCOMPARE(result.advice.toString(), QString());
    else
        QVERIFY(!result.advice.toString().isEmpty());
    for (const QString &keyword : std::as_const(keywords))
        QVERIFY2(result.advice.toString().contains(keyword),
                 qPrintable(keyword + u" | " + result.advice.toString()));
    for (const QString &word : std::as_const(absent))
        QVERIFY2(!result.advice.toString().contains(word),
                 qPrintable(word + u" | " + result.advice.toString()));
    // The spec's own sentence, word for word.
    if (keywords == QStringList {PartnerRequiresTls})
        QCOMPARE(result.advice.toString(), PartnerRequiresTls);
}

void tst_PolicyCheck::expiringCertificateOnlyTurnsPassIntoWarning()
{
    int downgraded = 0;
    forEachCase([&](const Case &c) {
        if (!c.tlsNegotiated())
            return; // the probe learns the expiry date only from a TLS handshake
        const NegotiationPolicy policy = policyOfRow(c.row);
        OfferedFeatures offered = c.offered();
        const PolicyCheck::Result fresh = PolicyCheck::evaluate(policy, offered);
        offered.certificateExpiresSoon = true;
        offered.certificateDaysLeft = 12;
        const PolicyCheck::Result expiring = PolicyCheck::evaluate(policy, offered);
        QCOMPARE(nameOf(expiring.method), nameOf(fresh.method));
        QCOMPARE(expiring.usable, fresh.usable);
        if (fresh.verdict == Verdict::Pass) {
            QCOMPARE(nameOf(expiring.verdict), QStringLiteral("Warning"));
            QVERIFY2(expiring.advice.toString().contains(u"expires in 12 day"),
                     qPrintable(expiring.advice.toString()));
            QCOMPARE(expiring.reason, u"certificate-expires-soon"_qs);
            ++downgraded;
        } else {
            // An unencrypted or failing connection is the more urgent news.
            QCOMPARE(nameOf(expiring.verdict), nameOf(fresh.verdict));
            QCOMPARE(expiring.advice.toString(), fresh.advice.toString());
        }
    });
    QVERIFY(downgraded > 0);
}

void tst_PolicyCheck::verdictNames()
{
    QCOMPARE(PolicyCheck::verdictName(Verdict::Pass), QStringLiteral("Pass"));
    QCOMPARE(PolicyCheck::verdictName(Verdict::Warning), QStringLiteral("Warning"));
    QCOMPARE(PolicyCheck::verdictName(Verdict::Fail), QStringLiteral("Fail"));
}

QTEST_GUILESS_MAIN(tst_PolicyCheck)
#include "tst_policycheck.moc"
