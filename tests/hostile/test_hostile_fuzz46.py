"""The forty-sixth fuzz pass (fuzz46): seed 44 and the leftovers of fuzz41-45.

* A path the user names that is not there is exit 3 ("input unreadable: missing") whatever
  option names it: ``--glossary`` was exit 5 (the glossary's code for wrong contents), in
  ``batch`` and ``feed`` each item failed with it; ``serve --api-keys`` was exit 5; ``glossary
  lint`` reported it as a lint error (exit 5); ``serve --glossary`` printed uvicorn's traceback
  and exited with uvicorn's own 3 for a missing file and an invalid one alike.
* A reviewer's short target (one to three countable words) that looks like the source's
  language is applied and stored as before, with a warning (Weblate's "same as source" is one).
* A KOI8-R or windows-1251 word in a feed declared UTF-8: read in its script's code page when
  that reading is plausible (a Cyrillic word whose case turns from lower to upper is not); when
  charset-normalizer's plausible reading is of another script (three kanji for "Москва"), the
  bytes are ambiguous and neither is guessed.
* A Ctrl-C to the process group while a ``batch`` or ``feed`` worker was still starting printed
  the worker's ``KeyboardInterrupt`` traceback (seed 44, case 224): workers start with SIGINT
  ignored until their own handler is set.
"""

from __future__ import annotations

import multiprocessing
import shutil
import signal
from pathlib import Path

import pytest
from hostile.helpers import invoke, tree

from translate.errors import DataError, InputError

P = "The minister said on Monday that the council will meet again next week to vote on the budget."
BASE = ("--to", "pt-BR", "--engine", "fake", "--from", "en")


# -- a missing path: exit 3, whatever option names it --------------------------------------------

@pytest.mark.parametrize("where", ["g.toml", "folder"])
def test_run_with_a_missing_glossary_path_is_exit_3(tmp_path: Path, where: str,
                                                    fake_engine: object) -> None:
    (tmp_path / "a.md").write_text(f"# Council\n\n{P}\n", encoding="utf-8")
    invoke("run", tmp_path / "a.md", *BASE, "--glossary", tmp_path / "nope" / where,
           "-o", tmp_path / "out").refused(3, "glossary file or folder not found")
    assert not (tmp_path / "out").exists()


def test_batch_with_a_missing_glossary_stops_before_any_work(tmp_path: Path,
                                                             fake_engine: object) -> None:
    """Not one failure per article (each item read the glossary): one line, nothing written."""
    (tmp_path / "in").mkdir()
    for name in ("a.md", "b.md"):
        (tmp_path / "in" / name).write_text(f"# Council\n\n{P}\n", encoding="utf-8")
    invoke("batch", tmp_path / "in", *BASE, "--glossary", tmp_path / "nope.toml",
           "-o", tmp_path / "out", "--db", tmp_path / "t.db").refused(3, "nope.toml")
    assert [p for p in tree(tmp_path / "out") if not p.startswith(".")] == []


def test_feed_with_a_missing_glossary_is_exit_3(tmp_path: Path, fake_engine: object) -> None:
    (tmp_path / "f.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>N</title>'
        f"<item><title>Vote</title><guid>g1</guid><description>{P}</description></item>"
        "</channel></rss>", encoding="utf-8")
    invoke("feed", tmp_path / "f.xml", *BASE, "--glossary", tmp_path / "nope.toml",
           "-o", tmp_path / "out", "--db", tmp_path / "t.db").refused(3, "nope.toml")


def test_the_api_says_a_missing_glossary_is_unreadable_input(tmp_path: Path) -> None:
    from translate.api import load_glossary

    with pytest.raises(InputError, match="not found") as info:
        load_glossary([tmp_path / "nope.toml"])
    assert info.value.exit_code == 3


