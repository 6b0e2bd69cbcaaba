#!/usr/bin/env bash
# Self-test for tests/http_server.py: start it on an ephemeral port, check a
# handful of routes with curl (127.0.0.1 only), stop it.  Exit 0 on success.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=${PYTHON:-python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/http_selftest.XXXXXX")
server_pid=

# stop_server SIGNAL: signal the server, wait up to 10 s, then SIGKILL it.
# Sets server_rc to its exit status.
server_rc=
stop_server() {
    local sig=$1 _
    server_rc=
    [ -n "$server_pid" ] || return 0
    kill "-$sig" "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid" 2>/dev/null
    server_rc=0
    wait "$server_pid" 2>/dev/null || server_rc=$?
    server_pid=
}

cleanup() {
    stop_server TERM || true
    rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
    echo "http_server_selftest: FAIL: $*" >&2
    if [ -s "$tmp/server.log" ]; then
        echo "--- server log ---" >&2
        tail -n 20 "$tmp/server.log" >&2
    fi
    exit 1
}

command -v curl >/dev/null || fail "curl not found"

# Never go through a proxy: only 127.0.0.1 is ever contacted.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
c() { curl -sS --noproxy 127.0.0.1 --max-time 10 "$@"; }

mkdir -p "$tmp/root/sub"
printf '<html><body><p>served from root</p></body></html>\n' >"$tmp/root/sub/doc.html"

"$python" "$here/http_server.py" --port-file "$tmp/port" --root "$tmp/root" \
    --lifetime 120 --verbose 2>"$tmp/server.log" &
server_pid=$!

deadline=$((SECONDS + 10))
while [ ! -s "$tmp/port" ]; do
    kill -0 "$server_pid" 2>/dev/null || fail "server exited during startup"
    [ "$SECONDS" -lt "$deadline" ] || fail "no port file after 10 s"
    sleep 0.1
done
port=$(cat "$tmp/port")
case "$port" in ''|*[!0-9]*) fail "bad port file content: '$port'";; esac
base="http://127.0.0.1:$port"

expect_status() { # URL EXPECTED [curl args...]
    local url=$1 want=$2 got
    shift 2
    got=$(c -o /dev/null -w '%{http_code}' "$@" "$base$url") || true
    [ "$got" = "$want" ] || fail "$url: status $got, expected $want"
}

header() { # URL NAME [curl args...] -> first value of header NAME, no CR
    local url=$1 name=$2 hdrs
    shift 2
    hdrs=$(c -o /dev/null -D - "$@" "$base$url" | tr -d '\r') || true
    awk -v n="$(echo "$name" | tr '[:upper:]' '[:lower:]')" \
        'found == 0 && tolower(substr($0, 1, length(n) + 1)) == n ":" {
             v = substr($0, length(n) + 2); sub(/^[ \t]+/, "", v); print v; found = 1
         }' <<<"$hdrs"
}

# Articles and plain status codes.
body=$(c "$base/page/alpha")
grep -q '<h1>Article alpha</h1>' <<<"$body" || fail "/page/alpha: missing title"
[ "$(grep -c '<p>' <<<"$body")" -ge 5 ] || fail "/page/alpha: too few paragraphs"
[ "$(header /page/alpha Content-Type)" = "text/html; charset=utf-8" ] ||
    fail "/page/alpha: wrong Content-Type"
expect_status /page/alpha 200
expect_status /no/such/route 404
expect_status /status/503 503
expect_status /status/204 204
c -I -o /dev/null "$base/page/alpha" || fail "HEAD /page/alpha failed"

# Redirects.
expect_status /redirect/3 302
[ "$(header /redirect/3 Location)" = "/redirect/2" ] || fail "/redirect/3: wrong Location"
[ "$(header /redirect/1 Location)" = "/page/redirected" ] || fail "/redirect/1: wrong Location"
out=$(c -L -o /dev/null -w '%{http_code} %{num_redirects}' "$base/redirect/3")
[ "$out" = "200 3" ] || fail "/redirect/3 followed: got '$out', expected '200 3'"
[ "$(header /loop Location)" = "/loop2" ] || fail "/loop: wrong Location"
[ "$(header /to-file Location)" = "file:///etc/passwd" ] || fail "/to-file: wrong Location"

