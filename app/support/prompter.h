#pragma once

#include <QString>

class QPrinter;
class QWidget;

// Every question and message the windows put to the user goes through this interface,
// so that tests can answer without a modal box ever blocking them.
class Prompter
{
public:
    enum class SaveAnswer { Save, Discard, Cancel };

    virtual ~Prompter() = default;

    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &confirmButton)
        = 0;
    virtual SaveAnswer askToSave(QWidget *parent, const QString &text) = 0;
    // File dialogs: an empty string when the user cancels.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filter)
        = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &path,
                                 const QString &filter)
        = 0;
    // The print dialog: sets `printer` up (printer, pages, paper) and returns true, or
    // returns false when the user cancels. Without an override nothing is printed.
    virtual bool choosePrinter(QWidget *parent, const QString &title, QPrinter *printer)
    {
        Q_UNUSED(parent)
        Q_UNUSED(title)
        Q_UNUSED(printer)
        return false;
    }
};
