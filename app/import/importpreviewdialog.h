#pragma once

#include "import/importplan.h"
#include "import/importreader.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportPreviewDialog;
}
class ImportPlanModel;
class QPushButton;
class QSortFilterProxyModel;

// Shows what an import would do before anything changes: each row of the file as new,
// changed, unchanged or refused, with what changes and why a row is refused. Accepting
// imports the new and changed rows; the caller applies the plan. The same preview shows
// the settings that connection tests suggested (SuggestionList::plan()): one row per
// partner, with each field's old and new value; accepting applies them.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportPlan &plan, const QString &filePath,
                        ImportReader::Format format, QWidget *parent = nullptr);
    // The suggested settings of connection tests.
    explicit ImportPreviewDialog(const ImportPlan &plan, QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    // Shows only the rows of `category`, or all of them.
    void showOnly(std::optional<ImportPlan::Category> category);
    QPushButton *importButton() const { return m_importButton; }

    static QString formatName(ImportReader::Format format);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrentDetails();

    enum class Purpose { Import, SuggestedSettings };
    ImportPreviewDialog(const ImportPlan &plan, Purpose purpose, QWidget *parent);
    QString summaryText() const;

    std::unique_ptr<Ui::ImportPreviewDialog> ui;
    Purpose m_purpose;
    ImportPlanModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_importButton;
    qsizetype m_counts[4] = {0, 0, 0, 0};
    qsizetype m_changes = 0;
    QString m_path;
    ImportReader::Format m_format;
};
