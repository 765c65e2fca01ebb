"""Mutation fuzzer of the readers, run through the real CLI (a benchmark, not a timed test).

Seeds are real files: pages of ``tests/data/realworld`` (cut to their first few kilobytes so that
a run stays short), feeds of ``tests/data/realworld/feeds``, and the XLIFF, PO, TMX and TBX files
our own writers produce (made once, at the start, from a small article). Each seed gets
byte-level and structure-level mutations (truncation, bit flips, invalid UTF-8, lone surrogates,
NUL, deep nesting, a huge attribute, an encoding declaration that lies, BOMs, CRLF / CR line
ends, entity tricks), chosen by a fixed seed, and every mutated file goes through the CLI command
that reads its kind in a subprocess with a timeout:

* page (.html/.txt/.md): ``translate detect``, ``translate check``, ``translate run``
* feed: ``translate feed FILE``
* XLIFF / PO: ``translate review apply`` (with the edition it was exported from)
* TMX: ``translate tm import``; TBX: ``translate glossary import``

A run passes when it exits with a documented code (0, 2..11; 1 is an internal error) with no
traceback, a non-zero exit says one ``error...`` line on stderr, nothing is left half-written
(no temporary file), and every file it wrote parses back with an independent parser (JSON:
``json``; XML formats: ``xml.dom.minidom`` over expat; PO: a strict reader here; Markdown and
text: UTF-8). A run that passes the timeout is a hang. Standard library only.

Run: ``python benchmarks/fuzz_readers.py [--seed 7] [--per-seed 10] [--timeout 120]
[--out benchmarks/results/hostile7-fuzz_readers.txt]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from xml.dom import minidom

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "data" / "realworld"
DOCUMENTED = {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
ARTICLE = ("Lisbon, 3 March 2020 - The city council approved a budget of €1.2 million on Friday, "
           "not the €2 million asked.\n\nAbout 40% of the 1,500 residents voted; the mayor, "
           "Ana Silva, said it was \"a fair deal\" & <b>final</b>.\n")  # fmt: skip


# ---- mutations --------------------------------------------------------------------------------

def _truncate(d: bytes, r: random.Random) -> bytes:
    return d[: r.randrange(len(d) + 1)]


def _flips(d: bytes, r: random.Random) -> bytes:
    b = bytearray(d)
    for _ in range(r.randrange(1, 16)):
        if b:
            b[r.randrange(len(b))] ^= 1 << r.randrange(8)
    return bytes(b)


def _insert(d: bytes, r: random.Random, what: bytes) -> bytes:
    at = r.randrange(len(d) + 1)
    return d[:at] + what + d[at:]


def _bad_utf8(d: bytes, r: random.Random) -> bytes:
    return _insert(d, r, r.choice([b"\xff\xfe", b"\xc3", b"\xe2\x82", b"\xf8\x88\x80\x80\x80",
                                   b"\xc0\xaf"]))  # fmt: skip


def _surrogate(d: bytes, r: random.Random) -> bytes:
    return _insert(d, r, r.choice([b"\xed\xa0\x80", b"&#xD800;", b"&#55296;", b"\\ud800"]))


def _nul(d: bytes, r: random.Random) -> bytes:
    return _insert(d, r, r.choice([b"\x00", b"&#0;", b"\x00\x00\x00\x00", b"&#x1;"]))


def _nest(d: bytes, r: random.Random) -> bytes:
    depth = r.choice([200, 5000, 50000])
    tag = r.choice([b"div", b"b", b"g", b"item", b"seg"])
    deep = (b"<" + tag + b">") * depth + b"x" + (b"</" + tag + b">") * depth
    m = re.search(rb"<(?:body|item|entry|source|seg|tuv|term|msgid|p)\b[^>]*>", d)
    at = m.end() if m else len(d) // 2
    return d[:at] + deep + d[at:]


def _huge_attr(d: bytes, r: random.Random) -> bytes:
    m = re.search(rb"<([A-Za-z][\w:-]*)", d)
    size = r.choice([10**5, 10**6, 8 * 10**6])
    big = b" a" + str(r.randrange(99)).encode() + b'="' + b"A" * size + b'"'
    if not m:
        return big + d
    return d[: m.end()] + big + d[m.end() :]


def _lying_encoding(d: bytes, r: random.Random) -> bytes:
    enc = r.choice([b"utf-16", b"shift_jis", b"iso-8859-1", b"ebcdic-cp-us", b"x-nonsense",
                    b"utf-32"])  # fmt: skip
    if re.search(rb"encoding=[\"'][^\"']*[\"']", d):
        return re.sub(rb"encoding=[\"'][^\"']*[\"']", b'encoding="' + enc + b'"', d, count=1)
    if re.search(rb"charset=[\w-]+", d):
        return re.sub(rb"charset=[\w-]+", b"charset=" + enc, d, count=1)
    return b'<?xml version="1.0" encoding="' + enc + b'"?>\n' + d


def _bom(d: bytes, r: random.Random) -> bytes:
    return r.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf\xef\xbb\xbf",
                     b"\x00\x00\xfe\xff"]) + d  # fmt: skip


def _line_ends(d: bytes, r: random.Random) -> bytes:
    return d.replace(b"\n", r.choice([b"\r\n", b"\r", b"\r\r\n"]))


def _entities(d: bytes, r: random.Random) -> bytes:
    tricks = [
        b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
        b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        b'<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>',
        b'<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd">',
    ]
    use = [b"&c;", b"&e;", b"&undefined;", b"&#x110000;", b"&#xFFFE;", b"&amp", b"&#;", b"&nbsp;"]
    out = d
    decl = re.search(rb"<\?xml[^>]*\?>", out)
    trick = r.choice(tricks)
    out = out[: decl.end()] + trick + out[decl.end() :] if decl else trick + out
    for _ in range(r.randrange(1, 4)):
        m = [x for x in re.finditer(rb">[^<>]{3,}<", out)]
        if m:
            hit = r.choice(m)
            out = out[: hit.start() + 1] + r.choice(use) + out[hit.start() + 1 :]
    return out


def _cdata(d: bytes, r: random.Random) -> bytes:
    return _insert(d, r, r.choice([b"<![CDATA[", b"]]>", b"<!--", b"-->", b"<?pi x?>", b"</",
                                   b"<a b='1' b='2'>", "\u202e".encode()]))


# ---- eighth pass: bombs and invisible tricks -------------------------------------------------

def _md_bomb(d: bytes, r: random.Random) -> bytes:
    n = r.choice([2000, 20000])
    kind = r.randrange(6)
    if kind == 0:  # nested lists
        bomb = b"".join(b"  " * i + b"- item\n" for i in range(min(n, 3000)))
    elif kind == 1:  # nested blockquotes
        bomb = b">" * n + b" quoted 1,000 words\n"
    elif kind == 2:  # links inside links
        bomb = b"[" * n + b"x" + b"](http://a.example/)" * n + b"\n"
    elif kind == 3:  # emphasis runs
        bomb = b"*_" * n + b"word" + b"_*" * n + b"\n"
    elif kind == 4:  # thousands of reference links
        bomb = b"".join(b"[w%d][r%d] " % (i, i) for i in range(n)) + b"\n\n" + b"".join(
            b"[r%d]: http://a.example/%d\n" % (i, i) for i in range(n))
    else:  # backticks and HTML blocks
        bomb = b"`" * n + b"<div>" * min(n, 5000) + b"text" + b"\n"
    return _insert_line(d, r, b"\n" + bomb + b"\n")


def _insert_line(d: bytes, r: random.Random, what: bytes) -> bytes:
    lines = [m.end() for m in re.finditer(rb"\n", d)] or [len(d)]
    at = r.choice(lines)
    return d[:at] + what + d[at:]


def _huge_line(d: bytes, r: random.Random) -> bytes:
    size = r.choice([200_000, 2_000_000])
    unit = r.choice([b"A", b"word ", b"1", "\u00e9".encode(), b"<b>", "\u200b".encode()])
    return _insert_line(d, r, unit * (size // len(unit)))


_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202d",
              "\u2066", "\u2067", "\u2068", "\u2069", "\u200f", "\u061c", "\u034f"]


def _invisible(d: bytes, r: random.Random) -> bytes:
    """Zero-width and bidi controls inside numbers and capitalised names."""
    text = d.decode("utf-8", "replace")
    spots = [m.start() + 1 for m in re.finditer(r"\d(?=[\d.,  ]\d)|[A-Z](?=[a-z]{2})", text)]
    for at in sorted(r.sample(spots, min(len(spots), r.randrange(1, 12))), reverse=True):
        text = text[:at] + r.choice(_INVISIBLE) + text[at:]
    if r.random() < 0.5:  # an override that shows "1 000" as another number
        text = re.sub(r"(\d[\d ,.]*\d)", lambda m: "\u202e" + m.group(1) + "\u202c", text,
                      count=r.randrange(1, 4))  # fmt: skip
    return text.encode("utf-8")


_DIGIT_SETS = ["٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "０１２３４５６７８９", "०१२३४५६७८९", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"]


def _homoglyph_digits(d: bytes, r: random.Random) -> bytes:
    """Digits of another script (Arabic-Indic, fullwidth, mathematical) in some numbers, or in
    part of one ("1٠00")."""
    digits = r.choice(_DIGIT_SETS)
    text = d.decode("utf-8", "replace")
    mixed = r.random() < 0.5

    def swap(m: re.Match[str]) -> str:
        if mixed:
            return "".join(digits[int(c)] if c.isdigit() and r.random() < 0.5 else c
                           for c in m.group())  # fmt: skip
        return "".join(digits[int(c)] if c.isdigit() else c for c in m.group())

    return re.sub(r"(?<![\w&#])\d[\d,.]*", swap, text).encode("utf-8")


def _many_links(d: bytes, r: random.Random) -> bytes:
    n = r.choice([5000, 50000])
    if r.random() < 0.5:
        links = b"".join(b'<a href="/p%d">link %d</a> ' % (i, i) for i in range(n))
        bomb = b"<p>" + links + b"</p>"
    else:
        depth = r.choice([300, 3000])
        bomb = b"<table><tr><td>" * depth + b"cell 1,500" + b"</td></tr></table>" * depth
    m = re.search(rb"<(?:body|p|div|article)\b[^>]*>", d)
    at = m.end() if m else len(d) // 2
    return d[:at] + bomb + d[at:]


def _feed_items(d: bytes, r: random.Random) -> bytes:
    """10,000 items (or entries), or every item with one guid/id."""
    item = re.search(rb"<(item|entry)\b.*?</\1>", d, re.DOTALL)
    if not item:
        return d
    one = item.group()
    if r.random() < 0.5:
        many = b"".join(re.sub(rb"</(title)>", b" %d</\\1>" % i, one, count=1)
                        for i in range(10000))  # fmt: skip
    else:  # duplicated GUIDs / ids with different content
        tag = rb"guid" if item.group(1) == b"item" else rb"id"
        end = b"</" + item.group(1) + b">"
        if not re.search(rb"<" + tag + rb"\b", one):
            one = one.replace(end, b"<" + tag + b">same</" + tag + b">" + end)
        many = b"".join(re.sub(rb"<(title)>", b"<\\1>v%d " % i, one, count=1) for i in range(50))
    return d[: item.start()] + many + d[item.end() :]


def _hostile_terms(d: bytes, r: random.Random) -> bytes:
    """Terms and segments with markup, quotes, TOML/CSV syntax, controls and huge strings."""
    evil = r.choice([b"&lt;script&gt;alert(1)&lt;/script&gt;", b'a"b\\"c = 1\n[x]',
                     b"\xe2\x80\xae1000", b"=cmd|' /C calc'!A0", b"A" * 200000,
                     b"&#x7;&#x1b;[31m", b"{{name}} %s %n",
                     b"\xef\xbc\x91\xef\xbc\x90", b"\xe2\x80\x8b"])  # fmt: skip
    m = [x for x in re.finditer(rb">([^<>]{1,200})</(?:term|seg|source|target)>", d)]
    if not m:
        return _insert(d, r, evil)
    for hit in sorted(r.sample(m, min(len(m), r.randrange(1, 4))), key=lambda x: -x.start()):
        d = d[: hit.start(1)] + evil + d[hit.end(1) :]
    return d


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "truncate": _truncate, "bit-flips": _flips, "invalid-utf8": _bad_utf8,
    "surrogate": _surrogate, "nul": _nul, "deep-nesting": _nest, "huge-attribute": _huge_attr,
    "lying-encoding": _lying_encoding, "bom": _bom, "crlf-cr": _line_ends,
    "entity-tricks": _entities, "markup-junk": _cdata,
}  # fmt: skip
# the eighth pass's kinds, and the seed kinds each applies to (``--mutations new``)
NEW_MUTATIONS: dict[str, tuple[Callable[[bytes, random.Random], bytes], tuple[str, ...]]] = {
    "md-bomb": (_md_bomb, ("md", "text")), "huge-line": (_huge_line, ("md", "text", "page")),
    "invisible-in-numbers": (_invisible, ("md", "text", "page", "feed", "review", "tmx", "tbx")),
    "homoglyph-digits": (_homoglyph_digits, ("md", "text", "page", "feed", "review", "tmx")),
    "many-links-tables": (_many_links, ("page", "feed")),
    "feed-items-guids": (_feed_items, ("feed",)),
    "hostile-terms": (_hostile_terms, ("tmx", "tbx", "review")),
}  # fmt: skip


# ---- seeds -------------------------------------------------------------------------------------

def _cli(args: list[str], cwd: Path, env: dict[str, str], timeout: float) -> tuple[int | None, str]:
    exe = [sys.executable, "-m", "translate", *args]
    try:
        p = subprocess.run(exe, cwd=cwd, env=env, capture_output=True, timeout=timeout,
                           stdin=subprocess.DEVNULL)  # fmt: skip
    except subprocess.TimeoutExpired:
        return None, "TIMEOUT"
    return p.returncode, p.stderr.decode("utf-8", "replace")


def make_seeds(work: Path, env: dict[str, str],
               timeout: float) -> dict[str, list[tuple[str, bytes]]]:  # fmt: skip
    """Seeds by kind: real pages and feeds, and our own writers' XLIFF, PO, TMX and TBX."""
    seeds: dict[str, list[tuple[str, bytes]]] = {"page": [], "feed": [], "review": [], "tmx": [],
                                                  "tbx": [], "md": [], "text": []}  # fmt: skip
    pages = sorted(CORPUS.glob("heldout_j/pages/*.html.gz"))[:3] + sorted(
        CORPUS.glob("heldout_h/pages/*.html.gz"))[:2]
    for p in pages:
        seeds["page"].append((p.name[: -len(".gz")], gzip.decompress(p.read_bytes())[:6000]))
    feeds = sorted(f for f in (CORPUS / "feeds").iterdir() if not f.name.endswith(".json"))
    for f in feeds[:: max(1, len(feeds) // 6)][:6]:
        seeds["feed"].append((f.name, f.read_bytes()[:12000]))
    seeds["md"] = [("article.md", ARTICLE.replace("\n\n", "\n\n- a list item, 2,500 words\n"
                                                 "> a quote of 1 000 people\n\n").encode())]
    for md in sorted((HERE.parent / "tests" / "data" / "markdown").glob("*.md"))[:1]:
        seeds["md"].append((md.name, md.read_bytes()[:6000]))
    seeds["text"] = [("article.txt", ARTICLE.encode())]
    src = work / "seed" / "article.txt"
    src.parent.mkdir(parents=True)
    src.write_text(ARTICLE, encoding="utf-8")
    out = work / "seed" / "editions"
    code, err = _cli(["run", str(src), "--to", "pt-BR", "--from", "en", "--out", str(out),
                      "--format", "md,json,xliff,po", "--on-findings", "publish", "-q"],
                     work, env, timeout)  # fmt: skip
    if code not in (0, 9):
        raise SystemExit(f"seed edition failed ({code}): {err}")
    for f in sorted(out.rglob("*")):
        if f.suffix in (".xlf", ".xliff", ".po"):
            seeds["review"].append((f.name, f.read_bytes()))
    tmx = work / "seed" / "tm.tmx"
    _cli(["tm", "export", "--db", str(work / "seed.db"), "-o", str(tmx)], work, env, timeout)
    if tmx.exists():
        seeds["tmx"].append((tmx.name, tmx.read_bytes()))
    tbx = work / "seed" / "glossary.tbx"
    _cli(["glossary", "export", "--format", "tbx", "-o", str(tbx)], work, env, timeout)
    if tbx.exists():
        seeds["tbx"].append((tbx.name, tbx.read_bytes()[:20000]))
    return seeds


# ---- commands and checks -------------------------------------------------------------------------

def commands(kind: str, path: Path, out: Path, work: Path) -> list[tuple[str, list[str]]]:
    db = str(out / "t.db")
    if kind in ("page", "md", "text"):
        return [("detect", ["detect", str(path)]), ("check", ["check", str(path)]),
                ("run", ["run", str(path), "--to", "pt-BR", "--out", str(out), "--db", db,
                         "--format", "md,json,xliff,po,html", "-q"])]  # fmt: skip
    if kind == "feed":
        return [("feed", ["feed", str(path), "--to", "pt-BR", "--out", str(out), "--db", db,
                          "--max-items", "2", "-q"])]  # fmt: skip
    if kind == "review":
        edition = next((work / "seed" / "editions").rglob("*.json"))
        return [("review apply", ["review", "apply", str(path), "--edition", str(edition),
                                  "--out", str(out), "--db", db])]  # fmt: skip
    if kind == "tmx":
        return [("tm import", ["tm", "import", str(path), "--db", db])]
    return [("glossary import", ["glossary", "import", str(path), "-o", str(out / "g.toml")])]


_PO_LINE = re.compile(r'^(?:#.*|msg(?:ctxt|id|id_plural|str(?:\[\d+\])?) ".*"|".*"|)$')


def _parses(f: Path) -> str | None:
    """None if ``f`` parses back with an independent parser, else why not."""
    data = f.read_bytes()
    try:
        if f.suffix == ".json":
            json.loads(data.decode("utf-8"))
        elif f.suffix in (".xlf", ".xliff", ".tmx", ".tbx", ".xml", ".rss", ".atom"):
            minidom.parseString(data)
        elif f.suffix == ".po":
            for line in data.decode("utf-8").splitlines():
                if not _PO_LINE.match(line):
                    return f"PO line not valid: {line[:60]!r}"
        elif f.suffix in (".md", ".txt", ".toml", ".html"):
            data.decode("utf-8")
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc)[:80]}"
    return None


