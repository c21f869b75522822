// Import files in every format: the format chosen by extension or content, this tool's
// own JSON read entry by entry (a bad entry refuses its row, not the file), and files
// that cannot be read at all.
#include "file/partnerjson.h"
#include "file/partnerstore.h"
#include "formats/partnerfilerowreader.h"
#include "formats/powershellscriptwriter.h"
#include "import/importreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class tst_ImportReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatOf_data();
    void formatOf();
    void partnerFileReadsEveryEntry();
    void partnerFileBadEntryRefusesItsRowOnly();
    void partnerFileRefusedWhole_data();
    void partnerFileRefusedWhole();
    void readsEachFormatFromDisk();
    void unreadableFile();
};

void tst_ImportReader::formatOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ImportReader::Format>("format");
    QTest::newRow("csv by name") << u"a.CSV"_qs << QByteArray("{") << ImportReader::Format::Csv;
    QTest::newRow("json by name") << u"a.json"_qs << QByteArray()
                                  << ImportReader::Format::PartnerFile;
    QTest::newRow("ps1 by name") << u"a.ps1"_qs << QByteArray() << ImportReader::Format::PowerShell;
    QTest::newRow("json by content")
        << u"partners"_qs << QByteArray("\xEF\xBB\xBF  {\"format\": \"xmpp-partners\"}")
        << ImportReader::Format::PartnerFile;
    QTest::newRow("csv by content")
        << u"export.txt"_qs
        << QByteArray("#TYPE Deserialized.XmppAllowedPartner\r\n\"Identity\"\r\n\"a.com\"\r\n")
        << ImportReader::Format::Csv;
    QTest::newRow("script by content")
        << u"partners.txt"_qs << QByteArray("new-csxmppallowedpartner -Identity a.com\r\n")
        << ImportReader::Format::PowerShell;
    QTest::newRow("header-only csv")
        << u"x"_qs << QByteArray("Identity,Description\r\n") << ImportReader::Format::Csv;
}

void tst_ImportReader::formatOf()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    QFETCH(ImportReader::Format, format);
    QCOMPARE(ImportReader::formatOf(path, bytes), format);
}

namespace {

Partner partner(const QString &domain)
{
    Partner p;
    p.domain = domain;
    p.description = u"Partner %1"_qs.arg(domain);
    return p;
}

QByteArray fileWith(const QJsonArray &entries)
{
    QJsonObject root;
    root.insert(u"format"_qs, PartnerStore::formatName());
    root.insert(u"version"_qs, PartnerStore::FormatVersion);
    root.insert(u"partners"_qs, entries);
    return QJsonDocument(root).toJson();
}

} // namespace

void tst_ImportReader::partnerFileReadsEveryEntry()
{
    PartnerStore::Document document;
    QVERIFY(document.partners.append(partner(u"a.example"_qs)).isEmpty());
    QVERIFY(document.partners.append(partner(u"b.example"_qs)).isEmpty());
    const ImportRows rows = PartnerFileRowReader::parse(PartnerStore::serialize(document));
    QVERIFY(rows.isOk());
    QCOMPARE(rows.rows.size(), 2);
    QCOMPARE(rows.rows.at(0).line, 1);
    QCOMPARE(rows.rows.at(1).line, 2);
    QCOMPARE(rows.rows.at(0).partner, partner(u"a.example"_qs));
    QCOMPARE(rows.rows.at(1).partner, partner(u"b.example"_qs));
}

void tst_ImportReader::partnerFileBadEntryRefusesItsRowOnly()
{
    QJsonObject badType = PartnerJson::toJson(partner(u"c.example"_qs));
    badType.insert(u"tlsNegotiation"_qs, u"Sometimes"_qs);
    // Two entries with the same domain: the file would not open, but an import reads
    // both and lets the plan refuse the second.
    const QJsonArray entries {PartnerJson::toJson(partner(u"a.example"_qs)), 42, badType,
                              PartnerJson::toJson(partner(u"a.example"_qs))};
    const ImportRows rows = PartnerFileRowReader::parse(fileWith(entries));
    QVERIFY(rows.isOk());
    QCOMPARE(rows.rows.size(), 4);
    QVERIFY(rows.rows.at(0).partner);
    QVERIFY(!rows.rows.at(1).partner);
    QCOMPARE(rows.rows.at(1).problem.toString(), u"Row 2: the entry is not an object."_qs);
    QVERIFY(!rows.rows.at(2).partner);
    QVERIFY2(rows.rows.at(2).problem.toString().startsWith(u"Row 3: "_qs)
                 && rows.rows.at(2).problem.toString().contains(u"Sometimes"_qs),
             qPrintable(rows.rows.at(2).problem.toString()));
    QVERIFY(rows.rows.at(3).partner);
}

