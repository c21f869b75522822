#pragma once

#include "partners/partnerlist.h"

#include <QCollator>
#include <QHash>
#include <QList>
#include <QLocale>

#include <functional>

// How the partner table sorts: a key per row for each column, computed on the column's
// first sort and kept in step as rows are inserted, changed and removed, so that a sort
// compares keys rather than texts. Text columns (primary domain, additional domains,
// description) compare collation keys; the Last test and Certificate columns compare the
// numbers the table gives (from each partner's last test); the setting columns compare
// their values in the order the editor lists them.
class PartnerSortKeys final
{
public:
    // The key of `partner` in the Last test or Certificate `column`.
    using ProbeKeyOf = std::function<qint64(const Partner &partner, int column)>;

    explicit PartnerSortKeys(ProbeKeyOf probeKeyOf);

    // The collation of the text columns; the C locale collates as English.
    void setCollationLocale(const QLocale &locale);
    // Forgets every key: a new list.
    void clear();
    // Row `row` of `partners` was inserted, or changed (its settings or its last test).
    void rowInserted(const PartnerList &partners, int row) { update(partners, row, true); }
    void rowChanged(const PartnerList &partners, int row) { update(partners, row, false); }
    void rowRemoved(int row);

    bool lessThan(const PartnerList &partners, int leftRow, int rightRow, int column) const;

private:
    void update(const PartnerList &partners, int row, bool inserted);
    const QList<QCollatorSortKey> &textKeys(const PartnerList &partners, int column) const;
    const QList<qint64> &probeKeys(const PartnerList &partners, int column) const;
    static QString sortTextOf(const Partner &partner, int column);
    static int settingOrder(const Partner &partner, int column);

    ProbeKeyOf m_probeKeyOf;
    QCollator m_collator;
    mutable QHash<int, QList<QCollatorSortKey>> m_textKeys; // text column -> key per row
    mutable QHash<int, QList<qint64>> m_probeKeys; // Last test, Certificate -> key per row
};
