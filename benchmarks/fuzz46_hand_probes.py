# ruff: noqa: E501, E741
"""fuzz46 hand probes: a file option that names a missing path (every command and option that
reads one: one exit code?), a reviewer's short target in the source's language, a KOI8-R or
windows-1251 word in a feed declared UTF-8, HTTP requests with a huge header or a JSON body
nested 10,000 deep, a TMX/TBX/XLIFF with an external entity or a billion-laughs DTD. Each
command runs in a child with the fake engine (tests/fakes.py) under ``/usr/bin/time``; checked:
a documented exit code, no traceback, no hang, every file written parsed back, and per probe
what the output must (not) hold.

    TREE=/path/to/tree python benchmarks/fuzz46_hand_probes.py [missing] [short] [feed] [http] [xml]
"""

import contextlib
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
DOC = {0, 3, 4, 5, 7, 8, 9, 10, 12}
work = Path(tempfile.mkdtemp(prefix="fuzz46-hand-"))
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




which = [a for a in sys.argv[1:] if a != "none"] or ["missing", "short", "feed", "http", "xml"]
results = results
results.clear()


def wants(code, words=""):
    def check(res):
        if res[0] != code:
            return f"wanted exit {code} (exit {res[0]})"
        if words and words not in res[2]:
            return f"wanted {words!r} on stderr"
        return ""
    return check


# -- a file option naming a missing path: one documented code (README: 3, "missing") ----------
if "missing" in which:
    d = work / "missing"
    d.mkdir()
    a = d / "a.md"
    (d / "in").mkdir()
    (d / "in" / "a.md").write_text(f"# Council\n\n{P}\n", encoding="utf-8")
    a.write_text(f"# Council\n\n{P}\n", encoding="utf-8")
    nope = d / "nope"
    ed = d / "ed"
    ed.mkdir()
    shutil.copy(DATA / "article.pt-BR.json", ed / "article.pt-BR.json")
    shutil.copy(DATA / "article.pt-BR.po", ed / "article.pt-BR.po")
    feed = d / "f.xml"
    feed.write_text(rss([("Vote", P)]), encoding="utf-8")
    base = ["--to", "pt-BR", "--engine", "fake", "--from", "en"]
    probes = [
        ("run FILE", ["run", nope / "x.md", *base, "-o", d / "o1"]),
        ("run --jsonl FILE", ["run", "--jsonl", nope / "x.jsonl", *base]),
        ("run --glossary FILE", ["run", a, *base, "-o", d / "o2", "--glossary", nope / "g.toml"]),
        ("run --glossary FOLDER/", ["run", a, *base, "-o", d / "o3", "--glossary", nope]),
        ("batch SOURCE", ["batch", nope, *base, "-o", d / "o4"]),
        ("batch --glossary FILE", ["batch", d / "in", *base, "-o", d / "o5", "--glossary", nope / "g.toml"]),
        ("feed FILE", ["feed", nope / "f.xml", *base, "-o", d / "o6"]),
        ("feed --glossary FILE", ["feed", feed, *base, "-o", d / "o7", "--glossary", nope / "g.toml"]),
        ("review apply REVIEWED", ["review", "apply", nope / "r.po", "--edition", ed / "article.pt-BR.json", "--out", d / "o8", "--db", d / "t.db"]),
        ("review apply --edition FILE", ["review", "apply", ed / "article.pt-BR.po", "--edition", nope / "e.json", "--out", d / "o9", "--db", d / "t.db"]),
        ("tm import TMX", ["tm", "import", nope / "m.tmx", "--db", d / "t.db"]),
        ("glossary import SOURCE", ["glossary", "import", nope / "t.csv", "-o", d / "g.toml"]),
        ("glossary lint PATH", ["glossary", "lint", nope / "g.toml"]),
        ("detect FILE", ["detect", nope / "x.txt"]),
        ("serve --api-keys FILE", ["serve", "--api-keys", nope / "keys.txt", "--port", "0"]),
        ("serve --glossary FILE", ["serve", "--keyless", "--glossary", nope / "g.toml", "--port", "0"]),
    ]
    bad = d / "bad.toml"
    bad.write_text("[[entry]]\nid = 1\n", encoding="utf-8")
    res = run(["serve", "--keyless", "--glossary", bad, "--port", "0"], timeout=120)
    verdict("invalid serve --glossary FILE (wants the glossary's exit 5)", res, [], wants(5)(res))
    res = run(["run", a, *base, "-o", d / "o10", "--glossary", bad], timeout=120)
    verdict("invalid run --glossary FILE (wants the glossary's exit 5)", res, [], wants(5)(res))
    for name, args in probes:
        res = run(args, timeout=120)
        verdict(f"missing {name}", res, [], wants(3)(res))
    # the library API: the exception's exit code
    code = ("import sys\nfrom pathlib import Path\nfrom translate import api\nfrom translate.errors import TranslateError\n"
            "for name, call in [('load_glossary', lambda: api.load_glossary([Path(sys.argv[1])]))]:\n"
            "    try:\n        call(); print(f'api {name}: no error')\n"
            "    except TranslateError as e:\n        print(f'api {name}: {type(e).__name__} exit {e.exit_code}: {e.format_line()}')\n")
    out = subprocess.run([PY, "-c", code, str(nope / "g.toml")], capture_output=True, text=True, env=ENV, cwd=work)
    line = (out.stdout + out.stderr).strip().splitlines()[-1] if (out.stdout + out.stderr).strip() else ""
    bad = "" if "exit 3" in line else f"wanted exit 3: {line[:200]}"
    results.append(("api load_glossary missing", 0, [bad] if bad else []))
    print(f"{'FAIL' if bad else 'ok  '} api load_glossary missing: {line[:200]}", flush=True)

