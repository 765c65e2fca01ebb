# ruff: noqa: E501, E741
"""fuzz45 hand probes (fuzz44's leftovers): a reviewer's short target in the source's language,
0-byte and blank glossary files (CSV, TBX, TOML), a 5 MB single paragraph (CPU before its
refusal), a feed declared UTF-8 whose other bytes charset-normalizer guesses implausibly, a feed
whose items are all duplicates, an XLIFF whose units' (or segments') ids collide. Each command
runs in a child with the fake engine (tests/fakes.py) under ``/usr/bin/time``; checked: a
documented exit code, no traceback, no hang, every file written parsed back (json, lxml,
``msgfmt -c``, tomllib, feedparser), and per probe what the output must (not) hold.

    TREE=/path/to/tree python benchmarks/fuzz45_hand_probes.py [short] [empty] [big] [feed] [xlf] [dict]
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import lxml.etree
import lxml.html

RUNNER = '''import os, sys
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
DOC = {0, 3, 4, 5, 7, 8, 9, 10, 12}
work = Path(tempfile.mkdtemp(prefix="fuzz45-hand-"))
RUN = work / "runcli.py"
RUN.write_text(RUNNER, encoding="utf-8")
ENV = {**os.environ, "TREE": TREE, "PYTHONPATH": TREE, "TRANSLATE_HOME": str(work / "home")}
DATA = Path(TREE) / "tests" / "data" / "hostile" / "fuzz27"
results = []


def run(args, timeout=600):
    tf = work / "time.txt"
    try:
        p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", str(tf), PY, RUN, *map(str, args)],
                           capture_output=True, text=True, env=ENV, timeout=timeout, cwd=work)
        u, s, m = tf.read_text().split()[-3:]
        return p.returncode, p.stdout, p.stderr, f"cpu {float(u) + float(s):.1f}s rss {int(m) // 1024} MB"
    except subprocess.TimeoutExpired:
        return "HANG", "", "", ""


def parse_all(folder):
    import feedparser
    import tomllib
    bad = []
    for f in sorted(Path(folder).rglob("*")):
        if not f.is_file() or f.suffix == ".db" or f.name.endswith((".db-wal", ".db-shm")):
            continue
        try:
            if f.suffix == ".json":
                json.loads(f.read_text(encoding="utf-8"))
            elif f.suffix == ".jsonl":
                [json.loads(l) for l in f.read_text(encoding="utf-8").splitlines() if l.strip()]
            elif f.suffix in (".xlf", ".tmx"):
                lxml.etree.parse(str(f), lxml.etree.XMLParser(resolve_entities=False, huge_tree=True))
            elif f.suffix in (".xml", ".rss", ".atom"):
                lxml.etree.parse(str(f), lxml.etree.XMLParser(resolve_entities=False, huge_tree=True))
                d = feedparser.parse(f.read_bytes())
                if d.bozo:
                    bad.append(f"{f.name}: feedparser bozo: {d.bozo_exception}")
            elif f.suffix == ".html":
                lxml.html.fromstring(f.read_bytes())
            elif f.suffix == ".po":
                r = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(f)], capture_output=True, text=True)
                if r.returncode:
                    bad.append(f"{f.name}: msgfmt: {r.stderr.strip()[:200]}")
            elif f.suffix == ".toml":
                tomllib.loads(f.read_text(encoding="utf-8"))
            elif f.suffix in (".md", ".txt"):
                f.read_text(encoding="utf-8")
        except Exception as exc:
            bad.append(f"{f.name}: {type(exc).__name__}: {str(exc)[:150]}")
    return bad


def verdict(name, res, files_bad=(), extra=""):
    code, out, err, cost = res
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
    line = next((l for l in err.splitlines() if l.startswith(("error", "warning", "failed"))), err.strip().splitlines()[-1] if err.strip() else "")
    results.append((name, code, problems))
    print(f"{'FAIL' if problems else 'ok  '} {name}: exit {code} [{cost}] {line[:170]} {'; '.join(problems)}", flush=True)


def texts_of(folder, suffix):
    return "".join(f.read_text(encoding="utf-8", errors="replace") for f in Path(folder).rglob(f"*{suffix}"))


P = "The minister said on Monday that the council will meet again next week to vote on the budget."
Q = "Residents of the city queued for hours outside the town hall to register their objections."
which = sys.argv[1:] or ["short", "empty", "big", "feed", "xlf", "dict"]


def memory_holds(d, text):
    db = d / "t.db"
    if not db.exists():
        return False
    con = sqlite3.connect(db)
    try:
        for (t,) in con.execute("select name from sqlite_master where type='table'"):
            for (c,) in [(r[1],) for r in con.execute(f"pragma table_info({t})")]:
                try:
                    if con.execute(f"select count(*) from {t} where {c} = ?", (text,)).fetchone()[0] and c not in ("source", "source_text", "src"):
                        return True
                except sqlite3.Error:
                    pass
    finally:
        con.close()
    return False


def review(name, fn, text, check, fmt="md,json,html,po,xliff"):
    d = work / f"rv-{name}"
    d.mkdir()
    (d / fn).write_text(text, encoding="utf-8")
    (d / "ed").mkdir()
    shutil.copy(DATA / "article.pt-BR.json", d / "ed" / "article.pt-BR.json")
    res = run(["review", "apply", d / fn, "--edition", d / "ed" / "article.pt-BR.json", "--out", d / "out", "--db", d / "t.db", "--format", fmt])
    extra = check(d, res)
    verdict(f"review {name}", res, parse_all(d / "out") if (d / "out").exists() else [], extra)
    return d, res


# -- a reviewer's short target in the source's language ----------------------------------------
if "short" in which:
    po = (DATA / "article.pt-BR.po").read_text(encoding="utf-8")
    xlf = (DATA / "article.pt-BR.xlf").read_text(encoding="utf-8")
    HEAD_PO = 'msgstr "Votação de orçamento em Lisboa"'
    HEAD_X = '<target>Votação de orçamento em <mrk id="m1" type="term" value="lisbon">Lisboa</mrk></target>'
    B3_PO = 'msgstr "O comparente subiu para 62,5 por cento, contra 48% em 2016."'

    def not_stored(text):
        def check(d, res):
            if memory_holds(d, text):
                return f"{text!r} stored as the sentence's pt-BR"
            return "" if res[0] == 9 else "wanted exit 9 (not confirmed)"
        return check

    def stored(text):
        def check(d, res):
            return "" if res[0] == 0 and memory_holds(d, text) else f"a translation not applied (exit {res[0]})"
        return check
    for t in ("Budget vote today", "Vote in Lisbon", "Lisbon budget vote", "Budget vote", "Council budget approved", "City budget"):
        review(f"po-short-english-title {t!r}", "article.pt-BR.po", po.replace(HEAD_PO, f'msgstr "{t}"'), not_stored(t))
    review("xlf-short-english-title 'Vote in Lisbon'", "article.pt-BR.xlf", xlf.replace(HEAD_X, '<target>Vote in <mrk id="m1" type="term" value="lisbon">Lisbon</mrk></target>'), not_stored("Vote in Lisbon"))
    for t in ("Turnout rose sharply.", "Turnout rose.", "Read more"):
        review(f"po-short-english-b3 {t!r}", "article.pt-BR.po", po.replace(B3_PO, f'msgstr "{t}"'), not_stored(t))
    # do no harm: short Portuguese targets, names
    for t in ("Votação em Lisboa", "Orçamento de Lisboa", "Lisboa vota orçamento", "Orçamento aprovado"):
        review(f"po-short-portuguese-title {t!r}", "article.pt-BR.po", po.replace(HEAD_PO, f'msgstr "{t}"'), stored(t))

# -- 0-byte and blank glossary files -----------------------------------------------------------
if "empty" in which:
    for name, fn, data in (("zero-byte-csv", "t.csv", b""), ("blank-csv", "t.csv", b"\n \n"), ("bom-only-csv", "t.csv", b"\xef\xbb\xbf"),
                           ("zero-byte-tbx", "t.tbx", b""), ("blank-tbx", "t.tbx", b"  \n")):
        d = work / f"gl-{name}"
        d.mkdir()
        (d / fn).write_bytes(data)
        res = run(["glossary", "import", d / fn, "-o", d / "g.toml"])
        verdict(f"glossary import {name}", res, parse_all(d), "" if res[0] == 3 and "empty file" in res[2] else "wanted exit 3 'empty file' (as an empty article, feed, review file or TMX)")
    for name, data in (("zero-byte-toml", b""), ("blank-toml", b"\n\n")):
        d = work / f"gt-{name}"
        d.mkdir()
        (d / "g.toml").write_bytes(data)
        (d / "a.md").write_text(f"# Council\n\n{P}\n", encoding="utf-8")
        res = run(["run", d / "a.md", "--to", "pt-BR", "--engine", "fake", "--from", "en", "--glossary", d / "g.toml", "-o", d / "out"])
        verdict(f"run --glossary {name}", res, parse_all(d / "out") if (d / "out").exists() else [], "" if res[0] == 3 and "empty file" in res[2] else "wanted exit 3 'empty file'")
    d = work / "review-0"
    d.mkdir()
    (d / "article.pt-BR.po").write_bytes(b"")
    shutil.copy(DATA / "article.pt-BR.json", d / "article.pt-BR.json")
    res = run(["review", "apply", d / "article.pt-BR.po", "--edition", d / "article.pt-BR.json", "--out", d / "out", "--db", d / "t.db"])
    verdict("review apply zero-byte-po (the rule's reference)", res, [], "" if res[0] == 3 else "wanted exit 3")

# -- a 5 MB single paragraph ---------------------------------------------------------------------
if "big" in which:
    def cpu_under(limit):
        def check(out, res):
            if res[0] != 12:
                return f"wanted exit 12 (exit {res[0]})"
            cpu = float(res[3].split()[1].rstrip("s"))
            return "" if cpu <= limit else f"{cpu:.1f} s of CPU before the refusal (more than {limit} s)"
        return check
    para = ("word " * (5_000_000 // 5)).strip()
    sent = (P + " ") * (5_000_000 // (len(P) + 1))
    for name, fn, data in (("5mb-one-paragraph-md", "a.md", f"# Council\n\n{para}\n"),
                           ("5mb-one-paragraph-txt", "a.txt", f"{para}\n"),
                           ("5mb-one-paragraph-html", "a.html", f"<html><head><meta charset='utf-8'><title>T</title></head><body><p>{para}</p></body></html>"),
                           ("5mb-of-sentences-one-paragraph-md", "a.md", f"# Council\n\n{sent}\n"),
                           ("5mb-one-line-no-spaces-txt", "a.txt", "x" * 5_000_000 + "\n")):
        d = work / f"big-{name}"
        d.mkdir()
        (d / fn).write_text(data, encoding="utf-8")
        res = run(["run", d / fn, "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", d / "out"])
        verdict(f"run {name}", res, parse_all(d / "out") if (d / "out").exists() else [], cpu_under(3.0)(d / "out", res))
    d = work / "big-batch"
    d.mkdir()
    (d / "in").mkdir()
    (d / "in" / "a.md").write_text(f"# Council\n\n{para}\n", encoding="utf-8")
    (d / "in" / "b.md").write_text(f"# Council\n\n{P}\n", encoding="utf-8")
    res = run(["batch", d / "in", "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", d / "out"])
    verdict("batch 5mb-one-paragraph beside a good file", res, parse_all(d / "out") if (d / "out").exists() else [], "" if res[0] == 10 else f"wanted exit 10 (exit {res[0]})")

# -- feeds ---------------------------------------------------------------------------------------
def rss(items, decl='<?xml version="1.0" encoding="utf-8"?>', guids=None):
    body = "".join(f"<item><title>{t}</title><guid>{guids[i] if guids else f'g{i}'}</guid><description>{d}</description></item>" for i, (t, d) in enumerate(items))
    return f'{decl}\n<rss version="2.0"><channel><title>News</title><link>https://example.org/</link><description>d</description>{body}</channel></rss>\n'


def feedfile(name, data, check=None, runs=1):
    d = work / f"in-{name}"
    d.mkdir()
    f = d / "feed.xml"
    f.write_bytes(data)
    out = work / f"out-{name}"
    for _ in range(runs):
        res = run(["feed", f, "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", out])
    extra = check(out, res) if check else ""
    verdict(f"feed {name}", res, parse_all(out) if out.exists() else [], extra)
    return out, res


if "feed" in which:
    def plausible(out, res):
        t = texts_of(out, ".json") + texts_of(out, ".xml") + texts_of(out, ".html")
        import unicodedata
        scripts = set()
        for ch in t:
            if ord(ch) > 0x24F and ch.isalpha():
                scripts.add(unicodedata.name(ch, "?").split()[0])
        if "\ufffd" in t:
            return "U+FFFD published"
        if scripts - {"LATIN"}:
            return f"letters of {sorted(scripts - {'LATIN'})} published inside English/Latin text (an implausible guess)"
        if res[0] == 0 and "warning" not in res[2]:
            return "read with no warning"
        return ""
    # one or two Latin-1 letters in a short feed: too little for a reliable guess
    feedfile("utf8-decl-one-latin1-byte", rss([("Cafe news", f"{P} The caf\xe9 reopened.")]).encode("latin-1"), check=plausible)
    feedfile("utf8-decl-two-latin1-bytes", rss([("Na\xefve plan", f"{P} The fa\xe7ade.")]).encode("latin-1"), check=plausible)
    feedfile("utf8-decl-cp1252-quotes", rss([("\u201cVote\u201d", f"{P} \u2018Yes\u2019 \u2014 she said.")]).encode("cp1252"), check=plausible)
    feedfile("utf8-decl-random-high-bytes", rss([("Vote", P)]).encode() .replace(b"meet again", b"meet \x8f\x9d\xa4\xb3\xc8 again"), check=plausible)
    feedfile("utf8-decl-latin1-german", rss([("Gr\xfc\xdfe", f"{P} M\xfcller sa\xdf im B\xfcro, \xf6ffentlich.")]).encode("latin-1"), check=plausible)
    feedfile("utf8-decl-koi8r-in-english", rss([("Vote", P + " " + "Привет мир".encode("koi8-r").decode("latin-1"))]).encode("latin-1"), check=plausible)
    # all items duplicates
    def dup_check(out, res):
        items = []
        for f in Path(out).rglob("*.xml"):
            import feedparser
            items += feedparser.parse(f.read_bytes()).entries
        if res[0] not in (0, 9, 10, 3):
            return f"exit {res[0]}"
        if "warning" not in res[2] and "error" not in res[2]:
            return "no word about the duplicates"
        return ""
    feedfile("all-items-same-guid-same-text", rss([("Vote", P)] * 5, guids=["g"] * 5).encode(), check=dup_check)
    feedfile("all-items-same-text-no-guid", rss([("Vote", P)] * 5).replace("<guid>g0</guid>", "").replace("<guid>g1</guid>", "").replace("<guid>g2</guid>", "").replace("<guid>g3</guid>", "").replace("<guid>g4</guid>", "").encode(), check=dup_check)
    feedfile("all-items-same-guid-twice", rss([("Vote", P)] * 5, guids=["g"] * 5).encode(), check=dup_check, runs=2)
    feedfile("all-items-same-text-distinct-guids", rss([("Vote", P)] * 5).encode(), check=dup_check)

# -- XLIFF ids that collide -----------------------------------------------------------------------
if "xlf" in which:
    xlf = (DATA / "article.pt-BR.xlf").read_text(encoding="utf-8")

    def refused7(d, res):
        if res[0] == 7:
            return ""
        md = d / "out" / "article.pt-BR.md"
        return f"applied (exit {res[0]}): " + (md.read_text(encoding="utf-8")[:200].replace("\n", " | ") if md.exists() else "")
    review("xlf-unit-ids-collide", "article.pt-BR.xlf", xlf.replace('<unit id="b3"', '<unit id="b2"'), refused7)
    review("xlf-segment-ids-collide", "article.pt-BR.xlf", xlf.replace('<segment id="b3.s0"', '<segment id="b2.s0"'), refused7)
    review("xlf-unit-and-segment-ids-collide", "article.pt-BR.xlf", xlf.replace('<unit id="b3"', '<unit id="b2"').replace('<segment id="b3.s0"', '<segment id="b2.s0"'), refused7)
    review("xlf-unit-duplicated-whole", "article.pt-BR.xlf", xlf.replace('<unit id="b4"', xlf[xlf.index('<unit id="b3"'):xlf.index('<unit id="b4"')] + '<unit id="b4"'), refused7)
    review("xlf-mrk-ids-collide", "article.pt-BR.xlf", xlf.replace('<pc id="p2"', '<pc id="p1"', 2), lambda d, r: "" if r[0] in (0, 7, 9) else f"exit {r[0]}")
    po = (DATA / "article.pt-BR.po").read_text(encoding="utf-8")
    first = po.index("\nmsgctxt", po.index("msgctxt") + 1)
    review("po-entry-duplicated", "article.pt-BR.po", po + po[po.index("msgctxt"):first] + "\n", lambda d, r: "" if r[0] in (3, 7) else f"applied (exit {r[0]})")

# -- why a short English target is not told from Portuguese: the dictionaries each side holds ----
if "dict" in which:
    code = ("from translate.check import _source_dictionary, _lexicon\n"
            "en, pt, lex = _source_dictionary('en'), _source_dictionary('pt'), _lexicon('pt')\n"
            "for w in ['budget', 'vote', 'today', 'city', 'council', 'approved', 'in', 'turnout', 'read', 'more', 'votação', 'orçamento', 'em']:\n"
            "    print(f'dict {w!r}: en dictionary {w in en}, pt dictionary {w in pt}, pt engine lexicon {w in lex}')\n")
    print(subprocess.run([PY, "-c", code], capture_output=True, text=True, env=ENV, cwd=work).stdout, end="", flush=True)

fails = [r for r in results if r[2]]
print(f"# {len(results)} probes, {len(fails)} failed")
shutil.rmtree(work, ignore_errors=True)