def verdict(code: int | None, err: str, out: Path) -> str | None:
    """None when the run behaved; else the class of failure."""
    if code is None:
        return "hang"
    if "Traceback" in err:
        return "traceback"
    if code not in DOCUMENTED:
        return f"exit {code}"
    lines = [x for x in err.splitlines() if x.strip()]
    if code not in (0, 9, 10) and not any("error[" in x for x in lines):
        return "no one-line error"
    for f in out.rglob("*"):
        if not f.is_file() or f.suffix == ".db" or f.name.endswith((".db-wal", ".db-shm")):
            continue
        if f.name.startswith(".") or f.suffix in (".tmp", ".part") or ".tmp" in f.name:
            return "half-written file"
        why = _parses(f)
        if why:
            return f"unparsable {f.suffix}: {why}"
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-seed", type=int, default=10,
                    help="mutated inputs of each seed file (a third of it for pages, whose "
                    "runs translate)")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--kinds", default="page,feed,review,tmx,tbx")  # also md, text
    ap.add_argument("--mutations", choices=("old", "new", "all"), default="old",
                    help="the first passes' kinds, the eighth pass's (bombs, invisible and "
                    "homoglyph characters, 10,000 items, hostile terms), or both")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="fuzz-readers-"))
    env = {**os.environ, "TRANSLATE_HOME": str(work / "home"), "PYTHONUNBUFFERED": "1"}
    lines = [f"# fuzz_readers: seed {args.seed}, {args.per_seed} mutations a seed file, "
             f"mutations {args.mutations}, kinds {args.kinds}; "
             f"{platform.machine()}, {os.cpu_count()} cores (shared); Python "
             f"{platform.python_version()}; {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}"]
    seeds = make_seeds(work, env, args.timeout)
    runs: Counter[str] = Counter()
    bad: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str, str], str] = {}
    n = 0
    for kind in args.kinds.split(","):
        for name, data in seeds.get(kind, []):
            table = {k: f for k, f in MUTATIONS.items()} if args.mutations != "new" else {}
            if args.mutations != "old":
                table.update({k: f for k, (f, kinds) in NEW_MUTATIONS.items() if kind in kinds})
            paged = kind in ("page", "md", "text")
            for _ in range(max(1, args.per_seed // 3) if paged else args.per_seed):
                names = rng.sample(sorted(table), min(len(table), rng.choice([1, 1, 2])))
                mname = "+".join(names)
                mutated = data
                for one in names:
                    mutated = table[one](mutated, rng)
                n += 1
                case = work / f"case{n:04d}"
                case.mkdir()
                path = case / name
                path.write_bytes(mutated)
                for label, cmd in commands(kind, path, case / "out", work):
                    (case / "out").mkdir(exist_ok=True)
                    code, err = _cli(cmd, case, env, args.timeout)
                    runs[label] += 1
                    why = verdict(code, err, case / "out")
                    if why:
                        key = (label, mname, why.split(":")[0])
                        bad[key] += 1
                        last = (err.strip().splitlines() or ["(no stderr)"])[-1][:160]
                        examples.setdefault(key, f"{name} -> {path} | {why} | {last}")
                    shutil.rmtree(case / "out", ignore_errors=True)
    lines.append(f"inputs: {n}; runs: {sum(runs.values())} "
                 f"({', '.join(f'{k} {v}' for k, v in sorted(runs.items()))})")
    lines.append("")
    lines.append("| command | mutation | failure | runs |")
    lines.append("|---|---|---|---|")
    for (label, mname, why), count in sorted(bad.items()):
        lines.append(f"| {label} | {mname} | {why} | {count} |")
    if not bad:
        lines.append("| (none) | | | 0 |")
    lines.append("")
    lines += [f"EXAMPLE {k}: {v}" for k, v in sorted(examples.items())]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if not bad:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
