"""speed49: three checks do less work per sentence, answers unchanged.

* ``check_actor_order`` reads each token's kind once per sentence side (``facts._actor_kinds``,
  padded) and its roles from those kinds (``facts._kind_role``), where main read each kind
  through a bounds test and a memo call, several times per token.
* ``check_attribution_lost`` counts the target's words of saying only until they are as many
  as the source's attributions.
* ``facts._copied_phrase`` (read by many checks) answers "not copied" without splitting the
  target into words when one of the words it looks for is nowhere in the folded target.

Each is compared with main's way (86d2e084, copied here) on every shape or on real texts (the
real-world pages' expected lines and the sources and targets of two facts sets: those
comparisons pass on main too); the spies show the work main did is no longer done (those tests,
and the ones naming ``_kind_role`` or ``_actor_kinds``, fail on main).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from translate import check, facts
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


# --- actor order: roles read on the padded kinds ----------------------------------------------


def _main_actor_role(tokens: list[str], i: int,
                     data: tuple[frozenset[str], frozenset[str]]) -> str | None:  # fmt: skip
    """Main's ``_actor_role`` (86d2e084), kept to compare with."""
    articles = data[1]
    if i and tokens[i - 1].casefold() not in articles:
        return None
    size = len(tokens)

    def art(j: int) -> bool:
        return 0 <= j < size and facts._actor_kind(tokens[j], data) == facts._ARTICLE

    def word(j: int) -> bool:
        return 0 <= j < size and facts._actor_kind(tokens[j], data) == facts._WORD

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


def test_kind_role_is_mains_role_on_every_short_sentence_shape() -> None:
    """Every sequence of up to nine tokens of the three kinds (nothing, an article, a word),
    every position: the same role as main's reading of the tokens."""
    data = (frozenset({"of"}), frozenset({"the"}))
    token = {0: "of", facts._ARTICLE: "the", facts._WORD: "police"}
    roles: set[str | None] = set()
    for size in range(1, 10):
        for shape in itertools.product((0, facts._ARTICLE, facts._WORD), repeat=size):
            tokens = [token[k] for k in shape]
            kinds = facts._actor_kinds(tokens, data)
            for i in range(size):
                want = _main_actor_role(tokens, i, data)
                assert facts._kind_role(kinds, i) == want, (shape, i)
                assert facts._actor_role(tokens, i, data) == want, (shape, i)
                roles.add(want)
    assert roles == {None, "subject", "object"}


