#include "models/certificatecell.h"

#include "models/statusicons.h"

#include <QColor>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace {

// The colours of the reports' warning and failure texts (Html::styleSheet()).
const QColor SoonColor(0x8d, 0x6e, 0x00);
const QColor ExpiredColor(0xc6, 0x28, 0x28);

QString daysText(const CertificateCell::DomainCertificate &certificate, const QDateTime &now)
{
    const qint64 days = CertificateLifetime::daysLeft(certificate.notAfter, now);
    if (CertificateLifetime::stateOf(certificate.notAfter, now)
        == CertificateLifetime::State::Expired)
        return CertificateCell::tr("Expired", "certificate");
    return CertificateCell::tr("%n day(s)", "certificate: days left", int(days));
}

QString toolTipLine(const CertificateCell::DomainCertificate &certificate, const QDateTime &now)
{
    const QString date
        = QLocale().toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat);
    const qint64 days = CertificateLifetime::daysLeft(certificate.notAfter, now);
    if (CertificateLifetime::stateOf(certificate.notAfter, now)
        == CertificateLifetime::State::Expired) {
        return CertificateCell::tr("%1: expired on %2", "certificate: domain, date")
            .arg(certificate.domain, date);
    }
    return CertificateCell::tr("%1: valid until %2, %n day(s) left", "certificate: domain, date",
                               int(days))
        .arg(certificate.domain, date);
}

} // namespace

const CertificateCell::DomainCertificate *
CertificateCell::firstToEnd(const QList<DomainCertificate> &certificates)
{
    const auto first = std::min_element(certificates.cbegin(), certificates.cend(),
                                        [](const DomainCertificate &a, const DomainCertificate &b) {
                                            return a.notAfter < b.notAfter;
                                        });
    return first == certificates.cend() ? nullptr : &*first;
}

QVariant CertificateCell::data(const QList<DomainCertificate> &certificates, int role, int daysRole,
                               const QDateTime &now)
{
    const DomainCertificate *first = firstToEnd(certificates);
    if (!first)
        return {};
    if (role == daysRole)
        return CertificateLifetime::daysLeft(first->notAfter, now);
    const CertificateLifetime::State state = CertificateLifetime::stateOf(first->notAfter, now);
    switch (role) {
    case Qt::DisplayRole:
        return daysText(*first, now);
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const DomainCertificate &certificate : certificates)
            lines.append(toolTipLine(certificate, now));
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        if (state == CertificateLifetime::State::Expired)
            return ExpiredColor;
        if (state == CertificateLifetime::State::ExpiringSoon)
            return SoonColor;
        return {};
    case Qt::DecorationRole:
        if (state == CertificateLifetime::State::Valid)
            return {};
        return StatusIcons::icon(state);
    default:
        return {};
    }
}
