#pragma once

#include "editor/partnerdialog.h"

#include <QCoreApplication>

#include <optional>

class PartnerDocument;
class Prompter;
class QWidget;

// The Partner menu's changes to the open list: New, Edit and Duplicate through the
// editor dialog (which refuses what breaks a rule), Delete once the user confirms. Each
// change is one undo step of the document. Rows are the document model's; each function
// returns the row to select afterwards, or -1 when there is none
// (nothing changed, or the list is now empty).
class PartnerEditor final
{
    Q_DECLARE_TR_FUNCTIONS(PartnerEditor)

public:
    // `window` is the parent of the dialogs.
    PartnerEditor(PartnerDocument *document, Prompter *prompter, QWidget *window);

    int addNew();
    int edit(int row);
    // A copy of `row` without its domains (they belong to one partner only), added
    // after it.
    int duplicate(int row);
    int remove(int row);

private:
    // Runs the editor; returns the partner committed, or nothing when cancelled.
    std::optional<Partner> runEditor(PartnerDialog::Mode mode, const Partner &partner,
                                     int replacingRow);

    PartnerDocument *m_document;
    Prompter *m_prompter;
    QWidget *m_window;
};
