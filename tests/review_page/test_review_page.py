"""The review page's writer without a browser: its data, escaping, policy, findings and CLI."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from editions.edition_helpers import HOSTILE

from translate.cli import cli
from translate.model import Edition, Finding
from translate.review import load_edition
from translate.write import get_writer
from translate.write import review_page as rp
from translate.write.xliff import render as render_xliff

Build = Callable[[Path, str], Edition]
ASSETS = Path(rp.__file__).parent / "review_assets"


class Page(HTMLParser):
    """The page's elements and the text of its scripts and styles, read by a real parser."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.blocks: list[tuple[str, dict[str, str | None], str]] = []
        self._open: tuple[str, dict[str, str | None]] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = (tag, dict(attrs))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self.blocks.append((*self._open, data))
            self._open = None


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def data_of(text: str) -> dict[str, Any]:
    page = Page(text)
    (data,) = [d for t, a, d in page.blocks if a.get("type") == "application/json"]
    return dict(json.loads(data))


def test_page_is_one_file_with_its_own_script_allowed_by_hash(
    build_edition: Build, article_path: Path
) -> None:
    edition = build_edition(article_path, "pt-BR")
    text = rp.render(edition)
    page = Page(text)
    header = "Content-Security-Policy"
    (csp,) = [a["content"] for _, a in page.tags if a.get("http-equiv") == header]
    assert csp is not None
    policy = dict(p.strip().split(" ", 1) for p in csp.split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["connect-src"] == "'none'"
    assert policy["base-uri"] == "'none'" and policy["form-action"] == "'none'"
    scripts = [d for t, a, d in page.blocks if t == "script" and "type" not in a]
    styles = [d for t, a, d in page.blocks if t == "style"]
    assert scripts == [(ASSETS / "page.js").read_text(encoding="utf-8")]
    assert styles == [(ASSETS / "page.css").read_text(encoding="utf-8")]
    assert policy["script-src"] == sha(scripts[0])
    assert policy["style-src"] == sha(styles[0])
    # nothing is loaded from anywhere: no src/href attribute at all
    assert not [(t, a) for t, a in page.tags if "src" in a or "href" in a]
    assert [t for t, _ in page.tags].count("script") == 2


def test_page_data_carries_the_edition_and_its_xliff(
    build_edition: Build, article_path: Path
) -> None:
    edition = build_edition(article_path, "pt-BR")
    data = data_of(rp.render(edition))
    assert data["xliff"] == render_xliff(edition)
    assert [s["id"] for s in data["segments"]] == [s.id for s in edition.segments]
    assert [s["source"] for s in data["segments"]] == [s.source for s in edition.segments]
    assert [s["target"] for s in data["segments"]] == [s.target for s in edition.segments]
    assert data["export_name"] == "talks.pt-BR.review.xlf"
    assert data["edition_name"] == "talks.pt-BR.json"
    assert data["direction"] == "ltr" and data["locale"] == "pt-BR"
    block = data["blocks"][data["segments"][1]["block"]]
    assert block["language"] == "en" and 0 < block["confidence"] <= 1
    assert data["key"] == rp.storage_key(edition)


def test_storage_key_follows_the_edition(build_edition: Build, article_path: Path) -> None:
    one = build_edition(article_path, "pt-BR")
    key = rp.storage_key(one)
    assert key == rp.storage_key(build_edition(article_path, "pt-BR"))  # same edition, same key
    again = build_edition(article_path, "pt-BR")
    again.created = "2021-01-01T00:00:00Z"
    assert rp.storage_key(again) != key  # translated again: the old work does not apply
    assert rp.storage_key(build_edition(article_path, "de")) != key


def test_hostile_text_cannot_leave_the_data_block(build_edition: Build, tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    nasty = "</script><script>window.__pwned=1</script><!-- <script> \u2028 ]]> &amp;"
    path.write_text(HOSTILE + "\n" + nasty + "\n", encoding="utf-8")
    edition = build_edition(path, "pt-BR")
    text = rp.render(edition)
    assert text.lower().count("<script") == 2
    assert text.lower().count("</script") == 2
    assert "<!--" not in text
    data = data_of(text)
    sources = [s["source"] for s in data["segments"]]
    assert any(nasty.split(" ")[0] in s for s in sources)  # the text survives, as text
    assert any('<b onmouseover="steal()">' in s for s in sources)
    assert data["xliff"] == render_xliff(edition)


def test_embed_json_round_trips() -> None:
    value = {"a": "</script>\u2028<!--&-->", "b": ["]]>", "\u0000"]}
    text = rp.embed_json(value)
    assert not set("<>&") & set(text)
    assert json.loads(text) == value


def test_page_script_builds_no_html_from_strings() -> None:
    """The page only uses createElement/textContent: no HTML parsing sinks, no eval."""
    js = (ASSETS / "page.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setTimeout(\"", "srcdoc", "javascript:"):  # fmt: skip
        assert sink not in js, sink
    assert re.search(r"setAttribute\(\s*[\"']on", js) is None


@pytest.mark.parametrize(
    ("finding", "category"),
    [
        (Finding("glossary", "error", "X is missing", source_span=(0, 3)), "name-wrong"),
        (Finding("glossary", "warning", "variant", data={"match": "misspelling"}), "name-variant"),
        (Finding("glossary", "info", "deprecated", data={"match": "deprecated"}), "name-variant"),
        (Finding("glossary", "warning", "twice", target_span=(0, 3)), "name-repeated"),
        (Finding("numbers", "warning", "number"), "number"),
        (Finding("dates", "warning", "date"), "date"),
        (Finding("untranslated", "warning", "same"), "untranslated"),
        (Finding("length", "warning", "short"), "other"),
    ],
)
def test_findings_are_categorized(finding: Finding, category: str) -> None:
    assert rp.categorize(finding) == category


def test_untranslated_spans() -> None:
    same = rp.untranslated_spans("Talks resume in Tbilisi today", "Talks resume in Tbilisi hoje")
    assert same == [((0, 23), (0, 23))]
    assert rp.untranslated_spans("Talks resume in Tbilisi", "Conversas em Tbilisi") == []
    # two separate runs, each reported once; numbers alone are not untranslated text
    src = "The talks lasted six long hours and the ministers left the city at night"
    tgt = "As conversas the talks lasted six long hours e the ministers left the city at night"
    assert [tgt[a:b] for _, (a, b) in rp.untranslated_spans(src, tgt)] == [
        "the talks lasted six long hours",
        "the ministers left the city at night",
    ]
    assert rp.untranslated_spans("1 2 3 4 5", "1 2 3 4 5") == []


def test_a_name_the_glossary_keeps_is_not_untranslated(
    build_edition: Build, article_path: Path
) -> None:
    edition = build_edition(article_path, "pt-BR")
    seg = edition.segments[0]
    seg.target = "Conversas em Organization for Security and Co-operation"
    seg.findings = []
    seg.terms = [
        {
            "entry": "osce",
            "name": "OSCE",
            "status": "kept",
            "surface": "Organization for Security and Co-operation",
            "source_span": [0, 0],
            "found_as": "Organization for Security and Co-operation",
        }
    ]
    seg.segment = type(seg.segment)(seg.id, 0, 0, "Talks in Organization for Security and "
                                    "Co-operation", 0, 0, "en")  # fmt: skip
    seg.terms[0]["source_span"] = [9, 51]
    findings, src_marks, tgt_marks = rp._segment_view(seg, same_language=False)
    assert findings == []
    assert [m[2] for m in src_marks] == ["name-ok"] and [m[2] for m in tgt_marks] == ["name-ok"]


def test_repaired_and_wrong_names_are_findings_with_marks(
    build_edition: Build, article_path: Path
) -> None:
    edition = build_edition(article_path, "pt-BR")
    seg = next(s for s in edition.segments if "Pashinian" in s.source)
    at = seg.target.index("Pashinian")
    seg.target = seg.target.replace("Pashinian", "Pashinyan")
    seg.terms = [{"entry": "nikol-pashinyan", "name": "Nikol Pashinyan", "match": "alias",
                  "surface": "Pashinian", "source_span": [0, 9], "expected": "Pashinyan",
                  "status": "repaired", "target_span": [at, at + 9], "found_as": "Pashinian",
                  "actions": ["target-replaced"]}]  # fmt: skip
    seg.findings = [Finding("numbers", "warning", "number '6' changed", segment=seg.id,
                            source_span=(2, 4), target_span=(500, 600))]  # fmt: skip
    findings, src_marks, tgt_marks = rp._segment_view(seg, same_language=False)
    labels = [f["label"] for f in findings]
    assert "repaired name" in labels and "number" in labels
    repaired = next(f for f in findings if f["category"] == "name-repaired")
    assert "the engine wrote \u201cPashinian\u201d" in repaired["message"]
    assert [m[:3] for m in tgt_marks if m[2] == "name-repaired"] == [[at, at + 9, "name-repaired"]]
    assert [m[:3] for m in src_marks if m[2] == "number"] == [[2, 4, "number"]]
    assert not [m for m in tgt_marks if m[2] == "number"]  # a span outside the text is dropped


def test_needs_review() -> None:
    from translate.model import Segment, TranslatedSegment

    def seg(origin: str, source: str = "Some words here.") -> TranslatedSegment:
        return TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, 1, "en"), "x", origin)  # type: ignore[arg-type]

    assert rp.needs_review(seg("mt"), [])
    assert not rp.needs_review(seg("tm"), [])
    assert not rp.needs_review(seg("copy"), [])
    assert rp.needs_review(seg("copy"), [{"category": "untranslated"}])
    assert not rp.needs_review(seg("mt", "  "), [])


