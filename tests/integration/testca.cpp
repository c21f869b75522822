#include "testca.h"

#include "childprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

constexpr int StartTimeoutMs = 10000;
// Generous: RSA key generation on a busy shared machine.
constexpr int RunTimeoutMs = 60000;

QString opensslDate(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMddHHmmss'Z'"_qs);
}

// Characters allowed in the names we put into an openssl config file, so that a name
// can never end a value or start another one.
bool isSafeName(const QString &name)
{
    static const QRegularExpression pattern(
        u"^(\\*\\.)?[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.?$"_qs);
    return pattern.match(name).hasMatch();
}

} // namespace

TestCa::Validity TestCa::Validity::current()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {now.addDays(-1), now.addYears(1)};
}

TestCa::Validity TestCa::Validity::expired()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {now.addDays(-60), now.addDays(-1)};
}

TestCa::Validity TestCa::Validity::notYetValid()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {now.addDays(1), now.addYears(1)};
}

TestCa::Validity TestCa::Validity::expiringInDays(int days)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {now.addDays(-1), now.addDays(days)};
}

TestCa::TestCa(const QString &folder)
    : m_folder(QDir(folder).absolutePath())
    , m_openssl(ChildProcess::findProgram(u"openssl"_qs))
{
    m_trusted.name = u"ca"_qs;
    m_untrusted.name = u"untrusted-ca"_qs;
    if (m_openssl.isEmpty()) {
        fail(u"the openssl command is not installed (apt-get install openssl)"_qs);
        return;
    }
    if (!QDir().mkpath(m_folder + u"/certs"_qs)) {
        fail(u"cannot create "_qs + m_folder + u"/certs"_qs);
        return;
    }
    createAuthority(m_trusted, u"xmpp-partners test CA "_qs);
}

QString TestCa::untrustedCaCertificate()
{
    if (!m_untrusted.valid && !createAuthority(m_untrusted, u"xmpp-partners untrusted CA "_qs))
        return {};
    return m_untrusted.certificate;
}

TestCa::Files TestCa::serverCertificate(const QStringList &dnsNames, const Validity &validity)
{
    Request request;
    request.dnsNames = dnsNames;
    request.validity = validity;
    return issue(request);
}

TestCa::Files TestCa::expiredServerCertificate(const QStringList &dnsNames)
{
    return serverCertificate(dnsNames, Validity::expired());
}

TestCa::Files TestCa::untrustedServerCertificate(const QStringList &dnsNames)
{
    Request request;
    request.dnsNames = dnsNames;
    request.untrusted = true;
    return issue(request);
}

TestCa::Files TestCa::clientCertificate(const QString &domain)
{
    Request request;
    request.dnsNames = {domain};
    request.fileName = u"client-"_qs + domain;
    return issue(request);
}

TestCa::Files TestCa::issue(const Request &request)
{
    Authority &authority = request.untrusted ? m_untrusted : m_trusted;
    if (request.untrusted)
        untrustedCaCertificate();
    if (!authority.valid) {
        fail(u"the CA could not be created: "_qs + m_error);
        return {};
    }
    const QStringList allNames = request.dnsNames + request.srvIds + request.xmppAddrs;
    if (allNames.isEmpty()) {
        fail(u"a certificate needs at least one name"_qs);
        return {};
    }
    QStringList altNames;
    for (const QString &name : request.dnsNames)
        altNames.append(u"DNS:"_qs + name);
    for (const QString &name : request.srvIds)
        altNames.append(u"otherName:1.3.6.1.5.5.7.8.7;IA5STRING:"_qs + name);
    for (const QString &name : request.xmppAddrs)
        altNames.append(u"otherName:1.3.6.1.5.5.7.8.5;UTF8:"_qs + name);
    for (const QString &name : allNames) {
        if (!isSafeName(name)) {
            fail(u"not a name this CA can put into a certificate: "_qs + name);
            return {};
        }
    }
    if (!request.validity.notBefore.isValid() || !request.validity.notAfter.isValid()
        || request.validity.notAfter <= request.validity.notBefore) {
        fail(u"invalid validity period"_qs);
        return {};
    }

    // The CN only helps a human reading the certificate; RFC 6125 clients use the SAN.
    QString commonName = allNames.constFirst();
    if (commonName.size() > 64)
        commonName = u"xmpp-partners test certificate"_qs;
    QString baseName = request.fileName.isEmpty() ? allNames.constFirst() : request.fileName;
    baseName.replace(u'*', u"wildcard"_qs);
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_qs);
    baseName.replace(unsafe, u"_"_qs);
    // The number keeps every certificate's files apart, whatever the names.
    baseName = QString::number(++m_issued) + u'-' + baseName;
    const QString base = m_folder + u"/certs/"_qs + baseName;

    Files files {base + u".crt"_qs, base + u".key"_qs, authority.certificate};
    const QString csr = base + u".csr"_qs;
    const QString extensions = base + u".ext"_qs;
    const QString leaf = uR"([ leaf ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth,clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = %1
)"_qs.arg(altNames.join(u','));
    if (!writeFile(extensions, leaf)) {
        fail(u"cannot write "_qs + extensions);
        return {};
    }
    if (!runOpenssl({u"req"_qs, u"-new"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs,
                     u"-config"_qs, authority.config, u"-subj"_qs, u"/CN="_qs + commonName,
                     u"-keyout"_qs, files.key, u"-out"_qs, csr})
        || !runOpenssl({u"ca"_qs, u"-batch"_qs, u"-notext"_qs, u"-config"_qs, authority.config,
                        u"-in"_qs, csr, u"-out"_qs, files.certificate, u"-startdate"_qs,
                        opensslDate(request.validity.notBefore), u"-enddate"_qs,
                        opensslDate(request.validity.notAfter), u"-extfile"_qs, extensions,
                        u"-extensions"_qs, u"leaf"_qs}))
        return {};
    return files;
}

