"""Build HELD-OUT SET X of the real-world corpus: EpubPress's article fixtures (an unused source).

    python tests/data/realworld/build_heldout_x.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/haroldtreen/epub-press at COMMIT

A source no body set and no structure set used was looked for first (thirty-third pass, branch
body28): the candidates earlier passes checked stand (``build_heldout_w.py``'s docstring);
NReadability's sample pages carry ``Contains`` snippets for 13 pages, two of them synthetic.
**EpubPress** (Harold Treen's web-pages-to-e-book service; GPL-3.0-or-later,
``LICENSES/epub-press-GPL-3.0.txt``) keeps 61 saved pages under ``tests/fixtures/articles/`` and
asserts, in ``tests/integration/articles-test.js``, for each page its title, text the article
must contain (``include``) and, for some, text it must **not** contain (``notInclude``: a
comment form's "Leave A Comment", a related-article link, a reader's comment, a category list).
News, magazine and blog pages in several languages (English, Persian, Japanese, Czech, French,
Turkish, Chinese, Russian). **Snippet facts, not whole bodies**: the set measures recall (are
the asserted body snippets kept?), titles, and the furniture EpubPress names (a ``must_not_have``
snippet found is a leak), not leaked lines per page.

Selection rule, written and committed before any run and never by looking at a page or at our
output (the test file's text and the page files' bytes only):

* every test case (``{ fixture: ..., title: ..., include: [...], notInclude: [...] }``) of
  ``tests/integration/articles-test.js`` at ``COMMIT``, in file order, whose fixture
  ``tests/fixtures/articles/NAME.html`` exists at the commit;
* whose address is known: the test case's ``url``, else the page's canonical or ``og:url``
  address (its site; a page with neither is left out);
* that the page itself declares an article: ``og:type`` ``article``, or a schema.org type
  (JSON-LD ``@type`` or microdata ``itemtype``) ending in ``Article`` or ``BlogPosting``, in its
  bytes (so documentation, code hosts, question-and-answer threads, fiction sites and landing
  pages are left out by the page's own markup, not by our reading);
* with at least one ``include`` snippet of 30+ characters with no markup (no ``<``, ``>``,
  ``="`` and no address); every ``include`` snippet of 20+ characters with no markup is a
  ``must_have``; every ``notInclude`` snippet of two or more words with no markup (no ``<``,
  ``>``, ``=``, ``_``, ``:`` and no address) is a ``must_not_have``; the asserted ``title``, when
  not empty, is the page's title;
* whose site no body set holds (every folder of the corpus, sets dev to w, omni-dev; set h's
  archived sites too) and no structure set holds (the canonical or ``og:url`` address of every
  page of ``benchmarks/data/html_structure_*/``, and the site labels of their WCXB/WCEB file
  names);
* whose bytes are no page of any body set;
* one page per site (the first), up to ``COUNT``.

Written on 2026-12-06 BEFORE the thirty-third boilerplate pass of issue 15 (branch body28, on
main at ``732051a3``); the first evaluation on it is kept as
``benchmarks/results/body28-eval_realworld_heldout_x_before-2026-12-06.txt``. Do not tune rules
on these pages: once that happens they are a development set.
The pages are the work of their publishers, kept by EpubPress as test fixtures (its code
GPL-3.0-or-later); kept here for testing.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_heldout_w import _CANONICAL, structure_sites  # noqa: E402
from build_heldout_w import SETS_BEFORE as SETS_BEFORE_W  # noqa: E402
from build_heldout_w import _known_bytes as _bytes_w  # noqa: E402
from build_heldout_w import _known_sites as _sites_w  # noqa: E402
from heldout_common import builder_main, git, known_sites, norm, site, write_page  # noqa: E402

OUT = HERE / "heldout_x"
# haroldtreen/epub-press, its last commit (2023-07-16)
COMMIT = "8be475cc611f51d0b3760768e31aa574a19cc887"
TEST = "tests/integration/articles-test.js"
FIXTURES = "tests/fixtures/articles/"
COUNT = 40
MIN_FACT = 30
SETS_BEFORE = (*SETS_BEFORE_W, "heldout_w")
# a JavaScript string literal: '...', "..." or `...`
_LITERAL = r"""'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`"""
_OG_ARTICLE = re.compile(
    rb"""<meta[^>]*(?:property|name)=["']og:type["'][^>]*content=["']article["']"""
    rb"""|<meta[^>]*content=["']article["'][^>]*(?:property|name)=["']og:type["']""",
    re.I,
)
_SCHEMA_ARTICLE = re.compile(
    rb""""@type"\s*:\s*\[?\s*"[A-Za-z]*(?:Article|BlogPosting)"|itemtype=["'][^"']*"""
    rb"""schema\.org/[A-Za-z]*(?:Article|BlogPosting)["']""",
    re.I,
)


def _unescape(literal: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), literal)


def _strings(text: str) -> list[str]:
    found = re.finditer(_LITERAL, text)
    return [_unescape(next(g for g in m.groups() if g is not None)) for m in found]


