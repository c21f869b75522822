#include "probe/proberunwindow.h"

#include "advice/suggestionlist.h"
#include "models/statusicons.h"
#include "probe/proberunexporter.h"
#include "probe/suggestionapplier.h"
#include "report/proberunreport.h"

#include "ui_proberunwindow.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>

namespace {

constexpr int VerdictColumn = 2;
constexpr int AdviceColumn = 3;
// On each row's first column: the indexes of its partner and domain in the run.
constexpr int PartnerIndexRole = Qt::UserRole;
constexpr int DomainIndexRole = Qt::UserRole + 1;

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
        // A copy: a Test all that ends during the dialog or the writing replaces m_report.
        if (const auto report = m_report)
            ProbeRunExporter(m_prompter, this).save(*report);
    });
    connect(ui->pdfButton, &QPushButton::clicked, this, [this] {
        // A copy: a Test all that ends during the dialog or the writing replaces m_report.
        if (const auto report = m_report)
            ProbeRunExporter(m_prompter, this).exportPdf(*report);
    });
    connect(ui->printButton, &QPushButton::clicked, this, [this] {
        // A copy: a Test all that ends during the dialog or the writing replaces m_report.
        if (const auto report = m_report)
            ProbeRunExporter(m_prompter, this).print(*report);
    });
    connect(ui->applySuggestionButton, &QPushButton::clicked, this, [this] {
        if (m_applier)
            m_applier->apply(selectedSuggestion(), this);
    });
    connect(ui->applyAllButton, &QPushButton::clicked, this, [this] {
        if (m_applier)
            m_applier->applyAll(suggestions(), this);
    });
    connect(ui->copyPowerShellButton, &QPushButton::clicked, this,
            [this] { SuggestionApplier::copyPowerShell(suggestions()); });
    connect(ui->resultsTree, &QTreeWidget::currentItemChanged, this,
            &ProbeRunWindow::updateSuggestionButtons);
    showReport();
}

ProbeRunWindow::~ProbeRunWindow() = default;

void ProbeRunWindow::setSuggestionApplier(SuggestionApplier *applier)
{
    m_applier = applier;
    updateSuggestionButtons();
}

SuggestionList ProbeRunWindow::suggestions() const
{
    return m_report ? SuggestionList::fromRun(*m_report) : SuggestionList();
}

SuggestionList ProbeRunWindow::selectedSuggestion() const
{
    SuggestionList list;
    const QTreeWidgetItem *item = ui->resultsTree->currentItem();
    if (!m_report || !item)
        return list;
    const auto &partner = m_report->partners.at(item->data(0, PartnerIndexRole).toInt());
    list.add(partner.partner, partner.domains.at(item->data(0, DomainIndexRole).toInt()).report);
    return list;
}

void ProbeRunWindow::updateSuggestionButtons()
{
    const bool any = !suggestions().isEmpty();
    ui->applyAllButton->setVisible(m_applier && any);
    ui->applySuggestionButton->setVisible(m_applier && any);
    ui->applySuggestionButton->setEnabled(!selectedSuggestion().isEmpty());
    ui->copyPowerShellButton->setVisible(any);
}

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
        updateSuggestionButtons();
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

    for (qsizetype p = 0; p < run.partners.size(); ++p) {
        const ProbeRunReport::PartnerResult &partner = run.partners.at(p);
        bool first = true;
        for (qsizetype d = 0; d < partner.domains.size(); ++d) {
            const ProbeRunReport::DomainResult &domain = partner.domains.at(d);
            auto *item = new QTreeWidgetItem(ui->resultsTree);
            item->setData(0, PartnerIndexRole, int(p));
            item->setData(0, DomainIndexRole, int(d));
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
            QString advice = outcome == ProbeRunReport::Outcome::NotTested
                ? ProbeRunReport::notTestedText()
                : domain.report.advice.toString();
            if (!domain.report.suggestion.isEmpty())
                advice += u'\n' + tr("Suggested setting: %1").arg(domain.report.suggestion.text());
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
    updateSuggestionButtons();
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
