#pragma once

#include "i18n/localizedtext.h"
#include "partners/partner.h"
#include "partners/partnerchange.h"
#include "partners/partnerlist.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <optional>

class PartnerTableModel;

// One undoable change to the partner list: any sequence of additions, edits and
// removals, undone as one step (an edit in the editor, an inline edit, a deletion, an
// import).
class PartnerChangeCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PartnerChangeCommand)
    XP_DECLARE_TR_LATER(PartnerChangeCommand)

public:
    using Change = PartnerChange;

    PartnerChangeCommand(PartnerTableModel *model, QList<Change> changes,
                         const LocalizedText &description);

    static PartnerChangeCommand *add(PartnerTableModel *model, int row, const Partner &partner);
    static PartnerChangeCommand *edit(PartnerTableModel *model, int row, const Partner &before,
                                      const Partner &after);
    static PartnerChangeCommand *remove(PartnerTableModel *model, int row, const Partner &partner);

    void redo() override;
    void undo() override;
    // Writes the Undo / Redo text again, in the language installed now.
    void retranslate();

    // Beyond this many changes (an import), the command works on a copy of the list and
    // hands the result to the model at once: views then take one reset instead of a
    // signal per row, which costs each of them a pass over every row.
    static constexpr qsizetype MaxChangesInPlace = 100;

private:
    static void apply(PartnerTableModel *model, int row, const std::optional<Partner> &from,
                      const std::optional<Partner> &to);
    static void apply(PartnerList *partners, int row, const std::optional<Partner> &from,
                      const std::optional<Partner> &to);

    PartnerTableModel *m_model;
    QList<Change> m_changes;
    LocalizedText m_description;
};
