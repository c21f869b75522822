#include "appprocess.h"

#include <QDir>
#include <QProcess>

QProcessEnvironment AppProcess::isolatedEnvironment(const QString &home, const QString &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_qs, home);
    environment.insert(u"XDG_CONFIG_HOME"_qs, QDir(home).filePath(u"config"_qs));
    environment.insert(u"LC_ALL"_qs, locale);
    environment.insert(u"LANG"_qs, locale);
    environment.remove(u"LANGUAGE"_qs);
    environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    return environment;
}

AppProcess::Result AppProcess::run(const QString &program, const QStringList &arguments,
                                   const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    Result result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
