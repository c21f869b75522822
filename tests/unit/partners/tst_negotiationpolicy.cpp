#include "partners/negotiationpolicy.h"

#include <QTest>

using Method = NegotiationPolicy::Method;
using Methods = NegotiationPolicy::Methods;
using Verdict = NegotiationPolicy::SettingsVerdict;

class tst_NegotiationPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
    void rowNumbersCoverTheMatrixOnce();
    void forPartnerReadsThePartnersSettings();
    void newPartnerDefaultsAreValid();
    void methodNamesFollowPreferenceOrder();
};

static const QString SaslRequiresTls
    = QStringLiteral("SASL requires TLS. To use SASL, TLS must be Required or Optional.");
static const QString NoMethod = QStringLiteral("SASL or dialback must be enabled.");
static const QString DialbackUnused
    = QStringLiteral("Dialback will not be used when both TLS and SASL are required.");
static const QString OptionalTls
    = QStringLiteral("SASL requires TLS. Leaving TLS optional may make session negotiation fail.");

void tst_NegotiationPolicy::matrix_data()
{
    QTest::addColumn<Negotiation>("tls");
    QTest::addColumn<Negotiation>("sasl");
    QTest::addColumn<bool>("dialback");
    QTest::addColumn<Methods>("methods");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("row");

    constexpr auto R = Negotiation::Required;
    constexpr auto O = Negotiation::Optional;
    constexpr auto N = Negotiation::NotSupported;
    const Methods none;
    const Methods sasl = Method::SaslOverTls;
    const Methods all = Method::SaslOverTls | Method::TlsDialback | Method::TcpDialback;

    // The 18 rows of the negotiation rules (TLS × SASL × dialback), in the design's order.
    QTest::newRow("1 R R true") << R << R << true << sasl << Verdict::Warning << DialbackUnused
                                << 1;
    QTest::newRow("2 R R false") << R << R << false << sasl << Verdict::Valid << QString() << 2;
    QTest::newRow("3 O R true") << O << R << true << all << Verdict::Warning << OptionalTls << 3;
    QTest::newRow("4 O R false") << O << R << false << sasl << Verdict::Warning << OptionalTls << 4;
    QTest::newRow("5 N R true") << N << R << true << Methods(Method::TcpDialback) << Verdict::Error
                                << SaslRequiresTls << 5;
    QTest::newRow("6 N R false") << N << R << false << none << Verdict::Error << SaslRequiresTls
                                 << 6;
    QTest::newRow("7 R O true") << R << O << true << (Method::SaslOverTls | Method::TlsDialback)
                                << Verdict::Valid << QString() << 7;
    QTest::newRow("8 R O false") << R << O << false << sasl << Verdict::Valid << QString() << 8;
    QTest::newRow("9 O O true") << O << O << true << all << Verdict::Warning << OptionalTls << 9;
    QTest::newRow("10 O O false") << O << O << false << sasl << Verdict::Warning << OptionalTls
                                  << 10;
    QTest::newRow("11 N O true") << N << O << true << Methods(Method::TcpDialback) << Verdict::Error
                                 << SaslRequiresTls << 11;
    QTest::newRow("12 N O false") << N << O << false << none << Verdict::Error << SaslRequiresTls
                                  << 12;
    QTest::newRow("13 R N true") << R << N << true << Methods(Method::TlsDialback) << Verdict::Valid
                                 << QString() << 13;
    QTest::newRow("14 R N false") << R << N << false << none << Verdict::Error << NoMethod << 14;
    QTest::newRow("15 O N true") << O << N << true << (Method::TlsDialback | Method::TcpDialback)
                                 << Verdict::Valid << QString() << 15;
    QTest::newRow("16 O N false") << O << N << false << none << Verdict::Error << NoMethod << 16;
    QTest::newRow("17 N N true") << N << N << true << Methods(Method::TcpDialback) << Verdict::Valid
                                 << QString() << 17;
    QTest::newRow("18 N N false") << N << N << false << none << Verdict::Error << NoMethod << 18;
}

void tst_NegotiationPolicy::matrix()
{
    QFETCH(Negotiation, tls);
    QFETCH(Negotiation, sasl);
    QFETCH(bool, dialback);
    QFETCH(Methods, methods);
    QFETCH(Verdict, verdict);
    QFETCH(QString, message);
    QFETCH(int, row);

    const NegotiationPolicy policy(tls, sasl, dialback);
    QCOMPARE(policy.allowedMethods(), methods);
    QCOMPARE(policy.verdict(), verdict);
    QCOMPARE(policy.message(), message);
    QCOMPARE(policy.row(), row);
    QCOMPARE(policy.rule() == NegotiationPolicy::Rule::None, verdict == Verdict::Valid);
}

void tst_NegotiationPolicy::rowNumbersCoverTheMatrixOnce()
{
    QSet<int> rows;
    for (const Negotiation tls : AllNegotiations) {
        for (const Negotiation sasl : AllNegotiations) {
            for (const bool dialback : {true, false})
                rows.insert(NegotiationPolicy(tls, sasl, dialback).row());
        }
    }
    QCOMPARE(rows.size(), 18);
    QCOMPARE(*std::min_element(rows.cbegin(), rows.cend()), 1);
    QCOMPARE(*std::max_element(rows.cbegin(), rows.cend()), 18);
}

void tst_NegotiationPolicy::forPartnerReadsThePartnersSettings()
{
    Partner partner;
    partner.tlsNegotiation = Negotiation::NotSupported;
    partner.saslNegotiation = Negotiation::Required;
    partner.supportDialbackNegotiation = false;
    const NegotiationPolicy policy = NegotiationPolicy::forPartner(partner);
    QCOMPARE(policy.tls(), Negotiation::NotSupported);
    QCOMPARE(policy.sasl(), Negotiation::Required);
    QCOMPARE(policy.dialback(), false);
    QCOMPARE(policy.row(), 6);
}

void tst_NegotiationPolicy::newPartnerDefaultsAreValid()
{
    // The negotiation rules: a new partner starts on row 7, not on the cmdlet's row 1.
    const NegotiationPolicy policy = NegotiationPolicy::forPartner(Partner());
    QCOMPARE(policy.row(), 7);
    QCOMPARE(policy.verdict(), Verdict::Valid);
}

void tst_NegotiationPolicy::methodNamesFollowPreferenceOrder()
{
    QCOMPARE(NegotiationPolicy::methodNames(Method::TcpDialback | Method::SaslOverTls),
             QStringList({QStringLiteral("SASL over TLS"), QStringLiteral("TCP dialback")}));
    QCOMPARE(NegotiationPolicy::methodNames({}), QStringList());
}

QTEST_GUILESS_MAIN(tst_NegotiationPolicy)
#include "tst_negotiationpolicy.moc"
