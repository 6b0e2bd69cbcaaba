# Shared by the shell tests: strict locale, a temp dir removed on exit, the
# binary under test, and pass/fail counting with the closing summary line.
export LC_ALL=C.UTF-8
SRCDIR=$(cd -- "${srcdir:-.}" && pwd)
FIXTURES=$SRCDIR/fixtures
DECRUFT=${DECRUFT:-$PWD/decruft}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/decruft-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

pass() {
    passed=$((passed + 1))
    printf 'PASS: %s\n' "$1"
}

fail() {
    failed=$((failed + 1))
    printf 'FAIL: %s\n' "$1"
}

# Prints the summary line and exits non-zero when anything failed.
finish() {
    printf '%d passed, %d failed\n' "$passed" "$failed"
    [ "$failed" -eq 0 ]
    exit
}

# wait_for PATTERN: waits (up to 60 s) until a file matches the glob, so a
# test that interrupts a run mid-way does so once it has started, however
# loaded the machine. Returns non-zero when none came.
wait_for() {
    local i
    for i in $(seq 600); do
        compgen -G "$1" >/dev/null && return 0
        sleep 0.1
    done
    return 1
}
