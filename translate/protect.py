"""Keep glossary names right through machine translation.

Strategy (measured on the embedded en->pt engine, see the glossary README section): translate
each sentence *with* its names, after replacing flagged source variants by the canonical form
(so "Poshinian" reaches the engine as "Pashinyan" and grammar around names survives: "Azerbaijan’s
President" -> "o presidente do Azerbaijão"). Then verify the output: every mention must be
found in the target, in its target-locale form (glossary form, else CLDR, else canonical);
variants (the English name left untranslated, another locale's form, a misspelling) are
replaced by that form. Only when a name vanished is the sentence translated again with the
missing names masked by placeholders the engine keeps intact (``XNAME0X``); every placeholder
must come back exactly once, or the first translation is kept and the name is flagged.

Use::

    prepared = protect_segments(segments, glossary, "pt-BR", "en")
    outputs = engine.translate(prepared.texts, ...)            # one output per text
    result = restore_segments(prepared, outputs, retranslate=lambda texts: ...)
    result.targets, result.findings, result.terms, result.report
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any, Literal

from .glossary.forms import (
    accepted_forms,
    adjective_of,
    all_forms,
    glossary_form,
    locale_chain,
    own_city_names,
    regional_forms,
    source_forms,
    target_form,
)
from .glossary.load import is_gazetteer_name
from .glossary.match import (
    _DERIVING_SUFFIXES,
    _VOWEL_ONLY,
    MentionContext,
    _is_acronym,
    _token_close,
    family_name_first,
    find_mentions,
    max_edits,
    named_in_full,
    others_surname,
    persons_word,
)
from .glossary.model import SURE_SCORE, Entry, Glossary, Mention, UntoldPerson
from .glossary.normalize import (
    Token,
    fold,
    gap_allowed,
    is_sentence_start,
    readings,
    skeleton,
    token_keys,
    tokenize,
)
from .glossary.words import (
    DEMONYMS,
    MONTHS_AND_DAYS,
    context_words,
    is_title,
    local_towns,
    subdivisions,
)
from .model import Finding, GlossaryItem, GlossaryReport, Segment
from .regexcache import compile as re_compile
from .untranslatable import verbatim_spans

Status = Literal["kept", "repaired", "missing", "duplicated"]
Retranslate = Callable[[list[str]], list[str]]

PLACEHOLDER = "XNAME{n}X"
_PLACEHOLDER_RE = re_compile(r"XNAME(\d+)X")


@dataclass(frozen=True)
class Expectation:
    """One source mention and what the target must contain for it."""

    mention: Mention
    expected: str  # the target-locale form (or surname) that must appear
    part: Literal["full", "surname"]
    accepted: tuple[str, ...] = ()  # other acceptable target forms (an alias the source used)


@dataclass
class ProtectedSegment:
    """A segment ready for MT: the text to send and the names it must get back."""

    segment: Segment
    mt_source: str
    expectations: list[Expectation]
    mt_spans: list[tuple[int, int]]  # where each expectation's name sits in ``mt_source``
    source_fixed: bool  # a flagged source variant was replaced before MT
    # lone surnames that may name several listed persons, the text not telling which: no
    # expectation, a warning (glossary54)
    untold: tuple[UntoldPerson, ...] = ()


@dataclass
class Prepared:
    """The state between ``protect_segments`` and ``restore_segments``."""

    glossary: Glossary
    locale: str
    source_lang: str
    items: list[ProtectedSegment]

    @property
    def texts(self) -> list[str]:
        """What to send to the engine, one text per segment."""
        return [item.mt_source for item in self.items]


@dataclass
class Placement:
    """Where one expectation ended up in the target."""

    expectation: Expectation
    status: Status
    target_span: tuple[int, int] | None = None
    target_surface: str | None = None
    found_as: str | None = None  # what the engine wrote before repair
    actions: list[str] = field(default_factory=list)


@dataclass
class Verified:
    """One sentence's names found (and repaired) in one MT output ahead of
    :func:`restore_segments` (:func:`verify_ahead`), taken there only for the same segment
    object and the same output: the same call, made earlier."""

    item: ProtectedSegment
    output: str
    target: str
    placements: list[Placement]

    @property
    def terms(self) -> list[dict[str, Any]]:
        """The terms :func:`restore_segments` gives the segment when the placeholder fallback
        changes nothing (their source spans are all the checks read)."""
        return _terms(self.placements)


@dataclass
class RestoreResult:
    targets: list[str]
    findings: list[list[Finding]]  # per segment
    terms: list[list[dict[str, Any]]]  # per segment, for TranslatedSegment.terms
    report: GlossaryReport

    @property
    def all_findings(self) -> list[Finding]:
        return [f for group in self.findings for f in group]


# -- protect --------------------------------------------------------------------------------

def _surname(text: str, first: bool = False) -> str:
    """The surname in a form: its last word, or its first for Lee Jae-myung and the like."""
    tokens = tokenize(text)
    if first and len(tokens) > 1 and text.split()[0] == tokens[0].text:
        return tokens[0].text
    return text[tokens[-1].start :] if tokens else text


def expected_form(mention: Mention, locale: str) -> tuple[str, Literal["full", "surname"]]:
    """The target text a mention must become, and whether it is a whole name or a surname."""
    entry = mention.entry
    form = target_form(entry, locale)
    surname_only = mention.part == "surname" or (
        mention.match == "partial" and mention.fix is None and entry.type == "person"
    )
    if surname_only and entry.type == "person":
        short = _short_form(mention.variant, entry, form)
        return short or _surname(form, family_name_first(entry)), "surname"
    if mention.part == "surname":
        # A short form of a place or organisation ("Rio", "Hormuz"): the same word of the
        # locale's form when it has one at that place, else the word as written.
        short = _short_form(mention.variant, entry, form)
        if short is None and token_keys(entry.name)[-1:] == token_keys(mention.variant):
            short = _surname(form)
        return short or mention.variant, "surname"
    return form, "full"


def _short_form(variant: str, entry: Entry, form: str) -> str | None:
    """The part of ``form`` that a short name stands for: "Lula" and "Xi" are words of the
    full name ("Luiz Inácio Lula da Silva", "Xi Jinping"), taken at the same place from the
    locale's form when it has as many words; a nickname ("Hemedti") is itself. None when the
    short name is simply the surname (the caller takes the form's surname)."""
    name = entry.name
    short = tokenize(variant)
    full = tokenize(name)
    if not short or len(short) >= len(full):
        return None
    keys = [t.key for t in short]
    names = [t.key for t in full]
    at = next((i for i in range(len(names) - len(keys) + 1)
               if names[i : i + len(keys)] == keys), None)
    if at is None:
        return variant if variant in entry.aliases and len(short) == 1 else None
    if at + len(keys) == len(names):
        return None  # the surname (or surname phrase): the form's own surname
    words = tokenize(form)
    if form == name or len(words) != len(full):
        return variant
    return form[words[at].start : words[at + len(keys) - 1].end]


def _same_spelling(variant: str, name: str) -> bool:
    """Is ``variant`` the name (or its last words) in another romanisation? Every word has
    the same transliteration skeleton (Tokaev/Tokayev, Zhaparov/Japarov, Orban/Orbán), or,
    from seven letters on, one letter more or less (Hizbollah/Hezbollah, Araqchi/Araghchi).
    Short words differing by a letter are different names (Shushi/Shusha) and stay."""
    from rapidfuzz.distance import OSA

    got = [(t.key, skeleton(t.key)) for t in tokenize(variant)]
    want = [(t.key, skeleton(t.key)) for t in tokenize(name)]
    if not got or len(got) > len(want):
        return False
    return all(a == b or (min(len(k), len(n)) >= 7 and OSA.distance(a, b) <= 1)
               for (k, a), (n, b) in zip(got, want[len(want) - len(got):], strict=True))


def _expectation(mention: Mention, locale: str) -> Expectation:
    expected, part = expected_form(mention, locale)
    accepted: tuple[str, ...] = ()
    entry = mention.entry
    if mention.match == "alias" and target_form(entry, locale) == entry.name and \
            not _same_spelling(mention.surface, entry.name):
        # An accepted variant the writer chose ("Shusha, which Armenians call Shushi") stays,
        # unless the locale has a form of its own, or it is only another romanisation of
        # the name ("Tokaev", "Viktor Orban", "Dmitri Peskov"): one spelling per edition.
        accepted = (mention.surface,)
    if _is_acronym(mention.surface):
        accepted += _target_acronyms(entry, expected, mention.surface)
    return Expectation(mention, expected, part, accepted)


def _target_acronyms(entry: Entry, expected: str, surface: str) -> tuple[str, ...]:
    """Acronyms an edition may use where the source used one: the initials of the expected
    form ("FMI" for Fundo Monetário Internacional, "AIEA") and the entry's other acronyms
    ("ONU", "UE", "EUA" listed as aliases), never the source's own ("IMF" stays wrong)."""
    words = [w for w in re.split(r"[\s-]+", expected) if w[:1].isupper()]
    found = ["".join(w[0] for w in words)] if len(words) >= 2 else []
    found += [a for a in entry.aliases if _is_acronym(a)]

    def letters(text: str) -> str:
        return "".join(c for c in fold(text) if c.isalpha())

    return tuple(dict.fromkeys(a for a in found if letters(a) != letters(surface)))


def protect_segments(
    segments: Sequence[Segment],
    glossary: Glossary,
    locale: str,
    source_lang: str = "en",
    *,
    context: MentionContext | None = None,
    verbatim: Sequence[Sequence[str]] | None = None,
) -> Prepared:
    """Find the names in each segment (in document order) and prepare the MT input.
    ``verbatim``: the code spans of each segment (carried as written: no name in them)."""
    context = context or MentionContext()
    items = []
    found: list[list[Mention]] = []
    untold: list[tuple[UntoldPerson, ...]] = []  # per segment: the surnames no text tells
    for i, seg in enumerate(segments):
        told = len(context.untold)
        found.append(find_mentions(
            seg.source, glossary, source_lang=seg.lang or source_lang, context=context,
            verbatim=_code_spans(seg.source, verbatim[i] if verbatim else ()))
            if seg.source.strip() else [])
        untold.append(tuple(context.untold[told:]))
    # a lone surname of another person the document names in full, before or after it
    # ("Saud" in a lede, "Ricardo Saud" below): that person, no mention (glossary49)
    full = named_in_full(m for mentions in found for m in mentions)
    found = [[m for m in mentions if not persons_word(m, context.named_others)
              and not others_surname(m, context.named_others, full)]
             for mentions in found]
    both = _both_forms(found)
    texts = [seg.source for seg in segments]
    langs = [seg.lang or source_lang for seg in segments]
    found = _unproven_misspellings(found, texts, langs)
    found = _unproven_deprecated(found, texts, langs)
    for seg, mentions, unsure in zip(segments, found, untold, strict=True):
        mentions = [dataclasses.replace(m, fix=None) if m.match == "deprecated" and
                    m.entry.id in both else m for m in mentions]
        text, spans = _canonical_source(seg.source, mentions, source_lang)
        expectations = [_expectation(m, locale) for m in mentions]
        fixed = text != seg.source
        items.append(ProtectedSegment(seg, text, expectations, spans, fixed, unsure))
    return Prepared(glossary, locale, source_lang, items)


def _code_spans(text: str, pieces: Sequence[str]) -> list[tuple[int, int]]:
    """Where the code spans ``pieces`` stand in ``text``, as the mask finds them
    (:func:`translate.untranslatable.verbatim_spans`)."""
    return [(s, e) for s, e, _ in verbatim_spans(text, pieces)] if pieces else []


def _both_forms(found: Sequence[Sequence[Mention]]) -> set[str]:
    """Entries the document writes both in a deprecated form and in a listed current one
    ("Myanmar" and, later, "the nation also known as Burma"): each form is the writer's
    choice, so neither is rewritten into the other (probe32); the names are still checked."""
    old = {m.entry.id for ms in found for m in ms if m.match == "deprecated"}
    new = {m.entry.id for ms in found for m in ms
           if m.match in ("exact", "alias") and m.part == "full"}
    return old & new


# a misspelt spelling the document uses this often is the writer's own word, no typo
_WRITERS_SPELLING = 3


def _unproven_misspellings(found: Sequence[Sequence[Mention]], texts: Sequence[str],
                           langs: Sequence[str]) -> list[list[Mention]]:
    """The mentions of each segment, a misspelling with no evidence that it is one made
    unsure (its score below ``SURE_SCORE``): found, checked and flagged, never rewritten.
    A one-edit neighbour of a listed name is often a correct, different name (probe39: the
    pitcher "Strasburg", 30 cells, made "Estrasburgo"; "FATA", the tribal areas, "Fatah";
    "Tazawa" "Taraua"). The evidence that is missing (:func:`_no_typo`): a word in capitals
    read as a misspelling of a name that is not an acronym; the same spelling used
    ``_WRITERS_SPELLING`` times or more in a document that never writes the entry as
    listed; a one-word place in an English text with no place context (a preposition of
    place or "of" right before it, or the document naming the place as listed)."""
    named = {m.entry.id for ms in found for m in ms
             if m.match in ("exact", "alias", "deprecated")}
    uses: dict[tuple[str, str], int] = {}
    for ms in found:
        for m in ms:
            if m.match == "misspelling":
                key = (m.entry.id, fold(m.surface))
                uses[key] = uses.get(key, 0) + 1
    out: list[list[Mention]] = []
    for text, lang, ms in zip(texts, langs, found, strict=True):
        out.append([dataclasses.replace(m, score=min(m.score, 0.99 * SURE_SCORE))
                    if m.match == "misspelling" and m.score >= SURE_SCORE and
                    _no_typo(m, text, lang, uses, named) else m for m in ms])
    return out


def _no_typo(mention: Mention, text: str, lang: str, uses: Mapping[tuple[str, str], int],
             named: set[str]) -> bool:
    """Does nothing show that ``mention``, read as a misspelling, is one (see
    :func:`_unproven_misspellings`)?"""
    if _is_acronym(mention.surface) and not _is_acronym(mention.variant):
        return True  # "FATA" is an acronym of its own, no "Fatah" miswritten
    if mention.entry.id in named:
        return False  # the document writes the name as listed: a slip of it is likely
    if uses.get((mention.entry.id, fold(mention.surface)), 0) >= _WRITERS_SPELLING:
        return True  # the writer's spelling, used consistently: a name of its own
    if mention.entry.type != "place" or lang != "en" or len(tokenize(mention.surface)) != 1:
        return False
    return not _place_cue_before(text, mention.start)


def _unproven_deprecated(found: Sequence[Sequence[Mention]], texts: Sequence[str],
                         langs: Sequence[str]) -> list[list[Mention]]:
    """The mentions of each segment, a one-word deprecated form with no evidence that it
    means the entry made unsure (its score below ``SURE_SCORE``): found, checked and flagged,
    never rewritten. An old name is often a word of its own: a surname ("Holland (32)", the
    pitcher Derek Holland, was published "Países Baixos" in probe39's box scores), a
    drink, a tea. The evidence, in an English text (other languages keep the old reading):
    a preposition of place or "of" right before it (``glossary/words/context.toml``), or
    the document naming, in a current form, the entry or a place of the entry's country
    ("Kiev" in an article that names Ukraine or Kharkiv). With no preposition before it, a
    word the document also writes as the last word of another name ("Derek Holland") is
    that name's: no mention. A form of several words ("the Ukraine") or an acronym
    ("FYROM") is the entry's own and is read as before."""
    subs = subdivisions()

    def country(entry: Entry) -> str:
        return subs.country.get(entry.id) or (entry.territory or "").upper()

    named = {country(m.entry) for ms in found for m in ms
             if m.entry.type == "place" and m.match in ("exact", "alias", "inflected")} - {""}
    out: list[list[Mention]] = []
    for text, lang, ms in zip(texts, langs, found, strict=True):
        kept: list[Mention] = []
        for m in ms:
            if m.match != "deprecated" or m.fix is None or m.score < SURE_SCORE or \
                    lang != "en" or len(tokenize(m.surface)) != 1 or _is_acronym(m.surface) or \
                    _place_cue_before(text, m.start):
                kept.append(m)
            elif _word_of_another_name(m.surface, texts, found):
                continue  # "Holland" after "Derek Holland": that person, no mention
            elif country(m.entry) in named:
                kept.append(m)
            else:
                kept.append(dataclasses.replace(m, score=min(m.score, 0.99 * SURE_SCORE)))
        out.append(kept)
    return out


def _word_of_another_name(surface: str, texts: Sequence[str],
                          found: Sequence[Sequence[Mention]]) -> bool:
    """Does the document write ``surface`` after a capitalised word, as the last word of a
    name that is no mention ("Derek Holland", "South Holland", "Tom Holland")? The word
    alone, with no place before it, is then that name's, not an old name of the entry."""
    pattern = re.compile(rf"\b[^\W\d_][\w'-]* ({re.escape(surface)})\b")
    for text, ms in zip(texts, found, strict=True):
        for hit in pattern.finditer(text):
            first = text[hit.start()]
            if first.isupper() and not any(m.start <= hit.start(1) < m.end for m in ms) and \
                    not _place_cue_before(text, hit.start(1)):
                return True
    return False


def _place_cue_before(text: str, start: int) -> bool:
    """Is the word right before ``start`` a preposition of place or "of" ("to Holland",
    "the mayor of Strasbourgh")?"""
    before = re.search(r"(\w+)\s+$", text[:start])
    if before is None:
        return False
    return fold(before.group(1)) in context_words().place_prepositions | {"of"}


def _canonical_source(text: str, mentions: Sequence[Mention],
                      source_lang: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with flagged variants replaced by their canonical form, for the engine, and
    the span of every mention in that text."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for m in mentions:
        shown = m.fix if _confident(m, source_lang) else None
        if shown is None or (source_lang != "en" and m.entry.type != "person"):
            shown = m.surface  # an English place name would not help a pt->en engine
        before = text[pos : m.start]
        out.extend((before, shown))
        length += len(before)
        spans.append((length, length + len(shown)))
        length += len(shown)
        pos = m.end
    out.append(text[pos:])
    return "".join(out), spans


# -- finding names in the target ----------------------------------------------------------

@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    surface: str
    variant: str = ""  # the form it was found as
    exact: bool = True  # every word as in that form (else the last word is close to it)


def _variants_in_target(entry: Entry, exp: Expectation, locale: str, source_lang: str) -> list[str]:
    """Every way the engine may have written the name: the expected form first."""
    forms = [exp.expected, *exp.accepted, target_form(entry, locale), entry.name, *entry.aliases,
             *entry.deprecated, *all_forms(entry), *source_forms(entry, locale.split("-")[0]),
             *regional_forms(entry, locale.split("-")[0])]
    if source_lang != "en":
        forms.extend(source_forms(entry, source_lang))
    own = glossary_form(entry, locale)
    if own:
        forms.append(own)
    forms.extend(accepted_forms(entry, locale.split("-")[0]))
    if exp.part == "surname":
        forms = [_surname(f, family_name_first(entry)) for f in forms]
    return [f for f in dict.fromkeys(forms) if f.strip()]


def _inflected(token_key: str, form_key: str) -> bool:
    """Is ``token_key`` ``form_key`` with a case ending (Russian Армении, German Irans)?"""
    if len(form_key) < 4:
        return False
    if token_key.startswith(form_key) and len(token_key) - len(form_key) <= 2:
        return True
    stem = form_key[:-1] if form_key[-1] in "аяаеиоуыьйaeiouy" else form_key
    return len(stem) >= 4 and token_key.startswith(stem) and len(token_key) - len(stem) <= 3


@dataclass(frozen=True)
class _Variants:
    """The variants as ``_find_in_target`` tries them, built once per set of variants (not
    once per sentence): (variant, token keys, letters if an acronym), longest first; and which
    of them a lower-case token may start, by its key (a variant's first word) or its first four
    letters (a one-word variant it may be inflected from: see ``_inflected``)."""

    seqs: tuple[tuple[str, tuple[str, ...], str | None], ...]
    first: dict[str, tuple[int, ...]]
    prefix: dict[str, tuple[int, ...]]
    # the one-word variants by the (first letter, length) of the skeletons ``_token_close``
    # may find close to theirs (``_shape_near``): a capitalised token whose skeleton (or a
    # reading's) has none of these shapes is no fuzzy spelling of any variant
    shapes: dict[tuple[str, int], tuple[int, ...]]


def _shape_near(skel: str) -> list[tuple[str, int]]:
    """The (first letter, length) keys of skeletons ``_token_close`` may find close to
    ``skel``: the same first letter, at most three letters longer or shorter."""
    return [(skel[:1], n) for n in range(max(0, len(skel) - 3), len(skel) + 4)]


class _TokenIndex:
    """Where each token of a text stands, by its key, its first four letters and (for a
    capitalised word) the shape of its skeleton and its readings' skeletons: built once per
    text, so that ``_find_in_target`` visits only the tokens a variant may match instead of
    every token for every entry (fuzz50: name-dense text cost the names squared)."""

    __slots__ = ("by_key", "by_prefix", "by_shape", "shape_of")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.by_key: dict[str, list[int]] = {}
        self.by_prefix: dict[str, list[int]] = {}
        # capitalised tokens by shape, then by key: a key is tested once per variant
        self.by_shape: dict[tuple[str, int], dict[str, list[int]]] = {}
        self.shape_of: dict[int, set[tuple[str, int]]] = {}
        for i, token in enumerate(tokens):
            key = token.key
            self.by_key.setdefault(key, []).append(i)
            self.by_prefix.setdefault(key[:4], []).append(i)
            if token.text[:1].isupper():
                shapes = {(skel[:1], len(skel)) for skel in
                          (skeleton(r) for r in (key, *readings(key)))}
                self.shape_of[i] = shapes
                for shape in shapes:
                    self.by_shape.setdefault(shape, {}).setdefault(key, []).append(i)

    def variants_at(self, i: int, key: str, index: _Variants) -> list[int]:
        """The variants of ``index``, in their order, that may match at the capitalised
        token ``i``: those starting with its word, those it may be inflected from, and the
        one-word variants it is a fuzzy spelling of (every other one fails there)."""
        out = {*index.first.get(key, ()), *index.prefix.get(key[:4], ())}
        for shape in self.shape_of.get(i, ()):
            out.update(n for n in index.shapes.get(shape, ())
                       if n not in out and _close_enough(key, index.seqs[n][1][0]))
        return sorted(out)

    def candidates(self, index: _Variants) -> list[int]:
        """The tokens, in text order, at which some variant of ``index`` may start: its
        first word, a word it may be inflected from, or a capitalised word that is a fuzzy
        spelling of a one-word variant. Every other token fails every variant's test in
        ``_find_in_target``."""
        found: set[int] = set()
        for key in index.first:
            found.update(self.by_key.get(key, ()))
        for key in index.prefix:
            found.update(self.by_prefix.get(key, ()))
        for shape, near in index.shapes.items():
            for key, where in self.by_shape.get(shape, {}).items():
                if any(_close_enough(key, index.seqs[n][1][0]) for n in near):
                    found.update(where)
        return sorted(found)


@lru_cache(maxsize=65536)
def _close_enough(key: str, variant_key: str) -> bool:
    """Is the capitalised word ``key`` the one-word variant ``variant_key`` spelt another way,
    as ``_find_in_target`` accepts it (``_token_close`` at 0.85 or more)?"""
    close = _token_close(key, variant_key)
    return close is not None and close >= 0.85


@lru_cache(maxsize=16384)
def _variant_seqs(variants: tuple[str, ...]) -> _Variants:
    seqs = [(v, token_keys(v)) for v in variants]
    seqs = [(v, k) for v, k in seqs if k]
    seqs.sort(key=lambda vk: -len(vk[1]))
    first: dict[str, list[int]] = {}
    prefix: dict[str, list[int]] = {}
    for n, (_v, keys) in enumerate(seqs):
        first.setdefault(keys[0], []).append(n)
        if len(keys) == 1 and len(keys[0]) >= 4:
            prefix.setdefault(keys[0][:4], []).append(n)
    shapes: dict[tuple[str, int], list[int]] = {}
    for n, (_v, keys) in enumerate(seqs):
        if len(keys) == 1:
            for near in _shape_near(skeleton(keys[0])):
                shapes.setdefault(near, []).append(n)
    return _Variants(tuple((v, k, _letters(v) if _is_acronym(v) else None) for v, k in seqs),
                     {k: tuple(v) for k, v in first.items()},
                     {k: tuple(v) for k, v in prefix.items()},
                     {k: tuple(v) for k, v in shapes.items()})


def _find_in_target(text: str, tokens: Sequence[Token], variants: Sequence[str], expected: str,
                    taken: set[int], where: _TokenIndex | None = None) -> list[_Hit]:
    """Non-overlapping occurrences of any variant in ``text`` (token-aligned, folded).
    ``where``: ``tokens``' index, when the caller looks for many entries in one text."""
    hits: list[_Hit] = []
    needs_capital = expected[:1].isupper()
    index = _variant_seqs(tuple(variants))
    seqs = index.seqs
    count = len(tokens)
    where = where or _TokenIndex(tokens)
    for i in where.candidates(index):
        if i in taken:
            continue
        token = tokens[i]
        key, capital = token.key, token.text[:1].isupper()
        if capital:  # a one-word variant may be close to a capitalised word: those are tried
            order: Sequence[int] = where.variants_at(i, key, index)
        else:  # only a variant starting with this word, or one it may be inflected from
            same, near = index.first.get(key, ()), index.prefix.get(key[:4], ())
            if not same and not near:
                continue
            order = sorted({*same, *near}) if same and near else same or near
        for n_variant in order:
            variant, keys, letters = seqs[n_variant]
            n = len(keys)
            # every word but the last must be the variant's own (tested below too): the cheap
            # test first, so that most (token, variant) pairs cost one comparison
            if n > 1:
                if key != keys[0] or i + n > count or any(k in taken for k in range(i + 1, i + n)):
                    continue
            elif key != keys[0] and not capital and (
                    len(keys[0]) < 4 or key[:4] != keys[0][:4] or not _inflected(key, keys[0])):
                continue  # neither the word, nor inflected, nor a capital that may be fuzzy
            span = tokens[i : i + n]
            if not all(gap_allowed(text[a.end : b.start], a) for a, b in pairwise(span)):
                continue
            # An acronym only as written, in capitals: "EU" is not the pronoun "Eu".
            if letters is not None and _letters(text[span[0].start : span[-1].end]) != letters:
                continue
            exact = all(t.key == k for t, k in zip(span, keys, strict=True))
            if needs_capital and not span[0].text[:1].isupper() and \
                    span[0].text[:1].lower() != span[0].text[:1].upper() and \
                    not (exact and len(span[0].key) >= 4):
                continue  # a lower-case "índia" is the name miswritten, "turquia" too
            last_ok = span[-1].key == keys[-1] or _inflected(span[-1].key, keys[-1])
            fuzzy_ok = False
            if not last_ok and span[-1].text[:1].isupper():
                close = _token_close(span[-1].key, keys[-1])
                if close is None and n >= 2:
                    close = _near_word(span[-1].key, keys[-1])  # "Nova Deli" for "Nova Délhi"
                fuzzy_ok = close is not None and close >= 0.85
            if all(t.key == k for t, k in zip(span[:-1], keys[:-1], strict=True)) and \
                    (last_ok or fuzzy_ok):
                start, end = span[0].start, span[-1].end
                surface = text[start:end]
                hits.append(_Hit(start, end, surface, variant, exact and last_ok))
                taken.update(range(i, i + n))
                break
    return hits


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


def _near_word(got: str, want: str) -> float | None:
    """The last word of a multi-word name, its other words already right, spelt another way
    (one edit more than a lone word may have): similarity, or None."""
    from rapidfuzz.distance import OSA

    a, b = skeleton(got), skeleton(want)
    limit = max_edits(min(len(got), len(want))) + 1
    if len(got) < 3 or got[:1] != want[:1] or abs(len(a) - len(b)) > limit:
        return None
    edits = OSA.distance(a, b, score_cutoff=limit)
    return None if edits > limit else 1.0 - 0.5 * edits / max(len(b), 1)


def is_expected(surface: str, expected: str) -> bool:
    """Is ``surface`` the expected form, possibly with a case ending on its last word
    (Russian "Пашиняна" for "Пашинян")?

    >>> is_expected("Армении", "Армения"), is_expected("Armenia", "Armênia")
    (True, False)
    """
    if surface == expected:
        return True
    got, want = tokenize(surface), tokenize(expected)
    if len(got) != len(want) or not got:
        return False
    if any(a.text != b.text for a, b in zip(got[:-1], want[:-1], strict=True)):
        return False
    if surface[: got[-1].start] != expected[: want[-1].start]:
        return False
    last, target = got[-1].text, want[-1].text
    if last[:1] != target[:1] or not _inflected(last, target):
        return False
    return not fold(last).isascii() or last == target + "s"  # Latin: only a genitive -s


# -- restore --------------------------------------------------------------------------------

def _apply(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Apply (start, end, replacement) edits; return the text and the new spans, in order."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    shift = 0
    for start, end, repl in sorted(edits):
        out.append(text[pos:start])
        new_start = start + shift
        out.append(repl)
        spans.append((new_start, new_start + len(repl)))
        shift += len(repl) - (end - start)
        pos = end
    out.append(text[pos:])
    return "".join(out), spans


def _native(exp: Expectation, locale: str) -> tuple[set[tuple[str, ...]], tuple[str, ...]]:
    """Forms of the expectation's entry an edition in ``locale`` may keep as written (token
    keys), and the one-word ones among them (for adjectives formed from them)."""
    entry = exp.mention.entry
    forms = list(accepted_forms(entry, locale.split("-")[0]))
    if exp.part == "surname":
        forms = [_surname(f, family_name_first(entry)) for f in forms]
    # A form spelt like the expected one but for accents is a misspelling of it, not a
    # name of its own: "Armenia"/"Arménia" in a pt-BR edition become "Armênia".
    own = {token_keys(e) for e in (exp.expected, *exp.accepted)}
    keys = {token_keys(f) for f in forms if f.strip()} - own
    singles = [exp.expected, target_form(entry, locale), *forms]
    return keys, tuple(f for f in singles if len(tokenize(f)) == 1)


def _capitals_of(surface: str, exp: Expectation) -> bool:
    """Is ``surface`` the expected form in capitals ("SEUL", "WASHINGTON" in a dateline)?
    The writer's typography stays."""
    letters = [c for c in surface if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters) and \
        surface == exp.expected.upper()


def _word_of_name(variant: str, name: str) -> bool:
    """Is ``variant`` one word (no acronym) of the longer ``name``?"""
    words = token_keys(variant)
    return len(words) == 1 and not _is_acronym(variant) and \
        len(token_keys(name)) > 1 and words[0] in token_keys(name)


def _confident(mention: Mention, source_lang: str = "en") -> bool:
    """May the target be changed for this source mention? Listed forms, and misspellings
    and lone surnames matched with a high score; never a flagged "check the given name"."""
    if mention.match == "alias" and is_gazetteer_name(mention.entry.id, mention.variant) and \
            mention.variant not in source_forms(mention.entry, source_lang):
        # A local or foreign-language name from the gazetteer ("Deutschland", "Moskva"):
        # found and checked, but it may be part of a title in that language
        # ("Initiative Schwarze Menschen in Deutschland"): the writer's word stays, flagged.
        return False
    if mention.match == "alias" and mention.entry.type != "person" and \
            mention.part == "full" and _word_of_name(mention.variant, mention.entry.name):
        # A one-word short form that is a word of the long name ("Wagner" of "Wagner
        # Group"): the word may name something else (the composer), so the long form is
        # never put in its place; found, checked and flagged.
        return False
    if mention.match == "deprecated" and mention.fix is None:
        # the document writes the name in both forms: the writer's word stays (_both_forms)
        return False
    if mention.match == "deprecated" and mention.score < SURE_SCORE:
        return False  # an old name with nothing showing it means the entry (_unproven_deprecated)
    if mention.match in ("exact", "alias", "deprecated"):
        return True
    if mention.match == "inflected":
        return False  # a case ending in another language: the writer's word stays
    if mention.match == "partial":
        # A different given name before a known surname is flagged, not corrected; a
        # form of the right one ("Nicholas Pashinian") and a lone surname are the person.
        return mention.fix is not None or mention.part == "surname"
    return mention.score >= SURE_SCORE


@lru_cache(maxsize=8)
def _articles(lang: str) -> dict[str, str]:
    """``glossary/words/articles.toml`` for ``lang``: article -> "gender.number"."""
    import tomllib

    from .data import data_dir

    try:
        with (data_dir("glossary") / "words" / "articles.toml").open("rb") as handle:
            table = tomllib.load(handle).get(lang, {})
    except (FileNotFoundError, OSError):
        return {}
    return {fold(k): str(v) for k, v in table.items()}


def _agreement(form: str) -> tuple[str | None, str | None]:
    """(gender, number) a Romance name's first word shows, None where it does not:
    "Alemanha" f.sg, "Estados Unidos" m.pl, "Países Baixos" ?.pl, "Irã" ?.?"""
    words = form.split()
    if not words:
        return None, None
    first = words[0]
    plural = first.endswith("s") and (len(words) > 1 or first.endswith(("os", "as")))
    stem = first[:-1] if plural else first
    gender = "f" if stem.endswith("a") else "m" if stem.endswith(("o", "ão")) else None
    return gender, "pl" if plural else ("sg" if gender else None)


def _grammar_ok(target: str, start: int, replacement: str, locale: str) -> bool:
    """Does an article right before ``start`` agree with ``replacement`` ("na Holanda" may
    not become "na Países Baixos")? True when there is none or nothing is known."""
    articles = _articles(locale.split("-")[0])
    if not articles:
        return True
    before = target[:start]
    if not before.endswith(" "):
        return True
    words = tokenize(before[-12:])
    if not words or words[-1].end != len(before[-12:]) - 1:
        return True
    agree = articles.get(words[-1].key)
    if agree is None:
        return True
    gender, number = _agreement(replacement)
    want_gender, want_number = agree.split(".")
    return (gender is None or gender == want_gender) and (number is None or
                                                          number == want_number)


def _source_occurrences(item: ProtectedSegment, entry: Entry) -> int:
    """How often the MT source writes a listed form of ``entry`` (mentions or not)."""
    tokens, where = _indexed(item.mt_source)
    forms = [entry.name, *entry.aliases, *entry.deprecated]
    hits = _find_in_target(item.mt_source, tokens, forms, entry.name, set(), where)
    return sum(h.exact for h in hits)


@lru_cache(maxsize=64)
def _indexed(text: str) -> tuple[list[Token], _TokenIndex]:
    """``text``'s tokens and their index, for the source read once per entry it names."""
    tokens = tokenize(text)
    return tokens, _TokenIndex(tokens)


def _reserved_spans(target: str, tokens: list[Token],
                    groups: Mapping[tuple[str, str], list[Expectation]],
                    where: _TokenIndex | None = None) -> dict[str, set[int]]:
    """Per entry id, the target tokens covered by its expected or accepted forms; a form
    inside another entry's longer one is that entry's ("Sudão" of "Sudão do Sul" is South
    Sudan's, when the sentence names both)."""
    found: list[tuple[str, _Hit]] = []
    for (eid, _part), exps in groups.items():
        forms = list(dict.fromkeys(f for e in exps for f in (e.expected, *e.accepted)
                                   if f.strip()))
        found += [(eid, h) for h in _find_in_target(target, tokens, forms, exps[0].expected,
                                                    set(), where) if h.exact]
    out: dict[str, set[int]] = {eid: set() for eid, _part in groups}
    for eid, h in found:
        if any(other != eid and o.start <= h.start and h.end <= o.end and
               o.end - o.start > h.end - h.start for other, o in found):
            continue
        out[eid].update(k for k, t in enumerate(tokens) if h.start <= t.start and t.end <= h.end)
    return out


def _verify(item: ProtectedSegment, target: str, locale: str,
            source_lang: str, repair: bool = True) -> tuple[str, list[Placement]]:
    """Find every expectation in ``target``; repair variants; report what is missing.

    Do no harm: a form the target language accepts for the entry (any of its names there,
    an adjective or demonym) is kept as the engine wrote it; only the form a source mention
    accounts for is replaced (never a further occurrence, nor one the source also has
    outside its mentions), only for a confident source match, never an acronym by a
    phrase, and never where an article before it would disagree; those are flagged.

    With ``repair=False`` (a translator's confirmed text) the target is left as it is: a
    variant where the glossary expects another form is reported as ``kept`` with the action
    ``translator-form``, and every span points into the unchanged target."""
    tokens = tokenize(target)
    # the letters of a currency symbol the edition's locale writes ("US$", "$US") are the
    # symbol, no mention of a name ("US" of the United States): never a hit (names46)
    taken: set[int] = _currency_letters(target, tokens, locale)
    placements: list[Placement] = []
    edits: list[tuple[int, int, str]] = []
    groups: dict[tuple[str, str], list[Expectation]] = {}
    for exp in item.expectations:
        groups.setdefault((exp.mention.entry.id, exp.part), []).append(exp)
    # Whole names before surnames, so "Nikol Pashinyan" is not consumed as a surname.
    short_too = {eid for eid, part in groups if part == "surname"}
    # Where each entry's expected (or accepted) form stands: another entry's looser variant
    # may not take those words ("Coreia", a short form of South Korea, is not the start of
    # "Coreia do Norte"), whichever entry is looked at first.
    where = _TokenIndex(tokens)
    reserved = _reserved_spans(target, tokens, groups, where)
    for (eid, part), exps in sorted(groups.items(), key=lambda kv: kv[0][1] != "full"):
        first = exps[0]
        entry = first.mention.entry
        variants = _variants_in_target(entry, first, locale, source_lang)
        if part == "full" and eid in short_too:
            # The sentence also names the person short ("Erdogan", "Hemedti"): one-word
            # forms are left to that mention, not taken as a repeat of the full name.
            variants = [v for v in variants if v == first.expected or len(tokenize(v)) > 1]
        others = set().union(*(toks for other, toks in reserved.items() if other != eid))
        blocked = taken | (others - reserved.get(eid, set()))
        hits = _find_in_target(target, tokens, variants, first.expected, blocked, where)
        taken.update(k for k, t in enumerate(tokens)
                     if any(h.start <= t.start and t.end <= h.end for h in hits))
        native, single = _native(first, locale)

        def acceptable(hit: _Hit, exp: Expectation, native: set[tuple[str, ...]] = native
                       ) -> bool:
            return any(is_expected(hit.surface, e) for e in (exp.expected, *exp.accepted)) \
                or token_keys(hit.surface) in native or _capitals_of(hit.surface, exp) \
                or _english_alias(exp, hit, locale)
        ambiguous: bool | None = None  # asked only for a hit to repair: costs a search
        free = list(hits)
        assigned: dict[int, _Hit] = {}
        # A word the engine copied from the source as it stands belongs to the mention
        # written that way ("Deutschland" in a German title stays that mention's, and is
        # not repaired for the "Germany" of the same sentence) ...
        if len(exps) > 1:
            for k, exp in enumerate(exps):
                a, b = item.mt_spans[_index_of(item, exp)]
                if item.mt_source[a:b] != exp.mention.surface:
                    continue  # the engine saw the canonical form: a copy is someone else's
                own = token_keys(exp.mention.surface)
                copied = next((h for h in free if token_keys(h.surface) == own and
                               not acceptable(h, exp)), None)
                if copied is not None:
                    assigned[k] = copied
                    free.remove(copied)
        # ... then give each expectation a hit already in an accepted form, a name before an
        # adjective ("o papel da UE" is the EU's, not "Governança Europeia") ...
        adjectives = {fold(f) for f in accepted_forms(entry, locale.split("-")[0])
                      if f[:1].islower()}
        for k, exp in enumerate(exps):
            if k in assigned:
                continue
            good = next((h for h in sorted(free, key=lambda h: fold(h.surface) in adjectives)
                         if acceptable(h, exp)), None)
            if good is not None:
                assigned[k] = good
                free.remove(good)
        # ... then the remaining hits to be repaired: a listed form as written before a
        # word that is only close to one ("Pashinyan" before "Poshinian"), else in order.
        free.sort(key=lambda h: (not h.exact, h.start))
        for k in range(len(exps)):
            if k not in assigned and free:
                assigned[k] = free.pop(0)
        free.sort(key=lambda h: h.start)
        # The source's own further occurrences of a listed form, inside a longer name that is
        # no mention ("Trump" of "Trump Tower", "Turkey" of "Constitutional Court of Turkey"),
        # account for as many further target occurrences: those are translated, not added.
        spare = None if not free else max(0, _source_occurrences(item, entry) - len(exps))
        for k, exp in enumerate(exps):
            hit = assigned.get(k)
            if hit is None:
                adjective = next((t for t in tokens if t.text[:1].islower() and
                                  adjective_of(t.key, single)), None)
                if adjective is None:  # English capitalises them: "the Portuguese team"
                    adjective = next((t for k, t in enumerate(tokens) if k not in taken and
                                      t.text[:1].isupper() and
                                      _english_demonym(t.text, entry, locale)), None)
                if adjective is not None:
                    placements.append(Placement(exp, "kept", (adjective.start, adjective.end),
                                                adjective.text, adjective.text, ["adjective"]))
                else:
                    linked = _linked_name(entry, target, tokens, taken | others)
                    if linked is None:
                        placements.append(Placement(exp, "missing"))
                    else:
                        taken.update(k for k, t in enumerate(tokens)
                                     if linked.start <= t.start and t.end <= linked.end)
                        placements.append(Placement(exp, "kept", (linked.start, linked.end),
                                                    linked.surface, linked.surface,
                                                    ["linked-name"]))
            elif acceptable(hit, exp):
                placements.append(Placement(exp, "kept", (hit.start, hit.end), hit.surface,
                                            hit.surface))
            else:
                if _english_demonym(hit.surface, entry, locale):
                    # "the Taiwanese company" for "a companhia de Taiwan": the place's own
                    # adjective in an English edition, no misspelling of its name (probe33)
                    placements.append(Placement(exp, "kept", (hit.start, hit.end),
                                                hit.surface, hit.surface, ["adjective"]))
                    continue
                if _copied_phrase(item, exp, hit, target):
                    placements.append(Placement(exp, "kept", (hit.start, hit.end),
                                                hit.surface, hit.surface, ["copied-phrase"]))
                    continue
                if ambiguous is None:
                    ambiguous = part == "full" and _source_occurrences(item, entry) > len(exps)
                why = _why_not_repair(exp, hit, target, ambiguous, locale, source_lang)
                if isinstance(why, str):
                    placements.append(Placement(exp, "kept", (hit.start, hit.end),
                                                hit.surface, hit.surface, [why]))
                    continue
                edits.append((hit.start, hit.end, why[0]))
                placements.append(Placement(exp, "repaired", (hit.start, hit.end),
                                            why[0], hit.surface, ["target-replaced"]))
        for hit in free:
            # A further occurrence no source mention accounts for: reported, never changed;
            # an adjective translates one of the source's ("European" is no mention of the EU)
            if fold(hit.surface) in adjectives or _word_of_edition(hit, locale):
                continue
            if spare:
                spare -= 1
                continue
            if _copied_word(item, hit):
                continue
            placements.append(Placement(first, "duplicated", (hit.start, hit.end),
                                        hit.surface, hit.surface))
    placements = _one_definition(item, placements)
    placements = _country_after_its_city(item, placements)
    order = {id(exp): k for k, exp in enumerate(item.expectations)}
    placements.sort(key=lambda p: (p.status == "duplicated", order[id(p.expectation)]))
    if not repair:
        for k, p in enumerate(placements):
            if p.status == "repaired":
                placements[k] = Placement(p.expectation, "kept", p.target_span, p.found_as,
                                          p.found_as, ["translator-form"])
        return target, placements
    if not edits:
        return target, placements
    repaired, spans = _apply(target, edits)
    by_old = {start: span for (start, _, _), span in zip(sorted(edits), spans, strict=True)}
    # Re-map every placement's span into the repaired text.
    shift_points = sorted((s, e, len(r) - (e - s)) for s, e, r in edits)
    for p in placements:
        if p.target_span is None:
            continue
        if p.target_span[0] in by_old and p.status == "repaired":
            p.target_span = by_old[p.target_span[0]]
            p.target_surface = repaired[p.target_span[0] : p.target_span[1]]
            continue
        delta = sum(d for s, _, d in shift_points if s < p.target_span[0])
        p.target_span = (p.target_span[0] + delta, p.target_span[1] + delta)
    return repaired, placements


def _linked_name(entry: Entry, target: str, tokens: Sequence[Token],
                 taken: set[int]) -> _Hit | None:
    """A gazetteer name of the place (another language's or the edition's own: "Ilha Natal")
    written with one short lower-case word linking two of its capitalised words ("Ilha de
    Natal", "Isla de Navidad"): the engine's translation of the name's words, which the
    glossary cannot vouch against. Such a span is kept as written and flagged, never replaced
    by the glossary's form nor reported missing (harm31, "da Ilha de Natal" had become
    "de Ilha Christmas")."""
    if entry.type != "place":
        return None
    names = [a for a in entry.aliases if is_gazetteer_name(entry.id, a)]
    for name in names:
        words = tokenize(name)
        if len(words) < 2 or not all(w.text[:1].isupper() for w in words):
            continue
        keys = [w.key for w in words]
        for i in range(len(tokens) - len(keys)):
            if tokens[i].key != keys[0] or i in taken:
                continue
            for gap in range(1, len(keys)):  # the linking word after the gap-th word
                span = [*tokens[i : i + gap], *tokens[i + gap + 1 : i + len(keys) + 1]]
                link = tokens[i + gap]
                if [t.key for t in span] != keys or any(
                        k in taken for k in range(i, i + len(keys) + 1)):
                    continue
                if not (link.text.isalpha() and link.text.islower() and len(link.text) <= 3):
                    continue
                if not all(t.text[:1].isupper() for t in span):
                    continue
                start, end = tokens[i].start, tokens[i + len(keys)].end
                if any(c in target[start:end] for c in ".,;:!?()\"\u201c\u201d"):
                    continue
                return _Hit(start, end, target[start:end], name, False)
    return None


def _copied_word(item: ProtectedSegment, hit: _Hit) -> bool:
    """Is a further target occurrence a word the MT source writes as it stands, outside every
    mention, and no listed form of the name ("Hongkongers", a people the engine copied, read
    in the target as Hong Kong inflected)? The engine copied it: it added no name."""
    if hit.exact:
        return False
    source = item.mt_source
    for tok in tokenize(source):
        if source[tok.start : tok.end] == hit.surface and not any(
                a <= tok.start < b for a, b in item.mt_spans):
            return True
    return False


def _copied_phrase(item: ProtectedSegment, exp: Expectation, hit: _Hit, target: str) -> bool:
    """Did the engine copy the mention inside a longer source phrase, as it stands: words
    next to the name, copied on the same sides with the same gaps, among them a lower-case
    word and a capitalised word that is no other mention and no sentence's first word ("MTV
    Unplugged in New York", "Last Tango in Paris" left in English in a Portuguese sentence)?
    That is a title the engine chose not to translate: a name inside it is part of it, and
    rewriting only the name would make it neither language. A name copied alone ("o
    escritório de Madrid") or with plain words ("met Pashinyan in Moscow" left in English)
    is not such a phrase. The run stops at a number or a punctuation mark."""
    a, b = item.mt_spans[_index_of(item, exp)]
    source = item.mt_source
    if source[a:b] != hit.surface:
        return False
    others = [span for span in item.mt_spans if span != (a, b)]
    words: list[Token] = []
    src, tgt = a, hit.start
    for tok in reversed(tokenize(source[:a])):
        piece = source[tok.start : src]
        start = tgt - len(piece)
        if not tok.text.isalpha() or start < 0 or target[start:tgt] != piece or \
                (start > 0 and target[start - 1].isalnum()):
            break
        words.append(tok)
        src, tgt = tok.start, start
    src, tgt = b, hit.end
    for tok in tokenize(source[b:]):
        tok = dataclasses.replace(tok, start=b + tok.start, end=b + tok.end)
        piece = source[src : tok.end]
        end = tgt + len(piece)
        if not tok.text.isalpha() or target[tgt:end] != piece or \
                (end < len(target) and target[end].isalnum()):
            break
        words.append(tok)
        src, tgt = tok.end, end
    lower = any(t.text.islower() for t in words)
    titles = sum(t.text[:1].isupper() and not is_sentence_start(source, t) and
                 t.key not in MONTHS_AND_DAYS and not is_title(t.key) and
                 not any(x <= t.start < y for x, y in others) for t in words)
    # Two such capitalised words copied with it are a longer name the engine kept as it
    # stands ("Eagle Tool US", a company, in a Portuguese list): the name is a word of it.
    return titles >= 2 or (lower and titles >= 1)


def _why_not_repair(exp: Expectation, hit: _Hit, target: str, ambiguous: bool,
                    locale: str, source_lang: str = "en") -> str | tuple[str]:
    """The replacement for a hit in a wrong form, as a 1-tuple, or why it is left alone
    (a flag for the reviewer)."""
    mention = exp.mention
    if mention.match == "deprecated" and mention.fix is None:
        return "source-form"  # the document also writes the current form (_both_forms)
    if not _confident(mention, source_lang):
        return "unsure-source"
    if exp.part == "surname" and mention.entry.type != "person" and \
            exp.expected == mention.variant and not _listed_word(mention.variant, mention.entry,
                                                                 locale):
        # A word of a place's name standing alone, written as the source writes it because the
        # locale's form has no word at its place ("Oriente" of "Médio Oriente" is no word of
        # "Middle East"): the source's word, never put into an edition of another language.
        return "source-word"
    if ambiguous:
        return "ambiguous"  # the source also writes the name where it is no mention
    if mention.match == "misspelling" and fold(hit.surface) == fold(mention.surface):
        # The engine was sent the source's own word and wrote it as it stands ("em Araras
        # (SP)", a town, read as a misspelling of Ararat): a fuzzy reading alone does not put
        # another name in the edition (probe27).
        return "source-spelling"
    if not hit.exact and _surname(hit.variant) != _surname(exp.expected) and \
            hit.variant != exp.expected:
        # Close to some other form only ("Holanda" ~ "Holland"): the engine's own word.
        return "engine-form"
    replacement = exp.expected
    if _is_acronym(hit.surface) and len(tokenize(replacement)) > 1:
        # "NYC policiais", "US historian": an acronym used as a modifier; a phrase would
        # break the word order. Another acronym only ("EUA"), else flag.
        # Only an acronym the target language is known to use (accepted.toml), never
        # initials made up from the phrase ("EU" for Estados Unidos is the pronoun "Eu").
        own = _letters(hit.surface)
        acronyms = [a for a in accepted_forms(mention.entry, locale.split("-")[0])
                    if _is_acronym(a) and _letters(a) != own]
        if not acronyms:
            return "acronym-kept"
        replacement = acronyms[0]
    if not _grammar_ok(target, hit.start, replacement, locale):
        return "grammar"
    return (replacement,)


def _english_demonym(surface: str, entry: Entry, locale: str) -> bool:
    """Is ``surface``, in an English edition, a word that is an adjective or people of the
    place ``entry`` ("Taiwanese", "Brazilians", "Ukrainian", "Argentinian", "Chinese") rather
    than its name miswritten? The word ends in one of the deriving suffixes of the source
    matcher (``glossary.match._DERIVING_SUFFIXES``) after the whole of one of the entry's
    one-word English forms, or all of it but a final vowel ("Argentin|ian", "Ital|ian"),
    or it is one of the irregular ``DEMONYMS`` sharing the form's first four letters
    ("Portuguese", "Chinese"). English has no case endings: such a word is never "Taiwan"
    declined, and rewriting it makes "the Taiwan company" (probe33, pt-gsd-dev10 b1.s0)."""
    if entry.type != "place" or locale_chain(locale)[-1] != "en":
        return False
    words = fold(surface).split()
    if not words:
        return False
    key, before = words[-1], words[:-1]
    if not key.isalpha() or len(key) < 5:
        return False
    plural = key[:-1] if key.endswith("s") else key
    for form in (entry.name, *entry.aliases, *entry.deprecated):
        parts = fold(form).split()
        # a form of more words only through its own first words ("The Ukraine" written
        # "The Ukrainian"): the last word derived, those before it as the form writes them
        if not parts or parts[:-1] != before:
            continue
        name = parts[-1]
        if not name.isalpha() or len(name) < 4 or key == name:
            continue
        if (key in DEMONYMS or plural in DEMONYMS) and key[:4] == name[:4]:
            return True
        for suffix in _DERIVING_SUFFIXES:
            stem = key[: -len(suffix)]
            if not key.endswith(suffix) or len(stem) < 4:
                continue
            if suffix in _VOWEL_ONLY and stem[-1] not in "aeiouy":
                continue
            if stem == name or (len(name) == len(stem) + 1 and name.startswith(stem) and
                                name[-1] in "aeiouy"):
                return True
    return False


def _english_alias(exp: Expectation, hit: _Hit, locale: str) -> bool:
    """Is ``hit``, in an English edition, one of the entry's listed aliases ("the Vatican
    newspaper" for Vatican City)? The glossary's names are English: an alias is the entry's
    name there as much as its main name, and putting "Vatican City" in its place changes what
    the sentence says. Not a deprecated form ("Kiev"), nor a name the gazetteer gives in
    another language ("Москва"). An alias that is only another spelling of the same words
    ("Brasilia" for Brasília) is no other name: the glossary's spelling is the house's."""
    entry = exp.mention.entry
    if locale_chain(locale)[-1] != "en" or glossary_form(entry, locale):
        return False
    keys = token_keys(hit.surface)
    if keys == token_keys(entry.name):
        return False
    return any(token_keys(a) == keys and not is_gazetteer_name(entry.id, a)
               for a in entry.aliases)


def _listed_word(word: str, entry: Entry, locale: str) -> bool:
    """Is ``word`` a word of one of ``entry``'s forms an edition in ``locale`` writes: the
    locale's form, the glossary's own (English) name and aliases, the accepted forms?"""
    keys = token_keys(word)
    forms = (target_form(entry, locale), entry.name, *entry.aliases,
             *accepted_forms(entry, locale.split("-")[0]))
    for form in forms:
        words = token_keys(form)
        if any(words[i : i + len(keys)] == keys for i in range(len(words) - len(keys) + 1)):
            return True
    return False


def _mask(item: ProtectedSegment, missing: set[int]) -> tuple[str, dict[str, int]] | None:
    """The segment's MT input with the missing mentions replaced by placeholders."""
    text = item.mt_source
    if _PLACEHOLDER_RE.search(text):
        return None  # the text itself holds something placeholder-shaped: cannot verify
    out: list[str] = []
    pos = 0
    slots: dict[str, int] = {}
    for k in sorted(missing):
        start, end = item.mt_spans[k]
        token = PLACEHOLDER.format(n=len(slots))
        slots[token] = k
        out.extend((text[pos:start], token))
        pos = end
    out.append(text[pos:])
    return "".join(out), slots


def _unmask(output: str, slots: dict[str, int], item: ProtectedSegment,
            locale: str = "") -> str | None:
    """Placeholders replaced by their target forms; None unless each came back exactly once,
    the article or contraction the engine wrote before each agrees with the name put there
    ("para o XNAME0X" may not become "para o Coreia do Norte": glossary/words/articles.toml),
    and the engine wrote no word copied from the source more often than the source has it
    ("QF72 da QF72 da XNAME0X": the text around the placeholder repeated). Then the name is
    left to the engine's first output, flagged."""
    found = _PLACEHOLDER_RE.findall(output)
    expected = sorted(int(_PLACEHOLDER_RE.fullmatch(t).group(1)) for t in slots)  # type: ignore[union-attr]
    if sorted(int(n) for n in found) != expected:
        return None
    if locale:
        for hit in _PLACEHOLDER_RE.finditer(output):
            k = slots.get(hit.group(0))
            if k is not None and not _grammar_ok(output, hit.start(),
                                                 item.expectations[k].expected, locale):
                return None
    if _copied_more(item.mt_source, output):
        return None
    for token, k in slots.items():
        output = output.replace(token, item.expectations[k].expected)
    return output


def _copied_more(source: str, output: str) -> bool:
    """Does ``output`` write a word copied from ``source`` as it stands — one holding a digit
    or a capital (a code, a name: "QF72") — more often than ``source`` does?"""
    def counts(text: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for tok in tokenize(text):
            word = tok.text
            if len(word) >= 2 and _PLACEHOLDER_RE.fullmatch(word) is None and \
                    any(c.isdigit() or c.isupper() for c in word):
                out[word] = out.get(word, 0) + 1
        return out

    have = counts(source)
    return any(n > have[w] for w, n in counts(output).items() if w in have)


def verify_ahead(prepared: Prepared, index: int, output: str) -> Verified | None:
    """What :func:`restore_segments` first makes of segment ``index``'s MT ``output`` (its
    names found, repaired or flagged), computed ahead (the pipeline, while the engine still
    translates other sentences); None for a segment with no names to verify."""
    item = prepared.items[index]
    if not item.expectations:
        return None
    target, placements = _verify(item, output, prepared.locale, prepared.source_lang)
    return Verified(item, output, target, placements)


def restore_segments(
    prepared: Prepared,
    outputs: Sequence[str],
    *,
    retranslate: Retranslate | None = None,
    skip: set[int] | None = None,
    fallback: set[int] | None = None,
    locate: set[int] | None = None,
    early: dict[int, Verified] | None = None,
    respell: Callable[[int, str], str] | None = None,
) -> RestoreResult:
    """Verify and repair the names in each MT output (see the module docstring).

    ``retranslate`` (texts -> outputs, same engine) enables the placeholder fallback for
    sentences that lost a name; ``skip`` holds indexes of segments that were not translated
    (copied), whose outputs are returned unchanged; ``fallback`` (default: all) limits the
    placeholder retranslation to segments that ``retranslate``'s engine route serves.
    ``locate`` holds skipped indexes whose outputs are a translator's confirmed text (from the
    translation memory): never changed, but their names are located, so that the segment's
    terms (XLIFF ``<mrk>`` and glossary references) survive the reuse.
    ``early``: results of :func:`verify_ahead` by segment index, taken for the same segment
    object (not one ``leave_inside`` rewrote) and the same output.
    ``respell`` (segment index, engine output -> text): what the caller does to an engine
    output before the names are verified (the locale's spelling), done to a placeholder
    retranslation too, while its names are still placeholders: without it a retranslated
    sentence kept the other variety's words the first answer had lost (probe47).
    """
    if len(outputs) != len(prepared.items):
        raise ValueError("one output per prepared segment is required")
    skip = skip or set()
    targets = list(outputs)
    placements: list[list[Placement]] = [[] for _ in prepared.items]
    retry: list[tuple[int, str, dict[str, int]]] = []
    for i, (item, output) in enumerate(zip(prepared.items, outputs, strict=True)):
        if i in skip or not item.expectations:
            continue
        ahead = early.pop(i, None) if early else None
        if ahead is not None and ahead.item is item and ahead.output == output:
            targets[i], placements[i] = ahead.target, ahead.placements
        else:
            targets[i], placements[i] = _verify(item, output, prepared.locale,
                                                prepared.source_lang)  # fmt: skip
        # An acronym that vanished was most likely turned into an adjective or left out
        # of a modifier ("US historian"): masking it would force a noun in; flag only.
        missing = {k for k, p in enumerate(placements[i]) if p.status == "missing"
                   and not _is_acronym(p.expectation.mention.surface)
                   and _confident(p.expectation.mention, prepared.source_lang)}
        if missing and retranslate is not None and (fallback is None or i in fallback):
            masked = _mask(item, {_index_of(item, placements[i][k].expectation)
                                  for k in missing})
            if masked is not None:
                retry.append((i, *masked))
    if retry and retranslate is not None:
        redone = retranslate([text for _, text, _ in retry])
        for (i, _text, slots), output in zip(retry, redone, strict=True):
            item = prepared.items[i]
            if respell is not None:
                output = respell(i, output)
            unmasked = _unmask(output, slots, item, prepared.locale)
            if unmasked is None:
                for p in placements[i]:
                    if p.status == "missing":
                        p.actions.append("placeholder-lost")
                continue
            target, again = _verify(item, unmasked, prepared.locale, prepared.source_lang)
            before = sum(p.status == "missing" for p in placements[i])
            after = sum(p.status == "missing" for p in again)
            if after < before:
                masked_ks = set(slots.values())
                for p in again:
                    if _index_of(item, p.expectation) in masked_ks and p.status != "missing":
                        p.status = "repaired"
                        p.actions.append("placeholder")
                targets[i], placements[i] = target, again
    for i in sorted((locate or set()) & skip):
        item = prepared.items[i]
        if item.expectations:
            _, placements[i] = _verify(item, outputs[i], prepared.locale, prepared.source_lang,
                                       repair=False)
    # A skipped segment's target was not made here: only its source-side findings.
    # People the document names in full somewhere ("Alexei Navalny"): their surname alone
    # elsewhere ("Navalny foi preso") is that person, no given name to check (probe28).
    in_full = {exp.mention.entry.id for item in prepared.items for exp in item.expectations
               if exp.mention.entry.type == "person" and exp.mention.part == "full"
               and exp.mention.match != "partial"}
    findings = [_findings(item, [] if i in skip else placements[i],
                          item.segment.lang or prepared.source_lang, in_full)
                + ([] if i in skip else _local_town_findings(item, targets[i],
                                                             prepared.source_lang))
                for i, item in enumerate(prepared.items)]
    terms = [_terms(placements[i]) for i in range(len(prepared.items))]
    report = _report(prepared, placements, skip)
    return RestoreResult(targets, findings, terms, report)


def _index_of(item: ProtectedSegment, exp: Expectation) -> int:
    for k, other in enumerate(item.expectations):
        if other is exp:
            return k
    raise LookupError("expectation not in segment")


# -- reporting ------------------------------------------------------------------------------

@lru_cache(maxsize=32)
def _currency_symbols(locale: str) -> frozenset[str]:
    """The currency symbols CLDR (through Babel) gives the edition's locale that join letters
    to a currency sign ("US$", "AU$" in pt-BR; "$US" in fr): empty for a locale Babel lacks."""
    from babel import Locale, UnknownLocaleError

    try:
        symbols = Locale.parse(locale.replace("-", "_")).currency_symbols
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(s for s in symbols.values()
                     if any(c.isalpha() for c in s)
                     and any(unicodedata.category(c) == "Sc" for c in s))


def _currency_letters(target: str, tokens: Sequence[Token], locale: str) -> set[int]:
    """Indexes of the tokens that are the letters of a currency symbol of the edition's
    locale, glued to its sign in the target ("US" of "US$ 5 milhões"), or one space before
    a sign an amount follows: the engine's "US $ 405 milhões", which the localizer then
    writes "US$ 405 milhões"."""
    if not any(unicodedata.category(c) == "Sc" for c in target):
        return set()
    symbols = _currency_symbols(locale)
    if not symbols:
        return set()
    out = set()
    for k, t in enumerate(tokens):
        a, b = t.start, t.end
        while b < len(target) and unicodedata.category(target[b]) == "Sc":
            b += 1
        while a > 0 and unicodedata.category(target[a - 1]) == "Sc":
            a -= 1
        if (a, b) != (t.start, t.end) and target[a:b] in symbols:
            out.add(k)
            continue
        m = _SPACED_SIGN.match(target, t.end)
        if m is not None and target[t.start:t.end] + m.group(1) in symbols:
            out.add(k)
    return out


_SPACED_SIGN = re_compile(r" ([^\w\s]+) ?\d")


_DEFINITION_GAP = re_compile(r"\s*\(\s*")
_APPOSITION_GAP = re_compile(r"\s*,\s*")


def _country_after_its_city(item: ProtectedSegment,
                            placements: list[Placement]) -> list[Placement]:  # fmt: skip
    """A country in apposition right after its own city ("Tokyo, Japan"), both glossary
    entries, where the target writes the city and not the country ("em Tóquio"): the city
    says where; no place is lost (probe48's econ-12, held in both skins; facts57). The city's
    country is data: the territory CLDR gives the city's time zone (``zone``, "Asia/Tokyo" is
    JP), the country's entry its ``territory``. A country after another country's city
    ("Tokyo, China"), or joined by another word ("Tokyo and Japan"), is still missing."""
    if not any(p.status == "missing" for p in placements):
        return placements
    from babel.core import get_global

    zones = get_global("zone_territories")
    source = item.segment.source
    placed = {id(p.expectation) for p in placements if p.status in ("kept", "repaired")}
    exps = sorted(item.expectations, key=lambda e: e.mention.start)
    spare: dict[str, int] = {}  # the entry's mentions that may go unwritten: one each
    for first, second in pairwise(exps):
        city, country = first.mention.entry, second.mention.entry
        if (id(first) in placed and city.zone and country.territory
                and zones.get(city.zone) == country.territory
                and _APPOSITION_GAP.fullmatch(source, first.mention.end, second.mention.start)):
            spare[country.id] = spare.get(country.id, 0) + 1
    if not spare:
        return placements
    out = []
    for p in placements:  # the country's one rendering may stand for another of its mentions
        key = p.expectation.mention.entry.id
        if p.status == "missing" and spare.get(key, 0) > 0:
            spare[key] -= 1
            continue
        out.append(p)
    return out


def _one_definition(item: ProtectedSegment, placements: list[Placement]) -> list[Placement]:
    """A name defined by its acronym in parentheses right after it ("the Office for the
    Coordination of Humanitarian Affairs (OCHA)", "People's Republic of China (PRC)"), both
    mentions of one entry, is one mention of one entity: the target's one rendering of the
    pair ("Escritório ... (OCHA)", "República Popular da China (RPC)") leaves neither
    missing. One of the two missing while the other is placed is no finding (names46)."""
    if not any(p.status == "missing" for p in placements):
        return placements
    source = item.segment.source
    exps = sorted(item.expectations, key=lambda e: e.mention.start)
    partner: dict[int, int] = {}
    for first, second in pairwise(exps):
        a, b = first.mention, second.mention
        if a.entry.id != b.entry.id or not _is_acronym(b.surface) or _is_acronym(a.surface):
            continue
        gap = _DEFINITION_GAP.fullmatch(source, a.end, b.start)
        if gap is None or not source[b.end:].lstrip().startswith(")"):
            continue
        partner[id(first)] = id(second)
        partner[id(second)] = id(first)
    if not partner:
        return placements
    placed = {id(p.expectation) for p in placements if p.status in ("kept", "repaired")}
    return [p for p in placements if not (p.status == "missing" and
                                          partner.get(id(p.expectation)) in placed)]


def _word_of_edition(hit: _Hit, locale: str) -> bool:
    """Is ``hit``, a word only close to a form of the name ("Yemeni", "Russian", "Belgians"
    near "Yemen", "Russia", "Belgium"), a word of the edition's language (its spelling
    dictionary): a demonym or another word of its own, no repeat of the name?"""
    from .glossary.words import language_words

    if hit.exact or " " in hit.surface.strip():
        return False
    known = language_words(locale.split("-")[0])
    key = fold(hit.surface)
    return known is not None and (key in known.common or key in known.proper)


def _own_name_in(entry: Entry, surface: str, lang: str | None) -> bool:
    """Is ``surface`` the entry's own name in the source's language ``lang``, no misspelling of
    another: its CLDR territory name there or its CLDR city name in the language or one of
    its varieties where that differs from the English (``own_city_names``: Joanesburgo,
    Bagdade), or spelt one letter apart ("Bielorússia" for "Bielorrússia", "Johannesburgo",
    "Bagdad"), a capitalised word of it ("Vaticano" of "Cidade do Vaticano"), or a name of
    it listed for that language in ``glossary/words/accepted.toml`` ("Holanda")?"""
    from rapidfuzz.distance import Levenshtein

    from .glossary.cldr import territory_name

    if not lang:
        return False
    names = [f for f in accepted_forms(entry, lang) if f[:1].isupper()]
    own = territory_name(entry.territory, lang) if entry.territory else None
    if own:
        names.append(own)
    names += own_city_names(entry, lang)  # "Johannesburgo", a letter off CLDR's Joanesburgo
    key = fold(surface)
    for name in names:
        folded = fold(name)
        if key == folded or (len(key) >= 6 and Levenshtein.distance(key, folded) <= 1):
            return True
        if " " in name.strip() and any(key == fold(w) for w in name.split()
                                       if w[:1].isupper() and len(w) >= 4):
            return True
    return False


def _findings(item: ProtectedSegment, placements: list[Placement], source_lang: str | None = None,
              in_full: frozenset[str] | set[str] = frozenset()) -> list[Finding]:
    """The glossary's findings of one segment: one a mention. ``in_full``: the people the
    document names with more than their surname (a lone surname of theirs is no partial name
    to check)."""
    out = []
    seg = item.segment.id
    # A mention whose placement has a finding of its own (left as the engine wrote it, with
    # the reason; missing) gets no second one for its source spelling (probe28, "Nassar").
    told = {id(p.expectation) for p in placements
            if p.status == "missing" or (p.status == "kept" and _left_alone(p))}
    for exp in item.expectations:
        m = exp.mention
        span = (m.start, m.end)
        if m.match == "misspelling" and _own_name_in(m.entry, m.surface, source_lang):
            continue  # the source writes the name in its own language ("Holanda", "Vaticano")
        if id(exp) in told:
            continue
        if m.match == "partial" and m.part == "surname" and m.entry.id in in_full:
            continue  # "Navalny" after "Alexei Navalny": the article gives the given name
        if m.match == "misspelling" or (m.match == "partial" and m.entry.type == "person"):
            replaced = m.fix is not None
            # what the edition writes: the form its placement found or put there (a form
            # left as the engine wrote it, its own finding says why; an English alias kept,
            # "Vatican"), else the expected form
            placed = next((p for p in placements if p.expectation is exp and
                           p.status in ("kept", "repaired") and p.target_surface), None)
            uses = exp.expected if placed is None else placed.target_surface
            message = (f"source writes {m.entry.name} as \u201c{m.surface}\u201d ({m.match})"
                       + (f"; the edition uses \u201c{uses}\u201d" if replaced else
                          "; not replaced: the source's word went to the engine"
                          if m.match == "misspelling" else "; check the given name"))
            out.append(Finding("glossary", "warning", message, segment=seg, source_span=span,
                               data={"entry": m.entry.id, "match": m.match,
                                     "surface": m.surface, "expected": exp.expected}))
        elif m.match == "deprecated":
            out.append(Finding("glossary", "info",
                               f"deprecated form \u201c{m.surface}\u201d of {m.entry.name}",
                               segment=seg, source_span=span,
                               data={"entry": m.entry.id, "match": m.match,
                                     "expected": exp.expected}))
    for u in item.untold:
        names = [e.name for e in u.entries]
        who = ", ".join(names[:-1]) + " or " + names[-1]
        out.append(Finding(
            "glossary", "warning",
            f"\u201c{u.surface}\u201d may name {who}: the text does not tell which (no given "
            "name, initial or earlier full mention); check the name in the translation",
            segment=seg, source_span=(u.start, u.end),
            data={"surface": u.surface, "entries": [e.id for e in u.entries],
                  "match": "untold-person"}))
    for p in placements:
        m = p.expectation.mention
        left = [a for a in p.actions if a in _LEFT_ALONE]
        if p.status == "kept" and left:
            out.append(Finding(
                "glossary", "warning",
                f"{m.entry.name} (\u201c{m.surface}\u201d) left as the engine wrote it, "
                f"\u201c{p.found_as}\u201d: {_LEFT_ALONE[left[0]]}" + (
                    "" if left[0] in ("source-word", "source-spelling") else
                    f"; expected \u201c{p.expectation.expected}\u201d"),
                segment=seg, source_span=(m.start, m.end), target_span=p.target_span,
                data={"entry": m.entry.id, "expected": p.expectation.expected,
                      "found": p.found_as, "actions": p.actions}))
        if p.status == "missing":
            out.append(Finding(
                "glossary", "error",
                f"{m.entry.name} (\u201c{m.surface}\u201d) is missing from the translation;"
                f" expected \u201c{p.expectation.expected}\u201d",
                segment=seg, source_span=(m.start, m.end),
                data={"entry": m.entry.id, "expected": p.expectation.expected,
                      "actions": p.actions}))
        elif p.status == "duplicated":
            out.append(Finding(
                "glossary", "warning",
                f"{m.entry.name} appears more often in the translation than in the source",
                segment=seg, target_span=p.target_span,
                data={"entry": m.entry.id, "expected": p.expectation.expected}))
    return out


_WORD_BEFORE = re_compile(r"(\w[\w'’.-]*) $")
_WORD_AFTER = re_compile(r" (\w[\w'’-]*)")


def _latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() or "LATIN" in unicodedata.name(c, "")  # ASCII letters are Latin
               for c in letters) / len(letters) if letters else 0


def _local_town_findings(item: ProtectedSegment, target: str, source_lang: str) -> list[Finding]:
    """A town of several words of the source language's own countries that no glossary entry
    names ("Jaraguá do Sul", "Porto Velho" in a Portuguese text; ``words.local_towns``, from
    GeoNames), written in the source as a name of its own (no capitalised word joined to it:
    "Green Bay Packers", "La Unión Europea" are other names), whose name the edition does not
    write, nor one of its other GeoNames names: the engine may have translated its words
    ("South Jaraguá"). A warning only: nothing is rewritten (issue 14)."""
    source = item.segment.source
    towns = local_towns(item.segment.lang or source_lang)
    if towns is None or not target.strip():
        return []
    spans = towns.find(source)  # most sentences name no town: the target's script is not read
    if not spans or _latin_share(target) < 0.5:
        return []
    out: list[Finding] = []
    folded = fold(target)
    for start, end in spans:
        name = source[start:end]
        if any(e.mention.start < end and start < e.mention.end for e in item.expectations):
            continue  # a glossary name: the glossary's own check
        prev = _WORD_BEFORE.search(source, 0, start)
        nxt = _WORD_AFTER.match(source, end)
        if (nxt and nxt.group(1)[:1].isupper()) or (
                prev and prev.group(1)[:1].isupper()
                and source[:prev.start(1)].rstrip(" \t\"“‘'«(„[")[-1:] not in ("", *".!?:\n…")):
            continue  # a word of a longer name ("Green Bay Packers", "La Unión Europea")
        names = (name, *towns.others.get(name, ()))
        if any(re.search(r"(?<!\w)" + re.escape(fold(n)) + r"(?!\w)", folded) for n in names):
            continue
        out.append(Finding(
            "glossary", "warning",
            f"the town \u201c{name}\u201d is not in the translation as written: check that "
            "the engine did not translate the words of its name",
            segment=item.segment.id, source_span=(start, end),
            data={"town": name, "match": "local-town"}))
    return out


def _left_alone(p: Placement) -> bool:
    """Did the edition keep a form that is not the expected one, for a reason flagged?"""
    return any(a in _LEFT_ALONE for a in p.actions)


# Why a name in a wrong form was not replaced (the placement's action -> the reason shown).
_LEFT_ALONE = {
    "unsure-source": "the source spelling is not surely this name",
    "source-form": "the source writes this name in both its deprecated and its current form: "
                   "each is the writer's choice",
    "source-word": "a word of its name standing alone, which the edition's form of the name "
                   "does not hold: the source's word is no form of the edition's language",
    "ambiguous": "the source also writes this name where it is no mention",
    "engine-form": "it is the engine's own word, not a listed form",
    "acronym-kept": "an acronym is not replaced by a phrase",
    "grammar": "the article before it would not agree",
    "copied-phrase": "the engine copied it inside a longer untranslated phrase (a title)",
    "source-spelling": "the engine wrote the source's word as it stands, which is only read "
                       "as a misspelling of this name",
    "linked-name": "another name of the place, its words linked by a word of the edition's "
                   "language: not a listed form",
}


def _terms(placements: list[Placement]) -> list[dict[str, Any]]:
    out = []
    for p in placements:
        m = p.expectation.mention
        out.append({
            "entry": m.entry.id,
            "name": m.entry.name,
            "type": m.entry.type,
            "match": m.match,
            "surface": m.surface,
            "source_span": [m.start, m.end],
            "expected": p.expectation.expected,
            "status": p.status,
            "target_span": list(p.target_span) if p.target_span else None,
            "found_as": p.found_as,
            "actions": p.actions,
        })
    return out


def _report(prepared: Prepared, placements: list[list[Placement]],
            skip: set[int]) -> GlossaryReport:
    items: list[GlossaryItem] = []
    counts = {"mentions": 0, "kept": 0, "repaired": 0, "wrong": 0, "duplicated": 0,
              "source_fixed": 0}
    for i, item in enumerate(prepared.items):
        if i in skip:
            continue
        for p in placements[i]:
            m = p.expectation.mention
            # the engine was sent the name's right form in place of the source's spelling
            # (an unsure reading is sent as the source wrote it: nothing was canonicalized)
            a, b = item.mt_spans[_index_of(item, p.expectation)]
            source_fixed = m.fix is not None and item.mt_source[a:b] != m.surface
            # the source's spelling was put right, and the edition writes the name so: a
            # target left as the engine wrote it (a flagged reason) is no repair
            fixed = source_fixed and p.status == "kept" and not _left_alone(p)
            if p.status == "duplicated":
                counts["duplicated"] += 1
            else:
                counts["mentions"] += 1
                if p.status == "missing":
                    counts["wrong"] += 1
                elif p.status == "repaired" or fixed:
                    counts["repaired"] += 1
                else:
                    counts["kept"] += 1
                counts["source_fixed"] += source_fixed
            actions = (["source-canonicalized"] if source_fixed else []) + p.actions
            items.append({
                "segment": item.segment.id,
                "entry": m.entry.id,
                "name": m.entry.name,
                "match": m.match,
                "surface": m.surface,
                "source_span": [m.start, m.end],
                "expected": p.expectation.expected,
                "status": "repaired" if fixed else
                          ("wrong" if p.status == "missing" else p.status),
                "found_as": p.found_as,
                "target_span": list(p.target_span) if p.target_span else None,
                "actions": actions,
            })
    summary = summary_line(counts)
    return GlossaryReport(glossary=prepared.glossary.hash, entries=len(prepared.glossary),
                          locale=prepared.locale, mentions=counts["mentions"],
                          kept=counts["kept"], repaired=counts["repaired"], wrong=counts["wrong"],
                          duplicated=counts["duplicated"], source_fixed=counts["source_fixed"],
                          summary=summary, items=items)


def summary_line(report: Mapping[str, Any]) -> str:
    """One line for the terminal summary."""
    return (f"names: {report.get('mentions', 0)} found, {report.get('kept', 0)} kept, "
            f"{report.get('repaired', 0)} repaired, {report.get('wrong', 0)} still wrong")


__all__ = [
    "PLACEHOLDER",
    "Expectation",
    "Placement",
    "Prepared",
    "ProtectedSegment",
    "RestoreResult",
    "expected_form",
    "fold",
    "protect_segments",
    "restore_segments",
    "summary_line",
]


# -- names inside a longer proper name -------------------------------------------------------

def spans_as_written(prepared: Prepared) -> list[list[tuple[int, int]]]:
    """Per segment, the MT-source spans of the mentions sent to the engine as the source wrote
    them (not replaced by a canonical form): the ones a title of a work may hold whole."""
    return [
        [sp for sp, exp in zip(item.mt_spans, item.expectations, strict=True)
         if item.mt_source[sp[0] : sp[1]] == exp.mention.surface]
        for item in prepared.items
    ]  # fmt: skip


def leave_inside(
    prepared: Prepared, spans: Mapping[int, Sequence[tuple[int, int]]]
) -> Prepared:
    """``prepared`` without the mentions at ``spans`` (per segment index, MT-source spans): a
    name that is a word of a longer proper name kept as written — a title of a work or a brand,
    *The Divider: Trump in the White House* — is that title's word, not a mention to verify or
    repair ("Casa Branca" is never written into the book's title)."""
    if not spans:
        return prepared
    items = list(prepared.items)
    for i, gone in spans.items():
        item = items[i]
        keep = [k for k, sp in enumerate(item.mt_spans) if sp not in set(gone)]
        items[i] = dataclasses.replace(
            item,
            expectations=[item.expectations[k] for k in keep],
            mt_spans=[item.mt_spans[k] for k in keep],
        )
    return dataclasses.replace(prepared, items=items)
