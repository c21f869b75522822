// The report's HTML and JSON: the HTML reads in the language installed when it is written,
// with dates and durations in that language's locale; the JSON's keys and wire names stay
// the same in every language.
#include "i18n/translations.h"
#include "report/probereport.h"

#include <QJsonArray>
#include <QTest>

class tst_ProbeReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void htmlFollowsTheLanguage();
    void jsonWireNamesDoNotDependOnTheLanguage();
    void tlsProfileSectionOnlyWhenDrawn();
    void certificateCheckIsShown();
    void suggestionInHtmlAndJson();
    void dnssecColumnAndDaneSection();

private:
    static ProbeReport sample();
};

void tst_ProbeReport::cleanup()
{
    QVERIFY(Translations::load(u"en"_qs));
}

ProbeReport tst_ProbeReport::sample()
{
    ProbeReport report;
    report.domain = u"fabrikam.com"_qs;
    report.localDomain = u"lync.contoso.com"_qs;
    report.startedAt = QDateTime(QDate(2026, 11, 23), QTime(14, 5));
    report.connectedTo = u"127.0.0.1:5269"_qs;
    report.verdict = ProbeReport::ConnectionVerdict::Warning;
    report.stepResult(ProbeReport::Step::Resolve)
        = {ProbeReport::Step::Resolve, ProbeReport::StepState::Passed, 1234,
           LocalizedText::verbatim(u"srv"_qs)};
    report.stepResult(ProbeReport::Step::StartTls)
        = {ProbeReport::Step::StartTls, ProbeReport::StepState::Skipped, 0, {}};
    report.transcript.append({true, 5, u"<stream:stream>"_qs});
    return report;
}

void tst_ProbeReport::htmlFollowsTheLanguage()
{
    const ProbeReport report = sample();
    QVERIFY(Translations::load(u"en"_qs));
    const QString english = report.toHtml();
    QVERIFY2(english.contains(u"<html lang=\"en"_qs), qPrintable(english.left(80)));
    QVERIFY(english.contains(u"Monday, November 23, 2026"_qs));
    QVERIFY(english.contains(u"<td>1,234 ms</td>"_qs));
    QVERIFY(english.contains(u"<h2>Steps</h2>"_qs));
    QVERIFY(english.contains(u">Skipped</td>"_qs));
    QVERIFY(english.contains(u"SENT &lt;stream:stream&gt;"_qs));

    QVERIFY(Translations::load(u"fr"_qs));
    const QString french = report.toHtml();
    QVERIFY2(french.contains(u"<html lang=\"fr"_qs), qPrintable(french.left(80)));
    QVERIFY2(french.contains(u"lundi 23 novembre 2026"_qs), qPrintable(french));
    // French groups digits with a narrow non-breaking space, and "ms" follows a
    // non-breaking space.
    const QString duration = QLocale().toString(1234) + QChar(0x00a0) + u"ms"_qs;
    QVERIFY(QLocale().toString(1234) != u"1,234"_qs);
    QVERIFY2(french.contains(u"<td>"_qs + duration + u"</td>"_qs), qPrintable(french));
    QVERIFY(french.contains(u"<h2>Étapes</h2>"_qs));
    QVERIFY(french.contains(u">Ignorée</td>"_qs));
    QVERIFY(french.contains(u"<strong>Avertissement</strong>"_qs));
    QVERIFY(french.contains(u"ÉMIS &lt;stream:stream&gt;"_qs));
    QVERIFY(!french.contains(u"Steps"_qs));
}

void tst_ProbeReport::jsonWireNamesDoNotDependOnTheLanguage()
{
    const ProbeReport report = sample();
    QVERIFY(Translations::load(u"en"_qs));
    const QJsonObject english = report.toJson();
    QVERIFY(Translations::load(u"fr"_qs));
    const QJsonObject french = report.toJson();
    QCOMPARE(french.value(u"verdict"_qs), QJsonValue(u"warning"_qs));
    QCOMPARE(french.value(u"verdict"_qs), english.value(u"verdict"_qs));
    QCOMPARE(french.value(u"startedAt"_qs), english.value(u"startedAt"_qs));
    const QJsonObject step = french.value(u"steps"_qs).toArray().at(1).toObject();
    QCOMPARE(step.value(u"state"_qs), QJsonValue(u"skipped"_qs));
    QCOMPARE(step.value(u"step"_qs), QJsonValue(u"startTls"_qs));
}

