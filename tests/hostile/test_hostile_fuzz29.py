"""Twenty-eighth pass (fuzz29): memory of an article of thousands of tiny paragraphs.

fuzz28's fuzzer left an article of 100,000 paragraphs of one letter each (100,000 characters,
under the size limit) at 940 MB of peak memory. Two per-paragraph costs were far larger than
the text, both measured with tracemalloc by stage (``benchmarks/results/fuzz29-*``):

* the checks run beside the engine (``pipeline._Early.flush``) kept, for every repeat of a
  sentence already checked, a fresh empty list per checker: 3.5 kB a paragraph, never read (the
  checks take only the first of each repeated sentence). Repeats without findings now share the
  first one's lists.
* the JSON writer's ``json.dumps(..., indent=2)`` kept every piece of its output (a key, a
  comma, a line's indent) in one list before joining them: eight times the edition's size. It
  now joins them a few thousand at a time, to the same text.

The bound below is memory, not time: Python's own allocations (tracemalloc) while one
article of 5,000 such paragraphs is read, translated and written, per paragraph.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from fakes import FakeEngine

from translate import engines, pipeline
from translate.engines.base import ready_hook
from translate.locales import parse_targets
from translate.options import RunOptions
from translate.read import read_article
from translate.write import json as json_writer
from translate.write import write_edition

PARAGRAPHS = 5000
# main's code (ae0c00e3): 5.4 kB a paragraph at the peak; this pass's: 2.6 kB
PEAK_PER_PARAGRAPH = 3500
# main's code: the JSON writer's peak was about 10 times its output; this pass's about 3.3
RENDER_PEAK_PER_OUTPUT_BYTE = 5.0


class _ReportingEngine(FakeEngine):
    """Answers each sentence as it is and tells the pipeline of each answer as it comes, as the
    embedded engine does (``engines.base.on_ready``): the checks then run beside it."""

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        self.calls.append((source, target, list(sentences)))
        hook = ready_hook()
        for sentence in sentences:
            if hook is not None:
                hook(" ".join(sentence.split()), sentence)
        return list(sentences)


@pytest.fixture
def reporting_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(engines.ENGINES, "reporting", f"{__name__}:_ReportingEngine")
    engines.close_engines()
    yield
    engines.close_engines()


def _article(path: Path, paragraphs: int) -> Path:
    path.write_text("# T\n\n" + "x\n\n" * paragraphs, encoding="utf-8")
    return path


def test_thousands_of_tiny_paragraphs_peak_memory_per_paragraph(
    tmp_path: Path, reporting_engine: None
) -> None:
    options = RunOptions(engine="reporting", use_cache=False, use_tm=False)
    # the engine, the glossary, the tables and the writers loaded first: what is measured is
    # the article
    pipeline.run_file(_article(tmp_path / "warm.md", 5), "pt-BR", tmp_path / "warm", ("md", "json"),
                      options)  # fmt: skip
    # read first: the reader's buffer for a file is the input limit's size whatever the file's
    # (read.read_bytes, 21 MB for a while); what is measured is what grows with the paragraphs
    article = read_article(_article(tmp_path / "many.md", PARAGRAPHS))
    tracemalloc.start(1)
    try:
        base, _ = tracemalloc.get_traced_memory()
        editions, failures = pipeline.translate_targets(article, parse_targets("pt-BR"), options)
        written = write_edition(editions[0], tmp_path / "out", ("md", "json"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not failures
    assert [p.name for p in written] == ["many.pt-BR.md", "many.pt-BR.json"]
    edition = json.loads((tmp_path / "out" / "many.pt-BR.json").read_text(encoding="utf-8"))
    assert len(edition["blocks"]) == PARAGRAPHS + 1  # the title and every paragraph
    per = (peak - base) / PARAGRAPHS
    assert per < PEAK_PER_PARAGRAPH, f"{per:.0f} bytes a paragraph at the peak"


def test_json_writer_same_text_and_peak_a_small_multiple_of_it(
    tmp_path: Path, fake_engine: object
) -> None:
    source = tmp_path / "many.md"
    source.write_text("# Título\n\n" + "Zoë said «yes» 3 times.\n\n" * 1500, encoding="utf-8")
    result = pipeline.run_file(source, "pt-BR", tmp_path / "out", ("md",),
                               RunOptions(engine="fake", source_lang="en", use_cache=False,
                                          use_tm=False))  # fmt: skip
    edition = result.editions[0]
    expected = json.dumps(json_writer.to_dict(edition), ensure_ascii=False, indent=2) + "\n"
    tracemalloc.start(1)
    try:
        base, _ = tracemalloc.get_traced_memory()
        text = json_writer.render(edition)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert text == expected
    size = len(text.encode("utf-8"))
    assert (peak - base) / size < RENDER_PEAK_PER_OUTPUT_BYTE, f"{(peak - base) / size:.1f}x"
