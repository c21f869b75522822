// The partner file loader: PartnerStore::parse (and PartnerJson through it) on any bytes.
// A file it accepts must save and reopen as the same document.
#include "file/partnerjson.h"
#include "file/partnerstore.h"
#include "fuzzsupport.h"

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
    const QString name = QStringLiteral("fuzz.json");
    const PartnerStore::LoadResult loaded = PartnerStore::parse(bytes, name);
    if (!loaded.isOk()) {
        // A refused file yields nothing, and says why.
        FUZZ_CHECK(loaded.document.partners.isEmpty());
        FUZZ_CHECK(loaded.document.unknownFields.isEmpty());
        for (const PartnerStore::Error &error : loaded.errors) {
            FUZZ_CHECK(!error.reason.isEmpty());
            FUZZ_CHECK(error.message().contains(name));
        }
        FUZZ_CHECK(!loaded.errorMessage().isEmpty());
        return 0;
    }
    FUZZ_CHECK(loaded.unreportedErrors == 0);

    // Saved and reopened: the same partners and the same unknown keys, and the same
    // bytes when saved again.
    const QByteArray saved = PartnerStore::serialize(loaded.document);
    const PartnerStore::LoadResult reopened = PartnerStore::parse(saved, name);
    FUZZ_CHECK(reopened.isOk());
    FUZZ_CHECK(reopened.document.partners == loaded.document.partners);
    FUZZ_CHECK(reopened.document.unknownFields == loaded.document.unknownFields);
    FUZZ_CHECK(PartnerStore::serialize(reopened.document) == saved);

    // Each partner on its own through PartnerJson, and still valid in a list of its own.
    for (const Partner &partner : loaded.document.partners.partners()) {
        Partner back;
        FUZZ_CHECK(PartnerJson::fromJson(PartnerJson::toJson(partner), &back).isEmpty());
        FUZZ_CHECK(back == partner);
        PartnerList single;
        FUZZ_CHECK(single.append(partner).isEmpty());
    }
    return 0;
}
