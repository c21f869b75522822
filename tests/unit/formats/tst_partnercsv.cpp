// The CSV importer: the Export-Csv format (type line, BOM, quoting, CR LF), columns found
// by name, every value checked with a reason naming the row and the column, and bounded
// work on hostile input.
#include "formats/partnercsv.h"

#include <QFile>
#include <QTest>

class tst_PartnerCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportCsvFormat();
    void typeLineBomAndLineEnds_data();
    void typeLineBomAndLineEnds();
    void utf16File();
    void quotedFields();
    void unquotedFieldsAndShortRows();
    void columnsByNameInAnyCase();
    void identityPreferredToDomain();
    void missingIdentityIsAFileError();
    void missingOptionalColumnsLeaveDefaults();
    void unknownEnumValues();
    void badBooleans();
    void connectionLimit_data();
    void connectionLimit();
    void additionalDomainForms_data();
    void additionalDomainForms();
    void unrepresentableListIsARowProblem();
    void severalProblemsInOneRow();
    void emptyDomain();
    void emptyFile_data();
    void emptyFile();
    void headerOnly();
    void blankLinesAreSkipped();
    void unclosedQuote();
    void oversizedFile();
    void oversizedField();
    void tooManyRows();
    void hostileRowOfCommas();
    void invalidUtf8();
    void sampleFixture();
};

namespace {

const QByteArray Header = "\"Identity\",\"Description\",\"AdditionalDomains\",\"PartnerType\","
                          "\"TlsNegotiation\",\"SaslNegotiation\",\"SupportDialbackNegotiation\","
                          "\"ProxyFqdn\",\"EnableKeepAlive\",\"ConnectionLimit\"\r\n";

QByteArray row(const QByteArray &domain, const QByteArray &additional = {},
               const QByteArray &type = "Federated", const QByteArray &tls = "Required",
               const QByteArray &sasl = "Optional", const QByteArray &dialback = "True",
               const QByteArray &keepAlive = "True", const QByteArray &limit = {})
{
    return "\"" + domain + "\",\"desc\",\"" + additional + "\",\"" + type + "\",\"" + tls + "\",\""
        + sasl + "\",\"" + dialback + "\",\"\",\"" + keepAlive + "\",\"" + limit + "\"\r\n";
}

PartnerCsv::Row onlyRow(const QByteArray &csv)
{
    const PartnerCsv::Result result = PartnerCsv::parse(csv);
    if (!result.isOk())
        qWarning() << result.error.toString();
    if (result.rows.size() != 1)
        qWarning() << "rows:" << result.rows.size();
    return result.rows.value(0);
}

} // namespace

void tst_PartnerCsv::exportCsvFormat()
{
    const QByteArray csv = "#TYPE Microsoft.Rtc.Management.WritableConfig.Policy.Xmpp."
                           "XmppAllowedPartner\r\n"
        + Header
        + row("fabrikam.com", "corp.fabrikam.com it.fabrikam.com", "Federated", "Required",
              "Required", "False", "False", "100");
    const PartnerCsv::Result result = PartnerCsv::parse(csv);
    QVERIFY2(result.isOk(), qPrintable(result.error.toString()));
    QCOMPARE(result.rows.size(), 1);
    const PartnerCsv::Row &parsed = result.rows.first();
    QCOMPARE(parsed.line, 1);
    QVERIFY2(parsed.partner, qPrintable(parsed.problem.toString()));
    QVERIFY(parsed.problem.isEmpty());
    Partner expected;
    expected.domain = u"fabrikam.com"_qs;
    expected.description = u"desc"_qs;
    expected.additionalDomains = {u"corp.fabrikam.com"_qs, u"it.fabrikam.com"_qs};
    expected.partnerType = PartnerType::Federated;
    expected.tlsNegotiation = Negotiation::Required;
    expected.saslNegotiation = Negotiation::Required;
    expected.supportDialbackNegotiation = false;
    expected.enableKeepAlive = false;
    expected.connectionLimit = 100;
    QCOMPARE(*parsed.partner, expected);
}

