#include "file/partnerjson.h"
#include "file/partnerstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

class tst_PartnerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripKeepsEveryFieldAndUnknownKeys();
    void byteOrderMarkStartingAStringSurvives();
    void byteOrderMarkStartingANestedKeyRoundTrips();
    void savedFileFormat();
    void loadsTheSampleFile();
    void acceptsByteOrderMark();
    void loadErrors_data();
    void loadErrors();
    void missingFile();
    void folderInsteadOfFile();
    void reportsEveryInvalidEntry();
    void saveKeepsPreviousFileAsBackup();
    void failedWriteLeavesOriginalIntact();
    void staleTemporaryFilesBesideTheTarget();
    void readOnlyFolderLeavesOriginalIntact();
    void lockContentionBetweenTwoStores();
    void lockContentionBetweenTwoProcesses();
    void saveFromSecondProcessIsRefusedWhileLocked();
    void lockOfACrashedProcessIsReclaimed();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    static PartnerStore::Document sampleDocument();

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray entriesFile(const QByteArray &entries)
{
    return R"({"format": "xmpp-partners", "version": 1, "partners": [)" + entries + "]}";
}

// Runs the store-writer helper; as root, as an unprivileged user so that file
// permissions apply.
QProcess *startWriter(const QStringList &args, bool unprivileged = false)
{
    auto *process = new QProcess;
    process->setProgram(QStringLiteral(STORE_WRITER));
    process->setArguments(args);
    if (unprivileged && ::geteuid() == 0) {
        process->setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(3);
        });
    }
    process->start();
    return process;
}

} // namespace

void tst_PartnerStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_PartnerStore::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write test fixture");
    return path;
}

PartnerStore::Document tst_PartnerStore::sampleDocument()
{
    PartnerStore::Document document;
    Partner fabrikam;
    fabrikam.domain = u"fabrikam.com"_qs;
    fabrikam.description = u"Fabrikam, « partenaire » $x `y` \"z\"\nsecond line"_qs;
    fabrikam.additionalDomains = {u"corp.fabrikam.com"_qs, u"it.fabrikam.com"_qs};
    fabrikam.partnerType = PartnerType::Federated;
    fabrikam.connectionLimit = 100;
    fabrikam.proxyFqdn = u"xmpp.fabrikam.com:5270"_qs;
    fabrikam.unknownFields.insert(u"futureField"_qs, QJsonObject {{u"a"_qs, 1}});
    Partner contoso;
    contoso.domain = u"société-exemple.fr"_qs;
    contoso.tlsNegotiation = Negotiation::NotSupported;
    contoso.saslNegotiation = Negotiation::NotSupported;
    contoso.enableKeepAlive = false;
    if (!document.partners.append(fabrikam).isEmpty()
        || !document.partners.append(contoso).isEmpty())
        qFatal("sample document is invalid");
    document.unknownFields.insert(u"generator"_qs, u"a newer version"_qs);
    return document;
}

void tst_PartnerStore::roundTripKeepsEveryFieldAndUnknownKeys()
{
    const QString path = m_dir->filePath(u"partners.json"_qs);
    PartnerStore store(path);
    const PartnerStore::Document document = sampleDocument();
    QVERIFY(!store.save(document).has_value());

    const PartnerStore::LoadResult loaded = PartnerStore(path).load();
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.document.partners, document.partners);
    QCOMPARE(loaded.document.unknownFields, document.unknownFields);

    // Saving what was loaded gives the same bytes: nothing is lost or reordered.
    const QByteArray first = readAll(path);
    QVERIFY(!store.save(loaded.document).has_value());
    QCOMPARE(readAll(path), first);
}

// Qt's JSON reader dropped a U+FEFF at the start of a string written raw (found by
// fuzz_partnercsv).
void tst_PartnerStore::byteOrderMarkStartingAStringSurvives()
{
    PartnerStore::Document document;
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    partner.description = u"\uFEFFNotes pasted from a file with a byte order mark"_qs;
    partner.unknownFields.insert(u"\uFEFFnote"_qs, u"\uFEFF"_qs);
    QVERIFY(document.partners.append(partner).isEmpty());
    const QByteArray saved = PartnerStore::serialize(document);
    const PartnerStore::LoadResult loaded = PartnerStore::parse(saved, u"partners.json"_qs);
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.document.partners, document.partners);
    QCOMPARE(PartnerStore::serialize(loaded.document), saved);
}