void tst_ImportReader::partnerFileRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << u"The file is not valid JSON"_qs;
    QTest::newRow("other json") << QByteArray("{\"format\": \"other\", \"partners\": []}")
                                << u"The file is not an xmpp-partners file"_qs;
    QTest::newRow("newer") << QByteArray(
        "{\"format\": \"xmpp-partners\", \"version\": 99, \"partners\": []}")
                           << u"The file was written by a newer version"_qs;
}

void tst_ImportReader::partnerFileRefusedWhole()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const ImportRows rows = PartnerFileRowReader::parse(bytes);
    QVERIFY(!rows.isOk());
    QVERIFY(rows.rows.isEmpty());
    QVERIFY2(rows.error.toString().startsWith(reason), qPrintable(rows.error.toString()));
}

void tst_ImportReader::readsEachFormatFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Partner> partners {partner(u"a.example"_qs), partner(u"b.example"_qs)};
    PartnerStore::Document document;
    for (const Partner &p : partners)
        QVERIFY(document.partners.append(p).isEmpty());
    const QList<std::pair<QString, QByteArray>> files {
        {u"partners.json"_qs, PartnerStore::serialize(document)},
        {u"partners.ps1"_qs,
         PowerShellScriptWriter::script(partners, PowerShellScriptWriter::Mode::New)},
        {u"partners.csv"_qs,
         QByteArray(
             "#TYPE X\r\nIdentity,Description,SaslNegotiation\r\n"
             "a.example,Partner a.example,Optional\r\nb.example,Partner b.example,Optional\r\n")},
    };
    const ImportReader::Format formats[]
        = {ImportReader::Format::PartnerFile, ImportReader::Format::PowerShell,
           ImportReader::Format::Csv};
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = dir.filePath(files.at(i).first);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(files.at(i).second);
        file.close();
        ImportReader::Format format = ImportReader::Format::Csv;
        const ImportRows rows = ImportReader::read(path, &format);
        QVERIFY2(rows.isOk(), qPrintable(path + u": "_qs + rows.error.toString()));
        QCOMPARE(format, formats[i]);
        QCOMPARE(rows.rows.size(), 2);
        for (qsizetype r = 0; r < 2; ++r) {
            QVERIFY2(rows.rows.at(r).partner, qPrintable(rows.rows.at(r).problem.toString()));
            Partner expected = partners.at(r);
            if (format == ImportReader::Format::PowerShell)
                expected.saslNegotiation = rows.rows.at(r).partner->saslNegotiation;
            QCOMPARE(*rows.rows.at(r).partner, expected);
        }
    }
    // Forcing a format reads the file as that format whatever its name.
    const ImportRows asCsv
        = ImportReader::read(dir.filePath(u"partners.ps1"_qs), ImportReader::Format::Csv);
    QVERIFY(!asCsv.isOk() || asCsv.rows.isEmpty() || !asCsv.rows.constFirst().partner);
}

void tst_ImportReader::unreadableFile()
{
    const ImportRows missing = ImportReader::read(u"/nonexistent/partners.csv"_qs);
    QVERIFY(!missing.isOk());
    QVERIFY2(missing.error.toString().startsWith(u"The file cannot be read: "_qs),
             qPrintable(missing.error.toString()));
    QTemporaryDir dir;
    const ImportRows directory = ImportReader::read(dir.path());
    QVERIFY(!directory.isOk());
}

QTEST_GUILESS_MAIN(tst_ImportReader)
#include "tst_importreader.moc"
