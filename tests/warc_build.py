#!/usr/bin/env python3
"""Builds WARC files from fixture pages, for decruft's tests and benchmarks.

Standard library only; the output is deterministic (record ids are derived
from the content, every date is fixed), so a test can rebuild it at will.

Usage:
    python3 tests/warc_build.py [--gzip per-record|whole|none]
        [--version 1.0|1.1] [--extras] [--charset NAME]
        [--list FILE] [--offsets FILE] OUT.warc[.gz] PAGE.html[.gz]...

The file starts with one warcinfo record; then each PAGE gives a request
record and a response record (HTTP/1.1 200, Content-Type text/html with the
page's charset) whose target URI is http://127.0.0.1/NAME.html, NAME being
the page's base name without .html[.gz].  --gzip defaults to per-record when
OUT ends in .gz, none otherwise; "whole" compresses the file as one gzip
member.

--extras adds, after the pages, one record of each other kind a crawl holds
(made from the first page): a metadata record, a response with an image/png
payload, a 404 HTML response, a revisit, a response with a chunked body, one
with a gzip Content-Encoding, one with deflate, and a resource record of type
text/html.  The chunked, gzip, deflate and resource records carry the first
page's HTML, so they give the same article as the page.

--list FILE writes the target URI of every record that decruft should clean
(an HTML 200 response or a text/html resource), one a line, in file order.
--offsets FILE writes "OFFSET TYPE URI" for each record, OFFSET being where
the record (or, per-record gzip, its gzip member) starts in OUT; a last line
"END SIZE" gives the file's size.
"""

import argparse
import base64
import gzip
import hashlib
import os
import re
import sys
import uuid
import zlib

DATE = {"1.0": "2024-01-02T03:04:05Z", "1.1": "2024-01-02T03:04:05.123456Z"}
HTTP_DATE = "Tue, 02 Jan 2024 03:04:05 GMT"
# An 8x8 PNG's worth of bytes: decruft must skip it by its type, not parse it.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000080000000808060000"
                    "00c40fbe8b0000000d4944415478da63f8ffff3f030000fffe03fd2e"
                    "c0a7a00000000049454e44ae426082")


def record_id(*parts):
    """A stable urn:uuid from the record's content."""
    digest = hashlib.sha1(b"\0".join(parts)).digest()
    return "<urn:uuid:%s>" % uuid.UUID(bytes=digest[:16], version=5)


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


class Writer:
    """Collects records, each as its bytes, with its type and URI."""

    def __init__(self, version):
        self.version = version
        self.records = []

    def add(self, wtype, uri, ctype, block, extra=()):
        headers = [("WARC-Type", wtype),
                   ("WARC-Record-ID", record_id(wtype.encode(), uri.encode(), block)),
                   ("WARC-Date", DATE[self.version])]
        if uri:
            headers.append(("WARC-Target-URI", uri))
        headers.extend(extra)
        headers.append(("WARC-Block-Digest", sha1_b32(block)))
        headers.append(("Content-Type", ctype))
        headers.append(("Content-Length", str(len(block))))
        head = "WARC/%s\r\n" % self.version
        head += "".join("%s: %s\r\n" % h for h in headers) + "\r\n"
        self.records.append((wtype, uri, head.encode() + block + b"\r\n\r\n"))
        return headers[1][1]


def http_response(status, reason, ctype, body, extra=()):
    lines = ["HTTP/1.1 %d %s" % (status, reason), "Date: " + HTTP_DATE,
             "Server: warc_build", "Content-Type: " + ctype]
    lines.extend(extra)
    if not any(h.lower().startswith("transfer-encoding") for h in extra):
        lines.append("Content-Length: %d" % len(body))
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def http_request(uri):
    path = uri.split("/", 3)[3]
    return ("GET /%s HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: warc_build\r\n"
            "Accept: */*\r\n\r\n" % path).encode()


def chunked(body, size=1000):
    out = b""
    for i in range(0, len(body), size):
        piece = body[i:i + size]
        out += b"%x;ext=1\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\nX-Trailer: yes\r\n\r\n"


def read_page(path):
    with open(path, "rb") as f:
        data = f.read()
    return gzip.decompress(data) if path.endswith(".gz") else data


def page_name(path):
    return re.sub(r"\.html?(\.gz)?$", "", os.path.basename(path))


def html_type(html, charset):
    """text/html with the charset the page declares (or --charset)."""
    if charset is None:
        m = re.search(rb"""<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""",
                      html[:4096], re.I)
        charset = m.group(1).decode() if m else None
    return "text/html; charset=" + charset if charset else "text/html"


