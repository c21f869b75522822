#include "advice/suggestionlist.h"

#include "formats/powershellscriptwriter.h"
#include "partners/domainname.h"
#include "report/probereport.h"
#include "report/proberunreport.h"

namespace {

bool sameNegotiation(const Partner &a, const Partner &b)
{
    return a.tlsNegotiation == b.tlsNegotiation && a.saslNegotiation == b.saslNegotiation
        && a.supportDialbackNegotiation == b.supportDialbackNegotiation;
}

} // namespace

void SuggestionList::add(const Partner &partner, const QString &domain,
                         const SuggestedChange &change)
{
    if (change.isEmpty())
        return;
    for (Item &item : m_items) {
        if (DomainName::equals(item.partner.domain, partner.domain)) {
            item.change = item.change.with(change);
            item.domains.append(domain);
            return;
        }
    }
    m_items.append({partner, change, {domain}});
}

void SuggestionList::add(const Partner &partner, const ProbeReport &report)
{
    add(partner, report.domain, report.suggestion);
}

SuggestionList SuggestionList::fromRun(const ProbeRunReport &run)
{
    SuggestionList list;
    for (const ProbeRunReport::PartnerResult &partner : run.partners) {
        for (const ProbeRunReport::DomainResult &domain : partner.domains)
            list.add(partner.partner, domain.report);
    }
    return list;
}

QStringList SuggestionList::powerShellCommands() const
{
    QStringList commands;
    for (const Item &item : m_items)
        commands.append(item.change.powerShellCommand(item.partner));
    return commands;
}

QString SuggestionList::powerShellText() const
{
    return powerShellCommands().join(u'\n');
}

QByteArray SuggestionList::script() const
{
    return PowerShellScriptWriter::changeScript(powerShellCommands());
}

ImportPlan SuggestionList::plan(const PartnerList &current) const
{
    QList<ImportRow> rows;
    for (const Item &item : m_items) {
        ImportRow row;
        row.line = int(rows.size()) + 1;
        row.domain = item.partner.domain;
        const qsizetype index = current.indexOfDomain(item.partner.domain);
        // The partner as it is now, which may have changed since the test.
        const bool present
            = index >= 0 && DomainName::equals(current.at(index).domain, item.partner.domain);
        // Negotiation settings changed since the test (and not to what it suggests): its
        // advice was about other settings.
        if (present && !sameNegotiation(current.at(index), item.partner)
            && item.change.changes(current.at(index))) {
            row.problem = trLater("Row %1: the negotiation settings of %2 changed after its "
                                  "test; test it again to see what it still needs.")
                              .arg(row.line)
                              .arg(item.partner.domain);
            rows.append(row);
            continue;
        }
        row.partner = item.change.appliedTo(present ? current.at(index) : item.partner);
        rows.append(row);
    }
    return ImportPlan(current, rows, ImportPlan::Mode::EditsOnly);
}

LocalizedText SuggestionList::description(qsizetype partners)
{
    return trLater("Apply suggested settings to %n partner(s)", nullptr, int(partners));
}
