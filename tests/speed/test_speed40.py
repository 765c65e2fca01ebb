"""speed40: main-thread cuts that must change no answer.

* ``glossary.normalize.tokenize`` makes each token without the frozen dataclass's ``__init__``
  (the same object); ``romanize_tokens`` keeps an ASCII token at once.
* ``facts.check_direction`` scans the source once a section with both sides' stems
  (``_direction_gate``) before the two sides' scans.
* ``check.missing_numbers`` reads a pair with the localizer built once for it, not one a
  sentence; the localizer works out its day suffixes and date shapes once.
* ``_Matcher.inflected_people`` tests a word against every ending at once before its loop
  (its behaviour: tests/glossary/test_round9.py, "Kaja Kallasin").

Each is compared with main's way (copied or rebuilt below) on real texts: every line of the
real-world pages' expected texts and the sources and targets of two facts sets; spies show
the work main did is no longer done (those tests fail on main's code).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from translate import check, facts
from translate.glossary import normalize
from translate.glossary.normalize import Token, romanize_tokens, tokenize
from translate.langdata import facts_data
from translate.locales import Quotes, get_locale, get_profile
from translate.localize import stage
from translate.localize.dates import SHAPE_LOCALES, day_suffixes_of

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        out += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(out))


def _pairs() -> Iterator[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    for name in ("facts_heldout_x.jsonl", "facts_heldout_y.jsonl"):
        path = ROOT / "benchmarks" / "data" / name
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                pair = (str(row["source"]), str(row["target"]))
                if pair not in seen:
                    seen.add(pair)
                    yield pair


# --- tokens -----------------------------------------------------------------------------------


def test_tokens_are_the_objects_the_dataclass_makes() -> None:
    texts = [*_texts()[:3000], "Ts'khinvali, Ahmad ash-Sharaa", "Ильхам Алиев", "ドナルド"]
    n = 0
    for text in texts:
        for tok in tokenize(text):
            made = Token(tok.start, tok.end, tok.text, tok.key)
            assert tok == made and hash(tok) == hash(made) and repr(tok) == repr(made)
            # speed44 fills ``capitalized`` (a cached property) when tokenizing: read it (and
            # ``upper``) on both first, so their dicts hold the same cached values
            assert tok.capitalized == made.capitalized and tok.upper == made.upper
            assert list(vars(tok).items()) == list(vars(made).items())
            n += 1
    assert n > 10_000
    with pytest.raises(AttributeError):  # still frozen
        tok.start = 0  # type: ignore[misc]


def test_tokenize_calls_no_dataclass_init(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Token, *a: Any) -> None:
        raise AssertionError("Token.__init__ called")

    monkeypatch.setattr(Token, "__init__", refuse)
    assert [t.key for t in tokenize("Azerbaijan’s Nagorno-Karabakh")] == \
        ["azerbaijan", "s", "nagorno", "karabakh"]


def test_romanize_keeps_ascii_tokens_without_reading_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = tokenize("Ilham Aliyev met Пашинян in Ερεβάν on Monday")
    before = [(t.key, t.text) for t in romanize_tokens(tokens, None)]
    assert before[3][0] == "pashinyan" and before[0] == ("ilham", "Ilham")
    asked: list[str] = []
    real = normalize.romanized_key

    def spy(text: str) -> str | None:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(normalize, "romanized_key", spy)
    out = romanize_tokens(tokens, None)
    assert [(t.key, t.text) for t in out] == before
    assert all(a is b for a, b in zip(out, tokens, strict=True) if a.text.isascii())
    assert asked == ["Пашинян", "Ερεβάν"]  # main asked "Ilham", "Aliyev", "Monday" too


# --- the direction check's gate ---------------------------------------------------------------


def test_direction_stems_hold_no_groups_to_shift() -> None:
    for lang in ("en", "pt"):
        for section, first, second, _ in facts._POLARITIES:
            data = facts_data(lang).get(section, {})
            for stem in [*data.get(first, []), *data.get(second, [])]:
                assert not re.search(r"\\\d|\(\?P|\(\?\(", str(stem)), stem


def test_direction_gate_finds_a_place_exactly_when_a_side_does() -> None:
    texts = _texts()
    pairs = list(_pairs())
    by_lang = {"en": texts + [s for s, _ in pairs], "pt": [t for _, t in pairs]}
    hits = 0
    for lang, lines in by_lang.items():
        for section, first, second, _ in facts._POLARITIES:
            sides = facts._direction_patterns(lang, section, first, second)
            gate = facts._direction_gate(lang, section, first, second)
            assert (gate is None) == (sides is None)
            if gate is None or sides is None:
                continue
            for text in lines:
                either = sides[0].search(text) is not None or sides[1].search(text) is not None
                assert (gate.search(text) is not None) == either, (lang, section, text)
                hits += either
    assert hits > 1000


def test_direction_check_scans_no_sides_without_a_gate_hit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from translate.model import Segment, TranslatedSegment

    called: list[str] = []
    real = facts._flipped

    def spy(source: str, *a: Any) -> Any:
        called.append(source)
        return real(source, *a)

    monkeypatch.setattr(facts, "_flipped", spy)
    ctx = check.CheckContext(source_lang="en", target_lang="pt", locale="pt-BR")
    def seg_of(source: str, target: str) -> TranslatedSegment:
        return TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), "en"), target)

    seg = seg_of("The cat sat on the mat.", "O gato sentou no tapete.")
    assert facts.check_direction(seg, ctx) == []
    assert called == []  # main scanned both sides of all eight sections: eight calls
    seg = seg_of("Prices rose 5% in May.", "Os preços caíram 5% em maio.")
    found = facts.check_direction(seg, ctx)
    assert [f.data["kind"] for f in found] == ["direction"] and called


# --- the number check's localizer -------------------------------------------------------------


def test_missing_numbers_builds_no_localizer_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Any] = []
    real = stage.Localizer

    def spy(*a: Any, **k: Any) -> Any:
        built.append(a)
        return real(*a, **k)

    monkeypatch.setattr(check, "Localizer", spy)
    for _ in range(3):
        check.missing_numbers("It rose 5% to $3.5 million on May 4, 2021.",
                              "Subiu 5% para US$ 3,5 milhões em 4 de maio de 2021.", "en", "pt-BR")
    assert built == []  # main built one a call


def test_missing_numbers_the_same_as_with_a_fresh_localizer() -> None:
    profile = get_profile("pt-BR")
    n = 0
    for source, target in list(_pairs())[:2500]:
        shared = check.missing_numbers(source, target, "en", "pt-BR", segment="s")
        fresh = check.missing_numbers(source, target, "en", "pt-BR", segment="s", profile=profile)
        assert shared == fresh, source
        n += bool(shared)
    assert n > 20


def test_localizer_date_keys_are_main_s() -> None:
    for tag, source_lang in (("pt-BR", "en"), ("pt-PT", "en"), ("en", "pt"), ("de", "en")):
        try:
            profile = get_profile(tag)
        except Exception:  # a tag with no profile here: the CLDR-only localizer below
            profile = None
        target = get_locale(tag)
        assert target is not None
        loc = stage.Localizer(source_lang, target, tag, tag.split("-")[0],
                              profile.quotes if profile else Quotes(), {}, profile)
        # main's code (8a7397d4), recomputed on every call
        shapes = tuple(dict.fromkeys([loc.target_tag, loc.target_lang, loc.source_lang,
                                      *SHAPE_LOCALES]))
        shapes = tuple(s for s in shapes if get_locale(s) is not None)
        names = tuple(n for n in dict.fromkeys([loc.target_tag, loc.source_lang])
                      if get_locale(n) is not None)
        target_suffix = day_suffixes_of(profile, loc.target_lang)
        source_suffix = day_suffixes_of(None, source_lang)
        suffix = "|".join(s for s in (target_suffix, source_suffix) if s)
        assert loc.target_date_keys == (shapes, names, suffix)
        assert loc.source_date_shapes == (source_lang, *(s for s in SHAPE_LOCALES
                                                         if s != source_lang))
        assert (loc.source_suffix, loc.target_suffix) == (source_suffix, target_suffix)


def test_localizer_reads_its_suffixes_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = day_suffixes_of

    def spy(profile: Any, lang: str) -> str:
        calls.append(lang)
        return real(profile, lang)

    monkeypatch.setattr(stage, "day_suffixes_of", spy)
    loc = stage.localizer_for(get_profile("pt-BR"), "en")
    for _ in range(5):
        stage.target_dates("Em 4 de maio de 2021, subiu.", loc)
        stage.source_dates("On May 4, 2021, it rose.", loc)
    assert len(calls) == 2  # main: three a pair of calls, fifteen here