def test_an_invalid_glossary_keeps_the_glossary_code(tmp_path: Path) -> None:
    """Do no harm: a file that is there but wrong is still exit 5."""
    from translate.api import load_glossary

    (tmp_path / "g.toml").write_text("[[entry]]\nid = 1\n", encoding="utf-8")
    with pytest.raises(DataError):
        load_glossary([tmp_path / "g.toml"])


def test_glossary_lint_of_a_missing_path_is_exit_3(tmp_path: Path) -> None:
    invoke("glossary", "lint", tmp_path / "nope.toml").refused(3, "not found")


def test_serve_with_a_missing_api_keys_file_is_exit_3(tmp_path: Path) -> None:
    from translate.serve.config import ApiKeys

    with pytest.raises(InputError, match="cannot read API keys"):
        ApiKeys.from_file(tmp_path / "missing.txt")
    invoke("serve", "--api-keys", tmp_path / "missing.txt", "--port", "0").refused(
        3, "cannot read API keys")


@pytest.mark.parametrize("content, code", [(None, 3), ("[[entry]]\nid = 1\n", 5)])
def test_serve_reads_its_glossary_before_listening(tmp_path: Path, content: str | None,
                                                   code: int) -> None:
    """One line and the error's own code, not uvicorn's startup traceback and its exit 3."""
    glossary = tmp_path / "g.toml"
    if content is not None:
        glossary.write_text(content, encoding="utf-8")
    invoke("serve", "--keyless", "--glossary", glossary, "--port", "0",
           "--db", tmp_path / "t.db").refused(code, str(glossary))


# -- a reviewer's short target in the source's language ------------------------------------------

DATA = Path(__file__).resolve().parents[1] / "data" / "hostile" / "fuzz27"
HEAD_PO = 'msgstr "Votação de orçamento em Lisboa"'


@pytest.mark.parametrize("target, why", [
    ("City budget", "reads as en"), ("Council budget approved", "reads as en"),
    ("Budget vote today", "reads as en"), ("Vote in Lisbon", "the source's own"),
    ("Budget vote", "the source's own"),
])  # fmt: skip
def test_a_short_english_target_is_warned_of(target: str, why: str) -> None:
    from translate.check import short_in_source_language

    found = short_in_source_language("Budget vote in Lisbon", target, "en", "pt")
    assert found is not None and why in found


@pytest.mark.parametrize("target", [
    "Votação em Lisboa", "Orçamento aprovado", "Lisboa vota orçamento", "Rock in Rio",
    "Lisboa", "Hotel Real", "Apple Watch",
])  # fmt: skip
def test_a_short_portuguese_target_or_a_name_is_not(target: str) -> None:
    from translate.check import short_in_source_language

    assert short_in_source_language("Budget vote in Lisbon", target, "en", "pt") is None
    assert short_in_source_language("Rock in Rio opens on Friday", target, "en", "pt") is None


def test_review_apply_says_a_short_english_target_and_stores_it(tmp_path: Path) -> None:
    text = (DATA / "article.pt-BR.po").read_text(encoding="utf-8")
    review = tmp_path / "article.pt-BR.po"
    review.write_text(text.replace(HEAD_PO, 'msgstr "City budget"', 1), encoding="utf-8")
    (tmp_path / "ed").mkdir()
    shutil.copy(DATA / "article.pt-BR.json", tmp_path / "ed" / "article.pt-BR.json")
    out = invoke("review", "apply", review, "--edition", tmp_path / "ed" / "article.pt-BR.json",
                 "--out", tmp_path / "out", "--db", tmp_path / "t.db")
    assert out.code == 0, out.stderr
    assert "warning:" in out.stderr and "b0.s0" in out.stderr and "may be in en" in out.stderr
    assert "Traceback" not in out.stderr
    assert "City budget" in (tmp_path / "out" / "article.pt-BR.md").read_text(encoding="utf-8")


# -- a Cyrillic word in 8-bit bytes in a feed declared UTF-8 --------------------------------------

def _rss(text: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>News'
            "</title><link>https://example.org/</link><description>d</description><item>"
            f"<title>Vote</title><guid>g1</guid><description>{text}</description></item>"
            "</channel></rss>\n").encode("latin-1")


