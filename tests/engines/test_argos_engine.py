"""The Argos engine: same output as argostranslate, batched, loaded once, pivot and cache."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from netguard import child_env

from translate.engines import get_engine
from translate.engines.argos import ArgosEngine, batch_budget, batches_of
from translate.engines.packages import install_file
from translate.errors import EngineError, UnsupportedPairError
from translate.mt import plan_route, translate_batch
from translate.options import EngineOptions
from translate.store import Store

SENTENCES = [
    "The government said on Monday that talks would resume next week.",
    "Officials confirmed that 120 people were evacuated.",
    "Prices rose by 3.5 percent in March, the statistics office said.",
    "Ilham Aliyev said: “We have only one condition.”",
    "A very short one.",
    "Numbers like 1,250 and dates like 2020-10-01 stay as they are?",
    "user_name and snake_case words go through the tokenizer",
    "Ünïcödé, 日本語 and emoji 🎉 are unknown to this tiny vocabulary.",
]


class OneSentence:
    """argostranslate's sentencizer interface without its (downloading) MiniSBD model."""

    def split_sentences(self, text: str) -> list[str]:
        return [text]


def argos_reference(module: ModuleType, package_path: Path, sentence: str) -> str:
    """argostranslate's own code path for one sentence: its Package, tokenizer, a
    CTranslate2 Translator as it builds one, and apply_packaged_translation."""
    import ctranslate2
    from argostranslate.package import Package

    pkg = Package(package_path)
    translator = ctranslate2.Translator(str(package_path / "model"), device="cpu")
    hypotheses = module.apply_packaged_translation(pkg, sentence, translator, OneSentence(), 1)
    return str(hypotheses[0].value)


@pytest.mark.parametrize("index", range(len(SENTENCES)), ids=[s[:24] for s in SENTENCES])
def test_same_output_as_argostranslate(
    argos_en_de: Path, argos_translate_module: ModuleType, index: int
) -> None:
    engine = ArgosEngine()
    sentence = SENTENCES[index]
    ours_alone = engine.translate([sentence], "en", "de")[0]
    ours_batched = engine.translate(SENTENCES, "en", "de")[index]
    expected = argos_reference(argos_translate_module, argos_en_de, sentence)
    assert expected  # the synthetic model says something, so equality means something
    assert ours_alone == expected
    assert ours_batched == expected


def test_target_prefix_package_matches_argostranslate(
    argos_prefixed_model: Path, isolated_argos: Path, argos_translate_module: ModuleType
) -> None:
    path = install_file(argos_prefixed_model, isolated_argos).package.path
    engine = ArgosEngine()
    ours = engine.translate(SENTENCES[:3], "en", "es")
    expected = [argos_reference(argos_translate_module, path, s) for s in SENTENCES[:3]]
    assert ours == expected
    assert not any(o.startswith("__es__") for o in ours)


def test_batch_keeps_order_and_blanks(argos_en_de: Path) -> None:
    engine = ArgosEngine(threads=2, max_batch_tokens=8)  # several batches, several workers
    inputs = ["", SENTENCES[0], "   ", *SENTENCES[1:], "\n"]
    alone = [engine.translate([s], "en", "de")[0] if s.strip() else "" for s in inputs]
    assert engine.translate(inputs, "en", "de") == alone
    assert engine.translate([], "en", "de") == []


def test_answers_reported_as_their_batch_is_done(argos_en_de: Path) -> None:
    """Inside on_ready, every non-blank sentence is told to the hook (flattened, with the
    answer translate returns), the answer is the same as without a hook, blanks are not told."""
    from translate.engines.base import on_ready

    engine = ArgosEngine(threads=2, max_batch_tokens=8)  # several batches, several workers
    inputs = ["", SENTENCES[0], "   ", *SENTENCES[1:], "two  spaces\tand a tab"]
    plain = engine.translate(inputs, "en", "de")
    heard: list[tuple[str, str]] = []
    with on_ready(lambda flat, out: heard.append((flat, out))):
        reported = engine.translate(inputs, "en", "de")
    assert reported == plain
    expected = {(" ".join(s.split()), out) for s, out in zip(inputs, plain, strict=True)
                if s.strip()}  # fmt: skip
    assert len(heard) == len(expected) and set(heard) == expected
    assert ("two spaces and a tab", plain[-1]) in heard


