// TLSA records against a presented chain (DaneMatcher, RFC 6698, RFC 7671): every usage,
// selector and matching type, and each reason a record does not match. The chains are
// made in the test with OpenSSL's API; the expected digests with QCryptographicHash.
#include "../certificates/testcertificates.h"
#include "dane/danematcher.h"
#include "dane/tlsarecord.h"

#include <QCryptographicHash>
#include <QTest>

#include <openssl/x509.h>

using namespace TestCertificates;

class tst_DaneMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsReadAndWritten();
    void usageSelectorAndMatchingType_data();
    void usageSelectorAndMatchingType();
    void recordForIsWhatMatches();

private:
    static QByteArray spkiOf(const QSslCertificate &certificate);
    static QByteArray hash(const QByteArray &data, int matchingType);

    Issued m_root;
    Issued m_intermediate;
    Issued m_server; // signed by m_intermediate, for xmpp.partner.example
    Issued m_stranger; // another CA, which signed nothing here
    QList<QSslCertificate> m_chain; // server, intermediate, root
};

QByteArray tst_DaneMatcher::spkiOf(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &data, der.size());
    unsigned char *spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509), &spki);
    QByteArray result(reinterpret_cast<const char *>(spki), length);
    OPENSSL_free(spki);
    X509_free(x509);
    return result;
}

QByteArray tst_DaneMatcher::hash(const QByteArray &data, int matchingType)
{
    if (matchingType == TlsaRecord::Sha256)
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    if (matchingType == TlsaRecord::Sha512)
        return QCryptographicHash::hash(data, QCryptographicHash::Sha512);
    return data;
}

void tst_DaneMatcher::initTestCase()
{
    m_root = authority(u"DANE test root"_qs);
    m_intermediate = authority(u"DANE test intermediate"_qs, &m_root);
    Spec spec;
    spec.dnsNames = {u"xmpp.partner.example"_qs};
    m_server = make(spec, &m_intermediate);
    m_stranger = authority(u"Someone else"_qs);
    QVERIFY(!m_root.isNull() && !m_intermediate.isNull() && !m_server.isNull()
            && !m_stranger.isNull());
    m_chain = {m_server.certificate, m_intermediate.certificate, m_root.certificate};
}

void tst_DaneMatcher::recordsReadAndWritten()
{
    bool ok = false;
    const TlsaRecord record = TlsaRecord::fromString(u" 3 1 1 0A1B 2c3d "_qs, &ok);
    QVERIFY(ok);
    QCOMPARE(record.usage, quint8(3));
    QCOMPARE(record.data, QByteArray::fromHex("0a1b2c3d"));
    QCOMPARE(record.toString(), u"3 1 1 0a1b2c3d"_qs);
    QCOMPARE(record.usageName(), u"DANE-EE"_qs);
    QVERIFY(!record.isUsable()); // a SHA-256 digest has 32 bytes
    TlsaRecord::fromString(u"3 1 1 abc"_qs, &ok); // odd hex
    QVERIFY(!ok);
    TlsaRecord::fromString(u"3 1"_qs, &ok);
    QVERIFY(!ok);
    TlsaRecord::fromString(u"0 0 2 \f"_qs, &ok); // whitespace where the data should be
    QVERIFY(!ok);
    QCOMPARE(TlsaRecord::fromString(u"4 0 0 00"_qs).usageName(), u"4"_qs);
}

