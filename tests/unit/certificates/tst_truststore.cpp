// TrustStore against chains made here with OpenSSL: trusted through the extra CA file,
// and each problem by its cause (untrusted issuer, self-signed, expired, not yet valid,
// incomplete chain, bad signature, wrong purpose); the extra file read again when it
// changes; the store built once, when first needed, with its anchors looked up one by one
// in a hashed directory, the system's included.
#include "certificates/truststore.h"
#include "certificates/x509certificate.h"
#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <thread>
#include <vector>

using Problem = TrustStore::Problem;
using TestCertificates::Issued;

class tst_TrustStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trustedThroughTheExtraCaFile();
    void untrustedWithoutTheExtraCaFile();
    void selfSigned();
    void expired();
    void notYetValid();
    void incompleteChain();
    void trustedButIncompleteChain();
    void invalidSignature();
    void purpose_data();
    void purpose();
    void nothingPresented();
    void changedExtraCaFileIsReadAgain();
    void anchorsAreLookedUpOneByOne();
    void systemStoreIsLookedUpOnDemand();
    void builtOnceAcrossThreads();

private:
    Issued leaf(const QString &name, const Issued &issuer,
                const QString &extendedKeyUsage = u"serverAuth,clientAuth"_qs);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_emptyDirectory; // a store with no anchor of its own: only the extra file's
    Issued m_root; // in root.pem
    Issued m_otherRoot; // in other-root.pem
    Issued m_intermediate; // signed by m_root
};

Issued tst_TrustStore::leaf(const QString &name, const Issued &issuer,
                            const QString &extendedKeyUsage)
{
    TestCertificates::Spec spec;
    spec.commonNames = {name};
    spec.dnsNames = {name};
    spec.extendedKeyUsage = extendedKeyUsage;
    return TestCertificates::make(spec, &issuer);
}

void tst_TrustStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_emptyDirectory = path(u"empty"_qs);
    QVERIFY(QDir().mkpath(m_emptyDirectory));
    m_root = TestCertificates::authority(u"xmpp-partners test root"_qs);
    m_otherRoot = TestCertificates::authority(u"xmpp-partners other root"_qs);
    QVERIFY(!m_root.isNull() && !m_otherRoot.isNull());
    m_intermediate = TestCertificates::authority(u"xmpp-partners test intermediate"_qs, &m_root);
    QVERIFY(!m_intermediate.isNull());
    QVERIFY(TestCertificates::writePem(path(u"root.pem"_qs), {m_root.certificate}));
    QVERIFY(TestCertificates::writePem(path(u"other-root.pem"_qs), {m_otherRoot.certificate}));
}

void tst_TrustStore::trustedThroughTheExtraCaFile()
{
    TrustStore store(m_emptyDirectory);
    const Issued server = leaf(u"partner.example"_qs, m_root);
    const TrustStore::Result result = store.verify({server.certificate}, path(u"root.pem"_qs));
    QVERIFY(result.trusted);
    QCOMPARE(result.problem(), Problem::None);
    QVERIFY(result.issues.isEmpty());
    QVERIFY(result.chainComplete);
    QCOMPARE(result.chain,
             (QStringList {u"CN=partner.example,O=xmpp-partners tests"_qs,
                           u"CN=xmpp-partners test root,O=xmpp-partners tests"_qs}));
    // The root sent as well changes nothing.
    const TrustStore::Result withRoot
        = store.verify({server.certificate, m_root.certificate}, path(u"root.pem"_qs));
    QVERIFY(withRoot.trusted);
    QVERIFY(withRoot.chainComplete);
}

