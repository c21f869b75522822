#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

class tst_AtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheBytes();
    void replacesAnExistingFileWhole();
    void failedWriteLeavesTheFileAsItWas();
    void missingFolderFailsAtOpening();
    void writerSeesAnEmptyDeviceAndCanWriteInChunks();

private:
    static QByteArray contents(const QString &path);
    static QStringList filesIn(const QString &folder);
};

QByteArray tst_AtomicFile::contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QStringList tst_AtomicFile::filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

void tst_AtomicFile::writesTheBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.txt"_qs);
    const QByteArray bytes("line 1\r\nligne 2 \xC3\xA9\r\n");
    QVERIFY(!AtomicFile::write(path, bytes));
    QCOMPARE(contents(path), bytes);
    QCOMPARE(filesIn(dir.path()), QStringList {u"out.txt"_qs});
}

void tst_AtomicFile::replacesAnExistingFileWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.txt"_qs);
    QVERIFY(!AtomicFile::write(path, QByteArray(1000, 'a')));
    QVERIFY(!AtomicFile::write(path, "short"));
    // Nothing of the longer file remains after the shorter one.
    QCOMPARE(contents(path), QByteArray("short"));
}

void tst_AtomicFile::failedWriteLeavesTheFileAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partners.json"_qs);
    QVERIFY(!AtomicFile::write(path, "the saved partners"));

    const auto failure = AtomicFile::write(path, [](QIODevice *device) {
        device->write("half of the new ");
        return false; // as a writer that ran out of data or disk
    });
    QVERIFY(failure);
    QCOMPARE(failure->stage, AtomicFile::tr("writing"));
    QCOMPARE(contents(path), QByteArray("the saved partners"));
    // The temporary file was removed: only the target is left.
    QCOMPARE(filesIn(dir.path()), QStringList {u"partners.json"_qs});
}

void tst_AtomicFile::missingFolderFailsAtOpening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no-such-folder/out.txt"_qs);
    const auto failure = AtomicFile::write(path, "bytes");
    QVERIFY(failure);
    QCOMPARE(failure->stage, AtomicFile::tr("opening"));
    QVERIFY2(!failure->reason.isEmpty(), "the system's reason is kept for the message");
    QVERIFY(!QFile::exists(path));
}

void tst_AtomicFile::writerSeesAnEmptyDeviceAndCanWriteInChunks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chunks.txt"_qs);
    QVERIFY(!AtomicFile::write(path, "previous content that must not show through"));
    qint64 sizeSeen = -1;
    QVERIFY(!AtomicFile::write(path, [&](QIODevice *device) {
        sizeSeen = device->size();
        for (int i = 0; i < 3; ++i) {
            if (device->write(QByteArray::number(i) + '\n') != 2)
                return false;
        }
        return true;
    }));
    QCOMPARE(sizeSeen, qint64(0));
    QCOMPARE(contents(path), QByteArray("0\n1\n2\n"));
}

QTEST_GUILESS_MAIN(tst_AtomicFile)
#include "tst_atomicfile.moc"
