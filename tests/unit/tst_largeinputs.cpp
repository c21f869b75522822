// Large inputs (README, "Limits"): partner files of 100,000 entries and of 50 MB load
// whole and save back unchanged; a file over the size limit, a description over the
// cmdlet's limit and a CSV over its row limit are refused with their reason; a load
// reports its progress and can be cancelled; a save streams the text QJsonDocument
// writes.
#include "file/partnerjson.h"
#include "file/partnerstore.h"
#include "formats/partnercsv.h"
#include "formats/powershellscriptwriter.h"
#include "i18n/translations.h"
#include "import/importplan.h"
#include "largefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class tst_LargeInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hundredThousandEntriesLoadAndSaveBackUnchanged();
    void fiftyMegabytesLoad();
    void fileOverTheSizeLimitIsRefusedWithItsSize();
    void pipeIsRefusedWithoutReading();
    void descriptionOverTheLimitIsRefusedNamingThePartner();
    void longestDescriptionRoundTrips();
    void megabyteDescriptionThroughJsonAndPowerShell();
    void loadReportsProgressAndCanBeCancelled();
    void saveStreamsQJsonDocumentsTextWithProgress();
    void hundredThousandCsvRowsParseAndPlan();
    void csvDescriptionOverTheLimitIsRefusedNamingTheRow();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// How PartnerStore wrote its files before it wrote them entry by entry: the reference
// for the streamed text.
QByteArray wholeDocumentText(const PartnerStore::Document &document)
{
    QJsonArray partners;
    for (const Partner &partner : document.partners.partners())
        partners.append(PartnerJson::toJson(partner));
    QJsonObject root = document.unknownFields;
    root.insert(u"format"_qs, PartnerStore::formatName());
    root.insert(u"version"_qs, PartnerStore::FormatVersion);
    root.insert(u"partners"_qs, partners);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// Every character a description may hold that needs care on the way: line breaks, a
// tab, quotes of all kinds (PowerShell doubles the single ones), a backslash, a dollar,
// accents and a character outside the BMP.
QString trickyDescription(qsizetype length)
{
    const QString pattern = u"Line \"one\"\twith 'quotes' ‘typographic’ \\ $x `y` é😀\n"_qs;
    QString text;
    while (text.size() < length)
        text += pattern;
    text.truncate(length);
    if (text.back().isHighSurrogate()) // never half a character
        text.back() = u'.';
    return text;
}

} // namespace

void tst_LargeInputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Translations::load(u"en"_qs));
}

void tst_LargeInputs::hundredThousandEntriesLoadAndSaveBackUnchanged()
{
    constexpr int count = 100000;
    const QByteArray text = LargeFiles::partnerFile(count, 40);
    const QString file = path(u"hundred-thousand.json"_qs);
    QVERIFY(LargeFiles::write(file, text));

    const PartnerStore::LoadResult loaded = PartnerStore(file).load();
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.document.partners.size(), count);
    for (const int i : {0, 1, 54321, count - 1}) {
        const Partner &partner = loaded.document.partners.at(i);
        QCOMPARE(partner.domain, LargeFiles::domain(i));
        QCOMPARE(partner.description, LargeFiles::description(i, 40));
        QCOMPARE(partner.additionalDomains.size(), 2);
        QCOMPARE(loaded.document.partners.indexOfDomain(u"it."_qs + LargeFiles::domain(i)), i);
    }

    // Saved back, the file is the same text: nothing was lost or reordered.
    PartnerStore store(file);
    QVERIFY(!store.save(loaded.document).has_value());
    QVERIFY(readAll(file) == text);
    QVERIFY(readAll(store.backupPath()) == text);
}

