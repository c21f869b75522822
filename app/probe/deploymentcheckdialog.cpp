#include "probe/deploymentcheckdialog.h"

#include "models/statusicons.h"
#include "probe/deploymentcheck.h"
#include "report/reportdocument.h"
#include "support/prompter.h"
#include "util/atomicfile.h"

#include "ui_deploymentcheckdialog.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>

namespace {

ProbeReport::StepState stepStateOf(DeploymentReport::State state)
{
    switch (state) {
    case DeploymentReport::State::Pass:
        return ProbeReport::StepState::Passed;
    case DeploymentReport::State::Warning:
        return ProbeReport::StepState::Warning;
    case DeploymentReport::State::Fail:
        return ProbeReport::StepState::Failed;
    case DeploymentReport::State::NotRun:
        break;
    }
    return ProbeReport::StepState::NotRun;
}

} // namespace

DeploymentCheckDialog::DeploymentCheckDialog(const ProbeSettings &settings, Prompter *prompter,
                                             QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::DeploymentCheckDialog>())
    , m_check(new DeploymentCheck(settings, this))
    , m_prompter(prompter)
{
    ui->setupUi(this);
    ui->verdictIcon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    ui->headerLayout->setStretch(1, 1);
    ui->findingsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    ui->findingsTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    ui->findingsTree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_report.localDomain = settings.localDomain;
    connect(m_check, &DeploymentCheck::progress, this, [this](const ProbeReport &connection) {
        m_report.connection = connection;
        showReport();
    });
    connect(m_check, &DeploymentCheck::finished, this, [this] {
        m_report = m_check->report();
        m_finished = true;
        showReport();
        Q_EMIT finished();
    });
    connect(ui->cancelButton, &QPushButton::clicked, this, &DeploymentCheckDialog::cancel);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(plainText()); });
    connect(ui->saveHtmlButton, &QPushButton::clicked, this, [this] { save(u"html"_qs); });
    connect(ui->saveJsonButton, &QPushButton::clicked, this, [this] { save(u"json"_qs); });
    connect(ui->savePdfButton, &QPushButton::clicked, this, [this] { save(u"pdf"_qs); });
    showReport();
}

DeploymentCheckDialog::~DeploymentCheckDialog() = default;

void DeploymentCheckDialog::start()
{
    m_finished = false;
    m_check->start();
    showReport();
}

void DeploymentCheckDialog::cancel()
{
    m_check->cancel();
}

bool DeploymentCheckDialog::isRunning() const
{
    return m_check->isRunning();
}

void DeploymentCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        showReport();
    }
    QDialog::changeEvent(event);
}

void DeploymentCheckDialog::closeEvent(QCloseEvent *event)
{
    // Nobody would see the result of a check still running.
    cancel();
    event->accept();
}

void DeploymentCheckDialog::showReport()
{
    setWindowTitle(tr("Check my deployment: %1").arg(m_report.localDomain));
    ui->scopeLabel->setText(DeploymentReport::scopeNote().toString());
    ui->findingsTree->clear();
    if (!m_finished) {
        ui->verdictLabel->setText(
            tr("<b>Checking %1…</b>").arg(m_report.localDomain.toHtmlEscaped()));
        ui->verdictIcon->setPixmap(StatusIcons::probeRunningIcon().pixmap(32, 32));
        // The connection test's steps so far.
        QStringList steps;
        for (const ProbeReport::StepResult &step : m_report.connection.steps) {
            if (step.state != ProbeReport::StepState::NotRun)
                steps.append(
                    tr("%1: %2", "step: state")
                        .arg(ProbeReport::stepName(step.step), ProbeReport::stateName(step.state)));
        }
        ui->summaryLabel->setText(steps.join(QStringLiteral(" · ")));
        ui->reportBrowser->clear();
        updateButtons();
        return;
    }
    ui->verdictLabel->setText(QStringLiteral("<b>%1</b>")
                                  .arg(ProbeReport::verdictName(m_report.verdict).toHtmlEscaped()));
    ui->verdictIcon->setPixmap(StatusIcons::icon(m_report.verdict).pixmap(32, 32));
    ui->summaryLabel->setText(m_report.summary.toString());
    for (const DeploymentReport::Finding &finding : std::as_const(m_report.findings)) {
        auto *item = new QTreeWidgetItem(ui->findingsTree);
        item->setText(0, DeploymentReport::checkText(finding.check).toString());
        item->setIcon(1, StatusIcons::icon(stepStateOf(finding.state)));
        item->setText(1, DeploymentReport::stateName(finding.state));
        QString details = finding.details.toString();
        if (!finding.advice.isNull())
            details += u'\n' + finding.advice.text.toString();
        item->setText(2, details);
        item->setToolTip(2, details);
        item->setData(0, Qt::UserRole, DeploymentReport::wireName(finding.check));
    }
    ui->reportBrowser->setHtml(m_report.toHtml());
    updateButtons();
}

void DeploymentCheckDialog::updateButtons()
{
    const bool running = isRunning();
    ui->cancelButton->setEnabled(running);
    for (QPushButton *button :
         {ui->copyButton, ui->saveHtmlButton, ui->saveJsonButton, ui->savePdfButton})
        button->setEnabled(m_finished);
}

void DeploymentCheckDialog::save(const QString &suffix)
{
    if (!m_finished)
        return;
    QString filter;
    QByteArray bytes;
    if (suffix == u"html") {
        filter = tr("HTML pages (*.html)");
        bytes = m_report.toHtml().toUtf8();
    } else if (suffix == u"json") {
        filter = tr("JSON files (*.json)");
        bytes = QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Indented);
    } else {
        filter = tr("PDF documents (*.pdf)");
        bytes = ReportDocument(m_report.toHtml()).toPdf();
    }
    const QString suggested
        = QStringLiteral("xmpp-deployment-%1.%2").arg(m_report.localDomain, suffix);
    const QString path
        = m_prompter->saveFileName(this, tr("Save the deployment check"), suggested, filter);
    if (path.isEmpty())
        return;
    if (const auto failure = AtomicFile::write(path, bytes))
        m_prompter->showError(this, tr("Cannot save the report"),
                              tr("%1: %2").arg(path, failure->reason));
}
