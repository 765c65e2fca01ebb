"""Quality checks on translated segments: small functions, each returning findings.

:func:`missing_numbers` compares the numbers and dates of a target with its source by value,
with the localize stage's finders (the source locale's and the target locale's conventions).

Every checker takes ``(segment, context)`` and returns a list of :class:`Finding`; the list
``CHECKERS`` is the registry (Babel's ``messages.checkers`` idea). Checks never fail a run:
they flag things for the reviewer.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import unicodedata
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .facts import (
    FACT_CHECKERS,
    ColonPairs,
    _localizer,
    clock_spans,
    colon_pair_at,
    colon_pairs,
    decade_in,
    expected_ratio,
    glued_unit_matches,
    glued_units,
    in_joined_range,
    joined_range_ends,
    kept_year_ranges,
    month_year_gap,
    ordinal_values,
    round_in,
    short_year_end_in,
    spelled_value_in,
    spells_a_number,
    year_prefixed_in,
)
from .locales import LocaleProfile, get_locale, get_profile
from .localize.dates import pair_dates
from .localize.numbers import NumberMention, pair_numbers
from .localize.quantities import Measure, measure_at, measures_in
from .localize.quotes import DOUBLE_QUOTES
from .localize.stage import (
    Localizer,
    check_numeric_dates,
    copied_version,
    day_range_ends,
    named_dates_in_digits,
    names_a_version,
    same_day_list,
    same_day_range,
    source_dates,
    source_numbers,
    target_dates,
    target_numbers,
)
from .localize.text import URL, has_digit, may_have_url, without_urls
from .model import Finding, Segment, Severity, TranslatedSegment
from .regexcache import compile as re_compile
from .untranslatable import address_spans, version_spans

if TYPE_CHECKING:
    from babel import Locale


@dataclass(frozen=True)
class CheckContext:
    source_lang: str
    target_lang: str  # model language code
    locale: str  # BCP 47 tag


Checker = Callable[[TranslatedSegment, CheckContext], list[Finding]]

_WORD = re_compile(r"\w+", re.UNICODE)


# letters (and marks) are \w minus digits and underscore: the rest, in runs
_NOT_LETTERS = re_compile(r"[\W\d_]+")


def _letters(text: str) -> int:
    """How many letters ``text`` has.

    >>> _letters("Ərazi 2020, ok!")
    7
    """
    return len(_NOT_LETTERS.sub("", text))  # what is left once the rest is gone


def is_blank(text: str) -> bool:
    """Nothing a reader sees: white space and invisible format characters (zero-width space
    and joiners, the byte-order mark, bidi marks, the soft hyphen) only. A reviewer's target
    of U+00A0 U+200B passed ``strip()`` and was applied as the sentence: the list item
    published blank (fuzz44). Stops at the first visible character.

    >>> is_blank("\u00a0\u200b\ufeff "), is_blank("\u200bok")
    (True, False)
    """
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def check_empty(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A non-empty source with an empty (blank) target lost its text."""
    if is_blank(seg.target) and _letters(seg.source):  # the cheap test first
        return [Finding("empty", "error", "translation is empty", segment=seg.id)]
    return []


_TOKEN = re_compile(r"[^\W\d_]{2,}(?:['’-][^\W\d_]+)*")


# a name followed by its initials: "Might I Get Pwned (MIGP)", "World Health Organization (WHO)"
_INITIALED = re_compile(r"((?:[A-Z][\w'’-]*\s+){1,8}[A-Z][\w'’-]*)\s*\(([A-Z]{2,9})\)")


def _initials(words: str) -> str:
    return "".join(w[0] for w in words.split())


# what no engine translates and no language owns: an @handle, a #hashtag, a snake_case
# identifier ("Twitter: @sam_ponder", "update_graphic_red_bar")
_UNWORDED = re_compile(r"(?<![\w@#&])[@#][^\W\d_]\w*|\w+(?:_\w+)+")


def _unworded(text: str) -> str:
    """``_UNWORDED.sub(" ", text)``; each of its matches holds "@", "#" or "_", so a text with
    none of them is its own answer (the scan skipped)."""
    if "@" in text or "#" in text or "_" in text:
        return _UNWORDED.sub(" ", text)
    return text


# a run of letters and digits joined by hyphens or underscores, no space: a file name or slug
_SLUG = re_compile(r"(?<!\S)(?=\S*\d)(?=\S*[^\W\d_])[\w.]+(?:[-_][\w.]+)+(?!\S)")


def names_only(text: str, lang: str | None, guessed: str | None = None) -> bool:
    """Does ``text`` hold only names ("Lupita Nyong'o", "Devindra Hardawar/AOL"), handles and
    slugs ("0225-lupita-nyongo-getty-01"): words that are capitalised and no common word of
    ``lang`` (its spelling dictionary) nor of the language ``guessed`` for the line (German
    writes its nouns with a capital: "Bundesregierung"), else none at all? Such a line reads
    the same in every language: left as written, it is no untranslated text. False when
    either language has no dictionary to tell names from words."""
    from .glossary.words import language_words

    words = _TOKEN.findall(_SLUG.sub(" ", _unworded(without_urls(text))))
    if not words:
        return bool(text.strip())
    known = language_words(lang)
    other = language_words(guessed) if guessed and guessed != lang else known
    if known is None or not known.common or other is None or not other.common:
        return False  # no dictionary to tell a name from a word ("Bundesregierung")
    # each list asked in turn: their union was a new set of 64,000 words a call (speed55)
    return all(w[0].isupper() and (key := w.casefold()) not in known.common
               and key not in other.common for w in words)


def _countable(text: str, lang: str | None = None) -> list[str]:
    """The words that show a sentence's language: lower-case words and the first word, or the
    words of a line written in Title Case or capitals (a headline) that are not acronyms and,
    when ``lang`` has a spelling dictionary (else the embedded engine's whole words of it), are
    words of it ("Ryan Merkley, CEO" is a name and
    a title, the same in every language; "Breaking News From Around The World" is English)."""
    words = [m.group() for m in _TOKEN.finditer(_unworded(without_urls(text)))]
    if not words:
        return []
    lower = [w for i, w in enumerate(words) if i == 0 or not w[0].isupper()]
    if len(lower) <= 1 and len(words) >= 3:
        from .glossary.words import language_words

        named = {w for m in _INITIALED.finditer(text) if _initials(m.group(1)) == m.group(2)
                 for w in _TOKEN.findall(m.group(1))}  # "Might I Get Pwned (MIGP)": a name
        headline = [w for w in words if not (w.isupper() and len(w) <= 5) and w not in named]
        known = language_words(lang)
        if known is not None and known.common:
            headline = [w for w in headline if w.casefold() in known.common]
        elif lang and _lexicon(lang):
            # no spelling dictionary: the words the engine reads whole stand in for one
            # ("Lívia Barros Calado", a signature, is a name; "Só Quem Se Ama" is Portuguese)
            headline = [w for w in headline if w.casefold() in _lexicon(lang)]
        return [w.casefold() for w in headline]
    return [w.casefold() for w in lower]


@functools.cache
def _lexicon(lang: str) -> frozenset[str]:
    """The embedded engine's whole words of ``lang`` (bundled models: fixed for a process)."""
    from .untranslatable import engine_lexicon

    return engine_lexicon(lang)


# a reference's journal: a name in Title Case ("Food Chemistry", "Journal of Food Science and
# Technology") right before its volume(issue) and pages ("126(4), 1850-1855"); and a DOI
_CITED_JOURNAL = re_compile(
    r"(?:^|(?<=[.;]\s))([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|in|on|&))*)"
    r"\s*,\s*\d{1,4}\s?\(\d{1,4}\)\s*[,:]\s*[A-Za-z]?\d+\s?(?:[-\u2010-\u2015]|a|to)\s?\d+"
)
_DOI = re_compile(r"(?:\bdoi:\s?|\bdoi\.org/)?\b10\.\d{4,9}/\S+", re.IGNORECASE)


def _without_citation(text: str) -> str:
    """``text`` without a cited journal's name and the DOIs, when it cites a journal's
    volume(issue) and pages: the name is a work's, the same in every language (the engine
    that translates it invents a journal: "Química de Alimentos"), not an untranslated
    sentence. A line with no such citation is returned as it is."""
    if "(" not in text:
        return text
    m = _CITED_JOURNAL.search(text)
    if m is None:
        return text
    return _DOI.sub(" ", text[: m.start(1)] + " " + text[m.end(1) :])


