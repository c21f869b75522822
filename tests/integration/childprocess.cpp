#include "childprocess.h"

#include <QFile>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

ChildProcess::~ChildProcess()
{
    stop();
}

QString ChildProcess::findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {u"/usr/sbin"_qs, u"/sbin"_qs});
    return path;
}

bool ChildProcess::start(const QString &program, const QStringList &arguments,
                         const QString &outputFile)
{
    stop();
    m_error.clear();
    m_exitCode = 0;
    m_outputFile = outputFile;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(outputFile, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        // A test that crashes or is killed by a timeout must not leave servers behind.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127); // the test died before prctl took effect
    });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = program + u" could not be started: "_qs + m_process->errorString();
        m_process.reset();
        return false;
    }
    return true;
}

bool ChildProcess::stop(std::chrono::milliseconds termTimeout)
{
    if (!m_process)
        return true;
    bool inTime = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(int(termTimeout.count()))) {
            m_process->kill();
            inTime = m_process->waitForFinished(5000);
            if (!inTime)
                m_error = m_process->program() + u" did not end after SIGKILL"_qs;
        }
    }
    m_exitCode = m_process->exitCode();
    // QProcess's destructor kills and reaps whatever might still be running.
    m_process.reset();
    return inTime;
}

bool ChildProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool ChildProcess::waitForExit(std::chrono::milliseconds timeout)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return true;
    return m_process->waitForFinished(int(timeout.count()));
}

qint64 ChildProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

int ChildProcess::exitCode() const
{
    if (m_process && m_process->state() == QProcess::NotRunning)
        return m_process->exitCode();
    return m_exitCode;
}

QString ChildProcess::outputTail(int lines) const
{
    QFile file(m_outputFile);
    if (m_outputFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    // Only the end matters, and a debug log can be long.
    if (file.size() > 64 * 1024)
        file.seek(file.size() - 64 * 1024);
    const QStringList all = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(qMax(0, all.size() - lines)).join(u'\n');
}