void tst_TrustStore::untrustedWithoutTheExtraCaFile()
{
    TrustStore store(m_emptyDirectory);
    const Issued server = leaf(u"partner.example"_qs, m_root);
    // The server sends its whole chain, root included: the root is simply not trusted.
    const TrustStore::Result result = store.verify({server.certificate, m_root.certificate});
    QVERIFY(!result.trusted);
    QCOMPARE(result.problem(), Problem::UntrustedIssuer);
    const TrustStore::Issue &issue = *result.firstIssue();
    QCOMPARE(issue.opensslError, X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN);
    QCOMPARE(issue.depth, 1);
    QCOMPARE(issue.issuer, u"CN=xmpp-partners test root,O=xmpp-partners tests"_qs);
    QVERIFY2(!issue.errorText.isEmpty(), "OpenSSL's text is kept");
    QVERIFY(result.chainComplete);

    // Another CA's file does not help either.
    QCOMPARE(store.verify({server.certificate, m_root.certificate}, path(u"other-root.pem"_qs))
                 .problem(),
             Problem::UntrustedIssuer);
    // An intermediate sent, its root unknown: untrusted, and nothing is missing.
    const Issued below = leaf(u"below.example"_qs, m_intermediate);
    const TrustStore::Result viaIntermediate
        = store.verify({below.certificate, m_intermediate.certificate});
    QCOMPARE(viaIntermediate.problem(), Problem::UntrustedIssuer);
    QCOMPARE(viaIntermediate.firstIssue()->depth, 1);
    QVERIFY(viaIntermediate.chainComplete);
}

void tst_TrustStore::selfSigned()
{
    TrustStore store(m_emptyDirectory);
    TestCertificates::Spec spec;
    spec.commonNames = {u"self.example"_qs};
    spec.dnsNames = {u"self.example"_qs};
    const Issued self = TestCertificates::make(spec);
    const TrustStore::Result result = store.verify({self.certificate}, path(u"root.pem"_qs));
    QVERIFY(!result.trusted);
    QCOMPARE(result.problem(), Problem::SelfSigned);
    QCOMPARE(result.firstIssue()->depth, 0);
    QCOMPARE(result.firstIssue()->subject, u"CN=self.example,O=xmpp-partners tests"_qs);

    // Trusted once it is an anchor itself.
    QVERIFY(TestCertificates::writePem(path(u"self.pem"_qs), {self.certificate}));
    QVERIFY(store.verify({self.certificate}, path(u"self.pem"_qs)).trusted);
}

void tst_TrustStore::expired()
{
    TrustStore store(m_emptyDirectory);
    TestCertificates::Spec spec;
    spec.commonNames = {u"expired.example"_qs};
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-60);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    const Issued server = TestCertificates::make(spec, &m_root);
    const TrustStore::Result result = store.verify({server.certificate}, path(u"root.pem"_qs));
    QVERIFY(!result.trusted);
    QCOMPARE(result.problem(), Problem::Expired);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.firstIssue()->depth, 0);
    QCOMPARE(result.firstIssue()->notAfter.date(), spec.notAfter.date());
}

void tst_TrustStore::notYetValid()
{
    TrustStore store(m_emptyDirectory);
    TestCertificates::Spec spec;
    spec.commonNames = {u"notyet.example"_qs};
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(2);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(90);
    const Issued server = TestCertificates::make(spec, &m_root);
    const TrustStore::Result result = store.verify({server.certificate}, path(u"root.pem"_qs));
    QCOMPARE(result.problem(), Problem::NotYetValid);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.firstIssue()->notBefore.date(), spec.notBefore.date());
}

void tst_TrustStore::incompleteChain()
{
    TrustStore store(m_emptyDirectory);
    const Issued server = leaf(u"partner.example"_qs, m_intermediate);
    // The root is trusted, but the server leaves out the intermediate that links to it.
    const TrustStore::Result result = store.verify({server.certificate}, path(u"root.pem"_qs));
    QVERIFY(!result.trusted);
    QCOMPARE(result.problem(), Problem::IncompleteChain);
    QCOMPARE(result.firstIssue()->depth, 0);
    QCOMPARE(result.firstIssue()->issuer,
             u"CN=xmpp-partners test intermediate,O=xmpp-partners tests"_qs);
    QVERIFY(!result.chainComplete);

    // Sent with the intermediate, the same certificate is trusted.
    const TrustStore::Result complete
        = store.verify({server.certificate, m_intermediate.certificate}, path(u"root.pem"_qs));
    QVERIFY(complete.trusted);
    QVERIFY(complete.chainComplete);
    QCOMPARE(complete.chain.size(), 3);
}