// Found by fuzz_partnerfile: a raw U+FEFF starting a key of an object inside an unknown
// key. Saved and reopened, the partner must be the one that was loaded.
void tst_PartnerStore::byteOrderMarkStartingANestedKeyRoundTrips()
{
    QFile file(
        QStringLiteral(XP_FIXTURES "/fuzz/fuzz_partnerfile/found-bom-starting-a-nested-key.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const PartnerStore::LoadResult loaded = PartnerStore::parse(file.readAll(), u"found.json"_qs);
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorMessage()));
    const QByteArray saved = PartnerStore::serialize(loaded.document);
    const PartnerStore::LoadResult reopened = PartnerStore::parse(saved, u"saved.json"_qs);
    QVERIFY2(reopened.isOk(), qPrintable(reopened.errorMessage()));
    for (qsizetype i = 0; i < loaded.document.partners.size(); ++i) {
        const Partner &before = loaded.document.partners.partners().at(i);
        const Partner &after = reopened.document.partners.partners().at(i);
        QCOMPARE(QJsonDocument(PartnerJson::toJson(after)).toJson(QJsonDocument::Compact),
                 QJsonDocument(PartnerJson::toJson(before)).toJson(QJsonDocument::Compact));
    }
    QCOMPARE(reopened.document.partners, loaded.document.partners);
    QCOMPARE(PartnerStore::serialize(reopened.document), saved);
}

void tst_PartnerStore::savedFileFormat()
{
    const QString path = m_dir->filePath(u"partners.json"_qs);
    QVERIFY(!PartnerStore(path).save(sampleDocument()).has_value());
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(root.value(u"format"_qs).toString(), u"xmpp-partners"_qs);
    QCOMPARE(root.value(u"version"_qs).toInt(), 1);
    const QJsonObject first = root.value(u"partners"_qs).toArray().first().toObject();
    QCOMPARE(first.value(u"domain"_qs).toString(), u"fabrikam.com"_qs);
    QCOMPARE(first.value(u"partnerType"_qs).toString(), u"Federated"_qs);
    QCOMPARE(first.value(u"tlsNegotiation"_qs).toString(), u"Required"_qs);
    QCOMPARE(first.value(u"saslNegotiation"_qs).toString(), u"Optional"_qs);
    QCOMPARE(first.value(u"supportDialbackNegotiation"_qs).toBool(), true);
    QCOMPARE(first.value(u"futureField"_qs).toObject().value(u"a"_qs).toInt(), 1);
    QVERIFY(!QFile::exists(path + u".lock"_qs)); // the write's lock is released
}

void tst_PartnerStore::loadsTheSampleFile()
{
    const PartnerStore::LoadResult loaded
        = PartnerStore(QStringLiteral(XP_SOURCE_DIR "/resources/sample-partners.json")).load();
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorMessage()));
    QVERIFY(loaded.document.partners.size() >= 6);
    QSet<PartnerType> types;
    bool proxy = false;
    bool additional = false;
    for (const Partner &partner : loaded.document.partners.partners()) {
        types.insert(partner.partnerType);
        proxy = proxy || !partner.proxyFqdn.isEmpty();
        additional = additional || !partner.additionalDomains.isEmpty();
    }
    QCOMPARE(types.size(), 3);
    QVERIFY(proxy);
    QVERIFY(additional);
}

void tst_PartnerStore::acceptsByteOrderMark()
{
    const QString path
        = writeFile(u"bom.json"_qs, "\xEF\xBB\xBF" + entriesFile(R"({"domain": "fabrikam.com"})"));
    const PartnerStore::LoadResult loaded = PartnerStore(path).load();
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.document.partners.size(), 1);
}

