#include "models/partnertablemodel.h"

#include "models/statusicons.h"
#include "partners/domainname.h"
#include "partners/negotiationpolicy.h"
#include "util/textexcerpt.h"

#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace {

// What a description cell and its tooltip show at most: a description may hold as many
// characters as the cmdlet takes, and a cell shows one line of it.
constexpr qsizetype MaxCellText = 200;
constexpr qsizetype ToolTipWidth = 80;
constexpr qsizetype MaxToolTipLines = 20;

} // namespace

PartnerTableModel::PartnerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_sortKeys(
          [this](const Partner &partner, int column) { return probeSortKey(partner, column); })
{ }

void PartnerTableModel::setCollationLocale(const QLocale &locale)
{
    m_sortKeys.setCollationLocale(locale);
}

void PartnerTableModel::setPartners(const PartnerList &partners)
{
    beginResetModel();
    m_partners = partners;
    m_filterTexts.clear();
    m_filterTexts.reserve(partners.size());
    for (const Partner &partner : partners.partners())
        m_filterTexts.append(filterTextOf(partner));
    m_sortKeys.clear();
    endResetModel();
}

QString PartnerTableModel::filterTextOf(const Partner &partner)
{
    // Case-folded once here, so that each keystroke compares exact characters.
    return QStringList {partner.domain, partner.additionalDomains.join(u' '), partner.description}
        .join(u'\n')
        .toCaseFolded();
}

