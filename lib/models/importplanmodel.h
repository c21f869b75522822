#pragma once

#include "import/importplan.h"

#include <QAbstractTableModel>

// The rows of an ImportPlan for the import preview: the row's number in the file, what
// the import does with it (new, changed, unchanged, refused), its primary domain and the
// details: the settings of a new partner, what changes for a changed one, why a refused
// row is refused, the warnings of an accepted one. Texts are written in the language of
// the moment they are shown.
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, ResultColumn, DomainColumn, DetailsColumn, ColumnCount };
    // The entry's ImportPlan::Category, as an int (for filtering).
    static constexpr int CategoryRole = Qt::UserRole + 1;
    // Every line of the details, one per line (the cell shows them on one line).
    static constexpr int FullDetailsRole = Qt::UserRole + 2;

    explicit ImportPlanModel(const ImportPlan &plan, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The details of one entry, one line each, in the language installed now.
    static QStringList details(const ImportPlan::Entry &entry);
    // Lines on one line: sentences one after the other, other lines separated.
    static QString oneLine(const QStringList &lines);

    // Shows the texts again in the language installed now.
    void retranslate();

private:
    QList<ImportPlan::Entry> m_entries;
};
