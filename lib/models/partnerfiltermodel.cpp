#include "models/partnerfiltermodel.h"

#include "models/partnertablemodel.h"

PartnerFilterModel::PartnerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void PartnerFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_partners = qobject_cast<const PartnerTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void PartnerFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    refilter();
}

void PartnerFilterModel::setPartnerTypeFilter(std::optional<PartnerType> type)
{
    if (type == m_partnerType)
        return;
    m_partnerType = type;
    refilter();
}

void PartnerFilterModel::refilter()
{
    // One layout change rebuilds the mapping in a single pass. invalidateRowsFilter()
    // removes every hidden range with its own signal, which costs tens of milliseconds
    // per keystroke on ten thousand partners.
    invalidate();
}

bool PartnerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_partners) {
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    // Straight from the source model: this runs for every partner at every keystroke.
    if (m_partnerType && m_partners->partnerAt(sourceRow).partnerType != *m_partnerType)
        return false;
    return m_filterText.isEmpty()
        || m_partners->filterTextAt(sourceRow).contains(m_filterText, Qt::CaseInsensitive);
}

bool PartnerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_partners)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_partners->lessThan(left.row(), right.row(), left.column());
}
