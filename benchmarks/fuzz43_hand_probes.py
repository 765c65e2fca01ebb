# ruff: noqa: E501, E741
"""fuzz43 hand probes: the HTTP service and ``translate batch`` with hostile inputs (a huge JSON
body, a wrong content type, a NUL in a field, a 0-byte file), ``glossary lint`` and
``--glossary`` on a sentence form, a page declared UTF-8 whose bytes are Latin-1. Each command
runs in a child with the fake engine (tests/fakes.py); the server is ``translate serve
--keyless --engine fake`` in a child. Checked: a documented exit code or HTTP status, the
``{"error": ...}`` shape, no traceback or internal error, no 500, the server still answering,
every file written parsed back (json, lxml, ``msgfmt -c``).

    TREE=/path/to/tree python benchmarks/fuzz43_hand_probes.py [serve] [batch] [lint] [enc]
"""

import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
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
work = Path(tempfile.mkdtemp(prefix="fuzz43-hand-"))
RUN = work / "runcli.py"
RUN.write_text(RUNNER, encoding="utf-8")
ENV = {**os.environ, "TREE": TREE, "PYTHONPATH": TREE, "TRANSLATE_HOME": str(work / "home")}
results = []


def run(args, timeout=300):
    try:
        p = subprocess.run([PY, RUN, *map(str, args)], capture_output=True, text=True, env=ENV,
                           timeout=timeout, cwd=work)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "HANG", "", ""


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


def verdict(name, code, out, err, files_bad=(), extra=""):
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
    line = next((l for l in err.splitlines() if l.startswith(("error", "warning"))), err.strip().splitlines()[-1] if err.strip() else "")
    results.append((name, code, problems))
    print(f"{'FAIL' if problems else 'ok  '} {name}: exit {code} {line[:170]} {'; '.join(problems)}", flush=True)


P = "The minister said on Monday that the council will meet again next week to vote."
which = sys.argv[1:] or ["serve", "batch", "lint", "enc"]

# -- batch ------------------------------------------------------------------------------------
if "batch" in which:
    def batch_dir(name, files, extra_args=(), check=None):
        d = work / f"in-{name}"
        d.mkdir()
        for fn, data in files.items():
            (d / fn).write_bytes(data)
        out = work / f"out-{name}"
        code, o, e = run(["batch", d, "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", out,
                          "--format", "md,json,html,po,xliff", *extra_args])
        extra = check(out, o, e) if check else ""
        verdict(f"batch {name}", code, o, e, parse_all(out) if out.exists() else [], extra)

    def good_written(out, o, e):
        n = len(list(Path(out).rglob("good*.json"))) if Path(out).exists() else 0
        return "" if n else "the good file's edition not written"

    def named(fn):
        def check(out, o, e):
            return "" if fn in e or fn in o else f"{fn} not named in the output"
        return check

    good = f"# Council\n\n{P}\n".encode()
    batch_dir("zero-byte-md", {"good.md": good, "empty.md": b""}, check=lambda o_, o, e: good_written(o_, o, e) or named("empty.md")(o_, o, e))
    batch_dir("zero-byte-html", {"good.md": good, "empty.html": b""}, check=lambda o_, o, e: good_written(o_, o, e) or named("empty.html")(o_, o, e))
    batch_dir("zero-byte-txt", {"good.md": good, "empty.txt": b""}, check=lambda o_, o, e: good_written(o_, o, e) or named("empty.txt")(o_, o, e))
    batch_dir("only-zero-byte", {"empty.md": b""}, check=named("empty.md"))
    batch_dir("whitespace-only", {"good.md": good, "blank.md": b"  \n\n\t\n"}, check=lambda o_, o, e: good_written(o_, o, e) or named("blank.md")(o_, o, e))
    batch_dir("bom-only", {"good.md": good, "bom.md": b"\xef\xbb\xbf"}, check=lambda o_, o, e: good_written(o_, o, e) or named("bom.md")(o_, o, e))
    batch_dir("nul-in-file", {"good.md": good, "nul.md": f"# Council\n\n{P}\x00{P}\n".encode()}, check=good_written)
    def says_binary(fn):
        def check(out, o, e):
            line = next((l for l in e.splitlines() if fn in l), "")
            return good_written(out, o, e) or ("" if "binary data" in line else f"{fn} not called binary data")
        return check

    batch_dir("nul-only", {"good.md": good, "nuls.md": b"\x00" * 64}, check=says_binary("nuls.md"))
    batch_dir("nul-4k", {"good.md": good, "zeros.html": b"\x00" * 4096}, check=says_binary("zeros.html"))
    batch_dir("zero-byte-hold", {"good.md": good, "empty.md": b""}, ["--on-findings", "hold"], check=good_written)

    def batch_jsonl(name, lines, check=None):
        f = work / f"{name}.jsonl"
        f.write_bytes(lines)
        out = work / f"out-{name}"
        code, o, e = run(["batch", f, "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", out,
                          "--format", "md,json,html,po,xliff"])
        extra = check(out, o, e) if check else ""
        verdict(f"batch {name}", code, o, e, parse_all(out) if out.exists() else [], extra)

    ok = json.dumps({"id": "good", "text": P})
    batch_jsonl("jsonl-zero-byte", b"")
    batch_jsonl("jsonl-nul-in-text", (ok + "\n" + json.dumps({"id": "nul", "text": P + "\x00" + P}) + "\n").encode())
    batch_jsonl("jsonl-nul-in-id", (ok + "\n" + json.dumps({"id": "a\x00b", "text": P}) + "\n").encode())
    batch_jsonl("jsonl-raw-nul", (ok + "\n").encode() + b'{"id": "r", "text": "a\x00b"}\n')
    batch_jsonl("jsonl-empty-text", (ok + "\n" + json.dumps({"id": "e", "text": ""}) + "\n").encode())
    batch_jsonl("jsonl-huge-line", (ok + "\n" + json.dumps({"id": "h", "text": "word " * 5_000_000}) + "\n").encode())

