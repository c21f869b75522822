#pragma once

#include "formats/importrow.h"

#include <QByteArray>
#include <QCoreApplication>

// The partners of another xmpp-partners file, as rows to import: one per entry of its
// "partners" list. The file as a whole must be one this version opens (its format,
// version and JSON syntax are checked as PartnerStore checks them, with the same
// messages); an entry that cannot be read refuses its own row only, and the rules
// between partners are ImportPlan's business.
class PartnerFileRowReader final
{
    Q_DECLARE_TR_FUNCTIONS(PartnerFileRowReader)

public:
    XP_DECLARE_TR_LATER(PartnerFileRowReader)

    static ImportRows parse(const QByteArray &bytes);
};