# -- a reviewer's short target in the source's language ----------------------------------------
if "short" in which:
    po = (DATA / "article.pt-BR.po").read_text(encoding="utf-8")
    HEAD_PO = 'msgstr "Votação de orçamento em Lisboa"'

    def said(text):
        def check(d, res):
            if res[0] == 0 and "warning" not in res[2] and "same language" not in res[2]:
                return f"{text!r} applied with exit 0 and no word"
            return ""
        return check

    def stored(text):
        def check(d, res):
            return "" if res[0] == 0 and memory_holds(d, text) else f"a translation not applied (exit {res[0]})"
        return check
    for t in ("Budget vote today", "Vote in Lisbon", "Lisbon budget vote", "Budget vote", "Council budget approved", "City budget", "Budget vote in Lisbon"):
        review(f"po-short-english-title {t!r}", "article.pt-BR.po", po.replace(HEAD_PO, f'msgstr "{t}"'), said(t))
    for t in ("Votação em Lisboa", "Orçamento de Lisboa", "Lisboa vota orçamento", "Orçamento aprovado", "Rock in Rio"):
        review(f"po-short-portuguese-title {t!r}", "article.pt-BR.po", po.replace(HEAD_PO, f'msgstr "{t}"'), stored(t))

# -- a Cyrillic word in 8-bit bytes inside a feed declared UTF-8 --------------------------------
if "feed" in which:

    def reads(expect):
        def check(out, res):
            t = texts_of(out, ".json") + texts_of(out, ".xml")
            if expect is None:
                return "" if "\ufffd" not in t or res[0] == 10 else "U+FFFD with exit 0"
            if expect in t:
                return ""
            odd = sorted({ch for ch in t if ord(ch) > 0x7F and ch.isalpha()})[:12]
            fffd = "\ufffd" in t
            return f"{expect!r} not read (letters: {''.join(odd)!r}; U+FFFD {fffd}; exit {res[0]})"
        return check
    for name, word, enc in (("koi8r-word", "Привет мир", "koi8-r"), ("koi8r-one-word", "Москва", "koi8-r"),
                            ("cp1251-word", "Привет мир", "cp1251"), ("koi8u-word", "Київ", "koi8-u"),
                            ("koi8r-sentence", "Совет проголосовал за бюджет", "koi8-r")):
        data = rss([("Vote", P + " " + word.encode(enc).decode("latin-1"))]).encode("latin-1")
        feedfile(f"utf8-decl-{name}", data, check=reads(word))
    # do no harm: Latin-1 German, cp1252 quotes, random bytes (no plausible reading)
    feedfile("utf8-decl-latin1-german", rss([("Gr\xfc\xdfe", f"{P} M\xfcller sa\xdf im B\xfcro.")]).encode("latin-1"), check=reads("Müller"))
    feedfile("utf8-decl-cp1252-quotes", rss([("\u201cVote\u201d", f"{P} \u2018Yes\u2019 she said.")]).encode("cp1252"), check=reads("\u2018Yes\u2019"))
    feedfile("utf8-decl-random-high-bytes", rss([("Vote", P)]).encode().replace(b"meet again", b"meet \x8f\x9d\xa4\xb3\xc8 again"), check=reads(None))
    feedfile("utf8-decl-latin1-cafe", rss([("Cafe", f"{P} The caf\xe9 reopened.")]).encode("latin-1"), check=reads(None))