# -- glossary lint / --glossary on a sentence form ---------------------------------------------
if "lint" in which:
    sentence = "O ministro renunciou na segunda-feira após a votação."
    g = work / "sentence.toml"
    g.write_text(f'[[entry]]\nid = "vote"\nname = "The vote"\ntype = "org"\n[entry.forms]\n"pt-BR" = "{sentence}"\n', encoding="utf-8")
    code, o, e = run(["glossary", "lint", g])
    verdict("lint sentence form", code, o, e, extra="" if code == 5 and "sentence" in o + e else "a sentence form passed lint")
    g2 = work / "sentence-name.toml"
    g2.write_text('[[entry]]\nid = "resign"\nname = "The minister resigned on Monday after the vote."\ntype = "org"\n[entry.forms]\n"pt-BR" = "Renúncia"\n', encoding="utf-8")
    code, o, e = run(["glossary", "lint", g2])
    verdict("lint sentence name", code, o, e, extra="" if code == 5 and "sentence" in o + e else "a sentence name passed lint")
    gok = work / "title.toml"
    gok.write_text('[[entry]]\nid = "show"\nname = "Who Wants to Be a Millionaire?"\ntype = "org"\n[entry.forms]\n"pt-BR" = "Quem Quer Ser um Milionário?"\n', encoding="utf-8")
    code, o, e = run(["glossary", "lint", gok])
    verdict("lint title (do no harm)", code, o, e, extra="" if code == 0 else "a title refused")
    src = work / "vote.md"
    src.write_text(f"# Council\n\nThe vote was held on Monday. {P}\n", encoding="utf-8")
    out = work / "out-glossary-sentence"
    code, o, e = run(["run", src, "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", out, "--glossary", g, "--format", "json,po"])
    verdict("run --glossary sentence form", code, o, e, parse_all(out) if out.exists() else [], extra="" if code == 5 and "sentence" in e else "a sentence form loaded")

