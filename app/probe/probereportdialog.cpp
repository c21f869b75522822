#include "probe/probereportdialog.h"

#include "advice/suggestionlist.h"
#include "models/statusicons.h"
#include "probe/proberunner.h"
#include "probe/suggestionapplier.h"
#include "report/html.h"
#include "report/probereporthtml.h"
#include "support/prompter.h"
#include "util/atomicfile.h"

#include "ui_probereportdialog.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QStyle>

ProbeReportDialog::ProbeReportDialog(ProbeRunner *runner, Prompter *prompter, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ProbeReportDialog>())
    , m_runner(runner)
    , m_prompter(prompter)
{
    ui->setupUi(this);
    ui->transcriptEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui->stepsTree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    syncJobs();
    connect(ui->domainCombo, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &ProbeReportDialog::showCurrent);
    connect(runner, &ProbeRunner::reportUpdated, this, &ProbeReportDialog::onReport);
    connect(runner, &ProbeRunner::reportReady, this, &ProbeReportDialog::onReport);
    connect(runner, &ProbeRunner::progress, this, [this] {
        syncJobs();
        updateButtons();
    });
    connect(runner, &ProbeRunner::finished, this, &ProbeReportDialog::updateButtons);
    connect(ui->cancelButton, &QPushButton::clicked, runner, &ProbeRunner::cancel);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(plainText()); });
    connect(ui->saveHtmlButton, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(ui->saveJsonButton, &QPushButton::clicked, this, [this] { saveAs(false); });
    connect(ui->applySuggestionButton, &QPushButton::clicked, this, [this] {
        if (m_applier && m_applier->apply(currentSuggestion(), this))
            updateButtons();
    });
    connect(ui->copyPowerShellButton, &QPushButton::clicked, this,
            [this] { SuggestionApplier::copyPowerShell(currentSuggestion()); });
    ui->applySuggestionButton->setVisible(false);
    retranslate();
}

ProbeReportDialog::~ProbeReportDialog() = default;

void ProbeReportDialog::syncJobs()
{
    // The runner may start (or start again) after the dialog is made.
    if (!m_runner || m_reports.size() == m_runner->jobs().size())
        return;
    m_reports.clear();
    m_partners.clear();
    const QSignalBlocker blocker(ui->domainCombo);
    ui->domainCombo->clear();
    for (const ProbeRunner::Job &job : m_runner->jobs()) {
        ui->domainCombo->addItem(job.domain);
        ProbeReport pending;
        pending.domain = job.domain;
        m_reports.append(pending);
        m_partners.append(job.partner);
    }
    ui->domainCombo->setEnabled(ui->domainCombo->count() > 1);
    setWindowTitle(
        tr("Connection test: %1").arg(m_reports.isEmpty() ? QString() : m_reports.first().domain));
    showCurrent();
}

int ProbeReportDialog::currentIndex() const
{
    return qMax(0, ui->domainCombo->currentIndex());
}

const ProbeReport &ProbeReportDialog::currentReport() const
{
    return m_reports.at(currentIndex());
}

void ProbeReportDialog::setSuggestionApplier(SuggestionApplier *applier)
{
    m_applier = applier;
    updateButtons();
}

SuggestionList ProbeReportDialog::currentSuggestion() const
{
    SuggestionList list;
    if (!m_reports.isEmpty() && currentIndex() < m_partners.size())
        list.add(m_partners.at(currentIndex()), currentReport());
    return list;
}

void ProbeReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ProbeReportDialog::closeEvent(QCloseEvent *event)
{
    // Closing the report stops a test still running: nobody would see its result.
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    event->accept();
}

void ProbeReportDialog::fitStepColumns()
{
    // Wide enough for every step and state name of the current language, never elided.
    const QFontMetrics metrics = ui->stepsTree->fontMetrics();
    const QStyle *style = ui->stepsTree->style();
    const int padding = 2 * style->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    const int iconSide = style->pixelMetric(QStyle::PM_SmallIconSize);
    int stepWidth = metrics.horizontalAdvance(ui->stepsTree->headerItem()->text(0));
    for (int step = int(ProbeReport::Step::Resolve); step <= int(ProbeReport::Step::Verdict);
         ++step)
        stepWidth = qMax(
            stepWidth,
            metrics.horizontalAdvance(ProbeReport::stepName(static_cast<ProbeReport::Step>(step))));
    int stateWidth = metrics.horizontalAdvance(ui->stepsTree->headerItem()->text(1));
    for (int state = int(ProbeReport::StepState::NotRun);
         state <= int(ProbeReport::StepState::Cancelled); ++state)
        stateWidth = qMax(stateWidth,
                          metrics.horizontalAdvance(
                              ProbeReport::stateName(static_cast<ProbeReport::StepState>(state)))
                              + iconSide + 8);
    ui->stepsTree->setColumnWidth(0, stepWidth + padding + ui->stepsTree->indentation());
    ui->stepsTree->setColumnWidth(1, stateWidth + padding);
    ui->stepsTree->setColumnWidth(
        2, metrics.horizontalAdvance(tr("%1 ms").arg(QLocale().toString(99999))) + padding);
}