void tst_TrustStore::trustedButIncompleteChain()
{
    // An intermediate the administrator added to the extra file completes the chain: the
    // certificate is trusted, and the report still says the server does not send it.
    TrustStore store(m_emptyDirectory);
    QVERIFY(TestCertificates::writePem(path(u"root-and-intermediate.pem"_qs),
                                       {m_root.certificate, m_intermediate.certificate}));
    const Issued server = leaf(u"partner.example"_qs, m_intermediate);
    const TrustStore::Result result
        = store.verify({server.certificate}, path(u"root-and-intermediate.pem"_qs));
    QVERIFY(result.trusted);
    QVERIFY(!result.chainComplete);
    QCOMPARE(result.chain.size(), 3);
}

void tst_TrustStore::invalidSignature()
{
    // Named as issued by the root, signed with another key.
    TrustStore store(m_emptyDirectory);
    const Issued forger {m_root.certificate, m_otherRoot.key};
    const Issued forged = leaf(u"forged.example"_qs, forger);
    QVERIFY(!forged.isNull());
    const TrustStore::Result result = store.verify({forged.certificate}, path(u"root.pem"_qs));
    QVERIFY(!result.trusted);
    QCOMPARE(result.problem(), Problem::InvalidSignature);
    QCOMPARE(result.firstIssue()->depth, 0);
}

void tst_TrustStore::purpose_data()
{
    QTest::addColumn<QString>("extendedKeyUsage");
    QTest::addColumn<bool>("trusted");

    QTest::newRow("serverAuth and clientAuth") << u"serverAuth,clientAuth"_qs << true;
    QTest::newRow("serverAuth") << u"serverAuth"_qs << true;
    QTest::newRow("no extendedKeyUsage") << QString() << true;
    QTest::newRow("clientAuth only") << u"clientAuth"_qs << false;
}

void tst_TrustStore::purpose()
{
    QFETCH(QString, extendedKeyUsage);
    QFETCH(bool, trusted);
    TrustStore store(m_emptyDirectory);
    const Issued server = leaf(u"partner.example"_qs, m_root, extendedKeyUsage);
    const TrustStore::Result result = store.verify({server.certificate}, path(u"root.pem"_qs));
    QCOMPARE(result.trusted, trusted);
    if (!trusted)
        QCOMPARE(result.problem(), Problem::WrongPurpose);
}

void tst_TrustStore::nothingPresented()
{
    TrustStore store(m_emptyDirectory);
    QCOMPARE(store.verify({}).problem(), Problem::NoCertificate);
    QCOMPARE(store.verify({QSslCertificate()}).problem(), Problem::NoCertificate);
    // Nothing to check, nothing built.
    QCOMPARE(store.statistics().storesBuilt, 0);
}

void tst_TrustStore::changedExtraCaFileIsReadAgain()
{
    TrustStore store(m_emptyDirectory);
    const QString file = path(u"extra.pem"_qs);
    QVERIFY(QFile::copy(path(u"root.pem"_qs), file));
    const Issued one = leaf(u"one.example"_qs, m_root);
    const Issued two = leaf(u"two.example"_qs, m_otherRoot);
    QVERIFY(store.verify({one.certificate}, file).trusted);
    QVERIFY(!store.verify({two.certificate}, file).trusted);
    QCOMPARE(store.statistics().extraFileReads, 1);

    // Replaced by the other CA, with another modification time.
    QVERIFY(QFile::remove(file));
    QVERIFY(QFile::copy(path(u"other-root.pem"_qs), file));
    QFile changed(file);
    QVERIFY(changed.open(QIODevice::ReadWrite));
    QVERIFY(changed.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                QFileDevice::FileModificationTime));
    changed.close();
    QVERIFY(store.verify({two.certificate}, file).trusted);
    QVERIFY(!store.verify({one.certificate}, file).trusted);
    QCOMPARE(store.statistics().extraFileReads, 2);

    // A file of several CAs trusts each of them.
    QVERIFY(TestCertificates::writePem(path(u"both.pem"_qs),
                                       {m_root.certificate, m_otherRoot.certificate}));
    QVERIFY(store.verify({one.certificate}, path(u"both.pem"_qs)).trusted);
    QVERIFY(store.verify({two.certificate}, path(u"both.pem"_qs)).trusted);
}

