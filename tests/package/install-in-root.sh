#!/usr/bin/env bash
# The .deb installed the way a user installs it, on a Debian 12 system that has nothing
# else: a minimal root made with debootstrap (once, kept outside the checkout), copied for
# each run through an overlay, in which `apt-get install ./xmpp-partners_*.deb` fetches the
# package's dependencies from the Debian archive (Depends only, no Recommends: what the
# program needs must be declared). Then the program prints its version, its desktop entry
# and AppStream metadata are validated, and it is started the way the desktop entry's Exec
# line says: it must still run a few seconds later with its window shown, without any
# error loading a library or a Qt plugin.
#
#   tests/package/install-in-root.sh BUILD_FOLDER    make the .deb with cpack, then check it
#   tests/package/install-in-root.sh PACKAGE.deb     check this package
#   tests/package/install-in-root.sh --prepare       only make the cached root
#
# Needs root (debootstrap, chroot, mounts) and, for the root and the dependencies, the
# Debian archive this machine's apt uses. Exits 77 (skipped) when it cannot run here.
# The root and the downloaded packages live in ${XMPP_PARTNERS_CACHE:-~/.cache/xmpp-partners}.
set -euo pipefail

SUITE=bookworm
SOURCE_DIR=$(cd "$(dirname "$0")/../.." && pwd)
CACHE_ROOT=${XMPP_PARTNERS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xmpp-partners}
BASE=$CACHE_ROOT/root-$SUITE
ARCHIVES=$CACHE_ROOT/root-$SUITE-archives
SKIP=77

say() { printf 'install-in-root: %s\n' "$*" >&2; }
fail() {
    say "FAIL: $*"
    exit 1
}
skip() {
    say "SKIPPED: $*"
    exit $SKIP
}

# The first URI of this machine's apt sources (deb822 or one-line) that serves the suite
# $1 (a regular expression) and, unless $2 is set, is not a security archive. Nothing is
# written here: the archive is always the one this machine already uses.
apt_source_uri() {
    local suite=$1 security=${2:-} f uri
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        uri=$(awk -v suite="$suite" -v security="$security" 'BEGIN { RS=""; FS="\n" }
            {
                uris=""; suites=""; types=""
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^Types:/)  { types=$i }
                    if ($i ~ /^URIs:/)   { uris=$i;   sub(/^URIs:[ \t]*/, "", uris) }
                    if ($i ~ /^Suites:/) { suites=$i; sub(/^Suites:[ \t]*/, "", suites) }
                }
                wanted = suites ~ ("(^| )" suite "( |$)") && (security != "" || uris !~ /security/)
                if (types ~ /(^|[ \t])deb([ \t]|$)/ && wanted) {
                    split(uris, u, " "); print u[1]; exit
                }
            }' "$f")
        [ -n "$uri" ] && { printf '%s' "$uri"; return 0; }
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        uri=$(awk -v suite="$suite" -v security="$security" '$1 == "deb" {
                   n = 0; u = ""; s = ""
                   for (i = 2; i <= NF; i++) {
                       if ($i ~ /^\[/ || $i ~ /\]$/) continue
                       if (++n == 1) u = $i
                       if (n == 2) { s = $i; break }
                   }
                   if (s ~ ("^" suite "$") && (security != "" || u !~ /security/)) { print u; exit }
               }' "$f")
        [ -n "$uri" ] && { printf '%s' "$uri"; return 0; }
    done
    return 1
}

# The Debian archive of this machine's apt sources, not the security one.
debian_mirror() {
    apt_source_uri "$SUITE" ||
        fail "no Debian $SUITE archive in this machine's apt sources (/etc/apt/sources.list, /etc/apt/sources.list.d/): add the one you use, then run again"
}

# The security archive of this machine's apt sources, if it has one.
debian_security_mirror() {
    apt_source_uri "$SUITE-security" security || true
}