void ProbeReportDialog::retranslate()
{
    fitStepColumns();
    setWindowTitle(
        tr("Connection test: %1").arg(m_reports.isEmpty() ? QString() : m_reports.first().domain));
    showCurrent();
    updateButtons();
}

void ProbeReportDialog::onReport(int index, const ProbeReport &report)
{
    syncJobs();
    if (index < 0 || index >= m_reports.size())
        return;
    m_reports[index] = report;
    if (index == currentIndex())
        showCurrent();
    updateButtons();
}

void ProbeReportDialog::updateButtons()
{
    if (m_reports.isEmpty())
        return;
    const bool running = m_runner && m_runner->isRunning();
    ui->cancelButton->setEnabled(running);
    ui->progressLabel->setText(running ? tr("Testing… %1 of %2 done", "tests done of all")
                                             .arg(m_runner->done())
                                             .arg(m_runner->total())
                                       : QString());
    const bool finished = !currentReport().steps.isEmpty()
        && currentReport().findStep(ProbeReport::Step::Verdict) != nullptr;
    ui->saveHtmlButton->setEnabled(finished);
    ui->saveJsonButton->setEnabled(finished);
    ui->copyButton->setEnabled(finished);
    const bool suggested = finished && !currentReport().suggestion.isEmpty();
    ui->applySuggestionButton->setVisible(suggested && m_applier);
    ui->copyPowerShellButton->setVisible(suggested);
    ui->suggestionLabel->setVisible(suggested);
}

void ProbeReportDialog::showCurrent()
{
    if (m_reports.isEmpty())
        return;
    const ProbeReport &report = currentReport();
    const QLocale locale;
    const bool finished = report.findStep(ProbeReport::Step::Verdict) != nullptr;
    if (finished) {
        ui->verdictLabel->setText(
            QStringLiteral("<b>%1</b>%2")
                .arg(ProbeReport::verdictName(report.verdict).toHtmlEscaped(),
                     report.method.isEmpty()
                         ? QString()
                         : tr(" — %1").arg(report.method.toString()).toHtmlEscaped()));
        ui->verdictIcon->setPixmap(StatusIcons::icon(report.verdict).pixmap(32, 32));
        ui->adviceLabel->setText(report.advice.toString());
        ui->suggestionLabel->setText(
            report.suggestion.isEmpty()
                ? QString()
                : tr("Suggested setting: %1").arg(report.suggestion.text()));
    } else {
        ui->suggestionLabel->clear();
        ui->verdictLabel->setText(tr("<b>Testing %1…</b>").arg(report.domain.toHtmlEscaped()));
        ui->verdictIcon->setPixmap(StatusIcons::probeRunningIcon().pixmap(32, 32));
        ui->adviceLabel->clear();
    }

    ui->stepsTree->clear();
    for (const ProbeReport::StepResult &step : report.steps) {
        auto *item = new QTreeWidgetItem(ui->stepsTree);
        item->setText(0, ProbeReport::stepName(step.step));
        item->setIcon(1, StatusIcons::icon(step.state));
        item->setText(1, ProbeReport::stateName(step.state));
        if (step.state != ProbeReport::StepState::NotRun
            && step.state != ProbeReport::StepState::Skipped)
            item->setText(2, tr("%1 ms").arg(locale.toString(step.durationMs)));
        const QString details = step.details.toString();
        item->setText(3, details);
        item->setToolTip(3, details);
    }

    ui->certificateTree->clear();
    for (const ProbeReport::Certificate &certificate : report.certificates) {
        auto *item = new QTreeWidgetItem(ui->certificateTree);
        item->setText(0, certificate.subject);
        item->setText(1, certificate.subjectAlternativeNames.join(QStringLiteral(", ")));
        item->setText(2, certificate.issuer);
        item->setText(3, locale.toString(certificate.notBefore, QLocale::ShortFormat));
        item->setText(4, locale.toString(certificate.notAfter, QLocale::ShortFormat));
        item->setText(5, certificate.sha256);
    }
    ui->reportTabs->setTabEnabled(ui->reportTabs->indexOf(ui->certificateTab),
                                  !report.certificates.isEmpty());
    // The same section as the saved report's, in its style.
    const QString tlsProfile = ProbeReportHtml(report).tlsProfile();
    ui->tlsProfileBrowser->setHtml(tlsProfile.isEmpty()
                                       ? QString()
                                       : QStringLiteral("<style>") + Html::styleSheet()
                                           + QStringLiteral("</style>") + tlsProfile);
    ui->reportTabs->setTabEnabled(ui->reportTabs->indexOf(ui->tlsProfileTab),
                                  !tlsProfile.isEmpty());
    // The round trip, or why there was none, once the test is over.
    ui->roundTripBrowser->setHtml(finished ? QStringLiteral("<style>") + Html::styleSheet()
                                          + QStringLiteral("</style>")
                                          + ProbeReportHtml(report).roundTrip()
                                           : QString());
    ui->reportTabs->setTabEnabled(ui->reportTabs->indexOf(ui->roundTripTab), finished);

    const QString none = tr("none");
    QString features = tr("Before TLS: %1")
                           .arg(report.featuresBeforeTls.isEmpty()
                                    ? none
                                    : LocalizedText::toStringList(report.featuresBeforeTls)
                                          .join(QStringLiteral(", ")));
    features += u'\n'
        + tr("After TLS: %1")
              .arg(report.featuresAfterTls.isEmpty()
                       ? none
                       : LocalizedText::toStringList(report.featuresAfterTls)
                             .join(QStringLiteral(", ")));
    if (!report.tlsProtocol.isEmpty())
        features += u'\n' + tr("TLS: %1, %2").arg(report.tlsProtocol, report.tlsCipher);
    if (!report.connectedTo.isEmpty())
        features += u'\n' + tr("Server: %1").arg(report.connectedTo);
    features += u'\n' + dialbackText(report.dialback);
    if (report.dane.state != DaneReport::State::NotChecked)
        features += u'\n' + report.dane.summary().toString();
    if (!report.dnssecNote.isEmpty())
        features += u'\n' + report.dnssecNote.toString();
    ui->featuresLabel->setText(features);
    ui->recordsTree->clear();
    for (const ProbeReport::DnsRecord &record : report.records) {
        auto *item = new QTreeWidgetItem(ui->recordsTree);
        item->setText(0, record.service.isEmpty() ? tr("address") : record.service);
        item->setText(1, record.target);
        item->setText(2, QString::number(record.port));
        item->setText(3, QString::number(record.priority));
        item->setText(4, QString::number(record.weight));
        item->setText(5, DnssecStatusText::name(record.dnssec).toString());
        if (!record.dnssecReason.isEmpty())
            item->setToolTip(5, record.dnssecReason);
    }

    QString transcript;
    for (const ProbeReport::TranscriptLine &line : report.transcript)
        transcript += ProbeReport::directionName(line.sent)
            + QStringLiteral(" +%1 ms  ").arg(line.atMs) + line.text + u'\n';
    ui->transcriptEdit->setPlainText(transcript);
    updateButtons();
}

