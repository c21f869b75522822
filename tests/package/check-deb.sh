#!/usr/bin/env bash
# The .deb as a user installs it: built with cpack from the build folder given, then
# read with dpkg-deb: its files, its dependencies, its licence and changelog, and the
# program it holds runs; lintian reports no error and no warning on it.
#   tests/package/check-deb.sh BUILD_FOLDER
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || {
    cat "$out/cpack.log" >&2
    fail "cpack could not make the package"
}
deb=$(ls "$out"/*.deb)
echo "package: $(basename "$deb")"

contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/xmpp-partners \
    ./usr/share/applications/xmpp-partners.desktop \
    ./usr/share/icons/hicolor/scalable/apps/xmpp-partners.svg \
    ./usr/share/metainfo/xmpp-partners.metainfo.xml \
    ./usr/share/man/man1/xmpp-partners.1.gz \
    ./usr/share/man/fr/man1/xmpp-partners.1.gz \
    ./usr/share/doc/xmpp-partners/copyright \
    ./usr/share/doc/xmpp-partners/changelog.gz; do
    grep -q " $file\$" <<<"$contents" || fail "$file is not in the package"
done
# Nothing of the build or the tests slips in.
if grep -Eq 'tst_|bench_|/include/|\.a$' <<<"$contents"; then
    fail "the package holds build or test files: $(grep -E 'tst_|bench_|/include/|\.a$' <<<"$contents")"
fi

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6xml6 libqt6printsupport6 libqt6svg6 libssl3; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
if grep -qi qxmpp <<<"$depends"; then
    fail "QXmpp is linked statically, yet the package depends on it"
fi
grep -q qt6-translations-l10n <<<"$(dpkg-deb -f "$deb" Recommends)" \
    || fail "Qt's French catalogue is not recommended"

version=$(dpkg-deb -f "$deb" Version)
dpkg-deb -x "$deb" "$out/root"
banner=$(QT_QPA_PLATFORM=offscreen "$out/root/usr/bin/xmpp-partners" --version)
grep -q "$version" <<<"$banner" || fail "--version says \"$banner\", the package $version"

grep -q '^Exec=xmpp-partners' "$out/root/usr/share/applications/xmpp-partners.desktop" \
    || fail "the desktop entry does not start the program"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$out/root/usr/share/applications/xmpp-partners.desktop" \
        || fail "the desktop entry is not valid"
fi
metainfo=$out/root/usr/share/metainfo/xmpp-partners.metainfo.xml
bash "$(dirname "$0")/validate-metainfo.sh" "$metainfo"
grep -q '<project_license>GPL-3.0-or-later</project_license>' "$metainfo" \
    || fail "the AppStream metadata does not give the licence GPL-3.0-or-later"
release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[ "$release" = "$version" ] \
    || fail "the latest release of the AppStream metadata is \"$release\", the package $version"

# The licence, machine-readable, and a changelog whose latest entry is this version.
copyright=$out/root/usr/share/doc/xmpp-partners/copyright
head -n 1 "$copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    || fail "the copyright file is not in the machine-readable format"
awk '/^Files: \*$/ { files = 1; next } files && /^License:/ { print $2; exit }' "$copyright" \
    | grep -qx 'GPL-3+' || fail "the copyright file does not put the program under GPL-3+"
latest=$(gzip -dc "$out/root/usr/share/doc/xmpp-partners/changelog.gz" | head -n 1)
grep -q "^xmpp-partners ($version) " <<<"$latest" \
    || fail "the changelog's latest entry is \"$latest\", the package $version"

# lintian: no error, no warning. Its informational tags are printed.
command -v lintian >/dev/null || fail "lintian is not installed (scripts/setup-deps installs it)"
lintian --display-info --fail-on error,warning "$deb" >"$out/lintian.log" 2>&1 && status=0 || status=$?
grep -v '^running with root privileges' "$out/lintian.log" || true
[ $status -eq 0 ] || fail "lintian reports errors or warnings (exit status $status)"
echo "PASS"
