#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

// A server process started by a test fixture (Prosody, dnsmasq): its output goes to a
// file, it dies with the test process even when the test crashes or is killed (the
// parent-death signal), and stop() always ends it: SIGTERM, then SIGKILL.
class ChildProcess final
{
public:
    ChildProcess() = default;
    ~ChildProcess();
    Q_DISABLE_COPY_MOVE(ChildProcess)

    // Finds a program in PATH or in the sbin folders (dnsmasq is in /usr/sbin, which is
    // not in every PATH). Empty when it is not installed.
    static QString findProgram(const QString &name);

    // Starts `program`, its stdout and stderr appended to `outputFile`. Must be called
    // from a thread that outlives the process: the parent-death signal follows the
    // thread that started it.
    bool start(const QString &program, const QStringList &arguments, const QString &outputFile);
    // Ends the process and reaps it; true when it was not running or ended in time.
    bool stop(std::chrono::milliseconds termTimeout = std::chrono::seconds(5));

    bool isRunning() const;
    // Waits up to `timeout` for the process to end by itself (a failed start); also how a
    // polling loop sleeps, since QProcess only notices an exit while it waits or while
    // the event loop runs. True when it has ended.
    bool waitForExit(std::chrono::milliseconds timeout);
    qint64 processId() const; // 0 when not running
    int exitCode() const; // of the process that ran last
    QString errorString() const { return m_error; }
    // The last `lines` lines of the output file.
    QString outputTail(int lines = 30) const;

private:
    std::unique_ptr<QProcess> m_process;
    QString m_outputFile;
    QString m_error;
    int m_exitCode = 0;
};
