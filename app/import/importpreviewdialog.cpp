#include "import/importpreviewdialog.h"

#include "models/importplanmodel.h"

#include "ui_importpreviewdialog.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace {

constexpr ImportPlan::Category Categories[] = {
    ImportPlan::Category::New,
    ImportPlan::Category::Changed,
    ImportPlan::Category::Unchanged,
    ImportPlan::Category::Refused,
};

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ImportPlan &plan, const QString &filePath,
                                         ImportReader::Format format, QWidget *parent)
    : ImportPreviewDialog(plan, Purpose::Import, parent)
{
    m_path = filePath;
    m_format = format;
    retranslate();
}

ImportPreviewDialog::ImportPreviewDialog(const ImportPlan &plan, QWidget *parent)
    : ImportPreviewDialog(plan, Purpose::SuggestedSettings, parent)
{
    retranslate();
}

ImportPreviewDialog::ImportPreviewDialog(const ImportPlan &plan, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ImportPreviewDialog>())
    , m_purpose(purpose)
    , m_model(new ImportPlanModel(plan, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_importButton(new QPushButton(this))
    , m_changes(plan.changes().size())
    , m_format(ImportReader::Format::Csv)
{
    ui->setupUi(this);
    for (const ImportPlan::Category category : Categories)
        m_counts[int(category)] = plan.count(category);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ImportPlanModel::CategoryRole);
    m_proxy->setFilterKeyColumn(ImportPlanModel::ResultColumn);
    m_proxy->setSortRole(Qt::DisplayRole);
    ui->entryTable->setModel(m_proxy);
    ui->entryTable->sortByColumn(ImportPlanModel::RowColumn, Qt::AscendingOrder);
    ui->entryTable->verticalHeader()->setDefaultSectionSize(ui->entryTable->fontMetrics().height()
                                                            + 8);
    QHeaderView *header = ui->entryTable->horizontalHeader();
    header->setSectionResizeMode(ImportPlanModel::RowColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportPlanModel::ResultColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ImportPlanModel::DomainColumn, 220);

    // Not a standard button: QDialogButtonBox would write "OK" over its text on every
    // language change.
    m_importButton->setObjectName(QStringLiteral("importButton"));
    ui->buttonBox->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(m_changes > 0);
    // Enter imports only when every row is accepted; otherwise the user picks.
    m_importButton->setDefault(m_changes > 0 && m_counts[int(ImportPlan::Category::Refused)] == 0);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    ui->showCombo->addItem(QString(), -1);
    for (const ImportPlan::Category category : Categories)
        ui->showCombo->addItem(QString(), int(category));
    connect(ui->showCombo, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        const int category = ui->showCombo->currentData().toInt();
        showOnly(category < 0 ? std::nullopt
                              : std::optional(static_cast<ImportPlan::Category>(category)));
    });
    connect(ui->entryTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportPreviewDialog::showCurrentDetails);

    if (m_proxy->rowCount() > 0)
        ui->entryTable->setCurrentIndex(m_proxy->index(0, ImportPlanModel::RowColumn));
    ui->entryTable->setFocus();
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

QString ImportPreviewDialog::formatName(ImportReader::Format format)
{
    switch (format) {
    case ImportReader::Format::Csv:
        return tr("CSV from Export-Csv");
    case ImportReader::Format::PartnerFile:
        return tr("xmpp-partners file");
    case ImportReader::Format::PowerShell:
        return tr("Management Shell script");
    }
    Q_UNREACHABLE();
    return {};
}

void ImportPreviewDialog::showOnly(std::optional<ImportPlan::Category> category)
{
    const int wanted = category ? int(*category) : -1;
    const int comboIndex = ui->showCombo->findData(wanted);
    if (comboIndex != ui->showCombo->currentIndex()) {
        ui->showCombo->setCurrentIndex(comboIndex); // comes back here through the signal
        return;
    }
    m_proxy->setFilterRegularExpression(
        category ? QRegularExpression(u"^%1$"_qs.arg(int(*category))) : QRegularExpression());
    if (m_proxy->rowCount() > 0)
        ui->entryTable->setCurrentIndex(m_proxy->index(0, ImportPlanModel::RowColumn));
    showCurrentDetails();
}

void ImportPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

QString ImportPreviewDialog::summaryText() const
{
    const auto count = [this](ImportPlan::Category category) {
        return int(m_counts[int(category)]);
    };
    if (m_purpose == Purpose::SuggestedSettings) {
        QString summary = tr("%1, %2, %3.")
                              .arg(tr("%n to change", "suggested settings summary",
                                      count(ImportPlan::Category::Changed)),
                                   tr("%n already set", "suggested settings summary",
                                      count(ImportPlan::Category::Unchanged)),
                                   tr("%n refused", "suggested settings summary",
                                      count(ImportPlan::Category::Refused)));
        if (m_changes == 0)
            return summary + u' ' + tr("Nothing in the list would change.");
        return summary + u' '
            + tr("The changes are one step you can undo; the partners changed need a new "
                 "test.");
    }
    QString summary
        = tr("%1, %2, %3, %4.")
              .arg(tr("%n new", "import summary", count(ImportPlan::Category::New)),
                   tr("%n changed", "import summary", count(ImportPlan::Category::Changed)),
                   tr("%n unchanged", "import summary", count(ImportPlan::Category::Unchanged)),
                   tr("%n refused", "import summary", count(ImportPlan::Category::Refused)));
    if (m_changes == 0)
        summary += u' ' + tr("Nothing in the list would change.");
    else if (count(ImportPlan::Category::Refused) > 0)
        summary += u' '
            + tr("Refused rows are left out; the other rows are imported as one step you can "
                 "undo.");
    else
        summary += u' ' + tr("The import is one step you can undo.");
    return summary;
}

void ImportPreviewDialog::retranslate()
{
    const auto count = [this](ImportPlan::Category category) {
        return int(m_counts[int(category)]);
    };
    if (m_purpose == Purpose::SuggestedSettings) {
        setWindowTitle(tr("Apply Suggested Settings"));
        ui->sourceLabel->setText(
            tr("The changes of settings that the connection tests suggested, partner by "
               "partner."));
        m_importButton->setText(
            m_changes > 0 ? tr("&Apply to %n partner(s)", nullptr, int(m_changes)) : tr("&Apply"));
    } else {
        ui->sourceLabel->setText(
            tr("From %1 (%2).").arg(QDir::toNativeSeparators(m_path), formatName(m_format)));
        m_importButton->setText(m_changes > 0 ? tr("&Import %n partner(s)", nullptr, int(m_changes))
                                              : tr("&Import"));
    }
    ui->summaryLabel->setText(summaryText());

    ui->showCombo->setItemText(0, tr("All rows (%1)").arg(m_model->rowCount()));
    for (int i = 1; i < ui->showCombo->count(); ++i) {
        const auto category = static_cast<ImportPlan::Category>(ui->showCombo->itemData(i).toInt());
        ui->showCombo->setItemText(
            i, tr("%1 (%2)").arg(ImportPlan::categoryName(category)).arg(count(category)));
    }
    m_model->retranslate();
    showCurrentDetails();
}

void ImportPreviewDialog::showCurrentDetails()
{
    const QModelIndex current = ui->entryTable->currentIndex();
    if (!current.isValid()) {
        ui->detailsText->clear();
        return;
    }
    const QModelIndex first = current.siblingAtColumn(ImportPlanModel::RowColumn);
    const QString domain = current.siblingAtColumn(ImportPlanModel::DomainColumn).data().toString();
    QString heading = tr("Row %1").arg(first.data().toInt());
    if (!domain.isEmpty())
        heading = tr("%1, %2").arg(heading, domain);
    heading += u" — "_qs + current.siblingAtColumn(ImportPlanModel::ResultColumn).data().toString();
    ui->detailsText->setPlainText(heading + u'\n'
                                  + current.data(ImportPlanModel::FullDetailsRole).toString());
}
