#pragma once

#include "certificates/certificatelifetime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

// What the partner table's Certificate column shows for one partner from its latest test:
// the days left of the certificate that ends first among its domains, coloured and marked
// with a status icon when it ends within CertificateLifetime::WarningDays or has ended,
// and a tooltip with each domain's end date.
class CertificateCell final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateCell)

public:
    // The leaf certificate a domain presented in a test.
    struct DomainCertificate
    {
        QString domain;
        QDateTime notAfter;
        friend bool operator==(const DomainCertificate &, const DomainCertificate &) = default;
    };

    // The certificate that ends first; null when there is none.
    static const DomainCertificate *firstToEnd(const QList<DomainCertificate> &certificates);
    // The cell's `role` (display, tooltip, foreground, decoration,
    // PartnerTableModel::CertificateDaysRole as `daysRole`) at `now`; invalid for an
    // empty list.
    static QVariant data(const QList<DomainCertificate> &certificates, int role, int daysRole,
                         const QDateTime &now);
};
