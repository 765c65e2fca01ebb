"""Titles of laws, programmes, plans and reports, and a warning where the edition translated one.

A news text names a law or a programme by its title in title case after "the": "the Inflation
Reduction Act", "the National Student Poets Program", "the World Happiness Report", "Operation
Warp Speed". A Portuguese newsroom writes such a title in one of three ways: its established
Portuguese name ("a Lei de Redução da Inflação", "o Plano de Resgate Americano"), the original
as written ("o Inflation Reduction Act", "a Operação Warp Speed"), or a translation with the
original beside it. The engine does the first two by itself where it can (untrans45's census);
where it translates word for word it can change what the title says ("National Student Poets
Program" -> "Programa Nacional de Bolsas de Estudantes": the poets are gone), and the pipeline
cannot know whether a Portuguese name exists. So the edition keeps the engine's wording and a
warning (never blocking) names each title the target does not hold as written, with its
original, for the editor to check.

What counts as such a title is evidence in the phrase, data in ``[works]`` of the language's
file (``law_title_heads``, ``law_title_prefixes``): a run of capitalized words (minor words
inside) after "the" that ends in a head noun ("Act", "Program", "Report", ...), or that starts
with a prefix noun ("Operation Warp Speed"); two capitalized words or more. Not in a line in
title case (a headline: no lower-case word of four letters or more but the minor words), not a
run holding a glossary name (an organisation the glossary translates: "the United Nations
Development Programme"), and a possessive before the head cuts the run ("the Department of
Education's Magnet Schools Assistance Program" names the programme after "'s").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .capitals import roman
from .errors import DataError
from .model import Finding
from .regexcache import compile as re_compile

_WORD = re_compile(r"[^\s\u2014\u2013]+")
_LOWER_WORD = re_compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])")
_POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True)
class LawTitleData:
    heads: frozenset[str]
    prefixes: frozenset[str]
    minor: frozenset[str]


@cache
def law_title_data(lang: str | None) -> LawTitleData | None:
    """``[works]`` ``law_title_heads``, ``law_title_prefixes`` and ``minor_words`` of ``lang``
    (None when the language has no heads)."""
    from .langdata import section, str_list

    table = section(lang, "works")
    if not table or "law_title_heads" not in table:
        return None
    where = f"locales/languages/{lang}.toml [works]"

    def folded(key: str) -> frozenset[str]:
        if key not in table:
            return frozenset()
        return frozenset(t.casefold() for t in str_list(table, key, where=where))

    return LawTitleData(folded("law_title_heads"), folded("law_title_prefixes"),
                        folded("minor_words"))  # fmt: skip


def _bare(word: str) -> str:
    return word.strip("\"“”()[],;:!?")


def _capital(word: str) -> bool:
    return word[:1].isupper()


# a compound modifier before a name ("the NASA-funded Catalina Sky Survey") is no title's word
_COMPOUND = re_compile(r"-[a-z]")


# the most words a title is read to have, its head included (real ones run to about a dozen:
# "the Infrastructure Investment and Jobs Act" is 5): a longer run of capitals is no title, and
# the bound keeps a text of thousands of capitalised words and heads linear
_MAX_TITLE_WORDS = 24


# the words that carry a name past its head noun ("the Fund for Animal Welfare"); not "in" or
# "on", which start a time ("the Act in August")
_JOINING = frozenset({"of", "for"})


def _shouted(words: list[tuple[int, int, str]]) -> bool:
    """A run in capitals (a heading's words): no title the text writes in title case."""
    letters = [c for _, _, w in words for c in w if c.isalpha()]
    return len(letters) > 4 and all(c.isupper() for c in letters)


def law_title_spans(text: str, lang: str | None) -> list[tuple[int, int]]:
    """The spans of ``text`` that name a law, programme, plan or report by its title.

    >>> text = ("Congress passed the Inflation Reduction Act and the Department of Education's "
    ...         "Magnet Schools Assistance Program; the vaccines came from Operation Warp "
    ...         "Speed in 2020. The Big Plan was read by the city.")
    >>> [text[s:e] for s, e in law_title_spans(text, "en")]
    ['Inflation Reduction Act', 'Magnet Schools Assistance Program', 'Operation Warp Speed', \
'Big Plan']
    >>> law_title_spans("Plan Ahead For Winter Storms With The Emergency Plan", "en")
    []
    >>> law_title_spans("An Act of kindness: the plan and an Emergency Plan were read.", "en")
    []
    """
    data = law_title_data(lang)
    # a line in title case (a headline): no lower-case word of four letters or more but the
    # minor words ("Plan Ahead For Winter Storms With The Emergency Plan")
    if data is None or not any(
        w.group() not in data.minor for w in _LOWER_WORD.finditer(text)
    ):
        return []
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out: list[tuple[int, int]] = []
    taken_to = -1
    # each head's leftward walk, where it stopped: a run of many heads ("Big Act and Big Act
    # and ...") is walked once, not once per head (quadratic)
    walked: dict[int, int] = {}
    for k, (s0, e0, raw) in enumerate(words):
        if s0 < taken_to:
            continue
        w = _bare(raw)
        folded = w.rstrip(".").casefold()
        if _capital(w) and folded in data.prefixes:
            # "Operation Warp Speed": the prefix and the capitalized words after it
            j = k
            while j + 1 < len(words) and not words[j][2].endswith((".", ",", ";", ":", "!", "?")):
                nxt = _bare(words[j + 1][2])
                if not nxt or not _capital(nxt):
                    break
                j += 1
            if j > k and not _shouted(words[k : j + 1]):
                end = words[j][0] + len(words[j][2].rstrip("\"”),;:!?."))
                out.append((s0, end))
                taken_to = end
            continue
        if not (_capital(w) and folded in data.heads) or k == 0:
            continue
        # a head noun inside a longer name ("the Domestic Policy Council", "the International
        # Fund for Animal Welfare") ends no title
        if not raw.endswith((".", ",", ";", ":", "!", "?", ")")) and k + 1 < len(words):
            nxt = _bare(words[k + 1][2])
            after = _bare(words[k + 2][2]) if k + 2 < len(words) else ""
            longer = _capital(nxt) and not words[k + 1][2].startswith("(")
            if longer or (nxt.casefold() in _JOINING and _capital(after)):
                continue
        # leftwards from the head: capitalized words, minor words inside; "the" before the
        # run (or a possessive, which cuts it) and two capitalized words or more
        i = k
        while i > 0:
            prev = words[i - 1][2]
            if prev.endswith((".", ",", ";", ":", "!", "?", ")")) or prev.endswith(_POSSESSIVE):
                break
            pw = _bare(prev)
            if pw.casefold() == "the" or not pw:
                break
            if not (_capital(pw) or pw.casefold() in data.minor) or _COMPOUND.search(pw):
                break
            i -= 1
            if i in walked:  # an earlier head's walk went on from here: where it stopped
                i = walked[i]
                break
        walked[k] = i
        while i < k and not _capital(_bare(words[i][2])):
            i += 1
        if k - i >= _MAX_TITLE_WORDS:  # no title runs this long: a run of capitals, not a name
            continue
        before = words[i - 1][2] if i > 0 else ""
        if _COMPOUND.search(before) and i > 1:  # "the NASA-funded Catalina Sky Survey"
            before = words[i - 2][2]
        if _bare(before).casefold() != "the" and not before.endswith(_POSSESSIVE):
            continue
        if sum(1 for _, _, x in words[i : k + 1] if _capital(_bare(x))) < 2:
            continue
        if _shouted(words[i : k + 1]):
            continue
        start = words[i][0] + (len(words[i][2]) - len(words[i][2].lstrip("\"“(")))
        end = e0 - (len(raw) - len(raw.rstrip("\"”),;:!?.")))
        out.append((start, end))
    return out


_DIGITS = re_compile(r"\d{1,4}")
_DIGITS_IN = re_compile(r"\d{1,6}")
_TARGET_WORD = re_compile(r"[^\W\d_]+|\d+")
_ORDINAL_ENDS = frozenset({"o", "a", "os", "as"})
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _roman_value(numeral: str) -> int:
    total = 0
    for k, c in enumerate(numeral):
        v = _ROMAN_VALUES[c]
        nxt = _ROMAN_VALUES[numeral[k + 1]] if k + 1 < len(numeral) else 0
        total += -v if v < nxt else v
    return total


@cache
def _letter_labels(lang: str | None) -> tuple[frozenset[tuple[str, ...]], int]:
    """``[works] letter_label_heads`` (each a numeral head, as a tuple of its words) and
    ``letter_label_numeral_max`` of ``lang``: the heads after which a single letter may be a
    letter label ("Part C"), and the highest value such a letter has as a numeral alone."""
    from .langdata import section, str_list
    from .titlecase import numeral_heads

    table = section(lang, "works")
    if "letter_label_heads" not in table:
        return frozenset(), 0
    where = f"locales/languages/{lang}.toml [works]"
    heads = frozenset(tuple(h.casefold().split())
                      for h in str_list(table, "letter_label_heads", where=where))  # fmt: skip
    if not heads <= numeral_heads(lang):
        raise DataError("letter_label_heads: every head must be one of numeral_heads", path=where)
    top = table.get("letter_label_numeral_max", 0)
    if isinstance(top, bool) or not isinstance(top, int) or top < 0:
        raise DataError("letter_label_numeral_max: a whole number of 0 or more", path=where)
    return heads, top


def numbered_title_spans(text: str, lang: str | None) -> list[tuple[int, int, str, int]]:
    """The titles of ``text`` named by a numeral after the words that name a numbered thing
    (``[works] numeral_heads``, each word capitalized): (start, end, numeral as written, its
    value). A single letter after a head that also names things by letters (``[works]
    letter_label_heads``: "Medicare Part C") is a letter label, not a numeral, where its value
    is above ``letter_label_numeral_max`` or the text writes, after the same head, a letter no
    Roman numeral spells ("Part C and Part D"); unless the text writes a Roman numeral of two
    letters or more after the same head (a run of numerals).

    >>> text = "Veterans of World War I met under Title IX and Section 230."
    >>> [(text[s:e], n, v) for s, e, n, v in numbered_title_spans(text, "en")]
    [('World War I', 'I', 1), ('Title IX', 'IX', 9), ('Section 230', '230', 230)]
    >>> numbered_title_spans("The world war I saw, and section 3 of it.", "en")
    []
    >>> text = "Medicare Part C plans, Title C clinics, and Part V of the code."
    >>> [(text[s:e], v) for s, e, _, v in numbered_title_spans(text, "en")]
    [('Title C', 100), ('Part V', 5)]
    >>> [v for _, _, _, v in numbered_title_spans("Part C follows Part XCIX.", "en")]
    [100, 99]
    >>> numbered_title_spans("Medicare Part D and Part V plans", "en")
    []
    """
    from .titlecase import numeral_heads

    heads = numeral_heads(lang)
    if not heads:
        return []
    longest = max(len(h) for h in heads)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    found: list[tuple[int, int, str, int, tuple[str, ...]]] = []
    letters, top = _letter_labels(lang)
    lettered: set[tuple[str, ...]] = set()  # heads the text writes with a letter label
    numerals: set[tuple[str, ...]] = set()  # heads the text writes with a Roman numeral run
    for k, (_, e0, raw) in enumerate(words):
        if not k:
            continue
        numeral = raw.rstrip("\"”’),;:!?.")
        label = False
        if roman(numeral):
            value = _roman_value(numeral)
        elif _DIGITS.fullmatch(numeral):
            value = int(numeral)
        elif letters and len(numeral) == 1 and numeral.isupper():
            value, label = 0, True  # a letter no Roman numeral spells ("Part D"): a label
        else:
            continue
        for n in range(min(longest, k), 0, -1):
            run = words[k - n : k]
            if any(w[2][-1:] in ",;:!?." or not _capital(w[2]) for w in run):
                continue
            head = tuple(w[2].casefold() for w in run)
            if head in heads:
                if label:
                    # a letter no Roman numeral spells: a label of a head that names things by
                    # letters, and not a word of a line in title case ("Chapter A New Start")
                    nxt = words[k + 1][2] if k + 1 < len(words) else ""
                    if head not in letters or (numeral == raw and _capital(nxt)):
                        break
                    lettered.add(head)
                    break
                if len(numeral) > 1 and not numeral.isdigit():
                    numerals.add(head)
                found.append((run[0][0], e0 - (len(raw) - len(numeral)), numeral, value, head))
                break
    return [
        (s, e, numeral, value)
        for s, e, numeral, value, head in found
        if not (head in letters and len(numeral) == 1 and not numeral.isdigit()
                and head not in numerals and (value > top or head in lettered))
    ]  # fmt: skip


@cache
def _ordinal_table(locale: str, key: str) -> tuple[str, ...]:
    from .langdata import section, str_list

    lang = locale.split("-")[0]
    table = section(lang, "works")
    if key not in table:
        return ()
    where = f"locales/languages/{lang}.toml [works]"
    return tuple(s.casefold() for s in str_list(table, key, where=where))


def _ordinal_stems(locale: str) -> tuple[str, ...]:
    return _ordinal_table(locale, "ordinal_stems")


def ordinal_words(value: int, locale: str) -> tuple[str, ...] | None:
    """The stems of the words of ``value``'s ordinal in the target language, without their
    ending, composed as the language composes them (``[works] ordinal_stems``, one to ten;
    ``ordinal_tens_stems``, ten to ninety; ``ordinal_hundreds_stems``, one hundred to nine
    hundred, CLDR's spell-out rules): the hundreds, the tens, the units; None where the data do
    not reach. The other spellings (``ordinal_variants``) are :func:`ordinal_spellings`'.

    >>> ordinal_words(1, "pt-BR"), ordinal_words(11, "pt-PT"), ordinal_words(20, "pt")
    (('primeir',), ('décim', 'primeir'), ('vigésim',))
    >>> ordinal_words(112, "pt"), ordinal_words(230, "pt"), ordinal_words(3, "xx")
    (('centésim', 'décim', 'segund'), ('ducentésim', 'trigésim'), None)
    """
    spellings = ordinal_spellings(value, locale)
    return spellings[0] if spellings else None


@cache
def _ordinal_variants(locale: str) -> dict[int, tuple[str, ...]]:
    """``[works] ordinal_variants`` ("11 undécim"): value -> its other stems."""
    from .langdata import section, str_list

    lang = locale.split("-")[0]
    where = f"locales/languages/{lang}.toml [works] ordinal_variants"
    out: dict[int, tuple[str, ...]] = {}
    for row in str_list(section(lang, "works"), "ordinal_variants", where=where):
        number, _, stem = row.partition(" ")
        if not number.isdigit() or not stem.strip():
            raise DataError(f"{row!r} is not 'VALUE STEM'", path=where)
        out[int(number)] = (*out.get(int(number), ()), stem.strip().casefold())
    return out


@cache
def ordinal_spellings(value: int, locale: str) -> tuple[tuple[str, ...], ...]:
    """Every way the target language writes ``value``'s ordinal (stems without their ending):
    :func:`ordinal_words`' first, then with the other spellings of ``[works] ordinal_variants``
    for a part ("setuagésim" for 70) or for eleven and twelve after the hundreds ("undécim",
    "duodécim"); empty where the data do not reach.

    >>> ordinal_spellings(11, "pt"), ordinal_spellings(372, "pt")[-1]
    ((('décim', 'primeir'), ('undécim',)), ('trecentésim', 'setuagésim', 'segund'))
    """
    units = _ordinal_stems(locale)
    tens = _ordinal_table(locale, "ordinal_tens_stems")
    hundreds = _ordinal_table(locale, "ordinal_hundreds_stems")
    variants = _ordinal_variants(locale) if units else {}
    h, rest = divmod(value, 100)
    t, u = divmod(rest, 10)
    if value < 1 or h > len(hundreds) or (not h and not t and u > len(units)):
        return ()
    if value <= len(units):
        return tuple((s,) for s in (units[value - 1], *variants.get(value, ())))
    if t > len(tens) or (u and u > len(units)):
        return ()
    head: list[tuple[str, ...]] = [()]
    if h:
        head = [(s,) for s in (hundreds[h - 1], *variants.get(h * 100, ()))]
    tails: list[tuple[str, ...]] = [()]
    if t:
        tails = [(s,) for s in (tens[t - 1], *variants.get(t * 10, ()))]
    if u:
        tails = [(*x, units[u - 1]) for x in tails]
    if 10 < rest < 20:
        tails += [(s,) for s in variants.get(rest, ())]
    return tuple(a + b for a in head for b in tails if a + b)


@cache
def _ordinal_word_stems(locale: str) -> frozenset[str]:
    """Every stem an ordinal word of the target language starts with (a word of a run)."""
    stems = set(_ordinal_stems(locale))
    stems |= set(_ordinal_table(locale, "ordinal_tens_stems"))
    stems |= set(_ordinal_table(locale, "ordinal_hundreds_stems"))
    if stems:
        stems |= {s for more in _ordinal_variants(locale).values() for s in more}
    return frozenset(stems)


def _ordinal_word(word: str, stems: frozenset[str]) -> bool:
    return any(word.endswith(e) and word[: -len(e)] in stems for e in _ORDINAL_ENDS)


_Written = tuple[frozenset[str], frozenset[int], frozenset[tuple[str, ...]]]
_RUN_GAP = re_compile(r"\s*[-\u2010\u2011]?\s*")


def _target_numbers(target: str, locale: str) -> _Written:
    """The words and the numbers a target writes, and its runs of ordinal words (words of
    :func:`_ordinal_word_stems` joined by spaces or a hyphen, each run whole: "décima primeira",
    "Décima-Primeira"; "Décima Segunda" is one run, not "Segunda"), read once per segment."""
    stems = _ordinal_word_stems(locale)
    found: list[str] = []
    runs: set[tuple[str, ...]] = set()
    run: list[str] = []
    last_end = -1
    for m in _TARGET_WORD.finditer(target):
        word = m.group()
        found.append(word)
        folded = word.casefold()
        if not stems or not _ordinal_word(folded, stems):
            if run:
                runs.add(tuple(run))
            run = []
            continue
        if run and not _RUN_GAP.fullmatch(target, last_end, m.start()):
            runs.add(tuple(run))
            run = []
        run.append(folded)
        last_end = m.end()
    if run:
        runs.add(tuple(run))
    numbers = frozenset(int(d) for d in _DIGITS_IN.findall(target))
    return frozenset(found), numbers, frozenset(runs)


def _number_kept(numeral: str, value: int, written: _Written, locale: str) -> bool:
    """The target (``written``: its words, numbers and runs of ordinal words) writes the
    title's number: the numeral as written, the value in digits (an ordinal sign after it,
    "19ª"), or the value's ordinal as a whole run (:func:`ordinal_spellings`: "Primeira Guerra
    Mundial", "Décima Primeira Guerra Mundial", "Undécima Guerra Mundial"; each word with the
    same ending)."""
    words, numbers, runs = written
    if numeral in words or value in numbers:
        return True
    return any(tuple(s + end for s in stems) in runs
               for stems in ordinal_spellings(value, locale) for end in _ORDINAL_ENDS)  # fmt: skip


def _fold(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _kept_name(title: str, target: str, data: LawTitleData | None) -> bool:
    """The title's name kept as written with only its head or prefix noun translated ("Build
    Back Better Act" -> "o Build Back Better Act" is the first test; "Operation Warp Speed" ->
    "Operação Warp Speed", "the Every Student Succeeds Act" -> "a lei Every Student
    Succeeds"): the words but the prefix, or but the head, in the target as written."""
    if data is None:
        return False
    words = title.split()
    if len(words) >= 2 and words[0].casefold() in data.prefixes:
        rest = " ".join(words[1:])
    elif len(words) >= 3 and words[-1].rstrip(".").casefold() in data.heads:
        rest = " ".join(words[:-1])
    else:
        return False
    return _fold(rest) in target


def translated_title_findings(
    ids: Sequence[str], sources: Sequence[str], targets: Sequence[str],
    terms: Sequence[Sequence[dict[str, Any]]], lang: str | None, locale: str,
) -> list[Finding]:
    """A warning on each title of a law, programme, plan or report (:func:`law_title_spans`)
    of a source that its published target does not hold as written (the engine translated it,
    whole or in part), naming the original: whether the target language has an established
    name for it the pipeline cannot know. Not a title that holds a glossary name (``terms``,
    per segment: the glossary stage's mentions, their ``source_span``).

    **One warning per title** of the texts given (an article's segments: the reviewer needs
    one line, untrans46), on its first translated mention (``segment``, ``source_span``),
    naming every segment where it is translated (``data["segments"]``, and the message when
    there are more than one). A title named by a numeral (:func:`numbered_title_spans`: "World
    War I", "Title IX", "Section 230") whose number the target does not write, as written, in
    digits or as the target language's ordinal word, gets a warning of kind ``title-number``,
    once per title too.
    """
    data = law_title_data(lang)
    places: dict[str, list[tuple[str, int, int]]] = {}  # title -> (segment, start, end)
    numbers: dict[str, list[tuple[str, int, int]]] = {}  # a numbered title whose number is lost
    for i, source in enumerate(sources):
        written: _Written | None = None
        checked: set[str] = set()
        for s, e, numeral, value in numbered_title_spans(source, lang):
            title = source[s:e]
            if title in checked:  # a title once per segment
                continue
            checked.add(title)
            written = written or _target_numbers(targets[i], locale)
            if not _number_kept(numeral, value, written, locale):
                numbers.setdefault(title, []).append((ids[i], s, e))
        spans = law_title_spans(source, lang)
        if not spans:
            continue
        named = [tuple(t["source_span"]) for t in terms[i] if t.get("source_span")]
        target = _fold(targets[i])
        seen: set[str] = set()
        for s, e in spans:
            title = source[s:e]
            if title in seen or any(a < e and s < b for a, b in named):
                continue
            seen.add(title)
            if _fold(title) in target or _kept_name(title, target, data):
                continue
            places.setdefault(title, []).append((ids[i], s, e))
    out: list[Finding] = []
    for title, where in places.items():
        segments = [seg for seg, _, _ in where]
        also = f" (in {len(segments)} segments: {', '.join(segments)})" if len(segments) > 1 else ""
        out.append(Finding(
            "untranslated", "warning",
            f"title of a law or programme translated: \u201c{title}\u201d{also}; check its "
            f"published name in {locale} or give the original",
            segment=segments[0], source_span=(where[0][1], where[0][2]),
            data={"kind": "title-translated", "title": title, "segments": segments},
        ))  # fmt: skip
    for title, where in numbers.items():
        segments = [seg for seg, _, _ in where]
        also = f" (in {len(segments)} segments: {', '.join(segments)})" if len(segments) > 1 else ""
        out.append(Finding(
            "untranslated", "warning",
            f"number of a title not in the edition: \u201c{title}\u201d{also}; check that "
            f"the {locale} text names the same number",
            segment=segments[0], source_span=(where[0][1], where[0][2]),
            data={"kind": "title-number", "title": title, "segments": segments},
        ))  # fmt: skip
    return out
