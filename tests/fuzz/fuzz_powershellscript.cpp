// The Management Shell script importer: PowerShellScriptReader::parse on any bytes. Rows
// are numbered in order and each has a partner or says why not; every partner read
// comes back the same when written out by the export and read again (a proxy with a
// port aside, whose port the export leaves out on purpose).
#include "formats/powershellscriptreader.h"
#include "formats/powershellscriptwriter.h"
#include "fuzzsupport.h"
#include "partners/serveraddress.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ImportRows parsed = PowerShellScriptReader::parse(bytes);
    if (!parsed.isOk()) {
        FUZZ_CHECK(parsed.rows.isEmpty());
        FUZZ_CHECK(!parsed.error.toString().isEmpty());
        return 0;
    }
    QList<Partner> partners;
    for (qsizetype i = 0; i < parsed.rows.size(); ++i) {
        const ImportRow &row = parsed.rows.at(i);
        FUZZ_CHECK(row.line == i + 1);
        FUZZ_CHECK(row.partner.has_value() == row.problem.isEmpty());
        FUZZ_CHECK(row.partner || !row.problem.toString().isEmpty());
        if (row.partner && ServerAddress::parse(row.partner->proxyFqdn).port() == 0)
            partners.append(*row.partner);
    }
    for (const PowerShellScriptWriter::Mode mode :
         {PowerShellScriptWriter::Mode::New, PowerShellScriptWriter::Mode::NewOrSet}) {
        const ImportRows again
            = PowerShellScriptReader::parse(PowerShellScriptWriter::script(partners, mode));
        if (partners.isEmpty()) {
            FUZZ_CHECK(!again.isOk()); // no command to read
            continue;
        }
        FUZZ_CHECK(again.isOk());
        FUZZ_CHECK(again.rows.size() == partners.size());
        for (qsizetype i = 0; i < partners.size(); ++i) {
            FUZZ_CHECK(again.rows.at(i).partner.has_value());
            FUZZ_CHECK(*again.rows.at(i).partner == partners.at(i));
        }
    }
    return 0;
}
