"""Per-locale spelling: rewrite the other variety's spellings in the engine's output.

The embedded en->pt model mixes Brazilian and European Portuguese ("sector" beside "setor").
``locales/spelling/<lang>.toml`` lists word pairs, one column per locale (``locales``), plus
``obsolete`` spellings that a spelling reform removed from every variety (rewritten into all of
them), and ``[[guarded]]`` pairs rewritten only where the source sentence matches a pattern
(the pt-PT "comboio" is the pt-BR "trem" only when the source says *train*: in Brazil it means
convoy), and ``[[one_way]]`` pairs rewritten only into the locales they name (pt-PT's preterite
"quebrámos" is "quebramos" in Brazil, but "quebramos" is also pt-PT's present tense).
A ``[[suffix_pairs]]`` rule pairs a regular correspondence over the language's spelling
dictionary instead of word by word (en.toml: every -ize verb of the en-US dictionary with its
-ise form).
The same mechanism serves en-US/en-GB (``en.toml``), es-ES/es-419 (``es.toml``) or
zh-Hans/zh-Hant (a file with ``word_boundaries = false``): a new file, no code. A file with
``lowercase_only = true`` leaves capitalized forms alone (names keep their spelling: "Labour
Party", "Barbican Centre").

A ``[progressive]`` table rewrites a periphrasis, not a word, for the locales it names: the
pt-PT progressive is "estar a" + infinitive where pt-BR writes "estar" + gerund ("estão sendo
usados" -> "estão a ser usados"), only where the source says a progressive.

An ``[address]`` table leaves out a pronoun of address where it is the subject of the verb
after it and nothing else could be read as that verb's subject (pt-PT: "Você pode ler" ->
"Pode ler", "Se você puder" -> "Se puder"), for the locales it names, only where the source
says "you" (variety42).

Rewrites are whole words, case kept (``Sector`` -> ``Setor``, ``SECTOR`` -> ``SETOR``), and
each is reported, so a reviewer can see what changed and why.

>>> text, changes = normalize("O sector da electricidade", "pt-BR")
>>> text
'O setor da eletricidade'
>>> [c["from"] + ">" + c["to"] for c in changes]
['sector>setor', 'electricidade>eletricidade']
>>> normalize("O comboio militar", "pt-BR", source="The military convoy")[0]
'O comboio militar'
>>> normalize("O comboio chegou", "pt-BR", source="The train arrived")[0]
'O trem chegou'
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from . import tomlcache
from .data import data_dir
from .errors import DataError
from .regexcache import compile as re_compile
from .regexcache import literal_alternation

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_LANG = re_compile(r"[a-z]{2,3}")


@dataclass(frozen=True)
class Rewrite:
    source_form: str
    target_form: str
    guard: re.Pattern[str] | None
    # a ``[[one_way]]`` block with ``grammar = true`` (variety41: "em um" -> "num"): rewritten
    # only outside quotation marks and where written in lower case after its first letter
    grammar: bool = False
    # a ``[[one_way]]`` block with ``outside_quotes = true`` (variety42: vocabulary, "mídia" ->
    # "comunicação social"): rewritten, as grammar is, only outside quotation marks and where
    # written in lower case after its first letter, and counted as a variety slip
    outside_quotes: bool = False


@dataclass(frozen=True)
class SpellingTable:
    locale: str
    pattern: re.Pattern[str] | None  # every form to rewrite, longest first
    rewrites: dict[str, tuple[Rewrite, ...]]  # casefolded form -> rewrites (guarded first)
    # only lower-case occurrences: a capitalized form may be a name ("Labour Party",
    # "Barbican Centre") that keeps its own spelling in every variety
    lowercase_only: bool = False
    # ``[agreement]``: the feminine forms of pairs that differ in gender, each determiner's
    # other gender, and the words after a noun that agree with nothing
    feminine: frozenset[str] = frozenset()
    other_gender: dict[str, str] | None = None
    invariant_after: frozenset[str] = frozenset()
    # the plural forms of pairs that differ in number ("Caribe" -> "Caraíbas"), each
    # determiner's other number, the copulas and adverbs read past after a noun, the words
    # before a noun that agree with nothing, those that may agree though they end in no -a/-o
    # ("bom", "dois"), and the endings of adjectives no regular -o/-a inflects ("europeu")
    plural: frozenset[str] = frozenset()
    other_number: dict[str, str] = field(default_factory=dict)
    copulas: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    invariant_before: frozenset[str] = frozenset()
    agreeing_before: frozenset[str] = frozenset()
    gendered_endings: tuple[str, ...] = ()
    # words in -ando/-endo/-indo that are no gerund (``[progressive] not_gerunds``): a gerund
    # after the noun agrees with nothing ("a monitorização anunciando", not "anuncianda")
    not_gerunds: frozenset[str] = frozenset()
    # articles: two of them never stand together, so the first of "a um aplicativo" is a
    # preposition and keeps its form (variety43)
    articles: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()  # a participle further on may agree (variety43)
    not_participles: frozenset[str] = frozenset()  # nouns of those endings ("dados")


def _canonical(tag: str) -> str:
    parts = re.split(r"[-_]", tag.strip())
    if not parts or not _LANG.fullmatch(parts[0].lower()):
        return ""
    rest = [p.upper() if len(p) == 2 else p.title() for p in parts[1:]]
    return "-".join([parts[0].lower(), *rest])


@cache
def _load(lang: str) -> dict[str, Any]:
    path = data_dir("locales") / "spelling" / f"{lang}.toml"
    if not path.is_file():
        return {}
    try:
        return tomlcache.loads(path.read_text(encoding="utf-8"))  # the shipped parse
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise DataError(f"bad spelling data: {exc}", path=str(path)) from None


@cache
def table_for(locale: str) -> SpellingTable:
    """The rewrites into ``locale`` (empty when no spelling file covers it)."""
    tag = _canonical(locale)
    lang = tag.split("-")[0] if tag else ""
    data = _load(lang) if lang else {}
    where = f"locales/spelling/{lang}.toml"
    columns = data.get("locales", [])
    if not data or tag not in columns:
        return SpellingTable(tag, None, {})
    col = columns.index(tag)
    entries: list[tuple[list[str], str | None]] = []
    for pair in data.get("pairs", []):
        entries.append((pair, None))
    for old in data.get("obsolete", []):
        # [modern, obsolete], or one modern form per locale then the obsolete one
        if not isinstance(old, list) or len(old) not in (2, len(columns) + 1):
            raise DataError(f"obsolete {old!r} must be [modern, obsolete]", path=where)
        modern = str(old[col]) if len(old) > 2 else str(old[0])
        pair = [str(old[-1])] * len(columns)
        pair[col] = modern
        entries.append((pair, None))
    listed = {str(form).casefold() for pair, _ in entries for form in pair}
    for rule in data.get("suffix_pairs", []):
        entries.extend((pair, None) for pair in _suffix_pairs(lang, rule, columns, where)
                       if pair[0] not in listed)
    for guarded in data.get("guarded", []):
        if not isinstance(guarded, dict) or "pair" not in guarded or "source" not in guarded:
            raise DataError("each [[guarded]] needs 'pair' and 'source'", path=where)
        pair = guarded["pair"]
        if isinstance(pair, list) and len(pair) == len(columns) + 1:
            # [one form per locale, a wrong sense]: the engine's wrong word rewritten into every
            # locale's form, only where the source says so ("18 Condes" for "18 Counts")
            fixed = [str(pair[-1])] * len(columns)
            fixed[col] = str(pair[col])
            pair = fixed
        entries.append((pair, str(guarded["source"])))
    grammar: set[str] = set()  # the source forms of ``grammar = true`` blocks
    sheltered: set[str] = set()  # the source forms of ``outside_quotes = true`` blocks
    for one_way in data.get("one_way", []):
        # pairs rewritten only into the locales of ``into``: their other forms are no words of
        # those locales, while a form of ``into`` may also be right in the other locales
        into = one_way.get("into") if isinstance(one_way, dict) else None
        pairs = one_way.get("pairs") if isinstance(one_way, dict) else None
        if not isinstance(into, list) or not isinstance(pairs, list) or not into or any(
            str(loc) not in columns for loc in into
        ):
            raise DataError(f"each [[one_way]] needs 'pairs' and 'into' (of {columns})",
                            path=where)
        if tag in into:
            # ``source``: only where the source sentence says so ("the media": the press)
            guard = one_way.get("source")
            if guard is not None and not isinstance(guard, str):
                raise DataError("a [[one_way]] source must be a pattern", path=where)
            entries.extend((pair, guard) for pair in pairs)
            for key, bucket in (("grammar", grammar), ("outside_quotes", sheltered)):
                if one_way.get(key, False) is True:
                    bucket.update(str(form).casefold() for pair in pairs
                                 if isinstance(pair, list)
                                 for i, form in enumerate(pair) if i != col)
    rewrites: dict[str, list[Rewrite]] = {}
    for pair, guard in entries:
        if not isinstance(pair, list) or len(pair) != len(columns):
            raise DataError(f"pair {pair!r} needs one form per locale {columns}", path=where)
        target = str(pair[col])
        try:
            compiled = re_compile(guard, re.I) if guard else None
        except re.error as exc:
            raise DataError(f"bad source pattern {guard!r}: {exc}", path=where) from None
        for i, form in enumerate(pair):
            form = str(form)
            if i == col or form.casefold() == target.casefold():
                continue
            rewrites.setdefault(form.casefold(), []).append(
                Rewrite(form, target, compiled, form.casefold() in grammar,
                        form.casefold() in sheltered))
    if not rewrites:
        return SpellingTable(tag, None, {})
    forms = sorted(rewrites, key=len, reverse=True)
    alternatives = literal_alternation(forms)  # the flat alternation's matches, faster
    # scripts written without spaces (zh-Hans/zh-Hant) have no word boundaries to wait for:
    # ``word_boundaries = false`` rewrites the forms wherever they stand, longest first
    if data.get("word_boundaries", True):
        # a hyphen joins words into one ("co-operate") unless the file says its compounds are
        # made of words that keep their own spelling ("económico-social": Portuguese)
        edge = r"\w" if data.get("hyphen_is_boundary", False) else r"\w-"
        pattern = re_compile(rf"(?<![{edge}])(?:{alternatives})(?![{edge}])", re.I)
    else:
        pattern = re_compile("(?:" + alternatives + ")")
    ordered = {k: tuple(sorted(v, key=lambda r: r.guard is None)) for k, v in rewrites.items()}
    agreement = data.get("agreement", {})
    other: dict[str, str] = {}
    for pair in agreement.get("determiners", []):
        if not isinstance(pair, list) or len(pair) != 2:
            raise DataError(f"determiners {pair!r} must be [feminine, masculine]", path=where)
        other[str(pair[0]).casefold()], other[str(pair[1]).casefold()] = (
            str(pair[1]).casefold(), str(pair[0]).casefold())
    numbers: dict[str, str] = {}
    for pair in agreement.get("numbers", []):
        if not isinstance(pair, list) or len(pair) != 2:
            raise DataError(f"numbers {pair!r} must be [singular, plural]", path=where)
        numbers[str(pair[0]).casefold()], numbers[str(pair[1]).casefold()] = (
            str(pair[1]).casefold(), str(pair[0]).casefold())

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in agreement.get(key, []))

    return SpellingTable(
        tag, pattern, ordered, bool(data.get("lowercase_only", False)),
        words("feminine"), other or None, words("invariant_after"), words("plural"), numbers,
        words("copulas"), words("adverbs"), words("invariant_before"),
        words("agreeing_before"), tuple(sorted(words("gendered_endings"))),
        frozenset(str(w).casefold() for w in data.get("progressive", {}).get("not_gerunds", [])),
        words("articles"), tuple(sorted(words("participle_endings"))), words("not_participles"),
    )


def _suffix_pairs(lang: str, rule: Any, columns: list[str], where: str) -> list[list[str]]:
    """The pairs a ``[[suffix_pairs]]`` rule makes from the language's spelling dictionary
    (``[dictionary]`` of ``locales/languages/<lang>.toml``): each word of the first column's
    spelling ending in the rule's first infix and one of its ``endings`` (``realized``), whose
    verb (stem, infix and the first ending: ``realize``) is listed and is no word of ``keep``,
    paired with the second column's infix (``realised``), unless that form is itself a word of
    the dictionary (another word, or a spelling the first column writes too)."""
    from .dictionary import language_words

    if not isinstance(rule, dict) or len(columns) != 2:
        raise DataError("[[suffix_pairs]] needs a table and two locales", path=where)
    infixes, endings = rule.get("infixes"), rule.get("endings")
    if (not isinstance(infixes, list) or len(infixes) != 2 or not isinstance(endings, list)
            or not endings):
        raise DataError("[[suffix_pairs]] needs infixes = [first, second] and endings",
                        path=where)
    words = language_words(lang)
    if words is None:
        return []
    first, second = str(infixes[0]), str(infixes[1])
    keep = {str(w) for w in rule.get("keep", [])}
    dictionary = words.common
    shape = re_compile(rf"([a-z]{{2,}}){re.escape(first)}({'|'.join(map(re.escape, endings))})")
    verb_ending = str(endings[0])
    out: list[list[str]] = []
    for word in sorted(w for w in dictionary if first in w):
        m = shape.fullmatch(word)
        if m is None:
            continue
        stem = m.group(1)
        verb = stem + first + verb_ending
        other = stem + second + m.group(2)
        if verb in dictionary and verb not in keep and other not in dictionary:
            out.append([word, other])
    return out


_WORD_BEFORE = re_compile(r"(?<![\w-])(\w+)([ \u00a0]+)$")
_WORD_AFTER = re_compile(r"[ \u00a0]+(\w+)")
# a quotation: its marks, an opening mark's run stopped by the next opening mark (linear)
_QUOTED = re_compile(r'“[^“”]*”|«[^«»]*»|"[^"]*"')
_GERUND = ("ando", "endo", "indo")
_BACK = 40  # characters read before a noun for one word: a window, not the text before it
_AHEAD = 6  # words read after a noun, within its clause (no punctuation between)


def _word_before(text: str, pos: int) -> re.Match[str] | None:
    """The word right before ``pos`` (and the spaces after it), read in a bounded window."""
    return _WORD_BEFORE.search(text, max(0, pos - _BACK), pos)


def _swap_determiner(table: SpellingTable, word: str, gender: bool, number: bool) -> str | None:
    """``word`` (casefolded) as the determiner of the other gender and/or number, or None."""
    if gender:
        word = (table.other_gender or {}).get(word, "")
    if number and word:
        word = table.other_number.get(word, "")
    return word or None


def _agreeing(table: SpellingTable, text: str, start: int, end: int, found: str,
              target: str) -> tuple[int, str, int, str] | None:
    """For a rewrite of ``text[start:end]`` (``found``) into ``target`` of another gender or
    number (``[agreement]``): ``(at, before, after_end, after)``, the text ``text[at:start]``
    (the determiners right before the noun: "o seu", "pelo") to write ``before`` and the text
    ``text[end:after_end]`` (an adjective or a predicate after it: "contínuo", "é feito") to write
    ``after`` in the new noun's gender and number; ``(start, "", end, "")`` when nothing around it
    needs to change; None when the noun cannot be rewritten without breaking an agreement the step
    cannot mend (a word before it that may agree and is no listed determiner: "o bom pedágio";
    a word after it that may agree and cannot be inflected by a regular ending: "a portagem cara"
    into a masculine noun, where "cara" may be a verb; any word after a noun whose number
    changes). Reads at most four words before the noun (two determiners, one invariant word
    read past), each in a window of ``_BACK`` characters, and ``_AHEAD`` words after it: linear
    in the text."""
    fem_from, fem_to = found.casefold() in table.feminine, target.casefold() in table.feminine
    pl_from, pl_to = found.casefold() in table.plural, target.casefold() in table.plural
    gender, number = fem_from != fem_to, pl_from != pl_to
    if table.other_gender is None or not (gender or number):
        return start, "", end, ""
    # after the noun: [copula] [adverb] adjective, inflected from -o(s) to -a(s) only (a word in
    # -a after a feminine noun may be a verb: "a portagem custa")
    words: list[re.Match[str]] = []
    pos = end
    while len(words) < _AHEAD:
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            break
        words.append(m)
        pos = m.end()
    old_end = ("a", "as") if fem_from else ("o", "os")  # what agrees with the noun as written

    def agrees(word: str) -> bool:  # a word that may agree with the noun as the engine wrote it
        low = word.casefold()
        if not word.islower() or low in table.invariant_after:
            return False
        if low.endswith(_GERUND) and low not in table.not_gerunds:
            return False  # a gerund: "o gerenciamento usando" -> "a gestão usando"
        return low.endswith(old_end) or low.endswith(table.gendered_endings)

    after_end, after = end, ""
    i = 0
    if words and words[0].group(1).casefold() in table.copulas:
        i = 1
    if i < len(words) and words[i].group(1).casefold() in table.adverbs:
        i += 1
    if i < len(words) and agrees(words[i].group(1)):
        word = words[i].group(1)
        if (number or fem_from or not word.casefold().endswith(old_end)
                or word.casefold().endswith(table.gendered_endings)):
            return None  # only -o(s) into -a(s): "contínuo" -> "contínua", "é feito" -> "é feita"
            # ("não", "então" in -ão are no -o adjective: variety43)
        cut = 2 if word.casefold().endswith("os") else 1
        after_end = words[i].end()
        after = text[end:words[i].start(1)] + word[:-cut] + ("as" if cut == 2 else "a")
        i += 1
    elif number and words and words[0].group(1).islower() and (
            words[0].group(1).casefold() not in table.invariant_after):
        return None
    # a predicate further on in the clause ("o gerenciamento de projetos é feito"): left alone
    for j in range(i, len(words) - 1):
        if words[j].group(1).casefold() in table.copulas and agrees(words[j + 1].group(1)):
            return None
    # into a feminine noun, a second word that agrees with the masculine one, after "e"/"ou": right
    # after the adjective just inflected ("os aplicativos nativos e híbridos") or a number right
    # after the noun ("um aplicativo ou dois"): the gender cannot be mended there, the noun is
    # left (a word in -a after a feminine noun may be a verb: only into a feminine noun)
    if gender and not fem_from and i + 1 < len(words):
        k = i if after else 0  # the word after the inflected adjective, or after the noun
        if k + 1 < len(words) and words[k].group(1).casefold() in ("e", "ou"):
            word = words[k + 1].group(1)
            if word.casefold() in table.agreeing_before or (after and agrees(word)):
                return None
    # into a feminine noun, a participle further on in the clause after a word that is no
    # preposition or determiner ("uma aplicação de software desenvolvido"): it may agree with
    # the noun and cannot be mended there, the noun is left
    if gender and not fem_from and table.participle_endings:
        for j in range(max(i, 1), len(words)):
            word = words[j].group(1)
            low, prev = word.casefold(), words[j - 1].group(1).casefold()
            if (word.islower() and low.endswith(table.participle_endings)
                    and low not in table.not_participles and prev not in table.invariant_after
                    and prev not in table.invariant_before):
                return None
    # before the noun: up to two determiners ("o seu", "todo o"), each written in the new
    # gender and number; a word that may agree and is none ("o bom pedágio", "uma nova
    # portagem") leaves the noun; one invariant word ("o principal pedágio") is read past, for
    # the determiners before it
    at, before = start, ""
    pos, swaps, skipped, last_low = start, 0, False, ""
    for _ in range(4):
        m = _word_before(text, pos)
        if m is None:
            break
        word = m.group(1)
        low = word.casefold()
        if swaps and low in table.articles and last_low in table.articles:
            break  # "a um aplicativo": the "a" is a preposition
        last_low = low
        determiner = low in (table.other_gender or {}) or low in table.other_number
        if not determiner and (low in table.invariant_before or not word.islower()):
            break
        if determiner and swaps < 2:
            swapped = _swap_determiner(table, low, gender, number)
            if swapped is None:
                return None
            before = _cased(word, swapped) + m.group(2) + text[m.end():at] + before
            at = pos = m.start(1)
            swaps += 1
            continue
        if swaps:
            break  # the word before a determiner agrees with something else
        if determiner or low.endswith(("a", "as", "o", "os")) or low in table.agreeing_before:
            return None
        if skipped:
            break
        skipped, pos = True, m.start(1)
    return at, before, after_end, after


def _cased(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _pick(options: tuple[Rewrite, ...], source: str | None, found: str) -> Rewrite | None:
    """The rewrite of ``found``: a form listed with a capital is a name ("Irão", "Vietname"),
    rewritten only where the text writes it with one (the verb "irão" is no "Irã")."""
    for option in options:
        if option.source_form[:1].isupper() and not found[:1].isupper():
            continue
        if option.guard is None:
            return option
        if source is not None and _guard_holds(option.guard, source):
            return option
    return None


@lru_cache(maxsize=256)
def _guard_holds(guard: re.Pattern[str], source: str) -> bool:
    """Whether ``source`` says what ``guard`` wants: read once per sentence and guard, not once
    per word it guards (a sentence of many "ligação" whose bail bond is at its end read its
    source once for each: quadratic, fixes52)."""
    return guard.search(source) is not None


@dataclass(frozen=True)
class Progressive:
    pattern: re.Pattern[str]  # an auxiliary, a proclitic or none, a gerund, an enclitic or none
    source: re.Pattern[str]  # the progressive the English source must say
    not_gerunds: frozenset[str]


def _locale_table(locale: str, name: str) -> tuple[dict[str, Any], str] | None:
    """The ``[name]`` table of the locale's spelling file and the file's path, when the table
    names ``locale`` among its ``locales`` (one reading for every such table)."""
    tag = _canonical(locale)
    lang = tag.split("-")[0] if tag else ""
    data = _load(lang).get(name) if lang else None
    if not isinstance(data, dict) or tag not in data.get("locales", []):
        return None
    return data, f"locales/spelling/{lang}.toml"


@cache
def progressive_for(locale: str) -> Progressive | None:
    """The ``[progressive]`` table of the locale's spelling file, when it names ``locale``."""
    table = _locale_table(locale, "progressive")
    if table is None:
        return None
    data, where = table
    auxiliaries, clitics = data.get("auxiliaries"), data.get("clitics", [])
    if not isinstance(auxiliaries, list) or not auxiliaries or "source" not in data:
        raise DataError("[progressive] needs auxiliaries and source", path=where)
    aux = literal_alternation(sorted(map(str, auxiliaries), key=len, reverse=True))
    cl = literal_alternation(sorted(map(str, clitics), key=len, reverse=True)) if clitics else ""
    before = rf"(?:(?P<pro>{cl})\s+)?" if cl else ""
    after = rf"(?:-(?P<enc>{cl}))?" if cl else ""
    try:
        source = re_compile(str(data["source"]), re.I)
    except re.error as exc:
        raise DataError(f"bad source pattern: {exc}", path=where) from None
    pattern = re_compile(
        rf"(?<![\w-])(?P<aux>(?i:{aux}))\s+{before}"
        rf"(?P<ger>[a-zà-öø-ÿ]*pondo|[a-zà-öø-ÿ]+(?:ando|endo|indo)){after}(?![\w-])")
    return Progressive(pattern, source, frozenset(str(w) for w in data.get("not_gerunds", [])))