void tst_LargeInputs::fiftyMegabytesLoad()
{
    int count = 0;
    const QByteArray text = LargeFiles::partnerFileOfSize(50 * 1000 * 1000, &count);
    QVERIFY(text.size() >= 50 * 1000 * 1000);
    const QString file = path(u"fifty-megabytes.json"_qs);
    QVERIFY(LargeFiles::write(file, text));

    const PartnerStore::LoadResult loaded = PartnerStore(file).load();
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.document.partners.size(), count);
    const Partner &last = loaded.document.partners.at(count - 1);
    QCOMPARE(last.domain, LargeFiles::domain(count - 1));
    QCOMPARE(last.description, LargeFiles::description(count - 1, 1000));
    QFile::remove(file);
}

void tst_LargeInputs::fileOverTheSizeLimitIsRefusedWithItsSize()
{
    // A sparse file: refused by its size, before a byte of it is read.
    const QString file = path(u"over-limit.json"_qs);
    QFile sparse(file);
    QVERIFY(sparse.open(QIODevice::WriteOnly));
    QVERIFY(sparse.resize(PartnerStore::MaxFileSize + 1));
    sparse.close();

    const PartnerStore::LoadResult loaded = PartnerStore(file).load();
    QVERIFY(!loaded.isOk());
    QVERIFY(!loaded.cancelled);
    QCOMPARE(loaded.errors.size(), 1);
    QCOMPARE(loaded.errors.first().entry, -1);
    // A file just over the limit does not read as being at it.
    QCOMPARE(loaded.errors.first().reason,
             u"the file is 128.1 MiB; partner files are limited to 128 MiB."_qs);
    QVERIFY(loaded.errorMessage().contains(u"over-limit.json"_qs));
    QFile::remove(file);
}

void tst_LargeInputs::pipeIsRefusedWithoutReading()
{
    // Nothing writes to the pipe: reading it would wait for ever.
    const QString fifo = path(u"pipe.json"_qs);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const PartnerStore::LoadResult loaded = PartnerStore(fifo).load();
    QVERIFY(!loaded.isOk());
    QCOMPARE(loaded.errors.size(), 1);
    QCOMPARE(loaded.errors.first().reason, u"this is not a regular file."_qs);
    QFile::remove(fifo);
}

void tst_LargeInputs::descriptionOverTheLimitIsRefusedNamingThePartner()
{
    // The cmdlet takes 1024 characters: a file with one megabyte in entry 501 is refused
    // whole (it is never changed), and the message names the entry and its domain.
    const QString file = path(u"long-description.json"_qs);
    const QByteArray text = LargeFiles::partnerFile(1000, 40, 500, 1024 * 1024);
    QVERIFY(LargeFiles::write(file, text));
    const PartnerStore::LoadResult loaded = PartnerStore(file).load();
    QVERIFY(!loaded.isOk());
    QCOMPARE(loaded.errors.size(), 1);
    QCOMPARE(loaded.errors.first().entry, 500);
    QCOMPARE(loaded.errors.first().entryDomain, LargeFiles::domain(500));
    QCOMPARE(loaded.errors.first().reason,
             u"The description is 1048576 characters long; the limit is 1024."_qs);
    QVERIFY2(loaded.errorMessage().contains(u"entry 501 (partner500.example15.com)"_qs),
             qPrintable(loaded.errorMessage()));
    QVERIFY(loaded.document.partners.isEmpty());
    QVERIFY(readAll(file) == text);
}

void tst_LargeInputs::longestDescriptionRoundTrips()
{
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    partner.description = trickyDescription(Partner::MaxDescriptionLength);
    QCOMPARE(partner.description.size(), Partner::MaxDescriptionLength);
    PartnerStore::Document document;
    QVERIFY(document.partners.append(partner).isEmpty());

    // The partner file.
    const QString file = path(u"longest-description.json"_qs);
    QVERIFY(!PartnerStore(file).save(document).has_value());
    const PartnerStore::LoadResult loaded = PartnerStore(file).load();
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.document.partners.at(0).description, partner.description);

    // The PowerShell script: single-quoted, every kind of single quote doubled.
    QString expected = partner.description;
    for (const QChar quote : {QChar(u'\''), QChar(0x2018), QChar(0x2019)})
        expected.replace(quote, QString(2, quote));
    const QString script = QString::fromUtf8(PowerShellScriptWriter::script(
        document.partners.partners(), PowerShellScriptWriter::Mode::New));
    QVERIFY(script.contains(u"-Description '"_qs + expected + u"' "_qs));

    // The CSV Export-Csv writes: quotes doubled, read back as they were.
    QString field = partner.description;
    field.replace(u'"', u"\"\""_qs);
    const QByteArray csv
        = "\"Identity\",\"Description\"\r\n\"fabrikam.com\",\"" + field.toUtf8() + "\"\r\n";
    const PartnerCsv::Result parsed = PartnerCsv::parse(csv);
    QVERIFY(parsed.isOk());
    QVERIFY(parsed.rows.at(0).partner);
    QCOMPARE(parsed.rows.at(0).partner->description, partner.description);
    const ImportPlan plan(PartnerList(), parsed.rows);
    QCOMPARE(plan.count(ImportPlan::Category::New), 1);
}

