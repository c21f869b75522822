#include "file/partnerstore.h"

#include "file/partnerjson.h"
#include "util/atomicfile.h"
#include "util/byteordermark.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QLockFile>

#include <cmath>
#include <limits>
#include <unistd.h>

namespace {

const QString FormatKey = QStringLiteral("format");
const QString VersionKey = QStringLiteral("version");
const QString PartnersKey = QStringLiteral("partners");
constexpr int MaxReportedErrors = 50;
constexpr qint64 ChunkSize = 4 * 1024 * 1024;
// Thousandths of a load spent reading the file (the rest parses it).
constexpr int LoadReadEnd = 100;
// Thousandths of a save: the backup copy, the entries, syncing and renaming.
constexpr int SaveBackupEnd = 150;
constexpr int SaveEntriesEnd = 950;

bool isBlank(const QByteArray &data)
{
    for (const char c : data) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

// The file size in MiB for a message, rounded up so that a file just over the limit
// does not read as being at it.
QString mebibytes(qint64 bytes)
{
    constexpr double MiB = 1024.0 * 1024.0;
    const double value = std::ceil(static_cast<double>(bytes) / MiB * 10.0) / 10.0;
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

// Line and column (1-based) of a byte offset, for JSON syntax errors.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<uchar>(data.at(i)) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

} // namespace

// The part [from, to] of a task's thousandths that one step of it covers: reports
// `done` of `total` of the step, only when the thousandth changes. It refers to the
// progress function, which outlives it.
class PartnerStore::ProgressRange
{
public:
    ProgressRange(const Progress &progress, int from, int to)
        : m_progress(progress)
        , m_from(from)
        , m_to(to)
    { }

    // The part [start, end] of this range, in thousandths of it.
    ProgressRange part(int start, int end) const
    {
        return ProgressRange(m_progress, m_from + (m_to - m_from) * start / 1000,
                             m_from + (m_to - m_from) * end / 1000);
    }

    // False once the progress function asked to cancel.
    bool report(qint64 done, qint64 total) const
    {
        if (!m_progress)
            return true;
        const int permille = total <= 0
            ? m_from
            : m_from + static_cast<int>((m_to - m_from) * qBound<qint64>(0, done, total) / total);
        if (permille == m_last)
            return m_continue;
        m_last = permille;
        m_continue = m_progress(permille);
        return m_continue;
    }
    bool done() const { return report(1, 1); }

private:
    const Progress &m_progress;
    int m_from;
    int m_to;
    mutable int m_last = -1;
    mutable bool m_continue = true;
};

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
    return parseOwned(std::move(data), m_path, ProgressRange(progress, LoadReadEnd, 1000));
}

PartnerStore::LoadResult PartnerStore::parse(const QByteArray &data, const QString &fileName,
                                             const Progress &progress)
{
    return parseOwned(data, fileName, ProgressRange(progress, 0, 1000));
}

PartnerStore::LoadResult PartnerStore::parseOwned(QByteArray data, const QString &fileName,
                                                  const ProgressRange &progress)
{
    LoadResult result;
    const auto fail = [&](const QString &reason) {
        result.errors.append(Error {fileName, -1, {}, reason});
        return result;
    };
    const auto cancelled = [&] {
        result = LoadResult();
        result.cancelled = true;
        return result;
    };

    data = ByteOrderMark::withoutUtf8(std::move(data)); // as some Windows editors write
    if (isBlank(data))
        return fail(tr("the file is empty."));

    // The JSON takes about a quarter of the time, the entries the rest.
    const ProgressRange entriesProgress = progress.part(250, 1000);
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        return fail(tr("the file is not valid JSON: %1 at line %2, column %3.")
                        .arg(parseError.errorString())
                        .arg(line)
                        .arg(column));
    }
    data = QByteArray(); // the text is not needed any more: free it before the entries
    if (!entriesProgress.report(0, 1))
        return cancelled();
    if (!json.isObject())
        return fail(tr("the file is not an xmpp-partners file: its top level is not an object."));

    const QJsonObject root = json.object();
    const QJsonValue format = root.value(FormatKey);
    if (format.toString() != formatName()) {
        return fail(tr("the file is not an xmpp-partners file: “%1” should be “%2”.")
                        .arg(FormatKey, formatName()));
    }
    const QJsonValue version = root.value(VersionKey);
    // Range first: converting a double beyond int to int is undefined.
    const double number = version.toDouble();
    if (!version.isDouble() || !(number >= 1 && number <= std::numeric_limits<int>::max())
        || number != std::floor(number)) {
        return fail(tr("the file has no valid format version (“%1” should be a whole number).")
                        .arg(VersionKey));
    }
    if (version.toInt() > FormatVersion) {
        return fail(tr("the file was written by a newer version of xmpp-partners (format version "
                       "%1; this version reads version %2). Open it with a newer version.")
                        .arg(version.toInt())
                        .arg(FormatVersion));
    }
    const QJsonValue partners = root.value(PartnersKey);
    if (!partners.isArray())
        return fail(tr("the key “%1” is missing or is not a list.").arg(PartnersKey));

    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != FormatKey && it.key() != VersionKey && it.key() != PartnersKey)
            result.document.unknownFields.insert(it.key(), it.value());
    }

    const QJsonArray entries = partners.toArray();
    result.document.partners.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entriesProgress.report(i, entries.size()))
            return cancelled();
        const QJsonValue entry = entries.at(i);
        const QString domain = entry.toObject().value(QStringLiteral("domain")).toString();
        const auto refuse = [&](const QString &reason) {
            if (result.errors.size() < MaxReportedErrors)
                result.errors.append(Error {fileName, i, domain, reason});
            else
                ++result.unreportedErrors;
        };
        if (!entry.isObject()) {
            refuse(tr("the entry is not an object."));
            continue;
        }
        Partner partner;
        if (const QString error = PartnerJson::fromJson(entry.toObject(), &partner);
            !error.isEmpty()) {
            refuse(error);
            continue;
        }
        const ValidationIssues errors = result.document.partners.append(partner);
        if (!errors.isEmpty())
            refuse(errors.constFirst().message);
    }
    if (!result.errors.isEmpty())
        result.document = Document();
    entriesProgress.done();
    return result;
}

