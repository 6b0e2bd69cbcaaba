#!/usr/bin/env python3
"""Checks for tests/explain-html.test (standard library only).

  explain_html_check.py static REPORT [--remote ORIGIN] [--hostile]
      the report holds only what the allow-list lets through: no scripts,
      frames, forms, event handlers, scripted URLs; every <style> without '<';
      the Content-Security-Policy first in <head>. --hostile adds checks on
      the raw text (no "javascript:", "expression(" anywhere).
  explain_html_check.py marks OUTLINE DOM
      every line of the text outline (decruft --explain) has its element in
      the DOM Chromium dumped, in the same order, with the same tag,
      decision, score, rule and content root; and the page has both kept
      and dropped blocks when --both is given, and a block decided by the
      rule ID for each --rule ID.
  explain_html_check.py dom DOM TITLE
      the page's scripts did not run: the title is TITLE, no #pwned element,
      no data-pwned attribute, no script element.
  explain_html_check.py requests LOG REPORT_PATH [--allow PREFIX]... [--need PATH]...
      the server log (tests/http_server.py --verbose) shows no request but
      REPORT_PATH and paths starting with an allowed prefix; each needed path
      was requested. The server is also Chromium's proxy: a request for
      another host is logged with its URL (CONNECT host:443 for https), and
      fails the check, but for those of Chromium's own services.

Prints one line per problem; exits 1 when there is any.
"""
import html.parser
import re
import sys
import urllib.parse

DECISIONS = {"KEEP": "kept", "DROP": "dropped", "--": "outside"}
FORBIDDEN_TAGS = {
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
    "form", "input", "textarea", "select", "option", "optgroup", "video", "audio",
    "source", "track", "noscript", "template", "param", "portal", "isindex",
    "keygen", "area", "image", "math", "use", "foreignobject", "animate", "set",
}
FORBIDDEN_ATTRS = {
    "srcdoc", "formaction", "action", "background", "poster", "srcset", "ping",
    "xlink:href", "data", "codebase", "manifest", "dynsrc", "lowsrc", "http-equiv",
}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")