void tst_LargeInputs::megabyteDescriptionThroughJsonAndPowerShell()
{
    // Beyond the limit the partner never enters a list, but nothing on the way cuts the
    // text short: the reason a user reads gives its true length.
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    partner.description = trickyDescription(1024 * 1024);

    Partner back;
    QVERIFY(PartnerJson::fromJson(PartnerJson::toJson(partner), &back).isEmpty());
    QCOMPARE(back.description.size(), 1024 * 1024);
    QVERIFY(back == partner);

    const QByteArray script
        = PowerShellScriptWriter::script({partner}, PowerShellScriptWriter::Mode::New);
    QVERIFY(script.size() > 1024 * 1024);
    QVERIFY(script.endsWith("-EnableKeepAlive $true\r\n"));

    PartnerList list;
    const ValidationIssues refused = list.append(partner);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().field, ValidationIssue::Field::Description);
    QCOMPARE(refused.first().message,
             u"The description is 1048576 characters long; the limit is 1024."_qs);
    QVERIFY(list.isEmpty());
}

void tst_LargeInputs::loadReportsProgressAndCanBeCancelled()
{
    const QString file = path(u"progress.json"_qs);
    QVERIFY(LargeFiles::write(file, LargeFiles::partnerFile(5000, 40)));

    QList<int> seen;
    const PartnerStore::LoadResult loaded = PartnerStore(file).load([&](int permille) {
        seen.append(permille);
        return true;
    });
    QVERIFY(loaded.isOk());
    QCOMPARE(loaded.document.partners.size(), 5000);
    QVERIFY2(seen.size() > 100, qPrintable(QString::number(seen.size())));
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(seen.first() <= 100);
    QCOMPARE(seen.last(), 1000);

    // Cancelled halfway through the entries: nothing is returned, and no error.
    int calls = 0;
    const PartnerStore::LoadResult cancelled = PartnerStore(file).load([&](int permille) {
        ++calls;
        return permille < 500;
    });
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.isOk());
    QVERIFY(cancelled.errors.isEmpty());
    QVERIFY(cancelled.document.partners.isEmpty());
    QVERIFY(calls < seen.size());

    // Cancelled at once, while reading.
    const PartnerStore::LoadResult atOnce = PartnerStore(file).load([](int) { return false; });
    QVERIFY(atOnce.cancelled);
    QVERIFY(atOnce.document.partners.isEmpty());
}

