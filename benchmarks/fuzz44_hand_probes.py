# ruff: noqa: E501, E741
"""fuzz44 hand probes: a file declared UTF-8 whose bytes are Latin-1 (every reader), a
reviewer's PO/XLIFF target that is empty or in the source's language, mixed line endings and a
BOM in the middle, a feed with a billion-laughs entity, 0-byte review, TMX, TBX and feed files,
an HTML page whose ``<body>`` is 50 MB of one tag. Each command runs in a child with the fake
engine (tests/fakes.py) under ``/usr/bin/time`` (CPU seconds and peak RSS printed). Checked: a
documented exit code, no traceback or internal error, no hang, every file written parsed back
(json, lxml, ``msgfmt -c``), and per probe what the output must (not) hold.

    TREE=/path/to/tree python benchmarks/fuzz44_hand_probes.py [enc] [review] [eol] [xml] [big]
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
work = Path(tempfile.mkdtemp(prefix="fuzz44-hand-"))
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
    bad = []
    for f in sorted(Path(folder).rglob("*")):
        if not f.is_file():
            continue
        try:
            if f.suffix in (".json", ".jsonl"):
                t = f.read_text(encoding="utf-8")
                if f.suffix == ".json":
                    json.loads(t)
                else:
                    [json.loads(l) for l in t.splitlines() if l.strip()]
            elif f.suffix in (".xlf", ".xml", ".tmx"):
                lxml.etree.parse(str(f), lxml.etree.XMLParser(resolve_entities=False, huge_tree=True))
            elif f.suffix == ".html":
                lxml.html.fromstring(f.read_bytes())
            elif f.suffix == ".po":
                r = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(f)], capture_output=True, text=True)
                if r.returncode:
                    bad.append(f"{f.name}: msgfmt: {r.stderr.strip()[:200]}")
            elif f.suffix in (".md", ".txt", ".toml"):
                t = f.read_text(encoding="utf-8")
                if f.suffix == ".toml":
                    import tomllib
                    tomllib.loads(t)
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
which = sys.argv[1:] or ["enc", "review", "eol", "xml", "big"]


def runfile(name, fn, data, extra_args=(), check=None, to="pt-BR"):
    d = work / f"in-{name}"
    d.mkdir()
    f = d / fn
    f.write_bytes(data)
    out = work / f"out-{name}"
    res = run(["run", f, "--to", to, "--engine", "fake", "--from", "en", "-o", out,
               "--format", "md,json,html,po,xliff", *extra_args])
    extra = check(out, res) if check else ""
    verdict(f"run {name}", res, parse_all(out) if out.exists() else [], extra)
    return out, res


def feedfile(name, data, check=None):
    d = work / f"in-{name}"
    d.mkdir()
    f = d / "feed.xml"
    f.write_bytes(data)
    out = work / f"out-{name}"
    res = run(["feed", f, "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", out])
    extra = check(out, res) if check else ""
    verdict(f"feed {name}", res, parse_all(out) if out.exists() else [], extra)
    return out, res


def rss(items, decl='<?xml version="1.0" encoding="utf-8"?>', doctype=""):
    body = "".join(f"<item><title>{t}</title><guid>g{i}</guid><description>{d}</description></item>" for i, (t, d) in enumerate(items))
    return f'{decl}\n{doctype}<rss version="2.0"><channel><title>News</title><link>https://example.org/</link><description>d</description>{body}</channel></rss>\n'


def refused(code=3):
    def check(out, res):
        return "" if res[0] == code else f"wanted exit {code}"
    return check


LAT_P = "The café in São Paulo said Müller paid €5, the façade cost more."
LATIN = LAT_P.replace("€", "EUR ")

# -- a file declared UTF-8 whose bytes are Latin-1 ---------------------------------------------
if "enc" in which:
    lat = f"# Council\n\n{P}\n\n{LAT_P.replace('€', 'EUR ')}\n".encode("latin-1")
    runfile("latin1-md", "a.md", lat, check=refused())
    runfile("latin1-txt", "a.txt", lat, check=refused())
    runfile("latin1-html-meta-utf8", "a.html", f'<html><head><meta charset="utf-8"><title>T</title></head><body><p>{P}</p><p>{LAT_P.replace("€", "EUR ")}</p></body></html>'.encode("latin-1"), check=refused())
    runfile("cp1252-html-meta-utf8", "a.html", f'<html><head><meta charset="utf-8"></head><body><p>{P}</p><p>“{LAT_P}”</p></body></html>'.encode("cp1252"), check=refused())
    runfile("latin1-html-declared-latin1", "a.html", f'<html><head><meta charset="iso-8859-1"></head><body><p>{P}</p><p>{LAT_P.replace("€", "EUR ")}</p></body></html>'.encode("latin-1"))
    feedfile("latin1-rss-declared-utf8", rss([(f"Caf\u00e9 {i}", f"{P} {LAT_P.replace('€', 'EUR ')}") for i in range(2)]).encode("latin-1"),
             check=lambda out, res: "" if res[0] == 0 else "a feed declared UTF-8 over Latin-1 bytes: wanted exit 0 (read, a warning; README: a feed is someone else's)")
    def no_fffd(out, res):
        t = texts_of(out, ".json") + texts_of(out, ".html") + texts_of(out, ".xml")
        return "U+FFFD or mojibake published" if ("\ufffd" in t or "Ã" in t) else ("" if "Café" in t else "the item not written")
    feedfile("latin1-rss-declared-utf8-published", rss([(f"Caf\u00e9 {i}", f"{P} {LATIN}") for i in range(2)]).encode("latin-1"), check=no_fffd)
    mixed_feed = rss([("Reunião em São Paulo", P), ("@@", "@@")]).encode("utf-8").replace(b"<item><title>@@</title><guid>g1</guid><description>@@</description></item>", f"<item><title>Café opens</title><guid>g1</guid><description>{P} {LATIN}</description></item>".encode("latin-1"))
    feedfile("latin1-item-in-utf8-rss", mixed_feed, check=no_fffd)
    feedfile("latin1-rss-declared-latin1", rss([(f"Caf\u00e9 {i}", f"{P} {LAT_P.replace('€', 'EUR ')}") for i in range(2)], decl='<?xml version="1.0" encoding="iso-8859-1"?>').encode("latin-1"))
    # review files
    def review(name, fn, data, code=None, extra_check=None):
        d = work / f"rv-{name}"
        d.mkdir()
        (d / fn).write_bytes(data)
        (d / "ed").mkdir()
        shutil.copy(DATA / "article.pt-BR.json", d / "ed" / "article.pt-BR.json")
        res = run(["review", "apply", d / fn, "--edition", d / "ed" / "article.pt-BR.json", "--out", d / "out", "--db", d / "t.db"])
        extra = ""
        if code is not None and res[0] != code:
            extra = f"wanted exit {code}"
        if not extra and "UTF-8" not in res[2] and "utf-8" not in res[2]:
            extra = "the line does not say the file is not UTF-8"
        if extra_check:
            extra = extra or extra_check(d, res)
        verdict(f"review {name}", res, parse_all(d / "out") if (d / "out").exists() else [], extra)
        return d, res
    po = (DATA / "article.pt-BR.po").read_text(encoding="utf-8")
    xlf = (DATA / "article.pt-BR.xlf").read_text(encoding="utf-8")
    review("latin1-po-charset-utf8", "article.pt-BR.po", po.replace("O comparente subiu", "O comparecimento subiu").encode("latin-1", errors="replace"), code=7)
    review("latin1-xlf-declared-utf8", "article.pt-BR.xlf", xlf.replace("O comparente subiu", "O comparecimento subiu").replace("€", "EUR ").encode("latin-1", errors="replace"), code=7)
    # glossary and tm
    def gl(name, fn, data, code):
        d = work / f"gl-{name}"
        d.mkdir()
        (d / fn).write_bytes(data)
        res = run(["glossary", "import", d / fn, "-o", d / "out.toml"])
        verdict(f"glossary import {name}", res, parse_all(d), ("" if "UTF-8" in res[2] else "the line does not say the file is not UTF-8") if res[0] == code else f"wanted exit {code}")
    gl("latin1-csv", "t.csv", "id,name,pt-BR\nsaopaulo,São Paulo,São Paulo\n".encode("latin-1"), 5)
    gl("latin1-tbx-declared-utf8", "t.tbx", ('<?xml version="1.0" encoding="utf-8"?><martif type="TBX"><text><body><termEntry id="sp"><langSet xml:lang="en"><tig><term>São Paulo</term></tig></langSet>'
                                         '<langSet xml:lang="pt-BR"><tig><term>São Paulo</term></tig></langSet></termEntry></body></text></martif>').encode("latin-1"), 5)
    d = work / "tm-latin1"
    d.mkdir()
    (d / "m.tmx").write_bytes(('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>'
                               '<tu><tuv xml:lang="en"><seg>The café was closed.</seg></tuv><tuv xml:lang="pt-BR"><seg>O café estava fechado.</seg></tuv></tu></body></tmx>').encode("latin-1"))
    res = run(["tm", "import", d / "m.tmx", "--db", d / "t.db"])
    verdict("tm import latin1-tmx-declared-utf8", res, [], ("" if "UTF-8" in res[2] else "the line does not say the file is not UTF-8") if res[0] == 7 else "wanted exit 7")

# -- a reviewer's target empty or in the source's language -------------------------------------
if "review" in which:
    po = (DATA / "article.pt-BR.po").read_text(encoding="utf-8")
    xlf = (DATA / "article.pt-BR.xlf").read_text(encoding="utf-8")
    B3 = "Turnout rose to 62.5 percent, up from 48% in 2016."
    B0 = "Budget vote in Lisbon"
    B4 = "The vote cost $250,000, said João Pereira of the Lisbon City Council."

    def stored(d):
        db = d / "t.db"
        if not db.exists():
            return {}
        con = sqlite3.connect(db)
        try:
            tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
            tm = next((t for t in tables if t.startswith("tm")), None)
            if not tm:
                return {}
            cols = [r[1] for r in con.execute(f"pragma table_info({tm})")]
            return {"rows": con.execute(f"select count(*) from {tm}").fetchone()[0], "cols": cols,
                    "empty": con.execute(f"select count(*) from {tm} where trim(target)=''").fetchone()[0] if "target" in cols else None}
        finally:
            con.close()

    def review(name, fn, text, check):
        d = work / f"rv-{name}"
        d.mkdir()
        (d / fn).write_text(text, encoding="utf-8")
        (d / "ed").mkdir()
        shutil.copy(DATA / "article.pt-BR.json", d / "ed" / "article.pt-BR.json")
        res = run(["review", "apply", d / fn, "--edition", d / "ed" / "article.pt-BR.json", "--out", d / "out", "--db", d / "t.db", "--format", "md,json,html,po,xliff"])
        extra = check(d, res)
        verdict(f"review {name}", res, parse_all(d / "out") if (d / "out").exists() else [], extra)

    def no_empty_block(d, res):
        """The rebuilt edition must not hold an empty paragraph where the unit was, nor store an empty target."""
        s = stored(d)
        if s.get("empty"):
            return f"an empty target stored in the TM ({s})"
        j = d / "out" / "article.pt-BR.json"
        if j.exists():
            ed = json.loads(j.read_text(encoding="utf-8"))
            blocks = ed.get("blocks") or []
            for b in blocks:
                t = b.get("target") if isinstance(b, dict) else None
                if isinstance(t, str) and not t.strip():
                    return f"an empty block in the rebuilt edition: {b.get('id')}"
            md = d / "out" / "article.pt-BR.md"
            if md.exists():
                lines = md.read_text(encoding="utf-8").splitlines()
                if any(l.strip() in ("-", "*", "1.") for l in lines):
                    return "an empty list item in the rebuilt Markdown"
        return ""

    # PO: an empty msgstr (gettext: untranslated) and one of spaces
    review("po-empty-msgstr-b3", "article.pt-BR.po", po.replace('msgstr "O comparente subiu para 62,5 por cento, contra 48% em 2016."', 'msgstr ""'), no_empty_block)
    review("po-space-msgstr-b3", "article.pt-BR.po", po.replace('msgstr "O comparente subiu para 62,5 por cento, contra 48% em 2016."', 'msgstr "   "'), no_empty_block)
    review("po-empty-msgstr-title", "article.pt-BR.po", po.replace('msgstr "Votação de orçamento em Lisboa"', 'msgstr ""'), no_empty_block)
    review("po-nbsp-msgstr-b3", "article.pt-BR.po", po.replace('msgstr "O comparente subiu para 62,5 por cento, contra 48% em 2016."', 'msgstr "\u00a0\u200b"'), no_empty_block)
    # XLIFF: an empty target, one of spaces, a self-closed one, none at all
    old = "<target>O comparente subiu para 62,5 por cento, contra 48% em 2016.</target>"
    review("xlf-empty-target-b3", "article.pt-BR.xlf", xlf.replace(old, "<target></target>"), no_empty_block)
    review("xlf-selfclosed-target-b3", "article.pt-BR.xlf", xlf.replace(old, "<target/>"), no_empty_block)
    review("xlf-space-target-b3", "article.pt-BR.xlf", xlf.replace(old, "<target>   </target>"), no_empty_block)
    review("xlf-zwsp-target-b3", "article.pt-BR.xlf", xlf.replace(old, "<target>\u200b\u00a0</target>"), no_empty_block)
    review("xlf-no-target-b3", "article.pt-BR.xlf", xlf.replace(old, ""), no_empty_block)
    review("xlf-empty-target-title", "article.pt-BR.xlf", xlf.replace('<target>Votação de orçamento em <mrk id="m1" type="term" value="lisbon">Lisboa</mrk></target>', "<target/>"), no_empty_block)

    def title_kept(d, res):
        md = d / "out" / "article.pt-BR.md"
        if not md.exists():
            return "no edition rebuilt"
        head = next((l for l in md.read_text(encoding="utf-8").splitlines() if l.startswith("# ")), "")
        return "" if "Votação de orçamento em Lisboa" in head else f"the title published as {head!r}"
    review("po-invisible-msgstr-title", "article.pt-BR.po", po.replace('msgstr "Votação de orçamento em Lisboa"', 'msgstr "\u00a0\u200b"'), title_kept)
    review("xlf-invisible-target-title", "article.pt-BR.xlf", xlf.replace('<target>Votação de orçamento em <mrk id="m1" type="term" value="lisbon">Lisboa</mrk></target>', "<target>\u200b\u2060\u200e</target>"), title_kept)

    # the source's language: the source copied, or a short English line
    def not_stored_english(src):
        def check(d, res):
            db = d / "t.db"
            if db.exists():
                con = sqlite3.connect(db)
                try:
                    for (t,) in con.execute("select name from sqlite_master where type='table'"):
                        cols = [r[1] for r in con.execute(f"pragma table_info({t})")]
                        for c in cols:
                            try:
                                n = con.execute(f"select count(*) from {t} where {c} = ?", (src,)).fetchone()[0]
                            except sqlite3.Error:
                                n = 0
                            if n and c not in ("source", "source_text", "src"):
                                return f"the English text stored as a target ({t}.{c})"
                finally:
                    con.close()
            return "" if res[0] == 9 else "wanted exit 9 (not confirmed)"
        return check
    review("po-source-copied-b4", "article.pt-BR.po", po.replace('msgstr ""\n"A votação custou 250.000 dólares, disse João Pereira da Câmara Municipal "\n"de Lisboa."', f'msgstr "{B4}"'), not_stored_english(B4))
    review("xlf-source-copied-b3", "article.pt-BR.xlf", xlf.replace(old, f"<target>{B3}</target>"), not_stored_english(B3))
    review("po-english-paraphrase-b3", "article.pt-BR.po", po.replace('msgstr "O comparente subiu para 62,5 por cento, contra 48% em 2016."', 'msgstr "Turnout went up to 62.5 percent from 48% in 2016."'), not_stored_english("Turnout went up to 62.5 percent from 48% in 2016."))
    review("po-short-english-title", "article.pt-BR.po", po.replace('msgstr "Votação de orçamento em Lisboa"', 'msgstr "Budget vote today"'), not_stored_english("Budget vote today"))
    review("xlf-short-english-title", "article.pt-BR.xlf", xlf.replace('<target>Votação de orçamento em <mrk id="m1" type="term" value="lisbon">Lisboa</mrk></target>', '<target>Vote in <mrk id="m1" type="term" value="lisbon">Lisbon</mrk></target>'), not_stored_english("Vote in Lisbon"))

# -- mixed line endings, a BOM in the middle ---------------------------------------------------
if "eol" in which:
    def clean_out(out, res):
        bad = []
        for f in Path(out).rglob("*"):
            if f.is_file() and f.suffix in (".md", ".json", ".html", ".po", ".xlf"):
                b = f.read_bytes()
                if b"\r" in b:
                    bad.append(f"{f.suffix}: a CR")
                if "\ufeff" in b[3:].decode("utf-8", "replace") or (f.suffix != ".xlf" and b.count(b"\xef\xbb\xbf") > (1 if b.startswith(b"\xef\xbb\xbf") else 0)):
                    bad.append(f"{f.suffix}: a BOM inside")
        return "; ".join(sorted(set(bad)))
    mixed = f"# Council\r\n\r\n{P}\r{Q}\n\r\n{P}\n\r{Q}\r\n".encode()
    runfile("mixed-eol-md", "a.md", mixed, check=clean_out)
    runfile("mixed-eol-txt", "a.txt", mixed, check=clean_out)
    runfile("cr-only-md", "a.md", f"# Council\r\r{P}\r\r- {Q}\r- {P}\r".encode(), check=clean_out)
    runfile("bom-mid-paragraph-md", "a.md", f"# Council\n\n{P[:30]}\ufeff{P[30:]}\n\n{Q}\n".encode(), check=clean_out)
    runfile("bom-line-start-md", "a.md", f"# Council\n\n\ufeff{P}\n\n\ufeff# Second\n\n{Q}\n".encode(), check=clean_out)
    runfile("two-files-joined-md", "a.md", b"\xef\xbb\xbf" + f"# Council\n\n{P}\n".encode() + b"\xef\xbb\xbf" + f"# Second\r\n\r\n{Q}\r\n".encode(), check=clean_out)
    runfile("bom-mid-txt", "a.txt", f"{P}\n\n\ufeff{Q}\r\n".encode(), check=clean_out)
    runfile("bom-mid-html", "a.html", f'<html><head><meta charset="utf-8"><title>T</title></head><body>\r\n<p>{P}\r{Q}</p>\n\ufeff<p>{Q}\ufeff</p></body></html>'.encode(), check=clean_out)
    runfile("bom-in-number-md", "a.md", "# Council\n\nThe budget was 1,2\ufeff00,000 euros and 4\ufeff5% voted.\n".encode(),
            check=lambda out, res: clean_out(out, res))
    feedfile("mixed-eol-bom-rss", rss([(f"Vote {i}\ufeff", f"{P}\r\n{Q}\r\ufeff{P}") for i in range(2)]).replace("\n", "\r\n").encode(), check=clean_out)

# -- XML: billion laughs, 0-byte files ---------------------------------------------------------
if "xml" in which:
    lol = ('<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
           + "".join(f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(2, 10)) + "]>\n")
    feedfile("billion-laughs-rss", rss([("Vote &lol9;", P), ("Second", Q)], doctype=lol).encode(), check=refused())
    feedfile("billion-laughs-rss-unused", rss([("Vote", P), ("Second", Q)], doctype=lol).encode())
    atom_lol = lol.replace("DOCTYPE rss", "DOCTYPE feed")
    feedfile("billion-laughs-atom", ('<?xml version="1.0" encoding="utf-8"?>\n' + atom_lol + '<feed xmlns="http://www.w3.org/2005/Atom"><title>N</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>'
                                     f'<entry><id>urn:1</id><title>&lol9;</title><updated>2026-01-01T00:00:00Z</updated><summary>{P}</summary></entry></feed>').encode(), check=refused())
    quad = '<!DOCTYPE rss [<!ENTITY a "' + "x" * 100000 + '">]>\n'
    feedfile("quadratic-blowup-rss", rss([("Vote " + "&a;" * 5000, P)], doctype=quad).encode(), check=refused())
    feedfile("external-entity-rss", rss([("Vote &xxe;", P)], doctype='<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n').encode(),
             check=lambda out, res: "read /etc/passwd" if "root:" in texts_of(out, ".json") + texts_of(out, ".html") else "")
    feedfile("zero-byte-feed", b"", check=refused())

    def review0(name, fn, data, code=None):
        d = work / f"rv0-{name}"
        d.mkdir()
        (d / fn).write_bytes(data)
        (d / "ed").mkdir()
        shutil.copy(DATA / "article.pt-BR.json", d / "ed" / "article.pt-BR.json")
        res = run(["review", "apply", d / fn, "--edition", d / "ed" / "article.pt-BR.json", "--out", d / "out", "--db", d / "t.db"])
        verdict(f"review {name}", res, [], "" if code is None or res[0] == code else f"wanted exit {code}")
    review0("zero-byte-xlf", "article.pt-BR.xlf", b"", 3)
    review0("zero-byte-po", "article.pt-BR.po", b"", 3)
    review0("whitespace-xlf", "article.pt-BR.xlf", b"\n  \n", 3)
    review0("bom-only-xlf", "article.pt-BR.xlf", b"\xef\xbb\xbf", 3)
    review0("decl-only-xlf", "article.pt-BR.xlf", b'<?xml version="1.0" encoding="UTF-8"?>\n', 7)
    xlf = (DATA / "article.pt-BR.xlf").read_text(encoding="utf-8")
    review0("billion-laughs-xlf", "article.pt-BR.xlf", xlf.replace('<?xml version="1.0" encoding="UTF-8"?>\n', '<?xml version="1.0" encoding="UTF-8"?>\n' + lol.replace("DOCTYPE rss", "DOCTYPE xliff")).replace("O comparente", "O &lol9; comparente").encode(), 7)
    d = work / "edition-0"
    d.mkdir()
    (d / "article.pt-BR.json").write_bytes(b"")
    shutil.copy(DATA / "article.pt-BR.xlf", d / "article.pt-BR.xlf")
    res = run(["review", "apply", d / "article.pt-BR.xlf", "--edition", d / "article.pt-BR.json", "--out", d / "out", "--db", d / "t.db"])
    verdict("review zero-byte-edition-json", res, [], "" if res[0] in (3, 7) else "wanted exit 3 or 7")
    for name, fn, args in (("zero-byte-tmx", "m.tmx", ["tm", "import"]), ("zero-byte-tbx", "t.tbx", ["glossary", "import"]), ("zero-byte-csv", "t.csv", ["glossary", "import"])):
        d = work / f"z-{name}"
        d.mkdir()
        (d / fn).write_bytes(b"")
        extra = ["--db", d / "t.db"] if args[0] == "tm" else ["-o", d / "g.toml"]
        res = run([*args, d / fn, *extra])
        verdict(f"{' '.join(args)} {name}", res, [], "" if res[0] in (3, 5) else "wanted exit 3 or 5")
    d = work / "z-tmx-laughs"
    d.mkdir()
    (d / "m.tmx").write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + lol.replace("DOCTYPE rss", "DOCTYPE tmx") + '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>'
                             '<tu><tuv xml:lang="en"><seg>The vote &lol9;</seg></tuv><tuv xml:lang="pt-BR"><seg>A votação</seg></tuv></tu></body></tmx>', encoding="utf-8")
    res = run(["tm", "import", d / "m.tmx", "--db", d / "t.db"])
    verdict("tm import billion-laughs-tmx", res, [], "" if res[0] in (3, 7) else "wanted exit 3 or 7")
    d = work / "z-tbx-laughs"
    d.mkdir()
    (d / "t.tbx").write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + lol.replace("DOCTYPE rss", "DOCTYPE martif") + '<martif type="TBX"><text><body><termEntry id="x"><langSet xml:lang="en"><tig><term>&lol9;</term></tig></langSet></termEntry></body></text></martif>', encoding="utf-8")
    res = run(["glossary", "import", d / "t.tbx", "-o", d / "g.toml"])
    verdict("glossary import billion-laughs-tbx", res, [], "" if res[0] in (3, 5) else "wanted exit 3 or 5")

# -- an HTML page whose <body> is 50 MB of one tag ---------------------------------------------
if "big" in which:
    MB50 = 50 * 1024 * 1024
    head = b'<html><head><meta charset="utf-8"><title>Council</title></head><body>'
    word = b"word "
    runfile("50mb-one-p-of-text", "a.html", head + b"<p>" + word * (MB50 // len(word)) + b"</p></body></html>", check=refused(3))
    runfile("50mb-one-open-tag", "a.html", head + b'<div class="' + b"a" * MB50 + b'">' + P.encode() + b"</div></body></html>")
    runfile("50mb-of-br", "a.html", head + f"<p>{P}</p>".encode() + b"<br>" * (MB50 // 4) + b"</body></html>")
    runfile("50mb-one-comment", "a.html", head + f"<p>{P}</p>".encode() + b"<!--" + b"x" * MB50 + b"--></body></html>")
    runfile("50mb-one-script", "a.html", head + f"<p>{P}</p>".encode() + b"<script>" + b"var a=1;" * (MB50 // 8) + b"</script></body></html>")
    # under the 20 MiB file limit: the same shapes at 19 MB, read to the end
    MB19 = 19 * 1000 * 1000
    runfile("19mb-one-p-of-text", "a.html", head + b"<p>" + word * (MB19 // len(word)) + b"</p></body></html>", check=refused(12))
    def not_cut(out, res):
        if res[0] == 0:
            md = texts_of(out, ".md")
            return "" if "mayor" in md else "published without the text after the long run"
        return "" if "no article text" not in res[2] else "'no article text' said of a page with text"
    runfile("19mb-one-open-tag", "a.html", head + b'<div class="' + b"a" * MB19 + b'">' + P.encode() + b"</div></body></html>", check=not_cut)
    intro = f"<p>{P} {P}</p>".encode()
    end = b"<p>The end of the story is here, said the mayor of the city on Friday.</p></body></html>"
    runfile("11mb-script-mid-page", "a.html", head + intro + b'<script>var a="' + b"A" * 11_000_000 + b'";</script>' + end, check=not_cut)
    runfile("11mb-data-image-mid-page", "a.html", head + intro + b'<img alt="x" src="data:image/png;base64,' + b"A" * 11_000_000 + b'">' + end, check=not_cut)
    runfile("11mb-comment-mid-page", "a.html", head + intro + b"<!--" + b"x" * 11_000_000 + b"-->" + end, check=not_cut)
    runfile("11mb-paragraph-mid-page", "a.html", head + intro + b"<p>" + word * (11_000_000 // 5) + b"</p>" + end, check=refused(12))
    runfile("9mb-script-mid-page", "a.html", head + intro + b'<script>var a="' + b"A" * 8_000_000 + b'";</script>' + end, check=not_cut)
    runfile("19mb-of-br", "a.html", head + f"<p>{P}</p>".encode() + b"<br>" * (MB19 // 4) + b"</body></html>")
    runfile("19mb-of-one-tag-unclosed", "a.html", head + f"<p>{P}</p>".encode() + b"<b>" * (MB19 // 3) + b"</body></html>")
    runfile("19mb-one-comment", "a.html", head + f"<p>{P}</p>".encode() + b"<!--" + b"x" * MB19 + b"--></body></html>")
    runfile("19mb-one-script", "a.html", head + f"<p>{P}</p>".encode() + b"<script>" + b"var a=1;" * (MB19 // 8) + b"</script></body></html>")

fails = [r for r in results if r[2]]
print(f"# {len(results)} probes, {len(fails)} failed")
shutil.rmtree(work, ignore_errors=True)