void tst_PartnerCsv::typeLineBomAndLineEnds_data()
{
    QTest::addColumn<QByteArray>("csv");
    const QByteArray body = "\"Identity\",\"PartnerType\"\n\"a.com\",\"Federated\"\n"
                            "\"b.com\",\"PublicVerified\"\n";
    QByteArray crlf = body;
    crlf.replace("\n", "\r\n");
    const QByteArray type = "#TYPE Microsoft.Rtc.Management.WritableConfig.Policy.Xmpp."
                            "XmppAllowedPartner\n";
    const QByteArray bom = "\xEF\xBB\xBF";
    QTest::newRow("LF") << body;
    QTest::newRow("CRLF") << crlf;
    QTest::newRow("type line") << type + body;
    QTest::newRow("BOM") << bom + body;
    QTest::newRow("BOM, type line, CRLF") << bom + QByteArray(type).replace("\n", "\r\n") + crlf;
    QTest::newRow("other type line")
        << "#TYPE Selected.System.Management.Automation.PSObject\r\n" + crlf;
    QTest::newRow("no final line end") << body.chopped(1);
    QTest::newRow("CR only") << QByteArray(body).replace('\n', '\r');
}

void tst_PartnerCsv::typeLineBomAndLineEnds()
{
    QFETCH(QByteArray, csv);
    const PartnerCsv::Result result = PartnerCsv::parse(csv);
    QVERIFY2(result.isOk(), qPrintable(result.error.toString()));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).line, 1);
    QCOMPARE(result.rows.at(1).line, 2);
    QVERIFY(result.rows.at(0).partner && result.rows.at(1).partner);
    QCOMPARE(result.rows.at(0).partner->domain, u"a.com"_qs);
    QCOMPARE(result.rows.at(1).partner->domain, u"b.com"_qs);
    QCOMPARE(result.rows.at(1).partner->partnerType, PartnerType::PublicVerified);
}

void tst_PartnerCsv::utf16File()
{
    // Export-Csv -Encoding Unicode.
    const QString text
        = u"#TYPE X\r\n\"Identity\",\"Description\"\r\n\"société.fr\",\"Été\"\r\n"_qs;
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    const PartnerCsv::Row parsed = onlyRow(bytes);
    QVERIFY(parsed.partner);
    QCOMPARE(parsed.partner->domain, u"société.fr"_qs);
    QCOMPARE(parsed.partner->description, u"Été"_qs);
}

void tst_PartnerCsv::quotedFields()
{
    const QByteArray csv = "\"Identity\",\"Description\",\"ProxyFqdn\"\r\n"
                           "\"a.com\",\"Line one, with a comma\r\nline \"\"two\"\"\nthree\","
                           "\"xmpp.a.com\"\r\n"
                           "\"b.com\",\"\"\"\"\"\",\"\"\r\n";
    const PartnerCsv::Result result = PartnerCsv::parse(csv);
    QVERIFY(result.isOk());
    QCOMPARE(result.rows.size(), 2);
    QVERIFY(result.rows.at(0).partner);
    // CR LF inside a field is kept as a line break, written \n as the editor does.
    QCOMPARE(result.rows.at(0).partner->description,
             u"Line one, with a comma\nline \"two\"\nthree"_qs);
    QCOMPARE(result.rows.at(0).partner->proxyFqdn, u"xmpp.a.com"_qs);
    QCOMPARE(result.rows.at(1).line, 2); // counted as data rows, not as file lines
    QVERIFY(result.rows.at(1).partner);
    QCOMPARE(result.rows.at(1).partner->description, u"\"\""_qs);
}

void tst_PartnerCsv::unquotedFieldsAndShortRows()
{
    const QByteArray csv = "Identity,Description,TlsNegotiation,ConnectionLimit\n"
                           "a.com,plain text,Optional,7\n"
                           "b.com\n";
    const PartnerCsv::Result result = PartnerCsv::parse(csv);
    QVERIFY(result.isOk());
    QCOMPARE(result.rows.size(), 2);
    QVERIFY(result.rows.at(0).partner);
    QCOMPARE(result.rows.at(0).partner->description, u"plain text"_qs);
    QCOMPARE(result.rows.at(0).partner->tlsNegotiation, Negotiation::Optional);
    QCOMPARE(result.rows.at(0).partner->connectionLimit, 7);
    // A row with fewer fields than the header: the missing values are empty.
    QVERIFY(result.rows.at(1).partner);
    QCOMPARE(result.rows.at(1).partner->domain, u"b.com"_qs);
    QCOMPARE(result.rows.at(1).partner->tlsNegotiation, Negotiation::Required);
    QVERIFY(!result.rows.at(1).partner->connectionLimit);
}

