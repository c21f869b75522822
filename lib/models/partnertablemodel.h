#pragma once

#include "models/certificatecell.h"
#include "models/partnersortkeys.h"
#include "partners/partnerlist.h"
#include "report/probereport.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

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
        LastProbeColumn,
        CertificateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Text the filter box matches: primary domain, additional domains, description,
        // case-folded (QString::toCaseFolded()).
        FilterTextRole = Qt::UserRole + 1,
        // The partner type as int, for the partner-type filter.
        PartnerTypeRole,
        // NegotiationPolicy::SettingsVerdict of the row's settings, as int.
        VerdictRole,
        // Days left of the partner's certificate that ends first (qint64, negative once
        // expired); invalid when no test has seen one.
        CertificateDaysRole,
    };
    Q_ENUM(Role)

    // Decides what becomes of an inline edit (setData): the open document
    // (app/partnerdocument.h) routes it through its undo stack. Returns the errors that refused it.
    // Without a handler, setData applies the edit with replacePartner().
    using EditHandler = std::function<ValidationIssues(int row, const Partner &partner)>;

    explicit PartnerTableModel(QObject *parent = nullptr);

    const PartnerList &partners() const { return m_partners; }
    const Partner &partnerAt(int row) const { return m_partners.at(row); }
    // What the filter box matches for `row` (FilterTextRole without a QVariant).
    const QString &filterTextAt(int row) const { return m_filterTexts.at(row); }
    // Orders two rows by `column`: text columns by the locale's collation (case and
    // accents as a reader expects, numbers by value), settings in their dropdown order.
    bool lessThan(int leftRow, int rightRow, int column) const;
    // Sorts text by the collation of `locale` from now on.
    void setCollationLocale(const QLocale &locale);
    void setPartners(const PartnerList &partners);

    // Changes go through PartnerList, so each is refused (returning the errors, the model
    // unchanged) when it would break a rule.
    ValidationIssues insertPartner(int row, const Partner &partner);
    ValidationIssues replacePartner(int row, const Partner &partner);
    Partner removePartner(int row);

    using DomainCertificate = CertificateCell::DomainCertificate;
    // The outcome of a partner's latest connection test (the worst of its domains),
    // shown in the Last test column for this session; not saved in the file.
    struct LastProbe
    {
        ProbeReport::ConnectionVerdict verdict = ProbeReport::ConnectionVerdict::Fail;
        LocalizedText advice; // translated when shown, so the tooltip follows the language
        QDateTime testedAt;
        // The change of settings that advice names (Apply suggested setting); may be empty.
        SuggestedChange suggestion;
        // The partner as it was tested: once its settings differ, the result is outdated
        // and the cell asks for a new test. Unset: never outdated.
        std::optional<Partner> testedWith;
        // Each tested domain whose test reached TLS, for the Certificate column.
        QList<DomainCertificate> certificates;
    };
    void setLastProbe(const QString &primaryDomain, const LastProbe &result);
    std::optional<LastProbe> lastProbe(int row) const;
    // Whether the partner at `row` was tested and changed since in a way the test depends
    // on (domains, negotiation settings, proxy FQDN): its Last test needs a new test.
    bool isLastProbeOutdated(int row) const;

    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    // The message of the last inline edit that was refused.
    QString lastEditError() const { return m_lastEditError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString columnTitle(Column column);
    // Splits what a user typed as a list of domains (commas, semicolons or spaces).
    static QStringList splitDomains(const QString &text);

    // Tells views that every translated text changed (headers, enum labels, tooltips).
    void retranslate();

Q_SIGNALS:
    void editRefused(int row, const QString &message);

private:
    QVariant displayData(const Partner &partner, int column) const;
    QVariant editData(const Partner &partner, int column) const;
    // The partner's last test in place, or null: no copy for each cell a view paints.
    const LastProbe *lastProbeOf(const Partner &partner) const;
    static bool isOutdated(const LastProbe &last, const Partner &partner);
    QVariant toolTipData(const Partner &partner, int column) const;
    // The sort key of the Last test and Certificate columns (PartnerSortKeys keeps one per
    // row, updated as results come in: a sort compares numbers, not hash look-ups).
    qint64 probeSortKey(const Partner &partner, int column) const;
    // The partner as it would be with `value` in `column`; std::nullopt for a value of
    // the wrong kind.
    std::optional<Partner> edited(const Partner &partner, int column, const QVariant &value) const;

    static QString filterTextOf(const Partner &partner);

    PartnerList m_partners;
    QList<QString> m_filterTexts; // computed once per change, not once per keystroke
    QHash<QString, LastProbe> m_lastTests; // by the primary domain's comparison key
    PartnerSortKeys m_sortKeys;
    EditHandler m_editHandler;
    QString m_lastEditError;
};
