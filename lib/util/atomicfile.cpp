#include "util/atomicfile.h"

#include <QSaveFile>

#include <unistd.h>

std::optional<AtomicFile::Failure> AtomicFile::write(const QString &path,
                                                     const std::function<bool(QIODevice *)> &write)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    const auto failure = [&](const QString &stage) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Failure {stage, reason};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("opening"));
    if (!write(&file) || !file.flush())
        return failure(tr("writing"));
    // The data reaches the disk before the rename makes it the file.
    if (::fsync(file.handle()) != 0)
        return failure(tr("syncing"));
    if (!file.commit())
        return Failure {tr("renaming"), file.errorString()};
    return std::nullopt;
}

std::optional<AtomicFile::Failure> AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&](QIODevice *device) { return device->write(bytes) == bytes.size(); });
}
