// The table of New-CsXmppAllowedPartner's parameters: every field once, with the names the
// cmdlet, Export-Csv and the partner file use, and the formats reading and writing by it.
#include "file/partnerjson.h"
#include "formats/cmdletparameters.h"
#include "formats/partnercsv.h"
#include "formats/powershellscriptreader.h"
#include "formats/powershellscriptwriter.h"

#include <QSet>
#include <QTest>

using Field = CmdletParameters::Field;
using Kind = CmdletParameters::Kind;

class tst_CmdletParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachFieldLooksUpItsOwnEntry();
    void namesAreDistinct();
    void namesMatchTheCmdlet_data();
    void namesMatchTheCmdlet();
    void lookUpByName();
    void valueNamesOfEachKind();
    void commandNames();
    void scriptWriterNamesEveryParameter();
    void partnerFileWritesEveryKey();
    void csvHeaderOfTheTableReadsEveryField();
    void scriptOfTheTableReadsEveryField();

private:
    // A partner whose every field differs from a new partner's.
    static Partner everyFieldSet();
};

Partner tst_CmdletParameters::everyFieldSet()
{
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    partner.description = u"Fabrikam"_qs;
    partner.additionalDomains = {u"corp.fabrikam.com"_qs};
    partner.partnerType = PartnerType::Federated;
    partner.tlsNegotiation = Negotiation::Optional;
    partner.saslNegotiation = Negotiation::NotSupported;
    partner.supportDialbackNegotiation = false;
    partner.proxyFqdn = u"edge.fabrikam.com"_qs;
    partner.enableKeepAlive = false;
    partner.connectionLimit = 42;
    return partner;
}

void tst_CmdletParameters::eachFieldLooksUpItsOwnEntry()
{
    // The table's order is checked when it compiles; the look-ups are checked here.
    for (int i = 0; i < CmdletParameters::FieldCount; ++i) {
        const Field field = Field(i);
        const CmdletParameters::Parameter &parameter = CmdletParameters::parameter(field);
        QCOMPARE(parameter.field, field);
        QCOMPARE(CmdletParameters::powerShellName(field), parameter.powerShellName.toString());
        QCOMPARE(CmdletParameters::csvColumn(field), parameter.csvColumn.toString());
        QCOMPARE(CmdletParameters::jsonKey(field), parameter.jsonKey.toString());
    }
}

void tst_CmdletParameters::namesAreDistinct()
{
    QSet<QString> powerShell;
    QSet<QString> csv;
    QSet<QString> json;
    for (const CmdletParameters::Parameter &parameter : CmdletParameters::all()) {
        QVERIFY(!parameter.powerShellName.isEmpty());
        QVERIFY(!parameter.csvColumn.isEmpty());
        QVERIFY(!parameter.jsonKey.isEmpty());
        // PowerShell and Import-Csv match names case-insensitively; JSON keys do not.
        powerShell.insert(parameter.powerShellName.toString().toLower());
        csv.insert(parameter.csvColumn.toString().toLower());
        json.insert(parameter.jsonKey.toString());
    }
    QCOMPARE(powerShell.size(), qsizetype(CmdletParameters::FieldCount));
    QCOMPARE(csv.size(), qsizetype(CmdletParameters::FieldCount));
    QCOMPARE(json.size(), qsizetype(CmdletParameters::FieldCount));
}