void tst_LargeInputs::saveStreamsQJsonDocumentsTextWithProgress()
{
    PartnerStore::Document document;
    document.unknownFields.insert(u"comment"_qs, u"kept \"as is\"\nwith a line break"_qs);
    document.unknownFields.insert(u"zz"_qs,
                                  QJsonObject {{u"nested"_qs, QJsonArray {1, u"two"_qs, true}},
                                               {u"partners"_qs, QJsonArray()}});
    document.unknownFields.insert(u"aa"_qs, QJsonArray());
    // No partner: the list is written empty.
    QCOMPARE(PartnerStore::serialize(document), wholeDocumentText(document));

    for (int i = 0; i < 300; ++i) {
        Partner partner;
        partner.domain = LargeFiles::domain(i);
        partner.description = trickyDescription(i % 7 == 0 ? 0 : i * 3);
        if (i % 2)
            partner.additionalDomains = {u"corp."_qs + partner.domain};
        if (i % 3 == 0)
            partner.connectionLimit = i % 1000 + 1;
        if (i % 5 == 0)
            partner.unknownFields.insert(u"note"_qs, QJsonObject {{u"by"_qs, i}});
        QVERIFY(document.partners.append(partner).isEmpty());
    }
    const QByteArray expected = wholeDocumentText(document);
    QCOMPARE(PartnerStore::serialize(document), expected);

    const QString file = path(u"streamed.json"_qs);
    QVERIFY(LargeFiles::write(file, "previous content"));
    QList<int> seen;
    QVERIFY(!PartnerStore(file)
                 .save(document,
                       [&](int permille) {
                           seen.append(permille);
                           return false; // a save, once begun, is finished
                       })
                 .has_value());
    QVERIFY(readAll(file) == expected);
    QCOMPARE(readAll(file + u".bak"_qs), QByteArray("previous content"));
    QVERIFY(seen.size() > 10);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), 1000);
}

void tst_LargeInputs::hundredThousandCsvRowsParseAndPlan()
{
    QByteArray csv = LargeFiles::csvFile(PartnerCsv::MaxRows);
    const PartnerCsv::Result parsed = PartnerCsv::parse(csv);
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed.rows.size(), PartnerCsv::MaxRows);
    const PartnerCsv::Row &last = parsed.rows.last();
    QCOMPARE(last.line, PartnerCsv::MaxRows);
    QVERIFY(last.partner);
    QCOMPARE(last.partner->domain, LargeFiles::domain(PartnerCsv::MaxRows - 1));
    QCOMPARE(last.partner->description, LargeFiles::description(PartnerCsv::MaxRows - 1, 40));

    const ImportPlan plan(PartnerList(), parsed.rows);
    QCOMPARE(plan.count(ImportPlan::Category::New), PartnerCsv::MaxRows);
    QCOMPARE(plan.count(ImportPlan::Category::Refused), 0);
    QCOMPARE(plan.result().size(), PartnerCsv::MaxRows);
    QCOMPARE(plan.changes().size(), PartnerCsv::MaxRows);

    // One row more and the file is refused whole, saying why.
    csv += "\"one-more.example.com\"\r\n";
    const PartnerCsv::Result over = PartnerCsv::parse(csv);
    QVERIFY(!over.isOk());
    QVERIFY(over.rows.isEmpty());
    QCOMPARE(over.error.toString(), u"The file has more than 100,000 rows."_qs);
}

void tst_LargeInputs::csvDescriptionOverTheLimitIsRefusedNamingTheRow()
{
    // A megabyte of description (the largest field the CSV reader takes): that row is
    // refused with its length, naming its row and partner; the others are imported.
    const QByteArray huge(PartnerCsv::MaxFieldSize, 'x');
    const QByteArray csv = "\"Identity\",\"Description\"\r\n\"a.example.com\",\"first\"\r\n"
                           "\"b.example.com\",\""
        + huge + "\"\r\n\"c.example.com\",\"third\"\r\n";
    const PartnerCsv::Result parsed = PartnerCsv::parse(csv);
    QVERIFY(parsed.isOk());
    const ImportPlan plan(PartnerList(), parsed.rows);
    QCOMPARE(plan.count(ImportPlan::Category::New), 2);
    const ImportPlan::Entry &refused = plan.entries().at(1);
    QCOMPARE(refused.category, ImportPlan::Category::Refused);
    QVERIFY(refused.partner);
    QCOMPARE(refused.partner->domain, u"b.example.com"_qs);
    QCOMPARE(refused.reason.toString(),
             u"Row 2: The description is 1048576 characters long; the limit is 1024."_qs);
}

QTEST_GUILESS_MAIN(tst_LargeInputs)
#include "tst_largeinputs.moc"