# -- the HTTP service: a huge header, JSON nested 10,000 deep ------------------------------------
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

    def raw(req: bytes, timeout=30):
        c = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        t0 = time.time()
        with contextlib.suppress(OSError):  # the server answered and closed first: read it
            c.sendall(req)
        buf = b""
        try:
            while chunk := c.recv(65536):
                buf += chunk
        except (TimeoutError, ConnectionResetError) as exc:
            buf += f" [{type(exc).__name__}]".encode()
        c.close()
        return buf.decode("latin-1"), time.time() - t0

    def http_probe(name, req, ok_status=("400", "413", "422", "431")):
        try:
            resp, secs = raw(req)
        except OSError as exc:
            resp, secs = f"connect failed: {exc}", 0
        status = resp.split(" ", 2)[1] if resp.startswith("HTTP/") else resp[:60]
        alive = True
        try:
            urllib.request.urlopen(url + "/healthz", timeout=10).read()
        except Exception:
            alive = False
        probs = []
        if status not in ok_status:
            probs.append(f"status {status}")
        if "Traceback" in resp:
            probs.append("traceback in the answer")
        if not alive:
            probs.append("server dead after")
        body = resp.split("\r\n\r\n", 1)[-1][:160].replace("\n", " ")
        results.append((f"http {name}", status, probs))
        print(f"{'FAIL' if probs else 'ok  '} http {name}: {status} in {secs:.1f}s {body} {'; '.join(probs)}", flush=True)

    def post(path, body, ctype="application/json", extra=""):
        return (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n").encode() + body

    for size in (20_000, 1_000_000):
        http_probe(f"huge header {size:,} bytes /translate", post("/translate", b'{"q":"Hi","source":"en","target":"pt"}', extra=f"X-Big: {'a' * size}\r\n"))
    http_probe("10,000 headers /healthz", ("GET /healthz HTTP/1.1\r\nHost: x\r\n" + "".join(f"X-{i}: v\r\n" for i in range(10_000)) + "Connection: close\r\n\r\n").encode())
    http_probe("huge URL 1 MB", f"GET /healthz?{'a' * 1_000_000} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    deep = b"[" * 10_000 + b"]" * 10_000
    deep_obj = b'{"a":' * 10_000 + b"1" + b"}" * 10_000
    for path in ("/translate", "/detect", "/v1/editions", "/v1/check"):
        http_probe(f"JSON array nested 10,000 deep {path}", post(path, deep))
        http_probe(f"JSON q nested 10,000 deep {path}", post(path, b'{"q":' + deep + b',"source":"en","target":"pt","text":' + deep + b'}'))
        http_probe(f"JSON object nested 10,000 deep {path}", post(path, deep_obj))
    http_probe("JSON nested 100,000 deep /translate", post("/translate", b"[" * 100_000 + b"]" * 100_000))
    srv.terminate()
    try:
        srv.wait(30)
    except subprocess.TimeoutExpired:
        srv.kill()
    log.close()
    tb = "Traceback" in (work / "serve.log").read_text(errors="replace")
    results.append(("http server log", 0, ["traceback in the server's log"] if tb else []))
    print(f"{'FAIL' if tb else 'ok  '} http server log: traceback {tb}", flush=True)

# -- XML: external entities, billion laughs in TMX, TBX, XLIFF -----------------------------------
if "xml" in which:
    secret = work / "secret.txt"
    secret.write_text("SECRET-CONTENT-46", encoding="utf-8")
    lol = '<!DOCTYPE x [<!ENTITY a "lollollollollollollollollollol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>'
    xxe = f'<!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>'
    pe = f'<!DOCTYPE x [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>'
    ext_dtd = f'<!DOCTYPE x SYSTEM "file://{secret}">'
    tmx = '<?xml version="1.0" encoding="UTF-8"?>\n{dt}<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>The council met.</seg></tuv><tuv xml:lang="pt-BR"><seg>O conselho {ref}.</seg></tuv></tu></body></tmx>\n'
    tbx = '<?xml version="1.0" encoding="UTF-8"?>\n{dt}<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>Lisbon</term></termSec></langSec><langSec xml:lang="pt"><termSec><term>Lisboa {ref}</term></termSec></langSec></conceptEntry></body></text></tbx>\n'
    xlf = (DATA / "article.pt-BR.xlf").read_text(encoding="utf-8")
    for kind, dt, ref in (("billion-laughs", lol, "&h;"), ("external-entity", xxe, "&e;"), ("parameter-entity", pe, ""), ("external-dtd-used", ext_dtd, "&e;")):
        def leak(folder, res):
            t = "".join(f.read_text(errors="replace") for f in Path(folder).rglob("*") if f.is_file() and f.suffix in (".toml", ".md", ".json", ".tmx", ".po", ".xlf"))
            t += res[1] + res[2]
            if "SECRET-CONTENT-46" in t:
                return "the external file's text was read"
            return "" if res[0] in (5, 7) else f"wanted exit 5 or 7 (exit {res[0]})"
        d = work / f"x-{kind}"
        d.mkdir()
        (d / "m.tmx").write_text(tmx.format(dt=dt, ref=ref), encoding="utf-8")
        res = run(["tm", "import", d / "m.tmx", "--db", d / "t.db"], timeout=120)
        dump = subprocess.run(["sqlite3", str(d / "t.db"), ".dump"], capture_output=True, text=True).stdout if (d / "t.db").exists() else ""
        verdict(f"tmx {kind}", res, [], leak(d, (res[0], res[1] + dump, res[2], res[3])))
        (d / "t.tbx").write_text(tbx.format(dt=dt, ref=ref), encoding="utf-8")
        res = run(["glossary", "import", d / "t.tbx", "-o", d / "gl" / "g.toml"], timeout=120)
        verdict(f"tbx {kind}", res, parse_all(d / "gl") if (d / "gl").exists() else [], leak(d, res))
        ed = d / "ed"
        ed.mkdir()
        shutil.copy(DATA / "article.pt-BR.json", ed / "article.pt-BR.json")
        body = xlf.split("?>", 1)
        (d / "article.pt-BR.xlf").write_text(body[0] + "?>\n" + dt + body[1].replace("Votação de orçamento", f"Votação {ref} de orçamento", 1), encoding="utf-8")
        res = run(["review", "apply", d / "article.pt-BR.xlf", "--edition", ed / "article.pt-BR.json", "--out", d / "out", "--db", d / "t2.db"], timeout=120)
        verdict(f"xliff {kind}", res, parse_all(d / "out") if (d / "out").exists() else [], leak(d, res))
    code = "import translate.safexml as s, defusedxml, xml.parsers.expat as e; print('parser: safexml on defusedxml', defusedxml.__version__, 'expat', e.EXPAT_VERSION)"
    print(subprocess.run([PY, "-c", code], capture_output=True, text=True, env=ENV, cwd=work).stdout, end="", flush=True)

fails = [r for r in results if r[2]]
print(f"# {len(results)} probes, {len(fails)} failed")
shutil.rmtree(work, ignore_errors=True)
