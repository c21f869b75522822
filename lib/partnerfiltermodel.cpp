#include "partnerfiltermodel.h"

#include "partnertablemodel.h"

PartnerFilterModel::PartnerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PartnerTableModel::SortRole);
    setDynamicSortFilter(true);
}

void PartnerFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateRowsFilter();
}

void PartnerFilterModel::setPartnerTypeFilter(std::optional<PartnerType> type)
{
    if (type == m_partnerType)
        return;
    m_partnerType = type;
    invalidateRowsFilter();
}

bool PartnerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_partnerType
        && index.data(PartnerTableModel::PartnerTypeRole).toInt()
            != static_cast<int>(*m_partnerType))
        return false;
    if (m_filterText.isEmpty())
        return true;
    return index.data(PartnerTableModel::FilterTextRole)
        .toString()
        .contains(m_filterText, Qt::CaseInsensitive);
}
