"""Build HELD-OUT SET T of the real-world corpus: SmartReader's own article test pages.

    python tests/data/realworld/build_heldout_t.py --repo DIR --mozilla MOZ
        # DIR: a checkout (or bare mirror) of https://github.com/Strumenta/SmartReader holding
        #      COMMIT; MOZ: one of https://github.com/mozilla/readability holding
        #      MOZILLA_COMMIT (its test-page names are left out)

SmartReader (Strumenta's C# port of Readability.js, Apache-2.0, ``LICENSE.txt``) keeps test
pages beside its code (``src/SmartReaderTests/test-pages/``): for each, the page as saved
(``source.html``), the article its extractor must return (``expected.html``) and the metadata
(``expected-metadata.json``: title). Most are copies of Mozilla's test pages (set
``heldout/``'s source); the port's authors added some of their own. **Those pages, and only
those, are this set**: a page whose directory name any commit of Mozilla's
``test/test-pages/`` up to ``MOZILLA_COMMIT`` held is left out. The ground truth is
SmartReader's expected output, checked into its tests (the same kind of reference as sets
``heldout/``, q and s: another extractor's reading, which keeps some furniture), not a
language model's and not ours. A source no set held (sets n to s: WCXB, fundus, Omnivore,
newspaper, Readability.php).

Facts (as set ``heldout/``, ``build_heldout.py``): ``expected_text`` = every block of
``expected.html``, one a line (whole bodies: a kept line of 4+ words outside it is a leak);
``title`` = ``expected-metadata.json``'s title; ``body_start``/``body_end`` from its first and
last line of 40+ characters.

Selection rule, written and committed before any run and never by looking at our output (the
directory names, the page's own address and the history of both repositories only; set s's
rule, ``build_heldout_s.py``, over another port's pages):

* every test page at ``COMMIT`` with ``source.html``, ``expected.html`` and
  ``expected-metadata.json``, in directory-name order;
* whose directory name no commit of Mozilla's test pages held (the port's own pages);
* with an address of its own (``<link rel=canonical>``, else ``og:url``): a synthetic markup
  test has none;
* whose site no set of the corpus holds (sets dev to s, omni-dev) and whose bytes are no page
  of any set;
* whose expected output holds 3+ lines of 40+ characters;
* one page per site (the first by directory name).

The port holds few pages of its own: the set is small, and its figures are read as such.
Written on 2026-12-05 BEFORE the twenty-eighth boilerplate pass of issue 15 (body24); the first
evaluation on it is kept as
``benchmarks/results/body24-eval_realworld_heldout_t_before-2026-12-05.txt``. Do not tune rules
on these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by SmartReader (Apache-2.0,
``LICENSES/smartreader-Apache-2.0.txt``) as test fixtures; kept here for testing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_heldout import expected_lines  # noqa: E402
from heldout_common import decode, git, known_sites, norm, site, write_page  # noqa: E402

OUT = HERE / "heldout_t"
COMMIT = "882c7073fcdc3afa478c389ae5a960334ae58146"  # Strumenta/SmartReader
MOZILLA_COMMIT = "ab4027a8b37669745016869a37a504727992b2ba"  # mozilla/readability
DATA = "src/SmartReaderTests/test-pages"
MOZILLA_DATA = "test/test-pages"
SETS_BEFORE = (
    "", "heldout", "heldout_c", "zyte_dev", "heldout_d", "heldout_e", "heldout_f", "heldout_g",
    "heldout_h", "heldout_i", "heldout_j", "heldout_k", "heldout_l", "heldout_m", "heldout_n",
    "heldout_o", "heldout_p", "heldout_q", "heldout_r", "omni_dev", "heldout_s",
)  # fmt: skip


def _show(repo: Path, path: str) -> bytes:
    return git(repo, "show", f"{COMMIT}:{path}")


def _known_bytes() -> set[str]:
    """The SHA-256 of every page of every set written before this one."""
    out = set()
    for sub in SETS_BEFORE:
        for facts in (HERE / sub / "pages").glob("*.json"):
            out.add(str(json.loads(facts.read_text(encoding="utf-8")).get("sha256")))
    return out


def mozilla_names(mozilla: Path) -> set[str]:
    """Every directory name Mozilla's test pages held in any commit up to MOZILLA_COMMIT."""
    log = git(mozilla, "log", "--name-only", "--format=", MOZILLA_COMMIT, "--", MOZILLA_DATA)
    names = log.decode().split()
    return {p.split("/")[2] for p in names if p.count("/") >= 3}


def address(html: str) -> str:
    """The page's own address: ``<link rel=canonical>``, else ``og:url``."""
    from lxml import html as lxml_html

    doc = lxml_html.document_fromstring(html)
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = [str(x).strip() for x in doc.xpath(xpath) if str(x).strip()]
        if found:
            return found[0]
    return ""


def choose(repo: Path, mozilla: Path) -> list[tuple[str, str, bytes, list[str], str | None]]:
    """(name, url, page bytes, expected lines, expected title) of the chosen pages."""
    names = sorted(git(repo, "ls-tree", "--name-only", f"{COMMIT}:{DATA}").decode().split())
    files = set(git(repo, "ls-tree", "-r", "--name-only", COMMIT, DATA).decode().split())
    theirs, known, known_bytes = mozilla_names(mozilla), known_sites(SETS_BEFORE), _known_bytes()
    chosen: list[tuple[str, str, bytes, list[str], str | None]] = []
    taken: set[str] = set()
    for name in names:
        base = f"{DATA}/{name}"
        needed = ("source.html", "expected.html", "expected-metadata.json")
        if any(f"{base}/{f}" not in files for f in needed) or name in theirs:
            continue
        data = _show(repo, f"{base}/source.html")
        url = address(decode(data))
        if not url.startswith("http") or not site(url) or site(url) in known | taken:
            continue
        if hashlib.sha256(data).hexdigest() in known_bytes:
            continue
        lines, _ = expected_lines(_show(repo, f"{base}/expected.html").decode("utf-8"))
        if len([x for x in lines if len(x) >= 40]) < 3:
            continue
        meta = json.loads(_show(repo, f"{base}/expected-metadata.json"))
        taken.add(site(url))
        chosen.append((name, url, data, lines, norm(str(meta.get("title") or "")) or None))
    return chosen


def build(repo: Path, mozilla: Path, out: Path) -> None:
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for name, url, data, lines, title in choose(repo, mozilla):
        page_id = "smartreader-" + "".join(c if c.isalnum() else "-" for c in name.lower())
        write_page(
            pages_dir,
            page_id,
            data,
            url=url,
            lines=lines,
            kind="news",
            title=title,
            title_source="SmartReader expected-metadata.json",
            source={
                "package": "Strumenta/SmartReader (GitHub)",
                "version": COMMIT,
                "path": f"{DATA}/{name}/source.html",
                "facts": f"{DATA}/{name}/expected.html, expected-metadata.json",
            },
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repo", type=Path, required=True, help="SmartReader's mirror")
    parser.add_argument("--mozilla", type=Path, required=True, help="mozilla/readability's")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    build(args.repo, args.mozilla, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
