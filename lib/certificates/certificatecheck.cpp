#include "certificates/certificatecheck.h"

#include "certificates/certificatetext.h"

#include <QJsonArray>

CertificateCheck CertificateCheck::run(const QList<QSslCertificate> &presented,
                                       const QString &domain, const QString &host,
                                       const QString &extraCaFile, TrustStore &store)
{
    CertificateCheck check;
    check.checked = true;
    check.domain = domain;
    check.host = host;
    check.names = CertificateNames::fromCertificate(presented.value(0));
    check.trust = store.verify(presented, extraCaFile);
    check.identity = XmppIdentity::match(check.names, domain);
    return check;
}

LocalizedText CertificateCheck::trustLine() const
{
    if (trust.trusted)
        return trLater("Trust: %1").arg(CertificateText::trusted(trust.chain, trust.chainComplete));
    const TrustStore::Issue *issue = trust.firstIssue();
    if (authenticatedByDane)
        return trLater("Trust: no trusted certificate authority (%1), but a TLSA record "
                       "authenticates the server (DANE); Lync Server and Skype for Business do "
                       "not use DANE, so the Edge server accepts this certificate only if its "
                       "issuer is among the Edge server's trusted root certificates.")
            .arg(issue ? CertificateText::trustProblem(host, *issue) : LocalizedText());
    return trLater("Trust: not trusted: %1")
        .arg(issue ? CertificateText::trustProblem(host, *issue) : LocalizedText());
}

LocalizedText CertificateCheck::identityLine() const
{
    if (identity.matched) {
        return trLater("Identity: %1")
            .arg(CertificateText::identityMatch(domain, identity.kind, identity.presented,
                                                identity.wildcard));
    }
    if (authenticatedByDane)
        return trLater("Identity: not matched (%1), but a DANE-EE TLSA record authenticates the "
                       "server's key, which needs no name (RFC 7671 §5.1).")
            .arg(CertificateText::identityMismatchDetails(identity.considered, domain));
    return trLater("Identity: not matched: %1")
        .arg(CertificateText::identityMismatchDetails(identity.considered, domain));
}

LocalizedText CertificateCheck::failureDetails() const
{
    QList<LocalizedText> lines;
    if (!trust.trusted) {
        for (const TrustStore::Issue &issue : trust.issues)
            lines.append(CertificateText::trustProblem(host, issue));
    }
    if (!identity.matched) {
        lines.append(CertificateText::identityMismatchDetails(identity.considered, domain));
        if (identity.commonNameIgnored)
            lines.append(CertificateText::commonNameIgnored(domain));
    }
    return LocalizedText::lines(lines);
}

LocalizedText CertificateCheck::failureReason() const
{
    LocalizedText trustReason;
    if (const TrustStore::Issue *issue = trust.firstIssue(); issue && !trust.trusted)
        trustReason = CertificateText::trustProblem(host, *issue);
    const LocalizedText identityReason = identity.matched
        ? LocalizedText()
        : CertificateText::identityMismatch(host, identity.considered, domain,
                                            identity.commonNameIgnored);
    if (trustReason.isEmpty())
        return identityReason;
    if (identityReason.isEmpty())
        return trustReason;
    return LocalizedText::verbatim(u"%1 %2"_qs).arg(trustReason).arg(identityReason);
}

QJsonObject CertificateCheck::toJson() const
{
    QJsonArray issues;
    for (const TrustStore::Issue &issue : trust.issues) {
        issues.append(QJsonObject {
            {QStringLiteral("problem"), TrustStore::wireName(issue.problem)},
            {QStringLiteral("error"), issue.errorText},
            {QStringLiteral("depth"), issue.depth},
            {QStringLiteral("subject"), issue.subject},
            {QStringLiteral("issuer"), issue.issuer},
        });
    }
    QJsonArray nameArray;
    for (const CertificateNames::Name &name : identity.names) {
        nameArray.append(
            QJsonObject {{QStringLiteral("type"), CertificateNames::wireName(name.kind)},
                         {QStringLiteral("value"), name.value}});
    }
    QJsonObject identityObject {
        {QStringLiteral("matched"), identity.matched},
        {QStringLiteral("text"), identityLine().toString()},
        {QStringLiteral("names"), nameArray},
        {QStringLiteral("commonNameIgnored"), identity.commonNameIgnored},
    };
    if (identity.matched) {
        identityObject.insert(QStringLiteral("type"), CertificateNames::wireName(identity.kind));
        identityObject.insert(QStringLiteral("value"), identity.presented);
        identityObject.insert(QStringLiteral("wildcard"), identity.wildcard);
        identityObject.insert(QStringLiteral("commonNameWarning"), identity.commonNameWarning());
    }
    return QJsonObject {
        {QStringLiteral("domain"), domain},
        {QStringLiteral("host"), host},
        {QStringLiteral("passed"), passed()},
        {QStringLiteral("authenticatedByDane"), authenticatedByDane},
        {QStringLiteral("trust"),
         QJsonObject {
             {QStringLiteral("trusted"), trust.trusted},
             {QStringLiteral("problem"), TrustStore::wireName(trust.problem())},
             {QStringLiteral("text"), trustLine().toString()},
             {QStringLiteral("chainComplete"), trust.chainComplete},
             {QStringLiteral("chain"), QJsonArray::fromStringList(trust.chain)},
             {QStringLiteral("issues"), issues},
         }},
        {QStringLiteral("identity"), identityObject},
    };
}

QString CertificateCheck::reasonCode() const
{
    if (!trust.trusted) {
        // untrustedIssuer → certificate-untrusted-issuer
        QString code = u"certificate-"_qs;
        for (const QChar c : TrustStore::wireName(trust.problem())) {
            if (c.isUpper())
                code += u'-' + c.toLower();
            else
                code += c;
        }
        return code;
    }
    return identity.matched ? QString() : u"certificate-name-mismatch"_qs;
}