@dataclass(frozen=True)
class GerundProgressive:
    pattern: re.Pattern[str]  # an auxiliary, "a", an infinitive (no clitic after a hyphen)
    source: re.Pattern[str]  # the progressive the English source must say
    not_infinitives: frozenset[str]


@cache
def gerund_progressive_for(locale: str) -> GerundProgressive | None:
    """The ``[progressive]`` table read the other way, for a locale of its ``gerund_locales``:
    "estar a" + infinitive written "estar" + gerund (Brazil's periphrasis)."""
    tag = _canonical(locale)
    lang = tag.split("-")[0] if tag else ""
    data = _load(lang).get("progressive") if lang else None
    if not isinstance(data, dict) or tag not in data.get("gerund_locales", []):
        return None
    where = f"locales/spelling/{lang}.toml"
    auxiliaries = data.get("auxiliaries")
    if not isinstance(auxiliaries, list) or not auxiliaries or "source" not in data:
        raise DataError("[progressive] needs auxiliaries and source", path=where)
    aux = literal_alternation(sorted(map(str, auxiliaries), key=len, reverse=True))
    try:
        source = re_compile(str(data["source"]), re.I)
    except re.error as exc:
        raise DataError(f"bad source pattern: {exc}", path=where) from None
    pattern = re_compile(
        rf"(?<![\w-])(?P<aux>(?i:{aux}))\s+a\s+(?P<inf>pôr|[a-zà-öø-ÿ]+(?:ar|er|ir))(?![\w-])")
    return GerundProgressive(pattern, source,
                             frozenset(str(w) for w in data.get("not_infinitives", [])))