void tst_PartnerCsv::columnsByNameInAnyCase()
{
    const QByteArray csv = "\"Element\",\"SASLNEGOTIATION\",\"identity\",\" PartnerType \"\r\n"
                           "\"<XmppAllowedPartner Domain=\"\"x\"\" />\",\"required\","
                           "\"a.com\",\"publicunverified\"\r\n";
    const PartnerCsv::Row parsed = onlyRow(csv);
    QVERIFY2(parsed.partner, qPrintable(parsed.problem.toString()));
    QCOMPARE(parsed.partner->domain, u"a.com"_qs);
    QCOMPARE(parsed.partner->saslNegotiation, Negotiation::Required);
    QCOMPARE(parsed.partner->partnerType, PartnerType::PublicUnverified);
}

void tst_PartnerCsv::identityPreferredToDomain()
{
    PartnerCsv::Row parsed = onlyRow("\"Domain\",\"Identity\"\n\"domain.com\",\"identity.com\"\n");
    QVERIFY(parsed.partner);
    QCOMPARE(parsed.partner->domain, u"identity.com"_qs);
    // A file with Domain alone still reads.
    parsed = onlyRow("\"Domain\",\"Description\"\n\"domain.com\",\"d\"\n");
    QVERIFY(parsed.partner);
    QCOMPARE(parsed.partner->domain, u"domain.com"_qs);
}

void tst_PartnerCsv::missingIdentityIsAFileError()
{
    const PartnerCsv::Result result
        = PartnerCsv::parse("\"Name\",\"Description\"\r\n\"a.com\",\"x\"\r\n");
    QVERIFY(!result.isOk());
    QVERIFY(result.rows.isEmpty());
    QVERIFY2(result.error.toString().contains(u"Identity"_qs), qPrintable(result.error.toString()));
}

void tst_PartnerCsv::missingOptionalColumnsLeaveDefaults()
{
    const PartnerCsv::Row parsed = onlyRow("\"Identity\"\r\n\"a.com\"\r\n");
    QVERIFY(parsed.partner);
    Partner expected;
    expected.domain = u"a.com"_qs;
    QCOMPARE(*parsed.partner, expected);
    // Empty values leave the defaults too.
    const PartnerCsv::Row empty = onlyRow(Header + row("a.com", "", "", "", "", "", "", ""));
    QVERIFY2(empty.partner, qPrintable(empty.problem.toString()));
    expected.description = u"desc"_qs;
    QCOMPARE(*empty.partner, expected);
}

void tst_PartnerCsv::unknownEnumValues()
{
    PartnerCsv::Row parsed = onlyRow(Header + row("a.com", "", "Friends"));
    QVERIFY(!parsed.partner);
    QCOMPARE(parsed.line, 1);
    QString problem = parsed.problem.toString();
    QVERIFY2(problem.contains(u"Row 1, column PartnerType"_qs), qPrintable(problem));
    QVERIFY2(problem.contains(u"“Friends”"_qs), qPrintable(problem));

    parsed = onlyRow(Header + row("a.com", "", "Federated", "Mandatory"));
    QVERIFY(!parsed.partner);
    problem = parsed.problem.toString();
    QVERIFY2(problem.contains(u"column TlsNegotiation"_qs), qPrintable(problem));
    QVERIFY2(problem.contains(u"Mandatory"_qs), qPrintable(problem));

    parsed = onlyRow(Header + row("a.com", "", "Federated", "Required", "0"));
    QVERIFY(!parsed.partner);
    QVERIFY(parsed.problem.toString().contains(u"column SaslNegotiation"_qs));
}

void tst_PartnerCsv::badBooleans()
{
    PartnerCsv::Row parsed
        = onlyRow(Header + row("a.com", "", "Federated", "Required", "Optional", "yes"));
    QVERIFY(!parsed.partner);
    QVERIFY2(parsed.problem.toString().contains(u"column SupportDialbackNegotiation"_qs),
             qPrintable(parsed.problem.toString()));
    parsed = onlyRow(Header + row("a.com", "", "Federated", "Required", "Optional", "TRUE", "1"));
    QVERIFY(!parsed.partner);
    QVERIFY2(parsed.problem.toString().contains(u"column EnableKeepAlive"_qs),
             qPrintable(parsed.problem.toString()));
    parsed
        = onlyRow(Header + row("a.com", "", "Federated", "Required", "Optional", "FALSE", "false"));
    QVERIFY(parsed.partner);
    QVERIFY(!parsed.partner->supportDialbackNegotiation);
    QVERIFY(!parsed.partner->enableKeepAlive);
}

