"""speed45: the glossary matcher's passes walk the capitalized tokens once listed; cheaper reads
in ``tokenize`` and in the mask's title rules.

* ``glossary.match._Matcher._caps``: the capitalized tokens with their places, listed once per
  text; every pass whose first test asks for a capital walks it instead of every token, and
  ``_other_people`` reads a pair only when both words are capitalized (what its tests ask).
  ``consonantal`` does not read an ASCII word for Arabic letters.
* ``glossary.normalize.tokenize``: the Arabic article's test only for a word whose first letter
  may begin one (``_ARTICLE_INITIALS``), the token written out in the loop.
* ``untranslatable.title_spans``: ``_MARKED`` scanned only where "™" or "®" is; ``pair_spans``'
  mixed runs scanned only where an ASCII letter stands before an ASCII capital
  (``_TWO_LETTERS_CAP``), its sets made at the first match; ``list_spans``' word after a gap
  matched in place (``_LIST_WORD``) instead of on the text cut there.

Each is compared with main's reading (448fe926: copied here, or its pass restored by a patch) on
every line of the real-world pages; spies show the work left out (those fail on main's code).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from translate import untranslatable as u
from translate.glossary import load_glossary, match
from translate.glossary.match import MentionContext, find_mentions
from translate.glossary.normalize import (
    _ARTICLE_INITIALS,
    _CONTRACTIONS,
    _TOKEN,
    APOSTROPHES,
    Token,
    _article,
    _token,
    arabic_consonant_key,
    fold,
    tokenize,
)

ROOT = Path(__file__).resolve().parents[2]


def _pages() -> list[list[str]]:
    out: list[list[str]] = []
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        out.append([line for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip()])
    return out


def _lines() -> list[str]:
    return list(dict.fromkeys(line for page in _pages() for line in page))


def _main_tokenize(text: str) -> list[Token]:
    """main's ``tokenize`` (448fe926)."""
    matches = list(_TOKEN.finditer(text))
    out: list[Token] = []
    k = 0
    while k < len(matches):
        m = matches[k]
        start, end, key = m.start(), m.end(), fold(m.group())
        while k + 1 < len(matches) and text[start:start + 1].isupper():
            nxt = matches[k + 1]
            gap = text[end:nxt.start()]
            part = nxt.group()
            if len(gap) == 1 and gap in APOSTROPHES and part[:1].islower() and \
                    len(part) >= 2 and part.lower() not in _CONTRACTIONS:
                end, key = nxt.end(), key + fold(part)
                k += 1
                continue
            break
        if k + 1 < len(matches) and end - start <= 3 and \
                _article(m, text[end:matches[k + 1].start()], matches[k + 1]):
            key = "al"
        out.append(_token(start, end, text[start:end], key))
        k += 1
    return out


def _main_other_people(self: Any, chosen: list[Any]) -> set[str]:
    """main's ``_Matcher._other_people`` (448fe926): every pair of tokens."""
    taken = {k for c in chosen for k in range(c.first, c.last)}
    out: set[str] = set()
    tokens = self.tokens
    for i in range(len(tokens) - 1):
        given, sur = tokens[i], tokens[i + 1]
        if i in taken or i + 1 in taken or self.text[given.end : sur.start] != " ":
            continue
        if not self._given_like(given) or not sur.capitalized or sur.upper or \
                len(sur.key) < 3 or not sur.key.isalpha() or self.words.is_word(sur.key) or \
                sur.key in self.index.source_words:
            continue
        out.add(sur.key)
    return out


def test_article_initials_are_every_letter_an_article_may_begin_with() -> None:
    # every word ``_article`` accepts begins, in small letters, with a, e, i or u
    want = {chr(cp) for cp in range(sys.maxunicode + 1) if chr(cp).lower()[:1] in "aeiu"}
    assert want == set(_ARTICLE_INITIALS)


@pytest.mark.slow
def test_tokenize_is_mains() -> None:
    extra = ["Ahmad ash-Sharaa and el-Sisi, Al Jazeera, ad-Din, İl-Mare, Ts'khinvali's",
             "القاهرة تبليسي", "თბილისი Tbilisi", "ǅemal ǈubljana ᾈ", "ª º ⓐ ͅ"]
    lines = [*_lines(), *extra]
    assert len(lines) > 20000
    articles = 0
    for text in lines:
        got, want = tokenize(text), _main_tokenize(text)
        assert [t.__dict__ for t in got] == [t.__dict__ for t in want], text
        articles += sum(t.key == "al" for t in want)
    assert articles > 0