def _gerund(infinitive: str) -> str:
    """The gerund of a regular infinitive: -ar -> -ando, -er -> -endo, -ir -> -indo, "pôr" ->
    "pondo".

    >>> [_gerund(v) for v in ("ser", "traduzir", "estabelecer", "olhar", "ir", "pôr")]
    ['sendo', 'traduzindo', 'estabelecendo', 'olhando', 'indo', 'pondo']
    """
    if infinitive == "pôr":
        return "pondo"
    return infinitive[:-2] + {"ar": "ando", "er": "endo", "ir": "indo"}[infinitive[-2:]]


def _gerund_progressive(text: str, locale: str, source: str | None,
                        changes: list[dict[str, Any]]) -> str:
    """``text`` with each "estar a" + infinitive written "estar" + gerund, for a locale of
    ``[progressive] gerund_locales`` (the embedded model writes Portugal's periphrasis in
    Brazilian editions too: probe47), the changes appended to ``changes`` and the spans of
    those already there moved with the text. Nothing without a ``source`` that says a
    progressive; an infinitive with a clitic after a hyphen ("a tornar-se") and a word of
    ``not_infinitives`` ("está a par") are left.

    >>> normalize("Os EUA estão a traduzir estes compromissos.", "pt-BR",
    ...           source="The U.S. is translating these commitments.")[0]
    'Os EUA estão traduzindo estes compromissos.'
    >>> normalize("Os EUA estão a traduzir estes compromissos.", "pt-PT",
    ...           source="The U.S. is translating these commitments.")[0]
    'Os EUA estão a traduzir estes compromissos.'
    """
    table = gerund_progressive_for(locale)
    if table is None or source is None or " a " not in text:
        return text
    out: list[str] = []
    done: list[tuple[int, int, int, int]] = []
    mine: list[dict[str, Any]] = []
    last = shift = 0
    said = False  # the source's progressive, read at the first periphrasis only (it costs more
    for m in table.pattern.finditer(text):  # than the target's pattern; most texts have none)
        infinitive = m.group("inf")
        if infinitive.casefold() in table.not_infinitives:
            continue
        if not said:
            if not table.source.search(source):
                return text
            said = True
        new = f"{m.group('aux')} {_gerund(infinitive)}"
        start = m.start() + shift
        shift += len(new) - (m.end() - m.start())
        done.append((m.start(), m.end(), start, start + len(new)))
        out.append(text[last:m.start()])
        out.append(new)
        mine.append({"from": m.group(0), "to": new, "span": [start, start + len(new)]})
        last = m.end()
    if not out:
        return text
    _follow(changes, done)
    changes.extend(mine)
    out.append(text[last:])
    return "".join(out)


