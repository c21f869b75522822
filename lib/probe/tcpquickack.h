#pragma once

class QSslSocket;

// Keeps a connection's ACKs immediate. Linux delays the ACK of a small segment, by up to
// 40 ms, once a connection looks interactive (it enters that mode each time this side writes
// soon after reading). A server whose socket uses Nagle's algorithm, as Prosody's does by
// default, then holds its next small write until that ACK comes: after the TLS handshake the
// stream features come 40 ms late, behind a session ticket. Setting TCP_QUICKACK after each
// write leaves that mode, so the server's next segments are acknowledged at once. Where
// TCP_QUICKACK does not exist this does nothing.
class TcpQuickAck final
{
public:
    // From now on, for as long as `socket` lives: after every write, plain or encrypted.
    static void keepOn(QSslSocket *socket);
    // Once, now: false when the socket has no descriptor or the option cannot be set.
    static bool set(QSslSocket *socket);
};