void tst_CmdletParameters::namesMatchTheCmdlet_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("powerShellName");
    QTest::addColumn<QString>("csvColumn");
    QTest::addColumn<QString>("jsonKey");
    QTest::addColumn<Kind>("kind");

    // New-CsXmppAllowedPartner's parameters as Microsoft documents them; the columns are
    // the properties of Get-CsXmppAllowedPartner's objects, named alike.
    QTest::newRow("Identity") << Field::Identity << u"Identity"_qs << u"Identity"_qs << u"domain"_qs
                              << Kind::Text;
    QTest::newRow("Description") << Field::Description << u"Description"_qs << u"Description"_qs
                                 << u"description"_qs << Kind::Text;
    QTest::newRow("AdditionalDomains")
        << Field::AdditionalDomains << u"AdditionalDomains"_qs << u"AdditionalDomains"_qs
        << u"additionalDomains"_qs << Kind::DomainList;
    QTest::newRow("PartnerType") << Field::PartnerType << u"PartnerType"_qs << u"PartnerType"_qs
                                 << u"partnerType"_qs << Kind::PartnerType;
    QTest::newRow("TlsNegotiation")
        << Field::TlsNegotiation << u"TlsNegotiation"_qs << u"TlsNegotiation"_qs
        << u"tlsNegotiation"_qs << Kind::Negotiation;
    QTest::newRow("SaslNegotiation")
        << Field::SaslNegotiation << u"SaslNegotiation"_qs << u"SaslNegotiation"_qs
        << u"saslNegotiation"_qs << Kind::Negotiation;
    QTest::newRow("SupportDialbackNegotiation")
        << Field::SupportDialbackNegotiation << u"SupportDialbackNegotiation"_qs
        << u"SupportDialbackNegotiation"_qs << u"supportDialbackNegotiation"_qs << Kind::Boolean;
    QTest::newRow("ProxyFqdn") << Field::ProxyFqdn << u"ProxyFqdn"_qs << u"ProxyFqdn"_qs
                               << u"proxyFqdn"_qs << Kind::Text;
    QTest::newRow("EnableKeepAlive")
        << Field::EnableKeepAlive << u"EnableKeepAlive"_qs << u"EnableKeepAlive"_qs
        << u"enableKeepAlive"_qs << Kind::Boolean;
    QTest::newRow("ConnectionLimit")
        << Field::ConnectionLimit << u"ConnectionLimit"_qs << u"ConnectionLimit"_qs
        << u"connectionLimit"_qs << Kind::Number;
}

void tst_CmdletParameters::namesMatchTheCmdlet()
{
    QFETCH(Field, field);
    QFETCH(QString, powerShellName);
    QFETCH(QString, csvColumn);
    QFETCH(QString, jsonKey);
    QFETCH(Kind, kind);

    QCOMPARE(CmdletParameters::powerShellName(field), powerShellName);
    QCOMPARE(CmdletParameters::csvColumn(field), csvColumn);
    QCOMPARE(CmdletParameters::jsonKey(field), jsonKey);
    QCOMPARE(CmdletParameters::parameter(field).kind, kind);
    QCOMPARE(CmdletParameters::fromPowerShellName(powerShellName), field);
    QCOMPARE(CmdletParameters::fromCsvColumn(csvColumn), field);
    QCOMPARE(CmdletParameters::fromJsonKey(jsonKey), field);
}

void tst_CmdletParameters::lookUpByName()
{
    QCOMPARE(CmdletParameters::fromPowerShellName(u"tlsnegotiation"), Field::TlsNegotiation);
    QCOMPARE(CmdletParameters::fromCsvColumn(u"PROXYFQDN"), Field::ProxyFqdn);
    // Whole names only: shortening is the command parser's business.
    QVERIFY(!CmdletParameters::fromPowerShellName(u"Tls").has_value());
    QVERIFY(!CmdletParameters::fromPowerShellName(u"-Identity").has_value());
    QVERIFY(!CmdletParameters::fromPowerShellName(u"Force").has_value());
    QVERIFY(!CmdletParameters::fromPowerShellName(u"").has_value());
    // The file's key for the identity is "domain"; JSON keys are case-sensitive.
    QVERIFY(!CmdletParameters::fromJsonKey(u"identity").has_value());
    QVERIFY(!CmdletParameters::fromJsonKey(u"Domain").has_value());
    QVERIFY(!CmdletParameters::fromJsonKey(u"ProxyFqdn").has_value());
    QVERIFY(!CmdletParameters::fromCsvColumn(u"domain").has_value());
}

void tst_CmdletParameters::valueNamesOfEachKind()
{
    QCOMPARE(CmdletParameters::valueNames(Kind::PartnerType),
             QStringList({u"Federated"_qs, u"PublicVerified"_qs, u"PublicUnverified"_qs}));
    QCOMPARE(CmdletParameters::valueNames(Kind::Negotiation),
             QStringList({u"Required"_qs, u"Optional"_qs, u"NotSupported"_qs}));
    for (const Kind kind : {Kind::Text, Kind::DomainList, Kind::Boolean, Kind::Number})
        QVERIFY(CmdletParameters::valueNames(kind).isEmpty());
    // Every spelling reads back as the value it names.
    for (const QString &name : CmdletParameters::valueNames(Kind::PartnerType))
        QCOMPARE(wireName(*partnerTypeFromWireName(name)), name);
    for (const QString &name : CmdletParameters::valueNames(Kind::Negotiation))
        QCOMPARE(wireName(*negotiationFromWireName(name)), name);
}