void tst_PartnerCsv::connectionLimit_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expected"); // -1: unset, -2: refused
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("number") << QByteArray("250") << 250;
    QTest::newRow("spaces") << QByteArray(" 12 ") << 12;
    // Out of the 1-1000 range but a number: PartnerValidator judges it, not the parser.
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("negative") << QByteArray("-5") << -2;
    QTest::newRow("plus") << QByteArray("+5") << -2;
    QTest::newRow("decimal") << QByteArray("1.5") << -2;
    QTest::newRow("word") << QByteArray("unlimited") << -2;
    QTest::newRow("overflow") << QByteArray("99999999999999999999") << -2;
    QTest::newRow("over int") << QByteArray("4294967295") << -2;
    QTest::newRow("arabic-indic digits") << QByteArray("\xD9\xA1\xD9\xA2") << -2;
}

void tst_PartnerCsv::connectionLimit()
{
    QFETCH(QByteArray, text);
    QFETCH(int, expected);
    const PartnerCsv::Row parsed = onlyRow(
        Header + row("a.com", "", "Federated", "Required", "Optional", "True", "True", text));
    if (expected == -2) {
        QVERIFY(!parsed.partner);
        QVERIFY2(parsed.problem.toString().contains(u"Row 1, column ConnectionLimit"_qs),
                 qPrintable(parsed.problem.toString()));
        return;
    }
    QVERIFY2(parsed.partner, qPrintable(parsed.problem.toString()));
    QCOMPARE(parsed.partner->connectionLimit,
             expected == -1 ? std::optional<int>() : std::optional<int>(expected));
}

void tst_PartnerCsv::additionalDomainForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList two {u"a.com"_qs, u"b.com"_qs};
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("blank") << u"   "_qs << QStringList();
    QTest::newRow("one") << u"a.com"_qs << QStringList {u"a.com"_qs};
    QTest::newRow("spaces") << u"a.com b.com"_qs << two;
    QTest::newRow("many spaces") << u"  a.com \t b.com  "_qs << two;
    QTest::newRow("commas") << u"a.com, b.com"_qs << two;
    QTest::newRow("braces") << u"{a.com, b.com}"_qs << two;
    QTest::newRow("empty braces") << u"{}"_qs << QStringList();
    QTest::newRow("PSListModifier add") << u"@{Add='a.com','b.com'}"_qs << two;
    QTest::newRow("PSListModifier replace") << u"@{Replace=\"a.com\", \"b.com\"}"_qs << two;
}

void tst_PartnerCsv::additionalDomainForms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const std::optional<QStringList> domains = PartnerCsv::parseDomainList(text);
    QVERIFY(domains);
    QCOMPARE(*domains, expected);
}

void tst_PartnerCsv::unrepresentableListIsARowProblem()
{
    QVERIFY(!PartnerCsv::parseDomainList(u"System.Collections.Generic.List`1[System.String]"_qs));
    QVERIFY(!PartnerCsv::parseDomainList(u"System.Object[]"_qs));
    const QByteArray csv = Header + row("a.com", "corp.a.com")
        + row("b.com", "System.Collections.Generic.List`1[System.String]") + row("c.com");
    const PartnerCsv::Result result = PartnerCsv::parse(csv);
    QVERIFY(result.isOk());
    QCOMPARE(result.rows.size(), 3);
    QVERIFY(result.rows.at(0).partner);
    QVERIFY(result.rows.at(2).partner);
    const PartnerCsv::Row &bad = result.rows.at(1);
    QVERIFY(!bad.partner);
    QCOMPARE(bad.line, 2);
    const QString problem = bad.problem.toString();
    QVERIFY2(problem.startsWith(u"Row 2, column AdditionalDomains"_qs), qPrintable(problem));
    QVERIFY2(problem.contains(u"System.Collections.Generic.List`1[System.String]"_qs),
             qPrintable(problem));
}

void tst_PartnerCsv::severalProblemsInOneRow()
{
    const PartnerCsv::Row parsed
        = onlyRow(Header + row("a.com", "", "Nope", "Always", "Optional", "maybe", "True", "x"));
    QVERIFY(!parsed.partner);
    const QStringList lines = parsed.problem.toString().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).contains(u"PartnerType"_qs));
    QVERIFY(lines.at(1).contains(u"TlsNegotiation"_qs));
    QVERIFY(lines.at(2).contains(u"SupportDialbackNegotiation"_qs));
    QVERIFY(lines.at(3).contains(u"ConnectionLimit"_qs));
}

