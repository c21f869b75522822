#pragma once

#include "certificates/certificatelifetime.h"
#include "import/importplan.h"
#include "partners/negotiationpolicy.h"
#include "partners/validationissue.h"
#include "report/probereport.h"
#include "report/proberunreport.h"

#include <QIcon>
#include <QString>

// Which icon goes with which status, for every view that shows one: a connection test's
// verdict, a step of its report, how soon a certificate ends, a domain's outcome in Test all, what
// an import does with a row, the verdict on a partner's negotiation settings and a validation
// issue. The icons are compiled resources (xmpp_partners_resources), so the same picture means the
// same thing in every window. fileName() gives the resource behind each icon.
class StatusIcons final
{
public:
    static QString fileName(ProbeReport::ConnectionVerdict verdict);
    static QString fileName(ProbeReport::StepState state);
    static QString fileName(ProbeRunReport::Outcome outcome);
    static QString fileName(ImportPlan::Category category);
    static QString fileName(NegotiationPolicy::SettingsVerdict verdict);
    static QString fileName(ValidationIssue::Severity severity);
    static QString fileName(CertificateLifetime::State state);
    // A connection test still running.
    static QString probeRunningFileName();

    template<typename Status>
    static QIcon icon(Status status)
    {
        return iconFile(fileName(status));
    }
    static QIcon probeRunningIcon() { return iconFile(probeRunningFileName()); }

private:
    // One icon per file and thread, made once: a view asks for the icons of every cell it
    // paints, and loading an SVG each time costs more than painting the whole row.
    static QIcon iconFile(const QString &fileName);
};
