"""A sentence too long for its engine (a paragraph of 800 links and no full stop, a run-on list).

The embedded models translate about 100 of their tokens whole; beyond that the output is cut
short (a sentence of 214 tokens came back at 57% of its length, one of 801 as a loop, with 4 of
its 61 numbers) and the cost grows faster than the length. ``Engine.max_input_tokens`` (for the
embedded engine ``translate.engines.embedded.MAX_INPUT_TOKENS``, one place) says how long a
sentence may be; ``translate.mt`` cuts a longer one at safe boundaries (semicolon, comma, dash,
then any space), sends the pieces in the same engine call and joins their outputs in order. The
cut is invisible in the edition: one segment, the whole source, every piece's output once.
``python benchmarks/bench_long_sentence.py`` measures time and loss against length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from fakes import FakeEngine

from translate.engines.base import ModelInfo
from translate.mt import Hop, Route, engine_inputs, engine_pieces, split_overlong, translate_batch


class _Limited(FakeEngine):
    """The fake engine with a limit of ``limit`` words: a longer input fails the test."""

    name = "limited"

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.max_input_tokens = limit

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        for s in sentences:
            assert self.count_tokens(s, source, target) <= (self.max_input_tokens or 0), (
                f"the engine was sent {len(s.split())} words")
        return super().translate(sentences, source, target)


def _route(engine: FakeEngine) -> Route:
    return Route((Hop(engine, ModelInfo(engine.name, "m", "1", "en", "pt")),))


def _links(n: int) -> str:
    return "About 4,000 families returned home, " + " ".join(f"link {i}" for i in range(n)) + "."


def _clauses(n: int) -> str:
    return ", ".join(f"officials said that {1000 + i} schools would open; the council agreed"
                     for i in range(n)) + "."  # fmt: skip


@pytest.mark.parametrize("text", [_links(800), _clauses(60), "word " * 500 + "end.",
                                  "x" * 3000 + " short tail.", "y" * 3000,
                                  "  spaced  out,  text " * 80])
def test_the_pieces_give_the_text_back_exactly_and_each_fits(text: str) -> None:
    calls: list[str] = []

    def fits(piece: str) -> bool:
        calls.append(piece)
        return len(piece.split()) <= 20

    pieces = split_overlong(text, fits)
    assert "".join(pieces) == text  # nothing lost, nothing twice, in order
    assert all(len(p.split()) <= 20 for p in pieces)
    # cut in halves: the text is read about log2(len) times over, not once per word
    assert sum(len(c) for c in calls) <= len(text) * 14


def test_the_cut_prefers_a_semicolon_then_a_comma_to_a_space() -> None:
    text = "The council met on Monday and agreed on the budget; " * 3 + "it ends here."
    pieces = split_overlong(text, lambda p: len(p.split()) <= 12)
    assert all(p.rstrip().endswith((";", ".")) for p in pieces)
    commas = "one two three four five six seven, eight nine ten eleven twelve thirteen fourteen"
    assert split_overlong(commas, lambda p: len(p.split()) <= 10)[0].endswith(", ")


def test_a_run_without_a_space_is_cut_between_characters_and_joined_without_one() -> None:
    text = "https://example.org/" + "a" * 5000
    pieces = split_overlong(text, lambda p: len(p) <= 100)
    assert "".join(pieces) == text and max(len(p) for p in pieces) <= 100
    engine = _Limited(25)
    engine.count_tokens = lambda t, s, g: len(t) // 10  # type: ignore[method-assign]
    out = translate_batch([f"See {text} now."], _route(engine), None)[0][0]
    assert out.replace("[pt] ", "") == f"See {text} now."  # no space put into the address


def test_an_overlong_sentence_is_translated_in_pieces_in_one_call_and_joined() -> None:
    engine = _Limited(25)
    text = _links(800)
    out, _, _ = translate_batch([text, "A short one."], _route(engine), None)
    assert len(engine.calls) == 1  # the pieces go in the same call as the other sentences
    sent = engine.calls[0][2]
    assert "A short one." in sent and len(sent) > 60
    # every source word once in the output, in order: the fake engine tags each piece
    assert re.sub(r"\[pt\] ", "", out[0]).split() == text.split()
    assert out[1] == "[pt] A short one."
    # linear: what the engine reads is the text once, not once per piece
    assert sum(len(s.split()) for s in sent) == len(text.split()) + 3


def test_a_sentence_within_the_limit_is_sent_as_it_is() -> None:
    engine = _Limited(25)
    text = "Officials said 12 schools would open next week in the northern district."
    assert engine_pieces(engine, text, "en", "pt") == [text]
    assert translate_batch([text], _route(engine), None)[0] == [f"[pt] {text}"]
    assert engine_inputs(FakeEngine(), [_links(800)], "en", "pt") == [_links(800)]  # no limit


def test_look_ahead_hints_name_the_pieces_the_engine_will_be_asked_for() -> None:
    engine = _Limited(25)
    text = _clauses(20)
    pieces = engine_inputs(engine, [text], "en", "pt")
    assert len(pieces) > 1 and " ".join(pieces).split() == text.split()
    translate_batch([text], _route(engine), None)
    assert engine.calls[0][2] == pieces


def test_the_edition_shows_one_segment_with_the_whole_text(
    fake_engine: FakeEngine, tmp_path: Path
) -> None:
    from translate.options import RunOptions
    from translate.pipeline import translate_article
    from translate.read import read_article

    fake_engine.max_input_tokens = 30  # the process's instance, as the pipeline gets it
    # 24 clauses, 912 characters: one sentence for the segmenter (it cuts above 1,000)
    long = " ".join(f"the council approved {100 + i} new schools," for i in range(24))
    article = tmp_path / "long.txt"
    article.write_text(f"Schools open\n\nThe plan is new. {long[0].upper()}{long[1:-1]}.\n",
                       encoding="utf-8")  # fmt: skip
    options = RunOptions(engine="fake", use_cache=False, use_tm=False, builtin_glossary=False)
    edition = translate_article(read_article(article), "pt-BR", options)[0]
    segs = [s for b in edition.blocks for s in b.segments if "council" in s.source]
    assert len(segs) == 1
    assert len(segs[0].source.split()) == len(long.split())
    numbers = re.findall(r"\b1\d\d\b", segs[0].target)
    assert numbers == [str(100 + i) for i in range(24)]  # every piece once, in order
    assert max(len(s.split()) for c in fake_engine.calls for s in c[2]) <= 30


def test_the_embedded_engine_says_its_limit_in_one_place() -> None:
    from translate.engines import embedded

    assert embedded.EmbeddedEngine.max_input_tokens == embedded.MAX_INPUT_TOKENS
    try:
        engine = embedded.EmbeddedEngine(threads=1)
        count = engine.count_tokens("About 4,000 families returned home.", "en", "pt")
    except Exception as exc:  # a build without the bundled models
        pytest.skip(f"embedded models unavailable: {exc}")
    assert 5 <= count <= 15
    text = _links(800)
    pieces = engine_pieces(engine, text, "en", "pt")
    assert len(pieces) > 10
    assert all(engine.count_tokens(p, "en", "pt") <= embedded.MAX_INPUT_TOKENS for p in pieces)
    assert " ".join(pieces).split() == text.split()


def test_the_service_s_batching_proxy_keeps_the_engine_s_limit() -> None:
    from translate.serve.batching import BatchingEngine

    inner = _Limited(25)
    proxy = BatchingEngine(inner, window=0.0)
    assert proxy.max_input_tokens == 25
    assert proxy.count_tokens("one two three", "en", "pt") == 3
    text = _links(300)
    out = translate_batch([text], _route(proxy), None)[0][0]  # type: ignore[arg-type]
    assert re.sub(r"\[pt\] ", "", out).split() == text.split()
