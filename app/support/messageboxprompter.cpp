#include "support/messageboxprompter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>
#include <QRegularExpression>

void MessageBoxPrompter::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

bool MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                                 const QString &confirmButton)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(confirmButton, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

Prompter::SaveAnswer MessageBoxPrompter::askToSave(QWidget *parent, const QString &text)
{
    QMessageBox box(QMessageBox::Question, parent ? parent->windowTitle() : QString(), text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    // "Discard" reads as "ignore" in some languages: name what it does.
    box.button(QMessageBox::Discard)->setText(tr("Do&n't save"));
    box.setDefaultButton(QMessageBox::Save);
    box.exec();
    if (box.clickedButton() == box.button(QMessageBox::Save))
        return SaveAnswer::Save;
    if (box.clickedButton() == box.button(QMessageBox::Discard))
        return SaveAnswer::Discard;
    return SaveAnswer::Cancel;
}

QString MessageBoxPrompter::openFileName(QWidget *parent, const QString &title,
                                         const QString &folder, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString MessageBoxPrompter::saveFileName(QWidget *parent, const QString &title, const QString &path,
                                         const QString &filter)
{
    // A name typed without an extension takes the chosen filter's: "report" with "JSON
    // files (*.json)" is report.json, and the dialog asks before replacing that file.
    const auto suffixOf = [](const QString &nameFilter) {
        static const QRegularExpression onePattern(QStringLiteral("\\(\\*\\.([A-Za-z0-9]+)\\)$"));
        return onePattern.match(nameFilter).captured(1);
    };
    QFileDialog dialog(parent, title, path, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    const QString suggestedSuffix = QFileInfo(path).suffix();
    for (const QString &nameFilter : dialog.nameFilters()) {
        if (!suggestedSuffix.isEmpty() && suffixOf(nameFilter) == suggestedSuffix)
            dialog.selectNameFilter(nameFilter);
    }
    dialog.setDefaultSuffix(suffixOf(dialog.selectedNameFilter()));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog,
                     [&dialog, suffixOf](const QString &nameFilter) {
                         dialog.setDefaultSuffix(suffixOf(nameFilter));
                     });
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

bool MessageBoxPrompter::choosePrinter(QWidget *parent, const QString &title, QPrinter *printer)
{
    QPrintDialog dialog(printer, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted;
}