def _follow(changes: list[dict[str, Any]], done: list[tuple[int, int, int, int]]) -> None:
    """The spans of ``changes`` (in the text before a pass) moved to the text after it:
    ``done`` holds the pass's rewrites in text order, (old start, old end, new start, new
    end). A span after a rewrite moves with the text; one that overlaps a rewrite is now in it
    (a word rewritten inside a periphrasis: "contatando" -> "a contactar"). One walk over both
    lists, the changes in the order of their spans: linear, not "every change x every match".
    """
    if not done or not changes:
        return
    j = shift = 0
    for c in sorted(changes, key=lambda c: c["span"][0]):
        c0, c1 = c["span"]
        while j < len(done) and done[j][1] <= c0:
            shift += (done[j][3] - done[j][2]) - (done[j][1] - done[j][0])
            j += 1
        if j < len(done) and done[j][0] < c1:
            c["span"] = [done[j][2], done[j][3]]
        else:
            c["span"] = [c0 + shift, c1 + shift]


def _infinitive(gerund: str) -> str:
    """The infinitive of a regular gerund: -ando -> -ar, -endo -> -er, -indo -> -ir, -pondo ->
    -por ("pondo" -> "pôr").

    >>> [_infinitive(g) for g in ("sendo", "usando", "construindo", "pondo", "compondo")]
    ['ser', 'usar', 'construir', 'pôr', 'compor']
    """
    if gerund == "pondo":
        return "pôr"
    if gerund.endswith("pondo"):
        return gerund[:-5] + "por"
    return gerund[:-4] + {"ando": "ar", "endo": "er", "indo": "ir"}[gerund[-4:]]


