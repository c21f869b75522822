// Management Shell scripts read back as partners: what File → Export writes comes back
// as the same partners (both forms of the script), the cmdlet's defaults fill what a
// command leaves out, PowerShell's ways of writing a parameter are understood, and a
// command whose values PowerShell would compute is refused with the reason.
#include "file/partnerstore.h"
#include "formats/powershellscriptreader.h"
#include "formats/powershellscriptwriter.h"
#include "partners/serveraddress.h"

#include <QStringEncoder>
#include <QTest>

class tst_PowerShellScriptReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportedScriptReadsBack_data();
    void exportedScriptReadsBack();
    void samplePartnersReadBack();
    void cmdletDefaultsFillTheRest();
    void powerShellSpellings_data();
    void powerShellSpellings();
    void refusedCommands_data();
    void refusedCommands();
    void setAloneIsRefused();
    void otherCommandsAreSkipped();
    void utf16ScriptIsRead();
    void wholeScriptRefused_data();
    void wholeScriptRefused();

private:
    static Partner read(const QString &script);
};

namespace {

Partner tricky()
{
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    partner.description
        = u"O'Neil’s ‘lab’ \"quoted\" $env:PATH `n $(Get-Date) @{x}\r\nline 2\n# not a comment"_qs;
    partner.additionalDomains = {u"corp.fabrikam.com"_qs, u"société.fabrikam.com"_qs};
    partner.partnerType = PartnerType::Federated;
    partner.tlsNegotiation = Negotiation::Optional;
    partner.saslNegotiation = Negotiation::NotSupported;
    partner.supportDialbackNegotiation = true;
    partner.proxyFqdn = u"edge.fabrikam.com"_qs;
    partner.enableKeepAlive = false;
    partner.connectionLimit = 250;
    return partner;
}

QList<Partner> partnersOf(const ImportRows &rows)
{
    QList<Partner> partners;
    for (const ImportRow &row : rows.rows) {
        if (!row.partner)
            qWarning().noquote() << "row" << row.line << row.problem.toString();
        partners.append(row.partner.value_or(Partner()));
    }
    return partners;
}

QString problemOf(const QString &script)
{
    const ImportRows rows = PowerShellScriptReader::parse(script.toUtf8());
    if (!rows.isOk())
        return u"file: "_qs + rows.error.toString();
    if (rows.rows.size() != 1)
        return u"rows: "_qs + QString::number(rows.rows.size());
    return rows.rows.constFirst().problem.toString();
}

} // namespace

Partner tst_PowerShellScriptReader::read(const QString &script)
{
    const ImportRows rows = PowerShellScriptReader::parse(script.toUtf8());
    if (!rows.isOk() || rows.rows.size() != 1 || !rows.rows.constFirst().partner) {
        qWarning().noquote() << (rows.isOk() ? rows.rows.value(0).problem.toString()
                                             : rows.error.toString());
        return {};
    }
    return *rows.rows.constFirst().partner;
}

void tst_PowerShellScriptReader::exportedScriptReadsBack_data()
{
    QTest::addColumn<PowerShellScriptWriter::Mode>("mode");
    QTest::newRow("New-") << PowerShellScriptWriter::Mode::New;
    QTest::newRow("Set- or New-") << PowerShellScriptWriter::Mode::NewOrSet;
}

void tst_PowerShellScriptReader::exportedScriptReadsBack()
{
    QFETCH(PowerShellScriptWriter::Mode, mode);
    Partner plain;
    plain.domain = u"contoso.com"_qs;
    Partner empty = plain;
    empty.domain = u"xn--exemple-9ua.fr"_qs;
    empty.description = u"''"_qs;
    QList<Partner> partners {tricky(), plain, empty};
    // Every partner type and negotiation value.
    for (const PartnerType type : AllPartnerTypes) {
        for (const Negotiation tls : AllNegotiations) {
            Partner partner;
            partner.domain = u"p%1.example"_qs.arg(partners.size());
            partner.partnerType = type;
            partner.tlsNegotiation = tls;
            partner.saslNegotiation
                = tls == Negotiation::Required ? Negotiation::Required : Negotiation::NotSupported;
            partner.supportDialbackNegotiation = tls != Negotiation::Required;
            partner.connectionLimit = 1 + int(partners.size());
            partners.append(partner);
        }
    }
    const ImportRows rows
        = PowerShellScriptReader::parse(PowerShellScriptWriter::script(partners, mode));
    QVERIFY2(rows.isOk(), qPrintable(rows.error.toString()));
    QCOMPARE(rows.rows.size(), partners.size());
    for (qsizetype i = 0; i < partners.size(); ++i)
        QCOMPARE(rows.rows.at(i).line, int(i) + 1);
    QCOMPARE(partnersOf(rows), partners);
}

