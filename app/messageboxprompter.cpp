#include "messageboxprompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

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
    return QFileDialog::getSaveFileName(parent, title, path, filter);
}