void tst_PartnerCsv::emptyDomain()
{
    const PartnerCsv::Result result = PartnerCsv::parse(Header + row("a.com") + row("  "));
    QCOMPARE(result.rows.size(), 2);
    QVERIFY(!result.rows.at(1).partner);
    QVERIFY2(result.rows.at(1).problem.toString().contains(u"Row 2, column Identity"_qs),
             qPrintable(result.rows.at(1).problem.toString()));
}

void tst_PartnerCsv::emptyFile_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("blank lines") << QByteArray("\r\n\r\n  \n");
    QTest::newRow("type line only") << QByteArray("#TYPE Microsoft.Rtc.Management.X\r\n");
}

void tst_PartnerCsv::emptyFile()
{
    QFETCH(QByteArray, csv);
    const PartnerCsv::Result result = PartnerCsv::parse(csv);
    QVERIFY(!result.isOk());
    QVERIFY(result.rows.isEmpty());
    QVERIFY(!result.error.toString().isEmpty());
}

void tst_PartnerCsv::headerOnly()
{
    const PartnerCsv::Result result = PartnerCsv::parse("#TYPE X\r\n" + Header);
    QVERIFY2(result.isOk(), qPrintable(result.error.toString()));
    QVERIFY(result.rows.isEmpty());
}

void tst_PartnerCsv::blankLinesAreSkipped()
{
    const PartnerCsv::Result result
        = PartnerCsv::parse("\"Identity\"\r\n\r\n\"a.com\"\r\n\r\n\r\n\"b.com\"\r\n\r\n");
    QVERIFY(result.isOk());
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(1).line, 2);
}

void tst_PartnerCsv::unclosedQuote()
{
    const PartnerCsv::Result result
        = PartnerCsv::parse("\"Identity\",\"Description\"\n\"a.com\",\"ok\"\n\"b.com\",\"open\n"
                            "\"c.com\",\"x\n");
    QVERIFY(!result.isOk());
    QVERIFY(result.rows.isEmpty());
    QVERIFY2(result.error.toString().startsWith(u"Line 3:"_qs),
             qPrintable(result.error.toString()));
    QVERIFY(!PartnerCsv::parse("\"Identity").isOk());
}

void tst_PartnerCsv::oversizedFile()
{
    QByteArray csv = Header;
    csv.append(PartnerCsv::MaxFileSize + 1 - csv.size(), '\n');
    const PartnerCsv::Result result = PartnerCsv::parse(csv);
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.toString().contains(u"64 MiB"_qs), qPrintable(result.error.toString()));
    // Exactly at the limit is read.
    csv.chop(1);
    QVERIFY(PartnerCsv::parse(csv).isOk());
}

void tst_PartnerCsv::oversizedField()
{
    const QByteArray huge(PartnerCsv::MaxFieldSize + 1, 'x');
    const QByteArray csv = "\"Identity\",\"Description\",\"ProxyFqdn\"\n"
                           "\"a.com\",\""
        + huge + "\",\"p.a.com\"\n\"b.com\",\"" + huge.chopped(1) + "\",\"\"\n\"c.com\"," + huge
        + ",\n";
    const PartnerCsv::Result result = PartnerCsv::parse(csv);
    QVERIFY(result.isOk());
    QCOMPARE(result.rows.size(), 3);
    QVERIFY(!result.rows.at(0).partner);
    QVERIFY2(result.rows.at(0).problem.toString().contains(u"Row 1, column Description"_qs),
             qPrintable(result.rows.at(0).problem.toString()));
    QVERIFY(result.rows.at(0).problem.toString().contains(u"1 MiB"_qs));
    // 1 MiB exactly is read (PartnerValidator refuses the description later).
    QVERIFY(result.rows.at(1).partner);
    QCOMPARE(result.rows.at(1).partner->description.size(), PartnerCsv::MaxFieldSize);
    QVERIFY(!result.rows.at(2).partner); // unquoted
    // In the header: the whole file.
    QVERIFY(!PartnerCsv::parse("\"Identity\",\"" + huge + "\"\n\"a.com\",\"\"\n").isOk());
}

void tst_PartnerCsv::tooManyRows()
{
    QByteArray csv = "Identity\n";
    for (int i = 0; i < PartnerCsv::MaxRows; ++i)
        csv.append("d" + QByteArray::number(i) + ".com\n");
    PartnerCsv::Result result = PartnerCsv::parse(csv);
    QVERIFY(result.isOk());
    QCOMPARE(result.rows.size(), PartnerCsv::MaxRows);
    csv.append("one-more.com\n");
    result = PartnerCsv::parse(csv);
    QVERIFY(!result.isOk());
    QVERIFY(result.rows.isEmpty());
    QVERIFY(result.error.toString().contains(u"100"_qs));
}

