#pragma once

#include "partners/partner.h"

#include <optional>

// One step of a change to the partner list: an addition, an edit or a removal at a row.
// The undo command (models/partnerchangecommand.h) applies a list of them as one step;
// the import plan (import/importplan.h) describes what an import would do with them.
struct PartnerChange
{
    int row = 0;
    std::optional<Partner> before; // nothing: the change adds a partner at `row`
    std::optional<Partner> after; // nothing: the change removes the partner at `row`
};