void tst_PowerShellScriptReader::samplePartnersReadBack()
{
    const PartnerStore::LoadResult loaded
        = PartnerStore(QStringLiteral(XP_SOURCE_DIR "/resources/sample-partners.json")).load();
    QVERIFY(loaded.isOk());
    QList<Partner> partners = loaded.document.partners.partners();
    QVERIFY(partners.size() >= 3);
    const ImportRows rows = PowerShellScriptReader::parse(
        PowerShellScriptWriter::script(partners, PowerShellScriptWriter::Mode::New));
    QVERIFY(rows.isOk());
    for (Partner &partner : partners) {
        partner.unknownFields = {}; // the script has no place for this version's unknown keys
        // -ProxyFqdn takes a host only: a proxy written with a port comes back without it.
        const ServerAddress proxy = ServerAddress::parse(partner.proxyFqdn);
        if (proxy.port())
            partner.proxyFqdn = proxy.host();
    }
    QCOMPARE(partnersOf(rows), partners);
}

void tst_PowerShellScriptReader::cmdletDefaultsFillTheRest()
{
    const Partner partner = read(u"New-CsXmppAllowedPartner -Identity 'contoso.com'"_qs);
    QCOMPARE(partner.domain, u"contoso.com"_qs);
    QCOMPARE(partner.partnerType, PartnerType::PublicUnverified);
    QCOMPARE(partner.tlsNegotiation, Negotiation::Required);
    // The cmdlet's own default, unlike the editor's.
    QCOMPARE(partner.saslNegotiation, Negotiation::Required);
    QCOMPARE(partner.supportDialbackNegotiation, true);
    QCOMPARE(partner.enableKeepAlive, true);
    QVERIFY(partner.description.isEmpty());
    QVERIFY(partner.additionalDomains.isEmpty());
    QVERIFY(partner.proxyFqdn.isEmpty());
    QVERIFY(!partner.connectionLimit);
}

void tst_PowerShellScriptReader::powerShellSpellings_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("positional identity")
        << u"New-CsXmppAllowedPartner contoso.com -SaslNegotiation Optional"_qs << u"domain"_qs
        << u"contoso.com"_qs;
    QTest::newRow("names in any case, command too")
        << u"new-csxmppallowedpartner -IDENTITY 'contoso.com' -partnertype federated"_qs
        << u"type"_qs << u"Federated"_qs;
    QTest::newRow("shortened names")
        << u"New-CsXmppAllowedPartner -Id contoso.com -Desc 'Short' -Partner PublicVerified"_qs
        << u"description"_qs << u"Short"_qs;
    QTest::newRow("-Name:value")
        << u"New-CsXmppAllowedPartner -Identity:contoso.com -EnableKeepAlive:$false"_qs
        << u"keepalive"_qs << u"false"_qs;
    QTest::newRow("booleans as numbers")
        << u"New-CsXmppAllowedPartner -Identity contoso.com -SupportDialbackNegotiation 0"_qs
        << u"dialback"_qs << u"false"_qs;
    QTest::newRow("typographic quotes and dashes")
        << u"New-CsXmppAllowedPartner –Identity ‘contoso.com’ —Description “it’s ok”"_qs
        << u"description"_qs << u"it’s ok"_qs;
    QTest::newRow("double quotes with escapes")
        << u"New-CsXmppAllowedPartner -Identity contoso.com -Description \"a`tb \"\"c\"\" `$d\""_qs
        << u"description"_qs << u"a\tb \"c\" $d"_qs;
    QTest::newRow("line continuations and comments")
        << u"# partners\r\n<# a block\r\ncomment #>\r\nNew-CsXmppAllowedPartner `\r\n  -Identity "
           "contoso.com `\r\n  -Description 'continued' # trailing comment\r\n"_qs
        << u"description"_qs << u"continued"_qs;
    QTest::newRow("here-string")
        << u"New-CsXmppAllowedPartner -Identity contoso.com -Description @'\r\nfirst 'line'\r\n"
           "second\r\n'@"_qs
        << u"description"_qs << u"first 'line'\r\nsecond"_qs;
    QTest::newRow("domains as a list")
        << u"New-CsXmppAllowedPartner -Identity contoso.com -AdditionalDomains a.contoso.com, "
           "'b.contoso.com'"_qs
        << u"domains"_qs << u"a.contoso.com b.contoso.com"_qs;
    QTest::newRow("domains as @()")
        << u"New-CsXmppAllowedPartner -Identity contoso.com -AdditionalDomains @('a.contoso.com'"
           "\r\n 'b.contoso.com')"_qs
        << u"domains"_qs << u"a.contoso.com b.contoso.com"_qs;
    QTest::newRow("domains as @{Replace=@()}")
        << u"New-CsXmppAllowedPartner -Identity contoso.com -AdditionalDomains "
           "@{Replace=@('a.contoso.com','b.contoso.com')}"_qs
        << u"domains"_qs << u"a.contoso.com b.contoso.com"_qs;
    QTest::newRow("common parameters ignored") << u"New-CsXmppAllowedPartner -Identity contoso.com "
                                                  u"-Force -ErrorAction Stop -WhatIf:$false "
                                                  "-ConnectionLimit 5"_qs
                                               << u"limit"_qs << u"5"_qs;
    QTest::newRow("$null clears")
        << u"New-CsXmppAllowedPartner -Identity contoso.com -ProxyFqdn $null"_qs << u"proxy"_qs
        << QString();
    QTest::newRow("two on one line")
        << u"New-CsXmppAllowedPartner -Identity contoso.com; Get-CsXmppAllowedPartner"_qs
        << u"domain"_qs << u"contoso.com"_qs;
}

