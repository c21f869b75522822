#include "certificates/truststore.h"

#include "certificates/x509certificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QScopeGuard>

#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <vector>

using Problem = TrustStore::Problem;

namespace {

Problem problemFor(int error, int depth)
{
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        // The leaf's issuer was not sent and is not an anchor: a missing intermediate, or
        // a CA nobody here trusts; higher up, the server sent its intermediates and the
        // root they lead to is not trusted.
        return depth == 0 ? Problem::IncompleteChain : Problem::UntrustedIssuer;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return Problem::UntrustedIssuer;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return Problem::SelfSigned;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return Problem::Expired;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return Problem::NotYetValid;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        return Problem::InvalidSignature;
    case X509_V_ERR_INVALID_PURPOSE:
        return Problem::WrongPurpose;
    default:
        return Problem::Other;
    }
}

TrustStore::Issue issueFor(int error, int depth, X509 *certificate)
{
    TrustStore::Issue issue;
    issue.problem = problemFor(error, depth);
    issue.opensslError = error;
    issue.errorText = QString::fromUtf8(X509_verify_cert_error_string(error));
    issue.depth = depth;
    const X509Certificate current = X509Certificate::fromX509(certificate);
    issue.subject = current.subject();
    issue.issuer = current.issuer();
    issue.notBefore = current.notBefore();
    issue.notAfter = current.notAfter();
    return issue;
}

// Collects every error and lets verification go on, so that the report can name more
// than the first one (an expired certificate from an untrusted CA is both).
int collectIssue(int ok, X509_STORE_CTX *context)
{
    if (ok)
        return 1;
    auto *issues = static_cast<QList<TrustStore::Issue> *>(X509_STORE_CTX_get_app_data(context));
    const TrustStore::Issue issue
        = issueFor(X509_STORE_CTX_get_error(context), X509_STORE_CTX_get_error_depth(context),
                   X509_STORE_CTX_get_current_cert(context));
    const bool known = std::any_of(issues->cbegin(), issues->cend(), [&](const auto &seen) {
        return seen.problem == issue.problem && seen.depth == issue.depth;
    });
    if (!known)
        issues->append(issue);
    return 1;
}

bool contains(const std::vector<X509Certificate> &certificates, X509 *certificate)
{
    return std::any_of(certificates.cbegin(), certificates.cend(), [&](const auto &presented) {
        return !presented.isNull() && X509_cmp(presented.get(), certificate) == 0;
    });
}

// Whether a directory (or any of a ':'-separated list) holds a certificate named by
// subject hash, "1a2b3c4d.0": then OpenSSL can look certificates up in it one by one.
bool holdsHashedCertificates(const QString &directories)
{
    for (const QString &path : directories.split(u':', Qt::SkipEmptyParts)) {
        const QStringList entries
            = QDir(path).entryList({u"????????.[0-9]"_qs}, QDir::Files | QDir::NoDotAndDotDot);
        if (!entries.isEmpty())
            return true;
    }
    return false;
}

struct StoreFree
{
    void operator()(X509_STORE *store) const { X509_STORE_free(store); }
};
using StorePointer = std::unique_ptr<X509_STORE, StoreFree>;

} // namespace

struct TrustStore::Private
{
    QString requestedDirectory;
    QString directory; // resolved when the first store is built
    QString defaultFile; // loaded as well: only when `directory` holds no hashed certificate

    mutable QMutex mutex;
    StorePointer system; // the anchors of `directory` (and `defaultFile`)
    StorePointer extra; // the same, plus the certificates of extraPath
    QString extraPath;
    QDateTime extraModified;
    qint64 extraSize = -1;
    Statistics statistics;

    void resolveDirectory();
    StorePointer newStore();
    // A new reference to the store for `extraCaFile`, built if needed. Under `mutex`.
    X509_STORE *storeFor(const QString &extraCaFile);
};