def test_model_loaded_once_per_engine(argos_en_de: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ctranslate2

    made: list[dict[str, Any]] = []
    real = ctranslate2.Translator

    def counting(*args: Any, **kwargs: Any) -> Any:
        made.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(ctranslate2, "Translator", counting)
    engine = ArgosEngine(threads=3)
    for _ in range(3):
        engine.translate(SENTENCES[:2], "en", "de")
    assert made == [{"device": "cpu", "inter_threads": 3, "intra_threads": 1}]


def test_pairs_and_model_info(argos_en_de: Path) -> None:
    engine = ArgosEngine()
    assert engine.pairs() == [("en", "de")]
    info = engine.model_info("en", "de")
    assert (info.engine, info.model, info.version) == ("argos", "translate-en_de-1_0", "1.0")


def test_no_package_means_no_pairs_not_an_error(isolated_argos: Path) -> None:
    engine = ArgosEngine()
    assert engine.pairs() == []
    with pytest.raises(UnsupportedPairError) as err:
        plan_route("en", "de", ["argos"])
    assert err.value.hint == "install a model with 'translate models install'"


def test_engine_sees_packages_installed_after_it_started(
    argos_models: dict[str, Path], isolated_argos: Path
) -> None:
    engine = ArgosEngine()
    assert engine.pairs() == []
    install_file(argos_models["en_fr"], isolated_argos)
    assert engine.pairs() == [("en", "fr")]
    with pytest.raises(UnsupportedPairError, match="en -> de"):
        engine.translate(["Hello."], "en", "de")


def test_explicit_packages_dir(argos_models: dict[str, Path], tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    install_file(argos_models["de_en"], other)
    assert ArgosEngine(packages_dir=other).pairs() == [("de", "en")]
    assert ArgosEngine().pairs() == []


def test_options_pass_through_get_engine(argos_en_de: Path) -> None:
    engine = get_engine("argos", threads=1, beam_size=2)
    assert isinstance(engine, ArgosEngine)
    assert (engine.threads, engine.beam_size) == (1, 2)
    assert get_engine("argos", threads=1, beam_size=2) is engine


@pytest.mark.parametrize(
    "options",
    [{"threads": 0}, {"beam_size": -1}, {"threads": "2"}, {"max_batch_tokens": 0}],
    ids=["threads-0", "beam-negative", "threads-str", "batch-0"],
)
def test_bad_options(options: dict[str, Any]) -> None:
    with pytest.raises(EngineError, match="must be a positive integer"):
        ArgosEngine(**options)


def test_beam_size_override_is_used(argos_en_de: Path) -> None:
    import ctranslate2
    import sentencepiece

    sp = sentencepiece.SentencePieceProcessor(model_file=str(argos_en_de / "sentencepiece.model"))
    translator = ctranslate2.Translator(str(argos_en_de / "model"))
    tokens = [sp.encode(s, out_type=str) for s in SENTENCES]
    greedy = translator.translate_batch(tokens, beam_size=1, length_penalty=0.2,
                                        replace_unknowns=True)  # fmt: skip
    expected = [sp.decode_pieces(r.hypotheses[0]).replace("▁", " ").replace("_", " ").lstrip(" ")
                for r in greedy]  # fmt: skip
    assert ArgosEngine(beam_size=1).translate(SENTENCES, "en", "de") == expected


def test_pivot_through_english(argos_models: dict[str, Path], isolated_argos: Path) -> None:
    install_file(argos_models["de_en"], isolated_argos)
    install_file(argos_models["en_fr"], isolated_argos)
    route = plan_route("de", "fr", ["argos"])
    assert route.pivot == "en"
    assert [(h.source, h.target, h.info.model) for h in route.hops] == [
        ("de", "en", "translate-de_en-1_0"),
        ("en", "fr", "translate-en_fr-1_0"),
    ]
    assert route.engine == "argos"
    german = ["Die Regierung sagte am Montag etwas.", "Der Präsident sprach."]
    out, _, stats = translate_batch(german, route)
    engine = ArgosEngine()
    assert out == engine.translate(engine.translate(german, "de", "en"), "en", "fr")
    assert [s.translated for s in stats] == [2, 2]


def test_direct_package_beats_pivot(argos_models: dict[str, Path], isolated_argos: Path) -> None:
    for name in ("de_en", "en_fr", "en_de"):
        install_file(argos_models[name], isolated_argos)
    assert plan_route("en", "de", ["argos"]).pivot is None


def test_second_run_costs_no_engine_calls(
    argos_en_de: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = get_engine("argos")
    calls: list[int] = []
    real = engine.translate

    def counting(sentences: Any, source: str, target: str) -> list[str]:
        calls.append(len(sentences))
        return real(sentences, source, target)

    monkeypatch.setattr(engine, "translate", counting)
    store = Store(tmp_path / "cache.db")
    try:
        route = plan_route("en", "de", ["argos"])
        first, cached_first, _ = translate_batch(SENTENCES, route, store)
        assert calls == [len(SENTENCES)] and not any(cached_first)
        second, cached_second, stats = translate_batch(SENTENCES, route, store)
    finally:
        store.close()
    assert calls == [len(SENTENCES)]  # no new engine call
    assert second == first and all(cached_second)
    assert stats[0].cached == len(SENTENCES)


def test_translation_never_imports_argostranslate_translate(argos_en_de: Path) -> None:
    """argostranslate.translate pulls MiniSBD (which downloads models) and argostranslate.settings
    creates folders at import: the engine must use neither. Fresh interpreter, fresh HOME."""
    home = argos_en_de.parent.parent / "fresh-home"
    code = (
        "import sys\n"
        "from translate.engines.argos import ArgosEngine\n"
        f"engine = ArgosEngine(packages_dir={str(argos_en_de.parent)!r})\n"
        "out = engine.translate(['Hello.'], 'en', 'de')\n"
        "assert out[0], out\n"
        "print(sorted(m for m in sys.modules if m.startswith('argostranslate')))\n"
    )
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", **child_env({})}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['argostranslate', 'argostranslate.tokenizer']"
    assert not home.exists()  # nothing created under HOME


@pytest.mark.parametrize(
    ("first", "second"), [(1, None), (None, 1), (1, 3)], ids=["greedy-then-default",
                                                          "default-then-greedy", "greedy-then-3"]
)
def test_cache_never_serves_another_beam_size(
    argos_en_de: Path, tmp_path: Path, first: int | None, second: int | None
) -> None:
    """--beam-size changes the output, so it is part of the cache key (and the signature):
    a greedy run's cached sentences must not come back for a run with another beam."""
    store = Store(tmp_path / "cache.db")
    try:
        options = EngineOptions(threads=1, beam_size=first)
        translate_batch(SENTENCES, plan_route("en", "de", ["argos"], options), store)
        options = EngineOptions(threads=1, beam_size=second)
        route = plan_route("en", "de", ["argos"], options)
        _, cached, _ = translate_batch(SENTENCES, route, store)
    finally:
        store.close()
    assert not any(cached)
    assert route.version != plan_route("en", "de", ["argos"],
                                       EngineOptions(threads=1, beam_size=first)).version


def test_batch_tokenization_is_argos_own(argos_en_de: Path) -> None:
    """One native SentencePiece call gives the pieces and the text argostranslate's
    one-sentence ``encode``/``decode`` give."""
    from translate.engines.argos import decode_all, detokenize, encode_all

    engine = ArgosEngine()
    tokenizer = engine._load(engine.package("en", "de")).tokenizer
    texts = [*SENTENCES, "Ünïcode — “quotes” and 42 %.", "x"]
    batch = encode_all(tokenizer, texts)
    assert batch == [tokenizer.encode(t) for t in texts]
    assert decode_all(tokenizer, batch) == [detokenize(tokenizer, t) for t in batch]
    assert encode_all(tokenizer, []) == [] and decode_all(tokenizer, []) == []


def test_batches_sorted_by_length_and_sized_by_tokens(
    argos_en_de: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = ArgosEngine(threads=2)
    inputs = [SENTENCES[0], " ".join(SENTENCES), SENTENCES[1], ""]
    expected = [engine.translate([s], "en", "de")[0] if s else "" for s in inputs]
    translator = engine._load(engine.package("en", "de")).translator
    calls: list[dict[str, Any]] = []

    class Spy:
        def translate_batch(self, batch: list[list[str]], **kwargs: Any) -> Any:
            calls.append({"lengths": [len(t) for t in batch], **kwargs})
            return translator.translate_batch(batch, **kwargs)

    engine._loaded[next(iter(engine._loaded))].translator = Spy()
    assert engine.translate(inputs, "en", "de") == expected  # order restored
    (call,) = calls
    assert call["lengths"] == sorted(call["lengths"], reverse=True)
    assert call["batch_type"] == "tokens"
    # every worker gets work: two workers, two batches as CTranslate2 cuts them (none left
    # over for one worker while the other waits), and the budget fits the longest
    assert max(call["lengths"]) <= call["max_batch_size"]
    assert len(batches_of(call["lengths"], call["max_batch_size"])) == 2


def test_batches_of_is_ctranslate2s_padded_fill() -> None:
    """An example joins while the batch padded to its first (longest) stays in the budget."""
    assert batches_of([10, 9, 9, 5, 5, 5, 1], 30) == [3, 4]  # 3 x 10 = 30; 4 x 5 = 20
    assert batches_of([10, 9, 9, 5, 5, 5, 1], 29) == [2, 3, 2]  # 3 x 10 > 29; 4 x 9 > 29
    assert batches_of([40, 3], 10) == [1, 1]  # the first always joins, even over the budget
    assert batches_of([], 10) == []


@pytest.mark.parametrize("workers", [1, 2, 3, 4])
@pytest.mark.parametrize(
    "lengths",
    [
        [63, 52, 50, 49, 49, 46, 43, 40, 38, 36, 30, 22, 20, 18, 12, 9, 4],
        list(range(70, 0, -1)),
        [20, 20, 20, 20, 20, 20, 20],
        [100, 3, 3],
        [5],
    ],
)
def test_batch_budget_gives_every_worker_an_even_share(lengths: list[int], workers: int) -> None:
    """As many batches as workers (times the rounds the token cap needs), never one over: the
    smallest budget that does it, and never below the longest sentence."""
    cap = 1024
    budget = batch_budget(lengths, workers, cap)
    rounds = -(-sum(lengths) // (workers * cap))
    expected = min(len(lengths), workers * rounds)
    assert budget >= lengths[0]
    assert len(batches_of(lengths, budget)) <= expected
    if budget > lengths[0]:  # one token less would cut one more batch
        assert len(batches_of(lengths, budget - 1)) > expected


def test_real_size_call_is_cut_evenly() -> None:
    """A call the size of bench_pipeline's 1,514-word article (68 sentences of 36-63 tokens,
    3,317 here) on two workers: the old budget (the tokens' share per worker, capped at 1,024)
    cut it into 917/962/940/498 tokens (one worker ran about 1,860, the other 1,460); the new
    one into 4 batches within 15% of each other, two a worker."""
    lengths = [63] * 2 + [60] * 5 + [55] * 7 + [53] * 6 + [50] * 20 + [46] * 18 + [36] * 10
    budget = batch_budget(lengths, 2, 1024)
    sizes = batches_of(lengths, budget)
    assert len(sizes) == 4
    tokens, start = [], 0
    for size in sizes:
        tokens.append(sum(lengths[start : start + size]))
        start += size
    assert max(tokens) <= 1.15 * min(tokens)