QString ProbeReportDialog::dialbackText(const DialbackResult &dialback)
{
    if (!dialback.enabled)
        return tr("Full server dialback: off");
    if (!dialback.listenerError.isEmpty())
        return tr("Full server dialback: the listener at %1 did not start: %2")
            .arg(dialback.listener, dialback.listenerError);
    if (!dialback.attempted)
        return tr("Full server dialback: not attempted (listener %1)").arg(dialback.listener);
    const QString answer = dialback.result.isEmpty() ? tr("no answer")
        : dialback.condition.isEmpty()
        ? dialback.result
        : QStringLiteral("%1 (%2)").arg(dialback.result, dialback.condition);
    return dialback.connectBackSeen
        ? tr("Full server dialback: %1; the partner connected back to %2 from %3")
              .arg(answer, dialback.listener, dialback.connectBackAddress)
        : tr("Full server dialback: %1; the partner did not connect back to %2")
              .arg(answer, dialback.listener);
}

QString ProbeReportDialog::plainText() const
{
    if (m_reports.isEmpty())
        return {};
    const ProbeReport &report = currentReport();
    QStringList lines;
    lines.append(tr("Connection test: %1").arg(report.domain));
    lines.append(
        tr("Verdict: %1").arg(ProbeReport::verdictName(report.verdict))
        + (report.method.isEmpty() ? QString() : tr(" — %1").arg(report.method.toString())));
    if (!report.advice.isEmpty())
        lines.append(report.advice.toString());
    if (!report.tlsProfile.grade.isEmpty())
        lines.append(tr("TLS grade: %1").arg(report.tlsProfile.grade));
    if (report.roundTrip.attempted && !report.roundTrip.softwareText().isEmpty())
        lines.append(
            tr("Partner's server software: %1").arg(report.roundTrip.softwareText().toString()));
    lines.append(QString());
    for (const ProbeReport::StepResult &step : report.steps) {
        lines.append(tr("%1: %2 (%3 ms) %4", "step: state (duration) details")
                         .arg(ProbeReport::stepName(step.step), ProbeReport::stateName(step.state),
                              QLocale().toString(step.durationMs), step.details.toString()));
    }
    return lines.join(u'\n');
}

void ProbeReportDialog::saveAs(bool html)
{
    if (m_reports.isEmpty())
        return;
    const ProbeReport &report = currentReport();
    const QString suggested
        = QStringLiteral("xmpp-test-%1.%2").arg(report.domain, html ? u"html"_qs : u"json"_qs);
    const QString path = m_prompter->saveFileName(
        this, html ? tr("Save the report as HTML") : tr("Save the report as JSON"), suggested,
        html ? tr("HTML pages (*.html)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = html ? report.toHtml().toUtf8()
                                  : QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    if (const auto failure = AtomicFile::write(path, bytes))
        m_prompter->showError(this, tr("Cannot save the report"),
                              tr("%1: %2").arg(path, failure->reason));
}
