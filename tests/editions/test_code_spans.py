"""Code spans are text the engine must copy: masked before it, put back after, flagged when lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from translate import engines
from translate.api import RunOptions, read_article, translate_article
from translate.untranslatable import verbatim_spans

ARTICLE = "# Gauges\n\nThe `gauge-7` readings were normal, and `make test` passed.\n"


@pytest.fixture
def word_engines(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(engines.ENGINES, "words", "fakes:WordEngine")
    monkeypatch.setitem(engines.ENGINES, "losing", "fakes:LosingEngine")
    engines.close_engines()
    yield
    engines.close_engines()


def _edition(tmp_path: Path, engine: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    options = RunOptions(engine=engine, use_cache=False, use_tm=False, builtin_glossary=False)
    return translate_article(read_article(path), "pt-BR", options)[0]


def test_code_spans_reach_the_target_as_written(tmp_path: Path, word_engines: None) -> None:
    edition = _edition(tmp_path, "words")
    para = edition.blocks[1]
    assert "gauge-7" in para.target and "make test" in para.target
    assert "leituras" in para.target  # the rest of the sentence was translated
    codes = [para.target[x.start:x.end] for x in para.inline if x.kind == "code"]
    assert codes == ["gauge-7", "make test"]
    assert not [f for f in edition.findings if f.check == "verbatim"]
    kept = [c for c in edition.reports["untranslatable"]["changes"] if c["rule"] == "code"]
    assert [c["from"] for c in kept] == ["gauge-7", "make test"]


def test_a_lost_code_span_is_flagged_not_silent(tmp_path: Path, word_engines: None) -> None:
    edition = _edition(tmp_path, "losing")
    flagged = sorted(f.data["token"] for f in edition.findings if f.check == "verbatim")
    assert flagged == ["make test"]  # "gauge-7": the unmasked retry copies it; "make test" not
    assert all(f.severity == "warning" for f in edition.findings if f.check == "verbatim")


@pytest.mark.parametrize(
    ("text", "pieces", "taken", "expected"),
    [
        ("call f() then f()", ["f()", "f()"], [], [(5, 8, "code"), (14, 17, "code")]),
        ("call f() now", ["g()"], [], []),
        ("call f() now", ["f()"], [(5, 8)], []),  # a glossary name already there
        ("x", [" "], [], []),
    ],
)
def test_verbatim_spans(
    text: str, pieces: list[str], taken: list[tuple[int, int]],
    expected: list[tuple[int, int, str]],
) -> None:
    assert verbatim_spans(text, pieces, taken) == expected
