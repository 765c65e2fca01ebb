"""An article of many copies of one sentence: the checks' findings kept ahead for each copy
(pipeline._Early.checked, taken by run_checks(early=...)) share the first copy's lists when
there are no findings to carry another id, instead of 63 new lists a copy (about 4 kB each:
400 MB for 100,000 tiny paragraphs, fuzz28). The edition is the same either way."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import translate.pipeline as pipeline
from translate.engines.base import ready_hook
from translate.options import RunOptions
from translate.read import read_article
from translate.write.json import to_dict

PLAIN = "The ministry said the bridge across the river would open before winter."
WITH_NUMBER = "About 1,200 families had returned to their villages by 3 March."


class _Reporting:
    """Each answer reported to the pipeline's hook before the batch returns, as a pool does."""

    def __init__(self, engine: Any) -> None:
        self.translate_plain = engine.translate

    def __call__(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        out: list[str] = self.translate_plain(sentences, source, target)
        hook = ready_hook()
        if hook is not None:
            for text, answer in zip(sentences, out, strict=True):
                hook(" ".join(text.split()), answer)
        return out


def _edition(path: Path) -> dict[str, Any]:
    options = RunOptions(engine="fake", use_cache=False, use_tm=False)
    edition = pipeline.translate_article(read_article(path), "pt-BR", options)[0]
    data: dict[str, Any] = to_dict(edition)
    data["stats"].pop("timings", None)
    data.pop("created", None)
    return data


def test_copies_without_findings_share_one_entry_and_the_edition_is_the_same(
    fake_engine: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "copies.txt"
    path.write_text("Copies\n\n" + f"{PLAIN}\n\n{WITH_NUMBER}\n\n" * 60, encoding="utf-8")
    before = _edition(path)

    monkeypatch.setattr(fake_engine, "translate", _Reporting(fake_engine))
    kept: list[dict[tuple[Any, ...], list[list[Any]]]] = []
    checks = pipeline.run_checks

    def checks_spy(*a: Any, early: Any = None, **k: Any) -> Any:
        kept.append(dict(early or {}))
        return checks(*a, early=early, **k)

    monkeypatch.setattr(pipeline, "run_checks", checks_spy)
    after = _edition(path)
    assert after == before

    early = kept[0]
    assert len(early) >= 120  # every copy was checked ahead
    by_key: dict[tuple[Any, ...], list[list[list[Any]]]] = {}
    for (seg_id, key), per in early.items():
        by_key.setdefault(key, []).append(per)
        for findings in per:  # a finding kept for a copy carries that copy's id
            assert all(f.segment == seg_id for f in findings)
    empty = [pers for pers in by_key.values() if not any(pers[0])]
    assert any(len(pers) >= 60 for pers in empty), "no repeated sentence without findings"
    for pers in empty:  # one set of lists for all the copies, not one a copy
        assert len({id(per) for per in pers}) == 1
