#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs a program to its end, as the command-line tests run the application: no standard
// input, a bounded wait (killed past it), and everything it printed.
class AppProcess final
{
public:
    struct Result
    {
        bool finished = false; // false: it did not start, or was killed after the timeout
        int exitCode = -1; // -1 when it crashed or was killed
        QByteArray outBytes;
        QString out; // outBytes as UTF-8
        QString err;
    };

    // The system's environment with a home and configuration folder of `home` (so the
    // user's saved settings stay out of the test), the C.UTF-8 locale (`locale` otherwise),
    // no LANGUAGE, and the offscreen platform.
    static QProcessEnvironment isolatedEnvironment(const QString &home,
                                                   const QString &locale = u"C.UTF-8"_qs);
    static Result run(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, int timeoutMs);
};
