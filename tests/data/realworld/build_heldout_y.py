"""Build HELD-OUT SET Y of the real-world corpus: NReadability's saved test pages (a new source).

    python tests/data/realworld/build_heldout_y.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/marek-stoj/NReadability at COMMIT

A source no body set and no structure set used (thirty-fourth pass, branch body29): the
candidates earlier passes checked stand (``build_heldout_w.py``'s and ``build_heldout_x.py``'s
docstrings); **NReadability** (Marek Stój's C# port of Arc90's Readability; Apache-2.0,
``LICENSES/nreadability-Apache-2.0.txt``) keeps saved pages under
``Src/NReadability/NReadability.Tests/SampleInput/`` (one page an article) and
``SampleWebInput/`` (articles of several pages, ``NN_1`` the first) and asserts, in
``NReadabilityTranscoderTests.cs`` and ``NReadabilityWebTranscoderTests.cs``, text the extracted
article must contain (``extractedContent.Contains("...")``). No body set and no structure set
holds any of its pages; **other areas used them**: the facts gate's held-out set AC took their
``<p>`` paragraphs as sentences, probe32 translated some, a glossary test quotes the New York
Times page. Nothing of the reader or the boilerplate stage was ever tuned on them. **Snippet
facts, not whole bodies**: the set measures recall (are the asserted body snippets kept?) and
no leaked lines (NReadability names no furniture); no page has ``body_start``/``body_end``.

Selection rule, written and committed before the set was built or any run, never by looking at
our output (the test files' text and the pages' bytes only):

* the single-page cases first: every ``case N:`` of ``TestSampleInputs`` in
  ``NReadabilityTranscoderTests.cs`` at ``COMMIT``, in file order, whose page
  ``SampleInput/SampleInput_NN.html`` exists; its address is ``GetSampleInputUrl(N)``, else an
  ``http`` address in the case's comment, else a domain name the comment opens with
  (``washingtonpost.com - "..."``: ``http://www.washingtonpost.com/``), else the page's canonical
  or ``og:url`` address; a case with none (the synthetic "sample page"s) is left out;
* then the multi-page cases: every ``case N:`` of ``TestSampleInputs`` in
  ``NReadabilityWebTranscoderTests.cs``, the first page of its article
  (``SampleWebInput/SampleInput_NN_1.html``), its address the first of ``_Urls[N]``;
* its facts: every ``Contains("...")`` literal of 20+ characters after whitespace is folded,
  with no markup (no ``<``, ``>``, ``="``), and, for a multi-page case, only those whose text is
  in the first page's own text (its markup stripped, entities decoded, whitespace folded: the
  others are on the article's later pages); ``Regex.IsMatch`` patterns are left out (markup);
  a case with no fact of 30+ characters is left out;
* whose site no body set holds (every folder of the corpus, sets dev to x, omni-dev; set h's
  archived sites too) and no structure set holds (the canonical or ``og:url`` address of every
  page of ``benchmarks/data/html_structure_*/``, and the site labels of their WCXB/WCEB file
  names);
* whose bytes are no page of any body set;
* one page per site (the first), up to ``COUNT``.

Written on 2026-12-06 BEFORE the thirty-fourth boilerplate pass of issue 15 (branch body29, on
main at ``c26a616c``); the first evaluation on it is kept as
``benchmarks/results/body29-eval_realworld_heldout_y_before-2026-12-06.txt``. Do not tune rules
on these pages: once that happens they are a development set.
The pages are the work of their publishers, kept by NReadability as test fixtures (its code
Apache-2.0); kept here for testing.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_heldout_w import _CANONICAL, structure_sites  # noqa: E402
from build_heldout_x import _known_bytes as _bytes_x  # noqa: E402
from build_heldout_x import _known_sites as _sites_x  # noqa: E402
from heldout_common import builder_main, decode, git, known_sites, norm, site, write_page  # noqa: E402

OUT = HERE / "heldout_y"
# marek-stoj/NReadability, its last commit (version 1.4.9)
COMMIT = "808afcfd2086b627d7be4ed7572afd33a4825df3"
TESTS = "Src/NReadability/NReadability.Tests/"
SINGLE = TESTS + "NReadabilityTranscoderTests.cs"
WEB = TESTS + "NReadabilityWebTranscoderTests.cs"
COUNT = 40
MIN_FACT = 30
_LITERAL = r'"((?:[^"\\\n]|\\.)*)"'
_CONTAINS = re.compile(rf"extractedContent\.Contains\(\s*{_LITERAL}\s*\)")
_CASE = re.compile(r"(?m)^\s*case\s+(\d+)\s*:([^\n]*)")
_DOMAIN = re.compile(r"^\s*//\s*([a-z0-9.-]+\.[a-z]{2,})\b", re.I)
_HTTP = re.compile(r"https?://\S+")


def _unescape(literal: str) -> str:
    def sub(m: re.Match[str]) -> str:
        e = m.group(1)
        if e.startswith("u"):
            return chr(int(e[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r"}.get(e, e)

    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", sub, literal)


def _method(cs: str, name: str) -> str:
    """The text of method ``name`` up to the next ``[Test]`` attribute."""
    start = cs.find(f"public void {name}(")
    if start < 0:
        return ""
    end = cs.find("[Test", start)
    return cs[start : end if end > 0 else len(cs)]


def cases(cs: str) -> list[tuple[int, str, str]]:
    """(number, the comment after ``case N:``, the case's code) of ``TestSampleInputs``."""
    body = _method(cs, "TestSampleInputs")
    found = list(_CASE.finditer(body))
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(body)
        out.append((int(m.group(1)), m.group(2), body[m.end() : end]))
    return out


def snippets(code: str) -> list[str]:
    out = []
    for m in _CONTAINS.finditer(code):
        s = norm(_unescape(m.group(1)))
        if len(s) >= 20 and not any(c in s for c in "<>") and '="' not in s:
            out.append(s)
    return out


def page_text(data: bytes) -> str:
    """The page's own text: markup stripped, entities decoded, whitespace folded."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", decode(data))
    return norm(html_lib.unescape(re.sub(r"<[^>]+>", " ", text)))


def single_address(cs: str, number: int, comment: str, data: bytes) -> str | None:
    get_url = _method(cs, "GetSampleInputUrl").split("private ")[0]
    m = re.search(rf"case\s+{number}\s*:\s*return\s+{_LITERAL}", get_url)
    if m:
        return m.group(1)
    m2 = _HTTP.search(comment)
    if m2:
        return m2.group(0)
    m3 = _DOMAIN.match(comment)
    if m3:
        host = m3.group(1).lower()
        return f"http://{host if host.count('.') > 1 else 'www.' + host}/"
    for url in _CANONICAL.findall(data[:400_000]):
        u = url.decode("utf-8", "replace")
        if u.startswith("http"):
            return u
    return None


def web_urls(cs: str) -> dict[int, str]:
    out = {}
    for m in re.finditer(rf"\{{\s*(\d+)\s*,\s*new\[\]\s*\{{\s*@?{_LITERAL}", cs):
        out[int(m.group(1))] = m.group(2)
    return out


def _known_sites() -> set[str]:
    return _sites_x() | known_sites(("heldout_x",))


def _known_bytes() -> set[str]:
    out = _bytes_x()
    for facts in (HERE / "heldout_x" / "pages").glob("*.json"):
        out.add(str(json.loads(facts.read_text(encoding="utf-8")).get("sha256")))
    return out


def _source(data: bytes | None) -> str:
    """A test file's text: UTF-8 (with or without its mark), else Windows-1250 (one file is)."""
    try:
        return (data or b"").decode("utf-8-sig")
    except UnicodeDecodeError:
        return (data or b"").decode("cp1250", "replace")


def _show(repo: Path, path: str) -> bytes | None:
    try:
        return git(repo, "show", f"{COMMIT}:{path}")
    except Exception:  # not at the commit
        return None


def candidates(repo: Path) -> list[dict[str, object]]:
    """Every case in the rule's order with its page, address and facts (before the site checks)."""
    out: list[dict[str, object]] = []
    single = _source(_show(repo, SINGLE))
    for number, comment, code in cases(single):
        path = f"{TESTS}SampleInput/SampleInput_{number:02d}.html"
        data = _show(repo, path)
        if data is None:
            continue
        url = single_address(single, number, comment, data)
        out.append({"n": number, "kind": "single", "path": path, "data": data, "url": url,
                    "must": snippets(code)})  # fmt: skip
    web = _source(_show(repo, WEB))
    urls = web_urls(web)
    for number, _comment, code in cases(web):
        path = f"{TESTS}SampleWebInput/SampleInput_{number:02d}_1.html"
        data = _show(repo, path)
        if data is None or number not in urls:
            continue
        text = page_text(data)
        must = [s for s in snippets(code) if s in text]
        out.append({"n": number, "kind": "web", "path": path, "data": data, "url": urls[number],
                    "must": must})  # fmt: skip
    return out


def choose(repo: Path) -> list[dict[str, object]]:
    known, known_bytes = _known_sites(), _known_bytes()
    struct_sites, struct_labels = structure_sites()
    chosen: list[dict[str, object]] = []
    taken: set[str] = set()
    for case in candidates(repo):
        url = case["url"]
        s = site(str(url)) if url else ""
        if not s:
            continue
        must: list[str] = case["must"]  # type: ignore[assignment]
        if not any(len(f) >= MIN_FACT for f in must):
            continue
        if s in known or s in taken or s in struct_sites or s.split(".")[0] in struct_labels:
            continue
        if hashlib.sha256(case["data"]).hexdigest() in known_bytes:  # type: ignore[arg-type]
            continue
        taken.add(s)
        chosen.append(case)
        if len(chosen) >= COUNT:
            break
    return chosen


def build(repo: Path, out: Path) -> None:
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for page in choose(repo):
        must: list[str] = page["must"]  # type: ignore[assignment]
        suffix = "" if page["kind"] == "single" else "-web"
        page_id = f"nread-{int(page['n']):02d}{suffix}"  # type: ignore[call-overload]
        write_page(
            pages_dir,
            page_id,
            page["data"],  # type: ignore[arg-type]
            url=str(page["url"]),
            lines=None,
            kind="article",
            title=None,
            title_source="none (NReadability asserts no title)",
            source={
                "package": "marek-stoj/NReadability (GitHub)",
                "version": COMMIT,
                "path": str(page["path"]),
                "facts": f"{SINGLE if page['kind'] == 'single' else WEB} (Contains)",
            },
            must_have=must,
            language_text=" ".join(must),
        )
        path = pages_dir / f"{page_id}.json"
        record = json.loads(path.read_text(encoding="utf-8"))
        record["body_start"] = None  # snippets of any place in the body, not its opening
        record["body_end"] = None
        text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "NReadability's checkout or mirror", argv)


if __name__ == "__main__":
    raise SystemExit(main())