void tst_ProbeReport::tlsProfileSectionOnlyWhenDrawn()
{
    ProbeReport report = sample();
    QVERIFY(Translations::load(u"en"_qs));
    QVERIFY(!report.toHtml().contains(u"TLS profile"_qs));

    TlsProfile &profile = report.tlsProfile;
    for (const TlsProfile::Version version : TlsProfile::AllVersions)
        profile.result(version).state = TlsProfile::VersionState::Refused;
    TlsProfile::VersionResult &tls10 = profile.result(TlsProfile::Version::Tls10);
    tls10.state = TlsProfile::VersionState::NotTestable;
    tls10.details = LocalizedText::verbatim(
        u"Not testable here: the local OpenSSL does not offer TLS 1.0 (no protocols available)."_qs);
    TlsProfile::VersionResult &tls12 = profile.result(TlsProfile::Version::Tls12);
    tls12.state = TlsProfile::VersionState::Accepted;
    tls12.cipher = u"AES128-GCM-SHA256"_qs;
    tls12.cipherBits = 128;
    tls12.keyExchange = u"RSA"_qs;
    profile.keyType = u"EC"_qs;
    profile.keyBits = 256;
    profile.keyCurve = u"P-256"_qs;
    profile.signatureAlgorithm = u"ecdsa-with-SHA256"_qs;
    profile.grade = u"B"_qs;
    profile.score = 89;
    profile.gradeReasons = {LocalizedText::verbatim(u"No <forward> secrecy."_qs)};

    const QString english = report.toHtml();
    QVERIFY(english.contains(u"<h2>TLS profile</h2>"_qs));
    QVERIFY(english.contains(u"<td>TLS 1.2</td><td>Accepted</td><td>AES128-GCM-SHA256 (128 "
                             "bits)</td><td>RSA</td>"_qs));
    QVERIFY(english.contains(u"<td>TLS 1.3</td><td>Refused by the server</td>"_qs));
    QVERIFY(english.contains(u"<td>Not testable here</td>"_qs));
    QVERIFY(english.contains(u"does not offer TLS 1.0"_qs));
    QVERIFY(english.contains(u"Grade: B (score 89 of 100)"_qs));
    QVERIFY(english.contains(u"Forward secrecy: no"_qs));
    QVERIFY(english.contains(u"Certificate key: EC P-256 (256 bits)"_qs));
    QVERIFY(english.contains(u"Signature algorithm: ecdsa-with-SHA256"_qs));
    QVERIFY(english.contains(u"OCSP stapling: not checked"_qs));
    QVERIFY(english.contains(u"Complete chain: unknown"_qs));
    // Every text escaped, the reasons too.
    QVERIFY(english.contains(u"<li>No &lt;forward&gt; secrecy.</li>"_qs));

    QVERIFY(Translations::load(u"fr"_qs));
    const QString french = report.toHtml();
    QVERIFY(french.contains(u"<h2>Profil TLS</h2>"_qs));
    QVERIFY(!french.contains(u"Refused by the server"_qs));
    QVERIFY(!french.contains(u"Grade: "_qs));
}

void tst_ProbeReport::certificateCheckIsShown()
{
    ProbeReport report = sample();
    // No TLS session checked: nothing about it.
    QVERIFY(report.toJson().value(u"certificateCheck"_qs).isNull());
    report.certificates.append({u"CN=sip.fabrikam.com"_qs,
                                {u"sip.fabrikam.com"_qs},
                                u"CN=Fabrikam Root"_qs,
                                QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                                QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC),
                                u"00:11"_qs});
    QVERIFY(!report.toHtml().contains(u"Identity:"_qs));

    CertificateCheck &check = report.certificateCheck;
    check.checked = true;
    check.domain = u"fabrikam.com"_qs;
    check.host = u"sip.fabrikam.com"_qs;
    check.trust.trusted = true;
    check.trust.chainComplete = true;
    check.trust.chain = {u"CN=sip.fabrikam.com"_qs, u"CN=Fabrikam Root"_qs};
    check.identity.matched = true;
    check.identity.kind = CertificateNames::Kind::SrvId;
    check.identity.presented = u"_xmpp-server.fabrikam.com"_qs;
    check.identity.names = {{CertificateNames::Kind::DnsId, u"sip.fabrikam.com"_qs},
                            {CertificateNames::Kind::SrvId, u"_xmpp-server.fabrikam.com"_qs}};

    QVERIFY(Translations::load(u"en"_qs));
    const QString english = report.toHtml();
    QVERIFY2(english.contains(
                 u"Identity: matched fabrikam.com by SRV-ID _xmpp-server.fabrikam.com<br>"
                 "Trust: trusted (CN=sip.fabrikam.com ← CN=Fabrikam Root)<br>"
                 "Certificate names: sip.fabrikam.com (DNS name), _xmpp-server.fabrikam.com "
                 "(SRV-ID)"_qs),
             qPrintable(english));
    const QJsonObject json = report.toJson().value(u"certificateCheck"_qs).toObject();

    QVERIFY(Translations::load(u"fr"_qs));
    const QString french = report.toHtml();
    QVERIFY2(french.contains(u"Identité\u00a0: fabrikam.com reconnu par le SRV-ID "
                             "_xmpp-server.fabrikam.com"_qs),
             qPrintable(french));
    QVERIFY(french.contains(u"_xmpp-server.fabrikam.com (SRV-ID)"_qs));
    // The JSON's names stay; its sentences follow the language, as the steps' do.
    const QJsonObject frenchJson = report.toJson().value(u"certificateCheck"_qs).toObject();
    const QJsonObject identity = frenchJson.value(u"identity"_qs).toObject();
    QCOMPARE(identity.value(u"type"_qs), QJsonValue(u"srvId"_qs));
    QCOMPARE(identity.value(u"value"_qs), QJsonValue(u"_xmpp-server.fabrikam.com"_qs));
    QCOMPARE(identity.value(u"names"_qs), json.value(u"identity"_qs).toObject().value(u"names"_qs));
    QCOMPARE(frenchJson.value(u"trust"_qs).toObject().value(u"trusted"_qs), QJsonValue(true));
    QCOMPARE(frenchJson.value(u"passed"_qs), QJsonValue(true));
}

