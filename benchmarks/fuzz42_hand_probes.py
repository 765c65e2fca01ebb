# ruff: noqa: E501, E741
"""fuzz42 hand probes: hostile HTML (deep nesting, huge attributes, ``<base>``, ``<meta
refresh>``, encodings declared wrong), Markdown with unclosed fences, feeds with duplicate GUIDs
across runs. Each ``translate`` command runs in a child with the fake engine (tests/fakes.py);
checked: the exit code is documented, no traceback or internal error, within the timeout,
every file written parses back (json, lxml for XML and HTML, ``msgfmt -c``), every feed store
passes ``PRAGMA integrity_check``, and the case's own check (no unsafe URL carried, the text
not lost, an unclosed fence warned, the public feed's entries).

    TREE=/path/to/tree python benchmarks/fuzz42_hand_probes.py [md] [html] [feed]

TREE: the code tree to run (the repository, or a ``git archive`` of another commit).
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import lxml.etree
import lxml.html

RUNNER = '''"""Run ``translate ARGS`` with the fake engine registered (TREE env: the code tree)."""
import os, sys
tree = os.environ["TREE"]
sys.path[:0] = [os.path.join(tree, "tests"), tree]
from translate import engines
engines.ENGINES["fake"] = "fakes:FakeEngine"
from translate.cli import main
sys.argv = ["translate", *sys.argv[1:]]
main()
'''

TREE = os.environ["TREE"]
PY = sys.executable
RUN = None  # written below: the child's entry point
DOC = {0, 3, 4, 5, 7, 8, 9, 10, 12, 130, 143}
work = Path(tempfile.mkdtemp(prefix="fuzz-hand-"))
RUN = work / "runcli.py"
RUN.write_text(RUNNER, encoding="utf-8")
results = []


def run(name, args, timeout=300):
    env = {**os.environ, "TREE": TREE, "PYTHONPATH": TREE, "TRANSLATE_HOME": str(work / "home")}
    cpu0 = os.times()
    try:
        p = subprocess.run(
            [PY, RUN, *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            cwd=work,
        )
        code, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        code, out, err = "HANG", "", ""
    cpu1 = os.times()
    cpu = (cpu1.children_user + cpu1.children_system) - (cpu0.children_user + cpu0.children_system)
    return code, out, err, cpu


def parse_all(folder):
    bad = []
    for f in sorted(Path(folder).rglob("*")):
        if not f.is_file():
            continue
        try:
            if f.suffix == ".json":
                json.loads(f.read_text(encoding="utf-8"))
            elif f.suffix in (".xlf", ".xml"):
                lxml.etree.parse(
                    str(f), lxml.etree.XMLParser(resolve_entities=False, huge_tree=True)
                )
            elif f.suffix == ".html":
                lxml.html.fromstring(f.read_bytes())
            elif f.suffix == ".po":
                r = subprocess.run(
                    ["msgfmt", "-c", "-o", "/dev/null", str(f)], capture_output=True, text=True
                )
                if r.returncode:
                    bad.append(f"{f.name}: msgfmt: {r.stderr.strip()[:200]}")
            elif f.suffix == ".md":
                f.read_text(encoding="utf-8")
        except Exception as exc:
            bad.append(f"{f.name}: {type(exc).__name__}: {str(exc)[:150]}")
    return bad


def verdict(name, code, out, err, files_bad, extra=""):
    problems = []
    if code == "HANG":
        problems.append("hang")
    elif code not in DOC:
        problems.append(f"exit {code}")
    if "Traceback" in err or "Traceback" in out:
        problems.append("traceback")
    if "internal error" in err:
        problems.append("internal error")
    if files_bad:
        problems.append("unparsable: " + "; ".join(files_bad[:3]))
    if extra:
        problems.append(extra)
    errline = next((l for l in err.splitlines() if l.startswith("error")), "")
    results.append((name, code, problems))
    print(
        f"{'FAIL' if problems else 'ok  '} {name}: exit {code} {errline[:150]} {'; '.join(problems)}",
        flush=True,
    )


def article(name, data: bytes, suffix, check=None, formats="md,json,html,po,xliff"):
    src = work / f"{name}{suffix}"
    src.write_bytes(data)
    out = work / f"out-{name}"
    code, o, e, cpu = run(
        name,
        [
            "run",
            src,
            "--to",
            "pt-BR",
            "--engine",
            "fake",
            "--from",
            "en",
            "-o",
            out,
            "--format",
            formats,
            "--on-findings",
            "mark",
        ],
    )
    extra = check(out) if check and out.exists() else ""
    verdict(f"{name} ({cpu:.1f} s CPU)", code, o, e, parse_all(out) if out.exists() else [], extra)


P = "<p>The minister said on Monday that the council will meet again next week to vote.</p>"


def page(body, head=""):
    return f"<!DOCTYPE html><html><head><title>City news</title>{head}</head><body>{body}</body></html>"


def no_in_outputs(*bad):
    def check(out):
        found = []
        for f in Path(out).rglob("*"):
            if f.is_file():
                t = f.read_text(encoding="utf-8", errors="replace").lower()
                found += [f"{f.name} has {b!r}" for b in bad if b.lower() in t]
        return "; ".join(found[:3])

    return check


def contains(word):
    def check(out):
        for f in Path(out).rglob("*.json"):
            if word in f.read_text(encoding="utf-8"):
                return ""
        return f"{word!r} lost"

    return check


which = sys.argv[1:] or ["html", "md", "feed"]
if "html" in which:
    for depth in (2000, 20000, 200000):
        article(f"nest-div-{depth}", page("<div>" * depth + P + "</div>" * depth).encode(), ".html")
    article("nest-unclosed-200000", page("<span><b><i>" * 70000 + P).encode(), ".html")
    article("nest-table-5000", page("<table><tr><td>" * 5000 + P).encode(), ".html")
    article("nest-list-20000", page("<ul><li>" * 20000 + P).encode(), ".html")
    article(
        "huge-attr-5MB",
        page(
            f'<p title="{"x" * 5_000_000}">The minister said on Monday that the council will meet.</p>'
        ).encode(),
        ".html",
    )
    article(
        "many-attrs-50000",
        page(
            "<p "
            + " ".join(f'a{i}="{i}"' for i in range(50000))
            + ">The minister said on Monday that the council will meet.</p>"
        ).encode(),
        ".html",
    )
    article(
        "huge-href-2MB",
        page(
            f'<p>The minister said <a href="https://e.org/{"a" * 2_000_000}">on Monday</a> that the council will meet.</p>'
        ).encode(),
        ".html",
    )
    article(
        "base-javascript",
        page(
            P + '<p>Read <a href="next.html">the next story</a> about the council.</p>',
            '<base href="javascript:alert(1)//">',
        ).encode(),
        ".html",
        no_in_outputs("javascript:"),
    )
    article(
        "base-file",
        page(
            P
            + '<p>Read <a href="next.html">the next story</a> about the council.</p><img src="x.png" alt="A photo of the council">',
            '<base href="file:///etc/">',
        ).encode(),
        ".html",
        no_in_outputs("file:///etc"),
    )
    article(
        "base-data",
        page(
            P + '<p>Read <a href="next.html">the next story</a>.</p>',
            '<base href="data:text/html,<script>alert(1)</script>">',
        ).encode(),
        ".html",
        no_in_outputs("data:text/html", "alert(1)"),
    )
    article(
        "base-two",
        page(
            P + '<p>Read <a href="next.html">the next story</a> about it.</p>',
            '<base href="https://a.example/x/"><base href="javascript:void(0)">',
        ).encode(),
        ".html",
        no_in_outputs("javascript:"),
    )
    article(
        "meta-refresh-js",
        page(P, '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">').encode(),
        ".html",
        no_in_outputs("javascript:", 'http-equiv="refresh"'),
    )
    article(
        "meta-refresh-away",
        page(P, '<meta http-equiv="refresh" content="0; URL=\'https://evil.example/\'">').encode(),
        ".html",
        no_in_outputs("evil.example"),
    )
    article(
        "meta-refresh-only",
        page("", '<meta http-equiv="refresh" content="0;url=https://evil.example/">').encode(),
        ".html",
        no_in_outputs("evil.example"),
    )
    latin = (
        "<p>A câmara municipal aprovou o orçamento na segunda-feira, disse o ministro.</p>"
        "<p>The minister said on Monday that the council will meet again next week.</p>"
    )
    article(
        "meta-utf8-bytes-latin1",
        page(latin, '<meta charset="utf-8">').encode("latin-1"),
        ".html",
        contains("câmara"),
    )
    article(
        "meta-latin1-bytes-utf8",
        page(latin, '<meta charset="iso-8859-1">').encode("utf-8"),
        ".html",
        contains("câmara"),
    )
    article(
        "meta-sjis-bytes-utf8",
        page(
            latin, '<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'
        ).encode("utf-8"),
        ".html",
        contains("câmara"),
    )
    article(
        "bom16-meta-utf8",
        "\ufeff".encode("utf-16-le") + page(latin, '<meta charset="utf-8">').encode("utf-16-le"),
        ".html",
        contains("câmara"),
    )
    article(
        "bom8-meta-latin1",
        b"\xef\xbb\xbf" + page(latin, '<meta charset="iso-8859-1">').encode("utf-8"),
        ".html",
        contains("câmara"),
    )
    article(
        "two-metas",
        page(latin, '<meta charset="utf-8"><meta charset="windows-1252">').encode("cp1252"),
        ".html",
        contains("câmara"),
    )
    article(
        "meta-utf16-bytes-utf8",
        page(latin, '<meta charset="utf-16">').encode("utf-8"),
        ".html",
        contains("câmara"),
    )
    article(
        "xml-decl-latin1-utf8",
        ('<?xml version="1.0" encoding="iso-8859-1"?>' + page(latin)).encode("utf-8"),
        ".html",
        contains("câmara"),
    )
    mixed = (
        page(latin, '<meta charset="utf-8">')
        .encode("utf-8")
        .replace(
            b"</body>",
            "<p>Outra frase em português com acentuação: ação, não.</p></body>".encode("latin-1"),
        )
    )
    article("mixed-utf8-latin1", mixed, ".html", contains("câmara"))
    article(
        "meta-bogus-charset",
        page(latin, '<meta charset="x-nonsense-42">').encode("utf-8"),
        ".html",
        contains("câmara"),
    )


def warned_fence(out):
    for f in Path(out).rglob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        if any(
            x.get("check") == "input" and "never closed" in x.get("message", "")
            for x in d.get("findings", [])
        ):
            return ""
    return "text after an unclosed fence copied untranslated with no warning"


if "md" in which:
    S = "The minister said on Monday that the council will meet again next week to vote.\n\n"
    article(
        "md-unclosed-backtick",
        ("# Council\n\n" + S + "```python\nprint('x')\n" + S * 3).encode(),
        ".md",
        warned_fence,
    )
    article(
        "md-unclosed-tilde",
        ("# Council\n\n" + S + "~~~\ncode here\n" + S * 3).encode(),
        ".md",
        warned_fence,
    )
    article(
        "md-fence-4-closed-3",
        ("# Council\n\n" + S + "````\ncode\n```\n" + S * 2).encode(),
        ".md",
        warned_fence,
    )
    article(
        "md-unclosed-in-list",
        ("# Council\n\n" + S + "- item one\n  ```\n  code\n- item two\n\n" + S).encode(),
        ".md",
    )
    article("md-unclosed-in-quote", ("# Council\n\n> ```\n> code\n\n" + S * 2).encode(), ".md")
    article("md-only-open-fence", b"```\n", ".md")
    article("md-fence-10000-ticks", ("# Council\n\n" + "`" * 10000 + "\n" + S * 2).encode(), ".md")
    article("md-5000-unclosed-fences", ("# Council\n\n" + S + ("```\n" + S) * 5000).encode(), ".md")
    article(
        "md-fence-info-huge",
        ("# Council\n\n" + S + "```" + "x" * 1_000_000 + "\n" + S).encode(),
        ".md",
        warned_fence,
    )
    article(
        "md-unclosed-html-comment", ("# Council\n\n" + S + "<!-- comment\n" + S * 3).encode(), ".md"
    )
    article(
        "md-unclosed-inline-code",
        ("# Council\n\nThe minister `said on Monday that the council will meet.\n\n" + S).encode(),
        ".md",
    )
if "feed" in which:

    def item(guid, title, body, date="Tue, 01 Dec 2026 10:00:00 GMT", link=None):
        g = "" if guid is None else f'<guid isPermaLink="false">{guid}</guid>'
        l = f"<link>{link}</link>" if link else ""
        return f"<item><title>{title}</title>{g}{l}<pubDate>{date}</pubDate><description>{body}</description></item>"

    def rss(items, title="City News"):
        return (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://news.example.org/</link><language>en</language>{''.join(items)}</channel></rss>"
        )

    A = (
        "Council approves budget",
        "The city council approved a new budget on Monday, with more money for schools.",
    )
    B = (
        "Mayor resigns after vote",
        "The mayor resigned on Tuesday after the council voted against her plan for the port.",
    )
    C = (
        "Storm closes the harbour",
        "A storm closed the harbour on Wednesday and ferries to the islands were cancelled.",
    )

    def feed_runs(name, versions, check=None):
        out, db = work / f"out-{name}", work / f"{name}.db"
        src = work / f"{name}.xml"
        for n, xml in enumerate(versions, 1):
            src.write_text(xml, encoding="utf-8")
            code, o, e, cpu = run(
                f"{name}#{n}",
                [
                    "feed",
                    src,
                    "--to",
                    "pt-BR",
                    "--engine",
                    "fake",
                    "-o",
                    out,
                    "--db",
                    db,
                    "--json",
                    "--format",
                    "html,json,po,xliff",
                ],
            )
            extra = ""
            try:
                summary = json.loads(o) if o.strip() else {}
            except json.JSONDecodeError as exc:
                extra = f"stdout not JSON: {exc}"
                summary = {}
            if check and not extra:
                extra = check(n, out, summary) or ""
            r = subprocess.run(
                [
                    PY,
                    "-c",
                    "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])",
                    str(db),
                ],
                capture_output=True,
                text=True,
            )
            if r.stdout.strip() != "ok":
                extra += f" db: {r.stdout.strip()} {r.stderr.strip()[:100]}"
            short = {k: summary.get(k) for k in ("translated", "skipped", "failed", "held")}
            verdict(
                f"{name}#{n} {short} ({cpu:.1f} s CPU)",
                code,
                o,
                e,
                parse_all(out) if out.exists() else [],
                extra,
            )

    def public_titles(out):
        import feedparser

        f = next(Path(out).rglob("pt-BR/rss.xml"), None)
        return [e.title for e in feedparser.parse(f.read_bytes()).entries] if f else []

    def expect(n_entries_by_run):
        def check(n, out, summary):
            t = public_titles(out)
            want = n_entries_by_run[n - 1]
            return (
                "" if len(t) == want else f"public feed has {len(t)} entries {t}, expected {want}"
            )

        return check

    # the same guid names another story in the next run (a CMS reusing ids)
    feed_runs(
        "guid-reused-next-run",
        [rss([item("g1", *A), item("g2", *B)]), rss([item("g1", *C), item("g2", *B)])],
        expect([2, 2]),
    )
    # two items with one guid in one run
    feed_runs(
        "guid-twice-one-run",
        [rss([item("g1", *A), item("g1", *B)]), rss([item("g1", *A), item("g1", *B)])],
    )
    # the guid of run 1's item moves to a new story, the old story comes back under a new guid
    feed_runs(
        "guid-swapped",
        [rss([item("g1", *A), item("g2", *B)]), rss([item("g2", *A), item("g1", *B)])],
        expect([2, 2]),
    )
    # guid differing only by case / whitespace
    feed_runs(
        "guid-case-space",
        [
            rss([item("G1", *A), item(" g1 ", *B), item("g1", *C)]),
            rss([item("g1", *A), item("G1", *B), item(" g1 ", *C)]),
        ],
    )
    # no guid: the link decides; two items one link across runs
    feed_runs(
        "no-guid-same-link",
        [
            rss(
                [
                    item(None, *A, link="https://news.example.org/a"),
                    item(None, *B, link="https://news.example.org/a"),
                ]
            ),
            rss([item(None, *C, link="https://news.example.org/a")]),
        ],
    )
    # an empty guid on every item
    feed_runs("guid-empty", [rss([item("", *A), item("", *B)]), rss([item("", *A), item("", *C)])])
    # a guid of 100,000 characters, then the same again
    big = "x" * 100_000
    feed_runs("guid-huge", [rss([item(big, *A)]), rss([item(big, *B)])])
    # guid duplicated across 3 runs with content flip-flopping back
    feed_runs(
        "guid-flipflop",
        [rss([item("g1", *A)]), rss([item("g1", *B)]), rss([item("g1", *A)])],
        expect([1, 1, 1]),
    )

fails = [r for r in results if r[2]]
print(f"# {len(results)} cases, {len(fails)} failed")