# Conditional requests.
etag=$(header /etag/k1 ETag)
[ "$etag" = '"v1-k1"' ] || fail "/etag/k1: ETag is '$etag'"
expect_status /etag/k1 304 -H 'If-None-Match: "v1-k1"'
expect_status /etag/k1 200 -H 'If-None-Match: "other"'
expect_status /lastmod/k1 304 -H 'If-Modified-Since: Wed, 21 Oct 2015 07:28:00 GMT'
expect_status /lastmod/k1 200 -H 'If-Modified-Since: Tue, 20 Oct 2015 07:28:00 GMT'
expect_status /etag-change/k1 304 -H 'If-None-Match: "v1-k1"'
c -o /dev/null "$base/bump/k1"
expect_status /etag-change/k1 200 -H 'If-None-Match: "v1-k1"'
[ "$(header /etag-change/k1 ETag)" = '"v2-k1"' ] || fail "/etag-change/k1: not bumped"

# Compression.
[ "$(header /gzip/g Content-Encoding -H 'Accept-Encoding: gzip')" = "gzip" ] ||
    fail "/gzip/g: no Content-Encoding: gzip"
[ -z "$(header /gzip/g Content-Encoding)" ] ||
    fail "/gzip/g: compressed although gzip was not accepted"
grep -q '<h1>Gzip article g</h1>' <<<"$(c --compressed "$base/gzip/g")" ||
    fail "/gzip/g: body does not decode"
[ "$(header /deflate/d Content-Encoding -H 'Accept-Encoding: deflate')" = "deflate" ] ||
    fail "/deflate/d: no Content-Encoding: deflate"

# Retry state and counters.
expect_status /flaky/f1 500
expect_status /flaky/f1 200
expect_status /ratelimit/r1 429
[ "$(header /ratelimit/r2 Retry-After)" = "1" ] || fail "/ratelimit: no Retry-After: 1"
expect_status /ratelimit/r1 200
[ "$(c "$base/count/f1")" = "2" ] || fail "/count/f1 is not 2"

# Misc routes.
grep -q '^User-Agent: selftest-agent/1.0' <<<"$(c -A 'selftest-agent/1.0' "$base/headers")" ||
    fail "/headers: User-Agent not echoed"
[ "$(header /image Content-Type)" = "image/png" ] || fail "/image: wrong type"
[ -z "$(header /notype Content-Type)" ] || fail "/notype: has a Content-Type"
[ "$(c -o /dev/null -w '%{size_download}' "$base/big?mb=1")" = "1048576" ] ||
    fail "/big?mb=1: wrong size"
c -o "$tmp/links" "$base/links?n=250"
[ "$(grep -c 'Link number' "$tmp/links")" = "250" ] || fail "/links?n=250"
rc=0
c -o /dev/null --max-time 1 "$base/slow?delay=5" 2>/dev/null || rc=$?
[ "$rc" = 28 ] || fail "/slow?delay=5 with --max-time 1: curl exit $rc, expected 28"
expect_status /files/sub/doc.html 200
expect_status /files/nothing.html 404
expect_status /files/../http_server.py 403 --path-as-is

# Charset pages are served byte for byte, with the .ctype header if any.
for f in "$here"/data/charset/*.html; do
    name=$(basename "$f" .html)
    c -o "$tmp/got" "$base/charset/$name"
    cmp -s "$f" "$tmp/got" || fail "/charset/$name differs from $f"
done
[ "$(header /charset/cp1252-header Content-Type)" = "text/html; charset=windows-1252" ] ||
    fail "/charset/cp1252-header: wrong Content-Type"
[ "$(header /charset/latin1 Content-Type)" = "text/html" ] ||
    fail "/charset/latin1: wrong Content-Type"
"$python" "$here/data/charset/make.py" --check || fail "charset pages are out of date"

# Keep-alive: the second request must reuse the first connection.
out=$(c -o /dev/null -w '%{num_connects} ' "$base/page/a" -o /dev/null "$base/page/b")
[ "$out" = "1 0 " ] || fail "keep-alive: connects per request '$out', expected '1 0 '"

# A client that vanishes mid-response does not hurt the server.
c -o /dev/null --max-time 0.5 "$base/big?mb=200" 2>/dev/null || true
expect_status /page/after 200

# Clean shutdown on SIGTERM, port file removed.
stop_server TERM
[ "$server_rc" = 0 ] || fail "server exit status $server_rc after SIGTERM"
[ ! -e "$tmp/port" ] || fail "port file left behind"

echo "http_server_selftest: OK"
