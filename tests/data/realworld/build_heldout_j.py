"""Build HELD-OUT SET J of the real-world corpus: Postlight Parser's test pages, whole bodies.

    npm install --prefix DIR @babel/runtime-corejs2@7 cheerio@0.22.0 difflib@0.2.4 \\
        ellipsize@0.1.0 iconv-lite@0.5.0 moment@2 moment-parseformat@3.0.0 \\
        moment-timezone@0.5.37 postman-request string-direction@0.1.2 turndown@7 \\
        valid-url@1 wuzzy@0.1.4      # the runtime dependencies of dist/mercury.js
    NODE_PATH=DIR/node_modules python tests/data/realworld/build_heldout_j.py --repo REPO
        # REPO: a checkout (or bare mirror) of https://github.com/postlight/parser at COMMIT

The committed pages were written with node 20.20.2 and, as npm resolved them, @babel/runtime-
corejs2 7.29.13, moment 2.31.0, turndown 7.2.5 and postman-request 2.88.1-postman.8-beta.1 (the
others as pinned above); ``difflib`` is the npm package, not Postlight's GitHub fork of it (which
npm could not fetch here; the parser uses it only to score next-page links). A rebuild
with these is byte-identical.

A source no set of the corpus has used: Postlight Parser (MIT) keeps one real page per site in
``fixtures/`` and, for each site, a hand-written extractor (``src/extractors/custom/<domain>/``:
the selectors of the article's title and body and the furniture to clean out of it) whose test
(``index.test.js``) names the page's URL and fixture and asserts what the extractor returns.
Its tests assert only the first words of the body, so the facts here are the parser's whole
output: ``dist/mercury.js`` at COMMIT run with node on the fixture, as its tests run it
(``Mercury.parse(url, {html, fallback: false})``: the site's own extractor, no generic one).
Every block of its ``content`` is a body fact (read as ``build_heldout.expected_lines`` reads
Readability's expected article) and its ``title`` the title; a kept line of 4+ words not in the
body is a leaked line. The parser's output is another extractor's reading, made for that site by
people: furniture its ``clean`` list left inside the body (a caption, a credit) counts as body
here, so a leak we avoid there counts as a miss.

Selection rule, written and committed before any run and never by looking at a page or at our
output: the custom extractors whose test names a URL and a fixture, one per site (registered
domain of the URL), sites that no set of the corpus holds (``SETS_BEFORE``), in the SHA-256
order of their URL; a page is taken when the parser's body has 3 paragraphs of 40+ characters
or more (an article, not a gallery or a stub), until COUNT pages.

Written on 2026-12-03 BEFORE the ninth boilerplate pass of issue 15; the first evaluation on it
is kept as ``benchmarks/results/realnews8-eval_realworld_heldout_j_before.txt``. Do not tune
rules on these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by Postlight Parser (MIT,
``LICENSES/postlight-parser-MIT.txt``) as test fixtures; kept here for testing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_heldout import expected_lines  # noqa: E402
from heldout_common import builder_main, git, known_sites, site, write_page  # noqa: E402

COMMIT = "e8ba7ece291efa4d915d50dd4deeec17d54359f2"
COUNT = 40
OUT = HERE / "heldout_j"
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
)
CUSTOM = "src/extractors/custom/"

RUN_JS = """
const Mercury = require(process.argv[2]);
const fs = require('fs');
const html = fs.readFileSync(process.argv[3], 'utf8');
Mercury.parse(process.argv[4], { html, fallback: false })
  .then(r => process.stdout.write(JSON.stringify({ title: r.title, content: r.content })))
  .catch(e => { console.error(e); process.exit(1); });
"""


def _show(repo: Path, path: str) -> bytes:
    if (repo / path).exists():
        return (repo / path).read_bytes()
    return git(repo, "show", f"HEAD:{path}")


def test_cases(repo: Path) -> list[tuple[str, str]]:
    """(url, fixture path) of every custom extractor test that names both, the first of each."""
    names = git(repo, "ls-tree", "-r", "--name-only", "HEAD", CUSTOM).decode().split("\n")
    cases = []
    for name in sorted(n for n in names if n.endswith("/index.test.js")):
        text = _show(repo, name).decode("utf-8")
        url = re.search(r"\burl\s*=\s*['\"`]([^'\"`]+)['\"`]", text)
        fixture = re.search(r"readFileSync\(\s*['\"]\./(fixtures/[^'\"]+)['\"]", text)
        if url and fixture:
            cases.append((url.group(1).strip(), fixture.group(1)))
    return cases


def parse(repo: Path, tmp: Path, url: str, fixture: str) -> dict[str, Any]:
    """Postlight Parser's reading of the fixture (its site's extractor, as its tests run it)."""
    page = tmp / "page.html"
    page.write_bytes(_show(repo, fixture))
    out = subprocess.run(
        ["node", str(tmp / "run.js"), str(tmp / "mercury.js"), str(page), url],
        capture_output=True, check=True, env=dict(os.environ),
    ).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def build(repo: Path, out: Path) -> None:
    known = known_sites(SETS_BEFORE)
    cases = sorted(test_cases(repo), key=lambda c: hashlib.sha256(c[0].encode()).hexdigest())
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    count = 0
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        (tmp / "mercury.js").write_bytes(_show(repo, "dist/mercury.js"))
        (tmp / "run.js").write_text(RUN_JS, encoding="utf-8")
        for url, fixture in cases:
            s = site(url)
            if s in known or s in taken:
                continue
            taken.add(s)
            result = parse(repo, tmp, url, fixture)
            lines, paragraphs = expected_lines(result.get("content") or "<div></div>")
            if len(paragraphs) < 3:
                continue
            title = " ".join((result.get("title") or "").split()) or None
            write_page(
                pages_dir,
                "postlight-" + s.replace(".", "-"),
                _show(repo, fixture),
                url=url,
                lines=lines,
                kind="news",
                title=title,
                title_source="postlight parser title (its site extractor)",
                source={
                    "package": "postlight/parser (GitHub)",
                    "version": COMMIT,
                    "path": fixture,
                    "facts": "dist/mercury.js parse(url, {html, fallback: false}): content, title",
                },
            )
            count += 1
            if count == COUNT:
                break


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "Postlight Parser's checkout", argv)


if __name__ == "__main__":
    raise SystemExit(main())