void tst_PartnerStore::loadErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // the message after "<path>: "

    QTest::newRow("empty") << QByteArray() << u"the file is empty."_qs;
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"xmpp-partners\",\n  oops\n}")
                              << u"the file is not valid JSON: "_qs;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10)
                            << u"the file is not valid JSON: "_qs;
    QTest::newRow("top level array")
        << QByteArray("[]")
        << u"the file is not an xmpp-partners file: its top level is not an object."_qs;
    QTest::newRow("wrong format") << QByteArray(R"({"format": "other", "version": 1})")
                                  << u"the file is not an xmpp-partners file: “format” should "
                                     "be “xmpp-partners”."_qs;
    QTest::newRow("no version") << QByteArray(R"({"format": "xmpp-partners", "partners": []})")
                                << u"the file has no valid format version (“version” should be "
                                   "a whole number)."_qs;
    // Beyond int: refused without converting it to int, which is undefined (found by
    // fuzz_partnerfile under UBSan).
    QTest::newRow("version beyond int")
        << QByteArray(
               R"({"format": "xmpp-partners", "version": 144444444444444444, "partners": []})")
        << u"the file has no valid format version (“version” should be a whole number)."_qs;
    QTest::newRow("version below int")
        << QByteArray(R"({"format": "xmpp-partners", "version": -3e9, "partners": []})")
        << u"the file has no valid format version (“version” should be a whole number)."_qs;
    QTest::newRow("fractional version")
        << QByteArray(R"({"format": "xmpp-partners", "version": 1.5, "partners": []})")
        << u"the file has no valid format version (“version” should be a whole number)."_qs;
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "xmpp-partners", "version": 2, "partners": []})")
        << u"the file was written by a newer version of xmpp-partners (format version 2; this "
           "version reads version 1). Open it with a newer version."_qs;
    QTest::newRow("partners not a list")
        << QByteArray(R"({"format": "xmpp-partners", "version": 1, "partners": {}})")
        << u"the key “partners” is missing or is not a list."_qs;
    QTest::newRow("entry not an object")
        << entriesFile(R"({"domain": "a.com"}, 42)") << u"entry 2: the entry is not an object."_qs;
    QTest::newRow("unknown enum value")
        << entriesFile(
               R"({"domain": "a.com"}, {"domain": "b.com", "saslNegotiation": "Sometimes"})")
        << u"entry 2 (b.com): the key “saslNegotiation” has the unknown value “Sometimes”; "
           "expected one of Required, Optional, NotSupported."_qs;
    QTest::newRow("invalid domain")
        << entriesFile(R"({"domain": "user@a.com"})")
        << u"entry 1 (user@a.com): “user@a.com” contains “@”. Enter a domain, not an address: "
           "the part after the “@”."_qs;
    QTest::newRow("error row")
        << entriesFile(R"({"domain": "a.com", "tlsNegotiation": "NotSupported"})")
        << u"entry 1 (a.com): SASL requires TLS. To use SASL, TLS must be Required or Optional."_qs;
    QTest::newRow("no method") << entriesFile(
        R"({"domain": "a.com", "saslNegotiation": "NotSupported",
                          "supportDialbackNegotiation": false})")
                               << u"entry 1 (a.com): SASL or dialback must be enabled."_qs;
    QTest::newRow("domain of another partner")
        << entriesFile(R"({"domain": "a.com", "additionalDomains": ["x.a.com"]},
                          {"domain": "b.com", "additionalDomains": ["X.A.com"]})")
        << u"entry 2 (b.com): The domain X.A.com is already used by the partner a.com."_qs;
}

void tst_PartnerStore::loadErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = writeFile(u"broken.json"_qs, content);
    const QDateTime modified = QFileInfo(path).lastModified();

    const PartnerStore::LoadResult loaded = PartnerStore(path).load();
    QVERIFY(!loaded.isOk());
    QCOMPARE(loaded.document.partners.size(), 0);
    const QString message = loaded.errors.constFirst().message();
    QVERIFY2(message.startsWith(path + u": "_qs + expected), qPrintable(message));
    QCOMPARE(loaded.errorMessage().section(u'\n', 0, 0), message);

    // A failed load never touches the file, nor leaves anything beside it.
    QCOMPARE(readAll(path), content);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList {u"broken.json"_qs});
}

void tst_PartnerStore::missingFile()
{
    const QString path = m_dir->filePath(u"nowhere.json"_qs);
    const PartnerStore::LoadResult loaded = PartnerStore(path).load();
    QCOMPARE(loaded.errorMessage(), path + u": the file does not exist."_qs);
    QVERIFY(!QFile::exists(path));
}

void tst_PartnerStore::folderInsteadOfFile()
{
    const QString path = m_dir->filePath(u"folder.json"_qs);
    QVERIFY(QDir().mkdir(path));
    const PartnerStore::LoadResult loaded = PartnerStore(path).load();
    QCOMPARE(loaded.errorMessage(), path + u": this is a folder, not a partner file."_qs);
}

