"""fuzz54: the fuzzer's content checker compares the Markdown edition's links too.

``benchmarks/edition_invariants.py`` (fuzz53) held every link of the JSON edition's targets to
be an ``<a href>`` of the HTML edition, but left the Markdown edition's links unread (Markdown
escaping). Now every such link must be one markdown-it reads in the Markdown edition's body,
the two sides compared after markdown-it's normalization and percent-decoding (the Markdown
edition encodes spaces, brackets and unpaired parentheses; markdown-it percent-encodes what it
reads); a footnote reference, written ``[^label]``, is no link there. And a source link that is
a script "link" doing nothing (``javascript:void(0)``), which the inline stage drops on purpose
without a finding, is no lost link (the checker's false alarm on set R's ``clean-links`` page).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hostile.helpers import invoke

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import edition_invariants as ei

ODD = ["https://example.org/a b", "https://example.org/File:Marsh_(337).jpg",
       "https://example.org/a)b(", "https://example.org/?a=1&amp;b=2", "https://example.org/ação",
       "https://example.org/[x]", "/relative/path", "mailto:desk@example.org",
       "https://example.org/%28already%29"]  # fmt: skip


def _run(tmp_path: Path, name: str, text: str) -> Path:
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("run", article, "--to", "pt-BR", "--engine", "fake", "--no-cache", "--out",
                    out, "--format", "json,md,html", "-q")
    assert result.code in (0, 9), result.stderr
    return out


@pytest.fixture
def edition(fake_engine: object, tmp_path: Path) -> Path:
    return _run(tmp_path, "a.md", "# Budget vote in Lisbon\n\nThe city council approved the "
                "budget on Friday, [not the 2 million](https://example.org/a) asked.\n\n"
                "About 40% of the residents voted, [said](https://example.org/b) Ana Silva.\n")


def _md_problems(out: Path) -> list[str]:
    return [p for p in ei.check_folder(out) if p.startswith("link: a.pt-BR.md")]


def test_a_sound_markdown_edition_has_no_link_problem(edition: Path) -> None:
    assert "](https://example.org/a)" in (edition / "a.pt-BR.md").read_text(encoding="utf-8")
    assert ei.check_folder(edition) == []


def test_a_markdown_link_to_another_address(edition: Path) -> None:
    md = edition / "a.pt-BR.md"
    md.write_text(md.read_text(encoding="utf-8").replace("(https://example.org/a)",
                                                         "(https://example.org/c)"),
                  encoding="utf-8")
    found = _md_problems(edition)
    assert found and "example.org/a" in found[0], found


def test_a_markdown_link_written_as_text(edition: Path) -> None:
    md = edition / "a.pt-BR.md"
    text = md.read_text(encoding="utf-8")
    # the brackets escaped: markdown-it reads the words and the address as text, no link
    md.write_text(text.replace("](https://example.org/b)", "\\](https://example.org/b)")
                  .replace("[", "\\[", 2), encoding="utf-8")
    found = _md_problems(edition)
    assert found, md.read_text(encoding="utf-8")


def test_a_markdown_link_inside_a_code_span_is_no_link(edition: Path) -> None:
    md = edition / "a.pt-BR.md"
    text = md.read_text(encoding="utf-8")
    link = re.search(r"(?<!\\)\[[^\]]*\]\(https://example\.org/a\)", text)
    assert link, text
    md.write_text(text.replace(link.group(), f"`` {link.group()} ``"), encoding="utf-8")
    assert _md_problems(edition)


def test_odd_addresses_the_markdown_edition_encodes_are_read_back_the_same(
        fake_engine: object, tmp_path: Path) -> None:
    links = " ".join(f'<a href="{h}">link {i}</a>.' for i, h in enumerate(ODD))
    out = _run(tmp_path, "a.html", f"<html><body><article><h1>Links</h1><p>The council listed "
               f"its sources on Friday: {links}</p></article></body></html>")
    data = json.loads((out / "a.pt-BR.json").read_text(encoding="utf-8"))
    kept = {s["attrs"]["href"] for b in data["blocks"] for s in b.get("inline", [])
            if s["kind"] == "link"}
    assert len(kept) >= 7, kept  # the spaces and parentheses among them
    assert "%20" in (out / "a.pt-BR.md").read_text(encoding="utf-8")
    assert ei.check_folder(out) == []


def test_the_comparison_reads_markdown_it_s_normalized_destinations() -> None:
    body = ("[a](https://example.org/a%20b) [b](<https://example.org/x y>) "
            "[c](https://example.org/a%29b%28) <https://example.org/auto> [d][r]\n\n"
            "| x |\n|---|\n| [e](https://example.org/cell) |\n\n[r]: https://example.org/ref\n")
    got = ei.md_links(body)
    for href in ("https://example.org/a b", "https://example.org/x y", "https://example.org/a)b(",
                 "https://example.org/auto", "https://example.org/ref",
                 "https://example.org/cell"):
        assert ei._link_key(href) in got, (href, got)
    assert ei._link_key("https://example.org/other") not in got


def test_a_footnote_reference_is_no_markdown_link() -> None:
    blocks = [{"inline": [{"kind": "link", "attrs": {"href": "#fn1", "footnote": "1"}},
                          {"kind": "link", "attrs": {"href": "https://example.org/a"}}]}]
    assert ei._check_md_links("a.md", "[x](https://example.org/a)[^1]", blocks) == []
    assert ei._check_md_links("a.md", "x[^1]", blocks)  # the plain link is missing


def test_an_inert_script_link_dropped_without_a_finding_is_no_lost_link(
        fake_engine: object, tmp_path: Path) -> None:
    out = _run(tmp_path, "a.html", '<html><body><article><h1>Menu</h1><p>The council met on '
               'Friday and <a href="javascript:void(0);">voted</a> on the '
               '<a href="JavaScript: ;">budget</a> of the city.</p></article></body></html>')
    assert ei.check_folder(out) == []
    assert ei.inert_script("javascript:void(0);") and ei.inert_script(" JavaScript:;")
    assert not ei.inert_script("javascript:go()") and not ei.inert_script("https://x.org/")


def test_twenty_thousand_links() -> None:
    hrefs = [f"https://example.org/{i}(x" for i in range(20_000)]
    blocks = [{"inline": [{"kind": "link", "attrs": {"href": h}} for h in hrefs]}]
    body = " ".join(f"[w](https://example.org/{i}%28x)" for i in range(20_000))
    assert ei._check_md_links("a.md", body, blocks) == []
    assert ei._check_md_links("a.md", body.replace("/19999%28", "/0%28"), blocks)
    assert ei.inert_script("javascript:" + " " * 20_000 + ";")
    assert not ei.inert_script("javascript:" + "void(0)" * 20_000)
