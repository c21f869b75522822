#pragma once

#include "advice/suggestedchange.h"
#include "i18n/localizedtext.h"
#include "import/importplan.h"
#include "partners/partner.h"
#include "partners/partnerlist.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class ProbeReport;
class ProbeRunReport;

// The changes of settings that some connection tests suggested, one per partner (the
// suggestions of a partner's domains merged, a later domain's winning where two set the
// same field): what Apply all suggested settings previews and applies, and what Copy
// PowerShell and the command line's --fix-script write.
class SuggestionList final
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionList)
    XP_DECLARE_TR_LATER(SuggestionList)

public:
    struct Item
    {
        Partner partner; // as it was tested
        SuggestedChange change;
        QStringList domains; // the domains whose tests suggested it
    };

    // An empty suggestion is left out.
    void add(const Partner &partner, const QString &domain, const SuggestedChange &change);
    void add(const Partner &partner, const ProbeReport &report);
    // Every suggestion of a Test all run, in the run's order.
    static SuggestionList fromRun(const ProbeRunReport &run);

    const QList<Item> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }

    // One Set-CsXmppAllowedPartner command per partner, in order.
    QStringList powerShellCommands() const;
    // The same, one a line, for the clipboard.
    QString powerShellText() const;
    // The same as a Management Shell script (PowerShellScriptWriter::changeScript).
    QByteArray script() const;

    // What applying every suggestion to `current` would do, one row per partner: its
    // partner in `current` with the change made. A partner no longer in the list, or a
    // change the editor's rules refuse, is a refused row; one already made is unchanged.
    ImportPlan plan(const PartnerList &current) const;
    // The text of the undo step.
    static LocalizedText description(qsizetype partners);

private:
    QList<Item> m_items;
};