void TrustStore::Private::resolveDirectory()
{
    if (!directory.isEmpty())
        return;
    if (!requestedDirectory.isEmpty()) {
        directory = requestedDirectory;
        return;
    }
    directory = qEnvironmentVariable(X509_get_default_cert_dir_env());
    if (directory.isEmpty())
        directory = QFile::decodeName(X509_get_default_cert_dir());
    // The default file is the whole bundle (about 140 certificates, parsed at once): read
    // only where there is no hashed directory to look up in.
    if (!holdsHashedCertificates(directory)) {
        defaultFile = qEnvironmentVariable(X509_get_default_cert_file_env());
        if (defaultFile.isEmpty())
            defaultFile = QFile::decodeName(X509_get_default_cert_file());
    }
}

StorePointer TrustStore::Private::newStore()
{
    resolveDirectory();
    StorePointer store(X509_STORE_new());
    if (!store)
        return store;
    // Looked up on demand: a certificate file is read when a chain names its subject.
    X509_LOOKUP *lookup = X509_STORE_add_lookup(store.get(), X509_LOOKUP_hash_dir());
    if (lookup)
        X509_LOOKUP_add_dir(lookup, QFile::encodeName(directory).constData(), X509_FILETYPE_PEM);
    if (!defaultFile.isEmpty() && QFileInfo::exists(defaultFile)) {
        if (X509_LOOKUP *file = X509_STORE_add_lookup(store.get(), X509_LOOKUP_file()))
            X509_load_cert_crl_file(file, QFile::encodeName(defaultFile).constData(),
                                    X509_FILETYPE_PEM);
    }
    ++statistics.storesBuilt;
    return store;
}

X509_STORE *TrustStore::Private::storeFor(const QString &extraCaFile)
{
    X509_STORE *store = nullptr;
    if (extraCaFile.isEmpty()) {
        if (!system)
            system = newStore();
        store = system.get();
    } else {
        const QFileInfo file(extraCaFile);
        const QDateTime modified = file.lastModified();
        if (!extra || extraCaFile != extraPath || modified != extraModified
            || file.size() != extraSize) {
            extra = newStore();
            extraPath = extraCaFile;
            extraModified = modified;
            extraSize = file.size();
            X509_LOOKUP *lookup
                = extra ? X509_STORE_add_lookup(extra.get(), X509_LOOKUP_file()) : nullptr;
            if (lookup) {
                X509_load_cert_crl_file(lookup, QFile::encodeName(extraCaFile).constData(),
                                        X509_FILETYPE_PEM);
            }
            ++statistics.extraFileReads;
            // A file that cannot be read leaves errors that a TLS socket of this thread
            // would read as its own.
            ERR_clear_error();
        }
        store = extra.get();
    }
    if (store && X509_STORE_up_ref(store) != 1)
        store = nullptr;
    return store;
}

TrustStore::TrustStore(const QString &authorityDirectory)
    : d(std::make_unique<Private>())
{
    // OpenSSL's own clean-up at exit is then registered before this store's destructor,
    // so it runs after it: shared() frees its X509_STORE while libcrypto is still whole.
    OPENSSL_init_crypto(0, nullptr);
    d->requestedDirectory = authorityDirectory;
}

TrustStore::~TrustStore() = default;

TrustStore &TrustStore::shared()
{
    static TrustStore store;
    return store;
}

QString TrustStore::authorityDirectory() const
{
    const QMutexLocker locker(&d->mutex);
    d->resolveDirectory();
    return d->directory;
}

TrustStore::Statistics TrustStore::statistics() const
{
    const QMutexLocker locker(&d->mutex);
    Statistics statistics = d->statistics;
    if (d->system) {
        X509_STORE_lock(d->system.get());
        const STACK_OF(X509_OBJECT) *objects = X509_STORE_get0_objects(d->system.get());
        for (int i = 0; i < sk_X509_OBJECT_num(objects); ++i) {
            if (X509_OBJECT_get_type(sk_X509_OBJECT_value(objects, i)) == X509_LU_X509)
                ++statistics.authoritiesLoaded;
        }
        X509_STORE_unlock(d->system.get());
    }
    return statistics;
}

