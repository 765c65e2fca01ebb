"""Contract tests for every edition writer: language tags, escaping of hostile text, parse-back,
XLIFF validated against the official OASIS XLIFF 2.0 core schema with the Metadata and
Glossary modules (vendored under tests/data/schemas/: tests never download)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from editions.edition_helpers import xliff_schema

from translate.model import Edition
from translate.review import edition_from_dict
from translate.write import WRITERS, get_writer
from translate.write.xliff import XLIFF_NS

Build = Callable[[Path, str], Edition]


@pytest.fixture(scope="module")
def schema() -> object:
    return xliff_schema()


def validate(schema: object, text: str) -> None:
    from lxml import etree

    doc = etree.fromstring(text.encode("utf-8"))
    assert schema.validate(doc), schema.error_log  # type: ignore[attr-defined]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: dict[str, dict[str, str | None]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.setdefault(tag, dict(attrs))


def test_html_escapes_hostile_markup(build_edition: Build, hostile_path: Path) -> None:
    edition = build_edition(hostile_path, "pt-BR")
    html = get_writer("html").render(edition)
    parser = _Tags()
    parser.feed(html)
    assert set(parser.tags) <= {
        "html",
        "head",
        "meta",
        "title",
        "script",
        "style",
        "body",
        "article",
        "h1",
        "p",
        "footer",
    }
    assert parser.tags.count("script") == 1  # only the JSON-LD block
    assert "<b " not in html and "<!-- comment -->" not in html and 'onmouseover="' not in html
    assert "&lt;script&gt;alert(" in html
    assert parser.attrs["html"] == {"lang": "pt-BR", "dir": "ltr"}


def test_html_json_ld_cannot_close_its_script(build_edition: Build, hostile_path: Path) -> None:
    edition = build_edition(hostile_path, "pt-BR")
    html = get_writer("html").render(edition)
    block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block
    assert json.loads(block)["inLanguage"] == "pt-BR"


def test_markdown_escapes_hostile_markup(build_edition: Build, hostile_path: Path) -> None:
    md = get_writer("md").render(build_edition(hostile_path, "pt-BR"))
    assert "\\<script\\>" in md and "\\*not emphasis\\*" in md


def test_xliff_round_trips_hostile_text_and_validates(
    build_edition: Build, hostile_path: Path, schema: object
) -> None:
    from translate.review import _text
    from translate.tm import parse_xml

    edition = build_edition(hostile_path, "pt-BR")
    text = get_writer("xliff").render(edition)
    validate(schema, text)
    root = parse_xml(text.encode("utf-8"), "x.xlf")
    sources = {
        seg.get("id"): _text(seg.find(f"{{{XLIFF_NS}}}source"))
        for seg in root.iter(f"{{{XLIFF_NS}}}segment")
    }
    assert sources == {s.id: s.source for s in edition.segments}
    # stray controls (BEL) became spaces on input (translate.read.clean_text); one that reaches
    # the writer anyway (an edition built through the Python API) is written as <cp>
    assert not any("\x07" in s for s in sources.values())
    from hostile.roundtrip import make_edition

    raw = get_writer("xliff").render(make_edition([[("Bell \x07 here.", "Sino \x07 aqui.")]]))
    validate(schema, raw)
    assert '<cp hex="0007" />' in raw or '<cp hex="0007"/>' in raw


def test_po_round_trips_hostile_text(build_edition: Build, hostile_path: Path) -> None:
    edition = build_edition(hostile_path, "pt-BR")
    catalog = read_po(
        io.BytesIO(get_writer("po").render(edition).encode("utf-8")), abort_invalid=True
    )
    messages = {m.context: m for m in catalog if m.id}
    assert {k: m.id for k, m in messages.items()} == {s.id: s.source for s in edition.segments}
    assert all(m.fuzzy for m in messages.values())
    assert not any("python-format" in m.flags for m in messages.values())
    assert str(catalog.locale) == "pt_BR"


def test_json_rebuilds_the_same_edition(build_edition: Build, article_path: Path) -> None:
    edition = build_edition(article_path, "pt-BR")
    text = get_writer("json").render(edition)
    again = edition_from_dict(json.loads(text))
    assert get_writer("json").render(again) == text


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_rtl_edition_is_marked(
    fmt: str, build_edition: Build, article_path: Path, schema: object
) -> None:
    edition = build_edition(article_path, "pt-BR")
    edition.locale, edition.target_lang, edition.direction = "ar", "ar", "rtl"
    text = get_writer(fmt).render(edition)
    marks = {
        "md": 'dir: "rtl"',
        "html": '<html lang="ar" dir="rtl">',
        "json": '"direction": "rtl"',
        "xliff": 'trgDir="rtl"',
        "po": "X-Translate-Direction: rtl",
        "review": '"direction":"rtl"',
    }
    assert marks[fmt] in text
    if fmt == "xliff":
        validate(schema, text)
        assert 'trgLang="ar"' in text


def test_xliff_marks_glossary_terms_and_notes(
    build_edition: Build, article_path: Path, schema: object
) -> None:
    edition = build_edition(article_path, "pt-BR")
    seg = next(s for s in edition.segments if "Pashinian" in s.source)
    at = seg.source.index("Pashinian")
    seg.terms = [
        {
            "id": "people/pashinyan",
            "source_span": [at, at + 9],
            "target": "Pashinian",
            "target_span": [999, 1000],
        },  # a stale span: re-found by its text
        {"id": "broken", "source_span": None},
    ]
    text = get_writer("xliff").render(edition)
    validate(schema, text)
    assert text.count('type="term" value="people/pashinyan">Pashinian</mrk>') == 2
    assert '<gls:glossEntry ref="#m1">' in text
    assert 'category="numbers"' not in text  # the fake article keeps all its numbers


def test_xliff_notes_carry_findings(
    build_edition: Build, article_path: Path, schema: object
) -> None:
    from translate.model import Finding

    edition = build_edition(article_path, "pt-BR")
    seg = edition.segments[1]
    seg.findings.append(
        Finding("numbers", "warning", 'number "6" <missing> & more', segment=seg.id)
    )
    text = get_writer("xliff").render(edition)
    validate(schema, text)
    assert (
        f'<note id="n1" category="numbers" priority="3" appliesTo="target">[{seg.id}] warning: '
        'number "6" &lt;missing&gt; &amp; more</note>'
    ) in text
    po = get_writer("po").render(edition)
    assert '#. numbers (warning): number "6" <missing> & more' in po


REPAIRED_TERMS = [
    # (id, target the engine wrote, text after glossary repair, status)
    ("repaired", "Poshinian", "Pashinyan", "repaired"),
    ("kept", "Pashinyan", "Pashinyan", "kept"),
]


@pytest.mark.parametrize(
    ("found_as", "final", "status"),
    [c[1:] for c in REPAIRED_TERMS],
    ids=[c[0] for c in REPAIRED_TERMS],
)
def test_xliff_marks_the_term_in_the_repaired_target(
    build_edition: Build, article_path: Path, schema: object,
    found_as: str, final: str, status: str,
) -> None:
    """The glossary stage's terms carry ``found_as`` (what the engine wrote, before repair) and
    ``expected``: a repaired name is marked where it now stands, as the text it now is."""
    from translate.write.xliff import term_spans

    edition = build_edition(article_path, "pt-BR")
    seg = next(s for s in edition.segments if "Pashinian" in s.source)
    seg.target = f"{final} disse que sim."
    at = seg.source.index("Pashinian")
    seg.terms = [{
        "entry": "people/pashinyan", "name": "Nikol Pashinyan", "surface": "Pashinian",
        "source_span": [at, at + 9], "expected": final, "status": status,
        "target_span": [0, len(final)], "found_as": found_as,
    }]  # fmt: skip
    (term,) = term_spans(seg)
    assert (term["target"], term["target_span"]) == (final, (0, len(final)))
    text = get_writer("xliff").render(edition)
    validate(schema, text)
    assert f'<target><mrk id="m1" type="term" value="people/pashinyan">{final}</mrk>' in text
