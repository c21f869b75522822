#pragma once

#include "dns/dnssettings.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

// How connection tests run: the local XMPP domain they speak for, where they look up
// DNS, which certificates they trust and present, and how long they may take.
struct ProbeSettings
{
    static constexpr int DefaultStepTimeoutMs = 10'000;
    static constexpr int DefaultTotalBudgetMs = 30'000;
    static constexpr int DefaultParallelTests = 16;
    // The ranges the settings dialog, the saved settings and the command line accept.
    static constexpr int MinStepTimeoutMs = 1'000;
    static constexpr int MaxStepTimeoutMs = 600'000;
    static constexpr int MinTotalBudgetMs = 1'000;
    static constexpr int MaxTotalBudgetMs = 3'600'000;
    static constexpr int MinParallelTests = 1;
    static constexpr int MaxParallelTests = 256;
    static constexpr quint16 DefaultDialbackListenPort = 5269;
    static constexpr int MinRetestHours = 1;
    static constexpr int MaxRetestHours = 168; // a week

    QString localDomain;
    NameserverAddress nameserver; // isSystem(): the system's resolver (/etc/resolv.conf)
    // DS or DNSKEY records in zone-file format, trusted besides the root's (internal zones)
    QString trustAnchorFile;
    // Resolve from the root servers here instead of asking the DNS server or the system's
    // resolver: for a forwarder that strips DNSSEC records.
    bool validateFromRoot = false;
    QString extraCaFile; // PEM, trusted besides the system's CAs
    QString clientCertificateFile; // PEM with clientKeyFile, or PKCS#12 (.p12/.pfx) alone
    QString clientKeyFile;
    QByteArray clientKeyPassphrase;
    QString hostOverride; // host[:port] to connect to instead of DNS / proxy FQDN
    int stepTimeoutMs = DefaultStepTimeoutMs;
    int totalBudgetMs = DefaultTotalBudgetMs;
    int parallelTests = DefaultParallelTests;
    // While the window is open, Test all runs again every retestHours hours, quietly, and
    // the window says when a verdict got worse or a certificate nears its end; 0: never.
    int retestHours = 0;
    // After a successful handshake, also draw the server's TLS profile (TlsProfileProbe):
    // four more connections, one per TLS version. On for a single test; Test all and the
    // command line (unless --tls-profile) turn it off. Not saved.
    bool tlsProfile = true;
    // The stream header carries no `from`: a server refuses its own domain as a peer's
    // (Prosody: "Attempt to connect from a host we serve"), so the check of the local
    // deployment (DeploymentCheck) opens its streams without one. Not saved.
    bool omitStreamFrom = false;
    // Full server dialback (XEP-0220), an advanced option off by default: the test sends a
    // dialback key and answers, as the authoritative server of localDomain, the partner's
    // verification on a listener (DialbackListener) at this address and port. The partner
    // must reach the listener at localDomain's _xmpp-server SRV target and port.
    bool fullDialback = false;
    QHostAddress dialbackListenAddress {QHostAddress::Any}; // Any: every address
    quint16 dialbackListenPort = DefaultDialbackListenPort;
    // PEM files the listener presents on STARTTLS; empty: the client certificate above,
    // which also stands for localDomain.
    QString dialbackCertificateFile;
    QString dialbackKeyFile;

    DnsSettings dns() const { return {nameserver, trustAnchorFile, validateFromRoot}; }

    bool isPkcs12() const
    {
        return clientCertificateFile.endsWith(QStringLiteral(".p12"), Qt::CaseInsensitive)
            || clientCertificateFile.endsWith(QStringLiteral(".pfx"), Qt::CaseInsensitive);
    }
    // A client certificate is configured, which enables SASL EXTERNAL (XEP-0178).
    bool hasClientCertificate() const
    {
        return !clientCertificateFile.isEmpty() && (isPkcs12() || !clientKeyFile.isEmpty());
    }
};
