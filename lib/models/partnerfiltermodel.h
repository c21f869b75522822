#pragma once

#include "partners/partner.h"

#include <QSortFilterProxyModel>

class PartnerTableModel;

#include <optional>

// Sorting and filtering over PartnerTableModel: the filter box matches the primary
// domain, the additional domains and the description as you type; the partner-type
// filter keeps one type.
class PartnerFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PartnerFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    std::optional<PartnerType> partnerTypeFilter() const { return m_partnerType; }
    void setPartnerTypeFilter(std::optional<PartnerType> type);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // `narrowing`: every row the new filters accept, the previous ones accepted too.
    void refilter(bool narrowing);
    // Each source row's place when every row is sorted by `column`, rows that compare
    // equal sharing one; computed once, then kept until the source changes.
    const QList<int> &ranks(int column) const;

    const PartnerTableModel *m_partners = nullptr;
    QString m_filterText;
    QString m_foldedText; // m_filterText case-folded, as the model's filter texts
    // Whether the filters of the last full pass accepted each source row; empty once the
    // source's rows changed. A filter that narrows the previous one looks only at the
    // rows it accepted.
    mutable QList<bool> m_accepted;
    bool m_narrowing = false;
    // While a whole sort or filter pass runs, lessThan() compares ranks: a keystroke
    // sorts what it keeps by integers rather than by collation keys. A single row that
    // changed is placed by the model's own comparison, without ranking every row again.
    bool m_wholePass = false;
    mutable QList<int> m_ranks;
    mutable int m_rankedColumn = -1;
    std::optional<PartnerType> m_partnerType;
};