def test_actor_order_reads_each_kind_once_per_side(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real = facts._actor_kind

    def spy(tok: str, data: Any) -> int:
        read.append(tok)
        return real(tok, data)

    monkeypatch.setattr(facts, "_actor_kind", spy)
    seg = _seg("The police arrested the protesters on Monday.",
               "Os manifestantes prenderam a polícia na segunda-feira.")
    found = facts.check_actor_order(seg, CTX)
    assert [f.data["kind"] for f in found] == ["actor-order"]
    # each token of each side once, in order (main read a token once per role that looked at it)
    tokens = facts._ACTOR_TOKEN.findall
    assert read == [*tokens(seg.source), *tokens(seg.target)]


class _Kinds(list[int]):
    """Main's reading, carried where the kinds go: the tokens and the data."""

    tokens: list[str]
    data: Any


def test_actor_order_answers_as_mains_roles(monkeypatch: pytest.MonkeyPatch) -> None:
    """On real texts (each facts pair both ways, each page line against itself), the check
    with main's role reading in place of the padded kinds' gives the same findings."""
    pairs = list(_pairs()) + [(t, t) for t in _texts()]
    now = [facts.check_actor_order(_seg(s, t), CTX) for s, t in pairs]
    now_pt = [facts.check_actor_order(_seg(t, s, "pt"), CTX_PT) for s, t in pairs]

    def main_kinds(tokens: list[str], data: Any) -> _Kinds:
        kinds = _Kinds(facts._actor_kind(t, data) for t in tokens)
        kinds.tokens, kinds.data = tokens, data
        return kinds

    def main_role(kinds: _Kinds, i: int) -> str | None:
        return _main_actor_role(kinds.tokens, i, kinds.data)

    monkeypatch.setattr(facts, "_actor_kinds", main_kinds)
    monkeypatch.setattr(facts, "_PAD_BEFORE", 0)
    monkeypatch.setattr(facts, "_kind_role", main_role)
    assert now == [facts.check_actor_order(_seg(s, t), CTX) for s, t in pairs]
    assert now_pt == [facts.check_actor_order(_seg(t, s, "pt"), CTX_PT) for s, t in pairs]
    assert sum(bool(f) for f in now + now_pt) > 5


# --- attribution lost: the target's count stops at the source's -------------------------------


class _Counting:
    """A pattern whose ``finditer`` counts the matches taken from it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.taken = pattern, 0

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for m in self.pattern.finditer(text):
            self.taken += 1
            yield m


def test_attribution_count_stops_at_the_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    data = facts._attribution_data("pt")
    assert data is not None
    counting = _Counting(data.said)
    counted = facts._Attribution(data.source, counting, data.heads)  # type: ignore[arg-type]
    monkeypatch.setattr(facts, "_attribution_data", lambda lang: counted if lang == "pt" else _EN)
    seg = _seg("Officials said the bridge will close.",
               "Autoridades disseram, afirmaram e declararam que a ponte vai fechar.")
    assert facts.check_attribution_lost(seg, CTX) == []
    assert counting.taken == 1  # main took all three
    lost = facts.check_attribution_lost(
        _seg("Officials said the bridge will close, and the mayor told reporters it would.",
             "Autoridades disseram que a ponte vai fechar e o prefeito também."), CTX)
    assert [f.data["kind"] for f in lost] == ["attribution-lost"]
    assert "the target 1" in lost[0].message


_EN = facts._attribution_data("en")


def _main_attribution_lost(seg: TranslatedSegment, ctx: Any) -> list[str]:
    """Main's count (86d2e084): every match of the target's words of saying; the messages."""
    s_data = facts._attribution_data(seg.segment.lang or ctx.source_lang)
    t_data = facts._attribution_data(ctx.target_lang)
    if facts._skip(seg) or s_data is None or t_data is None:
        return []
    saids = [m for m in s_data.source.finditer(seg.source)
             if not _main_copied_phrase(seg.source, m.start(), m.end(), seg.target)]
    if not saids:
        return []
    n = sum(1 for _ in t_data.said.finditer(seg.target))
    return [] if n >= len(saids) else [f"{len(saids)} {n} {saids[0].span()}"]


def test_attribution_lost_answers_as_main() -> None:
    pairs = list(_pairs()) + [(t, t) for t in _texts()]
    found = 0
    for s, t in pairs:
        for seg, ctx in ((_seg(s, t), CTX), (_seg(t, s, "pt"), CTX_PT)):
            now = facts.check_attribution_lost(seg, ctx)
            want = _main_attribution_lost(seg, ctx)
            assert len(now) == len(want), (seg.source, seg.target)
            for f, w in zip(now, want, strict=True):
                _, n, span = w.split(" ", 2)
                assert f.source_span is not None and str(f.source_span) == span
                assert (f"the target {n}:" in f.message) if int(n) else (
                    "says nothing of who said it" in f.message)
            found += len(now)
    assert found > 5


# --- copied phrases: the folded target's pre-test ---------------------------------------------


def _main_copied_phrase(source: str, start: int, end: int, target: str) -> bool:
    """Main's ``_copied_phrase`` (86d2e084)."""
    said = facts._WORDS.findall(source[start:end].casefold())
    if not said:
        return False
    want = said
    if len(said) == 1:
        after = facts._WORDS.search(source, end)
        before = facts._WORDS.findall(source[:start].casefold())
        if after is not None:
            want = [*said, after.group().casefold()]
        elif before:
            want = [before[-1], *said]
        else:
            return False
    have = facts._WORDS.findall(target.casefold())
    n = len(want)
    return any(have[i:i + n] == want for i in range(len(have) - n + 1))


def test_copied_phrase_answers_as_main() -> None:
    """Every word span of every source line (up to three words) against its own target, its
    own text (copied) and a target with the words run together: main's answer."""
    word = re.compile(r"[^\W_]+")
    copied = 0
    for s, t in [*_pairs(), *((x, x) for x in _texts()[:400])]:
        spans = [m.span() for m in word.finditer(s)]
        for k in range(len(spans)):
            for n in (1, 2, 3):
                if k + n > len(spans):
                    break
                a, b = spans[k][0], spans[k + n - 1][1]
                for target in (t, s, s.replace(" ", "")):
                    want = _main_copied_phrase(s, a, b, target)
                    assert facts._copied_phrase(s, a, b, target) == want, (s, a, b, target)
                    copied += want
    assert copied > 1000
