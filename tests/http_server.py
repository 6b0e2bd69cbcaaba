#!/usr/bin/env python3
"""Local HTTP test server for decruft's integration tests.

Standard library only.  Binds 127.0.0.1 on an ephemeral port and never
contacts any other host.

Usage:
    python3 tests/http_server.py --port-file FILE [--root DIR]
                                 [--lifetime SECONDS] [--verbose]

Once listening, the port number is written to FILE atomically (temporary
file + rename).  The server stops cleanly on SIGTERM/SIGINT, or by itself
after --lifetime seconds (default 600), and then removes FILE.  It speaks
HTTP/1.1 with keep-alive and always sends Content-Length (except for 204
and 304 answers, which have no body by definition).

Routes (GET; HEAD gives the same status and headers without a body).
Article pages have a nav, an <h1>, 4-6 paragraphs and a footer; the
<title> equals the <h1>, and the <h1> and first paragraph name the route:

  /page/<name>              article, text/html; charset=utf-8, title "Article <name>"
  /delay/<ms>/page/<name>   same as /page/<name> after sleeping <ms> milliseconds
  /redirect/<n>             302 -> /redirect/<n-1> ... /redirect/1 -> /page/redirected
  /loop, /loop2             302 to each other forever
  /to-file                  302 to file:///etc/passwd
  /to-ftp                   302 to ftp://127.0.0.1/x
  /to-cred/<name>           302 to http://user:Sekr1t-redirect@<this server>/page/<name>
  /status/<code>            that status (200-599) with a small HTML body
  /flaky/<key>              500 the first time per key, then "Flaky article <key>"
  /flaky3/<key>             500 three times per key, then "Flaky3 article <key>"
  /ratelimit/<key>          429 + Retry-After: 1 the first time per key,
                            then "Rate-limited article <key>"
  /count/<key>              text/plain: requests seen so far for <key> on any
                            keyed route (page, delay, flaky, flaky3, ratelimit,
                            gzip, deflate, etag, lastmod, etag-change, charset,
                            hang, hold, etag-odd, moving, retry-after,
                            raw/status, raw/cookies, halves)
  /slow?delay=S             sleeps S seconds, then "Slow article"
  /slow-body?delay=S        headers + half of "Slow body article" at once, the
                            rest after S seconds
  /big?mb=N                 valid HTML page of exactly N MiB, streamed
  /gzip/<name>              "Gzip article <name>", Content-Encoding: gzip when the
                            request's Accept-Encoding lists gzip, plain otherwise
  /deflate/<name>           likewise with deflate (zlib format), "Deflate article <name>"
  /image, /pdf, /json       image/png, application/pdf, application/json bodies
  /notype                   HTML article "Untyped article" without Content-Type
  /charset/<name>           tests/data/charset/<name>.html with the Content-Type
                            from <name>.ctype, or "text/html" if there is none
  /etag/<key>               "ETag article <key>", ETag "v1-<key>"; 304 on If-None-Match
  /lastmod/<key>            "Last-Modified article <key>", Last-Modified
                            Wed, 21 Oct 2015 07:28:00 GMT; 304 when
                            If-Modified-Since is equal or later
  /etag-change/<key>        "Changing article <key> version <v>", ETag "v<v>-<key>"
                            and Last-Modified 21 Oct 2015 + (v-1) days; 304 as above
  /bump/<key>               increments <v> for /etag-change/<key> and /moving/<key>
                            (text/plain)
  /headers                  the request headers echoed as text/plain
  /hang/<key>               reads the request and never answers (until the
                            server stops)
  /hold/<key>?ms=N          "Article <key>" after sleeping N milliseconds (default 300)
  /to?url=URL               302 to URL (any, also on another server)
  /etag-odd/<kind>/<key>    "Odd ETag article <key>" with a malformed ETag:
                            kind cr holds a bare CR, kind long is 300 bytes
  /moving/<key>?to=URL      "Moving article <key>" with ETag "m1-<key>" (304 on
                            If-None-Match) until /bump/<key>, then 302 to URL
  /log                      JSON, one object a line, for every request but /log:
                            {"path", "start", "end", "inm", "ims"}: the path with
                            its query, monotonic seconds when the request was read
                            and answered (null while unanswered), the
                            If-None-Match and If-Modified-Since headers (or null)
  /links?n=N                HTML page with N links, streamed
  /files/<path>             file below --root DIR as text/html; 403 for "..",
                            404 without --root

  Fetch limits (answers no well-behaved server gives):
  /endless?pause=S          HTML without Content-Length, streamed until the
                            client hangs up, S seconds (default 0) between
                            chunks of about 70 KB
  /halves/<key>?kb=N&delay=S  an N KiB article (default 1024), half at once, the
                            rest after S seconds (default 1); counted under <key>
  /retry-after/<key>?v=V[&code=N]  status N (default 503) with Retry-After: V,
                            every time
  /gaps/<key>               milliseconds between the requests for <key> on any
                            keyed route, one a line
  /raw/status/<code>        status line "HTTP/1.1 <code> Odd" (any 1-4 digits);
                            counted under key raw-<code>
  /raw/nocode               status line "HTTP/1.1" without a code
  /raw/http09               an HTTP/0.9 answer: the body alone
  /raw/long-header?kb=N     one header line of N KiB (default 200)
  /raw/cookies/<key>?n=N    N Set-Cookie headers (default 10000)
  anything else             404
"""

