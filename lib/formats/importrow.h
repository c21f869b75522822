#pragma once

#include "i18n/localizedtext.h"
#include "partners/partner.h"

#include <QList>

#include <optional>

// One partner as an import file gives it, before ImportPlan checks it against the rules
// and the current list. Every import format (the CSV of Export-Csv, this tool's JSON, a
// Management Shell script) reads into these.
struct ImportRow
{
    // Which partner of the file this is, as the user counts (1 for the first): the data
    // row of a CSV file (blank lines not counted), the entry of a JSON file's list, the
    // partner command of a script. The import's messages call it the row.
    int line = 0;
    std::optional<Partner> partner; // nothing when the row could not be read
    // The primary domain as the row writes it, also when the row could not be read (so
    // that the preview can name it); empty when the row has none.
    QString domain;
    LocalizedText problem; // why, naming the row and the field (one line each)
};

// A whole import file: its rows, or why it was refused whole.
struct ImportRows
{
    LocalizedText error; // the whole file was refused; `rows` is then empty
    QList<ImportRow> rows;
    bool isOk() const { return error.isEmpty(); }
};
