#include "models/partnersortkeys.h"

#include "models/partnertablemodel.h"

namespace {

// Descriptions sort by the collation keys of their start; only rows whose starts are
// equal compare the whole texts.
constexpr qsizetype SortPrefix = 256;

} // namespace

PartnerSortKeys::PartnerSortKeys(ProbeKeyOf probeKeyOf)
    : m_probeKeyOf(std::move(probeKeyOf))
{
    setCollationLocale(QLocale());
}

void PartnerSortKeys::setCollationLocale(const QLocale &locale)
{
    // The C locale collates by code point, which puts "école" after "zebra": readers
    // without a locale get English collation instead.
    m_collator = QCollator(locale.language() == QLocale::C ? QLocale(QLocale::English) : locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true); // partner2 before partner10
    m_textKeys.clear();
}

void PartnerSortKeys::clear()
{
    m_textKeys.clear();
    m_probeKeys.clear();
}

void PartnerSortKeys::update(const PartnerList &partners, int row, bool inserted)
{
    const Partner &partner = partners.at(row);
    for (auto it = m_textKeys.begin(); it != m_textKeys.end(); ++it) {
        QCollatorSortKey key = m_collator.sortKey(sortTextOf(partner, it.key()));
        if (inserted)
            it.value().insert(row, key);
        else
            it.value()[row] = key;
    }
    for (auto it = m_probeKeys.begin(); it != m_probeKeys.end(); ++it) {
        const qint64 key = m_probeKeyOf(partner, it.key());
        if (inserted)
            it.value().insert(row, key);
        else
            it.value()[row] = key;
    }
}

void PartnerSortKeys::rowRemoved(int row)
{
    for (QList<QCollatorSortKey> &keys : m_textKeys)
        keys.removeAt(row);
    for (QList<qint64> &keys : m_probeKeys)
        keys.removeAt(row);
}

QString PartnerSortKeys::sortTextOf(const Partner &partner, int column)
{
    switch (column) {
    case PartnerTableModel::DomainColumn:
        return partner.domain;
    case PartnerTableModel::AdditionalDomainsColumn:
        return partner.additionalDomains.join(u' ');
    case PartnerTableModel::DescriptionColumn:
        return partner.description.left(SortPrefix);
    }
    return {};
}

const QList<QCollatorSortKey> &PartnerSortKeys::textKeys(const PartnerList &partners,
                                                         int column) const
{
    QList<QCollatorSortKey> &keys = m_textKeys[column];
    if (keys.size() != partners.size()) {
        keys.clear();
        keys.reserve(partners.size());
        for (const Partner &partner : partners.partners())
            keys.append(m_collator.sortKey(sortTextOf(partner, column)));
    }
    return keys;
}

const QList<qint64> &PartnerSortKeys::probeKeys(const PartnerList &partners, int column) const
{
    QList<qint64> &keys = m_probeKeys[column];
    if (keys.size() != partners.size()) {
        keys.clear();
        keys.reserve(partners.size());
        for (const Partner &partner : partners.partners())
            keys.append(m_probeKeyOf(partner, column));
    }
    return keys;
}

int PartnerSortKeys::settingOrder(const Partner &partner, int column)
{
    switch (column) {
    case PartnerTableModel::PartnerTypeColumn:
        return static_cast<int>(partner.partnerType);
    case PartnerTableModel::TlsColumn:
        return static_cast<int>(partner.tlsNegotiation);
    case PartnerTableModel::SaslColumn:
        return static_cast<int>(partner.saslNegotiation);
    case PartnerTableModel::DialbackColumn:
        return partner.supportDialbackNegotiation ? 0 : 1; // True before False, as listed
    }
    return 0;
}

bool PartnerSortKeys::lessThan(const PartnerList &partners, int leftRow, int rightRow,
                               int column) const
{
    switch (column) {
    case PartnerTableModel::DomainColumn:
    case PartnerTableModel::AdditionalDomainsColumn:
    case PartnerTableModel::DescriptionColumn: {
        const QList<QCollatorSortKey> &keys = textKeys(partners, column);
        const int order = keys.at(leftRow).compare(keys.at(rightRow));
        if (order != 0 || column != PartnerTableModel::DescriptionColumn)
            return order < 0;
        const QString &left = partners.at(leftRow).description;
        const QString &right = partners.at(rightRow).description;
        if (left.size() <= SortPrefix && right.size() <= SortPrefix)
            return false;
        return m_collator.compare(left, right) < 0;
    }
    case PartnerTableModel::LastProbeColumn:
    case PartnerTableModel::CertificateColumn: {
        const QList<qint64> &keys = probeKeys(partners, column);
        return keys.at(leftRow) < keys.at(rightRow);
    }
    default:
        return settingOrder(partners.at(leftRow), column)
            < settingOrder(partners.at(rightRow), column);
    }
}