def check_untranslated(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A sentence left in the source language.

    Compared word by word: when every countable word of the target (lower-case words, or every
    word of a headline) is a word of the source, the engine passed the text through: blocking,
    since the edition would publish it. When 80% or more are, a warning. Capitalized words
    inside a sentence are names, which stay the same in every language, so they do not count.
    """
    if seg.origin in ("copy", "tm") or ctx.source_lang == ctx.target_lang:
        return []
    return _untranslated(seg, ctx.source_lang)


def passed_through(source: str, target: str, source_lang: str | None) -> bool:
    """Is ``target`` the source's own words, as :func:`check_untranslated` blocks an engine's
    text (three countable words or more, every word of the target the source's)? A line of
    names ("Lupita Nyong'o"), of one or two words or of other words is not."""
    seg = TranslatedSegment(segment=Segment(id="", block=0, index=0, source=source, start=0,
                                            end=len(source), lang=source_lang or ""),
                            target=target)
    return any(f.severity == "error" for f in _untranslated(seg, source_lang))


def check_reviewed_untranslated(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A text given by a person (a reviewer's target, origin ``tm``) that is the source's own
    words: blocking, as the engine's would be (fuzz40: "copy source to target" in a CAT tool,
    or the English pasted back, was applied and stored in the memory as the sentence's
    Portuguese). Only the blocking reading: a reviewer keeps names and terms as written."""
    if ctx.source_lang == ctx.target_lang:
        return []
    copied = [f for f in _untranslated(seg, ctx.source_lang) if f.severity == "error"]
    return (copied or _in_source_language(seg, ctx) or _in_other_language(seg, ctx)
            or _short_in_source_language(seg, ctx))


def short_in_source_language(
    source: str, target: str, source_lang: str | None, target_lang: str,
) -> str | None:
    """Why a person's short ``target`` (one to three countable words, which
    :func:`in_source_language` does not judge) looks like the source's language, or None: none
    of its words is one only ``target_lang``'s dictionary has, and either every word is one of
    the source language's dictionary and the language detector reads the line as the source's
    ("City budget"), or every word is the source sentence's own and one of them, of three
    letters or more, is written there in lower case ("Vote in Lisbon" for "Budget vote in
    Lisbon"; a name kept as written, "Rock in Rio", has none). A warning, as Weblate's "same
    as source" check is one: both dictionaries hold "budget", "vote", "city" (fuzz46)."""
    if not source_lang or source_lang == target_lang or not target.strip():
        return None
    words = _countable(_without_codes(_without_citation(target)), source_lang)
    if not 0 < len(words) < _OTHER_SENTENCE_WORDS:
        return None
    own, other = _source_dictionary(target_lang), _source_dictionary(source_lang)
    if any(w in own and w not in other for w in words):
        return None
    source_words = {m.group().casefold() for m in _TOKEN.finditer(_unworded(source))}
    lower = {m.group() for m in _TOKEN.finditer(_unworded(source)) if m.group().islower()}
    if all(w in source_words for w in words) and any(len(w) >= 3 and w in lower for w in words):
        return "its words are the source's own"
    if other and all(w in other for w in words):
        from .detect import detect_language

        if detect_language(without_urls(target)).lang == source_lang:
            return f"its words are {source_lang} words and it reads as {source_lang}"
    return None


def _short_in_source_language(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    why = short_in_source_language(seg.segment.source, seg.target, ctx.source_lang,
                                   ctx.target_lang)
    if why is None:
        return []
    return [Finding("untranslated", "warning",
                    f"a short text that may be in {ctx.source_lang}, the source's language, not"
                    f" {ctx.target_lang} ({why}): check it is a translation", segment=seg.id,
                    data={"language": ctx.source_lang, "short": True})]  # fmt: skip


# a reviewed text read as the source's language with fewer countable words than this is not
# judged: a name, a number, a term kept as written ("Apple Watch", "CEO da OpenAI") (fuzz41)
_OTHER_SENTENCE_WORDS = 4


_CODE_TOKEN = re_compile(r"\S*\d\S*")


def _without_codes(text: str) -> str:
    """``text`` without its tokens that hold a digit: a code or a number ("AA0aA", "v2",
    "3rd") is no word of a language, and its letters between digits must not be counted as
    words (a hypothesis case, ":AA0aA:¹A0aA", had four "words" and was refused as English)."""
    return _CODE_TOKEN.sub(" ", text)


def in_source_language(target: str, source_lang: str | None, target_lang: str) -> str | None:
    """The source's language when a person's ``target`` for a ``target_lang`` edition is a
    sentence in it (another sentence than the source, which :func:`passed_through` reads), as
    the language detector (``translate detect``'s, confidence at its threshold) reads it, with
    four countable words or more and none a word of ``target_lang``'s dictionary that the
    source language's has not ("Enquanto isso, as vendas", "dead gato bounce"); else None. A
    short line, a name or a term is never judged (fuzz41: a reviewer's or a memory's "pt-BR"
    that was another English sentence was stored)."""
    if not source_lang or source_lang == target_lang or not target.strip():
        return None
    words = _countable(_without_codes(_without_citation(target)), source_lang)
    if len(words) < _OTHER_SENTENCE_WORDS:
        return None
    own, other = _source_dictionary(target_lang), _source_dictionary(source_lang)
    if any(w in own and w not in other for w in map(str.casefold, words)):
        return None  # a word only the edition's language has: a translation, perhaps half done
    from .detect import detect_language

    guess = detect_language(without_urls(target))
    return guess.lang if guess.lang == source_lang else None


def _in_source_language(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    lang = in_source_language(seg.target, ctx.source_lang, ctx.target_lang)
    if lang is None:
        return []
    return [Finding("untranslated", "error",
                    f"the text is in {lang}, the source's language, not {ctx.target_lang}: "
                    "not a translation", segment=seg.id,
                    data={"language": lang, "other-sentence": True})]  # fmt: skip


# a reviewed text is read as a third language only when fewer than this share of its countable
# words are words of the edition language's dictionary (a real translation has most)
_OWN_WORDS_SHARE = 0.5


def in_other_language(target: str, source_lang: str | None, target_lang: str) -> str | None:
    """The language of a person's ``target`` for a ``target_lang`` edition when it is neither
    that language nor the source's: the language detector reads it, at its confidence
    threshold, as a third language, it has four countable words or more, and fewer than half of
    them are words of ``target_lang``'s dictionary (all of them count when it has none); else
    None (fuzz42: a reviewer's Spanish, or another locale's file, applied as the pt-BR text and
    stored). A short line, a name or a term is never judged, as in :func:`in_source_language`."""
    if not target.strip() or source_lang == target_lang:
        return None
    words = _countable(_without_codes(_without_citation(target)), source_lang)
    if len(words) < _OTHER_SENTENCE_WORDS:
        return None
    own = _source_dictionary(target_lang)
    if own and sum(1 for w in words if w.casefold() in own) >= _OWN_WORDS_SHARE * len(words):
        return None
    from .detect import detect_language

    guess = detect_language(without_urls(target))
    if guess.lang in ("und", target_lang, source_lang):
        return None
    return guess.lang


def _in_other_language(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    lang = in_other_language(seg.target, ctx.source_lang, ctx.target_lang)
    if lang is None:
        return []
    return [Finding("untranslated", "error",
                    f"the text is in {lang}, neither the source's language nor "
                    f"{ctx.target_lang}: not a translation into {ctx.target_lang}",
                    segment=seg.id, data={"language": lang, "other-language": True})]  # fmt: skip


def _names_line(text: str) -> bool:
    """Whether ``text`` is a line of capitalised words (names, a headline): at most its first
    word in lower case, as :func:`_countable` reads a headline.

    >>> _names_line("Des Moines, Ankeny, Polk City e Mitchellville.")
    True
    >>> _names_line("EF0...Weak......65 a 85 mph EF1...Strong....86 a 110 mph")
    False
    """
    words = _TOKEN.findall(_unworded(without_urls(text)))
    return len(words) >= 3 and sum(1 for w in words[1:] if not w[0].isupper()) == 0


_LETTER_WORD = re_compile(r"(?<![\w'’.-])[^\W\d_](?![\w'’.-])")


def _new_letter_words(source: str, target: str) -> bool:
    """Whether ``target`` has a word of one letter, in lower case, that ``source`` has nowhere
    ("e" for "and", "o" for "the"): a word the engine wrote, not one it copied.

    >>> _new_letter_words("Saylorville and Mitchellville", "Saylorville e Mitchellville")
    True
    >>> _new_letter_words("driving a truck", "driving a truck")
    False
    >>> _new_letter_words("A.B. Smith", "A.B. Smith")
    False
    """
    theirs = {m.group() for m in _LETTER_WORD.finditer(source)}
    return any(m.group().islower() and m.group() not in theirs
               for m in _LETTER_WORD.finditer(target))


_CREDIT = re_compile(r"\(([^()]{1,80})\)")
_CREDITS_LINE = re_compile(r"\s*(?:\([^()]{1,80}\)\s*){2,}")


def _credits_line(text: str) -> bool:
    """Whether ``text`` is only two or more names in parentheses, each of at most six words,
    every one capitalised: a line of credits ("(Reuters) (The New York Times)", the sources a
    news digest cites, probe52), names the same in every language, not a sentence left.

    >>> _credits_line("(Reuters) (The New York Times)"), _credits_line("(BBC Sport) (Fox Sports)")
    (True, True)
    >>> _credits_line("(The Guardian)"), _credits_line("(Talks resume) (The Guardian)")
    (False, False)
    """
    if _CREDITS_LINE.fullmatch(text) is None:
        return False
    for m in _CREDIT.finditer(text):
        words = _TOKEN.findall(m.group(1))
        if not words or len(words) > 6 or not all(w[0].isupper() or w[0].isdigit()
                                                  for w in words):
            return False
    return True


def _untranslated(seg: TranslatedSegment, source_lang: str | None) -> list[Finding]:
    target = _countable(_without_citation(seg.target), source_lang)
    if "(" in seg.target and _credits_line(without_urls(seg.target)):
        return []
    if len(target) < 3:
        return []
    source = set(map(str.casefold, _TOKEN.findall(seg.source)))  # _TOKEN has no group
    shared = sum(1 for w in target if w in source)
    if shared / len(target) < 0.8:
        return []
    # a target word the source does not have: the engine translated some of it ("Open Notebook
    # Science Desafio"), a name it half kept is not a sentence it passed through; in a line of
    # names, so does a one-letter word ("Saylorville e Mitchellville" for "... and ...": its
    # "and" was translated; probe40); lower-case English words left ("65 a 85 mph ... Weak")
    # are still a text passed through
    everything = shared == len(target) and all(
        m.group().casefold() in source for m in _TOKEN.finditer(without_urls(seg.target))
    ) and not (_names_line(seg.target) and _new_letter_words(seg.source, seg.target))
    return [
        Finding(
            "untranslated",
            "error" if everything else "warning",
            f"{shared} of {len(target)} words are the source's: the sentence was "
            + ("not translated" if everything else "perhaps not translated"),
            segment=seg.id,
            data={"shared": shared, "words": len(target)},
        )
    ]


def _source_dictionary(lang: str) -> Set[str]:
    """The common words of ``lang``: its spelling dictionary's, else the words the embedded
    engine reads whole (empty when it has neither)."""
    from .glossary.words import language_words

    known = language_words(lang)
    if known is not None and known.common:
        return known.common
    return _lexicon(lang)


def _name_in_source(source: str, word: str, first: int) -> bool:
    """Is ``word`` (folded) a name where ``source`` writes it: capitalised past the line's first
    word ("favela Nova Brasília", "Rio de Janeiro"), or its first word with a capitalised word
    right after it ("São Paulo decidiu", "Costa Neto disse")? ``first``: the first word's start."""
    tokens = list(_TOKEN.finditer(source))
    for i, tok in enumerate(tokens):
        if tok.group().casefold() != word or not tok.group()[0].isupper():
            continue
        if tok.start() != first:
            return True
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.group()[0].isupper() and source[tok.end():nxt.start()] == " ":
            return True
    return False


def check_source_words(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A common word of the source read as a name and copied into the edition: the source's
    first word, capitalised only because it opens the sentence or headline, written as the
    source has it ("Fiscais são recebidos a tiros" written "Fiscais are shot"), where it is a
    common word of the source language (its spelling dictionary, else the engine's whole
    words) and no word of the target language's spelling dictionary, and the source gives no
    sign of a name there (a capital past its first word, a capitalised word right after it, a
    glossary name's span). Read only where the target language has a spelling dictionary to
    tell its own words by (an English edition); a sentence the untranslated check reads as
    passed through is left to it. A lower-case word copied is not read: what the engine copies
    so is a cognate or a loanword ("per capita", "interlocutor", "favela") more often than a
    word left untranslated, and the dictionary lacks many (probe27's sweep). A warning."""
    from .glossary.normalize import fold
    from .glossary.words import language_words

    source_lang = seg.segment.lang or ctx.source_lang
    if seg.origin in ("copy", "tm") or source_lang == ctx.target_lang:
        return []
    known = language_words(ctx.target_lang)
    if known is None or not known.common:
        return []
    source_words = _source_dictionary(source_lang)
    if not source_words:
        return []
    names = [(int(t["source_span"][0]), int(t["source_span"][1])) for t in seg.terms
             if isinstance(t.get("source_span"), (list, tuple))]
    in_source: dict[str, list[tuple[int, int]]] = {}
    for m in _TOKEN.finditer(seg.source):
        in_source.setdefault(m.group().casefold(), []).append((m.start(), m.end()))
    if not in_source:
        return []
    first = min(s for spans in in_source.values() for s, _ in spans)
    copied: list[str] = []
    for m in _TOKEN.finditer(without_urls(seg.target)):
        word = m.group()
        key = word.casefold()
        spans = in_source.get(key)
        if (
            spans is None or not word[0].isupper() or len(key) < 3 or key in copied
            or not any(s == first and seg.source[s].isupper() for s, _ in spans)
            or key not in source_words
            or fold(key) in known.common or fold(key) in known.proper
            or any(s < ne and ns < e for s, e in spans for ns, ne in names)
            or _name_in_source(seg.source, key, first)
        ):
            continue
        copied.append(key)
    if not copied or check_untranslated(seg, ctx):
        return []
    hits = [m for m in _TOKEN.finditer(seg.target) if m.group().casefold() in copied]
    words = [m.group() for m in hits]
    shown = ", ".join(f"“{w}”" for w in dict.fromkeys(words))
    return [
        Finding(
            "untranslated",
            "warning",
            f"{shown}: a word of the source language written as the source has it, no word of "
            "the edition's language and no name there",
            segment=seg.id,
            target_span=(hits[0].start(), hits[0].end()),
            data={"copied": list(dict.fromkeys(words))},
        )
    ]


# Abjads write few vowels, so their texts are shorter in letters than their alphabetic sources.
_ABJAD = re_compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def check_length(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A target far shorter than its source lost text (blocking); far longer, repeated it.

    Below 60% of the source's letters a clause or a sentence is gone (engines drop the second
    of two sentences, or a quotation); between 60% and 70% it is worth a look. A pair whose
    translations are usually longer than their source (``[length]`` of the target's facts
    data: Portuguese from English, 1.13) is held to 65% and 70% of that usual length from 60
    letters of source up (shorter sentences vary more: on the facts sets' 2,111 English
    sentences, a 1% quantile of 0.72 below 60 letters, 0.84 from 60 up, and a 0.5% quantile of
    0.78, 71% of the usual length; ``benchmarks/bench_length_omission.py``).
    """
    if seg.origin in ("copy", "tm"):
        return []
    src, tgt = _letters(seg.source), _letters(seg.target)
    if src < 25 or not tgt:
        return []
    # Scripts differ in density (CJK ~0.3 of Latin): only compare within alphabetic ranges.
    if ctx.target_lang in {"zh", "ja", "ko"} or ctx.source_lang in {"zh", "ja", "ko"}:
        return []
    if _ABJAD.search(seg.target) or _ABJAD.search(seg.source):
        return []
    ratio = tgt / src
    data = {"ratio": round(ratio, 3)}
    usual, lost = 1.0, 0.6
    if src >= 60:  # below ten words or so, the ratio varies too much to read it finely
        usual = max(1.0, expected_ratio(seg.segment.lang or ctx.source_lang, ctx.target_lang) or 1)
        lost = 0.65 * usual if usual > 1 else lost
    if ratio < lost:
        return [
            Finding(
                "length", "error", f"target is {ratio:.0%} of the source length: text was lost",
                segment=seg.id, data=data,
            )
        ]  # fmt: skip
    if ratio < 0.7 * usual:
        return [
            Finding(
                "length", "warning", f"target is {ratio:.0%} of the source length: text may "
                "be lost", segment=seg.id, data=data,
            )
        ]  # fmt: skip
    if ratio > 2.5:
        return [
            Finding(
                "length", "warning", f"target is {ratio:.0%} of the source length: text may be "
                "repeated", segment=seg.id, data=data,
            )
        ]  # fmt: skip
    return []


def _masked_tokens(text: str) -> list[str]:
    """The tokens of ``text`` the untranslatable stage masks as addresses and opaque codes
    (:func:`translate.untranslatable.address_spans`, the one place their shapes are written):
    handles and hashtags, channels joined by hyphens ("#rust-beginners"), issue and ticket
    numbers ("#1317", "(PR #78)"), e-mail and web addresses, hashes. A run of tags masked as
    one ("#WIC #ResetKey #2010") is checked tag by tag. A rank ("ranked #1") is none.

    >>> _masked_tokens("Fixed in #1317 (PR #78) by @compiler-errors on #rust-beginners; ranked #1")
    ['#1317', '#78', '@compiler-errors', '#rust-beginners']
    """
    return [token for s, e, _ in address_spans(text) for token in text[s:e].split()]


def _address(token: str) -> str:
    """The address in a run of non-space characters the URL pattern took: without the
    punctuation written around it ("(www.bbc.com", "example.com”"), and cut before a mark no
    address holds as written: a dash, a quotation mark or a bracket outside ASCII (a tweet
    embed glues its em dash to the link: "pic.twitter.com/U7PMa4oNGN— Dave Schukin").
    Letters of any script stay (an IRI's path may have them)."""
    start = 0
    while start < len(token) and (token[start] in "([{<\"'" or _wrapping(token[start])):
        start += 1
    token = token[start:]
    for k, ch in enumerate(token):
        if _wrapping(ch):
            return token[:k]
    return token


def _wrapping(ch: str) -> bool:
    """A punctuation mark outside ASCII (dashes, curly quotes, guillemets, brackets)."""
    return not ch.isascii() and unicodedata.category(ch).startswith("P")


def check_verbatim(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """URLs, e-mail addresses, @handles, #hashtags, issue numbers and the other tokens the
    untranslatable stage masks (:func:`_masked_tokens`) must reach the target letter for
    letter."""
    if seg.origin in ("copy", "tm"):
        return []
    tokens = [_address(m.group()) for m in URL.finditer(seg.source)] if may_have_url(
        seg.source) else []
    tokens += [_address(token) for token in _masked_tokens(seg.source)]
    out = []
    for token in dict.fromkeys(t.rstrip(".,;:!?)»”’") for t in tokens):
        if token and token not in seg.target:
            other = _version_in_place(token, seg.source, seg.target)
            out.append(
                Finding(
                    "verbatim", "error", f"{token!r} changed: the target has {other!r}" if other
                    else f"{token!r} is not in the target as written",
                    segment=seg.id, data={"token": token},
                )
            )  # fmt: skip
    return out


def _version_in_place(token: str, source: str, target: str) -> str | None:
    """The version string of ``target`` that stands for the version ``token`` of the source: one
    of as many parts (with or without a "v"), that the source does not write
    ("v7.8.0" written "v7.9.0"). None for a token that is no version, or when the target has no
    such string (the version was lost). This check owns a version: the facts gate leaves it.

    >>> _version_in_place("v7.8.0", "v1.8.0 and v7.8.0.", "v1.8.0 e v7.9.0.")
    'v7.9.0'
    >>> _version_in_place("v7.8.0", "v1.8.0 and v7.8.0.", "v1.8.0 e a versão.") is None
    True
    """
    if not version_spans(token):
        return None
    written = {source[s:e] for s, e in version_spans(source)}
    return next((target[s:e] for s, e in version_spans(target) if target[s:e] not in written
                 and target[s:e].count(".") == token.count(".")), None)


_OPENERS = "“„«\"‟〝"


def _quotations(text: str, marks: str) -> int:
    """How many quotations ``text`` holds: pairs of double quotation marks."""
    return sum(text.count(mark) for mark in set(marks)) // 2


def check_quotes(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A quotation of the source whose marks the target lost: a warning, since words that
    were quoted now read as the writer's own. Whether the quoted words themselves went is the
    length check's call (on real news, targets that lost only the marks were 70-90% of their
    source's length, the same as targets that lost a short quotation).

    Counted in pairs, so a sentence that opens a quotation which another sentence closes is
    not flagged, and neither is a target that writes the same quotation with other marks.
    """
    if seg.origin in ("copy", "tm") or not seg.target.strip():
        return []
    src = _quotations(seg.source, DOUBLE_QUOTES)
    if not src:
        return []
    tgt = _quotations(seg.target, DOUBLE_QUOTES + "»«")
    if tgt >= src:
        return []
    return [
        Finding(
            "quotes", "warning", f"the source quotes {src} time(s), the target {tgt}: "
            "a quotation lost its marks", segment=seg.id, data={"source": src, "target": tgt},
        )
    ]  # fmt: skip


def check_repetition(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """Neural engines sometimes loop: the same 3-word run four times or more, and more often
    than in the source (a list of links repeats "https example org" as its source does)."""
    words = [w.lower() for w in _WORD.findall(seg.target)]
    seen: dict[tuple[str, ...], int] = {}
    source: dict[tuple[str, ...], int] | None = None
    for i in range(len(words) - 2):
        gram = tuple(words[i : i + 3])
        seen[gram] = seen.get(gram, 0) + 1
        if seen[gram] < 4:
            continue
        if source is None:
            src = [w.lower() for w in _WORD.findall(seg.source)]
            source = {}
            for j in range(len(src) - 2):
                key = tuple(src[j : j + 3])
                source[key] = source.get(key, 0) + 1
        if seen[gram] > max(source.get(gram, 0), 1):
            return [
                Finding(
                    "repetition", "warning", f"repeated phrase {' '.join(gram)!r}", segment=seg.id
                )
            ]
    return []


def check_numbers(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """Every number and date of the source must be in the target, compared by value.

    Both the source locale's and the target locale's ways of writing numbers are understood
    ("3.5 million" == "3,5 milhões"); a small number missing may be written out in words, so it
    is only an ``info``.
    """
    if seg.origin == "copy" or not seg.target.strip():
        return []
    names = [(t["source_span"][0], t["source_span"][1]) for t in seg.terms
             if isinstance(t.get("source_span"), (list, tuple))]
    if has_digit(seg.source):  # they only keep source numbers out, and those need a digit
        names += clock_spans(seg.source, seg.segment.lang or ctx.source_lang)  # check_times's
    return missing_numbers(
        seg.source, seg.target, seg.segment.lang or ctx.source_lang, ctx.locale, segment=seg.id,
        names=names,
    )


def _number_localizer(
    source_lang: str, locale: str, target_locale: Locale, profile: LocaleProfile
) -> Localizer:
    """The localizer ``missing_numbers`` reads a pair with, for a profile given."""
    return Localizer(source_lang, target_locale, locale, locale.split("-")[0], profile.quotes,
                     {}, profile)  # fmt: skip


def missing_numbers(
    source: str,
    target: str,
    source_lang: str,
    locale: str,
    segment: str | None = None,
    profile: LocaleProfile | None = None,
    names: Sequence[tuple[int, int]] = (),
) -> list[Finding]:
    """Numbers and dates of ``source`` that ``target`` lacks or changed, compared by value.

    ``names`` are source spans of glossary names: a number inside one ("Group of 20",
    "M23") is part of the name, which the edition may write another way ("G20").
    """
    if get_locale(source_lang) is None:
        return []
    target_locale = get_locale(locale)
    if target_locale is None:
        return []
    # the pair's localizer, built once (facts' ``_localizer``: the same fields as
    # ``_number_localizer`` builds with no profile given) rather than once a sentence
    loc: Localizer = (_localizer(source_lang, locale) if profile is None
                      else _number_localizer(source_lang, locale, target_locale, profile))
    out: list[Finding] = []
    s_dates = source_dates(source, loc)
    t_dates = target_dates(target, loc)
    d_matched, d_changed, d_missing = pair_dates(s_dates, t_dates)
    s_listed: list[tuple[int, int]] = []
    t_listed: list[tuple[int, int]] = []
    for s, t in d_changed:
        if same_day_range(source, s, target, t, source_lang, loc.target_lang):
            continue  # "Aug. 9-16" -> "9-16 de agosto": the range's first and last day
        listed = same_day_list(source, s, target, t, source_lang, loc.target_lang)
        if listed is not None:  # "March 25, 26, and 27" -> "25, 26 e 27 de março" (probe45)
            s_listed += listed[0]
            t_listed += listed[1]
            continue
        out.append(
            Finding(
                "dates",
                "error",
                f"date {s.text!r} changed: the target has {t.text!r}",
                segment=segment,
                source_span=(s.start, s.end),
                target_span=(t.start, t.end),
            )
        )
    in_digits = named_dates_in_digits(source, target, loc, d_missing) if d_missing else []
    said = {id(s) for s, _ in in_digits}  # "Mar 21 2018" written "21/03/2018": the same day
    for s in d_missing:
        if id(s) in said:
            continue
        if s.month is None and s.day is None:
            if _weekday_in(target, s.weekday, loc):
                continue
        elif s.year is None and (
            _month_in(target, s.month, loc) if s.day is None
            else _month_day_in(target, s.month, s.day, loc)
        ):
            continue  # the month named, and the day right after it ("outubro de 18 a 21")
        out.append(
            Finding(
                "dates",
                "error",
                f"date {s.text!r} not found in the target",
                segment=segment,
                source_span=(s.start, s.end),
            )
        )
    s_digits, t_digits, found = check_numeric_dates(source, target, loc, segment, t_dates)
    out.extend(found)  # dates written in digits ("05/08/2020"), read in each side's order
    t_digits = [*t_digits, *(span for _, span in in_digits)]
    s_ends = day_range_ends(source, s_dates, source_lang)  # "10" of "July 9 and 10": a date's
    t_ends = day_range_ends(target, t_dates, loc.target_lang)
    s_ends += s_listed
    t_ends += t_listed
    s_nums = source_numbers(
        source, loc, [*((d.start, d.end) for d in s_dates), *names, *s_digits, *s_ends]
    )
    t_nums = target_numbers(
        target, loc, [*((d.start, d.end) for d in t_dates), *t_digits, *t_ends]
    )
    n_matched, n_changed, n_missing = pair_numbers(s_nums, t_nums)
    out.extend(_measure_findings(n_matched, source, target, loc, segment))
    for ns, nt in n_matched:
        if nt.text != ns.text and names_a_version(source, ns, source_lang) \
                and copied_version(source, ns, source_lang):
            out.append(  # "Python 3,11", "Rust ... 1,0": a version is copied, never localized
                Finding(
                    "numbers",
                    "error",
                    f"the version {ns.text!r} is written {nt.text!r}: a version is copied as "
                    "written",
                    segment=segment,
                    source_span=(ns.start, ns.end),
                    target_span=(nt.start, nt.end),
                    data={"kind": "version", "value": ns.text},
                )
            )
    kept_ranges: tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]] | None = None
    for ns, nt in n_changed:
        if len(ns.text) == 2 and len(nt.text) == 4:  # "76" for "1976": a range's end in full?
            if kept_ranges is None:  # each text read once (facts57)
                kept_ranges = kept_year_ranges(source, target, source_lang, loc.target_lang)
            years = kept_ranges[0].get(ns.start)
            if years is not None and kept_ranges[1].get(nt.start) == years:
                continue  # "1974–76" written "1974–1976": the same range, its end in full
        out.append(
            Finding(
                "numbers",
                "error",
                f"number {ns.text!r} changed: the target has {nt.text!r}",
                segment=segment,
                source_span=(ns.start, ns.end),
                target_span=(nt.start, nt.end),
                data={"value": str(ns.value)},
            )
        )
    paired = {id(t) for _, t in n_matched + n_changed}
    extra = [t for t in t_nums if id(t) not in paired]
    used = {id(t) for _, t in [*d_matched, *d_changed]}
    # a target date no source date claims: the reader took "12 out" ("12 out of 13") or
    # "Oct. 13" copied into Portuguese for a date on one side only; its day or year is a number
    free = {v for t in t_dates if id(t) not in used for v in (t.day, t.year) if v is not None}
    if n_missing and len(used) < len(t_dates):
        # a number an unclaimed target date cut short: "carried out 5,421" read "out 5" (the
        # Portuguese "out" of October) and 421; the whole number is free as well
        unclaimed = SpanHits([(t.start, t.end) for t in t_dates if id(t) not in used])
        claimed = [(t.start, t.end) for t in t_dates if id(t) in used]
        free.update(int(v) for n in target_numbers(target, loc, [*claimed, *t_digits, *t_ends])
                    if unclaimed.overlaps(n.start, n.end)  # by bisection (facts57)
                    for v in n.values if v == v.to_integral_value())  # fmt: skip
    # the year of a target date that its source date does not state, where the source writes
    # that number right beside the date, only a space between: "the 2021 July unrest" (the
    # source's date is "July") written "a agitação de julho de 2021"; after the month, also a
    # word of the source language's ``[years] month_linkers``: "in April of 1943" written
    # "em abril de 1943"
    beside = BesideYears(source, source_lang, [(s, t.year) for s, t in d_matched
                                               if s.year is None and t.year is not None])
    # a day of the month the target writes as an ordinal ("dia 21" as "the 21st")
    days = [v for v in ordinal_values(target, loc.target_lang) if 1 <= v <= 31]
    glued: dict[Decimal, list[tuple[str, str, frozenset[str]]]] | None = None
    joined: frozenset[str] | None = None
    colons: ColonPairs = ([], [], frozenset())
    instead: str | None = None
    given: GivenTwiceIndex | None = None
    for ns in n_missing:
        day = next((int(v) for v in ns.values if v == v.to_integral_value() and
                    int(v) in days), None)
        if day is not None:
            days.remove(day)
            continue
        if any(v in free for v in ns.values if v == v.to_integral_value()):
            free.difference_update(ns.values)
            continue
        if beside.take(ns):  # looked up near the number, not in every pair (facts57)
            continue
        if decade_in(source, ns.start, ns.text, target, source_lang):
            continue  # "década de 1990" written "the 1990s": the same decade
        if year_prefixed_in(ns.text, target, loc.target_lang):
            continue  # "meados de 2021" written "mid-2021": a year the reader leaves unread
        if joined is None:  # each text read once, not once a number missing (facts52)
            joined = joined_range_ends(target)
            colons = colon_pairs(source, target)
        if in_joined_range(target, ns.text, joined):
            continue  # "2020- 2030" written "2020-2030": a range the reader leaves unread
        if colon_pair_at(colons, ns.start, ns.end):  # colon_pair_in, the texts read once
            continue  # "2025: 1." written "2025:1.": a pair joined by a colon, respaced
        if glued is None:  # read once, for the first number missing
            glued = _glued_by_value(target, loc)
        if glued and _glued_unit_kept(source, ns, glued):
            continue  # "512 GB" written "512GB", "45 pés" written "45ft": the unit glued
        if short_year_end_in(source, ns.start, ns.text, target):
            continue  # "1974–76" written "1974-1976": the range's end year in full
        if kept_ranges is None:
            kept_ranges = kept_year_ranges(source, target, source_lang, loc.target_lang)
        if ns.start in kept_ranges[0]:
            continue  # "1974–76" written "1974/76": the same range, which the reader leaves
            # unread in the target (a slash is a date or a fraction to it; facts57)
        if any(round_in(v, target, loc.target_lang) for v in ns.values):
            continue  # "per 1,000" written "por mil": a round number as its word
        if any(spelled_value_in(v, target, loc.target_lang) for v in ns.values):
            continue  # "1,200" written "mil e duzentos": the same number in words
        if given is None:  # the pairs kept, indexed once by position (facts55)
            given = GivenTwiceIndex(source, n_matched, source_lang)
        if _given_twice(source, ns, s_nums, n_matched, locale, source_lang, given):
            continue  # "15 mph (30 km/h)" written "30 km/h": one speed, kept in one unit
        # a small number may be written out in words ("six weeks"), unless the target has a
        # number of its own where the source's went (10 to 20 became "13 a 20"), or it is an
        # end of a score or a range of digits joined by a dash ("7–6(7–4)", "4–6, 6–4":
        # probe52), where the target spells no number ("três a um" is read as before)
        score_end = (ns.small and _dash_paired(source, ns.start, ns.end)
                     and not spells_a_number(target, loc.target_lang))
        severity: Severity = "info" if ns.small and not extra and not score_end else "error"
        note = " (it may be written out in words)" if severity == "info" else ""
        if score_end and not extra:
            note = " (an end of a score or a range)"
        if extra:
            if instead is None:  # written once: the same for every number missing (facts53)
                instead = f" (the target has {', '.join(repr(t.text) for t in extra)} instead)"
            note = instead
        out.append(
            Finding(
                "numbers",
                severity,
                f"number {ns.text!r} not found in the target{note}",
                segment=segment,
                source_span=(ns.start, ns.end),
                data={"value": str(ns.value)},
            )
        )
    return out


_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"


def _dash_paired(source: str, start: int, end: int) -> bool:
    """Whether the number at ``source[start:end]`` is an end of a pair of digits joined by a
    dash, with no space ("7–6", "(7–4)", "4-6"): a score or a range, whose ends are figures,
    not words. A letter before the dash ("U-20", "COVID-19") is no pair. Constant time.

    >>> _dash_paired("won 7–6(7–4), 7–5", 14, 15), _dash_paired("the U-20 team", 6, 8)
    (True, False)
    """
    after = source[end : end + 2]
    before = source[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] in _DASHES and after[1].isdigit()) or (
        len(before) == 2 and before[1] in _DASHES and before[0].isdigit())


class SpanHits:
    """Spans (start, end) asked whether one overlaps a span: by bisection on their starts, with
    the furthest end reached so far (any spans, overlapping or not; facts57: each target
    number was compared with every unclaimed date).

    >>> hits = SpanHits([(10, 14), (2, 5)])
    >>> hits.overlaps(4, 6), hits.overlaps(5, 10), hits.overlaps(12, 13), hits.overlaps(0, 2)
    (True, False, True, False)
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []
        far = -1
        for _, b in ordered:
            far = max(far, b)
            self.reach.append(far)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span ``a < end and start < b`` is held."""
        k = bisect.bisect_left(self.starts, end)  # the spans starting before ``end``
        return k > 0 and self.reach[k - 1] > start


_SPACES_LETTERS = re_compile(r"\s*[^\W\d_]*")


class BesideYears:
    """The pairs (source date, target year) of dates whose year only the target states, each
    taken by the first number missing that the source writes right beside its date: after it
    with spaces between ("the 2021 July unrest"), or before it with what ``month_year_gap``
    lets stand between a month and its year ("in April of 1943", "October, 1954"). The same
    pairs, in the same order, as the walk over every pair for each number missing (facts57);
    a number looks only at the dates that start in the run of spaces after it or end in the
    run of spaces, comma or word, spaces before it (a source's numbers and dates never
    overlap: the number reader leaves the source's dates out)."""

    def __init__(self, source: str, source_lang: str,
                 pairs: list[tuple[Any, int]]) -> None:  # fmt: skip
        self.source, self.lang, self.pairs = source, source_lang, pairs
        self.alive = [True] * len(pairs)
        self.by_start: dict[int, list[int]] = {}
        self.by_end: dict[int, list[int]] = {}
        for i, (s, _) in enumerate(pairs):
            self.by_start.setdefault(s.start, []).append(i)
            self.by_end.setdefault(s.end, []).append(i)

    def take(self, ns: NumberMention) -> bool:
        """Whether a pair beside ``ns`` has its year (then the pair is taken)."""
        if not self.pairs:
            return False
        text = self.source
        found: list[int] = []
        j = ns.end  # after the number: spaces, then the date
        while j < len(text) and text[j].isspace():
            j += 1
        for p in range(ns.end, j + 1):
            found += self.by_start.get(p, ())
        i = ns.start  # before it: spaces, a comma or a word, spaces
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i > 0 and text[i - 1] == ",":
            i -= 1
        else:
            while i > 0 and text[i - 1].isalpha():
                i -= 1
        while i > 0 and text[i - 1].isspace():
            i -= 1
        for p in range(i, ns.start + 1):
            found += self.by_end.get(p, ())
        after: str | None = None
        for k in sorted(set(found)):
            s, year = self.pairs[k]
            if not self.alive[k] or year not in ns.values:
                continue
            if ns.end <= s.start:
                ok = not text[ns.end:s.start].strip()
            else:
                if after is None:  # what month_year_gap reads of the rest: spaces, a word
                    m = _SPACES_LETTERS.match(text, ns.end)
                    after = text[ns.end:(m.end() if m else ns.end) + 1]
                ok = month_year_gap(text[s.end:ns.start], self.lang, after)
            if ok:
                self.alive[k] = False
                return True
        return False


def _glued_by_value(
    target: str, loc: Localizer
) -> dict[Decimal, list[tuple[str, str, frozenset[str]]]]:
    """The target's numbers glued to letters ("512GB", "45ft"; ``glued_units``) by each value
    the target's reader gives their digits, each spelling of a value once (a text of thousands
    of "512GB" keeps one: a number missing looks at the few spellings of its value)."""
    out: dict[Decimal, list[tuple[str, str, frozenset[str]]]] = {}
    for item in glued_units(target, (loc.target_lang, loc.source_lang)):
        for n in target_numbers(item[0], loc, ()):
            for v in n.values:
                out.setdefault(v, []).append(item)
    return out


def _glued_unit_kept(
    source: str, ns: NumberMention, glued: dict[Decimal, list[tuple[str, str, frozenset[str]]]]
) -> bool:
    """Does the target write the source's number ``ns`` glued to its unit (``glued``, by
    value): "512 GB" written "512GB", "45 pés" written "45ft", "3 GW" written "3GW"?"""
    ids = ns.measure.ids if ns.measure is not None and ns.measure.kind == "unit" else frozenset()
    return any(glued_unit_matches(source, ns.number_end, frozenset(ids), glued.get(v, ()))
               for v in ns.values)  # fmt: skip


_OPEN_BRACKET = re_compile(r"[ \u00a0]*[(\[][ \u00a0]*")


def _dimension(measure: Measure | None) -> frozenset[str]:
    """What a unit measures ("unit:speed-mile-per-hour": "speed"); empty for no unit."""
    if measure is None or measure.kind != "unit":
        return frozenset()
    return frozenset(i.split(":", 1)[-1].split("-", 1)[0] for i in measure.ids)


def _given_twice(
    source: str,
    ns: NumberMention,
    s_nums: Sequence[NumberMention],
    matched: Sequence[tuple[NumberMention, NumberMention]],
    locale: str,
    source_lang: str | None = None,
    index: GivenTwiceIndex | None = None,
) -> bool:
    """Is ``ns`` one of a quantity the source gives twice, in two units of one dimension, the
    second in brackets right after the first ("15 mph (30 km/h)", "6 miles [10 km]"), whose
    other figure the target keeps with its own unit, the unit of the target ``locale`` (metric,
    but where its territory's everyday units are not)? Then the fact is in the target: an
    edition writes one unit (probe40: "perto de 30 km/h"). Not for money ("$5 (4 euros)" is
    two amounts), nor when the kept figure lost or changed its unit, nor when a pt-BR edition
    keeps only the pounds of "6020 kg (13271 lb)". With ``source_lang``, also a quantity given
    as hyphened adjectives ("a 230-foot (70-meter) antenna", "13-foot-wide (4-meter-wide)";
    ``_hyphened_measure``).

    >>> from decimal import Decimal
    >>> from translate.localize.quantities import measure_at
    >>> src = "near 15 mph (30 km/h) with gusts"
    >>> def num(text, at, start):
    ...     end = start + len(at)
    ...     return NumberMention(start, end, at, frozenset({Decimal(at)}), Decimal(at),
    ...                          number_end=end, measure=measure_at(text, start, end, ["en"]))
    >>> mph, kmh = num(src, "15", 5), num(src, "30", 13)
    >>> tgt = "perto de 30 km/h"
    >>> kept = num(tgt, "30", 9)
    >>> _given_twice(src, mph, [mph, kmh], [(kmh, kept)], "pt-BR")
    True
    >>> _given_twice(src, mph, [mph, kmh], [], "pt-BR")
    False
    """
    mine = _hyphened_measure(source, ns, source_lang)
    if not _dimension(mine):
        return False
    assert mine is not None
    # only a source number the target kept can be the other figure, and only one that a
    # bracket alone parts from ``ns``: the pairs kept are looked up by where they start (the
    # figure in brackets after ``ns``) or where their unit ends (the figure ``ns`` is in brackets
    # after), not walked (facts55: the walk, once per number missing, was quadratic on a text
    # of thousands kept and thousands missing, each with a unit); the same pairs fit
    del s_nums  # kept in the signature for callers; the pairs name their source numbers
    if index is None:
        index = GivenTwiceIndex(source, matched, source_lang)
    for other, got in index.beside(ns, mine):
        if other is ns:
            continue
        theirs = index.measure(other)
        if theirs is None:
            continue
        if not (_dimension(mine) & _dimension(theirs)) or (mine.ids & theirs.ids):
            continue
        (first, m_first), (second, m_second) = sorted(
            [(ns, mine), (other, theirs)], key=lambda p: p[0].start
        )
        gap = _OPEN_BRACKET.fullmatch(source, _tail_end(source, max(first.end, m_first.end)),
                                      second.start)
        after = _past_spaces(source, _tail_end(source, max(second.end, m_second.end)))
        if gap is None or source[after : after + 1] not in (")", "]"):
            continue
        if theirs.agrees(got.measure) and _metric(theirs) != (
            locale.rpartition("-")[2].upper() in _unit_systems()[0]
        ):
            return True
    return False


_SPACES = re_compile(r"[ \u00a0]*")


def _past_spaces(text: str, at: int) -> int:
    """Where the run of spaces (and no-break spaces) at ``at`` ends."""
    m = _SPACES.match(text, at)
    return m.end() if m else at


class GivenTwiceIndex:
    """The pairs kept of one source, looked up by position for :func:`_given_twice`: those
    starting where a bracket after a number ends ("15 mph (30 km/h)": 30, the figure after 15),
    and those whose number and unit end where a bracket before a number begins (15, the figure
    before 30). ``_OPEN_BRACKET`` is spaces, one bracket, spaces, so those positions are the
    run of spaces on the far side of the bracket. Built once per text; the units of the pairs
    are read when first asked, as the walk read them.

    >>> from decimal import Decimal
    >>> from translate.localize.quantities import measure_at
    >>> src = "near 15 mph (30 km/h) with gusts"
    >>> def num(text, at, start):
    ...     end = start + len(at)
    ...     return NumberMention(start, end, at, frozenset({Decimal(at)}), Decimal(at),
    ...                          number_end=end, measure=measure_at(text, start, end, ["en"]))
    >>> mph, kmh = num(src, "15", 5), num(src, "30", 13)
    >>> ix = GivenTwiceIndex(src, [(kmh, kmh), (mph, mph)], "en")
    >>> [o.text for o, _ in ix.beside(mph, mph.measure)]
    ['30']
    >>> [o.text for o, _ in ix.beside(kmh, kmh.measure)]
    ['15']
    """

    def __init__(
        self,
        source: str,
        matched: Sequence[tuple[NumberMention, NumberMention]],
        source_lang: str | None,
    ) -> None:
        self.source = source
        self.source_lang = source_lang
        self.matched = matched
        order = sorted(range(len(matched)), key=lambda i: matched[i][0].start)
        self._by_start = order
        self._starts = [matched[i][0].start for i in order]
        self._measures: dict[int, Measure | None] = {}
        self._ends: list[int] | None = None
        self._by_end: list[int] = []

    def measure(self, other: NumberMention) -> Measure | None:
        key = id(other)
        if key not in self._measures:
            self._measures[key] = _hyphened_measure(self.source, other, self.source_lang)
        return self._measures[key]

    def beside(
        self, ns: NumberMention, mine: Measure
    ) -> list[tuple[NumberMention, NumberMention]]:
        """The pairs whose source number a bracket alone may part from ``ns``, in the order of
        ``matched``."""
        src = self.source
        found: set[int] = set()
        # after: ``ns`` and its unit, spaces, a bracket, spaces, then the other's start
        at = _past_spaces(src, _tail_end(src, max(ns.end, mine.end)))
        if src[at : at + 1] in ("(", "["):
            last = _past_spaces(src, at + 1)
            lo = bisect.bisect_left(self._starts, at + 1)
            hi = bisect.bisect_right(self._starts, last)
            found.update(i for i in self._by_start[lo:hi] if self.matched[i][0].start >= ns.start)
        # before: the other and its unit end, spaces, a bracket, spaces, then ``ns``
        back = ns.start
        while back > 0 and src[back - 1] in " \u00a0":
            back -= 1
        if back > 0 and src[back - 1] in "([":
            first = back - 1
            while first > 0 and src[first - 1] in " \u00a0":
                first -= 1
            ends = self._tail_ends()
            lo = bisect.bisect_left(ends, first)
            hi = bisect.bisect_right(ends, back - 1)
            found.update(i for i in self._by_end[lo:hi] if self.matched[i][0].start < ns.start)
        return [self.matched[i] for i in sorted(found)]

    def _tail_ends(self) -> list[int]:
        """Where each kept number's unit (or hyphened adjective) ends, sorted; read once."""
        if self._ends is None:
            rows = []
            for i, (other, _) in enumerate(self.matched):
                theirs = self.measure(other)
                if theirs is not None:
                    rows.append((_tail_end(self.source, max(other.end, theirs.end)), i))
            rows.sort()
            self._ends = [e for e, _ in rows]
            self._by_end = [i for _, i in rows]
        return self._ends


_WORD_TAIL = re_compile(r"-[^\W\d_]+")


def _tail_end(text: str, at: int) -> int:
    """Where a hyphened adjective's last word ends: past "-wide" of "4-meter-wide" at ``at``."""
    tail = _WORD_TAIL.match(text, at)
    return tail.end() if tail else at


def _hyphened_measure(
    source: str, mention: NumberMention, source_lang: str | None
) -> Measure | None:
    """The unit of a source number, also one joined to it by a hyphen as an adjective ("a
    230-foot antenna", "4-meter-wide"), which the reader of numbers does not take as its unit
    (a hyphen is no gap between a number and its unit there). The text is read with that
    hyphen as a space, so the offsets are the source's.

    >>> from decimal import Decimal
    >>> text = "a 230-foot (70-meter) dish"
    >>> n = NumberMention(2, 5, "230", frozenset({Decimal(230)}), Decimal(230), number_end=5)
    >>> _hyphened_measure(text, n, "en").text
    'foot'
    >>> _hyphened_measure(text, n, None) is None
    True
    """
    if mention.measure is not None or source_lang is None:
        return mention.measure
    end = mention.number_end if mention.number_end >= 0 else mention.end
    if source[end : end + 1] != "-" or not source[end + 1 : end + 2].isalpha():
        return None
    return measure_at(f"{source[:end]} {source[end + 1:]}", mention.start, end, [source_lang])


@functools.cache
def _unit_systems() -> tuple[frozenset[str], tuple[str, ...]]:
    """The territories whose everyday units are not metric and the parts of a metric unit's
    CLDR id (``[units]`` of ``locales/languages/common.toml``)."""
    from .langdata import common_section

    data = common_section("units")
    return (frozenset(str(t).upper() for t in data.get("not_metric_territories", [])),
            tuple(str(p) for p in data.get("metric_parts", [])))  # fmt: skip


def _metric(measure: Measure) -> bool:
    """Is ``measure`` a metric unit (its CLDR id: "unit:speed-kilometer-per-hour")?"""
    return any(part in i for i in measure.ids for part in _unit_systems()[1])


def _measure_findings(
    pairs: Sequence[tuple[NumberMention, NumberMention]],
    source: str,
    target: str,
    loc: Localizer,
    segment: str | None,
) -> list[Finding]:
    """Numbers whose value survived but whose percent, currency or unit did not.

    "£4,000" written "4.000 euros" keeps the value and changes the fact. A measure the target
    writes elsewhere in the sentence (the engine moved "US$" or "por cento") still counts.
    """
    out: list[Finding] = []
    langs = (loc.target_lang, loc.source_lang)
    spare: list[Measure] | None = None  # measures in the target that no number carries
    for ns, nt in pairs:
        want = ns.measure
        if want is None and not ns.percent:
            continue
        got = nt.measure
        source_percent = ns.percent or (want is not None and want.kind == "percent")
        if source_percent and (nt.percent or (got is not None and got.kind == "percent")):
            continue
        if not source_percent and want is not None and want.agrees(got):
            continue
        if got is None and want is not None and _range_carries(target, nt, pairs, want):
            continue  # "€5 to €10" written "5 a 10 euros": one currency for the range
        if got is not None and want is not None and got.kind != "percent":
            out.append(
                Finding(
                    "numbers",
                    "error",
                    f"{_with_measure(source, ns)!r} became {_with_measure(target, nt)!r}: "
                    f"the {want.kind} changed",
                    segment=segment,
                    source_span=(ns.start, ns.end),
                    target_span=(nt.start, nt.end),
                    data={"value": str(ns.value), "source_measure": sorted(want.ids),
                          "target_measure": sorted(got.ids)},
                )
            )  # fmt: skip
            continue
        if spare is None:
            carried = {(p[1].measure.start, p[1].measure.end) for p in pairs if p[1].measure}
            spare = [m for m in measures_in(target, langs) if (m.start, m.end) not in carried]
            if any(p[1].percent for p in pairs):
                spare = [m for m in spare if m.text not in "%\u066a"]
        ids = frozenset({"percent"}) if source_percent else (want.ids if want else frozenset())
        moved = next((m for m in spare if m.ids & ids), None)
        if moved is not None:
            spare.remove(moved)  # the engine wrote the measure elsewhere ("US$ 5,5 bilhões")
            continue
        kind = "percent" if source_percent else (want.kind if want else "measure")
        if kind == "currency" and _currency_word_after(target, nt, ids, loc.target_lang):
            continue  # "2 ouros" (a currency CLDR names "Ouro zimbabueano") written "2 golds"
        label = want.text if want is not None else "%"
        out.append(
            Finding(
                "numbers",
                "error",
                f"{_with_measure(source, ns)!r} lost its {kind} ({label!r}) in the target "
                f"{nt.text!r}",
                segment=segment,
                source_span=(ns.start, ns.end),
                target_span=(nt.start, nt.end),
                data={"value": str(ns.value), "source_measure": sorted(ids)},
            )
        )
    return out


def _currency_word_after(target: str, nt: NumberMention, ids: frozenset[str],
                         lang: str) -> bool:
    """Is the target's word right after ``nt`` a word of the name of one of the currencies
    ``ids`` in the target's language (CLDR's name and plural forms, a plural "s" or "es" also
    read)? The source's currency word is then said, in the word of the currency's own name
    ("2 ouros", read by its plural as the currency CLDR names "Ouro zimbabueano", written "2
    golds": "Zimbabwean gold"; probe33) though no currency reading of the target carries it."""
    word = re.match(r"\s*([^\W\d_]+)", target[nt.end:])
    if word is None:
        return False
    key = word.group(1).casefold()
    names = _currency_name_words(lang.replace("-", "_"))
    keys = {key, key[:-1] if key.endswith("s") else key, key[:-2] if key.endswith("es") else key}
    return any(keys & names.get(i.removeprefix("cur:"), frozenset()) for i in ids
               if i.startswith("cur:"))


@functools.lru_cache(maxsize=8)
def _currency_name_words(lang: str) -> dict[str, frozenset[str]]:
    """Currency code -> the case-folded words of its names in ``lang`` (CLDR, through Babel)."""
    from babel import Locale
    from babel import UnknownLocaleError as NoLocale

    try:
        locale = Locale.parse(lang)
    except (NoLocale, ValueError):
        return {}
    plurals = locale._data.get("currency_names_plural", {})
    out: dict[str, frozenset[str]] = {}
    for code, name in locale.currencies.items():
        forms = [name, *dict(plurals.get(code, {})).values()]
        out[code] = frozenset(w.casefold() for f in forms if f for w in f.split() if w.isalpha())
    return out


_RANGE_JOIN = re_compile(r"\s?(?:[-\u2013]|[^\W\d_]{1,3})\s?")


def _range_carries(target: str, nt: NumberMention,
                   pairs: Sequence[tuple[NumberMention, NumberMention]], want: Measure) -> bool:
    """Is ``nt`` the first end of a range whose second end carries the source's measure ("5 a
    10 euros", "5-10 euros", "entre 5 e 10 euros")?"""
    for _, other in pairs:
        if other.start > nt.end and _RANGE_JOIN.fullmatch(target[nt.end : other.start]):
            return want.agrees(other.measure)
    return False


def _with_measure(text: str, mention: NumberMention) -> str:
    """The number with the symbol or word that says what it counts ("£4,000", "5 km")."""
    m = mention.measure
    if m is None:
        return mention.text
    return text[min(m.start, mention.start) : max(m.end, mention.end)]


def _calendar_name_in(
    text: str, kind: str, index: int | None, loc: Localizer, follow: str = ""
) -> bool:
    """Does ``text`` name weekday or month ``index`` (``kind`` "days" or "months"), in the
    target or the source language, wide or abbreviated (followed by the regex ``follow``)?"""
    if index is None:
        return False
    low = text.lower()
    for tag in (loc.target_tag, loc.source_lang):
        locale = get_locale(tag)
        if locale is None:
            continue
        table = locale.days if kind == "days" else locale.months
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                name = str(table[ctx][width][index]).lower().rstrip(".")
                if kind == "days":
                    name = name.split("-")[0]  # "quinta-feira" is often just "quinta"
                elif len(name) < 3:
                    continue
                if re.search(rf"(?<!\w){re.escape(name)}{follow}", low):
                    return True
    return False


def _weekday_in(text: str, weekday: int | None, loc: Localizer) -> bool:
    return _calendar_name_in(text, "days", weekday, loc)


def _month_in(text: str, month: int | None, loc: Localizer) -> bool:
    return _calendar_name_in(text, "months", month, loc)


def _month_day_in(text: str, month: int | None, day: int | None, loc: Localizer) -> bool:
    """The month named with the day right after it, a short word between ("Oct. 18-21" written
    "outubro de 18 a 21"), a shape the date reader does not take for a date."""
    if day is None:
        return False
    follow = rf"\w*\.?,?\s+(?:\w{{1,3}}\s+)?0?{day}(?!\d)"
    return _calendar_name_in(text, "months", month, loc, follow)


CHECKERS: list[Checker] = [
    check_empty,
    check_untranslated,
    check_source_words,
    check_length,
    check_repetition,
    check_numbers,
    check_verbatim,
    check_quotes,
    *FACT_CHECKERS,
]


# Checkers whose every finding starts from a digit of the source or the target: each reads
# its numbers, codes or amounts with a pattern that needs a ``\d`` (codes_in: a token with
# ``str.isdigit``), and returns nothing when it finds none. A sentence with no digit on either
# side (most of an article's) is not given to them: their answer there is known to be empty.
# A checker may join only if that holds for all its findings; tests/speed/test_digit_gate.py
# runs each one in full on every sentence pair of the facts sets and on the real-world corpus's
# sentences and compares.
NEEDS_DIGITS: frozenset[str] = frozenset({
    "check_codes", "check_digit_strings", "check_compounds", "check_units",
    "check_repeated_numbers", "check_separators", "check_decades", "check_percentage_points",
    "check_time_units", "check_glued_numbers", "check_range_currency", "check_bare_dollar",
    "check_number_order", "check_foreign_numbers", "check_invented_numbers",
    "check_invented_units", "check_signs", "check_ordinals", "check_approximators",
    "check_ranks", "check_short_scales", "check_year_range_end",
})  # fmt: skip

def checker_findings(
    checkers: Sequence[Checker], segments: Sequence[TranslatedSegment], ctx: CheckContext
) -> list[list[list[Finding]]]:
    """Each checker's findings on each segment (per segment, in the checkers' order), checker by
    checker over the segments. A checker of ``NEEDS_DIGITS`` is not run on a segment with no
    digit in its source or target: its findings there are none."""
    digits = [has_digit(seg.source) or has_digit(seg.target) for seg in segments]
    found: list[list[list[Finding]]] = [[] for _ in segments]
    for checker in checkers:
        if getattr(checker, "__name__", "") in NEEDS_DIGITS:
            for per, seg, digit in zip(found, segments, digits, strict=True):
                per.append(checker(seg, ctx) if digit else [])
        else:
            for per, seg in zip(found, segments, strict=True):
                per.append(checker(seg, ctx))
    return found


def run_checks(
    segments: list[TranslatedSegment], ctx: CheckContext, checkers: list[Checker] | None = None,
    early: dict[tuple[Any, ...], list[list[Finding]]] | None = None,
) -> list[Finding]:
    """Run every checker on every segment; findings are attached to segments and returned.

    With the built-in checkers, a sentence that repeats (same source, target, origin, language
    and name spans: all they read besides the id) is checked once; each copy gets the
    findings with its own segment id. ``early``: the built-in checkers' findings computed ahead
    in the same context (the pipeline, while the engine still translates other sentences), by
    ``(segment id, check_key(segment))``: taken when all the checkers read is the same.
    """
    # Checker by checker over the sentences, not sentence by sentence through the checkers:
    # one checker's code and tables stay in the processor's caches, about a fifth less CPU on a
    # long article (benchmarks/bench_checks.py). No checker reads another's findings; they
    # are attached below in the order a sentence-by-sentence pass gives them.
    keys = [None if checkers is not None else check_key(seg) for seg in segments]
    firsts: set[tuple[Any, ...]] = set()
    checked: dict[int, list[list[Finding]]] = {}  # segment index -> each checker's findings
    for i, key in enumerate(keys):
        if key is None or key not in firsts:
            checked[i] = []
            if key is not None:
                firsts.add(key)
    todo = dict(checked)
    if early and checkers is None:
        for i in checked:
            ahead = early.pop((segments[i].id, keys[i]), None)
            if ahead is not None:
                checked[i] = ahead
                del todo[i]
    todo_found = checker_findings(checkers or CHECKERS, [segments[i] for i in todo], ctx)
    for per_checker, per in zip(todo.values(), todo_found, strict=True):
        per_checker.extend(per)
    found: list[Finding] = []
    seen: dict[tuple[Any, ...], list[Finding]] = {}
    for i, (seg, key) in enumerate(zip(segments, keys, strict=True)):
        earlier = seen.get(key) if key is not None else None
        if earlier is not None:
            results = [dataclasses.replace(f, segment=seg.id, data=dict(f.data)) for f in earlier]
            seg.findings.extend(results)
            found.extend(results)
            continue
        mine = [f for per in checked[i] for f in per]
        seg.findings.extend(mine)
        found.extend(mine)
        if key is not None:
            seen[key] = mine
    return found


def check_key(seg: TranslatedSegment) -> tuple[Any, ...]:
    """What the built-in checkers read of a segment, its id aside (a checker that reads more
    must add it here)."""
    spans = tuple(
        tuple(t["source_span"]) for t in seg.terms
        if isinstance(t.get("source_span"), (list, tuple))
    )
    return (seg.source, seg.target, seg.origin, seg.segment.lang, spans)


@dataclass(frozen=True)
class PairResult:
    """One sentence after the post-engine stages: the text an edition would publish."""

    text: str
    findings: list[Finding]

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


def check_pair(
    source: str, target: str, source_lang: str, locale: str, *, localize: bool = True
) -> PairResult:
    """Localize one machine-translated sentence for ``locale`` and check it against its source.

    The same stages an edition runs after the engine, for one sentence: what the HTTP service,
    the evaluation and a reviewer's tool call to ask "can this be published?".
    """
    from .localize.stage import localize_text, localizer_for, readings_shared
    from .model import Segment

    profile = get_profile(locale)
    seg = TranslatedSegment(Segment("s0", 0, 0, source, 0, len(source), source_lang), target)
    findings: list[Finding] = []
    with readings_shared():  # the localize stage and the checks read each text once
        if localize:
            done = localize_text(source, target, localizer_for(profile, source_lang), seg.id)
            seg.target = done.text
            findings.extend(done.findings)
        ctx = CheckContext(source_lang, profile.language, locale=profile.tag)
        findings.extend(run_checks([seg], ctx))
    return PairResult(seg.target, findings)
