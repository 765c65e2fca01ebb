"""speed41: three checks of translate.facts skip scans that cannot find anything, answers unchanged.

* ``check_relative_time`` scans the source once with both sides' words behind one look-behind
  (``_relative_gate``, as speed40's ``_direction_gate``) before the two sides' scans.
* ``check_attribution_lost`` tests the source for the literal strings every attribution starts
  with (``regexcache.literal_heads``, read off ``re``'s parse of the data's pattern) before its
  regex scan.
* ``check_modality`` reads no target modal when the source has none (a finding pairs a lost
  source modal with a new target one).

Each is compared with main's way on real texts (every line of the real-world pages' expected
texts and the sources and targets of two facts sets); spies show the work main did is no longer
done (those tests fail on main's code).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from translate import check, facts, regexcache
from translate.langdata import facts_data
from translate.model import Segment, TranslatedSegment

ROOT = Path(__file__).resolve().parents[2]
CTX = check.CheckContext(source_lang="en", target_lang="pt", locale="pt-BR")


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


def _by_lang() -> dict[str, list[str]]:
    pairs = list(_pairs())
    return {"en": _texts() + [s for s, _ in pairs], "pt": [t for _, t in pairs]}


def _seg(source: str, target: str) -> TranslatedSegment:
    return TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), "en"), target)


# --- relative time: one gate ----------------------------------------------------------------


def test_relative_gate_finds_a_place_exactly_when_a_side_does() -> None:
    hits = 0
    for lang, lines in _by_lang().items():
        sides, gate = facts._relative_patterns(lang), facts._relative_gate(lang)
        assert sides is not None and gate is not None
        for text in lines:
            either = sides[0].search(text) is not None or sides[1].search(text) is not None
            assert (gate.search(text) is not None) == either, (lang, text)
            hits += either
    assert hits > 100


def test_relative_check_scans_no_sides_without_a_gate_hit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[str] = []
    real = facts._flipped

    def spy(source: str, *a: Any) -> Any:
        called.append(source)
        return real(source, *a)

    monkeypatch.setattr(facts, "_flipped", spy)
    assert facts.check_relative_time(_seg("The cat sat on the mat.", "O gato sentou."), CTX) == []
    assert called == []  # main called _flipped, which scanned the source twice
    found = facts.check_relative_time(_seg("He left yesterday.", "Ele sai amanhã."), CTX)
    assert [f.data["kind"] for f in found] == ["relative-time"] and called


# --- literal heads --------------------------------------------------------------------------


def _data_patterns() -> list[tuple[str, str, int]]:
    """Every string pattern of the attribution, agent and hedge tables (language, pattern,
    flags as the checks compile them: none)."""
    out = []
    for lang in ("en", "pt"):
        for section in ("attribution", "agent", "hedge"):
            for key, value in facts_data(lang).get(section, {}).items():
                if isinstance(value, str):
                    out.append((f"{lang}:{section}.{key}", value, 0))
    return out


def test_every_match_starts_with_a_literal_head() -> None:
    texts = _by_lang()
    lines = texts["en"] + texts["pt"]
    read = 0
    for name, pattern, flags in _data_patterns():
        heads = regexcache.literal_heads(pattern, flags)
        if heads is None:
            continue
        read += 1
        compiled = re.compile(pattern, flags)
        for text in lines:
            for m in compiled.finditer(text):
                assert text.startswith(heads, m.start()), (name, text, m.group())
    assert read >= 1
    # English's attribution source has heads (Portuguese's too since speed42: its "Segundo"
    # after a group of an anchor or a look-behind, tests/speed/test_speed42.py)
    source = facts._attribution_data("en")
    assert source is not None
    assert regexcache.literal_heads(source.source.pattern, source.source.flags)


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"(?<!x)\bab(?=c)", 0, ("ab",)),
    (r"(?:foo|ba[rz])|q", 0, ("ba", "foo", "q")),
    (r"[ab]c|(?-i:d)", 0, ("ac", "bc", "d")),  # a set with the literals after it (speed42)
    (r"a|", 0, None),  # an empty branch matches anywhere
    (r"(?:a)?b", 0, None),  # a repeat first
    (r"\w+ed", 0, None),
    (r"[^a]b", 0, None),
    (r"said", re.IGNORECASE, None),
    (r"(?i)said", 0, None),
    (r"x(?i:said)", 0, ("x",)),
    (r"(?i:said)|x", 0, None),
    (r"(?<=a)", 0, None),  # nothing consumed
])
def test_literal_heads_of_shapes(pattern: str, flags: int, expected: Any) -> None:
    assert regexcache.literal_heads(pattern, flags) == expected


def test_literal_heads_are_sound_on_shapes() -> None:
    texts = ["xsaid", "SAID ab", "abc", "bar baz q", "d D", "zzz", "xSaId"]
    for pattern in (r"(?<!x)\bab(?=c)", r"(?:foo|ba[rz])|q", r"[ab]c|(?-i:d)", r"x(?i:said)"):
        heads = regexcache.literal_heads(pattern)
        assert heads is not None
        for text in texts:
            if re.search(pattern, text):
                assert any(h in text for h in heads), (pattern, text)


def test_attribution_check_answers_as_without_the_pretest(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = list(_pairs())
    gated = [facts.check_attribution_lost(_seg(s, t), CTX) for s, t in pairs]
    real = facts._attribution_data
    data = real("en")
    assert data is not None and data.heads

    def plain_data(lang: str) -> facts._Attribution | None:  # main's way: no pre-test
        found = real(lang)
        return None if found is None else facts._Attribution(found.source, found.said, None)

    monkeypatch.setattr(facts, "_attribution_data", plain_data)
    plain = [facts.check_attribution_lost(_seg(s, t), CTX) for s, t in pairs]
    assert gated == plain
    assert sum(bool(f) for f in plain) > 5


class _Spy:
    def __init__(self, pattern: re.Pattern[str], calls: list[str]) -> None:
        self._real, self._calls = pattern, calls

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self._calls.append(text)
        return self._real.finditer(text)


def test_attribution_check_scans_no_source_without_a_head(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = facts._attribution_data("en")
    assert data is not None
    calls: list[str] = []
    spied = facts._Attribution(_Spy(data.source, calls), data.said,  # type: ignore[arg-type]
                               data.heads)
    real = facts._attribution_data
    monkeypatch.setattr(facts, "_attribution_data",
                        lambda lang: spied if lang == "en" else real(lang))
    assert facts.check_attribution_lost(_seg("The bridge will close.", "A ponte fecha."), CTX) \
        == []
    assert calls == []  # main scanned the source
    found = facts.check_attribution_lost(
        _seg("Officials said the bridge will close.", "A ponte vai fechar."), CTX)
    assert [f.data["kind"] for f in found] == ["attribution-lost"] and calls


# --- modality: no target read without a source modal ---------------------------------------


def _main_modality(source: str, target: str) -> list[Any]:
    """main's check_modality, its findings' spans (it read both sides always)."""
    s_data, t_data = facts._modal_data("en"), facts._modal_data("pt")
    assert s_data is not None and t_data is not None
    s_modals = [(m, c) for m, c in facts._modals(source, s_data) if c]
    t_modals = [(m, c) for m, c in facts._modals(target, t_data) if c]
    pair = facts._match_modals([c for _, c in s_modals], [c for _, c in t_modals])
    taken = set(pair.values())
    lost = [x for i, x in enumerate(s_modals) if i not in pair]
    new = [x for j, x in enumerate(t_modals) if j not in taken]
    changed = [(a, b) for a in lost for b in new if not a[1] & b[1]]
    return [(changed[0][0][0].span(), changed[0][1][0].span())] if changed else []


def test_modality_check_answers_as_main() -> None:
    n = 0
    for s, t in _pairs():
        got = facts.check_modality(_seg(s, t), CTX)
        assert [(f.source_span, f.target_span) for f in got] == _main_modality(s, t), (s, t)
        n += bool(got)
    assert n > 5


def test_modality_reads_no_target_without_a_source_modal(
        monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real = facts._modals

    def spy(text: str, data: Any) -> Any:
        read.append(text)
        return real(text, data)

    monkeypatch.setattr(facts, "_modals", spy)
    assert facts.check_modality(_seg("The bridge closed.", "Você deve sair."), CTX) == []
    assert read == ["The bridge closed."]  # main read the target too
    found = facts.check_modality(_seg("You may leave.", "Você deve sair."), CTX)
    assert [f.data["kind"] for f in found] == ["modal-changed"] and read[-1] == "Você deve sair."