void tst_PartnerStore::reportsEveryInvalidEntry()
{
    QByteArray entries;
    for (int i = 0; i < 60; ++i)
        entries += (i ? "," : "") + QByteArray(R"({"domain": "bad_)") + QByteArray::number(i)
            + R"(.com"})";
    const QString path = writeFile(u"many.json"_qs, entriesFile(entries));
    const PartnerStore::LoadResult loaded = PartnerStore(path).load();
    QCOMPARE(loaded.errors.size() + loaded.unreportedErrors, 60);
    QCOMPARE(loaded.errors.at(3).entry, 3);
    QCOMPARE(loaded.errors.at(3).entryDomain, u"bad_3.com"_qs);
    const QStringList lines = loaded.errorMessage().split(u'\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.last(), u"… and 55 more invalid entries."_qs);
}

void tst_PartnerStore::saveKeepsPreviousFileAsBackup()
{
    const QString path = m_dir->filePath(u"partners.json"_qs);
    PartnerStore store(path);
    PartnerStore::Document first = sampleDocument();
    QVERIFY(!store.save(first).has_value());
    QVERIFY(!QFile::exists(store.backupPath())); // nothing to keep the first time
    const QByteArray firstBytes = readAll(path);

    PartnerStore::Document second = first;
    second.partners.takeAt(0);
    QVERIFY(!store.save(second).has_value());
    QCOMPARE(readAll(store.backupPath()), firstBytes);
    QCOMPARE(PartnerStore(path).load().document.partners, second.partners);
}

void tst_PartnerStore::failedWriteLeavesOriginalIntact()
{
    const QString path = m_dir->filePath(u"partners.json"_qs);
    PartnerStore store(path);
    PartnerStore::Document small;
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    small.partners.append(partner);
    QVERIFY(!store.save(small).has_value());
    const QByteArray original = readAll(path);
    QVERIFY(original.size() < 1024);

    // A document far larger than the file-size limit the process gets below: the write
    // dies half-way, as on a full disk.
    PartnerStore::Document big = small;
    partner.domain = u"contoso.com"_qs;
    partner.description = QString(1000, u'x');
    big.partners.append(partner);

    rlimit saved {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    const std::optional<PartnerStore::Error> error = store.save(big);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(error.has_value());
    QVERIFY2(error->message().startsWith(path + u": "_qs + path + u" could not be written"_qs),
             qPrintable(error->message()));
    QCOMPARE(readAll(path), original);
    QVERIFY(PartnerStore(path).load().isOk());
    // No temporary file is left behind, and the lock is released.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             QStringList({u"partners.json"_qs, u"partners.json.bak"_qs}));
}

void tst_PartnerStore::staleTemporaryFilesBesideTheTarget()
{
    const QString path = m_dir->filePath(u"partners.json"_qs);
    PartnerStore store(path);
    QVERIFY(!store.save(sampleDocument()).has_value());
    // What a save killed half-way could have left: QSaveFile temporaries and a
    // truncated backup.
    writeFile(u"partners.json.XyZ123"_qs, "{\"format\": \"xmpp-part");
    writeFile(u"partners.json.AbCdEf"_qs, QByteArray());
    writeFile(u"partners.json.bak"_qs, "{trunc");

    PartnerStore::Document next = sampleDocument();
    next.partners.takeAt(1);
    const QByteArray before = readAll(path);
    QVERIFY(!store.save(next).has_value());
    QCOMPARE(PartnerStore(path).load().document.partners, next.partners);
    QCOMPARE(readAll(store.backupPath()), before);
    QCOMPARE(readAll(m_dir->filePath(u"partners.json.XyZ123"_qs)),
             QByteArray("{\"format\": \"xmpp-part"));
}

void tst_PartnerStore::readOnlyFolderLeavesOriginalIntact()
{
    const QString folder = m_dir->filePath(u"readonly"_qs);
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + u"/partners.json"_qs;
    QVERIFY(!PartnerStore(path).save(sampleDocument()).has_value());
    const QByteArray original = readAll(path);
    QVERIFY(QFile::setPermissions(m_dir->path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadOther | QFileDevice::WriteOther));
    QVERIFY(QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));

    // root ignores permissions, so the writer runs as an unprivileged user then.
    std::unique_ptr<QProcess> writer(startWriter({u"save"_qs, path}, true));
    QVERIFY(writer->waitForFinished(30000));
    const QString stderrText = QString::fromUtf8(writer->readAllStandardError());
    QCOMPARE(writer->exitCode(), 1);
    QVERIFY2(stderrText.contains(u"cannot be created; check that the folder is writable"_qs)
                 || stderrText.contains(u"could not be written"_qs),
             qPrintable(stderrText));
    QCOMPARE(readAll(path), original);
    QVERIFY(PartnerStore(path).load().isOk());
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void tst_PartnerStore::lockContentionBetweenTwoStores()
{
    const QString path = m_dir->filePath(u"partners.json"_qs);
    PartnerStore first(path);
    PartnerStore second(path);
    QVERIFY(!first.lock().has_value());
    QVERIFY(first.isLocked());
    QVERIFY(!first.save(sampleDocument()).has_value());
    const QByteArray saved = readAll(path);

    const std::optional<PartnerStore::Error> refused = second.lock();
    QVERIFY(refused.has_value());
    QVERIFY(!second.isLocked());
    const QString message = refused->message();
    QVERIFY2(message.contains(u"the file is open in another program"_qs), qPrintable(message));
    QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(message));
    QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));

    // The second store may read, but not write.
    QVERIFY(second.load().isOk());
    QVERIFY(second.save(PartnerStore::Document()).has_value());
    QCOMPARE(readAll(path), saved);

    first.unlock();
    QVERIFY(!second.lock().has_value());
    QVERIFY(first.lock().has_value());
}