def _progressive(text: str, locale: str, source: str | None,
                 changes: list[dict[str, Any]]) -> str:
    """``text`` with each "estar" + gerund written "estar a" + infinitive (``[progressive]``),
    the changes appended to ``changes`` and the spans of those already there moved with the
    text. Nothing without a ``source`` that says a progressive.

    >>> normalize("Os dados estão sendo usados.", "pt-PT", source="The data are being used.")[0]
    'Os dados estão a ser usados.'
    >>> normalize("Ela está se tornando rara.", "pt-PT", source="It is becoming rare.")[0]
    'Ela está a tornar-se rara.'
    >>> normalize("A empresa está planejando testes.", "pt-PT", source="It is planning tests.")[0]
    'A empresa está a planear testes.'
    >>> normalize("Os dados estão sendo usados.", "pt-BR", source="The data are being used.")[0]
    'Os dados estão sendo usados.'
    """
    table = progressive_for(locale)
    if table is None or source is None or "ndo" not in text or not table.source.search(source):
        return text
    words = table_for(locale)
    out: list[str] = []
    done: list[tuple[int, int, int, int]] = []
    mine: list[dict[str, Any]] = []
    last = shift = 0
    for m in table.pattern.finditer(text):
        gerund = m.group("ger")
        pro, enc = m.group("pro"), m.group("enc")
        if gerund in table.not_gerunds or (pro and enc):
            continue
        clitic = pro or enc
        infinitive = _infinitive(gerund)  # in the locale's spelling: "planejando" -> "planear"
        choice = _pick(words.rewrites.get(infinitive.casefold(), ()), source, infinitive)
        if choice is not None:
            infinitive = _cased(infinitive, choice.target_form)
        new = f"{m.group('aux')} a {infinitive}" + (f"-{clitic}" if clitic else "")
        start = m.start() + shift
        shift += len(new) - (m.end() - m.start())
        done.append((m.start(), m.end(), start, start + len(new)))
        out.append(text[last:m.start()])
        out.append(new)
        mine.append({"from": m.group(0), "to": new, "span": [start, start + len(new)]})
        last = m.end()
    if not out:
        return text
    _follow(changes, done)  # the earlier rewrites' spans, moved with the text
    changes.extend(mine)
    out.append(text[last:])
    return "".join(out)


def normalize(
    text: str, locale: str, *, source: str | None = None
) -> tuple[str, list[dict[str, Any]]]:
    """``text`` with the other varieties' spellings rewritten for ``locale``, and the changes
    (``from``, ``to``, ``span`` in the new text). ``source`` is the sentence translated, for
    guarded pairs; without it they are left alone."""
    table = table_for(locale)
    if table.pattern is None:
        return text, []
    text, changes = _words(table, text, source)
    text = _progressive(text, locale, source, changes)
    text = _gerund_progressive(text, locale, source, changes)
    text = _address(text, locale, source, changes)
    return _possessive(text, locale, changes), changes


