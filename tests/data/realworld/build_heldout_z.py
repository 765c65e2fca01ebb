"""Build HELD-OUT SET Z of the real-world corpus: goose3's saved news pages (a new source).

    python tests/data/realworld/build_heldout_z.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/goose3/goose3 at COMMIT

A source no body set and no structure set used (thirty-seventh pass, branch body31): the
candidates earlier passes checked stand (``build_heldout_w.py``'s, ``build_heldout_x.py``'s and
``build_heldout_y.py``'s docstrings). **goose3** (the Python article extractor continued from
Xavier Grangier's python-goose; Apache-2.0, ``LICENSES/goose3-Apache-2.0.txt``) keeps saved
news pages under ``tests/data/content/test_NAME.html``, each with ``test_NAME.json`` holding the
page's address and what goose3's test asserts of it: the beginning of the article's text
(``expected.cleaned_text``; ``tests/test_base.py`` checks that the extracted text starts with it)
and, for some, the title (``expected.title``). Body passes 22, 23 and 25 checked goose3 for
*whole-body* facts and left it (45 of 51 pages hold a body's beginning only); no body set and no
structure set holds any of its pages. **Other areas used them**: the untranslatables set h and
the facts gate took their ``<p>`` paragraphs as sentences, the language probes read them; never the
reader or the boilerplate stage. **Snippet facts, not whole bodies**: the set measures whether
the body's beginning (each of its paragraphs) and the title are kept (recall, titles), **not
leaked lines** (goose3 names no furniture); no page has ``body_start``/``body_end`` (a
paragraph of the beginning is a ``must_have`` snippet; the beginning's last line may stop
mid-sentence, it is a snippet of the body all the same).

Selection rule, written and committed before the set was built or any run, never by looking at
a page or at our output (the test data's JSON and the pages' bytes only):

* every ``tests/data/content/test_NAME.json`` at ``COMMIT``, in name order, whose
  ``expected.cleaned_text`` is given and whose page ``test_NAME.html`` exists;
* its address: ``url``, else ``expected.final_url``; a page whose address is on a placeholder
  domain (``example.com``, ``exemple.com``: goose3's synthetic markup tests) is left out;
* its facts: the lines of ``cleaned_text`` (split at line breaks), whitespace folded, of 20+
  characters, with no markup (no ``<``, ``>``, ``="``), each a ``must_have`` snippet; a page with
  no such line of 30+ characters is left out; its title: ``expected.title`` (whitespace folded)
  where given, else none;
* whose site no body set holds (every folder of the corpus, sets dev to y, omni-dev; set h's
  archived sites too) and no structure set holds (the canonical or ``og:url`` address of every
  page of ``benchmarks/data/html_structure_*/``, and the site labels of their WCXB/WCEB file
  names);
* whose bytes are no page of any body set;
* one page per site (the first in name order), up to ``COUNT``.

Written on 2026-12-06 BEFORE the thirty-seventh boilerplate pass of issue 15 (branch body31, on
main at ``e46fcd4d``); the first evaluation on it is kept as
``benchmarks/results/body31-eval_realworld_heldout_z_before-2026-12-06.txt``. Do not tune rules
on these pages: once that happens they are a development set.
The pages are the work of their publishers, kept by goose3 as test fixtures (its code
Apache-2.0); kept here for testing.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_heldout_w import structure_sites  # noqa: E402
from build_heldout_y import _known_bytes as _bytes_y  # noqa: E402
from build_heldout_y import _known_sites as _sites_y  # noqa: E402
from heldout_common import builder_main, git, known_sites, norm, site, write_page  # noqa: E402

OUT = HERE / "heldout_z"
# goose3/goose3, the newest commit mirrored on 2026-12-06 (the commit earlier areas read)
COMMIT = "c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7"
CONTENT = "tests/data/content/"
COUNT = 40
MIN_FACT = 30
PLACEHOLDER_SITES = {"example.com", "exemple.com"}


def facts_of(cleaned_text: str) -> list[str]:
    out = []
    for line in cleaned_text.splitlines():
        s = norm(line)
        if len(s) >= 20 and not any(c in s for c in "<>") and '="' not in s:
            out.append(s)
    return out


def _known_sites() -> set[str]:
    return _sites_y() | known_sites(("heldout_y",))


def _known_bytes() -> set[str]:
    out = _bytes_y()
    for facts in (HERE / "heldout_y" / "pages").glob("*.json"):
        out.add(str(json.loads(facts.read_text(encoding="utf-8")).get("sha256")))
    return out


def _show(repo: Path, path: str) -> bytes | None:
    try:
        return git(repo, "show", f"{COMMIT}:{path}")
    except Exception:  # not at the commit
        return None


def candidates(repo: Path) -> list[dict[str, object]]:
    """Every test case in name order with its page, address and facts (before the site checks)."""
    names = git(repo, "ls-tree", "--name-only", f"{COMMIT}:{CONTENT}").decode().split()
    out: list[dict[str, object]] = []
    for name in sorted(n for n in names if n.startswith("test_") and n.endswith(".json")):
        raw = _show(repo, CONTENT + name)
        page = CONTENT + name[: -len(".json")] + ".html"
        data = _show(repo, page)
        if raw is None or data is None:
            continue
        case = json.loads(raw.decode("utf-8"))
        expected = case.get("expected") or {}
        text = expected.get("cleaned_text")
        if not isinstance(text, str):
            continue
        url = case.get("url") or expected.get("final_url")
        title = expected.get("title")
        title = norm(title) if isinstance(title, str) and title.strip() else None
        out.append({"name": name[len("test_") : -len(".json")], "path": page, "data": data,
                    "url": url, "must": facts_of(text), "title": title})  # fmt: skip
    return out


def choose(repo: Path) -> list[dict[str, object]]:
    known, known_bytes = _known_sites(), _known_bytes()
    struct_sites, struct_labels = structure_sites()
    chosen: list[dict[str, object]] = []
    taken: set[str] = set()
    for case in candidates(repo):
        url = case["url"]
        s = site(str(url)) if url else ""
        if not s or s in PLACEHOLDER_SITES:
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
        page_id = "goose-" + str(page["name"]).lower().replace("_", "-")
        title = page["title"]
        write_page(
            pages_dir,
            page_id,
            page["data"],  # type: ignore[arg-type]
            url=str(page["url"]),
            lines=None,
            kind="article",
            title=str(title) if title else None,
            title_source="goose3 test data (expected.title)" if title else "none (not asserted)",
            source={
                "package": "goose3/goose3 (GitHub)",
                "version": COMMIT,
                "path": str(page["path"]),
                "facts": str(page["path"])[: -len(".html")] + ".json (expected.cleaned_text)",
            },
            must_have=must,
            language_text=" ".join(must),
        )
        path = pages_dir / f"{page_id}.json"
        record = json.loads(path.read_text(encoding="utf-8"))
        record["body_start"] = None  # the beginning's paragraphs are must_have snippets
        record["body_end"] = None  # a body's beginning only: its end is not known
        text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "goose3's checkout or mirror", argv)


if __name__ == "__main__":
    raise SystemExit(main())
