#include "partnertablemodel.h"

#include "domainname.h"
#include "negotiationpolicy.h"

PartnerTableModel::PartnerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PartnerTableModel::setPartners(const PartnerList &partners)
{
    beginResetModel();
    m_partners = partners;
    endResetModel();
}

int PartnerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_partners.size());
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PartnerTableModel::columnTitle(Column column)
{
    switch (column) {
    case DomainColumn:
        return tr("Primary domain");
    case PartnerTypeColumn:
        return tr("Partner type");
    case TlsColumn:
        return tr("TLS", "column: TLS negotiation");
    case SaslColumn:
        return tr("SASL", "column: SASL negotiation");
    case DialbackColumn:
        return tr("Dialback", "column: dialback negotiation");
    case AdditionalDomainsColumn:
        return tr("Additional domains");
    case DescriptionColumn:
        return tr("Description");
    case LastTestColumn:
        return tr("Last test");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(static_cast<Column>(section));
    return {};
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Partner &partner = m_partners.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(partner, index.column());
    case SortRole:
        return sortData(partner, index.column());
    case FilterTextRole:
        return QStringList{partner.domain, partner.additionalDomains.join(u' '),
                           partner.description}
            .join(u'\n');
    case PartnerTypeRole:
        return static_cast<int>(partner.partnerType);
    case VerdictRole:
        return static_cast<int>(NegotiationPolicy::forPartner(partner).verdict());
    case Qt::ToolTipRole:
        if (index.column() == DomainColumn || index.column() == TlsColumn
            || index.column() == SaslColumn || index.column() == DialbackColumn) {
            return NegotiationPolicy::forPartner(partner).message();
        }
        if (index.column() == PartnerTypeColumn)
            return partnerTypeDescription(partner.partnerType);
        return {};
    default:
        return {};
    }
}

QVariant PartnerTableModel::displayData(const Partner &partner, int column) const
{
    switch (column) {
    case DomainColumn:
        return partner.domain;
    case PartnerTypeColumn:
        return displayName(partner.partnerType);
    case TlsColumn:
        return displayName(partner.tlsNegotiation);
    case SaslColumn:
        return displayName(partner.saslNegotiation);
    case DialbackColumn:
        return dialbackDisplayName(partner.supportDialbackNegotiation);
    case AdditionalDomainsColumn:
        return partner.additionalDomains.join(QStringLiteral(", "));
    case DescriptionColumn:
        return partner.description.section(u'\n', 0, 0);
    case LastTestColumn:
        return {};
    }
    return {};
}

QVariant PartnerTableModel::sortData(const Partner &partner, int column) const
{
    switch (column) {
    case DomainColumn:
        return DomainName::comparisonKey(partner.domain);
    case PartnerTypeColumn:
        return static_cast<int>(partner.partnerType);
    case TlsColumn:
        return static_cast<int>(partner.tlsNegotiation);
    case SaslColumn:
        return static_cast<int>(partner.saslNegotiation);
    case DialbackColumn:
        return partner.supportDialbackNegotiation;
    case AdditionalDomainsColumn:
        return partner.additionalDomains.join(u' ').toLower();
    case DescriptionColumn:
        return partner.description.toLower();
    case LastTestColumn:
        return {};
    }
    return {};
}
