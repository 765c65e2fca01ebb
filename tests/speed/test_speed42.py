"""speed42: four checks skip work whose answer is known, answers unchanged.

* ``check_direction`` tests the lower-cased source for the literal heads of each section's gate
  (``regexcache.caseless_heads`` and ``caseless_view``) before the gate's case-insensitive
  scan: a source with none of them has no match.
* ``regexcache.literal_heads`` passes over a group of assertions only ("(?:^|(?<=, ))") and
  carries a literal set's following run ("[Ss]egundo"): Portuguese's attribution source gets
  heads, so ``check_attribution_lost`` pre-tests a Portuguese source as it does an English one.
* ``check_actor_order`` reads each token's kind once per form and language (``_actor_kind``).
* the local-town check of the glossary looks for a town in the source before it reads the
  target's share of Latin letters.

Each is compared with main's way on real texts (every line of the real-world pages' expected
texts and the sources and targets of two facts sets); spies show the work main did is no longer
done (those tests fail on main's code).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from translate import check, facts, protect, regexcache
from translate.model import Segment, TranslatedSegment

ROOT = Path(__file__).resolve().parents[2]
CTX = check.CheckContext(source_lang="en", target_lang="pt", locale="pt-BR")
CTX_PT = check.CheckContext(source_lang="pt", target_lang="en", locale="en")


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


def _seg(source: str, target: str, lang: str = "en") -> TranslatedSegment:
    return TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), lang), target)


# --- caseless heads ---------------------------------------------------------------------------


def test_ascii_kin_is_every_character_that_meets_ascii_caselessly() -> None:
    """Outside ASCII, only ``ASCII_KIN`` matches an ASCII character with ``re.IGNORECASE`` or
    lower-cases to a text holding one: checked on every code point."""
    others = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1)
                      if not 0xD800 <= c <= 0xDFFF)  # fmt: skip
    met: set[str] = set()
    for a in map(chr, range(0x80)):
        met.update(re.compile(re.escape(a), re.IGNORECASE).findall(others))
    met.update(ch for ch in others if not ch.lower().isascii() and any(
        x.isascii() for x in ch.lower()))
    met.update(ch for ch in others if ch.lower().isascii())
    assert met == set(regexcache.ASCII_KIN)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<![\w-])(?:after|afterwards?|Before)", ("after", "before")),
    (r"(?<![\w-])(?:up|UPS|rise)", ("up", "rise")),
    (r"(?:após|depois)", None),  # a head outside ASCII
    (r"\w+n't|said", None),
    (r"(?i:said)", None),
])
def test_caseless_heads_of_shapes(pattern: str, expected: Any) -> None:
    assert regexcache.caseless_heads(pattern) == expected


def test_caseless_view() -> None:
    assert regexcache.caseless_view("Prices ROSE — “sharply”") == "prices rose — “sharply”"
    for kin in regexcache.ASCII_KIN:
        assert regexcache.caseless_view(f"a{kin}b") is None


def test_direction_heads_skip_only_sources_the_gate_finds_nothing_in() -> None:
    pairs = list(_pairs())
    texts = {"en": _texts() + [s for s, _ in pairs], "pt": [t for _, t in pairs]}
    skipped = 0
    for lang, lines in texts.items():
        for text in lines:
            view = regexcache.caseless_view(text)
            for section, first, second, _ in facts._POLARITIES:
                heads = facts._direction_heads(lang, section, first, second)
                gate = facts._direction_gate(lang, section, first, second)
                if heads is None or view is None or gate is None:
                    continue
                if not any(h in view for h in heads):
                    skipped += 1
                    assert gate.search(text) is None, (lang, section, text)
    assert skipped > 10_000
    assert facts._direction_heads("en", "direction", "up", "down")


def test_direction_check_answers_as_without_the_pretest(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = list(_pairs())
    gated = [facts.check_direction(_seg(s, t), CTX) for s, t in pairs]
    gated_pt = [facts.check_direction(_seg(t, s, "pt"), CTX_PT) for s, t in pairs]
    monkeypatch.setattr(facts, "_direction_heads", lambda *a: None)  # main's way: no pre-test
    assert gated == [facts.check_direction(_seg(s, t), CTX) for s, t in pairs]
    assert gated_pt == [facts.check_direction(_seg(t, s, "pt"), CTX_PT) for s, t in pairs]
    assert sum(bool(f) for f in gated) > 5


def test_direction_check_scans_no_gate_without_a_head(monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[str] = []
    real = facts._direction_gate

    def spy(*a: Any) -> Any:
        called.append(a[1])
        return real(*a)

    monkeypatch.setattr(facts, "_direction_gate", spy)
    assert facts.check_direction(_seg("The cat ate a rat.", "O gato comeu um rato."), CTX) == []
    # main searched all eight gates; speed42 only the section whose gate had no literal heads
    # (comparison); since speed48 its literals held anywhere in a match ("more", "less") say
    # no more for this source either
    assert called == []
    found = facts.check_direction(_seg("Prices rose 5%.", "Os preços caíram 5%."), CTX)
    assert [f.data["kind"] for f in found] == ["direction"] and called


# --- literal heads: groups of assertions, literal sets --------------------------------------


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:^|(?<=[,;]\s))[Ss]egundo\s", ("Segundo", "segundo")),
    (r"(?:(?=a)|\b)ab", ("ab",)),
    (r"(?:^|x)b", None),  # a branch consumes: no heads read through it
    (r"(?:|a)b", None),  # an empty branch
    (r"[ab]", ("a", "b")),
    (r"[ab]+c", None),  # a repeat
])
def test_literal_heads_pass_over_assertion_groups(pattern: str, expected: Any) -> None:
    assert regexcache.literal_heads(pattern) == expected


def test_portuguese_attribution_has_heads_and_every_match_starts_with_one() -> None:
    data = facts._attribution_data("pt")
    assert data is not None and data.heads is not None
    assert "Segundo" in data.heads and "segundo" in data.heads
    pairs = list(_pairs())
    matched = 0
    for text in [t for _, t in pairs] + ["Segundo a polícia, o fogo começou.",
                                         "O fogo, segundo o jornal, começou."]:
        for m in data.source.finditer(text):
            matched += 1
            assert text.startswith(data.heads, m.start()), (text, m.group())
    assert matched > 20


def test_portuguese_attribution_answers_as_without_the_pretest(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = [*_pairs(), ("The fire started.", "Segundo a polícia, o fogo começou."),
             ("The fire started.", "O fogo começou, disse a polícia.")]
    gated = [facts.check_attribution_lost(_seg(t, s, "pt"), CTX_PT) for s, t in pairs]
    real = facts._attribution_data

    def plain_data(lang: str) -> facts._Attribution | None:  # no pre-test
        found = real(lang)
        return None if found is None else facts._Attribution(found.source, found.said, None)

    monkeypatch.setattr(facts, "_attribution_data", plain_data)
    assert gated == [facts.check_attribution_lost(_seg(t, s, "pt"), CTX_PT) for s, t in pairs]
    assert sum(bool(f) for f in gated) > 0


def test_portuguese_source_without_a_head_is_not_scanned(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = facts._attribution_data("pt")
    assert real is not None
    scanned: list[str] = []

    class Spy:
        def finditer(self, text: str) -> Any:
            scanned.append(text)
            return real.source.finditer(text)

    spied = facts._Attribution(Spy(), real.said, real.heads)  # type: ignore[arg-type]
    data = facts._attribution_data
    monkeypatch.setattr(facts, "_attribution_data",
                        lambda lang: spied if lang == "pt" else data(lang))
    seg = _seg("O gato sentou no tapete.", "The cat sat on the mat.", "pt")
    assert facts.check_attribution_lost(seg, CTX_PT) == []
    assert scanned == []  # main had no heads for Portuguese and scanned every source
    seg = _seg("Segundo a polícia, o fogo começou.", "The fire started.", "pt")
    facts.check_attribution_lost(seg, CTX_PT)
    assert scanned


# --- actor order: token kinds read once -----------------------------------------------------


def _main_actor_role(tokens: list[str], i: int,
                     data: tuple[frozenset[str], frozenset[str]]) -> str | None:  # fmt: skip
    """Main's ``_actor_role`` (b46e0f99), kept to compare with."""
    between, articles = data
    if i and tokens[i - 1].casefold() not in articles:
        return None

    def art(j: int) -> bool:
        return 0 <= j < len(tokens) and tokens[j].casefold() in articles

    def word(j: int) -> bool:
        return (0 <= j < len(tokens) and len(tokens[j]) >= 3 and tokens[j][0].isalpha()
                and tokens[j][0].islower() and tokens[j].casefold() not in between
                and tokens[j].casefold() not in articles)  # fmt: skip

    subject = (i == 0 or art(i - 1)) and any(
        all(word(j) for j in range(i + 1, i + 1 + n))
        and ((art(i + 1 + n) and word(i + 2 + n)) or (n == 1 and word(i + 2)))
        for n in (1, 2))
    obj = art(i - 1) and any(
        all(word(j) for j in range(i - 1 - n, i - 1)) and word(i - 2 - n)
        and (art(i - 3 - n) or art(i - 4 - n))
        for n in (1, 2))
    if subject == obj:
        return None
    return "subject" if subject else "object"


