// A DNS answer packet as a DNS server may send it (DnsAnswer, read with ldns), and a TLSA
// record as text (TlsaRecord): whatever the bytes, reading them does not crash, and what is
// read holds together.
#include "dane/tlsarecord.h"
#include "dns/dnsanswer.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

namespace {

void checkPacket(const QByteArray &bytes)
{
    DnsAnswer answer;
    answer.setPacket(bytes);
    for (const DnsAnswer::Service &service : answer.services()) {
        FUZZ_CHECK(!service.target.isEmpty());
        // A host name: labels of letters, digits, hyphens and underscores, no final dot.
        if (service.hostName && service.target != u".") {
            FUZZ_CHECK(!service.target.endsWith(u'.') && !service.target.startsWith(u'.'));
            FUZZ_CHECK(!service.target.contains(u"..") && !service.target.contains(u'\\'));
        }
    }
    const QList<QHostAddress> addresses = answer.addresses();
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        FUZZ_CHECK(!addresses.at(i).isNull());
        FUZZ_CHECK(addresses.indexOf(addresses.at(i)) == i); // each once
    }
    for (const TlsaRecord &record : answer.tlsaRecords()) {
        if (record.data.isEmpty())
            continue;
        bool ok = false;
        FUZZ_CHECK(TlsaRecord::fromString(record.toString(), &ok) == record && ok);
    }
    (void)answer.hasSignatures();
}

void checkTlsaText(const QString &text)
{
    bool ok = false;
    const TlsaRecord record = TlsaRecord::fromString(text, &ok);
    if (!ok)
        return;
    FUZZ_CHECK(!record.data.isEmpty());
    bool again = false;
    FUZZ_CHECK(TlsaRecord::fromString(record.toString(), &again) == record && again);
    if (record.isUsable())
        FUZZ_CHECK(record.usage <= TlsaRecord::DaneEe && record.selector <= 1);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkPacket(bytes);
    checkTlsaText(QString::fromUtf8(bytes));
    return 0;
}
