#include "editor/partneritemdelegate.h"

#include "models/certificatecell.h"
#include "models/partnertablemodel.h"
#include "partners/partner.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>

#include <limits>

QWidget *PartnerItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    auto makeCombo = [parent] {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("inlineCombo"));
        combo->setFrame(false);
        return combo;
    };
    // The proxy in between keeps the model's columns, so they are compared directly.
    switch (index.column()) {
    case PartnerTableModel::PartnerTypeColumn: {
        QComboBox *combo = makeCombo();
        for (const PartnerType type : AllPartnerTypes) {
            combo->addItem(displayName(type), static_cast<int>(type));
            combo->setItemData(combo->count() - 1, partnerTypeDescription(type), Qt::ToolTipRole);
        }
        combo->setAccessibleName(
            PartnerTableModel::columnTitle(PartnerTableModel::PartnerTypeColumn));
        return combo;
    }
    case PartnerTableModel::TlsColumn:
    case PartnerTableModel::SaslColumn: {
        QComboBox *combo = makeCombo();
        for (const Negotiation negotiation : AllNegotiations)
            combo->addItem(displayName(negotiation), static_cast<int>(negotiation));
        combo->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString());
        return combo;
    }
    case PartnerTableModel::DialbackColumn: {
        QComboBox *combo = makeCombo();
        combo->addItem(dialbackDisplayName(true), true);
        combo->addItem(dialbackDisplayName(false), false);
        combo->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString());
        return combo;
    }
    case PartnerTableModel::DescriptionColumn: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        // A text over the cmdlet's limit is refused with its length, not cut short
        // where the line edit would stop by default.
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setMaxLength(std::numeric_limits<int>::max());
        return editor;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void PartnerItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int found = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(qMax(found, 0));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PartnerItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void PartnerItemDelegate::fitColumns(QTableView *table)
{
    const QFontMetrics metrics = table->fontMetrics();
    const int chars = metrics.averageCharWidth();
    const auto widest = [&](PartnerTableModel::Column column, const QStringList &labels) {
        int width = metrics.horizontalAdvance(PartnerTableModel::columnTitle(column));
        for (const QString &label : labels)
            width = qMax(width, metrics.horizontalAdvance(label));
        table->setColumnWidth(column, width + 3 * chars);
    };
    QStringList types;
    for (const PartnerType type : AllPartnerTypes)
        types.append(displayName(type));
    QStringList negotiations;
    for (const Negotiation negotiation : AllNegotiations)
        negotiations.append(displayName(negotiation));
    // Wide enough for a usual domain and verdict, narrow enough that every column, the Last
    // test and the Certificate included, fits a 1280-pixel window; each can be widened.
    table->setColumnWidth(PartnerTableModel::DomainColumn, 22 * chars);
    widest(PartnerTableModel::PartnerTypeColumn, types);
    widest(PartnerTableModel::TlsColumn, negotiations);
    widest(PartnerTableModel::SaslColumn, negotiations);
    widest(PartnerTableModel::DialbackColumn,
           {dialbackDisplayName(true), dialbackDisplayName(false)});
    // At least the column's title, whatever the language.
    const auto atLeastTitle = [&](PartnerTableModel::Column column, int width) {
        table->setColumnWidth(
            column,
            qMax(width,
                 metrics.horizontalAdvance(PartnerTableModel::columnTitle(column)) + 3 * chars));
    };
    atLeastTitle(PartnerTableModel::AdditionalDomainsColumn, 24 * chars);
    atLeastTitle(PartnerTableModel::DescriptionColumn, 24 * chars);
    atLeastTitle(PartnerTableModel::LastProbeColumn, 20 * chars);
    // The cell's own texts, with room for its status icon.
    widest(PartnerTableModel::CertificateColumn,
           {CertificateCell::tr("Expired", "certificate") + u"    "_qs,
            CertificateCell::tr("%n day(s)", "certificate: days left", 999) + u"    "_qs});
}
