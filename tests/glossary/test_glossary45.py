"""glossary45: the title list is data, and --eval keeps held-out items off the terminal.

- The titles and forms of address before a name live in ``glossary/words/titles.toml``, one
  table per language, read once on first use (nothing at import time); the matcher reads
  what the file lists: a title the file adds is recognised before a surname, one it drops is
  not.
- ``benchmarks/bench_glossary.py --eval`` writes the whole report to a file and prints each
  held-out set's failures as counts only, unless ``--show-heldout`` asks for them.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
import tomllib

from translate.data import data_dir
from translate.glossary import Glossary, find_mentions, load_glossary
from translate.glossary import words as words_module

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = data_dir("glossary") / "words" / "titles.toml"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


@pytest.fixture
def titles_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped glossary data whose titles.toml the test writes."""
    shipped = data_dir("glossary")
    folder = tmp_path / "glossary"
    (folder / "words").mkdir(parents=True)
    for path in (shipped / "words").iterdir():
        if path.name != "titles.toml":
            (folder / "words" / path.name).symlink_to(path)
    real = words_module.data_dir
    monkeypatch.setattr(words_module, "data_dir",
                        lambda name: folder if name == "glossary" else real(name))
    words_module.title_table.cache_clear()
    yield folder / "words" / "titles.toml"
    words_module.title_table.cache_clear()


def _found(text: str, glossary: Glossary, lang: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.entry.id, m.match)
            for m in find_mentions(text, glossary, source_lang=lang)]


def test_the_table_is_read_from_its_file(titles_file: Path) -> None:
    titles_file.write_text('[titles]\nxx = ["zorblat"]\n[compound_endings]\nxx = ["meister"]\n',
                           encoding="utf-8")
    assert words_module.titles() == {"zorblat"}
    assert words_module.is_title("zorblat") and words_module.is_title("bahnmeister")
    assert not words_module.is_title("president")


def test_a_title_the_file_adds_is_recognised(titles_file: Path, glossary: Glossary) -> None:
    text = "Zorblat Costa chegou a Lisboa ontem."
    titles_file.write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    without = _found(text, glossary, "pt")
    titles_file.write_text(SHIPPED.read_text(encoding="utf-8") + '\n[titles.xx]\n',
                           encoding="utf-8")  # a language table may be empty
    words_module.title_table.cache_clear()
    assert _found(text, glossary, "pt") == without
    data = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))
    data["titles"]["pt"].append("zorblat")
    lines = ["[titles]", *(f"{lang} = {listed!r}".replace("'", '"')
                           for lang, listed in data["titles"].items()),
             "[compound_endings]", f"de = {data['compound_endings']['de']!r}".replace("'", '"')]
    titles_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    words_module.title_table.cache_clear()
    assert ("Costa", "antonio-costa", "partial") in _found(text, glossary, "pt")
    assert ("Costa", "antonio-costa", "partial") not in without


def test_every_listed_title_of_every_language_is_a_title() -> None:
    data = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))
    assert {"en", "de", "fr", "es", "pt", "it"} <= set(data["titles"])
    for listed in data["titles"].values():
        assert all(words_module.is_title(word) for word in listed)
    assert words_module.is_title("aussenminister")  # a German compound's ending


def test_nothing_is_read_at_import_time() -> None:
    code = ("import translate.glossary.match, translate.protect\n"
            "from translate.glossary import words\n"
            "print(words.title_table.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "0"


# --- bench_glossary.py --eval -------------------------------------------------------------

class _Score:
    def __init__(self, name: str) -> None:
        self.name = name
        self.failures = [f"{name} missed item"]
        self.false_pos = [f"{name} wrong item"]
        self.precision = (1, 2)
        self.repairs = (1, 1)
        self.found = {"tag:x": (1, 2)}

    def recall(self, kind: str) -> tuple[int, int]:
        return (1, 2)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name}


def _bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_glossary_t45", ROOT / "benchmarks" / "bench_glossary.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stub = SimpleNamespace(DEV=[Path("dev_set.toml")], HELDOUT=[Path("heldout_set.toml")],
                           score_set=lambda path, glossary: _Score(path.stem))
    monkeypatch.setattr(module, "_name_eval", lambda: stub)
    monkeypatch.setattr(module, "_gazetteer_share", lambda ev: [])
    monkeypatch.setattr(module, "load_glossary", lambda: [])
    return module


def test_the_default_eval_output_holds_no_held_out_item(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    bench = _bench(monkeypatch)
    out = tmp_path / "eval.txt"
    bench.eval_benchmark(save=False, verbose=True, out=out)
    shown = capsys.readouterr().out
    assert "heldout_set missed item" not in shown and "heldout_set wrong item" not in shown
    assert "dev_set missed item" in shown  # development items, asked for with -v
    assert "held-out heldout_set: 1 failures, 1 false positives" in shown
    written = out.read_text(encoding="utf-8")
    assert "heldout_set missed item" in written and "heldout_set wrong item" in written


def test_show_heldout_prints_the_items(monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    bench = _bench(monkeypatch)
    bench.eval_benchmark(save=False, verbose=False, out=tmp_path / "eval.txt",
                         show_heldout=True)
    assert "heldout_set missed item" in capsys.readouterr().out