void tst_PowerShellScriptReader::powerShellSpellings()
{
    QFETCH(QString, script);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Partner partner = read(script);
    QString actual;
    if (field == u"domain")
        actual = partner.domain;
    else if (field == u"description")
        actual = partner.description;
    else if (field == u"type")
        actual = wireName(partner.partnerType);
    else if (field == u"keepalive")
        actual = partner.enableKeepAlive ? u"true"_qs : u"false"_qs;
    else if (field == u"dialback")
        actual = partner.supportDialbackNegotiation ? u"true"_qs : u"false"_qs;
    else if (field == u"domains")
        actual = partner.additionalDomains.join(u' ');
    else if (field == u"limit")
        actual = partner.connectionLimit ? QString::number(*partner.connectionLimit) : QString();
    else if (field == u"proxy")
        actual = partner.proxyFqdn;
    QVERIFY(!partner.domain.isEmpty());
    QCOMPARE(actual, expected);
}

void tst_PowerShellScriptReader::refusedCommands_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("reason");
    const QString command = u"New-CsXmppAllowedPartner -Identity contoso.com "_qs;
    QTest::newRow("variable") << command + u"-Description $text"_qs
                              << u"line 1: -Description takes the variable $text"_qs;
    QTest::newRow("expanding string") << command + u"-Description \"on $(hostname)\""_qs
                                      << u"double-quoted string that PowerShell expands"_qs;
    QTest::newRow("expression") << command + u"-ConnectionLimit (2 * 5)"_qs
                                << u"-ConnectionLimit is an expression"_qs;
    QTest::newRow("unknown parameter") << command
            + u"-Colour blue"_qs << u"-Colour is not a parameter of New-CsXmppAllowedPartner"_qs;
    QTest::newRow("ambiguous parameter")
        << command + u"-E $true"_qs << u"-E is ambiguous: it could be -EnableKeepAlive"_qs;
    QTest::newRow("twice") << command + u"-PartnerType Federated -PartnerType Federated"_qs
                           << u"-PartnerType is given twice"_qs;
    QTest::newRow("no identity") << u"New-CsXmppAllowedPartner -PartnerType Federated"_qs
                                 << u"line 1: the command has no -Identity"_qs;
    // Found by fuzz_powershellscript: an empty identity was read as a partner.
    QTest::newRow("empty identity")
        << u"New-CsXmppAllowedPartner -Iden $null"_qs << u"line 1: -Identity is empty."_qs;
    QTest::newRow("unknown enum")
        << command + u"-TlsNegotiation Sometimes"_qs
        << u"-TlsNegotiation takes Required, Optional, NotSupported, not “Sometimes”"_qs;
    QTest::newRow("string for a boolean")
        << command + u"-EnableKeepAlive 'true'"_qs << u"-EnableKeepAlive takes $true or $false"_qs;
    QTest::newRow("missing value")
        << command + u"-Description"_qs << u"-Description has no value"_qs;
    QTest::newRow("list for one value")
        << command + u"-ProxyFqdn a.com, b.com"_qs << u"-ProxyFqdn takes one value, not a list"_qs;
    QTest::newRow("remove from a new partner")
        << command + u"-AdditionalDomains @{Remove='a.contoso.com'}"_qs
        << u"-AdditionalDomains takes @{Add=…} or @{Replace=…}, not @{Remove=…}"_qs;
    QTest::newRow("not a number") << command + u"-ConnectionLimit many"_qs
                                  << u"-ConnectionLimit takes a whole number, not “many”"_qs;
    QTest::newRow("line of the problem")
        << u"\r\n\r\nNew-CsXmppAllowedPartner -Identity contoso.com `\r\n  -Bogus 1"_qs
        << u"Row 1, line 4: -Bogus"_qs;
}

