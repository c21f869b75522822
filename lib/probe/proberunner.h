#pragma once

#include "partners/partner.h"
#include "probe/probesettings.h"
#include "report/probereport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class ConnectionProbe;
class DialbackListener;

// Runs the connection tests of many partner domains, at most `parallelTests` at once,
// for Test all and the command line. Reports arrive in any order, each with the index
// of its job; cancel() stops every test at once.
class ProbeRunner final : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        Partner partner;
        QString domain;
    };

    explicit ProbeRunner(const ProbeSettings &settings, QObject *parent = nullptr);
    ~ProbeRunner() override;

    // Every domain of each partner (primary first) as one job.
    static QList<Job> jobsFor(const QList<Partner> &partners);

    void start(const QList<Job> &jobs);
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_jobs.size()); }
    const QList<Job> &jobs() const { return m_jobs; }
    int done() const { return m_done; }
    const QList<ProbeReport> &reports() const { return m_reports; }
    const ProbeSettings &settings() const { return m_settings; }
    // When the last start() was called, and how long its tests ran (until now while
    // they run).
    QDateTime startedAt() const { return m_startedAt; }
    qint64 durationMs() const { return m_running ? m_clock.elapsed() : m_durationMs; }
    // cancel() was called during the last run.
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    // A test has finished a step; `report` is its report so far.
    void reportUpdated(int index, const ProbeReport &report);
    void reportReady(int index, const ProbeReport &report);
    void progress(int done, int total);
    void finished();

private:
    void startNext();
    void finish();

    ProbeSettings m_settings;
    QList<Job> m_jobs;
    QList<ProbeReport> m_reports;
    QList<QPointer<ConnectionProbe>> m_active;
    // With ProbeSettings::fullDialback, the authoritative server of the local domain for
    // every test of the run.
    DialbackListener *m_listener = nullptr;
    int m_next = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    qint64 m_durationMs = 0;
};
