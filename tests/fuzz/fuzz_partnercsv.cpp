// The CSV importer: PartnerCsv::parse on any bytes, then ImportPlan against a small
// current list. The plan must account for every row, and what it would import must
// save and reopen as the same list.
#include "file/partnerstore.h"
#include "formats/partnercsv.h"
#include "fuzzsupport.h"
#include "import/importplan.h"

#include <cstddef>
#include <cstdint>

namespace {

PartnerList currentList()
{
    PartnerList list;
    Partner fabrikam;
    fabrikam.domain = QStringLiteral("fabrikam.com");
    fabrikam.description = QStringLiteral("Fabrikam, Inc.");
    fabrikam.additionalDomains
        = {QStringLiteral("corp.fabrikam.com"), QStringLiteral("it.fabrikam.com")};
    fabrikam.partnerType = PartnerType::Federated;
    fabrikam.connectionLimit = 100;
    fabrikam.unknownFields.insert(QStringLiteral("note"), QStringLiteral("kept"));
    Partner litware;
    litware.domain = QStringLiteral("litwareinc.com");
    litware.tlsNegotiation = Negotiation::Optional;
    litware.proxyFqdn = QStringLiteral("xmpp.litwareinc.com:5270");
    Partner idn;
    idn.domain = QStringLiteral("bücher.example");
    if (!list.append(fabrikam).isEmpty() || !list.append(litware).isEmpty()
        || !list.append(idn).isEmpty())
        FuzzSupport::violated("the fuzz target's current list is valid");
    return list;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PartnerList current = currentList();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const PartnerCsv::Result parsed = PartnerCsv::parse(bytes);
    if (!parsed.isOk()) {
        FUZZ_CHECK(parsed.rows.isEmpty());
        FUZZ_CHECK(!parsed.error.toString().isEmpty());
        return 0;
    }
    // Rows are numbered 1, 2, 3, …; each has a partner or says why not.
    for (qsizetype i = 0; i < parsed.rows.size(); ++i) {
        const PartnerCsv::Row &row = parsed.rows.at(i);
        FUZZ_CHECK(row.line == i + 1);
        FUZZ_CHECK(row.partner.has_value() == row.problem.isEmpty());
        FUZZ_CHECK(row.partner || !row.problem.toString().isEmpty());
    }

    const ImportPlan plan(current, parsed.rows);
    using Category = ImportPlan::Category;
    FUZZ_CHECK(plan.entries().size() == parsed.rows.size());
    const qsizetype added = plan.count(Category::New);
    const qsizetype changed = plan.count(Category::Changed);
    FUZZ_CHECK(added + changed + plan.count(Category::Unchanged) + plan.count(Category::Refused)
               == parsed.rows.size());
    FUZZ_CHECK(plan.changes().size() == added + changed);
    FUZZ_CHECK(plan.isEmpty() == (added + changed == 0));
    FUZZ_CHECK(plan.result().size() == current.size() + added);
    (void)plan.description().toString();
    for (const ImportPlan::Entry &entry : plan.entries()) {
        if (entry.category == Category::Refused) {
            FUZZ_CHECK(!entry.reason.toString().isEmpty());
            FUZZ_CHECK(entry.warnings.isEmpty());
        } else {
            FUZZ_CHECK(entry.partner.has_value());
            FUZZ_CHECK(entry.reason.isEmpty());
        }
        if (entry.category == Category::Changed || entry.category == Category::Unchanged) {
            FUZZ_CHECK(entry.existing && entry.existingIndex >= 0
                       && entry.existingIndex < current.size());
            FUZZ_CHECK(*entry.existing == current.at(entry.existingIndex));
        }
        if (entry.category == Category::Unchanged)
            FUZZ_CHECK(*entry.partner == *entry.existing);
    }

    // The imported list is a valid list, and saves and reopens as itself.
    PartnerList rebuilt;
    for (const Partner &partner : plan.result().partners())
        FUZZ_CHECK(rebuilt.append(partner).isEmpty());
    PartnerStore::Document document;
    document.partners = plan.result();
    const PartnerStore::LoadResult reopened
        = PartnerStore::parse(PartnerStore::serialize(document), QStringLiteral("fuzz.json"));
    FUZZ_CHECK(reopened.isOk());
    FUZZ_CHECK(reopened.document.partners == plan.result());
    return 0;
}
