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


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "truncate": _truncate, "bit-flips": _flips, "invalid-utf8": _bad_utf8,
    "surrogate": _surrogate, "nul": _nul, "deep-nesting": _nest, "huge-attribute": _huge_attr,
    "lying-encoding": _lying_encoding, "bom": _bom, "crlf-cr": _line_ends,
    "entity-tricks": _entities, "markup-junk": _cdata,
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
                                                  "tbx": []}  # fmt: skip
    pages = sorted(CORPUS.glob("heldout_j/pages/*.html.gz"))[:3] + sorted(
        CORPUS.glob("heldout_h/pages/*.html.gz"))[:2]
    for p in pages:
        seeds["page"].append((p.name[: -len(".gz")], gzip.decompress(p.read_bytes())[:6000]))
    feeds = sorted(f for f in (CORPUS / "feeds").iterdir() if not f.name.endswith(".json"))
    for f in feeds[:: max(1, len(feeds) // 6)][:6]:
        seeds["feed"].append((f.name, f.read_bytes()[:12000]))
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
    if kind == "page":
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
    ap.add_argument("--kinds", default="page,feed,review,tmx,tbx")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="fuzz-readers-"))
    env = {**os.environ, "TRANSLATE_HOME": str(work / "home"), "PYTHONUNBUFFERED": "1"}
    lines = [f"# fuzz_readers: seed {args.seed}, {args.per_seed} mutations a seed file; "
             f"{platform.machine()}, {os.cpu_count()} cores (shared); Python "
             f"{platform.python_version()}; {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}"]
    seeds = make_seeds(work, env, args.timeout)
    runs: Counter[str] = Counter()
    bad: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str, str], str] = {}
    n = 0
    for kind in args.kinds.split(","):
        for name, data in seeds.get(kind, []):
            for _ in range(max(1, args.per_seed // 3) if kind == "page" else args.per_seed):
                names = rng.sample(sorted(MUTATIONS), rng.choice([1, 1, 2]))
                mname = "+".join(names)
                mutated = data
                for one in names:
                    mutated = MUTATIONS[one](mutated, rng)
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