TrustStore::Result TrustStore::verify(const QList<QSslCertificate> &presented,
                                      const QString &extraCaFile)
{
    Result result;
    std::vector<X509Certificate> chain;
    chain.reserve(std::size_t(presented.size()));
    for (const QSslCertificate &certificate : presented)
        chain.push_back(X509Certificate::fromQt(certificate));
    if (chain.empty() || chain.front().isNull()) {
        Issue issue;
        issue.problem = Problem::NoCertificate;
        issue.depth = 0;
        result.issues.append(issue);
        return result;
    }

    X509_STORE *store = nullptr;
    {
        const QMutexLocker locker(&d->mutex);
        store = d->storeFor(extraCaFile);
    }
    StorePointer storeReference(store);
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    X509_STORE_CTX *context = X509_STORE_CTX_new();
    const auto release = qScopeGuard([&] {
        X509_STORE_CTX_free(context);
        sk_X509_free(untrusted); // the certificates stay `chain`'s
    });
    if (!store || !untrusted || !context) {
        Issue issue;
        issue.problem = Problem::Other;
        issue.errorText = u"out of memory"_qs;
        result.issues.append(issue);
        return result;
    }
    for (std::size_t i = 1; i < chain.size(); ++i) {
        if (!chain[i].isNull())
            sk_X509_push(untrusted, chain[i].get());
    }

    int verified = 0;
    if (X509_STORE_CTX_init(context, store, chain.front().get(), untrusted) == 1) {
        // As a TLS client checks its server: purpose and trust "ssl_server".
        X509_STORE_CTX_set_default(context, "ssl_server");
        X509_STORE_CTX_set_verify_cb(context, collectIssue);
        X509_STORE_CTX_set_app_data(context, &result.issues);
        verified = X509_verify_cert(context);
    }
    if (verified != 1 && result.issues.isEmpty()) {
        result.issues.append(issueFor(X509_STORE_CTX_get_error(context),
                                      X509_STORE_CTX_get_error_depth(context),
                                      chain.front().get()));
    }
    result.trusted = verified == 1 && result.issues.isEmpty();

    const STACK_OF(X509) *built = X509_STORE_CTX_get0_chain(context);
    const int length = built ? sk_X509_num(built) : 0;
    for (int i = 0; i < length; ++i)
        result.chain.append(
            X509Certificate::nameText(X509_get_subject_name(sk_X509_value(built, i))));
    // Complete: every certificate below the last one (the anchor) came from the server.
    result.chainComplete = length > 0
        && std::none_of(result.issues.cbegin(), result.issues.cend(), [](const Issue &issue) {
                               return issue.problem == Problem::IncompleteChain;
                           });
    for (int i = 0; result.chainComplete && i + 1 < length; ++i)
        result.chainComplete = contains(chain, sk_X509_value(built, i));
    ERR_clear_error(); // nothing left for the thread's TLS sockets to take for theirs
    return result;
}

QString TrustStore::wireName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::UntrustedIssuer:
        return QStringLiteral("untrustedIssuer");
    case Problem::SelfSigned:
        return QStringLiteral("selfSigned");
    case Problem::Expired:
        return QStringLiteral("expired");
    case Problem::NotYetValid:
        return QStringLiteral("notYetValid");
    case Problem::IncompleteChain:
        return QStringLiteral("incompleteChain");
    case Problem::InvalidSignature:
        return QStringLiteral("invalidSignature");
    case Problem::WrongPurpose:
        return QStringLiteral("wrongPurpose");
    case Problem::NoCertificate:
        return QStringLiteral("noCertificate");
    case Problem::Other:
        return QStringLiteral("other");
    }
    return {};
}
