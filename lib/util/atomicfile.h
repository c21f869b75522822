#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

// Writes a whole file atomically: the data goes to a temporary file beside the target,
// reaches the disk (fsync), and only then replaces the target by a rename. A failure at
// any step leaves the target as it was; there is never a fallback to writing in place.
// Every file the program writes (partner files, scripts, reports) goes through here.
class AtomicFile final
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    struct Failure
    {
        QString stage; // translated: "opening", "writing", "syncing" or "renaming"
        QString reason; // the system's words (QFileDevice::errorString())
    };

    // `write` fills the device and returns false when it could not.
    static std::optional<Failure> write(const QString &path,
                                        const std::function<bool(QIODevice *)> &write);
    static std::optional<Failure> write(const QString &path, const QByteArray &bytes);
};
