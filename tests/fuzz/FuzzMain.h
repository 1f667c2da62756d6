#pragma once

// The libFuzzer entry points shared by the four fuzz_*.cpp files.
#include "tests/fuzz/FuzzHarness.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace FuzzMain {

inline void initialise(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    FuzzHarness::initialise();
}

// A broken invariant is a crash for libFuzzer: it saves the input.
inline int run(QString (*target)(const QByteArray &), const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = target(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "qkanban fuzz: invariant broken: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}

} // namespace FuzzMain

#define QKANBAN_FUZZ_TARGET(function)                                                              \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                   \
    {                                                                                              \
        FuzzMain::initialise(argc, argv);                                                          \
        return 0;                                                                                  \
    }                                                                                              \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)                        \
    {                                                                                              \
        return FuzzMain::run(function, data, size);                                                \
    }
