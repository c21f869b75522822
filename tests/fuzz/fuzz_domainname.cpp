// The domain validator (DomainName) and the server address parser (ServerAddress) on any
// text. What they accept must be accepted again, the same, once normalised.
#include "fuzzsupport.h"
#include "partners/domainname.h"
#include "partners/serveraddress.h"

#include <cstddef>
#include <cstdint>

namespace {

void checkDomain(const QString &input, DomainName::Kind kind)
{
    const DomainName::Check check = DomainName::check(input, kind);
    FUZZ_CHECK(check.isValid() == check.message.isEmpty());
    if (!check.isValid()) {
        FUZZ_CHECK(check.error != DomainName::Error::None);
        return;
    }
    // The ASCII form: lower-case letters, digits, hyphens and dots, within the limits.
    FUZZ_CHECK(!check.ace.isEmpty() && check.ace.size() <= DomainName::MaxLength);
    for (const QChar c : check.ace) {
        FUZZ_CHECK((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.');
    }
    FUZZ_CHECK(!check.normalized.endsWith(u'.'));
    FUZZ_CHECK(check.normalized == input || check.normalized + u'.' == input);

    // Normalised, in ASCII, or with a final dot: the same domain.
    for (const QString &again : {check.normalized, check.ace, QString(check.normalized + u'.')}) {
        const DomainName::Check recheck = DomainName::check(again, kind);
        FUZZ_CHECK(recheck.isValid());
        FUZZ_CHECK(recheck.ace == check.ace);
    }
    FUZZ_CHECK(DomainName::check(check.ace, kind).normalized == check.ace);
    FUZZ_CHECK(DomainName::comparisonKey(input) == check.ace);
    FUZZ_CHECK(DomainName::equals(input, check.ace));
    FUZZ_CHECK(DomainName::isWithin(input, check.ace));
    FUZZ_CHECK(DomainName::isWithin(QStringLiteral("sub.") + input, input));
    FUZZ_CHECK(!DomainName::isWithin(input, QStringLiteral("sub.") + input));
    // A partner domain is also a valid host name.
    if (kind == DomainName::Kind::PartnerDomain) {
        const DomainName::Check host = DomainName::check(input, DomainName::Kind::HostName);
        FUZZ_CHECK(host.isValid() && host.ace == check.ace);
    }
}

void checkServerAddress(const QString &input)
{
    QString error;
    const ServerAddress address = ServerAddress::parse(input, &error);
    FUZZ_CHECK(address.isValid() == error.isEmpty());
    if (!address.isValid())
        return;
    // Written out and read back: the same address.
    QString again;
    const ServerAddress reparsed = ServerAddress::parse(address.toString(), &again);
    FUZZ_CHECK(again.isEmpty());
    FUZZ_CHECK(reparsed == address);
    FUZZ_CHECK(address.portOr(ServerAddress::DefaultServerPort) != 0);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkDomain(input, DomainName::Kind::PartnerDomain);
    checkDomain(input, DomainName::Kind::HostName);
    checkServerAddress(input);
    return 0;
}
