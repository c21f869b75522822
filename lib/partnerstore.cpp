#include "partnerstore.h"

#include "partnerjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLockFile>
#include <QSaveFile>

#include <cmath>
#include <limits>
#include <unistd.h>

namespace {

const QString FormatKey = QStringLiteral("format");
const QString VersionKey = QStringLiteral("version");
const QString PartnersKey = QStringLiteral("partners");
constexpr int MaxReportedErrors = 50;

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

PartnerStore::LoadResult PartnerStore::load() const
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
    if (info.size() > MaxFileSize) {
        result.errors.append(
            fileError(tr("the file is %1 MiB; partner files are limited to %2 MiB.")
                          .arg(info.size() / (1024 * 1024))
                          .arg(MaxFileSize / (1024 * 1024))));
        return result;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(fileError(tr("the file cannot be read: %1.").arg(file.errorString())));
        return result;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.errors.append(fileError(tr("the file cannot be read: %1.").arg(file.errorString())));
        return result;
    }
    return parse(data, m_path);
}

PartnerStore::LoadResult PartnerStore::parse(const QByteArray &rawData, const QString &fileName)
{
    LoadResult result;
    const auto fail = [&](const QString &reason) {
        result.errors.append(Error {fileName, -1, {}, reason});
        return result;
    };

    QByteArray data = rawData;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // a UTF-8 byte order mark, as some Windows editors write
    if (data.trimmed().isEmpty())
        return fail(tr("the file is empty."));

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        return fail(tr("the file is not valid JSON: %1 at line %2, column %3.")
                        .arg(parseError.errorString())
                        .arg(line)
                        .arg(column));
    }
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
    for (qsizetype i = 0; i < entries.size(); ++i) {
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
    return result;
}

QByteArray PartnerStore::serialize(const Document &document)
{
    QJsonArray partners;
    for (const Partner &partner : document.partners.partners())
        partners.append(PartnerJson::toJson(partner));
    QJsonObject root = document.unknownFields;
    root.insert(FormatKey, formatName());
    root.insert(VersionKey, FormatVersion);
    root.insert(PartnersKey, partners);
    // Qt's JSON reader drops a U+FEFF that starts a string, as written raw; escaped, it
    // stays. In UTF-8 these bytes are that character and nothing else.
    return QJsonDocument(root).toJson(QJsonDocument::Indented).replace("\xEF\xBB\xBF", "\\ufeff");
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

std::optional<PartnerStore::Error> PartnerStore::save(const Document &document)
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
            const QByteArray old = previous.readAll();
            previous.close();
            error = writeFile(backupPath(), old);
        }
    }
    if (!error)
        error = writeFile(m_path, serialize(document));
    if (lockedForThisWrite)
        unlock();
    return error;
}

std::optional<PartnerStore::Error> PartnerStore::writeFile(const QString &path,
                                                           const QByteArray &data) const
{
    QSaveFile file(path);
    // Never fall back to writing in place: a failed save must leave the file as it was.
    file.setDirectWriteFallback(false);
    const auto failure = [&](const QString &what) {
        const QString reason = tr("%1 could not be written (%2): %3")
                                   .arg(QDir::toNativeSeparators(path), what, file.errorString());
        file.cancelWriting();
        return Error {m_path, -1, {}, reason};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("opening"));
    if (file.write(data) != data.size())
        return failure(tr("writing"));
    if (!file.flush())
        return failure(tr("writing"));
    // The data reaches the disk before the rename makes it the file.
    if (::fsync(file.handle()) != 0)
        return failure(tr("syncing"));
    if (!file.commit())
        return Error {m_path,
                      -1,
                      {},
                      tr("%1 could not be written (%2): %3")
                          .arg(QDir::toNativeSeparators(path), tr("renaming"), file.errorString())};
    return std::nullopt;
}
