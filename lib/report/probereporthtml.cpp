#include "report/probereporthtml.h"

#include "report/html.h"

#include <QLocale>

QString ProbeReportHtml::verdict() const
{
    const ProbeReport &report = m_report;
    QString html = QStringLiteral("<p class=\"") + ProbeReport::wireName(report.verdict)
        + QStringLiteral("\"><strong>") + Html::escape(ProbeReport::verdictName(report.verdict))
        + QStringLiteral("</strong>");
    if (!report.method.isEmpty())
        html
            += QStringLiteral(" — ") + Html::escape(tr("method: %1").arg(report.method.toString()));
    html += QStringLiteral("</p>\n");
    if (!report.advice.isEmpty())
        html += QStringLiteral("<p>") + Html::escape(report.advice.toString())
            + QStringLiteral("</p>\n");
    if (!report.suggestion.isEmpty())
        html += QStringLiteral("<p class=\"suggestion\">")
            + Html::escape(tr("Suggested setting: %1").arg(report.suggestion.text()))
            + QStringLiteral("</p>\n");
    return html;
}

QString ProbeReportHtml::stepTable() const
{
    const QLocale locale;
    QString html = QStringLiteral("<table><thead>")
        + Html::headerRow({tr("Step"), tr("State"), tr("Duration"), tr("Details")})
        + QStringLiteral("</thead>\n");
    for (const ProbeReport::StepResult &result : m_report.steps) {
        // As the report window shows them: no duration for a step that did not run.
        const bool ran = result.state != ProbeReport::StepState::NotRun
            && result.state != ProbeReport::StepState::Skipped;
        html += QStringLiteral("<tr><td>") + Html::escape(ProbeReport::stepName(result.step))
            + QStringLiteral("</td><td class=\"") + ProbeReport::wireName(result.state)
            + QStringLiteral("\">") + Html::escape(ProbeReport::stateName(result.state))
            + QStringLiteral("</td><td>")
            + (ran ? Html::escape(tr("%1 ms").arg(locale.toString(result.durationMs))) : QString())
            + QStringLiteral("</td><td>") + Html::escapeLines(result.details.toString())
            + QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</table>\n");
    return html;
}

QString ProbeReportHtml::stepLines() const
{
    const QLocale locale;
    QString html = QStringLiteral("<p>");
    bool first = true;
    for (const ProbeReport::StepResult &result : m_report.steps) {
        const bool ran = result.state != ProbeReport::StepState::NotRun
            && result.state != ProbeReport::StepState::Skipped;
        if (!first)
            html += QStringLiteral("<br>");
        first = false;
        html += Html::escape(ProbeReport::stepName(result.step)) + QStringLiteral(" — <b>")
            + Html::escape(ProbeReport::stateName(result.state)) + QStringLiteral("</b>");
        if (ran)
            html += QStringLiteral(" — ")
                + Html::escape(tr("%1 ms").arg(locale.toString(result.durationMs)));
        const QString details = result.details.toString();
        if (!details.isEmpty())
            html += QStringLiteral(" — ") + Html::escapeLines(details);
    }
    html += QStringLiteral("</p>\n");
    return html;
}

QString ProbeReportHtml::recordTable() const
{
    QString html = QStringLiteral("<h2>") + Html::escape(tr("DNS records"))
        + QStringLiteral("</h2>\n<table>")
        + Html::headerRow({tr("Service"), tr("Target"), tr("Port"), tr("Priority"), tr("Weight"),
                           tr("DNSSEC")})
        + QStringLiteral("\n");
    for (const ProbeReport::DnsRecord &record : m_report.records) {
        html += QStringLiteral("<tr><td>")
            + Html::escape(record.service.isEmpty() ? tr("address") : record.service)
            + QStringLiteral("</td><td>") + Html::escape(record.target)
            + QStringLiteral("</td><td>") + QString::number(record.port)
            + QStringLiteral("</td><td>") + QString::number(record.priority)
            + QStringLiteral("</td><td>") + QString::number(record.weight)
            + QStringLiteral("</td><td>")
            + Html::escape(DnssecStatusText::name(record.dnssec).toString()
                           + (record.dnssecReason.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (") + record.dnssecReason + u')'))
            + QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</table>\n");
    if (!m_report.dnssecNote.isEmpty())
        html += Html::paragraph({m_report.dnssecNote.toString()});
    // DANE (RFC 7673): whether it applied, and each TLSA record with its outcome.
    if (m_report.dane.state != DaneReport::State::NotChecked) {
        QStringList dane {m_report.dane.summary().toString()};
        for (const TlsaMatch &match : m_report.dane.records)
            dane.append(match.detail.toString());
        html += QStringLiteral("<h2>") + Html::escape(tr("DANE")) + QStringLiteral("</h2>\n")
            + Html::paragraph(dane);
    }
    return html;
}

QString ProbeReportHtml::certificateTable() const
{
    const QLocale locale;
    QString html = QStringLiteral("<h2>") + Html::escape(tr("Certificate chain"))
        + QStringLiteral("</h2>\n<p>")
        + Html::escape(tr("TLS: %1, %2").arg(m_report.tlsProtocol, m_report.tlsCipher))
        + QStringLiteral("</p>\n");
    const CertificateCheck &check = m_report.certificateCheck;
    if (check.checked) {
        html += Html::paragraph(
            {check.identityLine().toString(), check.trustLine().toString(),
             tr("Certificate names: %1")
                 .arg(check.identity.names.isEmpty()
                          ? tr("none")
                          : CertificateNames::listText(check.identity.names, true).toString())});
    }
    html += QStringLiteral("<table>")
        + Html::headerRow(
                {tr("Subject"), tr("Names"), tr("Issuer"), tr("Valid"), tr("SHA-256 fingerprint")})
        + QStringLiteral("\n");
    for (const ProbeReport::Certificate &certificate : m_report.certificates) {
        html += QStringLiteral("<tr><td>") + Html::escape(certificate.subject)
            + QStringLiteral("</td><td>")
            + Html::escape(certificate.subjectAlternativeNames.join(QStringLiteral(", ")))
            + QStringLiteral("</td><td>") + Html::escape(certificate.issuer)
            + QStringLiteral("</td><td>")
            + Html::escape(tr("%1 to %2")
                               .arg(locale.toString(certificate.notBefore, QLocale::ShortFormat),
                                    locale.toString(certificate.notAfter, QLocale::ShortFormat)))
            + QStringLiteral("</td><td><code>") + Html::escape(certificate.sha256)
            + QStringLiteral("</code></td></tr>\n");
    }
    html += QStringLiteral("</table>\n");
    return html;
}

QString ProbeReportHtml::tlsProfile(int headingLevel) const
{
    const TlsProfile &profile = m_report.tlsProfile;
    if (profile.isEmpty())
        return {};
    const QString level = QString::number(qBound(1, headingLevel, 6));
    QString html = QStringLiteral("<h%1>").arg(level) + Html::escape(tr("TLS profile"))
        + QStringLiteral("</h%1>\n<table>").arg(level)
        + Html::headerRow({tr("Version"), tr("Result"), tr("Cipher"), tr("Key exchange"),
                           tr("Details")})
        + QStringLiteral("\n");
    for (const TlsProfile::VersionResult &version : profile.versions) {
        const QString bits = version.cipherBits > 0
            ? tr(" (%1 bits)", "cipher strength").arg(version.cipherBits)
            : QString();
        html += QStringLiteral("<tr><td>") + Html::escape(TlsProfile::versionName(version.version))
            + QStringLiteral("</td><td>") + Html::escape(TlsProfile::stateName(version.state))
            + QStringLiteral("</td><td>")
            + Html::escape(version.cipher.isEmpty() ? QString() : version.cipher + bits)
            + QStringLiteral("</td><td>") + Html::escape(version.keyExchange)
            + QStringLiteral("</td><td>") + Html::escapeLines(version.details.toString())
            + QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</table>\n");

    const auto yesNo = [](std::optional<bool> value) {
        return !value ? tr("unknown", "yes, no or unknown") : *value ? tr("yes") : tr("no");
    };
    const QString grade = profile.grade.isEmpty()
        ? tr("none")
        : tr("%1 (score %2 of 100)").arg(profile.grade).arg(profile.score);
    QStringList lines {
        tr("Grade: %1").arg(grade), tr("Forward secrecy: %1").arg(yesNo(profile.forwardSecrecy())),
        tr("Certificate key: %1").arg(profile.keyText().toString()),
        tr("Signature algorithm: %1")
            .arg(profile.signatureAlgorithm.isEmpty() ? tr("unknown", "signature algorithm")
                                                      : profile.signatureAlgorithm)};
    const QString ocspDetails = profile.ocspDetails.toString();
    lines.append(ocspDetails.isEmpty()
                     ? tr("OCSP stapling: %1").arg(TlsProfile::ocspName(profile.ocspStapling))
                     : tr("OCSP stapling: %1. %2")
                           .arg(TlsProfile::ocspName(profile.ocspStapling), ocspDetails));
    lines.append(tr("Complete chain: %1").arg(yesNo(profile.chainComplete)));
    html += Html::paragraph(lines);
    if (!profile.gradeReasons.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const LocalizedText &reason : profile.gradeReasons)
            html += QStringLiteral("<li>") + Html::escape(reason.toString())
                + QStringLiteral("</li>");
        html += QStringLiteral("</ul>\n");
    }
    return html;
}

QString ProbeReportHtml::dialback(int headingLevel) const
{
    const DialbackResult &dialback = m_report.dialback;
    QString html = QStringLiteral("<h%1>").arg(headingLevel)
        + Html::escape(tr("Full server dialback")) + QStringLiteral("</h%1>\n").arg(headingLevel);
    if (!dialback.enabled)
        return html + Html::paragraph({tr("Off (an advanced option of the settings).")});
    QStringList lines {tr("Listener: %1").arg(dialback.listener)};
    if (!dialback.listenerError.isEmpty())
        lines.append(tr("The listener did not start: %1").arg(dialback.listenerError));
    if (dialback.attempted) {
        lines.append(tr("Key sent for the stream %1: %2").arg(dialback.streamId, dialback.keySent));
        lines.append(
            tr("Answer: %1")
                .arg(dialback.result.isEmpty() ? tr("none")
                         : dialback.condition.isEmpty()
                         ? dialback.result
                         : QStringLiteral("%1 (%2)").arg(dialback.result, dialback.condition)));
        lines.append(dialback.connectBackSeen
                         ? tr("Connected back from %1; verification answered: %2")
                               .arg(dialback.connectBackAddress,
                                    dialback.verifyAnswer.isEmpty() ? tr("not asked")
                                                                    : dialback.verifyAnswer)
                         : tr("Not connected back."));
    } else {
        lines.append(tr("Not attempted."));
    }
    if (!dialback.localTargets.isEmpty())
        lines.append(
            tr("_xmpp-server SRV targets of %1: %2")
                .arg(m_report.localDomain, dialback.localTargets.join(QStringLiteral(", "))));
    return html + Html::paragraph(lines);
}

QString ProbeReportHtml::features() const
{
    const auto names = [](const QList<LocalizedText> &features) {
        return features.isEmpty()
            ? tr("none")
            : LocalizedText::toStringList(features).join(QStringLiteral(", "));
    };
    return QStringLiteral("<h2>") + Html::escape(tr("Features offered")) + QStringLiteral("</h2>\n")
        + Html::paragraph({tr("Before TLS: %1").arg(names(m_report.featuresBeforeTls)),
                           tr("After TLS: %1").arg(names(m_report.featuresAfterTls))});
}

QString ProbeReportHtml::roundTrip(int headingLevel) const
{
    const RoundTrip &roundTrip = m_report.roundTrip;
    const QString level = QString::number(qBound(1, headingLevel, 6));
    QString html = QStringLiteral("<h%1>").arg(level) + Html::escape(tr("Round trip"))
        + QStringLiteral("</h%1>\n").arg(level);
    if (!roundTrip.attempted) {
        const QString why = roundTrip.notAttempted.toString();
        return html + Html::paragraph({why.isEmpty() ? tr("No round trip was possible.") : why});
    }
    const auto outcome = [](const RoundTrip::Query &query) {
        return RoundTrip::outcomeText(query).toString();
    };
    const QString ping = roundTrip.ping.outcome == RoundTrip::Outcome::Answered
        ? tr("answered in %1 ms").arg(QLocale().toString(roundTrip.pingMs, 'g', 6))
        : outcome(roundTrip.ping);
    const QString software = roundTrip.softwareText().isEmpty()
        ? outcome(roundTrip.version)
        : roundTrip.softwareText().toString();
    QStringList identities;
    for (const RoundTrip::Identity &identity : roundTrip.identities)
        identities.append(RoundTrip::identityText(identity));
    const QStringList afterAuthentication
        = LocalizedText::toStringList(roundTrip.featuresAfterAuthentication);
    html += Html::paragraph(
        {tr("XEP-0199 ping: %1").arg(ping),
         roundTrip.proven() ? tr("Proven: the partner's server answered on the authenticated "
                                 "stream.")
                            : tr("Not proven: the ping got no result."),
         tr("Server software (XEP-0092): %1").arg(software),
         tr("Features after authentication: %1")
             .arg(afterAuthentication.isEmpty() ? tr("none")
                                                : afterAuthentication.join(QStringLiteral(", "))),
         tr("XEP-0030 disco#info: %1").arg(outcome(roundTrip.disco)),
         tr("Identities: %1")
             .arg(identities.isEmpty() ? tr("none") : identities.join(QStringLiteral(", ")))});
    if (roundTrip.features.isEmpty())
        return html;
    html += QStringLiteral("<table>") + Html::headerRow({tr("Feature"), tr("Between servers")})
        + QStringLiteral("\n");
    for (const QString &var : roundTrip.features) {
        const LocalizedText meaning = RoundTrip::featureMeaning(var);
        html += QStringLiteral("<tr><td><code>") + Html::escape(var)
            + QStringLiteral("</code></td><td>")
            + (meaning.isEmpty() ? QString()
                                 : QStringLiteral("<strong>") + Html::escape(meaning.toString())
                       + QStringLiteral("</strong>"))
            + QStringLiteral("</td></tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString ProbeReportHtml::transcript() const
{
    QString html
        = QStringLiteral("<h2>") + Html::escape(tr("Transcript")) + QStringLiteral("</h2>\n<pre>");
    for (const ProbeReport::TranscriptLine &line : m_report.transcript) {
        html += Html::escape(QStringLiteral("%1 %2 %3\n")
                                 .arg(line.atMs, 6)
                                 .arg(ProbeReport::directionName(line.sent), line.text));
    }
    html += QStringLiteral("</pre>\n");
    return html;
}

QString ProbeReportHtml::page() const
{
    const QLocale locale;
    const ProbeReport &report = m_report;
    QString body = QStringLiteral("<h1>")
        + Html::escape(tr("Connection test: %1").arg(report.domain)) + QStringLiteral("</h1>\n");
    body += verdict();
    QStringList lines {
        tr("Local domain: %1").arg(report.localDomain),
        tr("Started: %1").arg(locale.toString(report.startedAt, QLocale::LongFormat))};
    if (!report.connectedTo.isEmpty())
        lines.append(tr("Server: %1").arg(report.connectedTo));
    body += Html::paragraph(lines);
    body += QStringLiteral("<h2>") + Html::escape(tr("Steps")) + QStringLiteral("</h2>\n");
    body += stepTable();
    if (!report.records.isEmpty())
        body += recordTable();
    if (!report.certificates.isEmpty())
        body += certificateTable();
    body += tlsProfile();
    body += dialback();
    body += features();
    body += roundTrip();
    body += transcript();
    return Html::page(tr("Connection test: %1").arg(report.domain), Html::styleSheet(), body);
}
