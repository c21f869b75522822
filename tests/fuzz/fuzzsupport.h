#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: Qt's warnings are silenced (a hostile input makes
// plenty, and they would drown libFuzzer's report), and a broken invariant aborts with
// a line saying which, so that libFuzzer keeps the input as a crash.
namespace FuzzSupport {

inline void silenceQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

[[noreturn]] inline void violated(const char *invariant)
{
    std::fprintf(stderr, "invariant violated: %s\n", invariant);
    std::abort();
}

} // namespace FuzzSupport

#define FUZZ_CHECK(condition)                                                               \
    do {                                                                                    \
        if (!(condition))                                                                   \
            FuzzSupport::violated(#condition " (" __FILE__ ":" QT_STRINGIFY(__LINE__) ")"); \
    } while (false)
