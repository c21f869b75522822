#pragma once

#include "formats/importrow.h"
#include "i18n/localizedtext.h"
#include "partners/partnerchange.h"
#include "partners/partnerlist.h"
#include "partners/validationissue.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// What importing some rows into the current partner list would do, row by row, before
// anything changes: the preview lists the entries, and applying the plan pushes
// changes() as one undo step (or takes result()).
//
// A row is refused when it could not be read, when the partner breaks the editor's rules
// (PartnerValidator), when one of its domains already came in an earlier row of the same
// import (the first row keeps it, the later ones are refused naming it), or when one of
// its domains belongs to another partner of the list (the reason names that partner:
// nothing is merged behind the user's back). Otherwise the row is new (no partner has
// its primary domain), changed or unchanged (the partner with that primary domain exists
// and differs, or not). Rows are applied in the file's order.
class ImportPlan final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    XP_DECLARE_TR_LATER(ImportPlan)

    enum class Category { New, Changed, Unchanged, Refused };

    struct Entry
    {
        int line = 0; // the row's number in the file, as ImportRow counts it
        QString domain; // the primary domain as the row writes it (ImportRow::domain)
        Category category = Category::Refused;
        // The partner as imported; nothing when the row could not be read. For a changed
        // or unchanged partner it keeps the existing partner's unknown file keys.
        std::optional<Partner> partner;
        // Changed and Unchanged: the partner of the current list, and its index there.
        std::optional<Partner> existing;
        qsizetype existingIndex = -1;
        // Refused: why, one line per reason.
        LocalizedText reason;
        // The partner's warnings (accepted rows), as the editor would show them.
        QStringList warnings;
    };

    // What a row whose primary domain is no partner of the list becomes.
    enum class Mode {
        Import, // a new partner
        EditsOnly, // refused: the rows change partners that exist (suggested settings)
    };

    ImportPlan(const PartnerList &current, const QList<ImportRow> &rows, Mode mode = Mode::Import);

    const QList<Entry> &entries() const { return m_entries; }
    qsizetype count(Category category) const;
    // True when applying the plan changes nothing (no new nor changed row).
    bool isEmpty() const { return m_changes.isEmpty(); }

    // The list once the new and changed rows are applied (refused and unchanged rows
    // leave it as it is).
    const PartnerList &result() const { return m_result; }
    // The same, as the changes that turn the current list into result(), in the file's
    // order: an edit at the existing partner's row for a changed row, an addition at the
    // end of the list for a new one. For one PartnerChangeCommand.
    const QList<PartnerChange> &changes() const { return m_changes; }
    // The command's text for the Undo menu ("Import 3 partners").
    LocalizedText description() const;

    static QString categoryName(Category category);

private:
    QList<Entry> m_entries;
    PartnerList m_result;
    QList<PartnerChange> m_changes;
};