void tst_PartnerStore::lockContentionBetweenTwoProcesses()
{
    const QString path = m_dir->filePath(u"partners.json"_qs);
    std::unique_ptr<QProcess> holder(startWriter({u"hold"_qs, path}));
    QVERIFY(holder->waitForReadyRead(30000));
    QCOMPARE(holder->readLine().trimmed(), QByteArray("locked"));

    PartnerStore store(path);
    const std::optional<PartnerStore::Error> refused = store.lock();
    QVERIFY(refused.has_value());
    QVERIFY2(refused->message().contains(u"store-writer, process "_qs
                                         + QString::number(holder->processId())),
             qPrintable(refused->message()));

    holder->terminate();
    QVERIFY(holder->waitForFinished(30000));
    QVERIFY(!store.lock().has_value());
}

void tst_PartnerStore::saveFromSecondProcessIsRefusedWhileLocked()
{
    const QString path = m_dir->filePath(u"partners.json"_qs);
    PartnerStore store(path);
    QVERIFY(!store.lock().has_value());
    QVERIFY(!store.save(sampleDocument()).has_value());
    const QByteArray saved = readAll(path);

    std::unique_ptr<QProcess> writer(startWriter({u"save"_qs, path}));
    QVERIFY(writer->waitForFinished(30000));
    QCOMPARE(writer->exitCode(), 1);
    const QString stderrText = QString::fromUtf8(writer->readAllStandardError());
    QVERIFY2(stderrText.contains(u"the file is open in another program (tst_partnerstore"_qs),
             qPrintable(stderrText));
    QCOMPARE(readAll(path), saved);

    store.unlock();
    writer.reset(startWriter({u"save"_qs, path}));
    QVERIFY(writer->waitForFinished(30000));
    QCOMPARE(writer->exitCode(), 0);
    QCOMPARE(PartnerStore(path).load().document.partners.size(), 3);
}

void tst_PartnerStore::lockOfACrashedProcessIsReclaimed()
{
    const QString path = m_dir->filePath(u"partners.json"_qs);
    std::unique_ptr<QProcess> holder(startWriter({u"hold"_qs, path}));
    QVERIFY(holder->waitForReadyRead(30000));
    holder->kill(); // SIGKILL: the lock file stays behind
    QVERIFY(holder->waitForFinished(30000));
    QVERIFY(QFile::exists(path + u".lock"_qs));

    PartnerStore store(path);
    const std::optional<PartnerStore::Error> error = store.lock();
    QVERIFY2(!error.has_value(), error ? qPrintable(error->message()) : "");
}

QTEST_GUILESS_MAIN(tst_PartnerStore)
#include "tst_partnerstore.moc"
