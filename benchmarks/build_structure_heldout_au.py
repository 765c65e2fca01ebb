"""Copy the held-out structure set AU: real article pages and real Markdown documents, rich in
inline links and headings, that no structure set and no body set uses (forty-eighth pass of the
structure area, struct48: every link and heading kept, in every format; no article text dropped
as boilerplate).

    python benchmarks/build_structure_heldout_au.py                                  # copy (once)
    python benchmarks/eval_structure_v.py --data benchmarks/data/html_structure_au     # measure

Selection rule, fixed on 2026-12-07 before any run and before any change it measures (struct48),
never by looking at our output: **set AT's rule, unchanged, over new sources**
(``build_structure_heldout_at.py``):

* **HTML, WCXB 1.0 test split, then its development split** (``html/wcxb-r<split><id>-<site>``
  with its expected text): an ``article`` page of confidence ``high`` or ``verified``, not
  ``needs_review``, English, whose article as ``eval_structure_v.article_facts`` counts it
  against the ground truth's ``main_content`` holds at least 4 links and 2 headings; one page per
  site; in order of the SHA-256 of the page id; over ``test/`` first and then ``dev/`` of
  Murrough-Foley/web-content-extraction-benchmark at ``WCXB_COMMIT``, leaving out every site of
  the real-world corpus (every body set), of every structure set (the WCXB pages of sets AA to AT
  by their ground truth's site too; this set's own pages are not another set's) and of honest19's
  pages read by hand; the first 12 (fewer if the splits hold fewer: set AT found only 11 new
  sites in both splits, so this draw may find none).
* **Markdown, mirrored repositories** (``md/<mirror>--<path>``): every ``*.md`` at ``HEAD``, no
  language-tag directory or file name, no ``node_modules`` or ``vendor`` directory, no file
  under a directory named ``test``, ``tests``, ``testdata``, ``__tests__``, ``fixtures``,
  ``spec`` or ``specs``, 1,500 to 30,000 bytes, at least 4 inline links to an http(s) address
  and 2 ATX heading lines, not byte-identical to any file of any structure set; one per
  repository, the first in order of the SHA-256 of its path; over the repositories in
  ``MIRRORS_AU``, none used by an earlier structure set or body set (``benchmarks/``,
  ``tests/data`` and ``docs`` searched for ``owner/name`` and ``owner+name`` of each, case
  folded: none found; the repositories listed in AQ to AT but not reached, Rook, SPIRE, Thanos,
  Volcano, OpenTelemetry Operator, OpenFGA, Contour, Velero, Notation, OpenKruise, Capsule,
  Strimzi, ORAS, zot, Submariner and Virtual Kubelet, are left out too), all fetched before any
  run (2026-12-07), in name order; the first 12. A licence file at the root is one whose name
  begins ``LICENSE``, ``LICENCE`` or ``COPYING``. Licences were read before the draw: Apache-2.0
  (all sixteen, a root ``LICENSE``), none non-commercial.

What is counted is read from each source by independent parsers (``eval_structure_v.py``:
markdown-it-py with its footnote/deflist plugins, lxml), never from our reader.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "data" / "realworld"))

import build_structure_heldout_aa as aa  # noqa: E402
import build_structure_heldout_x as x  # noqa: E402

OUT = HERE / "data" / "html_structure_au"
WCXB_COMMIT = aa.WCXB_COMMIT
COUNT = 12
SPLITS = ("test", "dev")
MIRRORS_AU = (
    "cert-manager+trust-manager", "chaosblade-io+chaosblade", "cilium+tetragon", "cubefs+cubefs",
    "dexidp+dex", "envoyproxy+gateway", "keptn+lifecycle-toolkit", "kserve+kserve",
    "kubeflow+pipelines", "kubernetes-sigs+gateway-api", "kubernetes-sigs+node-feature-discovery",
    "kubevirt+kubevirt", "kubewarden+kubewarden-controller", "kumahq+kuma", "open-feature+spec",
    "openyurtio+openyurt",
)  # fmt: skip
LANG_TAG_DIR = re.compile(r"^[a-z]{2}[A-Z]{2}$")
LANG_TAG_NAME = re.compile(r"-[a-z]{2}(?:-[A-Za-z]{2,4})?\.md$")
FIXTURE_DIRS = frozenset({"test", "tests", "testdata", "__tests__", "fixtures", "spec", "specs"})


def _known_sites() -> set[str]:
    """Set AA's sites and ids, plus the sites of every structure set's own WCXB pages (AT's too)."""
    from heldout_common import site

    sites, _ = aa._known_sites()
    for gz in (HERE / "data").glob("html_structure*/html/wcxb-*.html.gz"):
        if gz.parent.parent == OUT:  # this set's own pages (a second run): not another set's
            continue
        tag = gz.name.removesuffix(".html.gz").split("-")[1]
        pid = tag.lstrip("abcdefghijklmnotpqr")
        test_only = tag.startswith(
            ("bt", "ct", "dt", "et", "ft", "gt", "ht", "it", "jt", "kt", "lt", "mt", "nt", "ot",
             "pt", "qt", "rt")
        )  # fmt: skip
        for split in ("test",) if test_only else ("dev", "test"):
            try:
                raw = aa._git("show", f"{WCXB_COMMIT}:{split}/ground-truth/{pid}.json")
            except subprocess.CalledProcessError:  # a page id this split does not hold
                continue
            sites.add(site(str(json.loads(raw).get("url") or "")))
    return sites


def corpus_pages() -> list[tuple[str, bytes, bytes, str]]:
    from eval_structure_v import article_facts
    from heldout_common import decode, language, norm, site

    known = _known_sites()
    out: list[tuple[str, bytes, bytes, str]] = []
    taken: set[str] = set()
    for split in SPLITS:
        listed = aa._git("ls-tree", "--name-only", WCXB_COMMIT, f"{split}/html/").decode().split()
        html = {n.rsplit("/", 1)[-1].removesuffix(".html.gz") for n in listed}
        truths = {n.rsplit("/", 1)[-1].removesuffix(".json")
                  for n in aa._git("ls-tree", "--name-only", WCXB_COMMIT,
                                   f"{split}/ground-truth/").decode().split()}  # fmt: skip
        for pid in sorted(html & truths, key=x._sha):
            truth = json.loads(aa._git("show", f"{WCXB_COMMIT}:{split}/ground-truth/{pid}.json"))
            kind = (truth.get("_internal") or {}).get("page_type") or {}
            if kind.get("primary") != "article" or kind.get("confidence") not in (
                "high",
                "verified",
            ):
                continue
            if kind.get("needs_review"):
                continue
            s = site(str(truth.get("url") or ""))
            body = str((truth.get("ground_truth") or {}).get("main_content") or "")
            lines = [t for t in (norm(line) for line in body.splitlines()) if t]
            if not s or s in known or s in taken or not lines:
                continue
            page = gzip.decompress(aa._git("show", f"{WCXB_COMMIT}:{split}/html/{pid}.html.gz"))
            if language(decode(page), "\n".join(lines)) != "en":
                continue
            expected = ("\n".join(lines) + "\n").encode("utf-8")
            facts = article_facts(page.decode("utf-8", "replace"), expected.decode("utf-8"))
            if len(facts["link"]) < 4 or len(facts["heading"]) < 2:
                continue
            taken.add(s)
            host = (urlsplit(str(truth["url"])).hostname or "").removeprefix("www.")
            licence = (f"Murrough-Foley/web-content-extraction-benchmark at {WCXB_COMMIT[:12]}, "
                       f"{split}/html/{pid}.html.gz and {split}/ground-truth/{pid}.json "
                       f"(main_content), {host}; see LICENSE (CC-BY-4.0)")  # fmt: skip
            out.append((f"wcxb-r{split[0]}{pid}-{s.split('.')[0]}", gzip.compress(page, mtime=0),
                        expected, licence))  # fmt: skip
            if len(out) == COUNT:
                return out
    return out


def markdown_files() -> list[tuple[str, bytes, str]]:
    """Set AT's rule over ``MIRRORS_AU``."""
    import build_structure_heldout_z as z

    taken = _taken_digests()
    out: list[tuple[str, bytes, str]] = []
    for mirror_name in sorted(MIRRORS_AU):
        repo = z.MIRRORS / mirror_name / "repo"
        commit = z._git(repo, "rev-parse", "HEAD").decode().strip()
        names = z._git(repo, "ls-tree", "-r", "--name-only", "HEAD").decode().splitlines()
        roots = [n for n in names if "/" not in n]
        licences = [n for n in roots if n.upper().startswith(("LICENSE", "LICENCE", "COPYING"))]
        for name in sorted(names, key=x._sha):
            if not name.lower().endswith(".md"):
                continue
            dirs = name.split("/")[:-1]
            if any(z.LANG_DIR.match(d) or LANG_TAG_DIR.match(d) or d in ("node_modules", "vendor")
                   or d.lower() in FIXTURE_DIRS for d in dirs):  # fmt: skip
                continue
            base = name.rsplit("/", 1)[-1]
            if aa.LANG_SUFFIX.search(base) or LANG_TAG_NAME.search(base):
                continue
            data = z._git(repo, "show", f"HEAD:{name}")
            if not 1500 <= len(data) <= 30000 or data.count(b"](http") < 4:
                continue
            if len(z.HEADING.findall(data)) < 2 or hashlib.sha256(data).hexdigest() in taken:
                continue
            licence = ", ".join(licences) or "no licence file at the root"
            out.append((f"{mirror_name}--{name.replace('/', '--')}", data,
                        f"{mirror_name} at {commit[:12]}; see {licence}"))  # fmt: skip
            break
        if len(out) == COUNT:
            break
    return out


def _taken_digests() -> set[str]:
    """SHA-256 of every file of every structure set but this one (set AA's ``_taken_digests``)."""
    saved = aa.OUT
    aa.OUT = OUT
    try:
        return aa._taken_digests()
    finally:
        aa.OUT = saved


def main(argv: list[str]) -> int:
    notice = [
        "# Set AU: sources and licences",
        "",
        "Written by `benchmarks/build_structure_heldout_au.py` (selection rule there) on "
        "2026-12-07, before struct48 changed any code it measures.",
        "",
    ]
    (OUT / "md").mkdir(parents=True, exist_ok=True)
    (OUT / "html").mkdir(parents=True, exist_ok=True)
    for name, data, licence in markdown_files():
        (OUT / "md" / name).write_bytes(data)
        notice.append(f"- `md/{name}` ({len(data)} bytes): {licence}")
        print("md", name, len(data))
    for page_id, page, expected, licence in corpus_pages():
        (OUT / "html" / f"{page_id}.html.gz").write_bytes(page)
        (OUT / "html" / f"{page_id}.expected.txt").write_bytes(expected)
        notice.append(f"- `html/{page_id}.html.gz` and its expected text: {licence}")
        print("html", page_id, len(page))
    (OUT / "NOTICE.md").write_text("\n".join(notice) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
