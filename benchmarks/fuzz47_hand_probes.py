# ruff: noqa: E501, E741
"""fuzz47 hand probes: the HTTP service's 400 for a JSON body nested 10,000 deep (is the reason
stated?), two ``translate run`` processes writing one output folder at once, a feed whose items
share one guid but differ in text (in one feed, and across runs), an article of only white space,
zero-width characters or bidi controls, a glossary TOML of 10,000 entries of one name, a PO
review file with plural forms and fuzzy flags, a full disk (a small tmpfs in a user and mount
namespace, ``unshare -rm``). Each
command runs in a child with the fake engine (tests/fakes.py) under ``/usr/bin/time``; checked:
a documented exit code, no traceback, no hang, every file written parsed back, and per probe
what the output must (not) hold.

    TREE=/path/to/tree python benchmarks/fuzz47_hand_probes.py [http] [two] [guid] [blank] [glossary] [po] [full]

Each command runs under an address-space ceiling of ``MEMORY_MB`` (default 3072; 0: none).
"""

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
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
DOC = {0, 3, 4, 5, 6, 7, 8, 9, 10, 12}
work = Path(tempfile.mkdtemp(prefix="fuzz47-hand-"))
RUN = work / "runcli.py"
RUN.write_text(RUNNER, encoding="utf-8")
ENV = {**os.environ, "TREE": TREE, "PYTHONPATH": TREE, "TRANSLATE_HOME": str(work / "home")}
DATA = Path(TREE) / "tests" / "data" / "hostile" / "fuzz27"
results = []


MEMORY_MB = int(os.environ.get("MEMORY_MB", "3072"))  # an address-space ceiling per command


def _ceiling():
    import resource
    if MEMORY_MB:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_MB << 20, MEMORY_MB << 20))


def run(args, timeout=600):
    tf = work / "time.txt"
    try:
        p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", str(tf), PY, RUN, *map(str, args)],
                           capture_output=True, text=True, env=ENV, timeout=timeout, cwd=work, preexec_fn=_ceiling)
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




which = [a for a in sys.argv[1:] if a != "none"] or ["http", "two", "guid", "blank", "glossary", "po", "full"]
results.clear()
BASE = ["--to", "pt-BR", "--engine", "fake", "--from", "en"]
R = "Ministers met in Lisbon on Tuesday to discuss the new railway line to Porto."


def article(d, name, n=1):
    f = d / name
    f.write_text(f"# {name} council\n\n" + "\n\n".join(f"{P} {Q} ({name} {i})" for i in range(n)) + "\n", encoding="utf-8")
    return f


def wants(code, words=""):
    def check(res):
        if res[0] != code:
            return f"wanted exit {code} (exit {res[0]})"
        if words and words not in res[2]:
            return f"wanted {words!r} on stderr"
        return ""
    return check


def one_line(res):
    """An error (exit not 0/9/10) says one error line on stderr, nothing else."""
    lines = [l for l in res[2].splitlines() if l.strip()]
    errs = [l for l in lines if l.startswith("error")]
    items = [l for l in lines if l.startswith("failed: ")]  # batch/feed: one line per failed item
    other = [l for l in lines if not l.startswith(("error", "failed: ", "warning", "  "))]
    if res[0] in (0, 9) or res[0] == "HANG":
        return ""
    if other:
        return f"stray stderr lines: {other[:2]!r}"
    return "" if len(errs) == 1 or (items and len(errs) <= 1) else f"{len(lines)} stderr lines, {len(errs)} error lines: {res[2].strip()[:200]!r}"


def leftovers(folder):
    """Temporary files left behind (a write that is not atomic, or not cleaned up)."""
    return [str(f.relative_to(folder)) for f in Path(folder).rglob("*")
            if f.is_file() and (f.name.startswith((".", "~")) or ".tmp" in f.name or f.name.endswith((".part", ".partial")))
            and not f.name.endswith((".db-wal", ".db-shm"))]


