#include "models/importplanmodel.h"

#include "import/partnerdifference.h"
#include "models/statusicons.h"

ImportPlanModel::ImportPlanModel(const ImportPlan &plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_entries(plan.entries())
{ }

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ImportPlanModel::details(const ImportPlan::Entry &entry)
{
    QStringList lines;
    switch (entry.category) {
    case ImportPlan::Category::Refused:
        return entry.reason.toString().split(u'\n');
    case ImportPlan::Category::New:
        lines = PartnerDifference::summary(*entry.partner);
        break;
    case ImportPlan::Category::Changed:
        lines = PartnerDifference::describe(*entry.existing, *entry.partner);
        break;
    case ImportPlan::Category::Unchanged:
        lines.append(tr("The list already has this partner with these settings."));
        break;
    }
    for (const QString &warning : entry.warnings)
        lines.append(tr("Warning: %1").arg(warning));
    return lines;
}

QString ImportPlanModel::oneLine(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines) {
        if (!text.isEmpty())
            text += text.endsWith(u'.') ? u" "_qs : tr("; ", "between the details of a row");
        text += line;
    }
    return text;
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportPlan::Entry &entry = m_entries.at(index.row());
    if (role == CategoryRole)
        return int(entry.category);
    if (role == FullDetailsRole)
        return details(entry).join(u'\n');
    switch (index.column()) {
    case RowColumn:
        if (role == Qt::DisplayRole)
            return entry.line;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ResultColumn:
        if (role == Qt::DisplayRole)
            return ImportPlan::categoryName(entry.category);
        if (role == Qt::DecorationRole)
            return StatusIcons::icon(entry.category);
        return {};
    case DomainColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return entry.domain;
        return {};
    case DetailsColumn:
        if (role == Qt::DisplayRole)
            return oneLine(details(entry));
        if (role == Qt::ToolTipRole)
            return details(entry).join(u'\n');
        if (role == Qt::DecorationRole && entry.category != ImportPlan::Category::Refused
            && !entry.warnings.isEmpty())
            return StatusIcons::icon(ValidationIssue::Severity::Warning);
        return {};
    default:
        return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row", "import preview: the row's number in the file");
    case ResultColumn:
        return tr("Result", "import preview: what the import does with the row");
    case DomainColumn:
        return tr("Primary domain");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

void ImportPlanModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