void tst_CmdletParameters::commandNames()
{
    QCOMPARE(CmdletParameters::newCommand(), u"New-CsXmppAllowedPartner"_qs);
    QCOMPARE(CmdletParameters::setCommand(), u"Set-CsXmppAllowedPartner"_qs);
    QCOMPARE(CmdletParameters::getCommand(), u"Get-CsXmppAllowedPartner"_qs);
}

void tst_CmdletParameters::scriptWriterNamesEveryParameter()
{
    const QString parameters = PowerShellScriptWriter::parameters(everyFieldSet(), u"New"_qs);
    qsizetype previous = -1;
    for (const CmdletParameters::Parameter &parameter : CmdletParameters::all()) {
        const QString name = u'-' + parameter.powerShellName.toString() + u' ';
        const qsizetype at = parameters.indexOf(name);
        QVERIFY2(at >= 0, qPrintable(name));
        QVERIFY2(at > previous, qPrintable(name + u"is out of the table's order"_qs));
        previous = at;
    }
    // Optional parameters left unset are left out.
    const QString minimal = PowerShellScriptWriter::parameters(Partner {}, u"New"_qs);
    QVERIFY(minimal.startsWith(u"-Identity ''"_qs));
    QVERIFY(!minimal.contains(u"-Description"_qs));
    QVERIFY(!minimal.contains(u"-AdditionalDomains"_qs));
    QVERIFY(!minimal.contains(u"-ProxyFqdn"_qs));
    QVERIFY(!minimal.contains(u"-ConnectionLimit"_qs));
}

void tst_CmdletParameters::partnerFileWritesEveryKey()
{
    QStringList keys;
    for (const CmdletParameters::Parameter &parameter : CmdletParameters::all())
        keys.append(parameter.jsonKey.toString());
    QCOMPARE(PartnerJson::knownKeys(), keys);

    QStringList written = PartnerJson::toJson(everyFieldSet()).keys();
    written.sort();
    keys.sort();
    QCOMPARE(written, keys);

    Partner read;
    QCOMPARE(PartnerJson::fromJson(PartnerJson::toJson(everyFieldSet()), &read), QString());
    QCOMPARE(read, everyFieldSet());
}

void tst_CmdletParameters::csvHeaderOfTheTableReadsEveryField()
{
    QStringList header;
    for (const CmdletParameters::Parameter &parameter : CmdletParameters::all())
        header.append(parameter.csvColumn.toString());
    const QString row = u"fabrikam.com,Fabrikam,corp.fabrikam.com,Federated,Optional,"
                        "NotSupported,False,edge.fabrikam.com,False,42"_qs;
    const PartnerCsv::Result result = PartnerCsv::parse((header.join(u',') + u'\n' + row).toUtf8());
    QVERIFY(result.isOk());
    QCOMPARE(result.rows.size(), qsizetype(1));
    QVERIFY2(result.rows.first().partner, qPrintable(result.rows.first().problem.toString()));
    QCOMPARE(*result.rows.first().partner, everyFieldSet());
}

void tst_CmdletParameters::scriptOfTheTableReadsEveryField()
{
    QStringList parameters;
    const QStringList values {u"fabrikam.com"_qs,
                              u"Fabrikam"_qs,
                              u"corp.fabrikam.com"_qs,
                              u"Federated"_qs,
                              u"Optional"_qs,
                              u"NotSupported"_qs,
                              u"$false"_qs,
                              u"edge.fabrikam.com"_qs,
                              u"$false"_qs,
                              u"42"_qs};
    QCOMPARE(values.size(), qsizetype(CmdletParameters::FieldCount));
    for (const CmdletParameters::Parameter &parameter : CmdletParameters::all()) {
        parameters.append(u'-' + parameter.powerShellName.toString() + u' '
                          + values.at(int(parameter.field)));
    }
    const ImportRows rows = PowerShellScriptReader::parse(
        (CmdletParameters::newCommand() + u' ' + parameters.join(u' ')).toUtf8());
    QVERIFY(rows.isOk());
    QCOMPARE(rows.rows.size(), qsizetype(1));
    QVERIFY2(rows.rows.first().partner, qPrintable(rows.rows.first().problem.toString()));
    QCOMPARE(*rows.rows.first().partner, everyFieldSet());
}

QTEST_GUILESS_MAIN(tst_CmdletParameters)
#include "tst_cmdletparameters.moc"
