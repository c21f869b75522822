#include "probe/proberunner.h"

#include "probe/connectionprobe.h"
#include "probe/dialbacklistener.h"

ProbeRunner::ProbeRunner(const ProbeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

ProbeRunner::~ProbeRunner()
{
    for (const QPointer<ConnectionProbe> &probe : std::as_const(m_active)) {
        if (probe)
            probe->disconnect(this);
    }
}

QList<ProbeRunner::Job> ProbeRunner::jobsFor(const QList<Partner> &partners)
{
    QList<Job> jobs;
    for (const Partner &partner : partners) {
        for (const QString &domain : partner.allDomains())
            jobs.append({partner, domain});
    }
    return jobs;
}

void ProbeRunner::start(const QList<Job> &jobs)
{
    cancel();
    m_jobs = jobs;
    m_reports = QList<ProbeReport>(jobs.size());
    m_next = 0;
    m_done = 0;
    m_running = true;
    m_cancelled = false;
    m_startedAt = QDateTime::currentDateTime();
    m_clock.start();
    m_durationMs = 0;
    // One listener for every test of the run: they share the port (and its secret).
    delete m_listener;
    m_listener = nullptr;
    if (m_settings.fullDialback && !jobs.isEmpty()) {
        m_listener = new DialbackListener(m_settings, this);
        m_listener->start(); // a failure is each test's to report
    }
    Q_EMIT progress(0, total());
    if (jobs.isEmpty()) {
        finish();
        return;
    }
    const int parallel = qMax(1, m_settings.parallelTests);
    for (int i = 0; i < parallel && m_next < m_jobs.size(); ++i)
        startNext();
}

void ProbeRunner::startNext()
{
    const int index = m_next++;
    const Job &job = m_jobs.at(index);
    auto *probe = new ConnectionProbe(job.partner, job.domain, m_settings, this);
    if (m_listener)
        probe->setDialbackListener(m_listener);
    m_active.append(probe);
    connect(probe, &ConnectionProbe::stepFinished, this,
            [this, probe, index] { Q_EMIT reportUpdated(index, probe->report()); });
    connect(probe, &ConnectionProbe::finished, this, [this, probe, index] {
        m_reports[index] = probe->report();
        m_active.removeAll(probe);
        probe->deleteLater();
        ++m_done;
        Q_EMIT reportReady(index, m_reports.at(index));
        Q_EMIT progress(m_done, total());
        if (m_running && m_next < m_jobs.size()) {
            startNext();
        } else if (m_active.isEmpty()) {
            finish();
        }
    });
    probe->start();
}

void ProbeRunner::finish()
{
    m_durationMs = m_clock.elapsed();
    m_running = false;
    if (m_listener) {
        m_listener->close(); // the port is free again once the run is over
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    Q_EMIT finished();
}

void ProbeRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // Jobs not started yet are dropped; running ones finish as cancelled.
    m_next = int(m_jobs.size());
    const QList<QPointer<ConnectionProbe>> active = m_active;
    for (const QPointer<ConnectionProbe> &probe : active) {
        if (probe)
            probe->cancel();
    }
}
