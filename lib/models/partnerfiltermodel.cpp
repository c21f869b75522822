#include "models/partnerfiltermodel.h"

#include "models/partnertablemodel.h"

#include <QScopedValueRollback>

#include <algorithm>
#include <numeric>

PartnerFilterModel::PartnerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void PartnerFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_partners = qobject_cast<const PartnerTableModel *>(model);
    m_accepted.clear();
    m_ranks.clear();
    if (model) {
        // Connected before the base class's own handlers, which run next and may sort.
        // Rows that moved: what was accepted where is no longer known, nor any rank.
        const auto forget = [this] {
            m_accepted.clear();
            m_ranks.clear();
        };
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_ranks.clear(); });
        connect(model, &QAbstractItemModel::rowsInserted, this, forget);
        connect(model, &QAbstractItemModel::rowsRemoved, this, forget);
        connect(model, &QAbstractItemModel::rowsMoved, this, forget);
        connect(model, &QAbstractItemModel::layoutChanged, this, forget);
        // A new list is sorted whole: by ranks, which the next keystrokes reuse.
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_accepted.clear();
            m_ranks.clear();
            m_wholePass = true;
        });
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_wholePass = false; });
}

void PartnerFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    const QString folded = trimmed.toCaseFolded();
    const bool narrowing = folded.contains(m_foldedText);
    m_filterText = trimmed;
    m_foldedText = folded;
    refilter(narrowing);
}

void PartnerFilterModel::setPartnerTypeFilter(std::optional<PartnerType> type)
{
    if (type == m_partnerType)
        return;
    // From every type to one narrows; anything else widens or moves.
    const bool narrowing = !m_partnerType.has_value();
    m_partnerType = type;
    refilter(narrowing);
}

void PartnerFilterModel::refilter(bool narrowing)
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_narrowing = narrowing && m_accepted.size() == rows;
    if (!m_narrowing)
        m_accepted = QList<bool>(rows, true);
    // One layout change rebuilds the mapping in a single pass. invalidateRowsFilter()
    // removes every hidden range with its own signal, which costs tens of milliseconds
    // per keystroke on ten thousand partners.
    {
        const QScopedValueRollback wholePass(m_wholePass, true);
        invalidate();
    }
    m_narrowing = false;
}

void PartnerFilterModel::sort(int column, Qt::SortOrder order)
{
    // The collation may have changed since the ranks were made.
    m_ranks.clear();
    const QScopedValueRollback wholePass(m_wholePass, true);
    QSortFilterProxyModel::sort(column, order);
}

const QList<int> &PartnerFilterModel::ranks(int column) const
{
    const int rows = m_partners->rowCount();
    if (m_rankedColumn == column && m_ranks.size() == rows)
        return m_ranks;
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this, column](int left, int right) {
        return m_partners->lessThan(left, right, column);
    });
    m_ranks = QList<int>(rows, 0);
    for (int i = 1; i < rows; ++i) {
        const int previous = order.at(i - 1);
        m_ranks[order.at(i)]
            = m_partners->lessThan(previous, order.at(i), column) ? i : m_ranks.at(previous);
    }
    m_rankedColumn = column;
    return m_ranks;
}

bool PartnerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_partners) {
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    // Straight from the source model: this runs for every partner at every keystroke.
    const bool known = sourceRow < m_accepted.size();
    if (m_narrowing && known && !m_accepted.at(sourceRow))
        return false;
    const bool accepted
        = (!m_partnerType || m_partners->partnerAt(sourceRow).partnerType == *m_partnerType)
        && (m_foldedText.isEmpty()
            || m_partners->filterTextAt(sourceRow).contains(m_foldedText, Qt::CaseSensitive));
    if (known)
        m_accepted[sourceRow] = accepted;
    return accepted;
}

bool PartnerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_partners)
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_wholePass) {
        const QList<int> &rank = ranks(left.column());
        return rank.at(left.row()) < rank.at(right.row());
    }
    return m_partners->lessThan(left.row(), right.row(), left.column());
}