def _field(case: str, name: str) -> str | None:
    """The source text of ``name: VALUE`` in one test case (up to the next field or the end)."""
    m = re.search(rf"(?m)^\s*{name}\s*:(.*?)(?=^\s*[A-Za-z]+\s*:|\Z)", case, flags=re.S)
    return m.group(1) if m else None


def cases(js: str) -> list[dict[str, object]]:
    """The test cases in file order: fixture, url, title, include, notInclude."""
    js = re.sub(r"//[^\n'\"`]*$", "", js, flags=re.M)  # line comments after the last literal
    out: list[dict[str, object]] = []
    for part in re.split(r"(?m)^\s*fixture\s*:", js)[1:]:
        fixture = _strings(part.split("\n", 1)[0])
        if not fixture:
            continue
        title_src, url_src = _field(part, "title"), _field(part, "url")
        out.append(
            {
                "fixture": fixture[0],
                "url": (_strings(url_src) or [None])[0] if url_src else None,
                "title": "".join(_strings(title_src)) if title_src else None,
                "include": _strings(_field(part, "include") or ""),
                "notInclude": _strings(_field(part, "notInclude") or ""),
            }
        )
    return out


def _plain(s: str, banned: str) -> bool:
    return not any(c in s for c in banned) and "http" not in s and "www." not in s


def facts_of(case: dict[str, object]) -> tuple[list[str], list[str]]:
    include = [norm(s) for s in case["include"]]  # type: ignore[attr-defined]
    must = [s for s in include if len(s) >= 20 and _plain(s, "<>") and '="' not in s]
    banned = [norm(s) for s in case["notInclude"]]  # type: ignore[attr-defined]
    must_not = [s for s in banned if len(s.split()) >= 2 and _plain(s, "<>=_:")]
    return must, must_not


def address(case: dict[str, object], data: bytes) -> str | None:
    if case.get("url"):
        return str(case["url"])
    for url in _CANONICAL.findall(data[:400_000]):
        u = url.decode("utf-8", "replace")
        if u.startswith("http"):
            return u
    return None


def declares_article(data: bytes) -> bool:
    return bool(_OG_ARTICLE.search(data) or _SCHEMA_ARTICLE.search(data))


def _known_sites() -> set[str]:
    return _sites_w() | known_sites(("heldout_w",))


def _known_bytes() -> set[str]:
    out = _bytes_w()
    for facts in (HERE / "heldout_w" / "pages").glob("*.json"):
        out.add(str(json.loads(facts.read_text(encoding="utf-8")).get("sha256")))
    return out


def _show(repo: Path, path: str) -> bytes | None:
    try:
        return git(repo, "show", f"{COMMIT}:{path}")
    except Exception:  # not at the commit
        return None


def choose(repo: Path) -> list[dict[str, object]]:
    import hashlib

    known, known_bytes = _known_sites(), _known_bytes()
    struct_sites, struct_labels = structure_sites()
    js = (_show(repo, TEST) or b"").decode("utf-8")
    chosen: list[dict[str, object]] = []
    taken: set[str] = set()
    for case in cases(js):
        path = f"{FIXTURES}{case['fixture']}.html"
        data = _show(repo, path)
        if data is None:
            continue
        url = address(case, data)
        s = site(url) if url else ""
        if not s or not declares_article(data):
            continue
        must, must_not = facts_of(case)
        if not any(len(f) >= MIN_FACT for f in must):
            continue
        if s in known or s in taken or s in struct_sites or s.split(".")[0] in struct_labels:
            continue
        if hashlib.sha256(data).hexdigest() in known_bytes:
            continue
        taken.add(s)
        title = norm(str(case["title"] or "")) or None
        chosen.append(
            {"url": url, "path": path, "data": data, "must": must, "must_not": must_not,
             "title": title, "fixture": case["fixture"]}
        )  # fmt: skip
        if len(chosen) >= COUNT:
            break
    return chosen


def build(repo: Path, out: Path) -> None:
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for page in choose(repo):
        must: list[str] = page["must"]  # type: ignore[assignment]
        page_id = "epub-" + re.sub(r"[^a-z0-9]+", "-", str(page["fixture"]).lower()).strip("-")
        write_page(
            pages_dir,
            page_id,
            page["data"],  # type: ignore[arg-type]
            url=str(page["url"]),
            lines=None,
            kind="article",
            title=page["title"],  # type: ignore[arg-type]
            title_source="EpubPress's test (the asserted title)",
            source={
                "package": "haroldtreen/epub-press (GitHub)",
                "version": COMMIT,
                "path": str(page["path"]),
                "facts": f"{TEST} (include, notInclude, title)",
            },
            must_have=must,
            must_not_have=page["must_not"],  # type: ignore[arg-type]
            language_text=" ".join(must),
        )
        path = pages_dir / f"{page_id}.json"
        record = json.loads(path.read_text(encoding="utf-8"))
        record["body_start"] = None  # snippets of any place in the body, not its opening
        record["body_end"] = None
        text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "EpubPress's checkout or mirror", argv)


if __name__ == "__main__":
    raise SystemExit(main())