# -- the HTTP service: is the reason for every JSON refusal stated? ------------------------------
if "http" in which:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    log = open(work / "serve.log", "w")  # noqa: SIM115 (closed after the server stops)
    srv = subprocess.Popen([PY, RUN, "serve", "--keyless", "--port", str(port), "--engine", "fake"], env=ENV, cwd=work, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/healthz", timeout=2).read()
            break
        except Exception:
            time.sleep(1)

    def post(path, body):
        req = urllib.request.Request(url + path, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")

    def http_probe(name, path, body, reason_words):
        status, text = post(path, body)
        probs = []
        if status != 400:
            probs.append(f"status {status}")
        try:
            msg = json.loads(text).get("error", "")
        except ValueError:
            msg = text
        if not any(w in msg.lower() for w in reason_words):
            probs.append(f"no reason stated (wanted one of {reason_words})")
        results.append((f"http {name}", status, probs))
        print(f"{'FAIL' if probs else 'ok  '} http {name} {path}: {status} {msg[:150]!r} {'; '.join(probs)}", flush=True)

    deep = b"[" * 10_000 + b"]" * 10_000
    deep_obj = b'{"a":' * 10_000 + b"1" + b"}" * 10_000
    for path in ("/translate", "/detect", "/v1/editions", "/v1/check"):
        http_probe("JSON array nested 10,000 deep", path, deep, ("nested", "deep"))
        http_probe("JSON object nested 10,000 deep", path, deep_obj, ("nested", "deep"))
        http_probe("JSON q nested 10,000 deep", path, b'{"q":' + deep + b',"source":"en","target":"pt"}', ("nested", "deep"))
    # the other refusals of a JSON body, for comparison: do they say why?
    http_probe("malformed JSON (a missing value)", "/translate", b'{"q": , "source":"en"}', ("line", "column", "expect"))
    http_probe("JSON with a 5,000-digit number", "/translate", b'{"q":"Hi","source":"en","target":"pt","n":' + b"9" * 5000 + b"}", ("number", "digits", "long"))
    http_probe("JSON not an object", "/translate", b'["Hi"]', ("object",))
    srv.terminate()
    try:
        srv.wait(30)
    except subprocess.TimeoutExpired:
        srv.kill()
    log.close()
    tb = "Traceback" in (work / "serve.log").read_text(errors="replace")
    results.append(("http server log", 0, ["traceback in the server's log"] if tb else []))
    print(f"{'FAIL' if tb else 'ok  '} http server log: traceback {tb}", flush=True)


# -- two `translate run` processes writing one output folder at once ----------------------------
if "two" in which:
    d = work / "two"
    d.mkdir()
    names = [article(d, f"a{i}.md", n=6) for i in range(6)]
    out = d / "out"
    fmts = "md,json,html,po,xliff"

    def start(args, tag):
        tf = d / f"time-{tag}.txt"
        return subprocess.Popen(["/usr/bin/time", "-f", "%U %S %M", "-o", str(tf), PY, RUN, *map(str, args)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV, cwd=work), tf

    for rnd, (xs, ys, same_db) in enumerate(((names[:4], names[2:], False), (names, names[::-1], False), (names[:3], names[:3], True))):
        procs = []
        for k, xs_ in enumerate((xs, ys)):
            db = d / "t.db" if same_db else d / f"t{rnd}{k}.db"
            procs.append(start(["run", *xs_, *BASE, "-o", out, "--format", fmts, "--db", db], f"{rnd}{k}"))
        ress = []
        for p, tf in procs:
            try:
                o, e = p.communicate(timeout=600)
                u, s_, m = tf.read_text().split()[-3:]
                ress.append((p.returncode, o, e, f"cpu {float(u) + float(s_):.1f}s rss {int(m) // 1024} MB"))
            except subprocess.TimeoutExpired:
                p.kill()
                ress.append(("HANG", "", "", ""))
        missing = [f"{n.stem}.pt-BR.{ext}" for n in set(xs) | set(ys) for ext in ("md", "json", "html", "po", "xlf")
                   if not (out / "pt-BR" / f"{n.stem}.pt-BR.{ext}").exists() and not (out / f"{n.stem}.pt-BR.{ext}").exists()]
        extra = []
        if missing:
            found = sorted(str(f.relative_to(out)) for f in out.rglob("*") if f.is_file())[:8]
            extra.append(f"missing {missing[:4]} (found {found})")
        if leftovers(out):
            extra.append(f"left {leftovers(out)[:3]}")
        for k, res in enumerate(ress):
            verdict(f"two runs at once, round {rnd} ({'one --db' if same_db else 'two --db'}), process {k}", res, parse_all(out) if k == 0 else [], "; ".join(extra) if k == 0 else "")


# -- a feed whose items share one guid but differ in text ---------------------------------------
if "guid" in which:
    def item_texts(out):
        return texts_of(out, ".json")

    # 1. in one feed: two items, one guid, different texts: both published (g#2), a warning
    def both(out, res):
        t = item_texts(out)
        n = sum(1 for f in out.rglob("*.json") if f.name not in ("feed.json",) and "state" not in f.name)
        return "" if ("(a)" in t and "(b)" in t) else f"one of the two texts is not published ({n} JSON files)"
    feedfile("one-guid-two-texts-in-one-feed", rss([("Vote (a)", P + " (a)"), ("Vote (b)", Q + " (b)")], guids=["same", "same"]).encode(), check=both)

    # 2. across runs: the item's text is edited under its guid: re-translated, and said
    d = work / "in-guid-edited"
    d.mkdir()
    f = d / "feed.xml"
    out = work / "out-guid-edited"
    f.write_text(rss([("Vote", P + " Version one.")], guids=["story-1"]), encoding="utf-8")
    r1 = run(["feed", f, *BASE, "-o", out])
    f.write_text(rss([("Vote", P + " Version two, corrected.")], guids=["story-1"]), encoding="utf-8")
    r2 = run(["feed", f, *BASE, "-o", out, "--json"])
    t = item_texts(out)
    extra = "" if "two, corrected" in t.replace("dois", "two") or "corrected" in t else "the edited text was not translated (skipped as seen)"
    if "one" in t and "Version one" in t and "corrected" in t:
        extra = (extra + "; " if extra else "") + "both versions published"
    verdict("feed guid-edited-between-runs (run 1)", r1, parse_all(out))
    verdict("feed guid-edited-between-runs (run 2)", r2, parse_all(out), extra)
    print("     run 2 said:", (r2[2].strip().splitlines() or [""])[-1][:200], flush=True)


# -- an article of only white space, zero-width characters or bidi controls --------------------
if "blank" in which:
    d = work / "blank"
    d.mkdir()
    kinds = {
        "spaces-and-newlines": " \n\t \n\u00a0\u3000\n",
        "zero-width": "\u200b\u200c\u200d\u2060\ufeff\u200b\n\u200b\n",
        "bidi-controls": "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\n",
        "mixed-invisible": "\u200b \u202e\u00ad\u2028\u2029\u180e\u034f\n",
        "heading-of-zero-width": "# \u200b\u200d\n\n\u2066\u2069\n",
    }
    for kind, text in kinds.items():
        for ext in (".txt", ".md", ".html"):
            f = d / f"{kind}{ext}"
            body = f"<html><body><article><h1>{text}</h1><p>{text}</p></article></body></html>" if ext == ".html" else text
            f.write_text(body, encoding="utf-8")
            out = d / f"out-{kind}{ext}"
            res = run(["run", f, *BASE, "-o", out, "--format", "md,json,po,xliff"])
            written = [p.name for p in out.rglob("*") if p.is_file()] if out.exists() else []
            extra = one_line(res)
            if res[0] == 0 and written:
                extra = (extra + "; " if extra else "") + f"an edition of nothing published with exit 0 ({len(written)} files)"
            if res[0] == 0 and not written:
                extra = (extra + "; " if extra else "") + "exit 0 and nothing written, nothing said"
            verdict(f"blank run {kind}{ext}", res, parse_all(out) if out.exists() else [], extra)
    # the same in a JSONL line, a batch folder, a feed item, and the service
    jl = d / "a.jsonl"
    jl.write_text("".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in kinds.items()), encoding="utf-8")
    res = run(["batch", jl, *BASE, "-o", d / "out-batch"])
    verdict("blank batch jsonl (5 invisible articles)", res, parse_all(d / "out-batch") if (d / "out-batch").exists() else [],
            "" if res[0] != 0 else "exit 0 for five articles with no text")
    feedfile("blank-items", rss([(t.strip() or "\u200b", t) for t in kinds.values()]).encode(),
             check=lambda out, res: "" if res[0] != 0 or "warning" in res[2] else "exit 0 and no word for items of no text")


# -- a glossary TOML of 10,000 entries of one name ----------------------------------------------
if "glossary" in which:
    d = work / "gl"
    d.mkdir()
    a = article(d, "a.md")
    for n, shape in ((10_000, "same"), (10_000, "same-id"), (10_000, "distinct"), (2_000, "same-with-form"), (10_000, "same-with-form")):
        g = d / f"g-{shape}-{n}.toml"
        rows = []
        for i in range(n):
            ident = f"e{i}" if shape != "same-id" else "lisbon"
            name = "Lisbon" if shape != "distinct" else f"Lisbon{i}"
            form = "Lisbon" if shape == "same-with-form" else "Lisboa"  # a form that is the others' name
            rows.append(f'[[entry]]\nid = "{ident}"\ntype = "place"\nname = "{name}"\n[entry.forms]\npt = "{form}"\n')
        g.write_text("\n".join(rows), encoding="utf-8")
        res = run(["run", a, *BASE, "-o", d / f"out-{shape}", "--glossary", g], timeout=900)
        verdict(f"glossary {n:,} entries ({shape}) run --glossary", res, parse_all(d / f"out-{shape}") if (d / f"out-{shape}").exists() else [], one_line(res))
        res = run(["glossary", "lint", g], timeout=300)
        out_lines = (res[1] + res[2]).splitlines()
        longest = max((len(l) for l in out_lines), default=0)
        extra = f"a lint line of {longest:,} characters" if longest > 2000 else ""
        if len(out_lines) > 2 * n + 10:
            extra = (extra + "; " if extra else "") + f"{len(out_lines):,} lint lines for {n:,} entries"
        verdict(f"glossary {n:,} entries ({shape}) lint ({len(out_lines):,} lines, longest {longest:,})", res, [], extra)


# -- a PO review file with plural forms and fuzzy flags -----------------------------------------
if "po" in which:
    po = (DATA / "article.pt-BR.po").read_text(encoding="utf-8")
    HEAD_PO = 'msgctxt "b0.s0"\nmsgid "Budget vote in Lisbon"\nmsgstr "Votação de orçamento em Lisboa"'
    assert HEAD_PO in po

    def wants7(d, res):
        return one_line(res) or ("" if res[0] == 7 else f"wanted exit 7 (exit {res[0]})")

    def applied(text, stored_wanted=True):
        def check(d, res):
            t = texts_of(d / "out", ".json") if (d / "out").exists() else ""
            if res[0] not in (0, 9):
                return f"exit {res[0]}: {res[2].strip()[:150]}"
            if text not in t:
                return f"{text!r} not in the edition"
            if stored_wanted != memory_holds(d, text):
                return f"stored in the memory: {not stored_wanted}"
            return ""
        return check

    plural = HEAD_PO.replace('msgid "Budget vote in Lisbon"\nmsgstr "Votação de orçamento em Lisboa"',
                             'msgid "Budget vote in Lisbon"\nmsgid_plural "Budget votes in Lisbon"\nmsgstr[0] "Votação de orçamento em Lisboa"\nmsgstr[1] "Votações de orçamento em Lisboa"')
    review("po-plural-entry", "article.pt-BR.po", po.replace(HEAD_PO, plural), wants7)
    extra_plural = po + '\nmsgctxt "x.plural"\nmsgid "One vote"\nmsgid_plural "%d votes"\nmsgstr[0] "Um voto"\nmsgstr[1] "%d votos"\n'
    review("po-extra-plural-entry", "article.pt-BR.po", extra_plural, wants7)
    review("po-plural-forms-header-changed", "article.pt-BR.po", po.replace("nplurals=3", "nplurals=2").replace(
        '"Plural-Forms: nplurals=2; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % "\n"1000000 == 0 ? 1 : 2;\\n"', '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"'), applied("Votação de orçamento em Lisboa", stored_wanted=False))
    # fuzzy: an edited entry left fuzzy is applied (an edit is a correction), an unedited fuzzy one is not confirmed
    fz = po.replace(HEAD_PO, HEAD_PO.replace("Votação de orçamento em Lisboa", "Votação do orçamento em Lisboa"))
    review("po-edited-left-fuzzy", "article.pt-BR.po", fz, applied("Votação do orçamento em Lisboa"))
    review("po-fuzzy-removed-unedited", "article.pt-BR.po", po.replace("#, fuzzy\n" + HEAD_PO, HEAD_PO, 1), applied("Votação de orçamento em Lisboa"))
    review("po-fuzzy-with-other-flags", "article.pt-BR.po", po.replace("#, fuzzy\n" + HEAD_PO, "#, fuzzy, python-format, no-wrap\n" + HEAD_PO.replace("Votação de orçamento", "Votação do orçamento"), 1), applied("Votação do orçamento em Lisboa"))
    review("po-obsolete-entry", "article.pt-BR.po", po + '\n#~ msgctxt "b9.s9"\n#~ msgid "Old"\n#~ msgstr "Velho"\n', applied("Votação de orçamento em Lisboa", stored_wanted=False))
    review("po-previous-msgid", "article.pt-BR.po", po.replace("#, fuzzy\n" + HEAD_PO, '#, fuzzy\n#| msgid "Budget vote"\n' + HEAD_PO.replace("Votação de orçamento", "Votação do orçamento"), 1), applied("Votação do orçamento em Lisboa"))


# -- a full disk: a small tmpfs in a user and mount namespace ----------------------------------
if "full" in which:
    d = work / "full"
    d.mkdir()
    a = article(d, "a.md", n=40)
    big = d / "feed.xml"
    big.write_text(rss([(f"Vote {i}", P + f" ({i})") for i in range(20)]), encoding="utf-8")
    (d / "in").mkdir()
    for i in range(3):
        article(d / "in", f"b{i}.md", n=20)
    tmx_db = d / "tm.db"
    run(["run", a, *BASE, "-o", d / "pre", "--format", "md,json,html,po,xliff", "--db", tmx_db])
    ok_unshare = subprocess.run(["unshare", "-rm", "true"]).returncode == 0
    print(f"# full disk: unshare -rm {'works' if ok_unshare else 'refused'}", flush=True)
    MNT = d / "mnt"
    MNT.mkdir()

    def full_probe(name, args, free_kb, pre=None, db_inside=False):
        snap = d / f"snap-{name}"
        tf = d / f"time-{name}.txt"
        script = ('mount -t tmpfs -o size=2m tmpfs "$MNT" || exit 99\n'
                  'if [ -n "$PRE" ]; then mkdir -p "$MNT/out" && cp -a "$PRE"/. "$MNT/out"/; fi\n'
                  'fallocate -l $(( $(stat -f -c "%a*%S" "$MNT") - $FREE*1024 )) "$MNT/filler" 2>/dev/null || '
                  'dd if=/dev/zero of="$MNT/filler" bs=1k count=$(( $(stat -f -c "%a*%S/1024" "$MNT") - $FREE )) 2>/dev/null\n'
                  '"$@"; rc=$?\nrm -f "$MNT/filler"; mkdir -p "$SNAP"; cp -a "$MNT"/. "$SNAP"/; exit $rc\n')
        env = {**ENV, "MNT": str(MNT), "PRE": str(pre or ""), "FREE": str(free_kb), "SNAP": str(snap)}
        args = [str(a_).replace("@MNT", str(MNT)) for a_ in args]
        try:
            p = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", "/usr/bin/time", "-f", "%U %S %M", "-o", str(tf), PY, RUN, *args],
                               capture_output=True, text=True, env=env, timeout=600, cwd=work)
            u, s_, m = tf.read_text().split()[-3:] if tf.exists() else ("0", "0", "0")
            res = (p.returncode, p.stdout, p.stderr, f"cpu {float(u) + float(s_):.1f}s rss {int(m) // 1024} MB")
        except subprocess.TimeoutExpired:
            res = ("HANG", "", "", "")
        extra = [one_line(res)] if one_line(res) else []
        if res[0] not in (6, 10, "HANG") and res[0] != 0:
            extra.append(f"wanted exit 6 (or 10: some written) (exit {res[0]})")
        if res[0] == 0:
            extra.append("exit 0 on a full disk (the filler left room?)")
        out = snap / "out"
        if out.exists():
            if leftovers(out):
                extra.append(f"left {leftovers(out)[:3]}")
            if pre is not None:
                changed = [f.name for f in Path(pre).rglob("*") if f.is_file()
                           and (not (out / f.relative_to(pre)).exists() or (out / f.relative_to(pre)).read_bytes() != f.read_bytes())]
                if changed:
                    extra.append(f"earlier edition's files changed or lost: {changed[:4]}")
                new = [str(f.relative_to(out)) for f in out.rglob("*") if f.is_file() and not (Path(pre) / f.relative_to(out)).exists()]
                if new:
                    extra.append(f"new files beside the earlier edition: {new[:4]}")
        written = sorted(str(f.relative_to(snap)) for f in snap.rglob("*") if f.is_file() and f.name != "filler") if snap.exists() else []
        print(f"     {name}: stderr {res[2].strip().splitlines()[-3:]!r}; {len(written)} files on the disk: {written[:6]}", flush=True)
        verdict(f"full disk {name} (free {free_kb} kB)", res, parse_all(out) if out.exists() else [], "; ".join(extra))

    if ok_unshare:
        for free in (1, 24, 64):
            full_probe(f"run-new-{free}", ["run", a, *BASE, "-o", "@MNT/out", "--format", "md,json,html,po,xliff", "--db", d / f"t-{free}.db"], free)
            full_probe(f"run-over-earlier-{free}", ["run", a, *BASE, "-o", "@MNT/out", "--format", "md,json,html,po,xliff", "--db", d / f"t2-{free}.db"], free, pre=d / "pre")
        full_probe("batch", ["batch", d / "in", *BASE, "-o", "@MNT/out", "--db", d / "tb.db"], 16)
        full_probe("feed", ["feed", big, *BASE, "-o", "@MNT/out", "--db", d / "tf.db"], 16)
        full_probe("db-on-full-disk", ["run", a, *BASE, "-o", "@MNT/out", "--db", "@MNT/t.db"], 8)
        full_probe("review-apply", ["review", "apply", d / "pre" / "pt-BR" / "a.pt-BR.po" if (d / "pre" / "pt-BR").exists() else d / "pre" / "a.pt-BR.po",
                                    "--edition", d / "pre" / "pt-BR" / "a.pt-BR.json" if (d / "pre" / "pt-BR").exists() else d / "pre" / "a.pt-BR.json",
                                    "--out", "@MNT/out", "--db", d / "tr.db"], 4)
        full_probe("tm-export", ["tm", "export", "-o", "@MNT/out/m.tmx", "--db", tmx_db], 1)
        g = d / "g.csv"
        g.write_text("name,pt\n" + "".join(f"Place{i},Lugar{i}\n" for i in range(3000)), encoding="utf-8")
        full_probe("glossary-import", ["glossary", "import", g, "-o", "@MNT/out/g.toml"], 4)

fails = [r for r in results if r[2]]
print(f"# {len(results)} probes, {len(fails)} failed")
shutil.rmtree(work, ignore_errors=True)