void tst_TrustStore::anchorsAreLookedUpOneByOne()
{
    // A hashed directory of three roots, as `openssl rehash` lays it out.
    const QString directory = path(u"anchors"_qs);
    QVERIFY(QDir().mkpath(directory));
    QList<Issued> roots;
    for (const QString &name : {u"anchor one"_qs, u"anchor two"_qs, u"anchor three"_qs}) {
        roots.append(TestCertificates::authority(name));
        QVERIFY(TestCertificates::writeHashed(directory, roots.last().certificate));
    }
    QCOMPARE(QDir(directory).entryList(QDir::Files).size(), 3);

    TrustStore store(directory);
    QCOMPARE(store.authorityDirectory(), directory);
    // Made, not built: nothing is read before the first chain.
    QCOMPARE(store.statistics().storesBuilt, 0);
    QCOMPARE(store.statistics().authoritiesLoaded, 0);

    const Issued second = leaf(u"second.example"_qs, roots.at(1));
    QVERIFY(store.verify({second.certificate}).trusted);
    QCOMPARE(store.statistics().storesBuilt, 1);
    // Only the issuer the chain asked for was read.
    QCOMPARE(store.statistics().authoritiesLoaded, 1);

    QVERIFY(store.verify({second.certificate}).trusted);
    QCOMPARE(store.statistics().authoritiesLoaded, 1);
    const Issued third = leaf(u"third.example"_qs, roots.at(2));
    QVERIFY(store.verify({third.certificate}).trusted);
    QCOMPARE(store.statistics().authoritiesLoaded, 2);
    QCOMPARE(store.statistics().storesBuilt, 1);

    // An issuer that is not there costs a look-up, and loads nothing.
    const Issued stranger = leaf(u"stranger.example"_qs, m_root);
    QCOMPARE(store.verify({stranger.certificate}).problem(), Problem::IncompleteChain);
    QCOMPARE(store.statistics().authoritiesLoaded, 2);
}

void tst_TrustStore::systemStoreIsLookedUpOnDemand()
{
    // No private key of a system CA is at hand to issue a certificate with, so the chain
    // is one of the system's roots itself: found in the system directory, by subject hash,
    // without reading the other roots.
    TrustStore &store = TrustStore::shared();
    const QString directory = store.authorityDirectory();
    QCOMPARE(store.statistics().storesBuilt, 0);

    const QStringList files = QDir(directory).entryList({u"????????.0"_qs}, QDir::Files);
    if (files.size() < 10)
        QSKIP("the system's CA directory holds no hashed certificates (ca-certificates)");
    // A root that may also serve as a TLS server's certificate: valid now, and a
    // keyUsage, if any, that a server's key could have.
    QSslCertificate root;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &name : files) {
        const QList<QSslCertificate> read
            = QSslCertificate::fromPath(QDir(directory).filePath(name), QSsl::Pem);
        if (read.size() != 1 || read.first().effectiveDate() > now
            || read.first().expiryDate() < now.addDays(1))
            continue;
        const X509Certificate x509 = X509Certificate::fromQt(read.first());
        const uint32_t usage = X509_get_key_usage(x509.get());
        if (x509.isSelfIssued()
            && (usage == UINT32_MAX
                || (usage & (KU_DIGITAL_SIGNATURE | KU_KEY_ENCIPHERMENT | KU_KEY_AGREEMENT)))) {
            root = read.first();
            break;
        }
    }
    if (root.isNull())
        QSKIP("no system root can stand for a server's certificate here");

    const TrustStore::Result result = store.verify({root});
    QVERIFY2(result.trusted,
             qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().errorText));
    QCOMPARE(store.statistics().storesBuilt, 1);
    // One certificate read (two if another root shares its subject hash), not the dozens
    // of the directory.
    const int loaded = store.statistics().authoritiesLoaded;
    QVERIFY2(loaded >= 1 && loaded <= 2, qPrintable(QString::number(loaded)));
    QVERIFY(files.size() > 2 * loaded);
}

void tst_TrustStore::builtOnceAcrossThreads()
{
    TrustStore store(m_emptyDirectory);
    const Issued server = leaf(u"partner.example"_qs, m_root);
    const QString file = path(u"root.pem"_qs);
    std::atomic<int> trusted = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 25; ++i) {
                if (store.verify({server.certificate}, file).trusted)
                    ++trusted;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(trusted.load(), 100);
    QCOMPARE(store.statistics().storesBuilt, 1);
    QCOMPARE(store.statistics().extraFileReads, 1);
}

QTEST_GUILESS_MAIN(tst_TrustStore)
#include "tst_truststore.moc"
