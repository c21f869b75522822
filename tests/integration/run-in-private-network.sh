#!/bin/sh
# Runs a test (the command line given) in a private network and mount namespace of its own:
# only a loopback interface, and a private /etc/resolv.conf bind-mounted over the machine's,
# which the test may then point at its own DNS server (tst_probedialback: Prosody resolves
# the local domain to the tester's dialback listener). The machine's own network and DNS
# settings are never touched: both namespaces end with the test.
#
# Where namespaces cannot be made (not root, or a container that forbids them), the test
# runs as it is, without XP_PRIVATE_NETWORK, and skips what needs the namespace.
set -u
if [ "${XP_PRIVATE_NETWORK:-}" = 1 ]; then
    exec "$@"
fi
if ! unshare --mount --net true 2>/dev/null; then
    echo "run-in-private-network: cannot make private namespaces here; running without" >&2
    exec "$@"
fi
exec unshare --mount --net -- sh -c '
    set -e
    ip link set lo up
    resolv=$(mktemp)
    trap "rm -f \"$resolv\"" EXIT
    echo "nameserver 127.0.0.1" >"$resolv"
    # A private mount propagation, so that the bind mount stays in this namespace.
    mount --make-rprivate /
    mount --bind "$resolv" /etc/resolv.conf
    XP_PRIVATE_NETWORK=1 "$@"
' run-in-private-network "$@"