def add_exchange(w, uri, payload):
    """A request and its response, as a crawler writes them."""
    req_id = w.add("request", uri, "application/http; msgtype=request", http_request(uri))
    return w.add("response", uri, "application/http; msgtype=response", payload,
                 [("WARC-Concurrent-To", req_id), ("WARC-IP-Address", "127.0.0.1"),
                  ("WARC-Payload-Digest", sha1_b32(payload.split(b"\r\n\r\n", 1)[1]))])


def add_extras(w, name, html, ctype, first_id):
    """The other kinds of record, made from the first page (first_id: its response)."""
    base = "http://127.0.0.1/%s" % name
    resp = "application/http; msgtype=response"
    w.add("metadata", base + ".html", "application/warc-fields",
          b"via: http://127.0.0.1/\r\nhopsFromSeed: L\r\nfetchTimeMs: 12\r\n",
          [("WARC-Concurrent-To", first_id)])
    add_exchange(w, base + ".png", http_response(200, "OK", "image/png", PNG))
    add_exchange(w, base + "-missing.html",
                 http_response(404, "Not Found", "text/html; charset=utf-8",
                               b"<html><head><title>Not found</title></head><body>"
                               b"<h1>Not found</h1><p>No such page.</p></body></html>"))
    profile = "http://netpreserve.org/warc/%s/revisit/identical-payload-digest" % w.version
    w.add("revisit", base + ".html", "application/http; msgtype=response",
          http_response(200, "OK", ctype, b""),
          [("WARC-Profile", profile), ("WARC-Refers-To", first_id),
           ("WARC-Refers-To-Target-URI", base + ".html"),
           ("WARC-Payload-Digest", sha1_b32(html))])
    w.add("response", base + "-chunked.html", resp,
          http_response(200, "OK", ctype, chunked(html), ["Transfer-Encoding: chunked"]))
    w.add("response", base + "-gzip.html", resp,
          http_response(200, "OK", ctype, gzip.compress(html, mtime=0),
                        ["Content-Encoding: gzip"]))
    w.add("response", base + "-deflate.html", resp,
          http_response(200, "OK", ctype, zlib.compress(html), ["Content-Encoding: deflate"]))
    w.add("resource", base + "-resource.html", ctype, html)


def cleanable(wtype, uri, data):
    if wtype == "resource":
        return True
    if wtype != "response":
        return False
    block = data.split(b"\r\n\r\n", 1)[1]
    head = block.split(b"\r\n\r\n", 1)[0].lower()
    return head.startswith(b"http/1.1 200") and b"content-type: text/html" in head


def serialize(w, mode):
    """The file's bytes and each record's offset in them."""
    parts, offsets, size = [], [], 0
    for wtype, uri, data in w.records:
        offsets.append((size, wtype, uri))
        parts.append(gzip.compress(data, mtime=0) if mode == "per-record" else data)
        size += len(parts[-1])
    out = b"".join(parts)
    if mode == "whole":
        out = gzip.compress(out, mtime=0)
        offsets = [(0, wtype, uri) for _, wtype, uri in offsets]
    return out, offsets


def write_atomic(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gzip", choices=["per-record", "whole", "none"])
    ap.add_argument("--version", choices=["1.0", "1.1"], default="1.0")
    ap.add_argument("--extras", action="store_true")
    ap.add_argument("--charset")
    ap.add_argument("--list")
    ap.add_argument("--offsets")
    ap.add_argument("out")
    ap.add_argument("pages", nargs="+")
    args = ap.parse_args()
    mode = args.gzip or ("per-record" if args.out.endswith(".gz") else "none")

    w = Writer(args.version)
    w.add("warcinfo", "", "application/warc-fields",
          b"software: warc_build.py\r\nformat: WARC File Format %s\r\n" % args.version.encode(),
          [("WARC-Filename", os.path.basename(args.out))])
    first = None
    for path in args.pages:
        html = read_page(path)
        ctype = html_type(html, args.charset)
        uri = "http://127.0.0.1/%s.html" % page_name(path)
        rid = add_exchange(w, uri, http_response(200, "OK", ctype, html))
        first = first or (page_name(path), html, ctype, rid)
    if args.extras:
        add_extras(w, *first)

    data, offsets = serialize(w, mode)
    write_atomic(args.out, data)
    if args.list:
        write_atomic(args.list, "".join(
            uri + "\n" for wtype, uri, rec in w.records if cleanable(wtype, uri, rec)).encode())
    if args.offsets:
        lines = ["%d %s %s\n" % (off, wtype, uri or "-") for off, wtype, uri in offsets]
        write_atomic(args.offsets, ("".join(lines) + "END %d\n" % len(data)).encode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