import argparse
import email.utils
import gzip
import html
import json
import os
import re
import signal
import socket
import socketserver
import struct
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
CHARSET_DIR = os.path.join(HERE, "data", "charset")

SITE = "The Harbour Gazette"
MAX_DELAY = 600.0
MAX_MB = 4096.0
MAX_LINKS = 20_000_000
LASTMOD_BASE = 1445412480  # Wed, 21 Oct 2015 07:28:00 GMT
CONN_ERRORS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError,
               socket.timeout)

# Body paragraphs shared by all generated articles.  ASCII only, so that
# character counts equal byte counts (the /big page relies on this).
PROSE = [
    "The council first discussed the proposal in the spring, when a group of "
    "shopkeepers complained that the new parking rules had emptied the high "
    "street on weekday afternoons. Several members argued that the problem was "
    "not the rules themselves but the lack of signs explaining them, and asked "
    "officers to report back before the summer recess.",

    "By the time the report arrived, the picture had become more complicated. "
    "Footfall figures collected by the traders' association suggested that "
    "visitor numbers had fallen by almost a fifth, but the same figures showed "
    "a sharp rise in deliveries, as more residents chose to order goods online "
    "rather than make the short walk into town.",

    "Engineers who inspected the old swing bridge last month found that two of "
    "the four main bearings had worn far beyond what the original designers "
    "expected. The bridge, which opens several times a day to let fishing boats "
    "through, will remain in service for now, although heavy lorries have been "
    "asked to use the ring road until repairs are complete.",

    "Local historians point out that the harbour has been rebuilt at least "
    "three times since the eighteenth century, each time after a storm carried "
    "away part of the outer wall. The most recent rebuilding, finished in the "
    "nineteen sixties, used concrete blocks cast on the beach and floated into "
    "place at high tide by a crew of volunteers.",

    "Not everyone is convinced that the plan will work. A retired ferry captain "
    "who has lived on the quay for forty years said that every generation of "
    "planners promised to bring the waterfront back to life, and that each of "
    "them underestimated how quickly the sea and the weather undo the work of "
    "even the most careful builders.",

    "The library will host a series of evening talks throughout the autumn, "
    "covering subjects as varied as coastal birds, the history of the lifeboat "
    "station and the small pottery that once employed half the village. Tickets "
    "are free, but organisers ask that visitors book a place in advance because "
    "the reading room holds only sixty people.",

    "Farmers on the hills above the town say the dry summer has left them "
    "with less hay than they will need for the winter. Some have already begun "
    "selling part of their flocks, while others are hoping that a wet September "
    "will give the pastures time to recover before the first frosts arrive in "
    "the valleys.",

    "The school's new science block opened its doors this week after nearly two "
    "years of building work. Pupils moved their own equipment across the "
    "playground on the first morning, and the head teacher said she hoped the "
    "bright laboratories would persuade more of them to study chemistry and "
    "physics when they reach the sixth form.",

    "Volunteers spent the weekend clearing litter from the dunes north of the "
    "lighthouse, filling more than two hundred bags with plastic bottles, "
    "fishing line and the remains of a wooden boat that had washed ashore "
    "during the winter storms. The organisers plan to repeat the clean-up every "
    "season and are looking for more helpers.",

    "Residents who attended Thursday's meeting were told that the bus timetable "
    "would change again in January, with fewer services on the coast road but "
    "a new direct link to the hospital. Several people asked whether the late "
    "evening bus would survive the changes, and were promised an answer by the "
    "end of the month.",
]