# Mounts made by this run, unmounted in reverse order on every exit path.
MOUNTS=()
PIDS=()
WORK=
cleanup() {
    local i pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}" 2>/dev/null ||
            say "could not unmount ${MOUNTS[i]}"
    done
    [ -z "$WORK" ] || safe_remove "$WORK"
}

# Removes a folder, never through a mount inside it (a root left by an interrupted
# debootstrap may still have /proc, /sys or /dev mounted).
safe_remove() {
    local folder=$1 point
    [ -e "$folder" ] || return 0
    for point in $(awk -v prefix="$folder/" 'index($2, prefix) == 1 { print $2 }' /proc/self/mounts | sort -r); do
        umount "$point" 2>/dev/null || umount -l "$point" 2>/dev/null || true
    done
    if grep -qF " $folder/" /proc/self/mounts; then
        say "left $folder in place: something is still mounted there"
        return 1
    fi
    rm -rf --one-file-system "$folder"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_in() {
    mount "$@" || return 1
    MOUNTS+=("${!#}")
}

# Runs a command inside the root with a clean environment. It runs in the background and
# is waited for, so that a signal reaches the trap at once and the trap stops it.
in_root() {
    chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@" &
    local pid=$! status=0
    PIDS+=("$pid")
    wait "$pid" || status=$?
    forget "$pid"
    return $status
}

# Takes a process that has been waited for off the list the trap stops.
forget() {
    local kept=() pid
    for pid in "${PIDS[@]}"; do
        [ "$pid" = "$1" ] || kept+=("$pid")
    done
    PIDS=("${kept[@]}")
}

make_base() {
    [ -d "$BASE" ] && return 0
    command -v debootstrap >/dev/null || skip "debootstrap is not installed (apt-get install debootstrap)"
    local mirror partial=$BASE.partial start=$SECONDS
    mirror=$(debian_mirror)
    say "making a minimal Debian $SUITE root from $mirror in $BASE (once)"
    safe_remove "$partial" || fail "cannot remove the unfinished root $partial"
    mkdir -p "$CACHE_ROOT"
    debootstrap --variant=minbase "$SUITE" "$partial" "$mirror" >"$CACHE_ROOT/debootstrap.log" 2>&1 || {
        tail -20 "$CACHE_ROOT/debootstrap.log" >&2
        safe_remove "$partial" || true
        fail "debootstrap failed (log: $CACHE_ROOT/debootstrap.log)"
    }
    # The updates a Debian 12 system gets, from the archives this machine uses.
    local security
    security=$(debian_security_mirror)
    {
        printf 'deb %s %s main\n' "$mirror" "$SUITE"
        printf 'deb %s %s-updates main\n' "$mirror" "$SUITE"
        if [ -n "$security" ]; then
            printf 'deb %s %s-security main\n' "$security" "$SUITE"
        else
            say "this machine's apt sources have no $SUITE-security archive; the root gets none"
        fi
    } >"$partial/etc/apt/sources.list"
    # Publish the root only once it is complete, so an interrupted run is never reused.
    mv "$partial" "$BASE"
    say "root made in $((SECONDS - start)) s"
}

# The root of this run: the cached one under an overlay (or a copy where overlays are
# not available), so the cached root never changes.
make_run_root() {
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/xmpp-partners-root.XXXXXX")
    ROOT=$WORK/root
    mkdir -p "$WORK/upper" "$WORK/work" "$ROOT"
    if ! mount_in -t overlay overlay \
        -o "lowerdir=$BASE,upperdir=$WORK/upper,workdir=$WORK/work" "$ROOT" 2>/dev/null; then
        say "no overlay mount here; copying the root"
        cp -a "$BASE/." "$ROOT/"
    fi
    mount_in -t proc proc "$ROOT/proc"
    mount_in --bind /dev "$ROOT/dev"
    mkdir -p "$ARCHIVES/partial"
    mount_in --bind "$ARCHIVES" "$ROOT/var/cache/apt/archives"
    cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
}

# The .deb: given, or made with cpack from the build folder.
find_package() {
    local arg=$1
    if [ -f "$arg" ]; then
        DEB=$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")
        return 0
    fi
    [ -d "$arg" ] || fail "$arg is neither a .deb nor a build folder"
    local out=$WORK/cpack
    mkdir -p "$out"
    (cd "$arg" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || {
        cat "$out/cpack.log" >&2
        fail "cpack could not make the package"
    }
    DEB=$(ls "$out"/*.deb)
}

# The desktop entry's Exec line as words, its field codes replaced: %f %F %u %U by the
# file to open, %i %c %k removed, %% by %.
exec_words() {
    local desktop=$1 file=$2 line word
    line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
    [ -n "$line" ] || fail "the desktop entry has no Exec line"
    case $line in *\"* | *\'* | *\\*) fail "quoted Exec lines are not handled here: $line" ;; esac
    EXEC=()
    read -ra words <<<"$line"
    for word in "${words[@]}"; do
        case $word in
        %f | %F | %u | %U) EXEC+=("$file") ;;
        %i | %c | %k) ;;
        *) EXEC+=("${word//%%/%}") ;;
        esac
    done
}

# The main window on the display, as xwininfo lists it: titled with the file the desktop
# entry opened and the application's name, of the class the desktop entry expects.
main_window() {
    LC_ALL=C.UTF-8 xwininfo -display ":$1" -root -tree 2>/dev/null |
        grep -E '"partners\.json.* XMPP Federated Partners": \(' | grep -F "\"$WM_CLASS\"" | head -n 1 |
        sed 's/^ *[0-9a-fx]* //'
}

# Starts the program from its desktop entry, on this machine's Xvfb through the xcb plugin
# a desktop uses (or on the offscreen platform without Xvfb), and checks that it stays up
# with its window shown and no load error.
start_from_desktop_entry() {
    local desktop=$ROOT/usr/share/applications/xmpp-partners.desktop log=$WORK/program.log
    [ -f "$desktop" ] || fail "the package installs no desktop entry"
    cp "$SOURCE_DIR/resources/sample-partners.json" "$ROOT/root/partners.json"
    exec_words "$desktop" /root/partners.json
    WM_CLASS=$(sed -n 's/^StartupWMClass=//p' "$desktop" | head -n 1)
    [ -n "$WM_CLASS" ] || fail "the desktop entry has no StartupWMClass"
    say "starting: ${EXEC[*]}"
    mkdir -p "$ROOT/run/user/0"
    chmod 700 "$ROOT/run/user/0"

    local display_env=(QT_QPA_PLATFORM=offscreen) display=
    if command -v Xvfb >/dev/null; then
        local fifo=$WORK/display
        mkfifo "$fifo"
        Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$fifo" 2>"$WORK/xvfb.log" &
        PIDS+=($!)
        read -r display <"$fifo" || fail "Xvfb did not start: $(cat "$WORK/xvfb.log")"
        mkdir -p "$ROOT/tmp/.X11-unix"
        mount_in --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
        display_env=(DISPLAY=":$display")
        say "platform: xcb on Xvfb :$display"
    else
        say "platform: offscreen (no Xvfb here)"
    fi

    # exec all the way (subshell, chroot, env): $! is the program itself.
    (exec chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 XDG_RUNTIME_DIR=/run/user/0 "${display_env[@]}" "${EXEC[@]}") >"$log" 2>&1 &
    local pid=$!
    PIDS+=("$pid")

    # Up to 20 s for the window to come up, then it must still be running 3 s later.
    local shown=0 i
    for ((i = 0; i < 40; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        if [ -n "$display" ] && command -v xwininfo >/dev/null; then
            if [ -n "$(main_window "$display")" ]; then
                shown=1
                break
            fi
        elif [ "$i" -ge 6 ]; then
            shown=1
            break
        fi
        sleep 0.5
    done
    sleep 3
    if ! kill -0 "$pid" 2>/dev/null; then
        local status=0
        wait "$pid" || status=$?
        forget "$pid"
        cat "$log" >&2
        fail "the program started from the desktop entry exited (status $status)"
    fi
    [ "$shown" = 1 ] || {
        cat "$log" >&2
        fail "the program runs but shows no window \"partners.json — XMPP Federated Partners\" of class $WM_CLASS"
    }
    if grep -Eiq 'error while loading shared libraries|could not load the qt platform plugin|cannot load library|cannot open shared object|qt\.qpa\.plugin|failed to load' "$log"; then
        cat "$log" >&2
        fail "the program reported a library or plugin load error"
    fi
    if [ -n "$display" ] && command -v xwininfo >/dev/null; then
        say "window: $(main_window "$display")"
    fi
    # Every icon is an SVG: the SVG plugins (libqt6svg6, a declared dependency) must have
    # been found and loaded, which Qt would not report otherwise.
    local plugin
    for plugin in imageformats/libqsvg.so iconengines/libqsvgicon.so; do
        grep -q "/qt6/plugins/$plugin\$" "/proc/$pid/maps" || {
            grep -o '/qt6/plugins/.*' "/proc/$pid/maps" | sort -u >&2
            fail "the program did not load the Qt plugin $plugin"
        }
    done
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
    forget "$pid"
    [ -s "$log" ] && { say "the program printed:"; cat "$log" >&2; }
    return 0
}

main() {
    [ $# -eq 1 ] || {
        sed -n '11,14p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2
    }
    [ "$(id -u)" -eq 0 ] || skip "needs root for debootstrap, chroot and mounts"
    command -v chroot >/dev/null || skip "chroot is not available"
    local start=$SECONDS
    make_base
    [ "$1" = --prepare ] && return 0

    make_run_root
    find_package "$1"
    say "package: $(basename "$DEB") ($(du -k "$DEB" | cut -f1) KiB)"
    local version
    version=$(dpkg-deb -f "$DEB" Version)

    local before=$SECONDS
    in_root apt-get update -q >"$WORK/apt.log" 2>&1 || {
        cat "$WORK/apt.log" >&2
        fail "apt-get update failed in the root"
    }
    cp "$DEB" "$ROOT/tmp/"
    in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$DEB")" \
        >>"$WORK/apt.log" 2>&1 || {
        cat "$WORK/apt.log" >&2
        fail "apt-get could not install the package and its dependencies"
    }
    say "installed with $(grep -c '^Setting up' "$WORK/apt.log") packages in $((SECONDS - before)) s"
    in_root dpkg-query -W -f='${Status}\n' xmpp-partners | grep -q 'install ok installed' ||
        fail "xmpp-partners is not installed in the root"

    local banner
    banner=$(in_root xmpp-partners --version) || fail "xmpp-partners --version failed"
    grep -q "$version" <<<"$banner" || fail "--version says \"$banner\", the package $version"
    say "version: $banner"

    for file in usr/share/doc/xmpp-partners/copyright usr/share/doc/xmpp-partners/changelog.gz \
        usr/share/man/man1/xmpp-partners.1.gz usr/share/man/fr/man1/xmpp-partners.1.gz; do
        [ -f "$ROOT/$file" ] || fail "/$file is not installed"
    done
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$ROOT/usr/share/applications/xmpp-partners.desktop" ||
            fail "the installed desktop entry is not valid"
        say "desktop entry: valid"
    fi
    bash "$SOURCE_DIR/tests/package/validate-metainfo.sh" \
        "$ROOT/usr/share/metainfo/xmpp-partners.metainfo.xml" >&2 ||
        fail "the installed AppStream metadata is not valid"

    start_from_desktop_entry
    say "PASS in $((SECONDS - start)) s"
}

main "$@"
