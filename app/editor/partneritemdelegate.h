#pragma once

#include <QStyledItemDelegate>

class QTableView;

// Inline editing in the partner table: dropdowns for the partner type and the
// negotiation columns, line edits for the text columns (qBittorrent's
// TorrentContentItemDelegate pattern). The model validates what is committed. As it knows
// the labels each dropdown offers, it also sizes the table's columns to them.
class PartnerItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Sets the partner table's column widths: each dropdown column as wide as its longest
    // label in the language installed now (French ones run longer), text columns a
    // reasonable number of characters.
    static void fitColumns(QTableView *table);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
