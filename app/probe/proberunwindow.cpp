#include "probe/proberunwindow.h"

#include "models/statusicons.h"
#include "probe/proberunexporter.h"
#include "report/proberunreport.h"

#include "ui_proberunwindow.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>

namespace {

constexpr int VerdictColumn = 2;
constexpr int AdviceColumn = 3;

} // namespace

ProbeRunWindow::ProbeRunWindow(Prompter *prompter, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ProbeRunWindow>())
    , m_prompter(prompter)
{
    ui->setupUi(this);
    ui->resultsTree->header()->setStretchLastSection(true);
    connect(ui->resultsTree->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == AdviceColumn)
            fitAdviceRows();
    });
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(ui->saveButton, &QPushButton::clicked, this, [this] {
        if (m_report)
            ProbeRunExporter(m_prompter, this).save(*m_report);
    });
    connect(ui->pdfButton, &QPushButton::clicked, this, [this] {
        if (m_report)
            ProbeRunExporter(m_prompter, this).exportPdf(*m_report);
    });
    connect(ui->printButton, &QPushButton::clicked, this, [this] {
        if (m_report)
            ProbeRunExporter(m_prompter, this).print(*m_report);
    });
    showReport();
}

ProbeRunWindow::~ProbeRunWindow() = default;

void ProbeRunWindow::setReport(std::shared_ptr<const ProbeRunReport> report)
{
    m_report = std::move(report);
    showReport();
}

bool ProbeRunWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->resultsTree->viewport() && event->type() == QEvent::Resize)
        m_fitTimer.start();
    return QDialog::eventFilter(watched, event);
}

void ProbeRunWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        showReport();
    }
    QDialog::changeEvent(event);
}

void ProbeRunWindow::showReport()
{
    const bool have = m_report != nullptr;
    ui->saveButton->setEnabled(have);
    ui->pdfButton->setEnabled(have);
    ui->printButton->setEnabled(have);
    ui->resultsTree->clear();
    if (!have) {
        ui->summaryLabel->clear();
        ui->runLabel->clear();
        ui->outcomeIcon->clear();
        return;
    }
    const ProbeRunReport &run = *m_report;
    const QLocale locale;
    ui->outcomeIcon->setPixmap(StatusIcons::icon(run.outcome()).pixmap(32, 32));
    ui->summaryLabel->setText(
        QStringLiteral("<b>%1</b> — %2")
            .arg(run.scopeText().toHtmlEscaped(), run.countsText().toHtmlEscaped()));
    QString details
        = tr("Started %1, took %2 s; local domain %3.", "test run: date, seconds, local domain")
              .arg(locale.toString(run.startedAt, QLocale::ShortFormat),
                   locale.toString(double(run.durationMs) / 1000.0, 'f', 1),
                   run.settings.localDomain);
    if (run.cancelled)
        details += u' ' + tr("The run was cancelled.");
    ui->runLabel->setText(details);

    for (const ProbeRunReport::PartnerResult &partner : run.partners) {
        bool first = true;
        for (const ProbeRunReport::DomainResult &domain : partner.domains) {
            auto *item = new QTreeWidgetItem(ui->resultsTree);
            if (first)
                item->setText(0, partner.partner.domain);
            first = false;
            item->setText(1, domain.domain);
            const ProbeRunReport::Outcome outcome = domain.outcome();
            QString verdict = ProbeRunReport::outcomeName(outcome);
            if (outcome != ProbeRunReport::Outcome::NotTested && !domain.report.method.isEmpty())
                verdict += u'\n' + domain.report.method.toString();
            item->setText(VerdictColumn, verdict);
            item->setIcon(VerdictColumn, StatusIcons::icon(outcome));
            const QString advice = outcome == ProbeRunReport::Outcome::NotTested
                ? ProbeRunReport::notTestedText()
                : domain.report.advice.toString();
            item->setText(AdviceColumn, advice);
            item->setToolTip(AdviceColumn, advice);
        }
    }
    // Names whole, the advice in what is left.
    for (int column = 0; column < AdviceColumn; ++column)
        ui->resultsTree->resizeColumnToContents(column);
    m_fitTimer.start();
    setWindowTitle(run.partnerFile.isEmpty()
                       ? tr("Test all results")
                       : tr("Test all results: %1").arg(QFileInfo(run.partnerFile).fileName()));
}

void ProbeRunWindow::fitAdviceRows()
{
    QTreeWidget *tree = ui->resultsTree;
    const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
    // The last column stretches to the viewport's edge, but the header applies that
    // lazily, without telling: take the width it is about to have.
    const int width
        = qMax(tree->columnWidth(AdviceColumn),
               tree->viewport()->width() - tree->header()->sectionPosition(AdviceColumn))
        - 2 * margin;
    if (width <= 0)
        return;
    const QFontMetrics metrics = tree->fontMetrics();
    bool changed = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        const QRect wrapped = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap,
                                                   item->text(AdviceColumn));
        const int height = wrapped.height() + 2 * margin;
        // A size hint with no width counts as none: the width is the column's anyway.
        if (item->sizeHint(AdviceColumn).height() != height) {
            item->setSizeHint(AdviceColumn, QSize(width, height));
            changed = true;
        }
    }
    // The view keeps the heights it measured while it waits for a layout.
    if (changed)
        tree->doItemsLayout();
}