# -- a page declared UTF-8 whose bytes are Latin-1 ---------------------------------------------
if "enc" in which:
    latin = ("<p>A câmara municipal aprovou o orçamento na segunda-feira, disse o ministro.</p>"
             f"<p>{P}</p>")
    for name, head in (("meta-charset", '<meta charset="utf-8">'),
                       ("http-equiv", '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'),
                       ("no-declaration", "")):
        data = f"<!DOCTYPE html><html><head><title>Câmara</title>{head}</head><body>{latin}</body></html>".encode("latin-1")
        src = work / f"latin-{name}.html"
        src.write_bytes(data)
        out = work / f"out-latin-{name}"
        code, o, e = run(["run", src, "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", out, "--format", "json,html,po,xliff"])
        mojibake = ""
        if out.exists():
            t = " ".join(f.read_text(encoding="utf-8") for f in out.rglob("*.json"))
            if "\ufffd" in t or "c\u00e2mara" not in t:
                mojibake = "text damaged (U+FFFD or câmara lost)"
        verdict(f"run {name} over latin-1", code, o, e, parse_all(out) if out.exists() else [], mojibake)
    d = work / "in-latin-batch"
    d.mkdir()
    (d / "good.md").write_text(f"# Council\n\n{P}\n", encoding="utf-8")
    (d / "latin.html").write_bytes(f'<html><head><meta charset="utf-8"></head><body>{latin}</body></html>'.encode("latin-1"))
    out = work / "out-latin-batch"
    code, o, e = run(["batch", d, "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", out, "--format", "json,po"])
    verdict("batch latin-1 declared utf-8", code, o, e, parse_all(out) if out.exists() else [])

