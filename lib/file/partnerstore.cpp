#include "file/partnerstore.h"

#include "file/partnerfileformat.h"
#include "file/progressrange.h"
#include "util/atomicfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace {

constexpr qint64 ChunkSize = 4 * 1024 * 1024;
// Thousandths of a load spent reading the file (the rest parses it).
constexpr int LoadReadEnd = 100;
// Thousandths of a save: the backup copy, the entries, syncing and renaming.
constexpr int SaveBackupEnd = 150;
constexpr int SaveEntriesEnd = 950;

// The file size in MiB for a message, rounded up so that a file just over the limit
// does not read as being at it.
QString mebibytes(qint64 bytes)
{
    constexpr double MiB = 1024.0 * 1024.0;
    const double value = std::ceil(static_cast<double>(bytes) / MiB * 10.0) / 10.0;
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

QString PartnerStore::Error::message() const
{
    const QString name = QDir::toNativeSeparators(file);
    if (entry < 0)
        return PartnerStore::tr("%1: %2").arg(name, reason);
    if (entryDomain.isEmpty())
        return PartnerStore::tr("%1: entry %2: %3").arg(name).arg(entry + 1).arg(reason);
    return PartnerStore::tr("%1: entry %2 (%3): %4")
        .arg(name)
        .arg(entry + 1)
        .arg(entryDomain, reason);
}

QString PartnerStore::LoadResult::errorMessage() const
{
    constexpr qsizetype shown = 5;
    QStringList lines;
    for (qsizetype i = 0; i < errors.size() && i < shown; ++i)
        lines.append(errors.at(i).message());
    const qsizetype more = errors.size() - qMin(errors.size(), shown) + unreportedErrors;
    if (more > 0)
        lines.append(PartnerStore::tr("… and %n more invalid entries.", nullptr, int(more)));
    return lines.join(u'\n');
}

PartnerStore::PartnerStore(const QString &path)
    : m_path(path)
    , m_lock(lockPath())
{ }

PartnerStore::~PartnerStore() = default;

PartnerStore::Error PartnerStore::fileError(const QString &reason) const
{
    return Error {m_path, -1, {}, reason};
}

PartnerStore::LoadResult PartnerStore::load(const Progress &progress) const
{
    LoadResult result;
    const QFileInfo info(m_path);
    if (!info.exists()) {
        result.errors.append(fileError(tr("the file does not exist.")));
        return result;
    }
    if (info.isDir()) {
        result.errors.append(fileError(tr("this is a folder, not a partner file.")));
        return result;
    }
    if (!info.isFile()) {
        // A pipe or a device could keep a read waiting for ever.
        result.errors.append(fileError(tr("this is not a regular file.")));
        return result;
    }
    const auto tooLarge = [&](qint64 size) {
        result.errors.append(
            fileError(tr("the file is %1 MiB; partner files are limited to %2 MiB.")
                          .arg(mebibytes(size), mebibytes(MaxFileSize))));
        return result;
    };
    if (info.size() > MaxFileSize)
        return tooLarge(info.size());
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(fileError(tr("the file cannot be read: %1.").arg(file.errorString())));
        return result;
    }
    // Read in chunks, for the progress and the Cancel button, into a buffer of the
    // file's size; a file that grew since its size was checked still stops at the limit.
    const ProgressRange reading(progress, 0, LoadReadEnd);
    const qint64 expected = info.size();
    QByteArray data(expected, Qt::Uninitialized);
    qint64 done = 0;
    const auto readFailed = [&] {
        result.errors.append(fileError(tr("the file cannot be read: %1.").arg(file.errorString())));
        return result;
    };
    while (done < expected) {
        const qint64 read = file.read(data.data() + done, qMin(ChunkSize, expected - done));
        if (read < 0)
            return readFailed();
        if (read == 0)
            break; // the file shrank
        done += read;
        if (!reading.report(done, expected)) {
            result.cancelled = true;
            return result;
        }
    }
    data.truncate(done);
    for (;;) {
        const QByteArray more = file.read(ChunkSize);
        if (file.error() != QFileDevice::NoError)
            return readFailed();
        if (more.isEmpty())
            break;
        data += more;
        if (data.size() > MaxFileSize)
            return tooLarge(data.size());
    }
    file.close();
    return PartnerFileFormat::read(std::move(data), m_path,
                                   ProgressRange(progress, LoadReadEnd, 1000));
}

