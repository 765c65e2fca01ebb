"""What the cyclic garbage collector traverses (speed55): the spelling dictionaries' words are
held in containers it never tracks, the shipped English list is loaded once a process (the
shipped glossary index names it instead of holding a copy), and no union of two lists is built
(``names_only``, the untranslated-text check's dictionary test)."""

from __future__ import annotations

import gc
import marshal
from pathlib import Path

import pytest

from translate.check import names_only
from translate.dictionary import WordList, _parse_word_list, english_words, untracked_words
from translate.glossary import codec
from translate.glossary.cache import _read_shipped
from translate.untranslatable import _spelled_word_test


def _tracked_elements(container: object) -> int:
    """What a full collection follows from ``container`` itself."""
    return len(gc.get_referents(container)) if gc.is_tracked(container) else 0


def test_the_shipped_word_lists_are_not_traversed_by_the_collector() -> None:
    words = english_words()
    assert len(words.common) > 50_000 and len(words.proper) > 5_000
    # a view of one untracked dict: one reference to follow, not 74,000
    assert _tracked_elements(words.common) <= 1 and _tracked_elements(words.proper) <= 1
    for inner in (*gc.get_referents(words.common), *gc.get_referents(words.proper)):
        assert not gc.is_tracked(inner)
    gc.collect()
    assert all(not gc.is_tracked(inner) for inner in gc.get_referents(words.common))


def test_no_tracked_container_holds_a_word_list_after_the_loads() -> None:
    spelled = _spelled_word_test("en")
    assert spelled is not None and spelled("House") and spelled("john")
    glossary = _read_shipped()
    assert glossary is not None
    index = glossary._cache["index:en"]
    assert index.words.is_word("house")
    gc.collect()
    common = english_words().common
    sample = sorted(common)[::1000]
    # no tracked copy of the English list (its 63,864 and 73,291 words were frozensets)
    copies = [o for o in gc.get_objects() if isinstance(o, (set, frozenset, dict))
              and len(o) >= len(common) // 2 and all(w in o for w in sample)]
    assert copies == []


def test_the_shipped_index_holds_the_processs_own_english_list() -> None:
    glossary = _read_shipped()
    assert glossary is not None
    assert glossary._cache["index:en"].words is english_words()
    assert glossary._cache["index:pt"].words is english_words()


def test_a_word_list_of_its_own_is_stored_whole_and_read_back_equal() -> None:
    own = WordList(untracked_words(["casa", "mesa"]), untracked_words(["lisboa"]))
    enc = codec._Encoder("")
    from translate.glossary.match import Index

    fields = codec._encode_index(Index(words=own), enc)
    assert fields is not None and fields["words"] == ("words", 0)
    assert marshal.loads(enc.words[0]) == (frozenset({"casa", "mesa"}), frozenset({"lisboa"}))
    fields = codec._encode_index(Index(words=english_words()), codec._Encoder(""))
    assert fields is not None


def test_the_untracked_words_answer_as_a_frozenset() -> None:
    words = untracked_words(["b", "a", "c", "a"])
    same = frozenset({"a", "b", "c"})
    assert words == same and same == words and len(words) == 3
    assert "a" in words and "d" not in words and set(words) == same
    assert words | frozenset({"d"}) == {"a", "b", "c", "d"}
    assert words.isdisjoint({"x"}) and not words.isdisjoint({"a"})
    assert not untracked_words([]) and untracked_words([]) == frozenset()
    parsed = _parse_word_list("# a comment\nhouse\nJohn\nMark\nmark\n\n")
    assert parsed.common == frozenset({"house", "mark"})
    assert parsed.proper == frozenset({"john", "mark"})
    assert parsed.ordinary("house") and not parsed.ordinary("mark") and parsed.is_word("john")


def test_names_only_and_the_spelled_test_answer_as_before() -> None:
    assert names_only("Lupita Nyong'o", "en")
    assert not names_only("The house is red", "en")
    assert not names_only("Bundesregierung Berlin House", "en", "de")  # "house": a common word
    spelled = _spelled_word_test("en")
    assert spelled is not None
    assert spelled("House") and spelled("JOHN") and not spelled("Zzyzxq")


def test_names_only_is_linear_on_a_long_line() -> None:
    assert names_only("Lupita " * 20_000, "en")
    assert not names_only("Lupita house " * 20_000, "en")


def test_a_run_from_the_shipped_index_writes_no_store_and_decodes_only_what_it_uses(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    """Every key a run makes is stored (``injected-sizes:`` was not): a run whose glossary came
    from the shipped index finds nothing to add, so it does not write the user's store, which
    decoded every stored index (all locales' forms) to encode them, after its first article."""
    from translate.glossary import cache
    from translate.glossary.load import clear_cache
    from translate.locales import get_profile
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import read_article

    written: list[str] = []
    monkeypatch.setattr(cache, "_write", lambda key, glossary: written.append(key) or True)
    cache.clear()
    clear_cache()
    article = tmp_path / "a.txt"
    article.write_text("The minister spoke in Lisbon on Tuesday.\n\nBrazil and Portugal "
                       "signed the agreement.\n", encoding="utf-8")
    options = RunOptions(use_cache=False, use_tm=False)
    try:
        edition = translate_prepared(prepare(read_article(article), options),
                                     get_profile("pt-BR"), options, None)
        assert edition is not None
        glossary = cache.load()
        assert isinstance(glossary._cache, codec.StoredCache)  # the shipped index's
        assert written == []
        decoded = set(dict.keys(glossary._cache))
        assert "index:pt" not in decoded and "injected:de" not in decoded
    finally:
        cache.clear()
        clear_cache()


def test_the_injected_forms_sizes_are_stored() -> None:
    from translate.glossary.injected import _form_sizes

    glossary = _read_shipped()
    assert glossary is not None
    assert "injected-sizes:pt-BR" in glossary._cache  # shipped, not made by the run
    sizes = _form_sizes(glossary, "pt-BR")
    assert sizes and all(isinstance(v, tuple) for v in sizes.values())
    assert codec._encode_item(sizes, "injected-sizes:pt-BR", codec._Encoder("")) == \
        ("plain", sizes)
