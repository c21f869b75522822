#pragma once

#include <QStyledItemDelegate>

// Inline editing in the partner table: dropdowns for the partner type and the
// negotiation columns, line edits for the text columns (qBittorrent's
// TorrentContentItemDelegate pattern). The model validates what is committed.
class PartnerItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