PartnerStore::LoadResult PartnerStore::parse(const QByteArray &data, const QString &fileName,
                                             const Progress &progress)
{
    return PartnerFileFormat::read(data, fileName, ProgressRange(progress, 0, 1000));
}

QByteArray PartnerStore::serialize(const Document &document)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    const Progress none;
    PartnerFileFormat::write(document, &buffer, ProgressRange(none, 0, 1000));
    return data;
}

std::optional<PartnerStore::Error> PartnerStore::lock()
{
    const std::optional<PartnerFileLock::Refusal> refusal = m_lock.tryLock();
    if (!refusal)
        return std::nullopt;
    if (refusal->heldByAnother && refusal->holder) {
        const PartnerFileLock::Holder &holder = *refusal->holder;
        return fileError(
            tr("the file is open in another program (%1, process %2 on %3). "
               "Close it there, then try again.")
                .arg(holder.application.isEmpty() ? tr("unknown program") : holder.application)
                .arg(holder.pid)
                .arg(holder.hostName.isEmpty() ? tr("unknown host") : holder.hostName));
    }
    if (refusal->heldByAnother) {
        return fileError(tr("the file is locked by another program (lock file %1).")
                             .arg(QDir::toNativeSeparators(lockPath())));
    }
    return fileError(tr("the lock file %1 cannot be created; check that the folder is writable.")
                         .arg(QDir::toNativeSeparators(lockPath())));
}

void PartnerStore::unlock()
{
    m_lock.unlock();
}

bool PartnerStore::isLocked() const
{
    return m_lock.isLocked();
}

std::optional<PartnerStore::Error> PartnerStore::save(const Document &document,
                                                      const Progress &progress)
{
    const bool lockedForThisWrite = !isLocked();
    if (const auto error = lock())
        return error;

    std::optional<Error> error;
    QFile previous(m_path);
    if (previous.exists()) {
        if (!previous.open(QIODevice::ReadOnly)) {
            error = fileError(tr("the current file cannot be read to keep a backup: %1.")
                                  .arg(previous.errorString()));
        } else {
            // Copied a chunk at a time: a large file is never held whole in memory.
            const ProgressRange copying(progress, 0, SaveBackupEnd);
            const qint64 total = previous.size();
            error = writeFile(backupPath(), [&](QIODevice *backup) {
                QByteArray chunk;
                qint64 copied = 0;
                for (;;) {
                    chunk = previous.read(ChunkSize);
                    if (chunk.isEmpty())
                        return previous.error() == QFileDevice::NoError;
                    if (backup->write(chunk) != chunk.size())
                        return false;
                    copied += chunk.size();
                    copying.report(copied, total);
                }
            });
            previous.close();
        }
    }
    if (!error) {
        const ProgressRange writing(progress, SaveBackupEnd, SaveEntriesEnd);
        error = writeFile(m_path, [&](QIODevice *file) {
            return PartnerFileFormat::write(document, file, writing);
        });
    }
    if (lockedForThisWrite)
        unlock();
    if (!error && progress)
        progress(1000);
    return error;
}

std::optional<PartnerStore::Error>
PartnerStore::writeFile(const QString &path, const std::function<bool(QIODevice *)> &write) const
{
    const auto failure = AtomicFile::write(path, write);
    if (!failure)
        return std::nullopt;
    return Error {m_path,
                  -1,
                  {},
                  tr("%1 could not be written (%2): %3")
                      .arg(QDir::toNativeSeparators(path), failure->stage, failure->reason)};
}
