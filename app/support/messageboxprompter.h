#pragma once

#include "support/prompter.h"

#include <QCoreApplication>

// The Prompter of the running application: QMessageBox and QFileDialog.
class MessageBoxPrompter final : public Prompter
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxPrompter)

public:
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &confirmButton) override;
    SaveAnswer askToSave(QWidget *parent, const QString &text) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                         const QString &filter) override;
    // The extension of the filter chosen is added to a name typed without one.
    QString saveFileName(QWidget *parent, const QString &title, const QString &path,
                         const QString &filter) override;
    bool choosePrinter(QWidget *parent, const QString &title, QPrinter *printer) override;
};
