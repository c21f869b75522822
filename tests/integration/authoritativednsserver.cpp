#include "authoritativednsserver.h"

#include "dnsready.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace {

constexpr std::chrono::milliseconds PollInterval(20);
const QString ReadyName = u"ready.example."_qs;

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(text.toUtf8()) == text.toUtf8().size();
}

QString soaAndNs(const QString &zone)
{
    return u"$TTL 300\n%1 IN SOA ns.example. hostmaster.example. 1 3600 600 86400 300\n"
           "%1 IN NS ns.example.\n"_qs.arg(zone);
}

} // namespace

AuthoritativeDnsServer::AuthoritativeDnsServer() = default;

AuthoritativeDnsServer::~AuthoritativeDnsServer()
{
    stop();
}

void AuthoritativeDnsServer::tamper(const QString &owner, const QString &type, const QString &data)
{
    m_tampering.append({owner, type, data});
}

bool AuthoritativeDnsServer::run(const QString &program, const QStringList &arguments,
                                 QString *output)
{
    const QString path = ChildProcess::findProgram(program);
    if (path.isEmpty())
        return fail(program + u" is not installed (apt-get install ldnsutils)"_qs);
    QProcess process;
    process.setWorkingDirectory(m_folder.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        return fail(program + u" failed: "_qs + QString::fromUtf8(process.readAll()));
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return true;
}

bool AuthoritativeDnsServer::writeZones()
{
    m_readyText = QString::number(QRandomGenerator::global()->generate64(), 16);
    QString signedZone = soaAndNs(SignedZone);
    signedZone += u"ns.example. IN A 127.0.0.1\n"_qs;
    // The delegation of the unsigned zone: NS, no DS.
    signedZone += UnsignedZone + u" IN NS ns.example.\n"_qs;
    signedZone += ReadyName + u" IN TXT \""_qs + m_readyText + u"\"\n"_qs;
    for (const QString &record : std::as_const(m_signed))
        signedZone += record + u'\n';
    QString unsignedZone = soaAndNs(UnsignedZone);
    for (const QString &record : std::as_const(m_unsigned))
        unsignedZone += record + u'\n';
    if (!writeFile(m_folder.filePath(u"example.zone"_qs), signedZone)
        || !writeFile(m_folder.filePath(u"plain.zone"_qs), unsignedZone))
        return fail(u"cannot write the zone files in "_qs + m_folder.path());
    return true;
}

bool AuthoritativeDnsServer::signZone()
{
    // One key signs everything (a combined signing key), its DS the trust anchor.
    QString key;
    if (!run(u"ldns-keygen"_qs, {u"-a"_qs, u"ECDSAP256SHA256"_qs, u"-k"_qs, SignedZone}, &key))
        return false;
    key = key.section(u'\n', -1).trimmed();
    if (!run(u"ldns-signzone"_qs, {u"example.zone"_qs, key}, nullptr))
        return false;
    m_trustAnchorFile = m_folder.filePath(key + u".ds"_qs);
    if (!QFile::exists(m_trustAnchorFile))
        return fail(u"ldns-keygen wrote no DS record ("_qs + m_trustAnchorFile + u')');
    return true;
}

bool AuthoritativeDnsServer::applyTampering()
{
    if (m_tampering.isEmpty())
        return true;
    const QString path = m_folder.filePath(u"example.zone.signed"_qs);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read "_qs + path);
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    file.close();
    for (const Tamper &change : std::as_const(m_tampering)) {
        bool found = false;
        for (QString &line : lines) {
            // ldns-signzone writes "owner<TAB>ttl<TAB>IN<TAB>TYPE<TAB>data".
            const QStringList fields = line.split(u'\t');
            if (fields.size() >= 5 && fields.at(0) == change.owner && fields.at(3) == change.type) {
                line = fields.mid(0, 4).join(u'\t') + u'\t' + change.data;
                found = true;
            }
        }
        if (!found)
            return fail(
                u"nothing to tamper with: no %1 record at %2"_qs.arg(change.type, change.owner));
    }
    if (!writeFile(path, lines.join(u'\n')))
        return fail(u"cannot write "_qs + path);
    return true;
}

bool AuthoritativeDnsServer::writeConfig(quint16 port)
{
    const QString dir = m_folder.path();
    const QString config = uR"(server:
    ip-address: 127.0.0.1@%2
    port: %2
    username: ""
    chroot: ""
    zonesdir: "%1"
    database: ""
    zonelistfile: "%1/zone.list"
    xfrdfile: "%1/xfrd.state"
    xfrdir: "%1"
    pidfile: "%1/nsd.pid"
    server-count: 1
    verbosity: 1
remote-control:
    control-enable: no
zone:
    name: "example."
    zonefile: "example.zone.signed"
zone:
    name: "plain.example."
    zonefile: "plain.zone"
)"_qs.arg(dir, QString::number(port));
    if (!writeFile(m_folder.filePath(u"nsd.conf"_qs), config))
        return fail(u"cannot write nsd.conf"_qs);
    return true;
}

bool AuthoritativeDnsServer::start(std::chrono::milliseconds timeout)
{
    stop();
    m_error.clear();
    m_port = 0;
    if (!m_folder.isValid())
        return fail(u"cannot create a temporary folder: "_qs + m_folder.errorString());
    const QString program = ChildProcess::findProgram(u"nsd"_qs);
    if (program.isEmpty())
        return fail(u"NSD is not installed (apt-get install nsd)"_qs);
    if (!writeZones() || !signZone() || !applyTampering())
        return false;
    const QDeadlineTimer deadline(timeout);
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 port = freeDnsPort();
        if (port == 0 || !writeConfig(port))
            return fail(u"no free port on 127.0.0.1"_qs);
        const QString logFile = m_folder.filePath(u"nsd.log"_qs);
        QFile::remove(logFile);
        if (!m_process.start(program, {u"-d"_qs, u"-c"_qs, m_folder.filePath(u"nsd.conf"_qs)},
                             logFile))
            return fail(m_process.errorString());
        while (true) {
            if (dnsAnswersTxt(address(), port, ReadyName, m_readyText.toLatin1(), deadline)) {
                m_port = port;
                return true;
            }
            if (m_process.waitForExit(PollInterval)) {
                if (m_process.outputTail().contains(u"already in use"_qs))
                    break; // taken in between: another port
                return fail(u"nsd exited with code "_qs + QString::number(m_process.exitCode()));
            }
            if (deadline.hasExpired()) {
                m_process.stop();
                return fail(u"nsd did not answer on 127.0.0.1 port %1 in time"_qs.arg(port));
            }
        }
    }
    return fail(u"every free port found on 127.0.0.1 was taken before nsd started"_qs);
}

bool AuthoritativeDnsServer::stop(std::chrono::milliseconds termTimeout)
{
    return m_process.stop(termTimeout);
}

bool AuthoritativeDnsServer::fail(const QString &message)
{
    m_error = message;
    const QString output = m_process.outputTail();
    if (!output.isEmpty())
        m_error += u"\n--- nsd's output ---\n"_qs + output;
    qWarning("AuthoritativeDnsServer: %s", qPrintable(m_error));
    return false;
}