bool TestCa::createAuthority(Authority &authority, const QString &commonName)
{
    authority.folder = m_folder + u'/' + authority.name;
    authority.config = authority.folder + u"/openssl.cnf"_qs;
    authority.certificate = authority.folder + u"/ca.crt"_qs;
    authority.key = authority.folder + u"/ca.key"_qs;
    const QString issued = authority.folder + u"/issued"_qs;
    if (!QDir().mkpath(issued))
        return fail(u"cannot create "_qs + issued);
    // A random suffix tells the CAs of different tests (and the two of one test) apart
    // in a certificate chain.
    const QString cn = commonName + QString::number(QRandomGenerator::global()->generate(), 16);
    // Every openssl command gets this config: nothing depends on the system's.
    const QString config = uR"([ ca ]
default_ca = test_ca
[ test_ca ]
database = %1/index.txt
serial = %1/serial
rand_serial = yes
new_certs_dir = %2
certificate = %3
private_key = %4
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
email_in_dn = no
[ policy_any ]
commonName = supplied
[ req ]
distinguished_name = req_dn
prompt = no
[ req_dn ]
CN = %5
[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
)"_qs.arg(authority.folder, issued, authority.certificate, authority.key, cn);
    if (!writeFile(authority.config, config)
        || !writeFile(authority.folder + u"/index.txt"_qs, QString()))
        return fail(u"cannot write the CA files in "_qs + authority.folder);

    // Self-signed with `openssl ca -selfsign` so that the CA too starts in the past and
    // covers every validity period a test asks for.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString request = authority.folder + u"/ca.csr"_qs;
    if (!runOpenssl({u"req"_qs, u"-new"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs,
                     u"-config"_qs, authority.config, u"-keyout"_qs, authority.key, u"-out"_qs,
                     request})
        || !runOpenssl({u"ca"_qs, u"-batch"_qs, u"-notext"_qs, u"-selfsign"_qs, u"-config"_qs,
                        authority.config, u"-keyfile"_qs, authority.key, u"-in"_qs, request,
                        u"-out"_qs, authority.certificate, u"-startdate"_qs,
                        opensslDate(now.addYears(-1)), u"-enddate"_qs,
                        opensslDate(now.addYears(10)), u"-extensions"_qs, u"v3_ca"_qs}))
        return false;
    authority.valid = true;
    return true;
}

bool TestCa::runOpenssl(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(m_openssl);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    const QString command = u"openssl "_qs + arguments.join(u' ');
    process.start();
    if (!process.waitForStarted(StartTimeoutMs))
        return fail(command + u": cannot start: "_qs + process.errorString());
    if (!process.waitForFinished(RunTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return fail(command + u": no result within "_qs + QString::number(RunTimeoutMs)
                    + u" ms"_qs);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(command + u": failed (exit code "_qs + QString::number(process.exitCode())
                    + u"):\n"_qs + QString::fromLocal8Bit(process.readAll()).trimmed());
    }
    return true;
}

bool TestCa::fail(const QString &message)
{
    m_error = message;
    qWarning("TestCa: %s", qPrintable(message));
    return false;
}

bool TestCa::writeFile(const QString &path, const QString &content)
{
    QFile file(path);
    const QByteArray data = content.toUtf8();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}