QByteArray PartnerStore::serialize(const Document &document)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    const Progress none;
    writeDocument(document, &buffer, ProgressRange(none, 0, 1000));
    return data;
}

bool PartnerStore::writeDocument(const Document &document, QIODevice *device,
                                 const ProgressRange &progress)
{
    // The text is QJsonDocument's indented form of the whole document, written a piece
    // at a time: the top level with an empty list of partners, split where the list
    // goes, and each entry indented by two levels. JSON strings hold no raw line
    // break, so indenting each line of an entry is exact.
    QJsonObject root = document.unknownFields;
    root.insert(FormatKey, formatName());
    root.insert(VersionKey, FormatVersion);
    root.insert(PartnersKey, QJsonArray());
    // Qt's JSON reader drops a U+FEFF that starts a string, as written raw; escaped, it
    // stays. In UTF-8 these bytes are that character and nothing else.
    const auto escapeByteOrderMarks = [](QByteArray json) {
        return json.replace(ByteOrderMark::Utf8, "\\ufeff");
    };
    const QByteArray frame
        = escapeByteOrderMarks(QJsonDocument(root).toJson(QJsonDocument::Indented));
    const QByteArray emptyList = "\n    \"" + PartnersKey.toUtf8() + "\": [\n    ]";
    const qsizetype at = frame.indexOf(emptyList);
    const QList<Partner> &partners = document.partners.partners();
    if (partners.isEmpty())
        return device->write(frame) == frame.size();
    if (at < 0) { // cannot happen with QJsonDocument's layout; kept as a safeguard
        QJsonArray entries;
        for (const Partner &partner : partners)
            entries.append(PartnerJson::toJson(partner));
        root.insert(PartnersKey, entries);
        const QByteArray whole
            = escapeByteOrderMarks(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return device->write(whole) == whole.size();
    }

    const auto write = [device](const QByteArray &bytes) {
        return device->write(bytes) == bytes.size();
    };
    if (!write(frame.left(at + emptyList.size() - 5)))
        return false;
    const QByteArray indent(8, ' ');
    QByteArray text;
    for (qsizetype i = 0; i < partners.size(); ++i) {
        progress.report(i, partners.size());
        const QByteArray entry = escapeByteOrderMarks(
            QJsonDocument(PartnerJson::toJson(partners.at(i))).toJson(QJsonDocument::Indented));
        // Every line, the last one's line break excepted, gets the indent.
        qsizetype start = 0;
        while (start < entry.size()) {
            qsizetype end = entry.indexOf('\n', start);
            if (end < 0)
                end = entry.size();
            text += indent;
            text += QByteArrayView(entry).sliced(start, end - start);
            if (end + 1 < entry.size())
                text += '\n';
            start = end + 1;
        }
        text += i + 1 < partners.size() ? ",\n" : "\n";
        if (text.size() >= ChunkSize) {
            if (!write(text))
                return false;
            text.clear();
        }
    }
    text += "    ]";
    text += QByteArrayView(frame).sliced(at + emptyList.size());
    if (!write(text))
        return false;
    progress.done();
    return true;
}

std::optional<PartnerStore::Error> PartnerStore::lock()
{
    if (isLocked())
        return std::nullopt;
    auto lockFile = std::make_unique<QLockFile>(lockPath());
    // Held for as long as the file is open, so never considered stale by age; a lock
    // left by a process that died is still detected by its process ID.
    lockFile->setStaleLockTime(0);
    if (lockFile->tryLock(100)) {
        m_lock = std::move(lockFile);
        return std::nullopt;
    }
    if (lockFile->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lockFile->getLockInfo(&pid, &host, &application)) {
            return fileError(tr("the file is open in another program (%1, process %2 on %3). "
                                "Close it there, then try again.")
                                 .arg(application.isEmpty() ? tr("unknown program") : application)
                                 .arg(pid)
                                 .arg(host.isEmpty() ? tr("unknown host") : host));
        }
        return fileError(tr("the file is locked by another program (lock file %1).")
                             .arg(QDir::toNativeSeparators(lockPath())));
    }
    return fileError(tr("the lock file %1 cannot be created; check that the folder is writable.")
                         .arg(QDir::toNativeSeparators(lockPath())));
}

void PartnerStore::unlock()
{
    m_lock.reset();
}

bool PartnerStore::isLocked() const
{
    return m_lock && m_lock->isLocked();
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
        error = writeFile(m_path,
                          [&](QIODevice *file) { return writeDocument(document, file, writing); });
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