# -- the HTTP service --------------------------------------------------------------------------
if "serve" in which:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    files = work / "serve-files"
    proc = subprocess.Popen([PY, RUN, "serve", "--keyless", "--engine", "fake", "--port", str(port), "--out", files],
                            env=ENV, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)

    def req(method, path, body=b"", headers=None, timeout=120):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            return r.status, r.getheader("content-type") or "", r.read()
        except Exception as exc:
            return f"{type(exc).__name__}", "", b""
        finally:
            c.close()

    OK_STATUS = {200, 400, 403, 405, 408, 413, 415, 429, 503}

    def probe(name, method, path, body=b"", ctype="application/json", want=None, check=None, headers=None, error_check=None):
        h = {"Content-Type": ctype} if ctype else {}
        h.update(headers or {})
        status, _rtype, data = req(method, path, body, h)
        problems = []
        if status not in OK_STATUS:
            problems.append(f"status {status}")
        if want is not None and status != want:
            problems.append(f"wanted {want}")
        msg = ""
        if isinstance(status, int) and status != 200:
            try:
                d = json.loads(data)
                assert isinstance(d, dict) and set(d) == {"error"} and isinstance(d["error"], str)
                msg = d["error"]
                if error_check and error_check(status, msg):
                    problems.append(error_check(status, msg))
            except Exception:
                problems.append("not the {error} shape: " + data[:100].decode("utf-8", "replace"))
        if status == 200 and check:
            try:
                extra = check(json.loads(data))
            except Exception as exc:
                extra = f"answer unreadable: {type(exc).__name__}: {exc}"
            if extra:
                problems.append(extra)
        alive = req("GET", "/healthz")[0]
        if alive != 200:
            problems.append(f"server gone ({alive})")
        results.append((name, status, problems))
        print(f"{'FAIL' if problems else 'ok  '} serve {name}: {status} {ascii(msg[:150]) if any(ord(c) < 32 for c in msg[:150]) else msg[:150]} {'; '.join(problems)}", flush=True)

    def edition_files(answer):
        bad = []
        for ed in answer.get("editions", []) if isinstance(answer, dict) else []:
            json.dumps(ed)
            fmts = ed.get("outputs") or {}
            for fmt, text in fmts.items():
                if not isinstance(text, str):
                    continue
                p = work / f"served.{fmt}"
                p.write_text(text, encoding="utf-8")
                if fmt == "po":
                    r = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(p)], capture_output=True, text=True)
                    if r.returncode:
                        bad.append("po: " + r.stderr.strip()[:150])
                elif fmt == "xliff":
                    try:
                        lxml.etree.fromstring(text.encode("utf-8"))
                    except Exception as exc:
                        bad.append(f"xliff: {exc}")
                elif fmt == "html":
                    lxml.html.fromstring(text)
        return "; ".join(bad)

    def no_nul(answer):
        return "a NUL in the answer" if "\x00" in json.dumps(answer, ensure_ascii=False) or "\\u0000" in json.dumps(answer) else ""

    def J(o):
        return json.dumps(o).encode()

    good = {"q": P, "source": "en", "target": "pt"}
    probe("good /translate", "POST", "/translate", J(good), want=200)
    # a huge JSON body
    probe("5 MB body (over --max-body)", "POST", "/translate", J({**good, "q": "x" * 5_000_000}), want=413)
    probe("3.9 MB q string", "POST", "/translate", J({**good, "q": "word " * 780_000}), want=400)
    probe("3.6 MB q list", "POST", "/translate", J({**good, "q": ["word"] * 450_000}), want=400)
    probe("3.9 MB of keys", "POST", "/translate", J({**good, **{f"k{i}": 1 for i in range(300_000)}}))
    probe("3.9 MB v1 text", "POST", "/v1/editions", J({"text": ("word " * 15 + ". ") * 48_000, "targets": "pt-BR"}), want=400)
    probe("3.9 MB v1 html", "POST", "/v1/editions", J({"html": "<div>" * 700_000, "format": "html", "targets": "pt-BR"}))
    probe("deep JSON 2 MB", "POST", "/v1/editions", b'{"text": ' + b"[" * 1_000_000 + b"]" * 1_000_000 + b"}")
    probe("3.9 MB /v1/check", "POST", "/v1/check", J({"text": ("word " * 15 + ". ") * 48_000}))
    probe("3.9 MB /detect", "POST", "/detect", J({"q": "word " * 780_000}))
    probe("huge number", "POST", "/translate", b'{"q": "Hello there.", "source": "en", "target": "pt", "x": ' + b"9" * 3_000_000 + b"}")
    # wrong content types
    for ct in ("text/plain", "application/xml", "", "application/jsonx", "application/json-seq",
               "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=", "text/html; charset=utf-8"):
        probe(f"ctype {ct or '(none)'} JSON body /translate", "POST", "/translate", J(good), ctype=ct)
        probe(f"ctype {ct or '(none)'} JSON body /v1/editions", "POST", "/v1/editions", J({"text": P, "targets": "pt-BR"}), ctype=ct)
    probe("json charset latin-1, latin-1 bytes", "POST", "/translate", json.dumps({**good, "q": "A câmara aprovou."}, ensure_ascii=False).encode("latin-1"), ctype="application/json; charset=iso-8859-1")
    probe("json utf-16", "POST", "/translate", json.dumps(good).encode("utf-16"), ctype="application/json; charset=utf-16")
    probe("json to /translate_file", "POST", "/translate_file", J(good))
    probe("form to /v1/editions", "POST", "/v1/editions", b"text=Hello+there.&targets=pt-BR", ctype="application/x-www-form-urlencoded")
    # a NUL in a field
    nul = P.replace("council", "coun\x00cil")
    probe("NUL in q /translate", "POST", "/translate", J({**good, "q": nul}), check=no_nul)
    probe("NUL in q list", "POST", "/translate", J({**good, "q": [P, nul]}), check=no_nul)
    probe("NUL in q html", "POST", "/translate", J({**good, "q": f"<p>{nul}</p>", "format": "html"}), check=no_nul)
    probe("NUL in source", "POST", "/translate", J({**good, "source": "en\x00"}))
    probe("NUL in target", "POST", "/translate", J({**good, "target": "pt\x00../x"}))
    probe("NUL in format", "POST", "/translate", J({**good, "format": "text\x00"}))
    probe("NUL in api_key", "POST", "/translate", J({**good, "api_key": "k\x00"}))
    probe("NUL in /detect q", "POST", "/detect", J({"q": nul}))
    probe("NUL in /v1/check", "POST", "/v1/check", J({"text": nul}))
    probe("NUL in v1 text", "POST", "/v1/editions", J({"text": f"# Council\n\n{nul}\n", "format": "md", "targets": "pt-BR", "formats": "json,md,html,po,xliff"}), check=lambda a: no_nul(a) or edition_files(a))
    probe("NUL in v1 html", "POST", "/v1/editions", J({"html": f"<html><body><p>{nul}</p></body></html>", "format": "html", "targets": "pt-BR", "formats": "json,md,html,po,xliff"}), check=lambda a: no_nul(a) or edition_files(a))
    probe("NUL in v1 id", "POST", "/v1/editions", J({"text": P, "targets": "pt-BR", "id": "a\x00b", "formats": "json,po,xliff"}), check=lambda a: no_nul(a) or edition_files(a))
    probe("NUL in v1 targets", "POST", "/v1/editions", J({"text": P, "targets": "pt-BR\x00"}))
    probe("NUL in v1 formats", "POST", "/v1/editions", J({"text": P, "targets": "pt-BR", "formats": "json\x00"}))
    probe("NUL in v1 source", "POST", "/v1/editions", J({"text": P, "targets": "pt-BR", "source": "en\x00"}))
    probe("NUL in a key", "POST", "/translate", J({**good, "q\x00": "x"}))
    probe("NUL in form q", "POST", "/translate", b"q=Hello%00there.&source=en&target=pt", ctype="application/x-www-form-urlencoded", check=no_nul)
    probe("NUL raw in form", "POST", "/translate", b"q=Hello\x00there.&source=en&target=pt", ctype="application/x-www-form-urlencoded", check=no_nul)
    probe("NUL in query string", "POST", "/translate?q=Hello%00there.&source=en&target=pt", b"", ctype="application/x-www-form-urlencoded", check=no_nul)

    def multipart(fields, fname, fdata, ftype="text/plain"):
        b = "----fuzz43"
        parts = b""
        for k, v in fields.items():
            parts += f'--{b}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        parts += f'--{b}\r\nContent-Disposition: form-data; name="file"; filename="{fname}"\r\nContent-Type: {ftype}\r\n\r\n'.encode() + fdata + b"\r\n"
        parts += f"--{b}--\r\n".encode()
        return parts, f"multipart/form-data; boundary={b}"

    def file_ok(answer):
        url = answer.get("translatedFileUrl", "")
        path = "/" + url.split("/", 3)[-1] if url.startswith("http") else url
        st, _, data = req("GET", path)
        if st != 200:
            return f"download {st}"
        if b"\x00" in data:
            return "a NUL in the file"
        return ""

    for name, fname, data in (("0-byte .txt", "empty.txt", b""), ("0-byte .md", "empty.md", b""),
                              ("0-byte .html", "empty.html", b""), ("NUL in file", "nul.txt", nul.encode()),
                              ("NULs only", "nuls.txt", b"\x00" * 100), ("NUL in filename", "a\x00b.txt", P.encode()),
                              ("latin-1 .html declared utf-8", "l.html", f'<meta charset="utf-8"><p>A câmara aprovou. {P}</p>'.encode("latin-1")),
                              ("latin-1 .txt", "l.txt", f"A câmara aprovou. {P}".encode("latin-1"))):
        body, ct = multipart({"source": "en", "target": "pt"}, fname, data)
        says = (lambda s, m: "" if "binary data" in m else "not called binary data") if fname == "nuls.txt" else None
        probe(f"/translate_file {name}", "POST", "/translate_file", body, ctype=ct, check=file_ok, error_check=says)

    def short_error(limit=300):
        def check(status, msg):
            bad = [c for c in msg if ord(c) < 32 or 127 <= ord(c) < 160]
            if len(msg) > limit:
                return f"an error of {len(msg):,} characters"
            return f"control characters in the error: {bad[:3]!r}" if bad else ""
        return check

    for name, path, body in (("source 3 MB", "/translate", {**good, "source": "x" * 3_000_000}),
                             ("target 1 MB", "/translate", {**good, "target": "y" * 1_000_000}),
                             ("format 1 MB", "/translate", {**good, "format": "z" * 1_000_000}),
                             ("v1 format 1 MB", "/v1/editions", {"text": P, "targets": "pt-BR", "format": "w" * 1_000_000}),
                             ("v1 targets 1 MB", "/v1/editions", {"text": P, "targets": "q" * 1_000_000}),
                             ("v1 formats 1 MB", "/v1/editions", {"text": P, "targets": "pt-BR", "formats": "v" * 1_000_000}),
                             ("target newline+ESC", "/translate", {**good, "target": "pt\n\x1b[2Jx"}),
                             ("source NUL+ESC", "/translate", {**good, "source": "en\x00\x1b[31m"}),
                             ("format CR LF", "/translate", {**good, "format": "text\r\nX-Injected: 1"})):
        probe(f"error quoting {name}", "POST", path, J(body), want=400, error_check=short_error())
    probe("healthz after all", "GET", "/healthz", ctype="", want=200)
    proc.terminate()
    try:
        o, e = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        o, e = proc.communicate()
    tb = "Traceback" in e
    print(f"{'FAIL' if tb else 'ok  '} serve log: exit {proc.returncode}, {'a traceback in its log' if tb else 'no traceback'}; 500s logged: {e.count(' 500')}", flush=True)
    if tb:
        print("\n".join(l for l in e.splitlines() if "Error" in l)[:1500])
        results.append(("serve log", proc.returncode, ["traceback"]))

failed = [r for r in results if r[2]]
print(f"cases: {len(results)}, failed: {len(failed)}", flush=True)