def _words(table: SpellingTable, text: str, source: str | None
           ) -> tuple[str, list[dict[str, Any]]]:
    """``normalize``'s word pairs."""
    changes: list[dict[str, Any]] = []
    if table.pattern is None:
        return text, changes
    out: list[str] = []
    last = 0
    shift = 0
    quoted: list[tuple[int, int]] | None = None  # the quotations' spans, found once if needed
    strict: list[tuple[int, int]] | None = None  # and those of ``_quotations``
    for m in table.pattern.finditer(text):
        found = m.group(0)
        if table.lowercase_only and found != found.lower():
            continue
        choice = _pick(table.rewrites.get(found.casefold(), ()), source, found)
        if choice is None:
            continue
        if choice.grammar or choice.outside_quotes:  # "Em Um Mundo" is a title's words, a
            # quotation is a speaker's
            if found[1:] != found[1:].lower():
                continue
            if choice.outside_quotes:  # vocabulary: a quotation whose other mark is in
                # another segment counts too, and a straight mark unpaired leaves the text alone
                if strict is None:
                    strict = [(0, len(text))] if text.count('"') % 2 else _quotations(text)
                spans = strict
            else:
                if quoted is None:
                    quoted = [q.span() for q in _QUOTED.finditer(text)]
                spans = quoted
            k = bisect.bisect_right(spans, (m.start(), len(text) + 1)) - 1
            if k >= 0 and spans[k][1] > m.start():
                continue
        target = choice.target_form
        new = target if target[:1].isupper() else _cased(found, target)
        agree = _agreeing(table, text, m.start(), m.end(), found, target)
        if agree is None or agree[0] < last:
            continue  # "a portagem cara": left as the engine wrote it, not "a pedágio cara"
        at, word, until, after = agree
        if word:  # "A portagem" -> "O pedágio": the determiner takes the noun's gender
            new = word + (new[:1].lower() + new[1:] if found[:1].islower() else new)
        new += after  # "o gerenciamento contínuo" -> "a gestão contínua"
        found = text[at:until]
        out.append(text[last:at])
        out.append(new)
        start = at + shift
        changes.append({"from": found, "to": new, "span": [start, start + len(new)]})
        shift += len(new) - len(found)
        last = until
    if not changes:
        return text, []
    out.append(text[last:])
    return "".join(out), changes


def variant_slips(text: str, locale: str, *, source: str | None = None) -> list[str]:
    """Words of ``text`` spelled as another variety spells them (guarded pairs only where
    ``source`` matches their guard); grammar ("em um", a ``grammar = true`` block) is no
    spelling and is left out."""
    table = table_for(locale)
    if table.pattern is None:
        return []
    out = []
    for m in table.pattern.finditer(text):
        choice = _pick(table.rewrites.get(m.group(0).casefold(), ()), source, m.group(0))
        if choice is not None and not choice.grammar and not (
                table.lowercase_only and m.group(0) != m.group(0).lower()):
            out.append(m.group(0))
    return out


@dataclass(frozen=True)
class Address:
    pronoun: str  # casefolded
    source: re.Pattern[str]  # what the English source must say ("you")
    openers: frozenset[str]  # one word that may begin the sentence before the pronoun
    lead_phrases: frozenset[str]  # a phrase that may begin the sentence, then a comma
    not_before: frozenset[str]  # words after the pronoun that keep it
    # a verb in the past that keeps the pronoun at a sentence's bare start ("Você disse que"
    # would read "He said that" without it), its endings and its irregular forms
    past_endings: tuple[str, ...]
    past: frozenset[str]
    plural_endings: tuple[str, ...]  # a verb in the plural has another subject too
    singular: frozenset[str]  # words of those endings that are no plural ("não", "tem")
    # phrases that open a clause before the pronoun, its subject ("uma vez que", "o que")
    opener_phrases: frozenset[str] = frozenset()
    # a preposition before the pronoun, its object: what the two words become ("para si")
    objects: dict[str, str] = field(default_factory=dict)
    # prepositions whose pronoun is the subject of an infinitive after it ("para você ver"):
    # the pronoun is left out there; after the others the words are kept
    infinitive_prepositions: frozenset[str] = frozenset()
    not_infinitives: frozenset[str] = frozenset()  # words in -r that are no infinitive
    object_not_before: frozenset[str] = frozenset()  # words after it that keep the pronoun
    object_not_before_endings: tuple[str, ...] = ()  # and their endings ("-mente")
    object_not_after: frozenset[str] = frozenset()  # words earlier in the sentence that do


@cache
def address_for(locale: str) -> Address | None:
    """The ``[address]`` table of the locale's spelling file, when it names ``locale``."""
    table = _locale_table(locale, "address")
    if table is None:
        return None
    data, where = table
    if not isinstance(data.get("pronoun"), str) or "source" not in data:
        raise DataError("[address] needs pronoun and source", path=where)
    try:
        source = re_compile(str(data["source"]), re.I)
    except re.error as exc:
        raise DataError(f"bad source pattern: {exc}", path=where) from None

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in data.get(key, []))

    objects = data.get("objects", {})
    if not isinstance(objects, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in objects.items()):
        raise DataError("[address] objects must map a preposition to its words", path=where)
    return Address(str(data["pronoun"]).casefold(), source, words("openers"),
                   words("lead_phrases"), words("not_before"),
                   tuple(sorted(words("past_endings"))), words("past"),
                   tuple(sorted(words("plural_endings"))), words("singular"),
                   words("opener_phrases"),
                   {k.casefold(): v for k, v in objects.items()},
                   words("infinitive_prepositions"), words("not_infinitives"),
                   words("object_not_before"), tuple(sorted(words("object_not_before_endings"))),
                   words("object_not_after"))


# a sentence: up to its end mark (a new one after ., !, ?, ; or : or a line break), one scan
_SENTENCE = re_compile(r"[^.!?;:\n]+[.!?;:]*|[.!?;:\n]+")
# what may stand before a sentence's first word: spaces, dashes, a list's or heading's marks
_LEAD = re_compile(r"[\s\-\u2013\u2014*>#()\[\]]*")
# a sentence's tokens: a word, a number, a comma, any other mark (spaces between are skipped)
_TOKEN = re_compile(r"[^\W\d_][\w-]*|\d\w*|,|[^\w\s]")


def address_only(text: str, locale: str, source: str | None) -> str:
    """``text`` with only the ``[address]`` step applied: for the inline stage's marked
    translations ("[Necessidade:] Você precisa"), which it aligns word by word with the
    edition's sentence, where the pronoun is out ("Necessidade: Precisa")."""
    return _address(text, locale, source, [])