void tst_DaneMatcher::usageSelectorAndMatchingType_data()
{
    QTest::addColumn<int>("usage");
    QTest::addColumn<int>("selector");
    QTest::addColumn<int>("matchingType");
    QTest::addColumn<int>("certificate"); // whose data: 0 server .. 2 root, 3 stranger
    QTest::addColumn<QStringList>("names"); // reference names
    QTest::addColumn<bool>("pkix"); // the chain passed PKIX
    QTest::addColumn<int>("outcome"); // TlsaMatch::Outcome
    QTest::addColumn<int>("index"); // certificateIndex

    const QStringList right {u"xmpp.partner.example"_qs, u"partner.example"_qs};
    const QStringList wrong {u"other.example"_qs};
    using O = TlsaMatch::Outcome;
    for (int selector : {0, 1}) {
        for (int type : {0, 1, 2}) {
            const QByteArray tag = QByteArray::number(selector) + ' ' + QByteArray::number(type);
            QTest::newRow(QByteArray("DANE-EE " + tag).constData())
                << 3 << selector << type << 0 << wrong << false << int(O::Matched) << 0;
            QTest::newRow(QByteArray("DANE-TA root " + tag).constData())
                << 2 << selector << type << 2 << right << false << int(O::Matched) << 2;
        }
    }
    // DANE-EE ignores names and trust; it names the server's certificate only.
    QTest::newRow("DANE-EE naming the CA")
        << 3 << 1 << 1 << 1 << right << true << int(O::NotMatched) << -1;
    QTest::newRow("DANE-TA intermediate")
        << 2 << 1 << 1 << 1 << right << false << int(O::Matched) << 1;
    QTest::newRow("DANE-TA wrong name")
        << 2 << 0 << 1 << 2 << wrong << true << int(O::NameMismatch) << 2;
    QTest::newRow("DANE-TA stranger")
        << 2 << 0 << 1 << 3 << right << true << int(O::NotMatched) << -1;
    QTest::newRow("PKIX-EE trusted") << 1 << 1 << 1 << 0 << right << true << int(O::Matched) << 0;
    QTest::newRow("PKIX-EE untrusted")
        << 1 << 1 << 1 << 0 << right << false << int(O::NotPkixTrusted) << 0;
    QTest::newRow("PKIX-TA trusted") << 0 << 0 << 2 << 2 << right << true << int(O::Matched) << 2;
    QTest::newRow("PKIX-TA untrusted")
        << 0 << 0 << 2 << 2 << right << false << int(O::NotPkixTrusted) << 2;
    QTest::newRow("unknown matching type")
        << 3 << 1 << 7 << 0 << right << true << int(O::Unusable) << -1;
}

void tst_DaneMatcher::usageSelectorAndMatchingType()
{
    QFETCH(int, usage);
    QFETCH(int, selector);
    QFETCH(int, matchingType);
    QFETCH(int, certificate);
    QFETCH(QStringList, names);
    QFETCH(bool, pkix);
    QFETCH(int, outcome);
    QFETCH(int, index);
    const QSslCertificate &named
        = certificate == 3 ? m_stranger.certificate : m_chain.at(certificate);
    const QByteArray selected = selector == 0 ? named.toDer() : spkiOf(named);
    TlsaRecord record {quint8(usage), quint8(selector), quint8(matchingType),
                       hash(selected, matchingType)};
    if (matchingType > 2)
        record.data = QByteArray(32, 'x');
    const QList<TlsaMatch> matches = DaneMatcher::match({record}, m_chain, names, pkix);
    QCOMPARE(matches.size(), 1);
    const TlsaMatch &match = matches.constFirst();
    QVERIFY2(int(match.outcome) == outcome, qPrintable(match.detail.toString()));
    QCOMPARE(match.certificateIndex, index);
    QCOMPARE(match.record, record);
    QVERIFY(match.detail.toString().contains(record.toString()));
}

void tst_DaneMatcher::recordForIsWhatMatches()
{
    const TlsaRecord record = DaneMatcher::recordFor(m_server.certificate);
    QCOMPARE(record.toString().left(6), u"3 1 1 "_qs);
    QCOMPARE(record.data, hash(spkiOf(m_server.certificate), TlsaRecord::Sha256));
    // A chain whose order is broken: the DANE-TA root is there, but not reached.
    const QList<QSslCertificate> broken {m_server.certificate, m_root.certificate};
    const TlsaRecord root {TlsaRecord::DaneTa, 0, 1,
                           hash(m_root.certificate.toDer(), TlsaRecord::Sha256)};
    const QList<TlsaMatch> matches
        = DaneMatcher::match({root}, broken, {u"xmpp.partner.example"_qs}, false);
    QCOMPARE(matches.constFirst().outcome, TlsaMatch::Outcome::ChainNotValid);
    QCOMPARE(matches.constFirst().certificateIndex, 1);
}

QTEST_GUILESS_MAIN(tst_DaneMatcher)
#include "tst_danematcher.moc"
