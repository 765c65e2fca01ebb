"""Build HELD-OUT SET P of the real-world corpus: fundus test pages no set or data file holds.

    python tests/data/realworld/build_heldout_p.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/flairNLP/fundus at COMMIT

fundus (MIT), a news crawler with one hand-written parser per publisher, keeps for every
publisher real article pages
(``tests/resources/parser/test_data/<country>/<Publisher>_<date>.html.gz``, their URLs in
``meta.info``) and what each version of its parser must extract from the page
of its time (``<Publisher>.json``: per parser version ``title`` and ``body`` = ``summary`` +
``sections`` of ``headline`` and ``paragraphs``), asserted by fundus's own test suite. The ground
truth is written by fundus's authors (their parsers' output, checked into their tests), not by a
language model and not by us. Set d took 35 of these pages (one publisher per country, publishers
with one page and one parser version); the sets written since (e to o) are WCXB pages whose
ground truth a language model drafted. **Sites no set holds, not an unseen source** (fundus's
facts are set d's kind: the parser's paragraphs, leaving out captions, bylines and teasers).

Facts (as set d, ``build_heldout_d.py``): ``expected_text`` = the summary, every section
headline and every paragraph, one a line (whole bodies: a kept line of 4+ words outside it is a
leak); ``title`` = the parser's title.

Selection rule, written and committed before any run and never by looking at a page or at our
output:

* publishers whose number of test pages equals their number of parser versions (1 or more);
  the page is the publisher's **newest** test page (by the date in its name) and its facts the
  **latest** parser version (version names ``V<n>[_<m>]`` sorted by their numbers): fundus's
  test maps each page to the parser valid at its crawl date, so the newest page is the latest
  version's;
* whose site is in no set of the corpus (sets d to o, set h's archived sites by their archived
  site too) and whose publisher no file under ``benchmarks/data/`` names (the language-
  identification and untranslatables sets took blocks of some fundus pages: their pages were
  read by other passes, so they are left out whole);
* whose facts hold 3+ lines of 40+ characters;
* one page per site; taken country by country in rounds (countries sorted; in each round the
  next publisher by name of each country that has one left), so that every language of the
  source is in it before a second page of any country, up to ``COUNT``.

Written on 2026-12-04 BEFORE the eighteenth boilerplate pass of issue 15 (realnews18, the
leaks by position); the first evaluation on it is kept as
``benchmarks/results/realnews18-eval_realworld_heldout_p_before-2026-12-04.txt``. Do not tune
rules on these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by fundus (MIT,
``LICENSES/fundus-MIT.txt``) as test fixtures; kept here for testing.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_heldout_h import page_site  # noqa: E402
from heldout_common import builder_main, git, known_sites, norm, site, write_page  # noqa: E402

OUT = HERE / "heldout_p"
COMMIT = "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8"  # flairNLP/fundus, as set d
DATA = "tests/resources/parser/test_data"
COUNT = 40
SETS_BEFORE = (
    "",
    "heldout",
    "heldout_c",
    "zyte_dev",
    "heldout_d",
    "heldout_e",
    "heldout_f",
    "heldout_g",
    "heldout_h",
    "heldout_i",
    "heldout_j",
    "heldout_k",
    "heldout_l",
    "heldout_m",
    "heldout_n",
    "heldout_o",
)
BENCH_DATA = HERE.parents[2] / "benchmarks" / "data"
PAGE = re.compile(r"^(?P<pub>[A-Za-z0-9]+)_(?P<date>\d{4}_\d\d_\d\d)\.html\.gz$")


def _known_sites() -> set[str]:
    known = known_sites(SETS_BEFORE)
    for facts in (HERE / "heldout_h" / "pages").glob("*.json"):
        known.add(page_site(str(json.loads(facts.read_text(encoding="utf-8")).get("url") or "")))
    return known


def _named_in_bench_data() -> str:
    """The text of every file under ``benchmarks/data/`` (to find the fundus publishers that
    another set took blocks of)."""
    parts = []
    for path in sorted(BENCH_DATA.rglob("*")):
        if path.is_file() and path.suffix in (".json", ".jsonl", ".md", ".txt", ".tsv", ".csv"):
            parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts)


def _show(repo: Path, path: str) -> bytes:
    return git(repo, "show", f"{COMMIT}:{path}")


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", name))


def _body_lines(body: dict[str, Any]) -> list[str]:
    lines = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        lines += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return [x for x in (norm(str(line)) for line in lines) if x]


def candidates(repo: Path) -> dict[str, list[tuple[str, str, str, dict[str, Any]]]]:
    """Per country (sorted), (publisher, page path, url, facts) of every qualifying publisher,
    by publisher name."""
    files = sorted(git(repo, "ls-tree", "-r", "--name-only", COMMIT, DATA).decode("utf-8").split())
    known = _known_sites()
    named = _named_in_bench_data()
    out: dict[str, list[tuple[str, str, str, dict[str, Any]]]] = {}
    for country in sorted({f.split("/")[-2] for f in files}):
        prefix = f"{DATA}/{country}/"
        names = [f[len(prefix) :] for f in files if f.startswith(prefix)]
        if "meta.info" not in names:
            continue
        meta = json.loads(_show(repo, prefix + "meta.info"))
        for name in sorted(n for n in names if n.endswith(".json")):
            publisher = name[: -len(".json")]
            pages = sorted(n for n in names if (m := PAGE.match(n)) and m.group("pub") == publisher)
            versions = json.loads(_show(repo, prefix + name))
            if not pages or len(pages) != len(versions) or pages[-1] not in meta:
                continue
            if f"{country}/{publisher}_" in named or f"{country}/{publisher}." in named:
                continue
            url = str(meta[pages[-1]]["url"])
            if not site(url) or site(url) in known:
                continue
            truth = versions[max(versions, key=_version_key)]
            lines = _body_lines(truth.get("body") or {})
            if len([x for x in lines if len(x) >= 40]) < 3:
                continue
            out.setdefault(country, []).append((publisher, prefix + pages[-1], url, truth))
    return out


def choose(repo: Path) -> list[tuple[str, str, str, str, dict[str, Any]]]:
    """(country, publisher, page path, url, facts): country by country in rounds."""
    per_country = candidates(repo)
    chosen: list[tuple[str, str, str, str, dict[str, Any]]] = []
    taken: set[str] = set()
    depth = max((len(v) for v in per_country.values()), default=0)
    for i in range(depth):
        for country in sorted(per_country):
            if i >= len(per_country[country]) or len(chosen) >= COUNT:
                continue
            publisher, path, url, truth = per_country[country][i]
            if site(url) in taken:
                continue
            taken.add(site(url))
            chosen.append((country, publisher, path, url, truth))
    return chosen


def build(repo: Path, out: Path) -> None:
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for country, publisher, path, url, truth in choose(repo):
        data = gzip.decompress(_show(repo, path))
        write_page(
            pages_dir,
            f"fundus-p-{country}-{publisher.lower()}",
            data,
            url=url,
            lines=_body_lines(truth.get("body") or {}),
            kind="news",
            title=norm(str(truth.get("title") or "")) or None,
            title_source="fundus parser test data (title)",
            source={
                "package": "flairNLP/fundus (GitHub)",
                "version": COMMIT,
                "path": path,
                "facts": f"{path.rsplit('_', 3)[0]}.json (latest version: title, body)",
            },
        )


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "fundus's checkout or mirror", argv)


if __name__ == "__main__":
    raise SystemExit(main())
