#include "dnsserver.h"

#include "dnsready.h"

#include <QFile>
#include <QRandomGenerator>
#include <QUdpSocket>

namespace {

constexpr std::chrono::milliseconds PollInterval(20);

QString randomHex()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

} // namespace

DnsServer::DnsServer() = default;

DnsServer::~DnsServer()
{
    stop();
}

void DnsServer::addSrvRecord(const QString &name, const QString &target, quint16 port,
                             quint16 priority, quint16 weight)
{
    m_records.append(u"--srv-host=%1,%2,%3,%4,%5"_qs.arg(
        name, target, QString::number(port), QString::number(priority), QString::number(weight)));
}

void DnsServer::addNoServiceRecord(const QString &name)
{
    m_records.append(u"--srv-host="_qs + name);
}

void DnsServer::addAddress(const QString &name, const QHostAddress &address)
{
    m_records.append(u"--host-record="_qs + name + u',' + address.toString());
}

void DnsServer::addOption(const QString &option)
{
    m_records.append(option);
}

QList<QHostAddress> DnsServer::candidateAddresses()
{
    QList<QHostAddress> addresses {QHostAddress(u"127.0.0.53"_qs)};
    for (int i = 1; i <= 16; ++i)
        addresses.append(QHostAddress(u"127.53.0."_qs + QString::number(i)));
    return addresses;
}

bool DnsServer::start(std::chrono::milliseconds timeout)
{
    stop();
    m_error.clear();
    m_address.clear();
    if (!m_folder.isValid())
        return fail(u"cannot create a temporary folder: "_qs + m_folder.errorString());
    const QString program = ChildProcess::findProgram(u"dnsmasq"_qs);
    if (program.isEmpty())
        return fail(u"dnsmasq is not installed (apt-get install dnsmasq-base)"_qs);
    // The query start() waits for has an answer only this instance knows, so that a
    // dnsmasq left on the address by someone else cannot pass for this one.
    m_readyName = u"ready-"_qs + randomHex() + u".dnsserver.invalid"_qs;
    m_readyText = randomHex();

    const QDeadlineTimer deadline(timeout);
    if (!m_port53) {
        // A free port of 127.0.0.1; taken in between by someone else, another one.
        for (int attempt = 0; attempt < 5; ++attempt) {
            const quint16 port = freeDnsPort();
            if (port == 0)
                return fail(u"no free port on 127.0.0.1"_qs);
            switch (startOn(program, QHostAddress(QHostAddress::LocalHost), port, deadline)) {
            case Attempt::Started:
                m_address = QHostAddress(QHostAddress::LocalHost);
                m_port = port;
                return true;
            case Attempt::AddressTaken:
                continue;
            case Attempt::Failed:
                return false;
            }
        }
        return fail(u"every free port found on 127.0.0.1 was taken before dnsmasq started"_qs);
    }
    QStringList taken;
    for (const QHostAddress &address : candidateAddresses()) {
        switch (startOn(program, address, 53, deadline)) {
        case Attempt::Started:
            m_address = address;
            m_port = 53;
            return true;
        case Attempt::AddressTaken:
            taken.append(address.toString());
            continue;
        case Attempt::Failed:
            return false;
        }
    }
    return fail(u"port 53 is taken on every candidate address: "_qs + taken.join(u", "_qs));
}

DnsServer::Attempt DnsServer::startOn(const QString &program, const QHostAddress &address,
                                      quint16 port, const QDeadlineTimer &deadline)
{
    // Cheap check first; dnsmasq itself also says when the address is taken (it can be
    // taken in between).
    {
        QUdpSocket probe;
        if (!probe.bind(address, port, QAbstractSocket::DontShareAddress)) {
            if (probe.error() == QAbstractSocket::SocketAccessError) {
                fail(u"no permission to listen on port %1 of %2"_qs.arg(port).arg(
                    address.toString()));
                return Attempt::Failed;
            }
            return Attempt::AddressTaken;
        }
    }

    const QString logFile = m_folder.filePath(u"dnsmasq.log"_qs);
    QFile::remove(logFile);
    QStringList arguments {
        u"--no-daemon"_qs, // foreground, no pid file, keeps its user
        u"--conf-file=/dev/null"_qs, // not /etc/dnsmasq.conf
        u"--log-facility=-"_qs, // stderr only, not syslog
        u"--log-queries"_qs,
        u"--no-resolv"_qs,
        u"--no-hosts"_qs,
        u"--no-poll"_qs,
        u"--listen-address="_qs + address.toString(),
        u"--bind-interfaces"_qs,
        u"--port="_qs + QString::number(port),
        u"--local=/#/"_qs, // NXDOMAIN for anything not configured, nothing forwarded
        u"--txt-record="_qs + m_readyName + u',' + m_readyText,
    };
    arguments += m_records;
    if (!m_process.start(program, arguments, logFile)) {
        fail(m_process.errorString());
        return Attempt::Failed;
    }
    while (true) {
        if (dnsAnswersTxt(address, port, m_readyName, m_readyText.toLatin1(), deadline))
            return Attempt::Started;
        if (m_process.waitForExit(PollInterval)) {
            if (m_process.outputTail().contains(u"Address already in use"_qs))
                return Attempt::AddressTaken;
            fail(u"dnsmasq exited with code "_qs + QString::number(m_process.exitCode()));
            return Attempt::Failed;
        }
        if (deadline.hasExpired()) {
            fail(u"dnsmasq did not answer on "_qs + address.toString() + u" in time"_qs);
            m_process.stop();
            return Attempt::Failed;
        }
    }
}

bool DnsServer::stop(std::chrono::milliseconds termTimeout)
{
    return m_process.stop(termTimeout);
}

bool DnsServer::fail(const QString &message)
{
    m_error = message;
    const QString output = m_process.outputTail();
    if (!output.isEmpty())
        m_error += u"\n--- dnsmasq's output ---\n"_qs + output;
    qWarning("DnsServer: %s", qPrintable(m_error));
    return false;
}
