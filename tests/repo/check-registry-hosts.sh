#!/usr/bin/env bash
# Fails when a tracked file of the repository names the host of a package registry this
# machine uses: the Debian archives of its apt sources and npm's registry. The hosts are
# read from the machine's own configuration, so none is written here either; scripts take
# mirrors from the apt configuration at run time instead (tests/package/install-in-root.sh).
#   check-registry-hosts.sh SOURCE_DIR [EXTRA_HOST...]   (extra hosts: for trying the check)
set -uo pipefail
SKIP=77
source_dir=${1:?usage: check-registry-hosts.sh SOURCE_DIR [EXTRA_HOST...]}
shift
cd "$source_dir" || exit 1
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || {
    echo "SKIPPED: $source_dir is not a git checkout; there are no tracked files to check"
    exit $SKIP
}

hosts=$(
    {
        for f in /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] && grep -h '^URIs:' "$f" | cut -d: -f2- | tr ' \t' '\n\n'
        done
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
            [ -f "$f" ] && awk '$1 == "deb" || $1 == "deb-src" {
                for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) { print $i; break } }' "$f"
        done
        command -v npm >/dev/null 2>&1 && npm config get registry 2>/dev/null
        printf '%s\n' "$@"
    } | sed -E 's#^[a-z+]+://##; s#^[^@/]*@##; s#[:/].*##' | grep -v '^$' | sort -u
)
[ -n "$hosts" ] || { echo "SKIPPED: this machine names no package registry"; exit $SKIP; }

status=0
for host in $hosts; do
    files=$(git grep -lIiF -e "$host" -- . | tr '\n' ' ')
    if [ -n "$files" ]; then
        echo "FAIL: the registry host $host is written in: $files"
        status=1
    else
        echo "ok: $host appears in no tracked file"
    fi
done
exit $status
