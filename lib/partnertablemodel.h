#pragma once

#include "partnerlist.h"

#include <QAbstractTableModel>

// The partner list as a table for views: one row per partner, one column per setting.
class PartnerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DomainColumn,
        PartnerTypeColumn,
        TlsColumn,
        SaslColumn,
        DialbackColumn,
        AdditionalDomainsColumn,
        DescriptionColumn,
        LastTestColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // The value to sort by (wire names, booleans and keys rather than labels).
        SortRole = Qt::UserRole + 1,
        // Text the filter box matches: primary domain, additional domains, description.
        FilterTextRole,
        // The partner type as int, for the partner-type filter.
        PartnerTypeRole,
        // NegotiationPolicy::Verdict of the row's settings, as int.
        VerdictRole,
    };
    Q_ENUM(Role)

    explicit PartnerTableModel(QObject *parent = nullptr);

    const PartnerList &partners() const { return m_partners; }
    const Partner &partnerAt(int row) const { return m_partners.at(row); }
    void setPartners(const PartnerList &partners);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column);

private:
    QVariant displayData(const Partner &partner, int column) const;
    QVariant sortData(const Partner &partner, int column) const;

    PartnerList m_partners;
};