NAV_LINKS = [
    ("/page/home", "Home"),
    ("/page/news", "News"),
    ("/page/sport", "Sport"),
    ("/page/culture", "Culture"),
    ("/page/weather", "Weather"),
]


def _seed(text):
    return zlib.crc32(text.encode("utf-8", "surrogateescape"))


def lead_paragraph(subject):
    """First paragraph; names the route so tests can tell pages apart."""
    return ("Residents of the harbour district woke early on Tuesday to find that "
            "the story of %s had already travelled the length of the coast, "
            "carried by fishermen, delivery drivers and a handful of commuters "
            "who compared notes over coffee before the first ferry left the "
            "quay." % subject)


def page_head(title):
    t = html.escape(title)
    nav = "\n".join('<li><a href="%s">%s</a></li>' % (href, label)
                    for href, label in NAV_LINKS)
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<title>%s</title>\n</head>\n<body>\n<header>\n'
            '<div class="masthead"><a href="/page/home">%s</a></div>\n'
            '<nav class="main-nav"><ul>\n%s\n</ul></nav>\n</header>\n'
            '<main>\n<article>\n<h1>%s</h1>\n' % (t, SITE, nav, t))


PAGE_TAIL = ('</article>\n</main>\n<footer>\n'
             '<p>&copy; 2024 %s. All rights reserved.</p>\n'
             '<ul><li><a href="/page/contact">Contact us</a></li>'
             '<li><a href="/page/privacy">Privacy policy</a></li>'
             '<li><a href="/page/advertise">Advertise</a></li></ul>\n'
             '</footer>\n</body>\n</html>\n' % SITE)


def article_html(title, subject, extra=""):
    """A small realistic article: lead + 3-5 body paragraphs (4-6 total)."""
    seed = _seed(title)
    count = 3 + seed % 3
    start = (seed >> 8) % len(PROSE)
    lead = lead_paragraph(subject) + extra
    paras = [lead] + [PROSE[(start + i) % len(PROSE)] for i in range(count)]
    body = "".join("<p>%s</p>\n" % html.escape(p, quote=False) for p in paras)
    return (page_head(title) + body + PAGE_TAIL).encode("utf-8")


def status_html(code, phrase):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            '<title>%d %s</title></head>\n<body><h1>%d %s</h1>\n'
            '<p>The test server answered with status %d.</p>\n</body></html>\n'
            % (code, phrase, code, phrase, code)).encode("utf-8")


def make_png(width=8, height=8):
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\xcc\x33\x33" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def make_pdf():
    stream = b"BT /F1 18 Tf 72 720 Td (Not an HTML article) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)


PNG = make_png()
PDF = make_pdf()
JSON = (b'{"title": "Not an article", "kind": "json", '
        b'"items": [1, 2, 3], "html": "<p>not markup</p>"}\n')


def http_date(ts):
    return email.utils.formatdate(ts, usegmt=True)