void tst_ProbeReport::suggestionInHtmlAndJson()
{
    ProbeReport report = sample();
    QVERIFY(report.toJson().value(u"suggestion"_qs).isNull());
    QVERIFY(!report.toHtml().contains(u"Suggested setting"_qs));

    report.suggestion
        = SuggestedChange::sasl(Negotiation::Optional).with(SuggestedChange::dialback(true));
    // The JSON's keys and values are the partner file's, in every language.
    QVERIFY(Translations::load(u"fr"_qs));
    QCOMPARE(report.toJson().value(u"suggestion"_qs).toObject(),
             QJsonObject({{u"saslNegotiation"_qs, u"Optional"_qs},
                          {u"supportDialbackNegotiation"_qs, true}}));
    QVERIFY(Translations::load(u"en"_qs));
    const QString html = report.toHtml();
    QVERIFY2(html.contains(u"Suggested setting: SASL negotiation: Optional; Dialback "
                           "negotiation: True"_qs),
             qPrintable(html));
}

void tst_ProbeReport::dnssecColumnAndDaneSection()
{
    ProbeReport report = sample();
    report.records.append({u"_xmpp-server._tcp"_qs, u"xmpp.fabrikam.com"_qs, 5269, 0, 0, false,
                           DnssecStatus::Secure, QString()});
    report.records.append({u"_xmpps-server._tcp"_qs, u"xmpp.fabrikam.com"_qs, 5223, 0, 0, true,
                           DnssecStatus::Bogus, u"signature expired"_qs});
    report.dane.state = DaneReport::State::Matched;
    report.dane.tlsaName = u"_5269._tcp.xmpp.fabrikam.com"_qs;
    report.dane.dnssec = DnssecStatus::Secure;
    TlsaMatch match;
    match.record = TlsaRecord::fromString(u"3 1 1 "_qs + QString(64, u'a'));
    match.outcome = TlsaMatch::Outcome::Matched;
    match.certificateIndex = 0;
    match.detail = LocalizedText::verbatim(u"TLSA 3 1 1 aaaa (DANE-EE): matches."_qs);
    report.dane.records.append(match);
    QCOMPARE(report.weakestDnssec(), DnssecStatus::Bogus);

    QVERIFY(Translations::load(u"en"_qs));
    const QString english = report.toHtml();
    QVERIFY2(english.contains(u"<th>DNSSEC</th>"_qs), qPrintable(english));
    QVERIFY2(english.contains(u"<td>secure</td>"_qs), qPrintable(english));
    QVERIFY2(english.contains(u"<td>bogus (signature expired)</td>"_qs), qPrintable(english));
    QVERIFY2(english.contains(u"<h2>DANE</h2>"_qs), qPrintable(english));
    QVERIFY2(english.contains(u"DANE: the TLSA record 3 1 1 aaaa"_qs), qPrintable(english));
    QVERIFY(Translations::load(u"fr"_qs));
    const QString french = report.toHtml();
    QVERIFY2(french.contains(u"<td>sécurisé</td>"_qs), qPrintable(french));
    QVERIFY2(french.contains(u"<td>invalide (signature expired)</td>"_qs), qPrintable(french));

    // The JSON's DNSSEC keys stay in English.
    const QJsonObject json = report.toJson();
    const QJsonArray records = json.value(u"dnsRecords"_qs).toArray();
    QCOMPARE(records.at(0).toObject().value(u"dnssec"_qs), QJsonValue(u"secure"_qs));
    QCOMPARE(records.at(1).toObject().value(u"dnssec"_qs), QJsonValue(u"bogus"_qs));
    QCOMPARE(records.at(1).toObject().value(u"dnssecReason"_qs),
             QJsonValue(u"signature expired"_qs));
    const QJsonObject dane = json.value(u"dane"_qs).toObject();
    QCOMPARE(dane.value(u"state"_qs), QJsonValue(u"matched"_qs));
    QCOMPARE(dane.value(u"tlsaName"_qs), QJsonValue(u"_5269._tcp.xmpp.fabrikam.com"_qs));
    QCOMPARE(dane.value(u"records"_qs).toArray().at(0).toObject().value(u"usage"_qs),
             QJsonValue(u"DANE-EE"_qs));
    QCOMPARE(json.value(u"dnssecNote"_qs), QJsonValue(QJsonValue::Null));
}

QTEST_GUILESS_MAIN(tst_ProbeReport)
#include "tst_probereport.moc"
