#!/usr/bin/env bash
# The manual pages against the program: every option and argument that `--help` lists, in
# English and in French, is an entry of the OPTIONS section of the page in that language,
# with the value name --help gives it; every option the page describes is one --help lists;
# and man (as lintian runs it) and mandoc, when installed, format the page without a warning.
#   tests/package/check-manpages.sh PROGRAM ENGLISH_PAGE FRENCH_PAGE
set -euo pipefail
program=$1
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# The tags of the page's .TP entries, as text: fonts dropped, \- as -, no quotes.
tags() {
    awk 'previous == ".TP" { print } { previous = $1 }' "$1" |
        sed -E -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/^\.[A-Z]+ //' -e 's/"//g' -e 's/ +/ /g'
}

# One line per entry of --help: "OPTION[,OPTION] [VALUE]" or "@ARGUMENT".
help_entries() {
    local language=$1
    "$program" --lang "$language" --help | awk '
        /^[^ ].*:$/ { section = $0; next }
        /^  [^ ]/ {
            if ($1 ~ /^-/) {
                line = $0; sub(/^ +/, "", line)
                names = ""; value = ""
                while (match(line, /^-[-a-zA-Z0-9]+(, )?/)) {
                    name = substr(line, 1, RLENGTH); sub(/, $/, "", name)
                    names = names (names == "" ? "" : ",") name
                    line = substr(line, RLENGTH + 1)
                }
                if (match(line, /^ <[^>]+>/)) value = substr(line, 3, RLENGTH - 3)
                print names, value
            } else if (section ~ /^Arguments/) {
                print "@" $1
            }
        }'
}

check_page() {
    local language=$1 page=$2 entries names value name tag_lines found
    [ -f "$page" ] || {
        fail "$page does not exist"
        return
    }
    entries=$(help_entries "$language")
    [ -n "$entries" ] || {
        fail "--lang $language --help lists no option"
        return
    }
    tag_lines=$(tags "$page")
    while read -r names value; do
        if [[ $names == @* ]]; then
            grep -qxF "${names#@}" <<<"$tag_lines" ||
                fail "$page ($language): the argument ${names#@} is not described"
            continue
        fi
        IFS=, read -ra option_names <<<"$names"
        found=0
        while IFS= read -r tag; do
            local all=1
            for name in "${option_names[@]}"; do
                grep -Eq -- "(^| )${name}(,| |$)" <<<"$tag" || all=0
            done
            if [ $all = 1 ]; then
                found=1
                if [ -n "$value" ] && ! grep -qF -- " $value" <<<"$tag"; then
                    fail "$page ($language): $names takes $value according to --help, the page says \"$tag\""
                fi
                break
            fi
        done <<<"$tag_lines"
        [ $found = 1 ] || fail "$page ($language): the option $names is not described"
    done <<<"$entries"
    # And no option the program does not have.
    for name in $(grep -oE -- '(^| )--?[a-zA-Z0-9][-a-zA-Z0-9]*' <<<"$tag_lines" | tr -d ' ' | sort -u); do
        grep -Eq -- "(^|,)${name}(,| |$)" <<<"$entries" ||
            fail "$page ($language): describes $name, which --help does not list"
    done

    # Formatted as lintian formats it: man prints no warning.
    local warnings
    if command -v man >/dev/null; then
        warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=120 \
            man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    else
        warnings=$(preconv "$page" | groff -man -Tutf8 -ww -z 2>&1)
    fi
    [ -z "$warnings" ] || fail "$page: the formatter warns: $warnings"
    if command -v mandoc >/dev/null; then
        warnings=$(mandoc -T lint -W warning "$page" 2>&1) ||
            fail "$page: mandoc -T lint warns: $warnings"
    fi
    echo "$page ($language): $(wc -l <<<"$entries") entries of --help checked"
}

check_page en "$2"
check_page fr "$3"
[ $failures -eq 0 ] || exit 1
echo "PASS"