def _quotations(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s quotations, in order: the paired ones, the text before a closing
    mark whose opening mark is in another segment ("..., it's in the tens" said Obama: the
    segment starts inside the quotation), and the text after an opening mark never closed."""
    spans = [q.span() for q in _QUOTED.finditer(text)]
    for opening, closing in (("\u201c", "\u201d"), ("\u00ab", "\u00bb")):
        close, open_ = text.find(closing), text.find(opening)
        if close >= 0 and (open_ < 0 or close < open_):
            spans.append((0, close + 1))
        last_open = text.rfind(opening)
        if last_open >= 0 and text.find(closing, last_open) < 0:
            spans.append((last_open, len(text)))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:  # the spans, none inside another: a bisect finds the one a position is in
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _infinitive_after(table: Address, word: str) -> bool:
    """``word`` (after the pronoun) reads as an infinitive: lower case, in -r, not listed."""
    return (word[:1].isalpha() and word.islower() and word.endswith("r")
            and word not in table.not_infinitives)


def _object_ok(table: Address, text: str, before: re.Match[str], tok: re.Match[str],
               after: str, gap: str) -> bool:
    """The pronoun ``tok`` after the preposition ``before`` may be rewritten: written in lower
    case, one space or more from it, the word after it not a clitic or other listed word, and
    an infinitive after it only where the preposition may take one without the pronoun."""
    if tok.group(0) != table.pronoun or text[before.end():tok.start()].strip(" \u00a0"):
        return False
    if before.end() == tok.start() or after.casefold() in table.object_not_before:
        return False
    if table.object_not_before_endings and after.casefold().endswith(
            table.object_not_before_endings):
        return False
    if after[:1].isalpha() and not after.islower():  # "Para Você Ler": a title's words
        return False
    if _infinitive_after(table, after):
        return (before.group(0).casefold() in table.infinitive_prepositions
                and gap.strip(" \u00a0") == "")
    return True


def _address(text: str, locale: str, source: str | None,
             changes: list[dict[str, Any]]) -> str:
    """``text`` with the ``[address]`` pronoun left out where it is the subject of the verb
    right after it, at the start of its sentence (after at most one word of ``openers``, a
    phrase of ``lead_phrases`` and a comma, or a comma after a clause whose own pronoun was
    left out; after an opener anywhere once a pronoun of the sentence is out), outside
    quotations; a verb in the past keeps it at the sentence's bare start; the changes
    appended to ``changes`` and the spans of those already there moved with the text. Each
    sentence that holds the pronoun is read once, token by token: linear in the text.

    >>> normalize("Você pode ler o relatório.", "pt-PT", source="You can read the report.")[0]
    'Pode ler o relatório.'
    >>> normalize("Se você puder, você deve ir.", "pt-PT", source="If you can, you should go.")[0]
    'Se puder, deve ir.'
    >>> normalize("Ele diz que você pode ir.", "pt-PT", source="He says you can go.")[0]
    'Ele diz que você pode ir.'
    >>> normalize("Você pode ler o relatório.", "pt-BR", source="You can read the report.")[0]
    'Você pode ler o relatório.'
    """
    table = address_for(locale)
    if table is None or source is None or table.pronoun not in text.casefold():
        return text
    if not table.source.search(source) or text.count('"') % 2:
        return text  # a straight quotation mark unpaired: the segment may be inside a quotation
    quoted: list[tuple[int, int]] | None = None
    out: list[str] = []
    done: list[tuple[int, int, int, int]] = []
    mine: list[dict[str, Any]] = []
    last = shift = 0
    for sentence in _SENTENCE.finditer(text):
        if table.pronoun not in sentence.group(0).casefold():
            continue
        begin = _LEAD.match(text, sentence.start(), sentence.end())
        tokens = list(_TOKEN.finditer(text, begin.end() if begin else sentence.start(),
                                      sentence.end()))
        lead: list[str] = []  # the clause's words before the pronoun, casefolded
        open_ok = True  # a pronoun at this clause's start may be left out
        dropped = False  # a pronoun of this sentence was left out
        third = False  # a word of ``object_not_after`` came earlier in the sentence
        for n, tok in enumerate(tokens):
            low = tok.group(0).casefold()
            if low == ",":
                open_ok = dropped or " ".join(lead) in table.lead_phrases
                lead = []
                continue
            if low != table.pronoun:
                lead.append(low)
                third = third or low in table.object_not_after
                continue
            after = tokens[n + 1] if n + 1 < len(tokens) else None
            verb = after.group(0) if after is not None else ""
            gap = text[tok.end():after.start()] if after is not None else "-"
            before = (tokens[n - 1] if n and lead and lead[-1] in table.objects
                      and not third else None)
            if before is not None:  # "para você": the pronoun is the preposition's object,
                # or the subject of the infinitive after it ("para você ver" -> "para ver")
                if not _object_ok(table, text, before, tok, verb, gap):
                    lead.append(low)
                    continue
                if quoted is None:
                    quoted = _quotations(text)
                k = bisect.bisect_right(quoted, (before.start(), len(text) + 1)) - 1
                if (k >= 0 and quoted[k][1] > before.start()) or before.start() < last:
                    lead.append(low)
                    continue
                if after is not None and _infinitive_after(table, verb):
                    # the pronoun and the spaces after it leave the text, as a subject's
                    start, end = tok.start(), after.start()
                    at = start + shift
                    shift -= end - start
                    done.append((start, end, at, at))
                    mine.append({"from": text[start:after.end()], "to": verb,
                                 "span": [at, at + len(verb)]})
                    new = ""
                else:
                    form = table.objects[lead[-1]]
                    start, end = before.start(), tok.end()
                    new = form[:1].upper() + form[1:] if before.group(0)[:1].isupper() else form
                    at = start + shift
                    shift += len(new) - (end - start)
                    done.append((start, end, at, at + len(new)))
                    mine.append({"from": text[start:end], "to": new,
                                 "span": [at, at + len(new)]})
                out.append(text[last:start])
                out.append(new)
                last = end
                lead.append("\0")
                continue
            # at its clause's start, or after an opener once this sentence's pronoun is out
            # ("Pode precisar de cortar se você estiver": the same reader)
            if not (((open_ok and (not lead or (len(lead) == 1 and lead[0] in table.openers)
                                   or " ".join(lead) in table.opener_phrases))
                     or (dropped and lead and lead[-1] in table.openers))
                    and verb[:1].isalpha() and verb.islower()
                    and gap.strip(" \u00a0") == ""
                    and verb not in table.not_before
                    and (lead or not (verb in table.past or verb.endswith(table.past_endings)))
                    and (verb in table.singular or not verb.endswith(table.plural_endings))):
                lead.append(low)
                continue
            if quoted is None:
                quoted = _quotations(text)
            k = bisect.bisect_right(quoted, (tok.start(), len(text) + 1)) - 1
            if k >= 0 and quoted[k][1] > tok.start():
                lead.append(low)
                continue
            # "Você pode" -> "Pode": the verb takes the pronoun's capital at a sentence's start
            assert after is not None
            # the text loses the pronoun and the spaces after it (``done``: the spans of earlier
            # changes inside the verb, "estiver a usar", move with it); the verb's first letter
            # may take a capital, same length; the change reported is pronoun and verb
            start, verb_at = tok.start(), after.start()
            first = not lead and n == 0
            new = verb[:1].upper() + verb[1:] if tok.group(0)[:1].isupper() and first else verb
            at = start + shift
            shift -= verb_at - start
            done.append((start, verb_at, at, at))
            out.append(text[last:start])
            out.append(new[:1])
            mine.append({"from": text[start:after.end()], "to": new,
                         "span": [at, at + len(new)]})
            last = verb_at + 1
            dropped = True
            lead.append("\0")  # the clause's pronoun is out: no other may follow it
    if not out:
        return text
    _follow(changes, done)
    changes.extend(mine)
    out.append(text[last:])
    return "".join(out)


@dataclass(frozen=True)
class Possessive:
    pattern: re.Pattern[str]  # the possessives, whole words
    articles: dict[str, int]  # possessive (casefolded) -> its article's column (o, a, os, as)
    determiners: frozenset[str]  # a word before the possessive that needs no article
    keep: frozenset[str]  # three words left as they are ("por sua vez")
    not_before: frozenset[str]  # a word after the possessive that is no noun ("filho seu de")
    contractions: dict[str, tuple[str, str, str, str]]  # preposition -> its four contractions


_ARTICLES = ("o", "a", "os", "as")
# what may stand right before a possessive at a clause's start: nothing, or a mark
_CLAUSE_MARK = re_compile(r"(?:^|[.,;:!?(\n\-\u2013\u2014*#>])[ \u00a0]*$")


@cache
def possessive_for(locale: str) -> Possessive | None:
    """The ``[possessive]`` table of the locale's spelling file, when it names ``locale``."""
    table = _locale_table(locale, "possessive")
    if table is None:
        return None
    data, where = table
    forms = data.get("forms")
    if not isinstance(forms, dict) or not forms or not all(
            isinstance(v, str) and v in _ARTICLES for v in forms.values()):
        raise DataError("[possessive] forms must map a possessive to o, a, os or as",
                        path=where)
    contractions: dict[str, tuple[str, str, str, str]] = {}
    for prep, four in (data.get("contractions") or {}).items():
        if not (isinstance(four, list) and len(four) == 4
                and all(isinstance(w, str) and w for w in four)):
            raise DataError(f"[possessive] contractions.{prep} needs four forms", path=where)
        contractions[prep.casefold()] = (four[0], four[1], four[2], four[3])
    names = sorted(forms, key=len, reverse=True)
    pattern = re_compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names)
                         + r")(?![\w-])", re.I)
    return Possessive(pattern, {k.casefold(): _ARTICLES.index(v) for k, v in forms.items()},
                      frozenset(str(w).casefold() for w in data.get("determiners", [])),
                      frozenset(" ".join(str(w).casefold().split()) for w in data.get("keep", [])),
                      frozenset(str(w).casefold() for w in data.get("not_before", [])),
                      contractions)


