#include "prosodyserver.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

constexpr int Attempts = 3;
constexpr std::chrono::milliseconds PollInterval(20);

QString luaString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_qs);
    escaped.replace(u'"', u"\\\""_qs);
    escaped.replace(u'\n', u"\\n"_qs);
    return u'"' + escaped + u'"';
}

QString luaBool(bool value)
{
    return value ? u"true"_qs : u"false"_qs;
}

QString sslTable(const ProsodyServer::VirtualHost &host)
{
    QString table = u"{ certificate = "_qs + luaString(host.certificate) + u"; key = "_qs
        + luaString(host.key);
    if (!host.caFile.isEmpty())
        table += u"; cafile = "_qs + luaString(host.caFile);
    return table + u" }"_qs;
}

int remainingMs(const QDeadlineTimer &deadline, int atMost)
{
    return int(qBound(qint64(0), deadline.remainingTime(), qint64(atMost)));
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

ProsodyServer::ProsodyServer(const Options &options)
    : m_options(options)
{ }

ProsodyServer::~ProsodyServer()
{
    stop();
}

QString ProsodyServer::configPath() const
{
    return m_folder.filePath(u"prosody.cfg.lua"_qs);
}

QString ProsodyServer::logPath() const
{
    return m_folder.filePath(u"prosody.log"_qs);
}

QString ProsodyServer::logTail(int lines) const
{
    const QStringList all = readFile(logPath()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(qMax(0, all.size() - lines)).join(u'\n');
}

bool ProsodyServer::start(std::chrono::milliseconds timeout)
{
    stop();
    m_error.clear();
    if (!m_folder.isValid())
        return fail(u"cannot create a temporary folder: "_qs + m_folder.errorString());
    const QString program = ChildProcess::findProgram(u"prosody"_qs);
    if (program.isEmpty())
        return fail(u"prosody is not installed (apt-get install prosody)"_qs);
    if (m_options.virtualHosts.isEmpty())
        return fail(u"no virtual host configured"_qs);

    const QDeadlineTimer deadline(timeout);
    // Another process can take a port between pickPorts() and Prosody's bind; Prosody
    // then only logs it and runs on, so the log says when to retry with other ports.
    for (int attempt = 1; attempt <= Attempts; ++attempt) {
        if (!pickPorts())
            return fail(u"no free port on 127.0.0.1"_qs);
        if (!writeConfig())
            return fail(u"cannot write "_qs + configPath());
        QFile::remove(logPath()); // the log tail in errors is about this attempt only
        if (!m_process.start(program, {u"--config"_qs, configPath(), u"-F"_qs},
                             m_folder.filePath(u"prosody.out"_qs)))
            return fail(m_process.errorString());

        while (true) {
            const bool answers = answersStreamHeader(deadline);
            // Prosody opens all its ports before it answers on any, and logs one it could
            // not open; what answered is then someone else.
            if (readFile(logPath()).contains(u"Failed to open server port"_qs))
                break;
            if (answers) {
                if (!m_options.directTls || acceptsConnection(m_directTlsPort, deadline))
                    return true;
                fail(u"Prosody answers on 127.0.0.1:"_qs + QString::number(m_s2sPort)
                     + u" but does not listen for direct TLS on port "_qs
                     + QString::number(m_directTlsPort));
                m_process.stop();
                return false;
            }
            if (m_process.waitForExit(PollInterval)) {
                return fail(u"Prosody exited with code "_qs + QString::number(m_process.exitCode())
                            + u" before it answered on 127.0.0.1:"_qs + QString::number(m_s2sPort));
            }
            if (deadline.hasExpired()) {
                fail(u"Prosody did not answer a stream header on 127.0.0.1:"_qs
                     + QString::number(m_s2sPort) + u" within "_qs
                     + QString::number(timeout.count()) + u" ms"_qs);
                m_process.stop();
                return false;
            }
        }
        m_process.stop();
    }
    return fail(u"Prosody could not open its ports in "_qs + QString::number(Attempts)
                + u" attempts"_qs);
}

bool ProsodyServer::stop(std::chrono::milliseconds termTimeout)
{
    return m_process.stop(termTimeout);
}

bool ProsodyServer::pickPorts()
{
    // Both servers listen at once so that the two ports differ.
    QTcpServer s2s;
    QTcpServer directTls;
    if (!s2s.listen(QHostAddress::LocalHost, 0))
        return false;
    if (m_options.directTls && !directTls.listen(QHostAddress::LocalHost, 0))
        return false;
    m_s2sPort = s2s.serverPort();
    m_directTlsPort = m_options.directTls ? directTls.serverPort() : 0;
    return true;
}

bool ProsodyServer::writeConfig() const
{
    const QString dataPath = m_folder.filePath(u"data"_qs);
    const QString certificates = m_folder.filePath(u"certs"_qs);
    if (!QDir().mkpath(dataPath) || !QDir().mkpath(certificates))
        return false;

    QString config
        = u"-- Written by ProsodyServer (xmpp-partners tests/integration) for one test.\n"
          "run_as_root = true -- the test machines run as root\n"_qs;
    config += u"pidfile = "_qs + luaString(m_folder.filePath(u"prosody.pid"_qs)) + u'\n';
    config += u"data_path = "_qs + luaString(dataPath) + u'\n';
    // An empty folder: Prosody must not find certificates anywhere but in the config.
    config += u"certificates = "_qs + luaString(certificates) + u'\n';
    config += u"log = { { levels = { min = \"debug\" }; to = \"file\"; filename = "_qs
        + luaString(logPath()) + u" } }\n"_qs;
    config += u"interfaces = { \"127.0.0.1\" }\n"
              "c2s_ports = { }\n"
              "c2s_direct_tls_ports = { }\n"_qs;
    config += u"s2s_ports = { "_qs + QString::number(m_s2sPort) + u" }\n"_qs;
    config += u"s2s_direct_tls_ports = { "_qs
        + (m_options.directTls ? QString::number(m_directTlsPort) : QString()) + u" }\n"_qs;
    config += u"s2s_require_encryption = "_qs + luaBool(m_options.requireEncryption) + u'\n';
    config += u"s2s_secure_auth = "_qs + luaBool(m_options.secureAuth) + u'\n';
    // mod_s2s itself is always loaded.
    QString modules = u"\"tls\"; \"dialback\"; \"saslauth\""_qs;
    for (const QString &module : m_options.modules)
        modules += u"; "_qs + luaString(module);
    config += u"modules_enabled = { "_qs + modules + u" }\n"_qs;
    if (m_options.directTls) {
        // Without SNI a direct TLS client gets the first host's certificate, as from a
        // real server; with SNI, the host's own (s2s_direct_tls_ssl of its VirtualHost).
        for (const VirtualHost &host : m_options.virtualHosts) {
            if (host.tls && !host.certificate.isEmpty()) {
                config += u"s2s_direct_tls_ssl = "_qs + sslTable(host) + u'\n';
                break;
            }
        }
    }
    config += m_options.extraConfig + u'\n';

    for (const VirtualHost &host : m_options.virtualHosts) {
        config += u"\nVirtualHost "_qs + luaString(host.domain) + u'\n';
        if (!host.tls)
            config += u"    modules_disabled = { \"tls\" }\n"_qs;
        if (host.certificate.isEmpty())
            continue;
        config += u"    ssl = "_qs + sslTable(host) + u'\n';
        if (m_options.directTls && host.tls)
            config += u"    s2s_direct_tls_ssl = "_qs + sslTable(host) + u'\n';
    }

    QFile file(configPath());
    const QByteArray data = config.toUtf8();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool ProsodyServer::acceptsConnection(quint16 port, QDeadlineTimer deadline) const
{
    QTcpSocket socket;
    socket.connectToHost(address(), port);
    const bool connected = socket.waitForConnected(remainingMs(deadline, 1000));
    socket.abort();
    return connected;
}

bool ProsodyServer::answersStreamHeader(QDeadlineTimer deadline) const
{
    QTcpSocket socket;
    socket.connectToHost(address(), m_s2sPort);
    if (!socket.waitForConnected(remainingMs(deadline, 1000)))
        return false;
    const QString header = u"<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                           "xmlns:stream='http://etherx.jabber.org/streams' "
                           "xmlns:db='jabber:server:dialback' from='ready-probe.invalid' to='"_qs
        + m_options.virtualHosts.constFirst().domain + u"' version='1.0'>"_qs;
    socket.write(header.toUtf8());
    QByteArray reply;
    while (!reply.contains("</stream:features>") && !reply.contains("</stream:stream>")) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(remainingMs(deadline, 2000)))
            return false;
        reply += socket.readAll();
    }
    // Closed politely and to the end: a session still open when stop() follows at once
    // would make Prosody wait for it at shutdown.
    socket.write("</stream:stream>");
    if (socket.waitForBytesWritten(remainingMs(deadline, 1000)))
        socket.waitForDisconnected(remainingMs(deadline, 1000));
    return reply.contains("<stream:stream");
}

bool ProsodyServer::fail(const QString &message)
{
    m_error = message;
    const QString log = logTail();
    if (!log.isEmpty())
        m_error += u"\n--- end of "_qs + logPath() + u" ---\n"_qs + log;
    const QString output = m_process.outputTail();
    if (!output.isEmpty())
        m_error += u"\n--- Prosody's output ---\n"_qs + output;
    qWarning("ProsodyServer: %s", qPrintable(m_error));
    return false;
}
