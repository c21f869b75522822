#include "support/backgroundtask.h"

#include <QEvent>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <climits>
#include <memory>

namespace {

// Keeps the window open while the work runs: the work writes into what the window owns.
class CloseBlocker final : public QObject
{
public:
    explicit CloseBlocker(QObject *window)
        : m_window(window)
    {
        if (m_window)
            m_window->installEventFilter(this);
    }
    ~CloseBlocker() override
    {
        if (m_window)
            m_window->removeEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Close) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QObject *m_window;
};

} // namespace

BackgroundTask::BackgroundTask(QWidget *window, const QString &label, bool cancellable)
    : m_window(window)
    , m_label(label)
    , m_cancellable(cancellable)
{ }

bool BackgroundTask::run(const Work &work)
{
    QEventLoop loop;
    std::atomic<int> progress = 0;
    std::atomic<bool> cancelled = false;
    std::atomic<bool> finished = false;
    const Progress report = [&](int permille) {
        progress.store(permille, std::memory_order_relaxed);
        return !cancelled.load(std::memory_order_relaxed);
    };
    std::unique_ptr<QThread> thread(QThread::create([&] {
        work(report);
        finished.store(true);
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    }));

    QProgressDialog dialog(m_label, m_cancellable ? tr("Cancel") : QString(), 0, 1000, m_window);
    dialog.setObjectName(QStringLiteral("backgroundTaskProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(INT_MAX); // shown by the timer below, not by its own guess
    if (!m_cancellable)
        dialog.setCancelButton(nullptr);
    dialog.setValue(0);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] {
        if (!m_cancellable)
            return;
        cancelled.store(true);
        loop.quit(); // the work stops at its next progress report
    });
    // The dialog follows the work's progress from this thread, a few times a second.
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog,
                     [&] { dialog.setValue(qMax(1, progress.load(std::memory_order_relaxed))); });
    QTimer showTimer;
    showTimer.setSingleShot(true);
    QObject::connect(&showTimer, &QTimer::timeout, &dialog, [&] {
        dialog.show();
        loop.quit(); // the loop takes input from now on, for the Cancel button
    });

    if (m_showDelay <= 0)
        dialog.show();
    else
        showTimer.start(m_showDelay);
    thread->start();
    poll.start();
    // Until the dialog is up, and once the work is cancelled, the window is drawn but
    // takes no input: nothing can change the list, nor start another task, meanwhile.
    // Input waits in the queue until then.
    const CloseBlocker blocker(m_window);
    while (!finished.load()) {
        const bool takeInput = m_cancellable && dialog.isVisible() && !cancelled.load();
        if (loop.exec(takeInput ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents)
            == -1) {
            // The application is quitting: no loop runs any more. Stop the work and
            // wait for it here.
            cancelled.store(true);
            break;
        }
    }
    thread->wait();
#ifdef __GLIBC__
    // The worker's heap keeps what the work freed (a large file's parse tree, its
    // serialised text) as resident memory long after the thread ended: give it back.
    malloc_trim(0);
#endif
    return !cancelled.load();
}
