#pragma once

#include "childprocess.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>

// A Prosody 0.12 XMPP server as the s2s peer of a test, on 127.0.0.1 only, with its own
// config, data, pid file and log in its own temporary folder; never the system's
// service. start() picks free ports and returns once the s2s port answers a stream
// header; the destructor always stops it.
class ProsodyServer final
{
public:
    struct VirtualHost
    {
        QString domain;
        // PEM files. Without a certificate Prosody still offers STARTTLS and then fails
        // the handshake; set `tls` to false for a host that offers no TLS at all.
        QString certificate;
        QString key;
        // CAs trusted for the certificates of incoming servers (SASL EXTERNAL).
        QString caFile;
        bool tls = true; // false: mod_tls disabled for this host, no STARTTLS offered
    };

    struct Options
    {
        QList<VirtualHost> virtualHosts;
        bool requireEncryption = true; // s2s_require_encryption
        bool secureAuth = false; // s2s_secure_auth
        bool directTls = false; // also listen for XEP-0368 direct TLS (s2s_direct_tls_ports)
        // Modules loaded besides tls, dialback and saslauth, e.g. { "s2s_bidi", "disco",
        // "ping", "version" } for the round trip after SASL EXTERNAL.
        QStringList modules;
        QString extraConfig; // Lua appended to the global section, for anything else
    };

    explicit ProsodyServer(const Options &options);
    ~ProsodyServer();
    Q_DISABLE_COPY_MOVE(ProsodyServer)

    // Starts Prosody and waits until the s2s port answers a stream header. On failure
    // errorString() includes the end of Prosody's log.
    bool start(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // SIGTERM, then SIGKILL after `termTimeout`; true when it ended in time. Prosody ends
    // in a few ms, unless an s2s session is still open: then it waits for the peer to
    // close it, up to s2s_close_timeout (5 s), hence the short default.
    bool stop(std::chrono::milliseconds termTimeout = std::chrono::seconds(2));

    bool isRunning() const { return m_process.isRunning(); }
    qint64 processId() const { return m_process.processId(); }
    QString errorString() const { return m_error; }

    QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }
    quint16 s2sPort() const { return m_s2sPort; }
    quint16 directTlsPort() const { return m_directTlsPort; } // 0 without directTls
    QString folder() const { return m_folder.path(); }
    QString configPath() const;
    QString logPath() const;
    QString logTail(int lines = 40) const;
    const Options &options() const { return m_options; }

private:
    bool pickPorts();
    bool writeConfig() const;
    bool acceptsConnection(quint16 port, QDeadlineTimer deadline) const;
    // One attempt to connect and read the answer to a stream header.
    bool answersStreamHeader(QDeadlineTimer deadline) const;
    bool fail(const QString &message);

    Options m_options;
    QTemporaryDir m_folder;
    ChildProcess m_process;
    QString m_error;
    quint16 m_s2sPort = 0;
    quint16 m_directTlsPort = 0;
};
