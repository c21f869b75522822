#pragma once

#include <QtGlobal>

#include <functional>

// The part [from, to] of a task's thousandths that one step of it covers: reports `done`
// of `total` of the step to the task's progress function, only when the thousandth
// changes. It refers to the progress function, which outlives it.
class ProgressRange final
{
public:
    // Told how far the task has come, in thousandths; returns false to cancel it.
    using Progress = std::function<bool(int permille)>;

    ProgressRange(const Progress &progress, int from, int to);

    // The part [start, end] of this range, in thousandths of it.
    ProgressRange part(int start, int end) const;

    // False once the progress function asked to cancel.
    bool report(qint64 done, qint64 total) const;
    bool done() const { return report(1, 1); }

private:
    const Progress &m_progress;
    int m_from;
    int m_to;
    mutable int m_last = -1;
    mutable bool m_continue = true;
};
