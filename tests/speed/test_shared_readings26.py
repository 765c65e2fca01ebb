"""speed26: readings made once and cheap pre-tests, each answering what the full reading
answers, on every sentence of the facts sets (sources, engine outputs, mutated targets):
``facts._folded_words`` (an ASCII text lowered whole), ``facts._measures`` (``measures_in``
read once per text in a ``readings_shared()`` block), the actor check's article test before
``_actor_role``, ``check_untranslated``'s source words, ``scale_locales_of`` memoized."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from translate import check, facts
from translate.localize.numbers import scale_locales_of
from translate.localize.quantities import measures_in
from translate.localize.stage import readings_shared

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> Iterator[str]:
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for text in (r.get("source"), r.get("engine"), r.get("target")):
                    if isinstance(text, str) and text:
                        yield text
    yield from ("", "Ärger ÉCOLE naïve", "İstanbul ΣΟΦΟΣ", "x_y 12ab", "STRASSE straße")


TEXTS = list(dict.fromkeys(_texts()))


def test_folded_words_are_the_words_folded() -> None:
    assert len(TEXTS) > 5000
    for text in TEXTS:
        full = frozenset(facts._fold(w) for w in re.findall(r"[^\W\d_]+", text))
        assert facts._folded_words(text) == full, text
        with readings_shared():
            assert facts._folded_words(text) == full
            assert facts._folded_words(text) == full  # the memo's answer


def test_measures_are_read_once_and_the_same() -> None:
    for text in TEXTS[:3000]:
        for langs in (("en",), ("pt", "en"), ["pt-BR", "en", "pt-BR"]):
            full = measures_in(text, langs)
            assert list(facts._measures(text, langs)) == full
            with readings_shared():
                first = facts._measures(text, langs)
                assert list(first) == full
                assert facts._measures(text, tuple(dict.fromkeys(langs))) is first


def test_a_word_with_an_actor_role_passes_the_article_pretest() -> None:
    """check_actor_order calls ``_actor_role`` only for a sentence's first word or a word
    after an article: every word the role reading gives a role to is one of them."""
    roles = 0
    for lang in ("en", "pt"):
        data = facts._actor_data(lang)
        assert data is not None
        for text in TEXTS:
            tokens, keys = facts._actor_words(text, lang)
            for i in keys.values():
                if i >= 0 and facts._actor_role(tokens, i, data) is not None:
                    roles += 1
                    assert i == 0 or tokens[i - 1].casefold() in data[1], (text, i)
    assert roles > 100


def test_untranslated_source_words_are_the_token_matches() -> None:
    for text in TEXTS:
        assert set(map(str.casefold, check._TOKEN.findall(text))) == {
            m.group().casefold() for m in check._TOKEN.finditer(text)}
    assert check._TOKEN.groups == 0


def test_scale_locales_are_memoized() -> None:
    assert scale_locales_of("pt", "pt-BR", "en") == ("pt", "pt-BR", "en", "pt-PT")
    assert scale_locales_of("es") == ("es", "es-419")
    assert scale_locales_of("pt", "pt-BR", "en") is scale_locales_of("pt", "pt-BR", "en")
