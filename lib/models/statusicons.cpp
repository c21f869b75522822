#include "models/statusicons.h"

#include <QHash>

namespace {

const QString Ok = QStringLiteral(":/icons/status-ok.svg");
const QString Warning = QStringLiteral(":/icons/status-warning.svg");
const QString Error = QStringLiteral(":/icons/status-error.svg");
// Neither good nor bad: not run, skipped, cancelled before a verdict.
const QString Unknown = QStringLiteral(":/icons/status-unknown.svg");

} // namespace

QIcon StatusIcons::iconFile(const QString &fileName)
{
    // Never destroyed: an icon must not outlive the application object that its engine
    // plug-in belongs to, and the few icons are the process's until it ends.
    thread_local auto *icons = new QHash<QString, QIcon>;
    auto found = icons->constFind(fileName);
    if (found == icons->constEnd())
        found = icons->insert(fileName, QIcon(fileName));
    return *found;
}

QString StatusIcons::fileName(ProbeReport::ConnectionVerdict verdict)
{
    switch (verdict) {
    case ProbeReport::ConnectionVerdict::Pass:
        return Ok;
    case ProbeReport::ConnectionVerdict::Warning:
        return Warning;
    case ProbeReport::ConnectionVerdict::Fail:
        return Error;
    }
    return Unknown;
}

QString StatusIcons::fileName(ProbeReport::StepState state)
{
    switch (state) {
    case ProbeReport::StepState::Passed:
        return Ok;
    case ProbeReport::StepState::Warning:
        return Warning;
    // A step stopped half-way did not do its job, as a failed one.
    case ProbeReport::StepState::Failed:
    case ProbeReport::StepState::Cancelled:
        return Error;
    case ProbeReport::StepState::NotRun:
    case ProbeReport::StepState::Skipped:
        return Unknown;
    }
    return Unknown;
}

QString StatusIcons::fileName(ProbeRunReport::Outcome outcome)
{
    switch (outcome) {
    case ProbeRunReport::Outcome::Passed:
        return Ok;
    case ProbeRunReport::Outcome::Warning:
        return Warning;
    case ProbeRunReport::Outcome::Failed:
        return Error;
    // Nothing was learnt about the partner: no verdict either way.
    case ProbeRunReport::Outcome::Cancelled:
    case ProbeRunReport::Outcome::NotTested:
        return Unknown;
    }
    return Unknown;
}

QString StatusIcons::fileName(ImportPlan::Category category)
{
    switch (category) {
    case ImportPlan::Category::New:
        return QStringLiteral(":/icons/document-new.svg");
    case ImportPlan::Category::Changed:
        return QStringLiteral(":/icons/document-edit.svg");
    case ImportPlan::Category::Unchanged:
        return Ok;
    case ImportPlan::Category::Refused:
        return Error;
    }
    return Unknown;
}

QString StatusIcons::fileName(NegotiationPolicy::SettingsVerdict verdict)
{
    switch (verdict) {
    case NegotiationPolicy::SettingsVerdict::Valid:
        return Ok;
    case NegotiationPolicy::SettingsVerdict::Warning:
        return Warning;
    case NegotiationPolicy::SettingsVerdict::Error:
        return Error;
    }
    return Unknown;
}

QString StatusIcons::fileName(ValidationIssue::Severity severity)
{
    switch (severity) {
    case ValidationIssue::Severity::Warning:
        return Warning;
    case ValidationIssue::Severity::Error:
        return Error;
    }
    return Unknown;
}

QString StatusIcons::fileName(CertificateLifetime::State state)
{
    switch (state) {
    case CertificateLifetime::State::Valid:
        return Ok;
    case CertificateLifetime::State::ExpiringSoon:
        return Warning;
    case CertificateLifetime::State::Expired:
        return Error;
    }
    return Unknown;
}

QString StatusIcons::probeRunningFileName()
{
    return QStringLiteral(":/icons/network-test.svg");
}