void tst_PartnerCsv::hostileRowOfCommas()
{
    // Millions of fields in one row cost nothing: only the header's columns are kept.
    QByteArray csv = "Identity,Description\na.com";
    csv.append(8 * 1024 * 1024, ',');
    csv.append('\n');
    const PartnerCsv::Result result = PartnerCsv::parse(csv);
    QVERIFY(result.isOk());
    QCOMPARE(result.rows.size(), 1);
    QVERIFY(result.rows.first().partner);
    // A header of too many columns is refused.
    QByteArray header(PartnerCsv::MaxColumns + 1, ',');
    QVERIFY(!PartnerCsv::parse("Identity" + header + "\na.com\n").isOk());
}

void tst_PartnerCsv::invalidUtf8()
{
    const PartnerCsv::Row parsed
        = onlyRow("\"Identity\",\"Description\"\n\"a.com\",\"soci\xE9t\xE9\"\n");
    QVERIFY(!parsed.partner);
    QVERIFY2(parsed.problem.toString().contains(u"Row 1, column Description"_qs),
             qPrintable(parsed.problem.toString()));
}

void tst_PartnerCsv::sampleFixture()
{
    QFile file(QStringLiteral(XP_FIXTURES "/get-csxmppallowedpartner.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const PartnerCsv::Result result = PartnerCsv::parse(file.readAll());
    QVERIFY2(result.isOk(), qPrintable(result.error.toString()));
    QCOMPARE(result.rows.size(), 11);
    QStringList readable;
    QStringList problems;
    for (const PartnerCsv::Row &parsed : result.rows) {
        if (parsed.partner)
            readable.append(parsed.partner->domain);
        else
            problems.append(parsed.problem.toString());
    }
    // wingtiptoys.com (SASL without TLS) and corp.fabrikam.com read well: the plan
    // refuses them.
    QCOMPARE(readable,
             QStringList({u"fabrikam.com"_qs, u"litwareinc.com"_qs, u"contoso.com"_qs,
                          u"wingtiptoys.com"_qs, u"gmail.com"_qs, u"corp.fabrikam.com"_qs,
                          u"fourthcoffee.com"_qs}));
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.at(0).startsWith(u"Row 4, column AdditionalDomains"_qs));
    QVERIFY(problems.at(1).startsWith(u"Row 5, column TlsNegotiation"_qs));
    QVERIFY(problems.at(2).startsWith(u"Row 7, column EnableKeepAlive"_qs));
    QVERIFY(problems.at(3).startsWith(u"Row 8, column ConnectionLimit"_qs));

    const Partner &fabrikam = *result.rows.at(0).partner;
    QCOMPARE(fabrikam.additionalDomains,
             QStringList({u"corp.fabrikam.com"_qs, u"it.fabrikam.com"_qs}));
    QCOMPARE(fabrikam.connectionLimit, 100);
    QCOMPARE(fabrikam.description, u"Fabrikam, Inc. - Lync Server 2013"_qs);
    const Partner &litware = *result.rows.at(1).partner;
    QCOMPARE(litware.description, u"Litware \"Jabber\" gateway, Paris"_qs);
    QCOMPARE(litware.partnerType, PartnerType::PublicVerified);
    QCOMPARE(litware.proxyFqdn, u"xmpp.litwareinc.com"_qs);
    const Partner &contoso = *result.rows.at(2).partner;
    QCOMPARE(contoso.description, u"Contoso Ltd.\nSecond line: ask the NOC first"_qs);
    QCOMPARE(contoso.additionalDomains,
             QStringList({u"chat.contoso.com"_qs, u"im.contoso.com"_qs}));
    QVERIFY(!contoso.enableKeepAlive);
    const Partner &fourthCoffee = *result.rows.at(10).partner;
    QCOMPARE(fourthCoffee.partnerType, PartnerType::PublicVerified);
    QCOMPARE(fourthCoffee.tlsNegotiation, Negotiation::Required);
    QCOMPARE(fourthCoffee.saslNegotiation, Negotiation::Optional);
}

QTEST_GUILESS_MAIN(tst_PartnerCsv)
#include "tst_partnercsv.moc"