def test_submit_url_opens_connect_to_self_only(build_edition: Build, article_path: Path) -> None:
    edition = build_edition(article_path, "pt-BR")
    text = rp.render_page(edition, submit_url="/review/talks.pt-BR")
    assert "connect-src 'self'" in html.unescape(text)
    assert data_of(text)["submit_url"] == "/review/talks.pt-BR"
    with pytest.raises(ValueError):
        rp.render_page(edition, submit_url="https://elsewhere.example/collect")


def test_format_review_in_run_and_review_page_command(
    runner: CliRunner, exported: Path, tmp_path: Path
) -> None:
    page = exported / "talks.pt-BR.review.html"
    result = runner.invoke(cli, ["review", "page", str(exported / "talks.pt-BR.json")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == f"wrote {page}"
    edition = load_edition(exported / "talks.pt-BR.json")
    assert page.read_text(encoding="utf-8") == get_writer("review").render(edition)
    other = tmp_path / "elsewhere.html"
    result = runner.invoke(cli, ["review", "page", str(exported / "talks.pt-BR.json"), "-o",
                                 str(other)])  # fmt: skip
    assert result.exit_code == 0 and other.is_file()


@pytest.mark.parametrize("content", ["{", "[]", '{"article": 1}'])
def test_review_page_refuses_what_is_not_an_edition(
    runner: CliRunner, tmp_path: Path, content: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    result = runner.invoke(cli, ["review", "page", str(bad)])
    assert result.exit_code == 7
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.html"))


def test_review_page_into_a_missing_folder_fails_cleanly(
    runner: CliRunner, exported: Path, tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    target = tmp_path / "a-file" / "page.html"
    result = runner.invoke(cli, ["review", "page", str(exported / "talks.pt-BR.json"), "-o",
                                 str(target)])  # fmt: skip
    assert result.exit_code == 6, result.stderr
    assert "Traceback" not in result.stderr


def test_assets_are_package_data() -> None:
    """The page's script and style ship inside the package (the wheel takes all of translate/)."""
    from importlib import resources

    folder = resources.files("translate.write").joinpath("review_assets")
    assert {p.name for p in folder.iterdir()} >= {"page.js", "page.css"}


def test_variant_and_other_findings(build_edition: Build, article_path: Path) -> None:
    """A name the source misspells is marked in the source and, in the form the edition uses,
    in the target; a finding of another check is labelled with that check."""
    edition = build_edition(article_path, "pt-BR")
    seg = next(s for s in edition.segments if "Pashinian" in s.source)
    seg.target = "Pashinyan disse que as partes tinham “uma chance estreita, mas real”."
    seg.terms = []
    seg.findings = [
        Finding("glossary", "warning", "source writes Nikol Pashinyan as Pashinian",
                segment=seg.id, source_span=(0, 9),
                data={"entry": "nikol-pashinyan", "match": "misspelling",
                      "surface": "Pashinian", "expected": "Pashinyan"}),
        Finding("quotes", "info", "the engine dropped a closing quotation mark; restored",
                segment=seg.id),
    ]  # fmt: skip
    findings, src_marks, tgt_marks = rp._segment_view(seg, same_language=False)
    assert [(f["category"], f["label"]) for f in findings] == [
        ("name-variant", "variant found"),
        ("other", "quotes"),
    ]
    at = seg.target.index("Pashinyan")
    assert [m[:3] for m in src_marks] == [[0, 9, "name-variant"]]
    assert [m[:3] for m in tgt_marks] == [[at, at + 9, "name-variant"]]
