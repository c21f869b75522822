#pragma once

#include "formats/powershellscriptwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Prompter;
class QWidget;
struct Partner;

// File → Export: asks where to write partners as a Management Shell script (next to the
// partner file, named after it, by default), writes it whole or not at all, and says why
// when it cannot.
class PowerShellExporter final
{
    Q_DECLARE_TR_FUNCTIONS(PowerShellExporter)

public:
    PowerShellExporter(Prompter *prompter, QWidget *parent);

    // Writes `partners` for `mode`; `partnerFile` (may be empty) suggests the name.
    // Returns the file written, or an empty string when cancelled or failed.
    QString exportPartners(const QList<Partner> &partners, PowerShellScriptWriter::Mode mode,
                           const QString &partnerFile);

private:
    Prompter *m_prompter;
    QWidget *m_parent;
};
