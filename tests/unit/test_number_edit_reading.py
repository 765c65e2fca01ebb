"""After the localizer rewrites a number, it reads again only the number it wrote.

A sentence of many numbers (a table's row, a list of results, a hostile paragraph of figures)
was read whole once per number rewritten: per sentence (numbers) x (length).
``find_numbers(..., at=i)`` reads only the number that starts at ``i``, and must read it exactly
as the whole reading does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translate.locales import get_profile
from translate.localize import numbers as numbers_mod
from translate.localize.numbers import find_numbers
from translate.localize.stage import localize_text, localizer_for, scale_locales_of

ROOT = Path(__file__).resolve().parents[2]


def _real_targets() -> list[str]:
    texts: list[str] = []
    for name in ("facts_heldout_p.jsonl", "facts_heldout_q.jsonl"):
        for line in (ROOT / "benchmarks" / "data" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for key in ("engine", "target", "source"):
                value = row.get(key)
                if isinstance(value, str) and any(ch.isdigit() for ch in value):
                    texts.append(value)
    return texts


def test_reading_at_a_place_is_the_whole_reading_there() -> None:
    loc = localizer_for(get_profile("pt-BR"), "en")
    texts = _real_targets()
    assert len(texts) > 200
    compared = 0
    for text in texts:
        kwargs = {
            "scale_locales": scale_locales_of(loc.target_lang, loc.target_tag, loc.source_lang),
            "lenient": [loc.target, loc.source],
            "measure_langs": (loc.target_lang, loc.source_lang),
        }
        whole = find_numbers(text, loc.target, **kwargs)  # type: ignore[arg-type]
        starts = {m.start for m in whole} | {i for i, ch in enumerate(text) if ch.isdigit()}
        for i in starts:
            assert find_numbers(text, loc.target, at=i, **kwargs) == [  # type: ignore[arg-type]
                m for m in whole if m.start == i
            ], (text, i)
            compared += 1
    assert compared > 1000


def test_a_sentence_of_many_numbers_is_read_in_linear_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read = {"measures": 0}
    real = numbers_mod.measure_at

    def counting(*args: object, **kwargs: object) -> object:
        read["measures"] += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(numbers_mod, "measure_at", counting)
    loc = localizer_for(get_profile("pt-BR"), "en")

    def work(n: int) -> int:
        figures = [f"{1000 + 37 * i:,}.5" for i in range(n)]  # each rewritten: 1,037.5 -> 1.037,5
        source = "The figures were " + ", ".join(figures) + "."
        target = "Os números foram " + ", ".join(figures) + "."
        read["measures"] = 0
        out = localize_text(source, target, loc)
        assert "1.037,5" in out.text and "1,037.5" not in out.text
        return read["measures"]

    small, large = work(20), work(80)
    # each number is read a bounded number of times: 4x the numbers, about 4x the work (the
    # whole-sentence re-reading made it about 16x)
    assert large <= 5 * small
