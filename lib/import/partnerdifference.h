#pragma once

#include "partners/partner.h"

#include <QCoreApplication>
#include <QStringList>

// What differs between two versions of a partner, field by field, in the words of the
// editor ("TLS negotiation: Optional → Required"), in the language installed now: the
// import preview shows it for a partner the import changes.
class PartnerDifference final
{
    Q_DECLARE_TR_FUNCTIONS(PartnerDifference)

public:
    // One line per field that differs; empty when the partners are the same.
    static QStringList describe(const Partner &before, const Partner &after);
    // A new partner's settings, one line per field that is set.
    static QStringList summary(const Partner &partner);
};
