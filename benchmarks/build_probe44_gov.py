"""Build the probe44 sweep's corpus: 20 White House releases on local government, education,
culture/arts and consumer protection, English, as a new newsroom user would feed them to
`translate run`.

    python benchmarks/build_probe44_gov.py MIRROR_GIT_DIR

MIRROR_GIT_DIR: a mirror of github.com/brian14708/wh-briefings (commit 737ca03a2), which holds
the White House briefing room's pages as Markdown with YAML front matter (title, date,
source_url). Each pick's body is cut at the last paragraph ending before ``CUT`` characters (to
keep the sweep's engine time small); even-numbered picks are written as Markdown (``# title``
and the body as the repository has it: hard-wrapped lines, links, bold, ``<u>``), odd ones as
HTML rendered from the same Markdown (markdown-it-py, the project's own dependency), and
``feed.xml`` is an RSS 2.0 feed of the 20 titles, each with its first paragraph as HTML.
Licence: works of the US government, not subject to copyright in the US (public domain); the
repository is CC0 1.0. probe40 drew 10 other documents (market and health statements) from the
same repository; no document here is one of them (see the README).
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import yaml
from markdown_it import MarkdownIt

COMMIT = "737ca03a2"
CUT = 4000
PICKS = [
    "statements-releases/2022-10/2022-10-05-fact-sheet-biden-harris-administration-boosts-administration-wide-efforts-to-protect-student-loan-borrowers-from-scammers.md",
    "statements-releases/2022-10/2022-10-05-fact-sheet-supporting-teachers-on-world-teachers-day.md",
    "statements-releases/2023-01/2023-01-18-fact-sheet-biden-harris-administration-announces-efforts-to-support-community-schools.md",
    "statements-releases/2023-06/2023-06-15-president-biden-recognizes-actions-by-private-sector-ticketing-and-travel-companies-to-eliminate-hidden-junk-fees-and-provide-millions-of-customers-with-transparent-pricing.md",
    "statements-releases/2023-07/2023-07-19-fact-sheet-biden-harris-administration-takes-on-junk-fees-in-rental-housing-to-lower-costs-for-renters.md",
    "statements-releases/2023-10/2023-10-11-biden-harris-administration-announces-broad-new-actions-to-protect-consumers-from-billions-in-junk-fees.md",
    "statements-releases/2024-03/2024-03-15-fact-sheet-biden-harris-administration-takes-new-action-to-crack-down-on-junk-fees-in-higher-education.md",
    "statements-releases/2024-04/2024-04-24-fact-sheet-biden-harris-administration-announces-rules-to-deliver-automatic-refunds-and-protect-consumers-from-surprise-junk-fees-in-air-travel.md",
    "statements-releases/2024-04/2024-04-24-readout-of-white-house-state-legislators-convening-on-junk-fees.md",
    "statements-releases/2022-01/2022-01-21-fact-sheet-biden-harris-administration-launches-coalition-of-states-and-local-governments-to-strengthen-building-performance-standards.md",
    "statements-releases/2022-10/2022-10-26-president-biden-announces-key-appointments-to-the-board-of-trustees-of-the-john-f-kennedy-center-for-the-performing-arts.md",
    "statements-releases/2021-10/2021-10-05-president-biden-announces-intent-to-nominate-chairs-of-national-endowments-for-the-humanities-and-arts.md",
    "statements-releases/2024-02/2024-02-02-readout-of-white-house-domestic-policy-council-and-national-endowment-of-the-arts-healing-bridging-thriving-summit-on-arts-and-culture-in-our-communities.md",
    "statements-releases/2023-10/2023-10-03-readout-of-meeting-with-lin-manuel-miranda-and-the-professional-non-profit-theater-coalition-on-the-biden-harris-administrations-commitment-to-the-arts-and-humanities.md",
    "statements-releases/2022-09/2022-09-27-remarks-as-prepared-for-delivery-by-first-lady-jill-biden-honoring-the-2022-national-student-poets-and-the-10th-anniversary-of-the-national-student-poets-program.md",
    "articles/2025-08/2025-08-13-president-trump-spotlights-2025-kennedy-center-honorees.md",
    "briefings-statements/2025-11/2025-11-17-presidential-message-on-american-education-week.md",
    "briefings-statements/2026-02/2026-02-13-presidential-message-on-career-and-technical-education-month.md",
    "statements-releases/2024-05/2024-05-17-fact-sheet-president-biden-announces-new-actions-to-advance-racial-and-educational-equity-on-70th-anniversary-of-brown-v-board-of-education.md",
    "statements-releases/2022-07/2022-07-20-fact-sheet-biden-harris-administration-invests-in-summer-learning-and-enrichment-programs-to-help-students-catch-up.md",
]  # fmt: skip
OUT = Path(__file__).resolve().parent / "data" / "probe44_en"


def _read(git: str, path: str) -> tuple[str, str]:
    text = subprocess.run(["git", "--git-dir", git, "show", f"{COMMIT}:{path}"],
                          capture_output=True, text=True, check=True).stdout
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    return str(meta["title"]), body


def _cut(body: str) -> list[str]:
    paras = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", body) if p.strip()]
    paras = [p for p in paras if p.strip() not in ("\\###", "###")]
    out: list[str] = []
    size = 0
    for p in paras:
        if out and size + len(p) > CUT:
            break
        out.append(p)
        size += len(p)
    return out


def main() -> None:
    git = sys.argv[1]
    OUT.mkdir(parents=True, exist_ok=True)
    md = MarkdownIt("commonmark")
    items = []
    for i, path in enumerate(PICKS):
        title, body = _read(git, path)
        paras = _cut(body)
        slug = Path(path).stem[:60].rstrip("-")
        name = f"gov-{i + 1:02d}-{slug}"
        text = "\n\n".join(paras)
        if i % 2 == 0:
            (OUT / f"{name}.md").write_text(f"# {title}\n\n{text}\n", encoding="utf-8")
        else:
            doc = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                   f"{html.escape(title)}</title></head><body><article>\n<h1>"
                   f"{html.escape(title)}</h1>\n" + md.render(text) + "</article></body></html>\n")
            (OUT / f"{name}.html").write_text(doc, encoding="utf-8")
        first = next((p for p in paras if len(p) > 80), paras[0])
        items.append((name, title, md.render(first).strip()))
    rss = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0"><channel>',
           "<title>White House releases (probe44 sample)</title>",
           "<link>https://bidenwhitehouse.archives.gov/briefing-room/</link>",
           "<description>US government releases, public domain</description>",
           "<language>en</language>"]
    for name, title, first in items:
        rss.append(f"<item><title>{html.escape(title)}</title>"
                   f"<description>{html.escape(first)}</description>"
                   f'<guid isPermaLink="false">{name}</guid></item>')
    rss.append("</channel></rss>\n")
    (OUT / "feed.xml").write_text("\n".join(rss), encoding="utf-8")
    print(len(items), "articles written to", OUT)


if __name__ == "__main__":
    main()
