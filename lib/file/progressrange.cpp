#include "file/progressrange.h"

#include <QtGlobal>

ProgressRange::ProgressRange(const Progress &progress, int from, int to)
    : m_progress(progress)
    , m_from(from)
    , m_to(to)
{ }

ProgressRange ProgressRange::part(int start, int end) const
{
    return ProgressRange(m_progress, m_from + (m_to - m_from) * start / 1000,
                         m_from + (m_to - m_from) * end / 1000);
}

bool ProgressRange::report(qint64 done, qint64 total) const
{
    if (!m_progress)
        return true;
    const int permille = total <= 0
        ? m_from
        : m_from + static_cast<int>((m_to - m_from) * qBound<qint64>(0, done, total) / total);
    if (permille == m_last)
        return m_continue;
    m_last = permille;
    m_continue = m_progress(permille);
    return m_continue;
}