class Elements(html.parser.HTMLParser):
    """Every start tag, with its attributes, and the text of <style>s."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.styles = []
        self.title = ""
        self._in = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        self._in = tag if tag in ("style", "title") else None

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "style":
            self.styles.append(data)
        elif self._in == "title":
            self.title += data


def parse(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    p = Elements()
    p.feed(text)
    p.close()
    return text, p


def url_problem(value, remote):
    clean = re.sub(r"[\t\n\r]", "", value).strip(" \x00\x01\x02\x03\x04\x05\x06\x07\x08"
                                                  "\x0b\x0c\x0e\x0f\x10\x11\x12\x13"
                                                  "\x14\x15\x16\x17\x18\x19\x1a\x1b"
                                                  "\x1c\x1d\x1e\x1f").lower()
    if clean.startswith(BAD_SCHEMES):
        return "scripted or inline URL"
    if remote is not None and not clean.startswith(remote.lower() + "/"):
        return "URL outside the page's origin"
    return None


def css_problems(css, remote):
    out = []
    if "<" in css:
        out.append("'<' in CSS")
    for m in re.finditer(r"url\(\s*([^)]*)\)", css, re.I):
        arg = m.group(1).strip().strip("'\"")
        if remote is None:
            out.append("url() in CSS without --explain-remote: %s" % m.group(0)[:80])
        elif url_problem(arg, remote):
            out.append("url() outside the page's origin: %s" % m.group(0)[:80])
    if re.search(r"expression\s*\(|@import|javascript:|vbscript:", css, re.I):
        out.append("scripted CSS: %s" % css[:80])
    return out


def check_static(args):
    path = args[0]
    remote = args[args.index("--remote") + 1] if "--remote" in args else None
    hostile = "--hostile" in args
    text, p = parse(path)
    problems = []
    m = re.match(r'<!DOCTYPE html>\n<html[^>]*><head><meta http-equiv="Content-Security-Policy"'
                 r' content="([^"]*)">', text)
    if not m:
        problems.append("no Content-Security-Policy first in <head>")
    else:
        csp = m.group(1)
        for need in ("default-src 'none'", "script-src 'none'", "connect-src 'none'"):
            if need not in csp:
                problems.append("CSP lacks %s" % need)
        if remote is None and "img-src 'none'" not in csp:
            problems.append("CSP allows images without --explain-remote")
    metas = 0
    for tag, attrs in p.tags:
        a = dict(attrs)
        if tag in FORBIDDEN_TAGS:
            problems.append("<%s> in the report" % tag)
        if tag == "meta":
            metas += 1
        if tag == "link" and a == {"rel": "icon", "href": "data:,"}:
            continue  # the report's own empty icon
        if tag == "link" and (remote is None or a.get("rel") != "stylesheet"):
            problems.append("<link rel=%s> in the report" % a.get("rel"))
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") or name in FORBIDDEN_ATTRS and not (
                    tag == "meta" and name == "http-equiv" and metas == 1):
                problems.append("attribute %s on <%s>" % (name, tag))
            if name == "href" and tag not in ("a", "link") or name == "src" and tag != "img":
                problems.append("attribute %s on <%s>" % (name, tag))
            if name == "href" and tag == "a" and url_problem(value, None):
                problems.append("link to %s" % value[:80])
            if name in ("src", "href") and tag in ("img", "link") and url_problem(value, remote):
                problems.append("<%s %s=%s>" % (tag, name, value[:80]))
            if name == "style":
                problems += css_problems(value, remote)
    if metas != 3:
        problems.append("%d <meta> elements, not the report's 3" % metas)
    for css in p.styles:
        problems += css_problems(css, remote)
    if text.lower().count("<style") != text.lower().count("</style"):
        problems.append("a style element or attribute holds '<style' or '</style'")
    if hostile:
        low = text.lower()
        for word in ("javascript:", "vbscript:", "expression(", "srcdoc", "@import"):
            if word in low:
                problems.append("'%s' in the report" % word)
    return problems


class Marks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks = []
        self.title = ""
        self.pwned = []
        self._title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-dc-decision" in a:
            self.marks.append((a.get("data-dc-tag") or tag, a["data-dc-decision"],
                               a.get("data-dc-score"), a.get("data-dc-rule"),
                               "data-dc-root" in a))
        if a.get("id") == "pwned" or "data-pwned" in a or tag == "script":
            self.pwned.append(tag)
        self._title = tag == "title"

    def handle_endtag(self, tag):
        self._title = False

    def handle_data(self, data):
        if self._title:
            self.title += data


def dom_marks(path):
    p = Marks()
    with open(path, encoding="utf-8", errors="replace") as f:
        p.feed(f.read())
    p.close()
    return p


# decision, score, tag, then after the element [content root] and [rule: why]
LINE = re.compile(r"(KEEP|DROP|  --) +(\S+) +<([^\s>]*)[^>]*>(?: \[content root\])?"
                  r"(?: \[([a-z-]+)[:\]])?")


def outline(path):
    lines = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = LINE.match(line)
            if not m:
                continue
            lines.append((m.group(3), DECISIONS[m.group(1).strip()], m.group(2), m.group(4),
                          line))
    return lines


def check_marks(args):
    lines = outline(args[0])
    p = dom_marks(args[1])
    problems = []
    if len(lines) != len(p.marks):
        problems.append("%d lines in the outline, %d marked elements in the DOM"
                        % (len(lines), len(p.marks)))
    for i, (line, mark) in enumerate(zip(lines, p.marks)):
        tag, decision, score, rule, text = line
        mtag, mdecision, mscore, mrule, mroot = mark
        if (tag, decision, score) != (mtag, mdecision, mscore):
            problems.append("block %d: outline %s %s %s, DOM %s %s %s"
                            % (i + 1, tag, decision, score, mtag, mdecision, mscore))
        if rule != mrule:
            problems.append("block %d: rule %s in the outline, %s in the DOM: %s"
                            % (i + 1, rule, mrule, text.strip()[:100]))
        if mroot != ("[content root]" in text):
            problems.append("block %d: content root differs" % (i + 1))
        if len(problems) > 10:
            break
    if "--both" in args:
        got = {m[1] for m in p.marks}
        for need in ("kept", "dropped"):
            if need not in got:
                problems.append("no %s block" % need)
    rules = {m[3] for m in p.marks}
    for i, arg in enumerate(args[:-1]):
        if arg == "--rule" and args[i + 1] not in rules:
            problems.append("no block decided by the rule %s" % args[i + 1])
    return problems


def check_dom(args):
    p = dom_marks(args[0])
    problems = []
    if p.title.strip() != args[1]:
        problems.append("title is %r, not %r: a script ran" % (p.title.strip(), args[1]))
    if p.pwned:
        problems.append("a script ran or survived: %s" % ", ".join(p.pwned))
    return problems


# Chromium's own services (sign-in, component updates, network time), which
# it calls whatever the flags; the test server, its proxy, answers them 501.
CHROMIUM_SERVICES = (".google.com", ".googleapis.com", ".gvt1.com", ".gstatic.com")


def chromium_service(method, target):
    """Whether a request through the proxy is Chromium's, not the page's."""
    if method == "CONNECT":
        host = target.rsplit(":", 1)[0]
    elif target.startswith("http://"):
        host = urllib.parse.urlsplit(target).hostname or ""
    else:
        return False
    return ("." + host).endswith(CHROMIUM_SERVICES)


def check_requests(args):
    log, report = args[0], args[1]
    allow = [args[i + 1] for i, a in enumerate(args) if a == "--allow"]
    need = [args[i + 1] for i, a in enumerate(args) if a == "--need"]
    seen = []
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.search(r'"([A-Z]+) (\S+) HTTP/[\d.]+"', line)
            if m and not chromium_service(m.group(1), m.group(2)):
                seen.append((m.group(1), m.group(2)))
    problems = []
    for method, path in seen:
        if path == report or any(path.startswith(a) for a in allow):
            continue
        problems.append("request %s %s" % (method, path))
    for path in need:
        if path not in [p for _, p in seen]:
            problems.append("%s was not requested" % path)
    return problems


def main():
    checks = {"static": check_static, "marks": check_marks, "dom": check_dom,
              "requests": check_requests}
    problems = checks[sys.argv[1]](sys.argv[2:])
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
