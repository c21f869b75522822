#include "advice/suggestedchange.h"

#include <QJsonDocument>
#include <QTest>

using Field = SuggestedChange::Field;

class tst_SuggestedChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyChangesNothing();
    void appliesOnlyItsFields();
    void withMergesTheLaterWins();
    void jsonUsesThePartnerFileKeys();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void linesNameEachField();
    void powerShellCommand();
    void powerShellQuotesTheIdentity();
};

namespace {

Partner partner()
{
    Partner p;
    p.domain = QStringLiteral("partner.example");
    p.description = QStringLiteral("kept");
    p.tlsNegotiation = Negotiation::NotSupported;
    p.saslNegotiation = Negotiation::NotSupported;
    p.supportDialbackNegotiation = true;
    p.proxyFqdn = QStringLiteral("xmpp.partner.example");
    return p;
}

} // namespace

void tst_SuggestedChange::emptyChangesNothing()
{
    const SuggestedChange none;
    QVERIFY(none.isEmpty());
    QVERIFY(none.fields().isEmpty());
    QCOMPARE(none.appliedTo(partner()), partner());
    QVERIFY(!none.changes(partner()));
    QCOMPARE(none.powerShellCommand(partner()), QString());
    QCOMPARE(none.toJson(), QJsonObject());
}

void tst_SuggestedChange::appliesOnlyItsFields()
{
    const SuggestedChange tls = SuggestedChange::tls(Negotiation::Optional);
    QVERIFY(!tls.isEmpty());
    QCOMPARE(tls.fields(), QList({Field::TlsNegotiation}));
    Partner expected = partner();
    expected.tlsNegotiation = Negotiation::Optional;
    QCOMPARE(tls.appliedTo(partner()), expected);
    QVERIFY(tls.changes(partner()));
    QVERIFY(!tls.changes(expected));
}

void tst_SuggestedChange::withMergesTheLaterWins()
{
    const SuggestedChange both = SuggestedChange::sasl(Negotiation::Required)
                                     .with(SuggestedChange::dialback(false))
                                     .with(SuggestedChange::sasl(Negotiation::Optional));
    QCOMPARE(both.fields(), QList({Field::SaslNegotiation, Field::SupportDialbackNegotiation}));
    QCOMPARE(both.saslNegotiation, std::optional(Negotiation::Optional));
    QCOMPARE(both.supportDialbackNegotiation, std::optional(false));
}

void tst_SuggestedChange::jsonUsesThePartnerFileKeys()
{
    const SuggestedChange change
        = SuggestedChange::sasl(Negotiation::Optional).with(SuggestedChange::dialback(true));
    QCOMPARE(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"saslNegotiation":"Optional","supportDialbackNegotiation":true})"));
}

void tst_SuggestedChange::jsonRoundTrip_data()
{
    QTest::addColumn<SuggestedChange>("change");
    QTest::newRow("TLS") << SuggestedChange::tls(Negotiation::Optional);
    QTest::newRow("SASL") << SuggestedChange::sasl(Negotiation::NotSupported);
    QTest::newRow("dialback off") << SuggestedChange::dialback(false);
    QTest::newRow("all") << SuggestedChange::tls(Negotiation::Required)
                                .with(SuggestedChange::sasl(Negotiation::Optional))
                                .with(SuggestedChange::dialback(true));
}

void tst_SuggestedChange::jsonRoundTrip()
{
    QFETCH(SuggestedChange, change);
    QCOMPARE(SuggestedChange::fromJson(change.toJson()), change);
}

void tst_SuggestedChange::linesNameEachField()
{
    const SuggestedChange change
        = SuggestedChange::sasl(Negotiation::Optional).with(SuggestedChange::dialback(true));
    QCOMPARE(change.lines(),
             QStringList({QStringLiteral("SASL negotiation: Optional"),
                          QStringLiteral("Dialback negotiation: True")}));
    QCOMPARE(change.text(),
             QStringLiteral("SASL negotiation: Optional; Dialback negotiation: True"));
}

void tst_SuggestedChange::powerShellCommand()
{
    const SuggestedChange change = SuggestedChange::tls(Negotiation::Optional)
                                       .with(SuggestedChange::sasl(Negotiation::Optional))
                                       .with(SuggestedChange::dialback(true));
    QCOMPARE(
        change.powerShellCommand(partner()),
        QStringLiteral("Set-CsXmppAllowedPartner -Identity 'partner.example' -TlsNegotiation "
                       "Optional -SaslNegotiation Optional -SupportDialbackNegotiation $true"));
    QCOMPARE(SuggestedChange::dialback(false).powerShellCommand(partner()),
             QStringLiteral("Set-CsXmppAllowedPartner -Identity 'partner.example' "
                            "-SupportDialbackNegotiation $false"));
}

void tst_SuggestedChange::powerShellQuotesTheIdentity()
{
    // The export's quoting: a quote in the value is doubled, nothing is expanded.
    Partner odd = partner();
    odd.domain = QStringLiteral("it's$x.example");
    QCOMPARE(SuggestedChange::tls(Negotiation::Required).powerShellCommand(odd),
             QStringLiteral("Set-CsXmppAllowedPartner -Identity 'it''s$x.example' "
                            "-TlsNegotiation Required"));
}

QTEST_GUILESS_MAIN(tst_SuggestedChange)
#include "tst_suggestedchange.moc"
