#include "file/partnerfilelock.h"

#include <QLockFile>

PartnerFileLock::PartnerFileLock(const QString &path)
    : m_path(path)
{ }

PartnerFileLock::~PartnerFileLock() = default;

std::optional<PartnerFileLock::Refusal> PartnerFileLock::tryLock()
{
    if (isLocked())
        return std::nullopt;
    auto lockFile = std::make_unique<QLockFile>(m_path);
    // Held for as long as the file is open, so never considered stale by age; a lock
    // left by a process that died is still detected by its process ID.
    lockFile->setStaleLockTime(0);
    if (lockFile->tryLock(100)) {
        m_lock = std::move(lockFile);
        return std::nullopt;
    }
    Refusal refusal;
    if (lockFile->error() != QLockFile::LockFailedError)
        return refusal;
    refusal.heldByAnother = true;
    Holder holder;
    if (lockFile->getLockInfo(&holder.pid, &holder.hostName, &holder.application))
        refusal.holder = holder;
    return refusal;
}

void PartnerFileLock::unlock()
{
    m_lock.reset();
}

bool PartnerFileLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}
