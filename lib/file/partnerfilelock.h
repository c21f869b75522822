#pragma once

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

// The lock file beside a partner file (QLockFile): an editor holds it while the file is
// open and a save while it writes, so that two running instances never write the same
// file. A lock left by a process that died is taken over; one held by a live process is
// never, however old.
class PartnerFileLock final
{
public:
    // The process that holds the lock, as its lock file names it.
    struct Holder
    {
        qint64 pid = 0;
        QString hostName; // empty when the lock file does not say
        QString application; // likewise
    };

    // Why the lock could not be taken.
    struct Refusal
    {
        bool heldByAnother = false; // false: the lock file cannot be created
        std::optional<Holder> holder; // when the lock file can be read
    };

    explicit PartnerFileLock(const QString &path);
    ~PartnerFileLock();
    PartnerFileLock(const PartnerFileLock &) = delete;
    PartnerFileLock &operator=(const PartnerFileLock &) = delete;

    // Takes the lock, waiting a moment for a holder about to let go; nothing to do when
    // it is held already.
    std::optional<Refusal> tryLock();
    void unlock();
    bool isLocked() const;

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};
