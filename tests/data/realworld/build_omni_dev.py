"""Build the DEVELOPMENT set omni_dev: the Omnivore Readability test pages set q's rule left.

    python tests/data/realworld/build_omni_dev.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/omnivore-app/omnivore at build_heldout_q.COMMIT

Held-out set q (``build_heldout_q.py``) took the first 40 pages that its selection rule admits
(Omnivore's own Readability.js test pages, sites and bytes no earlier set holds, one page per
site, in directory-name order). This set is the rest of that rule's pages (the 41st on): the
same source and the same facts (every block of Omnivore's ``expected.html`` a line, the title of
``expected-metadata.json``), on sites set q does not hold. It is a **development set** from the
start (twenty-sixth boilerplate pass, body22): the source of held-out set q, for reading where
body lines go missing on that kind of page without reading set q.

The pages are the work of their publishers, redistributed by Omnivore's Readability fork
(Apache-2.0, ``LICENSES/omnivore-readability-Apache-2.0.txt``) as test fixtures; kept here for
testing.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_heldout_q as q  # noqa: E402
from heldout_common import builder_main, write_page  # noqa: E402

OUT = HERE / "omni_dev"
TAKEN_BY_Q = 40


def build(repo: Path, out: Path) -> None:
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    q.COUNT = 10**6  # every page set q's rule admits; set q is its first TAKEN_BY_Q
    for name, url, data, lines, title in q.choose(repo)[TAKEN_BY_Q:]:
        write_page(
            pages_dir,
            "omnidev-" + "".join(c if c.isalnum() else "-" for c in name.lower()),
            data,
            url=url,
            lines=lines,
            kind="news",
            title=title,
            title_source="omnivore readability expected-metadata.json",
            source={
                "package": "omnivore-app/omnivore @omnivore/readability (GitHub)",
                "version": q.COMMIT,
                "path": f"{q.DATA}/{name}/source.html",
                "facts": f"{q.DATA}/{name}/expected.html, expected-metadata.json",
            },
        )


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "omnivore's checkout or mirror", argv)


if __name__ == "__main__":
    raise SystemExit(main())