@pytest.mark.slow
def test_an_ascii_word_has_no_arabic_consonant_key() -> None:
    # ``consonantal`` no longer asks it of an ASCII word: main's answer there was always None
    words = {t.text for text in _lines()[::3] for t in tokenize(text) if t.text.isascii()}
    words |= {chr(cp) + "ab" for cp in range(128)}
    assert len(words) > 10000
    assert all(arabic_consonant_key(w) is None for w in words)
    assert arabic_consonant_key("نتنياهو") == "ntnh"


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "pt", "de", "fi"])
def test_find_mentions_is_mains_on_every_line(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    glossary = load_glossary()
    pages = _pages() if lang in ("en", "pt") else [page[::4] for page in _pages()]

    def run() -> list[list[tuple[Any, ...]]]:
        out = []
        for page in pages:
            context = MentionContext()
            for text in page:
                out.append([(m.start, m.end, m.entry.id, m.match, m.score, m.variant, m.part,
                             m.fix) for m in find_mentions(text, glossary, source_lang=lang,
                                                           context=context)])
        return out

    ours = run()
    # main's reading: every token walked by every pass (the passes' own tests of a capital
    # stay), main's pairs, main's test of every word for Arabic letters
    init = match._Matcher.__init__

    def every_token(self: Any, *a: Any, **k: Any) -> None:
        init(self, *a, **k)
        self._caps = list(enumerate(self.tokens))

    monkeypatch.setattr(match._Matcher, "__init__", every_token)
    monkeypatch.setattr(match._Matcher, "_other_people", _main_other_people)
    monkeypatch.setattr(match, "tokenize", _main_tokenize)
    mains = run()
    assert ours == mains
    assert sum(map(len, mains)) > (1000 if lang in ("en", "pt") else 100)


def test_the_passes_walk_only_capitalized_tokens() -> None:
    glossary = load_glossary()
    index = match.build_index(glossary, "en")
    m = match._Matcher("the talks in Baku went on, said Ilham Aliyev.", index, None)
    assert [t.text for _, t in m._caps] == ["Baku", "Ilham", "Aliyev"]
    assert [i for i, _ in m._caps] == [3, 7, 8]


@pytest.mark.slow
def test_list_word_in_place_is_mains_cut() -> None:
    lines = _lines()[::2]
    main = re.compile(r"[^\W\d_]+")
    n = 0
    for text in lines:
        for at in range(0, len(text), 3):
            got = u._LIST_WORD.match(text, at)
            want = main.match(text[at:])
            assert (got and (got.start() - at, got.group())) == \
                (want and (want.start(), want.group())), (text, at)
            n += 1
    assert n > 100000


@pytest.mark.slow
def test_marks_and_mixed_runs_need_what_the_pre_tests_ask() -> None:
    # main scanned every text; where the pre-test says no, main's scan found nothing
    lines = _lines()
    marked = mixed = 0
    for text in lines:
        if "™" not in text and "®" not in text:
            assert u._MARKED.search(text) is None, text
        else:
            marked += 1
        if u._TWO_LETTERS_CAP.search(text) is None:
            assert u._MIXED_RUN.search(text) is None, text
        else:
            mixed += 1
    assert mixed > 100


@pytest.mark.slow
def test_title_spans_are_mains_with_every_text_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines()[::2]
    lines += [line.replace(" ", "™ ", 1) for line in lines[::10]]  # marks read where written
    ours = [u.title_spans(t, "en") for t in lines]
    monkeypatch.setattr(u, "_TWO_LETTERS_CAP", re.compile(""))  # matches every text: main's
    mains = [u.title_spans(t, "en") for t in lines]
    assert ours == mains
    assert sum(1 for spans in mains if any(r == "title-pair" for _, _, r in spans)) > 5
    assert sum(1 for spans in mains if any(r == "title-mark" for _, _, r in spans)) > 5


class _Spy:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.seen = pattern, 0

    def finditer(self, text: str) -> Any:
        self.seen += 1
        return self.pattern.finditer(text)

    def search(self, text: str, *a: Any) -> Any:
        return self.pattern.search(text, *a)


def test_a_text_without_a_mark_or_a_mixed_word_is_not_scanned_for_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    marked, mixed = _Spy(u._MARKED), _Spy(u._MIXED_RUN)
    monkeypatch.setattr(u, "_MARKED", marked)
    monkeypatch.setattr(u, "_MIXED_RUN", mixed)
    u.title_spans("The council met on Monday in Lisbon and voted.", "en")
    assert (marked.seen, mixed.seen) == (0, 0)
    text = "Our tests run on GitHub Actions every night with the Tony Awards® app."
    spans = u.title_spans(text, "en")
    assert (marked.seen, mixed.seen) == (1, 1)
    assert "GitHub Actions" in [text[s:e] for s, e, _ in spans]