def test_actor_role_is_mains_on_every_token() -> None:
    pairs = list(_pairs())
    read = roles = 0
    for lang, lines in (("en", _texts()[:4000] + [s for s, _ in pairs]),
                        ("pt", [t for _, t in pairs])):
        data = facts._actor_data(lang)
        assert data is not None
        for text in lines:
            tokens = facts._ACTOR_TOKEN.findall(text)
            for i in range(len(tokens)):
                role = facts._actor_role(tokens, i, data)
                assert role == _main_actor_role(tokens, i, data), (lang, text, i)
                read += 1
                roles += role is not None
    assert read > 100_000 and roles > 500


def test_actor_kinds_are_read_from_the_cache() -> None:
    seg = _seg("The police arrested the protesters on Monday.",
               "Os manifestantes prenderam a polícia na segunda-feira.")
    first = facts.check_actor_order(seg, CTX)
    assert [f.data["kind"] for f in first] == ["actor-order"]
    before = facts._actor_kind.cache_info()
    assert facts.check_actor_order(seg, CTX) == first
    after = facts._actor_kind.cache_info()
    assert after.hits > before.hits and after.misses == before.misses


# --- local towns: the target's script read only where a town is named ------------------------


def test_local_town_check_reads_no_script_without_a_town(
        monkeypatch: pytest.MonkeyPatch) -> None:
    towns = protect.local_towns("pt")
    if towns is None:
        pytest.skip("no local towns shipped for Portuguese")
    name = next(n for names in towns.by_first.values() for n in names)
    read: list[str] = []
    real = protect._latin_share

    def spy(text: str) -> float:
        read.append(text)
        return real(text)

    monkeypatch.setattr(protect, "_latin_share", spy)
    def item(text: str) -> Any:  # what the check reads of a protected segment
        return SimpleNamespace(segment=Segment("b0.s0", 0, 0, text, 0, len(text), "pt"),
                               expectations=[])

    assert protect._local_town_findings(
        item("O gato sentou no tapete."), "The cat sat on the mat.", "pt") == []
    assert read == []  # main read the target's letters first
    protect._local_town_findings(item(f"Ele chegou a {name} ontem."), "He arrived.", "pt")
    assert read == ["He arrived."]
