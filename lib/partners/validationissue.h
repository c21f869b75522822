#pragma once

#include <QList>
#include <QString>

// One problem found in a partner configuration, tied to the field it concerns so that
// the editor can show it next to that field.
struct ValidationIssue
{
    enum class Severity { Warning, Error };
    enum class Field {
        Domain,
        Description,
        AdditionalDomains,
        Negotiation,
        ProxyFqdn,
        ConnectionLimit,
    };

    Severity severity = Severity::Error;
    Field field = Field::Domain;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const ValidationIssue &other) const = default;
};

using ValidationIssues = QList<ValidationIssue>;

inline bool hasErrors(const ValidationIssues &issues)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}
