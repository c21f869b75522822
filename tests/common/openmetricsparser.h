#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>

// Reads an OpenMetrics exposition back through python3-prometheus-client's strict parser
// (tests/common/parse-openmetrics.py, run by the system's Python, whose module Debian
// installs): the metric families as JSON, or the parser's error. The test target defines
// XP_SYSTEM_PYTHON and XP_OPENMETRICS_PARSER.
struct OpenMetricsParse
{
    bool ok = false;
    QString error;
    QJsonArray families;

    static OpenMetricsParse of(const QByteArray &exposition)
    {
        QProcess parser;
        parser.start(QStringLiteral(XP_SYSTEM_PYTHON), {QStringLiteral(XP_OPENMETRICS_PARSER)});
        OpenMetricsParse parsed;
        if (!parser.waitForStarted(10000)) {
            parsed.error = parser.errorString();
            return parsed;
        }
        parser.write(exposition);
        parser.closeWriteChannel();
        if (!parser.waitForFinished(30000)) {
            parser.kill();
            parser.waitForFinished(5000);
            parsed.error = QStringLiteral("the parser did not finish");
            return parsed;
        }
        parsed.error = QString::fromUtf8(parser.readAllStandardError());
        parsed.ok = parser.exitStatus() == QProcess::NormalExit && parser.exitCode() == 0;
        parsed.families = QJsonDocument::fromJson(parser.readAllStandardOutput()).array();
        return parsed;
    }
};
