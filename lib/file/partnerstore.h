#pragma once

#include "file/partnerfilelock.h"
#include "file/progressrange.h"
#include "partners/partnerlist.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

// The partner file: {"format": "xmpp-partners", "version": 1, "partners": [...]}.
// What the rest of the program uses to load, save and lock one; the text itself is
// PartnerFileFormat's, the lock file PartnerFileLock's.
//
// Loading never writes, and refuses a file it cannot read whole and valid, naming the
// file, the entry and the reason. Saving is atomic (util/atomicfile.h), keeps the previous
// file as NAME.bak, and is guarded by a lock file so that two running instances never
// write the same file.
//
// Loading and saving are linear in the size of the file and report their progress, so
// that a window can run them on a worker thread (they touch nothing but their own data
// and the file) and show how far they are. A load needs about five times the file's
// size in memory at its peak (the JSON document beside the partners); the README's
// "Limits" section lists what loads and what is refused.
class PartnerStore final
{
    Q_DECLARE_TR_FUNCTIONS(PartnerStore)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = 128 * 1024 * 1024;
    static QString formatName() { return QStringLiteral("xmpp-partners"); }

    // Told how far a load or a save has come, in thousandths, from the thread that
    // runs it; returning false cancels a load (a save, once begun, is finished: the
    // answer is ignored there).
    using Progress = ProgressRange::Progress;

    struct Error
    {
        QString file;
        qsizetype entry = -1; // 0-based index in "partners", or -1 for the whole file
        QString entryDomain;
        QString reason;

        QString message() const; // translated, one sentence naming file, entry and reason
        bool operator==(const Error &other) const = default;
    };

    struct Document
    {
        PartnerList partners;
        QJsonObject unknownFields; // top-level keys this version does not know
    };

    struct LoadResult
    {
        Document document;
        QList<Error> errors; // the first errors found, at most a few dozen
        qsizetype unreportedErrors = 0; // invalid entries beyond those
        bool cancelled = false; // the progress function asked to stop: nothing was read

        bool isOk() const { return errors.isEmpty() && !cancelled; }
        QString errorMessage() const; // every error, one per line (the first few)
    };

    explicit PartnerStore(const QString &path);
    ~PartnerStore();
    PartnerStore(const PartnerStore &) = delete;
    PartnerStore &operator=(const PartnerStore &) = delete;

    QString path() const { return m_path; }
    QString backupPath() const { return m_path + QStringLiteral(".bak"); }
    QString lockPath() const { return m_path + QStringLiteral(".lock"); }

    LoadResult load(const Progress &progress = {}) const;
    // Parses file content; `fileName` only names the file in errors.
    static LoadResult parse(const QByteArray &data, const QString &fileName,
                            const Progress &progress = {});
    static QByteArray serialize(const Document &document);

    // Takes the lock for as long as this store lives or until unlock(): an editor holds
    // it while the file is open. Fails, naming the holder, when another process has it.
    std::optional<Error> lock();
    void unlock();
    bool isLocked() const;

    // Writes `document` atomically, the previous file kept as NAME.bak. Takes the lock
    // for the write when it is not held already. On failure the file on disk is the
    // one that was there before.
    std::optional<Error> save(const Document &document, const Progress &progress = {});

private:
    Error fileError(const QString &reason) const;
    std::optional<Error> writeFile(const QString &path,
                                   const std::function<bool(QIODevice *)> &write) const;

    QString m_path;
    PartnerFileLock m_lock;
};