qint64 PartnerTableModel::probeSortKey(const Partner &partner, int column) const
{
    const LastProbe *last = lastProbeOf(partner);
    if (column == CertificateColumn) {
        // The certificate that ends first, first; partners without one last.
        const DomainCertificate *first
            = last ? CertificateCell::firstToEnd(last->certificates) : nullptr;
        return first ? first->notAfter.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    // Failures first: they need attention; untested partners last.
    return last ? 2 - static_cast<int>(last->verdict) : 3;
}

ValidationIssues PartnerTableModel::insertPartner(int row, const Partner &partner)
{
    const ValidationIssues errors = m_partners.check(partner);
    if (hasErrors(errors))
        return errors;
    beginInsertRows({}, row, row);
    const ValidationIssues refused = m_partners.insert(row, partner);
    Q_ASSERT(refused.isEmpty());
    m_filterTexts.insert(row, filterTextOf(partner));
    m_sortKeys.rowInserted(m_partners, row);
    endInsertRows();
    return {};
}

ValidationIssues PartnerTableModel::replacePartner(int row, const Partner &partner)
{
    const ValidationIssues refused = m_partners.replace(row, partner);
    if (!refused.isEmpty())
        return refused;
    m_filterTexts[row] = filterTextOf(partner);
    m_sortKeys.rowChanged(m_partners, row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return {};
}

Partner PartnerTableModel::removePartner(int row)
{
    beginRemoveRows({}, row, row);
    Partner partner = m_partners.takeAt(row);
    m_filterTexts.removeAt(row);
    m_sortKeys.rowRemoved(row);
    endRemoveRows();
    return partner;
}

void PartnerTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PartnerTableModel::setLastProbe(const QString &primaryDomain, const LastProbe &result)
{
    m_lastTests.insert(DomainName::comparisonKey(primaryDomain), result);
    const qsizetype row = m_partners.indexOfDomain(primaryDomain);
    if (row >= 0) {
        m_sortKeys.rowChanged(m_partners, int(row));
        Q_EMIT dataChanged(index(int(row), LastProbeColumn), index(int(row), CertificateColumn));
    }
}

std::optional<PartnerTableModel::LastProbe> PartnerTableModel::lastProbe(int row) const
{
    if (const LastProbe *last = lastProbeOf(m_partners.at(row)))
        return *last;
    return std::nullopt;
}

bool PartnerTableModel::isLastProbeOutdated(int row) const
{
    const LastProbe *last = lastProbeOf(m_partners.at(row));
    return last && isOutdated(*last, m_partners.at(row));
}

bool PartnerTableModel::isOutdated(const LastProbe &last, const Partner &partner)
{
    if (!last.testedWith)
        return false;
    const Partner &tested = *last.testedWith;
    return tested.allDomains() != partner.allDomains()
        || tested.tlsNegotiation != partner.tlsNegotiation
        || tested.saslNegotiation != partner.saslNegotiation
        || tested.supportDialbackNegotiation != partner.supportDialbackNegotiation
        || tested.proxyFqdn != partner.proxyFqdn;
}

const PartnerTableModel::LastProbe *PartnerTableModel::lastProbeOf(const Partner &partner) const
{
    if (m_lastTests.isEmpty())
        return nullptr;
    const auto found = m_lastTests.constFind(DomainName::comparisonKey(partner.domain));
    return found == m_lastTests.constEnd() ? nullptr : &*found;
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
    case LastProbeColumn:
        return tr("Last test");
    case CertificateColumn:
        return tr("Certificate", "column: days left of the partner's certificate");
    case ColumnCount:
        break;
    }
    return {};
}

QStringList PartnerTableModel::splitDomains(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<Column>(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(column);
    case Qt::ToolTipRole:
        switch (column) {
        case TlsColumn:
            return tr("TLS negotiation");
        case SaslColumn:
            return tr("SASL negotiation");
        case DialbackColumn:
            return tr("Dialback negotiation");
        case CertificateColumn:
            return tr("Days left of the certificate that ends first among the partner's "
                      "domains, from the last test");
        default:
            return columnTitle(column);
        }
    default:
        return {};
    }
}

Qt::ItemFlags PartnerTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != LastProbeColumn && index.column() != CertificateColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Partner &partner = m_partners.at(index.row());
    // The Certificate column's cell, and its days from any column.
    if (role == CertificateDaysRole
        || (index.column() == CertificateColumn
            && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole
                || role == Qt::DecorationRole))) {
        const auto last = lastProbeOf(partner);
        return last ? CertificateCell::data(last->certificates, role, CertificateDaysRole,
                                            QDateTime::currentDateTimeUtc())
                    : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(partner, index.column());
    case Qt::EditRole:
        return editData(partner, index.column());
    case FilterTextRole:
        return m_filterTexts.at(index.row());
    case PartnerTypeRole:
        return static_cast<int>(partner.partnerType);
    case VerdictRole:
        return static_cast<int>(NegotiationPolicy::forPartner(partner).verdict());
    case Qt::ToolTipRole:
        return toolTipData(partner, index.column());
    case Qt::DecorationRole:
        if (index.column() == DomainColumn
            && NegotiationPolicy::forPartner(partner).verdict()
                == NegotiationPolicy::SettingsVerdict::Warning) {
            return StatusIcons::icon(NegotiationPolicy::SettingsVerdict::Warning);
        }
        if (index.column() == LastProbeColumn) {
            if (const auto last = lastProbeOf(partner))
                return StatusIcons::icon(last->verdict);
        }
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
        return TextExcerpt::firstLine(partner.description, MaxCellText);
    case LastProbeColumn:
        if (const auto last = lastProbeOf(partner)) {
            const QString text
                = tr("%1 at %2", "last test: verdict at time")
                      .arg(ProbeReport::verdictName(last->verdict),
                           QLocale().toString(last->testedAt.time(), QLocale::ShortFormat));
            return isOutdated(*last, partner)
                ? tr("%1 (outdated: test again)", "last test of settings changed since").arg(text)
                : text;
        }
        return {};
    }
    return {};
}

QVariant PartnerTableModel::editData(const Partner &partner, int column) const
{
    switch (column) {
    case DomainColumn:
        return partner.domain;
    case PartnerTypeColumn:
        return static_cast<int>(partner.partnerType);
    case TlsColumn:
        return static_cast<int>(partner.tlsNegotiation);
    case SaslColumn:
        return static_cast<int>(partner.saslNegotiation);
    case DialbackColumn:
        return partner.supportDialbackNegotiation;
    case AdditionalDomainsColumn:
        return partner.additionalDomains.join(QStringLiteral(", "));
    case DescriptionColumn:
        return partner.description;
    }
    return {};
}