class State:
    """In-memory per-key state shared by all handler threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}     # key -> requests on any keyed route
        self.seen = {}       # (route, key) -> requests on that route
        self.versions = {}   # key -> /etag-change version
        self.log = []        # one dict per request, for /log
        self.times = {}      # key -> monotonic times of its requests

    def hit(self, route, key):
        """Record a request; return how many times (route, key) was seen before."""
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1
            self.times.setdefault(key, []).append(time.monotonic())
            before = self.seen.get((route, key), 0)
            self.seen[(route, key)] = before + 1
            return before

    def gaps(self, key):
        with self.lock:
            t = self.times.get(key, [])
            return [(b - a) * 1000 for a, b in zip(t, t[1:])]

    def count(self, key):
        with self.lock:
            return self.counts.get(key, 0)

    def version(self, key):
        with self.lock:
            return self.versions.get(key, 1)

    def log_start(self, entry):
        with self.lock:
            self.log.append(entry)

    def log_end(self, entry):
        with self.lock:
            entry["end"] = time.monotonic()

    def log_lines(self):
        with self.lock:
            return "".join(json.dumps(e) + "\n" for e in self.log)

    def bump(self, key):
        with self.lock:
            v = self.versions.get(key, 1) + 1
            self.versions[key] = v
            return v


class BadRequest(Exception):
    pass


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "DecruftTestServer/1.0"
    timeout = 120  # idle keep-alive connections are dropped after this

    # ----------------------------------------------------------------- plumbing
    def log_message(self, fmt, *args):
        if self.server.verbose:
            sys.stderr.write("http_server: %s - %s\n"
                             % (self.address_string(), fmt % args))

    def do_GET(self):
        self._run()

    def do_HEAD(self):
        self._run()

    def _run(self):
        entry = None
        if self.path != "/log":
            entry = {"path": self.path, "start": time.monotonic(), "end": None,
                     "inm": self.headers.get("If-None-Match"),
                     "ims": self.headers.get("If-Modified-Since")}
            self.server.state.log_start(entry)
        try:
            self.dispatch()
        except CONN_ERRORS:
            self.close_connection = True
        except BadRequest as e:
            self.send_simple(400, str(e) + "\n")
        finally:
            if entry is not None:
                self.server.state.log_end(entry)

    def send_simple(self, code, text, ctype="text/plain; charset=utf-8",
                    headers=()):
        self.send_bytes(code, text.encode("utf-8"), ctype, headers)

    def send_bytes(self, code, body, ctype="text/html; charset=utf-8",
                   headers=()):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_no_body(self, code, headers=()):
        """204/304: no body, no Content-Length."""
        self.send_response(code)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()

    def send_stream(self, length, chunks, ctype="text/html; charset=utf-8"):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(length))
        self.end_headers()
        if self.command == "HEAD":
            return
        sent = 0
        for chunk in chunks:
            self.wfile.write(chunk)
            sent += len(chunk)
        if sent != length:  # must never happen; do not leave the client hanging
            self.close_connection = True

    def redirect(self, location, code=302):
        body = ('<!DOCTYPE html>\n<html><head><title>Moved</title></head>'
                '<body><p>Moved to <a href="%s">%s</a>.</p></body></html>\n'
                % (html.escape(location), html.escape(location)))
        self.send_bytes(code, body.encode("utf-8"),
                        headers=[("Location", location)])

    def not_found(self):
        self.send_bytes(404, status_html(404, "Not Found"))

    def article(self, title, subject, headers=(), extra=""):
        self.send_bytes(200, article_html(title, subject, extra), headers=headers)

    def qparam(self, name, default, lo, hi):
        values = self.query.get(name)
        if not values:
            return default
        try:
            v = float(values[0])
        except ValueError:
            raise BadRequest("bad %s parameter" % name)
        if not (v == v) or v < lo or v > hi:  # NaN or out of range
            raise BadRequest("%s must be between %g and %g" % (name, lo, hi))
        return v

    def accepts(self, coding):
        for part in self.headers.get_all("Accept-Encoding") or []:
            for item in part.split(","):
                token, _, params = item.partition(";")
                if token.strip().lower() not in (coding, "x-" + coding):
                    continue
                q = 1.0
                m = re.search(r"q\s*=\s*([0-9.]+)", params)
                if m:
                    try:
                        q = float(m.group(1))
                    except ValueError:
                        q = 0.0
                if q > 0:
                    return True
        return False

    def not_modified(self, etag, lastmod_ts):
        """Conditional GET: If-None-Match wins over If-Modified-Since."""
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            if etag is None:
                return False
            for tag in inm.split(","):
                tag = tag.strip()
                if tag.startswith("W/"):
                    tag = tag[2:]
                if tag == "*" or tag == etag:
                    return True
            return False
        ims = self.headers.get("If-Modified-Since")
        if ims is not None and lastmod_ts is not None:
            try:
                when = email.utils.parsedate_to_datetime(ims)
            except (TypeError, ValueError, IndexError):
                return False
            if when is None:
                return False
            if when.tzinfo is None:
                return False
            return when.timestamp() >= lastmod_ts
        return False

    def conditional_article(self, title, subject, etag=None, lastmod=None,
                            extra=""):
        headers = []
        if etag is not None:
            headers.append(("ETag", etag))
        if lastmod is not None:
            headers.append(("Last-Modified", http_date(lastmod)))
        if self.not_modified(etag, lastmod):
            self.send_no_body(304, headers)
        else:
            self.article(title, subject, headers, extra)

    # ------------------------------------------------------------------ routes
    ROUTES = []

    def dispatch(self):
        parts = urlsplit(self.path)
        self.query = parse_qs(parts.query)
        path = parts.path
        for regex, method in self.ROUTES:
            m = regex.fullmatch(path)
            if m:
                return method(self, *m.groups())
        return self.not_found()

    def route(pattern, _routes=ROUTES):
        def deco(fn):
            _routes.append((re.compile(pattern), fn))
            return fn
        return deco

    @route(r"/page/([^/]+)")
    def r_page(self, name):
        self.server.state.hit("page", name)
        self.article("Article " + name, name)

    @route(r"/delay/([0-9]{1,7})/page/([^/]+)")
    def r_delay_page(self, ms, name):
        time.sleep(min(int(ms) / 1000.0, MAX_DELAY))
        self.server.state.hit("page", name)
        self.article("Article " + name, name)

    @route(r"/redirect/([0-9]{1,6})")
    def r_redirect(self, n):
        n = int(n)
        self.redirect("/redirect/%d" % (n - 1) if n > 1 else "/page/redirected")

    @route(r"/loop")
    def r_loop(self):
        self.redirect("/loop2")

    @route(r"/loop2")
    def r_loop2(self):
        self.redirect("/loop")

    @route(r"/to-file")
    def r_to_file(self):
        self.redirect("file:///etc/passwd")

    @route(r"/to-ftp")
    def r_to_ftp(self):
        self.redirect("ftp://127.0.0.1/x")

    @route(r"/to-cred/([^/]+)")
    def r_to_cred(self, name):
        host, port = self.server.server_address[:2]
        self.redirect("http://user:Sekr1t-redirect@%s:%d/page/%s" % (host, port, name))

    @route(r"/status/([0-9]{3})")
    def r_status(self, code):
        code = int(code)
        if not 200 <= code <= 599:
            raise BadRequest("status must be between 200 and 599")
        if code in (204, 304):
            return self.send_no_body(code)
        phrase = self.responses.get(code, ("Status",))[0]
        self.send_bytes(code, status_html(code, phrase))

    @route(r"/flaky/([^/]+)")
    def r_flaky(self, key):
        if self.server.state.hit("flaky", key) < 1:
            return self.send_bytes(500, status_html(500, "Internal Server Error"))
        self.article("Flaky article " + key, "the flaky report " + key)

    @route(r"/flaky3/([^/]+)")
    def r_flaky3(self, key):
        if self.server.state.hit("flaky3", key) < 3:
            return self.send_bytes(500, status_html(500, "Internal Server Error"))
        self.article("Flaky3 article " + key, "the thrice-failing report " + key)

    @route(r"/ratelimit/([^/]+)")
    def r_ratelimit(self, key):
        if self.server.state.hit("ratelimit", key) < 1:
            return self.send_bytes(429, status_html(429, "Too Many Requests"),
                                   headers=[("Retry-After", "1")])
        self.article("Rate-limited article " + key, "the rate-limited report " + key)

    @route(r"/count/([^/]+)")
    def r_count(self, key):
        self.send_simple(200, "%d\n" % self.server.state.count(key))

    @route(r"/slow")
    def r_slow(self):
        time.sleep(self.qparam("delay", 5.0, 0.0, MAX_DELAY))
        self.article("Slow article", "the slow report")

    @route(r"/slow-body")
    def r_slow_body(self):
        delay = self.qparam("delay", 5.0, 0.0, MAX_DELAY)
        body = article_html("Slow body article", "the slowly delivered report")
        half = len(body) // 2

        def chunks():
            yield body[:half]
            time.sleep(delay)
            yield body[half:]
        self.send_stream(len(body), chunks())

    @route(r"/big")
    def r_big(self):
        mb = self.qparam("mb", 1.0, 0.0, MAX_MB)
        target = int(mb * 1024 * 1024)
        head = (page_head("Big article")
                + "<p>%s</p>\n" % lead_paragraph("the %g MiB report" % mb)).encode()
        tail = PAGE_TAIL.encode()
        fill = max(0, target - len(head) - len(tail))
        self.send_stream(len(head) + fill + len(tail),
                         big_chunks(head, fill, tail))

    @route(r"/gzip/([^/]+)")
    def r_gzip(self, name):
        self.server.state.hit("gzip", name)
        body = article_html("Gzip article " + name, "the compressed report " + name)
        headers = [("Vary", "Accept-Encoding")]
        if self.accepts("gzip"):
            body = gzip.compress(body, 6, mtime=0)
            headers.append(("Content-Encoding", "gzip"))
        self.send_bytes(200, body, headers=headers)

    @route(r"/deflate/([^/]+)")
    def r_deflate(self, name):
        self.server.state.hit("deflate", name)
        body = article_html("Deflate article " + name, "the deflated report " + name)
        headers = [("Vary", "Accept-Encoding")]
        if self.accepts("deflate"):
            body = zlib.compress(body, 6)
            headers.append(("Content-Encoding", "deflate"))
        self.send_bytes(200, body, headers=headers)

    @route(r"/image")
    def r_image(self):
        self.send_bytes(200, PNG, "image/png")

    @route(r"/pdf")
    def r_pdf(self):
        self.send_bytes(200, PDF, "application/pdf")

    @route(r"/json")
    def r_json(self):
        self.send_bytes(200, JSON, "application/json")

    @route(r"/notype")
    def r_notype(self):
        self.send_bytes(200, article_html("Untyped article", "the untyped report"),
                        ctype=None)

    @route(r"/charset/([A-Za-z0-9_-][A-Za-z0-9_.-]*)")
    def r_charset(self, name):
        if ".." in name:
            return self.not_found()
        self.server.state.hit("charset", name)
        base = os.path.join(CHARSET_DIR, name)
        try:
            with open(base + ".html", "rb") as f:
                body = f.read()
        except OSError:
            return self.not_found()
        ctype = "text/html"
        try:
            with open(base + ".ctype", "r", encoding="ascii") as f:
                ctype = f.read().strip() or ctype
        except OSError:
            pass
        self.send_bytes(200, body, ctype)

    @route(r"/etag/([^/]+)")
    def r_etag(self, key):
        self.server.state.hit("etag", key)
        self.conditional_article("ETag article " + key, "the tagged report " + key,
                                 etag='"v1-%s"' % key)

    @route(r"/lastmod/([^/]+)")
    def r_lastmod(self, key):
        self.server.state.hit("lastmod", key)
        self.conditional_article("Last-Modified article " + key,
                                 "the dated report " + key, lastmod=LASTMOD_BASE)

    @route(r"/etag-change/([^/]+)")
    def r_etag_change(self, key):
        self.server.state.hit("etag-change", key)
        v = self.server.state.version(key)
        self.conditional_article(
            "Changing article %s version %d" % (key, v),
            "the changing report %s in revision %d" % (key, v),
            etag='"v%d-%s"' % (v, key), lastmod=LASTMOD_BASE + (v - 1) * 86400)

    @route(r"/bump/([^/]+)")
    def r_bump(self, key):
        v = self.server.state.bump(key)
        self.send_simple(200, "%s is now at version %d\n" % (key, v))

    @route(r"/headers")
    def r_headers(self):
        text = "".join("%s: %s\n" % (k, v) for k, v in self.headers.items())
        self.send_simple(200, text)

    @route(r"/hang/([^/]+)")
    def r_hang(self, key):
        self.server.state.hit("hang", key)
        self.server.stopping.wait(MAX_DELAY)
        self.close_connection = True

    @route(r"/hold/([^/]+)")
    def r_hold(self, key):
        self.server.state.hit("hold", key)
        time.sleep(self.qparam("ms", 300.0, 0.0, MAX_DELAY * 1000) / 1000.0)
        self.article("Article " + key, key)

    @route(r"/to")
    def r_to(self):
        url = self.query.get("url")
        if not url:
            raise BadRequest("no url parameter")
        self.redirect(url[0])

    @route(r"/etag-odd/(cr|long)/([^/]+)")
    def r_etag_odd(self, kind, key):
        self.server.state.hit("etag-odd", key)
        etag = '"odd\r%s"' % key if kind == "cr" else '"%s"' % ("x" * 298)
        self.article("Odd ETag article " + key, "the oddly tagged report " + key,
                     headers=[("ETag", etag)])

    @route(r"/moving/([^/]+)")
    def r_moving(self, key):
        self.server.state.hit("moving", key)
        if self.server.state.version(key) > 1:
            to = self.query.get("to")
            if not to:
                raise BadRequest("no to parameter")
            return self.redirect(to[0])
        self.conditional_article("Moving article " + key, "the moving report " + key,
                                 etag='"m1-%s"' % key)

    @route(r"/log")
    def r_log(self):
        self.send_simple(200, self.server.state.log_lines(), "application/json")

    @route(r"/links")
    def r_links(self):
        n = int(self.qparam("n", 100, 0, MAX_LINKS))
        head = (page_head("Links page")
                + "<p>A page with %d links, generated to test how the extractor "
                  "copes with link-heavy and hostile input.</p>\n<ul>\n" % n).encode()
        tail = ("</ul>\n" + PAGE_TAIL).encode()
        self.send_stream(len(head) + links_length(n) + len(tail),
                         links_chunks(head, n, tail))

    @route(r"/files/(.*)")
    def r_files(self, rel):
        root = self.server.root
        if root is None:
            return self.not_found()
        rel = unquote(rel)
        if "\x00" in rel:
            raise BadRequest("NUL in path")
        if ".." in re.split(r"[/\\]", rel):
            return self.send_bytes(403, status_html(403, "Forbidden"))
        full = os.path.realpath(os.path.join(root, rel.lstrip("/")))
        if not (full == root or full.startswith(root.rstrip(os.sep) + os.sep)):
            return self.send_bytes(403, status_html(403, "Forbidden"))
        if not os.path.isfile(full):
            return self.not_found()
        try:
            f = open(full, "rb")
        except OSError:
            return self.not_found()
        with f:
            size = os.fstat(f.fileno()).st_size
            self.send_stream(size, file_chunks(f, size), "text/html")

    # ------------------------------------------- fetch limits (issue 9: messages
    # and memory bounds): answers no well-behaved server gives.

    @route(r"/endless")
    def r_endless(self):
        """HTML without Content-Length, streamed until the client hangs up;
        ?pause=S sleeps S seconds between chunks of about 70 KB."""
        pause = self.qparam("pause", 0.0, 0.0, 10.0)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if self.command == "HEAD":
            return
        self.wfile.write(page_head("Endless article").encode())
        chunk = ("<p>%s</p>\n" % PROSE[0]).encode() * 200
        while True:
            self.wfile.write(chunk)
            if pause:
                time.sleep(pause)

    @route(r"/halves/([^/]+)")
    def r_halves(self, key):
        """?kb=N&delay=S: an N KiB page (default 1024), its first half at once,
        the rest after S seconds (default 1); counted under key."""
        self.server.state.hit("halves", key)
        size = int(self.qparam("kb", 1024, 1, 1 << 20)) * 1024
        delay = self.qparam("delay", 1.0, 0.0, MAX_DELAY)
        head = page_head("Halves article " + key).encode()
        tail = PAGE_TAIL.encode()
        body = head + b"".join(big_chunks(b"", max(0, size - len(head) - len(tail)), b"")) + tail

        def chunks():
            yield body[:len(body) // 2]
            time.sleep(delay)
            yield body[len(body) // 2:]
        self.send_stream(len(body), chunks())

    @route(r"/retry-after/([^/]+)")
    def r_retry_after(self, key):
        """?v=VALUE[&code=N]: status N (503) with Retry-After: VALUE, every time."""
        self.server.state.hit("retry-after", key)
        code = int(self.qparam("code", 503, 100, 999))
        value = self.query.get("v", [""])[0]
        self.raw(("HTTP/1.1 %d Unavailable\r\nRetry-After: %s\r\n" % (code, value))
                 .encode("latin-1", "replace"), status_html(code, "Unavailable"))

    @route(r"/gaps/([^/]+)")
    def r_gaps(self, key):
        """Milliseconds between the requests for key, one a line."""
        self.send_simple(200, "".join("%d\n" % g for g in self.server.state.gaps(key)))

    @route(r"/raw/status/([0-9]{1,4})")
    def r_raw_status(self, code):
        """Any status code, even outside 100-599; counted under "raw-<code>"."""
        self.server.state.hit("raw", "raw-" + code)
        self.raw(("HTTP/1.1 %s Odd\r\n" % code).encode(), status_html(int(code), "Odd"))

    @route(r"/raw/nocode")
    def r_raw_nocode(self):
        self.raw(b"HTTP/1.1\r\n", status_html(200, "OK"))

    @route(r"/raw/http09")
    def r_raw_http09(self):
        """An HTTP/0.9 answer: a body, no status line, no headers."""
        self.wfile.write(article_html("Old article", "the old report"))
        self.close_connection = True

    @route(r"/raw/long-header")
    def r_raw_long_header(self):
        """?kb=N: one header line of N KiB (default 200)."""
        kb = int(self.qparam("kb", 200, 1, 100000))
        self.raw(b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * (kb * 1024) + b"\r\n",
                 article_html("Long header article", "the long header report"))

    @route(r"/raw/cookies/([^/]+)")
    def r_raw_cookies(self, key):
        """?n=N Set-Cookie headers (default 10000); counted under key."""
        self.server.state.hit("cookies", key)
        n = int(self.qparam("n", 10000, 1, 1000000))
        head = b"HTTP/1.1 200 OK\r\n" + b"".join(
            b"Set-Cookie: c%d=%s\r\n" % (i, b"v" * 40) for i in range(n))
        self.raw(head, article_html("Cookie article", "the cookie report"))

    def raw(self, head, body):
        """head: the status line and headers, as bytes; then the body."""
        self.wfile.write(head + b"Content-Type: text/html\r\nContent-Length: %d\r\n"
                         b"Connection: close\r\n\r\n" % len(body) + body)
        self.close_connection = True

    del route


def big_chunks(head, fill, tail):
    yield head
    buf = []
    buflen = 0
    remaining = fill
    i = 0
    while remaining > 0:
        text = PROSE[i % len(PROSE)].encode()
        i += 1
        para = b"<p>" + text + b"</p>\n"
        if len(para) > remaining:
            # Last piece: a truncated paragraph that fits exactly, or newlines.
            if remaining >= 8:
                para = b"<p>" + text[:remaining - 8] + b"</p>\n"
            else:
                para = b"\n" * remaining
        buf.append(para)
        buflen += len(para)
        remaining -= len(para)
        if buflen >= 65536:
            yield b"".join(buf)
            buf, buflen = [], 0
    if buf:
        yield b"".join(buf)
    yield tail


LINK_FMT = '<li><a href="/page/link%d">Link number %d</a></li>\n'
LINK_CONST = len(LINK_FMT % (0, 0)) - 2


def links_length(n):
    total = 0
    lo, digits = 0, 1
    while lo < n:
        hi = min(n, 10 ** digits)
        total += (hi - lo) * (LINK_CONST + 2 * digits)
        lo, digits = hi, digits + 1
    return total


def links_chunks(head, n, tail):
    yield head
    for start in range(0, n, 2000):
        yield "".join(LINK_FMT % (i, i)
                      for i in range(start, min(n, start + 2000))).encode()
    yield tail


def file_chunks(f, size):
    left = size
    while left > 0:
        data = f.read(min(left, 65536))
        if not data:  # file shrank; pad so Content-Length stays honest
            data = b"\n" * min(left, 65536)
        yield data
        left -= len(data)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, root, verbose):
        self.root = root
        self.verbose = verbose
        self.state = State()
        self.stopping = threading.Event()  # set when the server stops: /hang ends
        super().__init__(("127.0.0.1", 0), Handler)

    def server_bind(self):
        # HTTPServer.server_bind would call socket.getfqdn(), which may do a
        # DNS lookup; we only ever talk to 127.0.0.1.
        socketserver.TCPServer.server_bind(self)
        self.server_name = "127.0.0.1"
        self.server_port = self.server_address[1]

    def handle_error(self, request, client_address):
        exc = sys.exc_info()[1]
        if isinstance(exc, CONN_ERRORS):
            return
        if self.verbose:
            super().handle_error(request, client_address)


def write_port_file(path, port):
    tmp = "%s.tmp.%d" % (path, os.getpid())
    with open(tmp, "w") as f:
        f.write("%d\n" % port)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def main(argv=None):
    ap = argparse.ArgumentParser(description="decruft test HTTP server")
    ap.add_argument("--port-file", required=True,
                    help="write the listening port here (atomically)")
    ap.add_argument("--root", help="directory served under /files/")
    ap.add_argument("--lifetime", type=float, default=600.0,
                    help="exit after this many seconds (default 600)")
    ap.add_argument("--verbose", action="store_true", help="log to stderr")
    args = ap.parse_args(argv)

    root = os.path.realpath(args.root) if args.root else None
    stop = threading.Event()

    def on_signal(signum, frame):
        stop.set()
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    server = Server(root, args.verbose)
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever,
                              kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    write_port_file(args.port_file, port)
    if args.verbose:
        sys.stderr.write("http_server: listening on 127.0.0.1:%d\n" % port)

    deadline = time.monotonic() + max(0.0, args.lifetime)
    while not stop.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            if args.verbose:
                sys.stderr.write("http_server: lifetime over, exiting\n")
            break
        stop.wait(min(left, 1.0))

    server.stopping.set()
    server.shutdown()
    server.server_close()
    try:
        with open(args.port_file) as f:
            if f.read().strip() == str(port):
                os.unlink(args.port_file)
    except OSError:
        pass
    if args.verbose:
        sys.stderr.write("http_server: stopped\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
