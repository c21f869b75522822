#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// Runs a long piece of work (loading or saving a large partner file) on a worker thread
// while the window keeps drawing itself. A progress dialog, modal to the window, shows
// up only when the work takes longer than the show delay; its Cancel button, when the
// task has one, stops the work.
//
// run() returns once the work has ended, so the code around it reads as if the work
// were done in place; the work must touch nothing that the window's thread changes.
class BackgroundTask final
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)

public:
    // Called by the work, on its thread, with how far it has come in thousandths;
    // returns false once the user has cancelled.
    using Progress = std::function<bool(int permille)>;
    using Work = std::function<void(const Progress &progress)>;

    static constexpr int DefaultShowDelay = 500; // milliseconds

    BackgroundTask(QWidget *window, const QString &label, bool cancellable);

    // How long the work may run before the dialog appears; 0 shows it at once.
    void setShowDelay(int milliseconds) { m_showDelay = milliseconds; }

    // Runs `work`; returns false when the user cancelled it (the work has then stopped,
    // and what it produced is to be thrown away).
    bool run(const Work &work);

private:
    QWidget *m_window;
    QString m_label;
    bool m_cancellable;
    int m_showDelay = DefaultShowDelay;
};