def _possessive(text: str, locale: str, changes: list[dict[str, Any]]) -> str:
    """``text`` with the article written before a possessive that has none ("seu código" ->
    "o seu código", "em seu projeto" -> "no seu projeto"), by the locale's ``[possessive]``
    table; outside quotations; the changes appended to ``changes`` and the spans of those
    already there moved with the text. Each possessive reads one word before it (in a window
    of ``_BACK`` characters) and one after it: linear in the text.

    >>> normalize("Verifique seu código em seu projeto.", "pt-PT")[0]
    'Verifique o seu código no seu projeto.'
    >>> normalize("Verifique seu código.", "pt-BR")[0]
    'Verifique seu código.'
    """
    table = possessive_for(locale)
    if table is None:
        return text
    out: list[str] = []
    done: list[tuple[int, int, int, int]] = []
    mine: list[dict[str, Any]] = []
    quoted: list[tuple[int, int]] | None = None
    last = shift = 0
    for m in table.pattern.finditer(text):
        found = m.group(0)
        nxt = _WORD_AFTER.match(text, m.end())
        if (nxt is None or not nxt.group(1)[:1].isalpha() or not nxt.group(1).islower()
                or nxt.group(1) in table.not_before):
            continue  # "um amigo seu.", "Seu Código", "um filho seu de": no noun after it
        before = _word_before(text, m.start())
        column = table.articles[found.casefold()]
        # what changes: text[start:end] becomes ``new`` (the preposition contracted, or the
        # article put before the possessive, whose capital it takes: "Seu" -> "O seu")
        if before is not None:
            prev = before.group(1)
            low = prev.casefold()
            if found != found.lower() or low in table.determiners or not prev[:1].isalpha():
                continue
            if f"{low} {found.casefold()} {nxt.group(1)}" in table.keep:
                continue
            if low in table.contractions:
                if not prev[1:].islower() and len(prev) > 1:
                    continue  # "DE SEU": capitals
                word = table.contractions[low][column]
                new = word[:1].upper() + word[1:] if prev[:1].isupper() else word
                start, end = before.start(1), before.end(1)
            else:
                start = end = m.start()
                new = _ARTICLES[column] + " "
        else:
            if not _CLAUSE_MARK.search(text[max(0, m.start() - _BACK):m.start()]):
                continue
            if found[1:] != found[1:].lower():
                continue
            start = end = m.start()
            new = _ARTICLES[column] + " "
            if found[:1].isupper():
                new = new.capitalize()
        if start < last:
            continue
        if quoted is None:
            quoted = [(0, len(text))] if text.count('"') % 2 else _quotations(text)
        k = bisect.bisect_right(quoted, (start, len(text) + 1)) - 1
        if k >= 0 and quoted[k][1] > start:
            continue
        at = start + shift
        shift += len(new) - (end - start)
        done.append((start, end, at, at + len(new)))
        out.append(text[last:start])
        out.append(new)
        last = end
        if start == m.start() and found[:1].isupper():  # the possessive loses its capital:
            out.append(found[:1].lower())  # same length, no span moves
            last = m.start() + 1
        mine.append({"from": text[start:m.end()],
                     "to": new + (found[:1].lower() + found[1:] if start == m.start()
                                  else text[end:m.end()]),
                     "span": [at, at + len(new) + m.end() - end]})
    if not out:
        return text
    _follow(changes, done)
    changes.extend(mine)
    out.append(text[last:])
    return "".join(out)
