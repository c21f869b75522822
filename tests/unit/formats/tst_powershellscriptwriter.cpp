// The PowerShell export: the cmdlet's parameter names and value spellings, quoting that
// keeps any description as typed, optional parameters left out when unset, and a file
// Windows PowerShell 5.1 reads as UTF-8.
#include "formats/powershellscriptwriter.h"

#include <QTest>

class tst_PowerShellScriptWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void everyParameter();
    void optionalParametersLeftOut();
    void proxyPortIsLeftOutAndSaid();
    void newOrSetUpdatesExistingPartners();
    void scriptHasBomCrlfAndOneCommandPerPartner();
};

void tst_PowerShellScriptWriter::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Fabrikam, Inc."_qs << u"'Fabrikam, Inc.'"_qs;
    QTest::newRow("apostrophe") << u"O'Neil's server"_qs << u"'O''Neil''s server'"_qs;
    QTest::newRow("typographic quotes") << u"l’ami ‘x’ ‚y‛"_qs << u"'l’’ami ‘‘x’’ ‚‚y‛‛'"_qs;
    // Single quotes expand nothing: $ and ` stay as they are.
    QTest::newRow("dollar and backtick")
        << u"$env:PATH `n $(Get-Date)"_qs << u"'$env:PATH `n $(Get-Date)'"_qs;
    QTest::newRow("double quotes") << u"say \"hi\""_qs << u"'say \"hi\"'"_qs;
    QTest::newRow("newline") << u"line 1\nline 2"_qs << u"'line 1\nline 2'"_qs;
    QTest::newRow("empty") << QString() << u"''"_qs;
    QTest::newRow("unicode") << u"société-exemple.fr"_qs << u"'société-exemple.fr'"_qs;
}

void tst_PowerShellScriptWriter::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PowerShellScriptWriter::quoted(text), expected);
}

void tst_PowerShellScriptWriter::everyParameter()
{
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    partner.description = u"Fabrikam's Lync"_qs;
    partner.additionalDomains = {u"corp.fabrikam.com"_qs, u"it.fabrikam.com"_qs};
    partner.partnerType = PartnerType::Federated;
    partner.tlsNegotiation = Negotiation::Optional;
    partner.saslNegotiation = Negotiation::NotSupported;
    partner.supportDialbackNegotiation = true;
    partner.proxyFqdn = u"xmpp-edge.fabrikam.com"_qs;
    partner.enableKeepAlive = false;
    partner.connectionLimit = 25;
    QCOMPARE(PowerShellScriptWriter::commandFor(partner, PowerShellScriptWriter::Mode::New),
             u"New-CsXmppAllowedPartner -Identity 'fabrikam.com' -Description 'Fabrikam''s Lync' "
             "-AdditionalDomains @{Add='corp.fabrikam.com','it.fabrikam.com'} -PartnerType "
             "Federated -TlsNegotiation Optional -SaslNegotiation NotSupported "
             "-SupportDialbackNegotiation $true -ProxyFqdn 'xmpp-edge.fabrikam.com' "
             "-EnableKeepAlive $false -ConnectionLimit 25"_qs);
}

void tst_PowerShellScriptWriter::optionalParametersLeftOut()
{
    Partner partner; // the editor's defaults
    partner.domain = u"gmail.com"_qs;
    const QString command
        = PowerShellScriptWriter::commandFor(partner, PowerShellScriptWriter::Mode::New);
    QCOMPARE(command,
             u"New-CsXmppAllowedPartner -Identity 'gmail.com' -PartnerType PublicUnverified "
             "-TlsNegotiation Required -SaslNegotiation Optional -SupportDialbackNegotiation "
             "$true -EnableKeepAlive $true"_qs);
    for (const QString &left :
         {u"-Description"_qs, u"-AdditionalDomains"_qs, u"-ProxyFqdn"_qs, u"-ConnectionLimit"_qs})
        QVERIFY2(!command.contains(left), qPrintable(left));
}

void tst_PowerShellScriptWriter::proxyPortIsLeftOutAndSaid()
{
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    partner.proxyFqdn = u"xmpp-edge.fabrikam.com:5270"_qs;
    const QString command
        = PowerShellScriptWriter::commandFor(partner, PowerShellScriptWriter::Mode::New);
    QVERIFY2(command.startsWith(u"# The proxy's port 5270 "_qs), qPrintable(command));
    QVERIFY(command.contains(u"\r\nNew-CsXmppAllowedPartner -Identity 'fabrikam.com'"_qs));
    QVERIFY(command.contains(u" -ProxyFqdn 'xmpp-edge.fabrikam.com' "_qs));
    partner.proxyFqdn = u"xmpp-edge.fabrikam.com"_qs;
    QVERIFY(!PowerShellScriptWriter::commandFor(partner, PowerShellScriptWriter::Mode::New)
                 .contains(u'#'));
}

void tst_PowerShellScriptWriter::newOrSetUpdatesExistingPartners()
{
    Partner partner;
    partner.domain = u"contoso.com"_qs;
    partner.additionalDomains = {u"eu.contoso.com"_qs};
    const QString command
        = PowerShellScriptWriter::commandFor(partner, PowerShellScriptWriter::Mode::NewOrSet);
    QCOMPARE(command,
             u"if (Get-CsXmppAllowedPartner -Identity 'contoso.com' -ErrorAction "
             "SilentlyContinue) {\r\n"
             "    Set-CsXmppAllowedPartner -Identity 'contoso.com' -AdditionalDomains "
             "@{Replace='eu.contoso.com'} -PartnerType PublicUnverified -TlsNegotiation Required "
             "-SaslNegotiation Optional -SupportDialbackNegotiation $true -EnableKeepAlive $true"
             "\r\n} else {\r\n"
             "    New-CsXmppAllowedPartner -Identity 'contoso.com' -AdditionalDomains "
             "@{Add='eu.contoso.com'} -PartnerType PublicUnverified -TlsNegotiation Required "
             "-SaslNegotiation Optional -SupportDialbackNegotiation $true -EnableKeepAlive $true"
             "\r\n}"_qs);
}

void tst_PowerShellScriptWriter::scriptHasBomCrlfAndOneCommandPerPartner()
{
    Partner first;
    first.domain = u"société-exemple.fr"_qs;
    first.description = u"two\nlines"_qs;
    Partner second;
    second.domain = u"litwareinc.com"_qs;
    const QByteArray script
        = PowerShellScriptWriter::script({first, second}, PowerShellScriptWriter::Mode::New);
    QVERIFY(script.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(script.mid(3));
    QCOMPARE(text.count(u"New-CsXmppAllowedPartner "_qs), 2);
    QVERIFY(text.contains(u"-Identity 'société-exemple.fr' -Description 'two\nlines'"_qs));
    // Every line end outside the quoted description is CRLF.
    QCOMPARE(text.count(u'\n'), text.count(u"\r\n"_qs) + 1);
    QVERIFY(text.startsWith(u"# "_qs));
    QVERIFY(text.endsWith(u"-EnableKeepAlive $true\r\n"_qs));
}

QTEST_GUILESS_MAIN(tst_PowerShellScriptWriter)
#include "tst_powershellscriptwriter.moc"