void tst_PowerShellScriptReader::refusedCommands()
{
    QFETCH(QString, script);
    QFETCH(QString, reason);
    const QString problem = problemOf(script);
    QVERIFY2(problem.contains(reason), qPrintable(problem));
}

void tst_PowerShellScriptReader::setAloneIsRefused()
{
    const ImportRows rows = PowerShellScriptReader::parse(
        "New-CsXmppAllowedPartner -Identity a.com\r\n"
        "Set-CsXmppAllowedPartner -Identity b.com -Description 'changed'\r\n"
        "Set-CsXmppAllowedPartner -Identity A.COM -Description 'twin of a New- command'\r\n");
    QVERIFY(rows.isOk());
    QCOMPARE(rows.rows.size(), 2);
    QVERIFY(rows.rows.at(0).partner);
    QCOMPARE(rows.rows.at(0).partner->domain, u"a.com"_qs);
    QVERIFY(!rows.rows.at(1).partner);
    QCOMPARE(rows.rows.at(1).line, 2);
    QVERIFY2(rows.rows.at(1).problem.toString().contains(
                 u"line 2: Set-CsXmppAllowedPartner changes only the settings it names"_qs),
             qPrintable(rows.rows.at(1).problem.toString()));
}

void tst_PowerShellScriptReader::otherCommandsAreSkipped()
{
    const ImportRows rows = PowerShellScriptReader::parse(
        "Import-Module Lync\r\n"
        "Get-Help New-CsXmppAllowedPartner -Full\r\n"
        "Write-Host 'New-CsXmppAllowedPartner -Identity not.a.command'\r\n"
        "Remove-CsXmppAllowedPartner -Identity old.example\r\n"
        "New-CsXmppAllowedPartner -Identity b.example\r\n");
    QVERIFY(rows.isOk());
    QCOMPARE(rows.rows.size(), 1);
    QVERIFY(rows.rows.constFirst().partner);
    QCOMPARE(rows.rows.constFirst().partner->domain, u"b.example"_qs);
}

void tst_PowerShellScriptReader::utf16ScriptIsRead()
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray bytes = encoder.encode(
        u"New-CsXmppAllowedPartner -Identity 'société.example' -Description 'Été'\r\n"_qs);
    const ImportRows rows = PowerShellScriptReader::parse(bytes);
    QVERIFY2(rows.isOk(), qPrintable(rows.error.toString()));
    QCOMPARE(rows.rows.size(), 1);
    QVERIFY(rows.rows.constFirst().partner);
    QCOMPARE(rows.rows.constFirst().partner->domain, u"société.example"_qs);
    QCOMPARE(rows.rows.constFirst().partner->description, u"Été"_qs);
}

void tst_PowerShellScriptReader::wholeScriptRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no command") << QByteArray("Get-CsXmppAllowedPartner\r\n")
                                << u"The script has no New-CsXmppAllowedPartner command."_qs;
    QTest::newRow("empty") << QByteArray()
                           << u"The script has no New-CsXmppAllowedPartner command."_qs;
    QTest::newRow("unclosed string")
        << QByteArray("\r\nNew-CsXmppAllowedPartner -Identity 'a.com\r\n")
        << u"Line 2: a string is not closed before the end of the script."_qs;
    QTest::newRow("unclosed comment")
        << QByteArray("<# never closed\r\nNew-CsXmppAllowedPartner -Identity a.com\r\n")
        << u"Line 1: a <# comment is not closed before the end of the script."_qs;
    QTest::newRow("not text") << QByteArray("New-CsXmppAllowedPartner -Identity '\xff\xfe\xfd'")
                              << u"The script is not UTF-8 or UTF-16 text."_qs;
}

void tst_PowerShellScriptReader::wholeScriptRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const ImportRows rows = PowerShellScriptReader::parse(bytes);
    QVERIFY(!rows.isOk());
    QVERIFY(rows.rows.isEmpty());
    QVERIFY2(rows.error.toString().startsWith(reason), qPrintable(rows.error.toString()));
}

QTEST_GUILESS_MAIN(tst_PowerShellScriptReader)
#include "tst_powershellscriptreader.moc"