def _read(tmp_path: Path, data: bytes) -> tuple[list[str], str]:
    from translate.feeds.reader import FeedReader

    (tmp_path / "f.xml").write_bytes(data)
    reader = FeedReader(tmp_path / "f.xml")
    items = list(reader)
    return reader.warnings, " ".join(f"{i.title} {i.summary or ''}" for i in items)


@pytest.mark.parametrize("word, codec", [
    ("Привет мир", "koi8-r"), ("Привет мир", "cp1251"), ("Совет проголосовал за бюджет", "koi8-r"),
])  # fmt: skip
def test_a_cyrillic_word_in_a_utf8_feed_is_read_in_its_code_page(tmp_path: Path, word: str,
                                                                 codec: str) -> None:
    odd = word.encode(codec).decode("latin-1")
    warnings, text = _read(tmp_path, _rss(f"{P} They said {odd} again."))
    assert f"They said {word} again." in text, (text, warnings)
    assert any("read as" in w for w in warnings), warnings


@pytest.mark.parametrize("word, codec", [("Москва", "koi8-r"), ("Київ і Львів", "koi8-u")])
def test_bytes_two_scripts_read_plausibly_are_not_guessed(tmp_path: Path, word: str,
                                                          codec: str) -> None:
    """"Москва" in KOI8-R is also three plausible kanji (published so before), "Київ і Львів"
    in KOI8-U also Urdu letters (cp1006): ambiguous, so neither is guessed."""
    odd = word.encode(codec).decode("latin-1")
    warnings, text = _read(tmp_path, _rss(f"{P} They said {odd} again."))
    said = text.split("They said ", 1)[1].split(" again", 1)[0]
    guessed = [ch for ch in said if "\u0400" <= ch <= "\u04ff" or "\u4e00" <= ch <= "\u9fff"
               or "\ufb50" <= ch <= "\ufeff"]  # Cyrillic, kanji, Arabic presentation forms
    assert not guessed and "\ufffd" in said, text
    assert any("two scripts" in w for w in warnings), warnings


@pytest.mark.parametrize("text, words", [
    (f"{P} M\xfcller sa\xdf im B\xfcro.", ["Müller", "Büro"]),
    (f"{P} The caf\xe9 reopened \xe0 midi.", []),
])  # fmt: skip
def test_latin_text_is_not_read_as_cyrillic(tmp_path: Path, text: str, words: list[str]) -> None:
    _, read = _read(tmp_path, _rss(text))
    assert not any("\u0400" <= ch <= "\u04ff" for ch in read), read
    for w in words:
        assert w in read


def test_a_cyrillic_word_whose_case_turns_is_implausible() -> None:
    from translate.feeds.plausible import implausible

    swapped = "Привет".encode("koi8-r").decode("cp1251")  # "рТЙЧЕФ"
    assert "case" in (implausible(f"said {swapped} now", [(5, 11)]) or "")
    assert implausible("said Привет now", [(5, 11)]) is None
    assert implausible("said McDonald’s now", [(13, 14)]) is None  # Latin is not judged so


# -- a Ctrl-C while a worker starts --------------------------------------------------------------

_REPORT = ("import signal, sys\n"
           "sys.exit(0 if signal.getsignal(signal.SIGINT) == signal.SIG_IGN else 7)\n")


def test_workers_start_with_sigint_ignored() -> None:
    """The spawned interpreter inherits SIGINT ignored (its exit code says how it found it)."""
    from translate.feeds.run import start_ignoring_sigint

    mp = multiprocessing.get_context("spawn")
    proc = mp.Process(target=exec, args=(_REPORT,))
    before = signal.getsignal(signal.SIGINT)
    start_ignoring_sigint([proc])
    assert signal.getsignal(signal.SIGINT) == before  # the parent's own handler is back
    proc.join(timeout=120)
    assert proc.exitcode == 0
