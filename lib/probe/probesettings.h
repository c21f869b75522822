#pragma once

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

    QString localDomain;
    QHostAddress nameserver; // null: the system's resolver
    QString extraCaFile; // PEM, trusted besides the system's CAs
    QString clientCertificateFile; // PEM; with the key, enables SASL EXTERNAL
    QString clientKeyFile;
    QByteArray clientKeyPassphrase;
    QString hostOverride; // host[:port] to connect to instead of DNS / proxy FQDN
    int stepTimeoutMs = DefaultStepTimeoutMs;
    int totalBudgetMs = DefaultTotalBudgetMs;
    int parallelTests = DefaultParallelTests;
};