bool PartnerTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    return m_sortKeys.lessThan(m_partners, leftRow, rightRow, column);
}

QVariant PartnerTableModel::toolTipData(const Partner &partner, int column) const
{
    switch (column) {
    case LastProbeColumn:
        if (const auto last = lastProbeOf(partner)) {
            QString text = last->advice.isEmpty()
                ? ProbeReport::verdictName(last->verdict)
                : tr("%1: %2", "verdict: advice")
                      .arg(ProbeReport::verdictName(last->verdict), last->advice.toString());
            if (isOutdated(*last, partner))
                text = tr("The settings changed after this test; test again to see what they "
                          "give.")
                    + u'\n' + text;
            else if (last->suggestion.changes(partner))
                text += u'\n'
                    + tr("Suggested setting: %1 (Partner → Apply suggested setting)")
                          .arg(last->suggestion.text());
            return text;
        }
        return tr("Not tested in this session.");
    case DomainColumn:
    case TlsColumn:
    case SaslColumn:
    case DialbackColumn: {
        const QString message = NegotiationPolicy::forPartner(partner).message();
        return message.isEmpty() ? QVariant() : QVariant(message);
    }
    case PartnerTypeColumn:
        return partnerTypeDescription(partner.partnerType);
    case AdditionalDomainsColumn:
        return partner.additionalDomains.isEmpty()
            ? QVariant()
            : QVariant(partner.additionalDomains.join(u'\n'));
    case DescriptionColumn:
        return partner.description.isEmpty()
            ? QVariant()
            : QVariant(TextExcerpt::wrapped(partner.description, ToolTipWidth, MaxToolTipLines));
    }
    return {};
}

std::optional<Partner> PartnerTableModel::edited(const Partner &partner, int column,
                                                 const QVariant &value) const
{
    Partner result = partner;
    const auto enumValue = [&value](int count) -> std::optional<int> {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < 0 || v >= count)
            return std::nullopt;
        return v;
    };
    switch (column) {
    case DomainColumn:
        result.domain = value.toString().trimmed();
        break;
    case PartnerTypeColumn: {
        const auto v = enumValue(std::size(AllPartnerTypes));
        if (!v)
            return std::nullopt;
        result.partnerType = static_cast<PartnerType>(*v);
        break;
    }
    case TlsColumn:
    case SaslColumn: {
        const auto v = enumValue(std::size(AllNegotiations));
        if (!v)
            return std::nullopt;
        (column == TlsColumn ? result.tlsNegotiation : result.saslNegotiation)
            = static_cast<Negotiation>(*v);
        break;
    }
    case DialbackColumn:
        if (!value.canConvert<bool>())
            return std::nullopt;
        result.supportDialbackNegotiation = value.toBool();
        break;
    case AdditionalDomainsColumn:
        result.additionalDomains = splitDomains(value.toString());
        break;
    case DescriptionColumn:
        result.description = value.toString();
        break;
    default:
        return std::nullopt;
    }
    return result;
}

bool PartnerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const std::optional<Partner> updated = edited(m_partners.at(row), index.column(), value);
    if (!updated)
        return false;
    if (*updated == m_partners.at(row))
        return true;
    const ValidationIssues errors
        = m_editHandler ? m_editHandler(row, *updated) : replacePartner(row, *updated);
    if (errors.isEmpty()) {
        m_lastEditError.clear();
        return true;
    }
    QStringList messages;
    for (const ValidationIssue &issue : errors)
        messages.append(issue.message);
    m_lastEditError = messages.join(u'\n');
    Q_EMIT editRefused(row, m_lastEditError);
    return false;
}
