"""What a number measures: a percentage, a currency or a unit, recognized with CLDR data.

A number's value is half of a fact: "£4,000" and "4.000 euros" have the same value and say
different things. This module finds the measure written next to a number (a symbol or code
before it, a word after it) and names it by ids that can be compared across languages:
``percent``, ``cur:GBP``, ``unit:length-kilometer``. Every token comes from the CLDR data that
Babel ships (currency symbols, display names and their plural forms; the long and short forms
of units and of "percent"), for the languages asked for; nothing is listed by hand except the
few link words that may stand between a number and its measure ("milhões *de* dólares"),
which live in the ``[quantities]`` section of ``locales/languages/<lang>.toml``.

A token may stand for several things ("$" for many dollars, "pound" for money and mass):
its ids are all of them, and two measures agree when their ids meet.

>>> q = measure_at("rose to £4,000 in May", 9, 14, ("en",))
>>> (q.kind, "cur:GBP" in q.ids)
('currency', True)
>>> q2 = measure_at("para 4.000 euros se", 5, 10, ("pt", "en"))
>>> sorted(q2.ids)
['cur:EUR']
>>> q.agrees(q2)
False
>>> measure_at("subiram 75 por cento", 8, 10, ("pt",)).kind
'percent'
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..langdata import common_section, section, str_list
from ..regexcache import compile as re_compile

SPACES = " \u00a0\u202f\u2009"

# CLDR unit ids whose names are looked for after a number, with the forms read: "long"
# ("kilometers") always; "short" ("km") only where the short form is not also a common word or a
# scale letter ("in" for inch, "m" for meter or million, "g", "L"). Durations and generic counts
# are left out on purpose: "3 days" written "72 hours" is rare, and "days" also names dates.
UNITS: dict[str, tuple[str, ...]] = {
    "length-kilometer": ("long", "short"), "length-meter": ("long",),
    "length-centimeter": ("long", "short"), "length-millimeter": ("long", "short"),
    "length-mile": ("long", "short"), "length-foot": ("long", "short"),
    "length-inch": ("long",), "length-yard": ("long",), "length-nautical-mile": ("long",),
    "mass-kilogram": ("long", "short"), "mass-gram": ("long",), "mass-tonne": ("long",),
    "mass-ton": ("long",), "mass-pound": ("long", "short"), "mass-ounce": ("long", "short"),
    "area-square-kilometer": ("long", "short"), "area-square-meter": ("long", "short"),
    "area-hectare": ("long", "short"), "area-acre": ("long",), "area-square-mile": ("long",),
    "volume-liter": ("long",), "volume-gallon": ("long",), "volume-cubic-meter": ("long",),
    "speed-kilometer-per-hour": ("long", "short"), "speed-mile-per-hour": ("long", "short"),
    "speed-knot": ("long",), "temperature-celsius": ("long", "short"),
    "temperature-fahrenheit": ("long", "short"), "power-watt": ("long",),
    "power-kilowatt": ("long", "short"), "power-megawatt": ("long", "short"),
    "power-gigawatt": ("long", "short"), "energy-kilowatt-hour": ("long", "short"),
    "energy-joule": ("long",), "energy-calorie": ("long",),
    "concentr-permille": ("long", "short"),  # "0.5‰", "0,5 por mil": a blood-alcohol limit
}  # fmt: skip


@dataclass(frozen=True)
class Measure:
    """A measure written next to a number: its kind, the ids it may stand for, and where."""

    kind: str  # percent | currency | unit
    ids: frozenset[str]
    start: int
    end: int
    text: str

    def agrees(self, other: Measure | None) -> bool:
        """Do both name the same thing (for at least one of their readings)?"""
        return other is not None and bool(self.ids & other.ids)


@dataclass(frozen=True)
class _Lexicon:
    before: dict[str, frozenset[str]]  # normalized tokens written before a number -> ids
    after: dict[str, frozenset[str]]  # normalized tokens written after a number -> ids
    links: frozenset[str]  # words that may stand between a number and its measure
    longest: int  # the most pieces (words or symbols) in one token


_PIECE = re_compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[^\w\s]", re.UNICODE)


@lru_cache(maxsize=65536)  # bounded: a long feed brings new tokens without end
def _norm(token: str) -> str:
    """The lookup key of a token: words fold case ("Euros", "EUROS"); symbols, codes and
    abbreviations ("A$", "USD", "MW", "km") keep it, so "a $60" is not an Australian dollar."""
    token = unicodedata.normalize("NFC", token)
    token = " ".join(token.replace("\u00a0", " ").replace("\u202f", " ").split())
    letters = [ch for ch in token if ch.isalpha()]
    word = len(letters) >= 4 and all(ch.isalpha() or ch in " '’-" for ch in token)
    return token.casefold() if word else token


def _kind(ids: Iterable[str]) -> str:
    kinds = {i.split(":", 1)[0] for i in ids}
    if "percent" in kinds:
        return "percent"
    return "currency" if "cur" in kinds else "unit"


@cache
def _active_currencies() -> frozenset[str]:
    """ISO 4217 codes that are legal tender somewhere today (CLDR's territory currencies)."""
    from babel.core import get_global

    return frozenset(
        code
        for spans in get_global("territory_currencies").values()
        for code, _start, end, tender in spans
        if end is None and tender
    )


def _language_words(lang: str, key: str) -> tuple[str, ...]:
    table = section(lang, "quantities")
    return tuple(str_list(table, key, where=f"{lang}.toml [quantities]"))


def _add(table: dict[str, set[str]], token: str, ident: str) -> None:
    token = token.strip(SPACES + ".")
    if token and not any(map(str.isdigit, token)):
        table.setdefault(token, set()).add(ident)


@cache  # once per language: "en" enters the lexicon of an English and a Portuguese text
def _entries(lang: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(tokens written before a number, tokens written after it) for one language (shared:
    read it, never change it)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return {}, {}
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    patterns = locale._data.get("unit_patterns", {})
    for unit, lengths in (("concentr-percent", ("long", "short")), *UNITS.items()):
        ident = "percent" if unit == "concentr-percent" else f"unit:{unit}"
        for length in lengths:
            for count, pattern in patterns.get(unit, {}).get(length, {}).items():
                if count == "per" or "{0}" not in pattern:
                    continue
                head, _, tail = pattern.partition("{0}")
                _add(before, head, ident)
                _add(after, tail, ident)
    usage = section(lang, "quantities").get("units", {})
    for token in usage if isinstance(usage, dict) else ():
        for unit in str_list(usage, token, where=f"{lang}.toml [quantities.units]"):
            if unit in UNITS:
                _add(after, token, f"unit:{unit}")
    _add(after, "%", "percent")
    _add(after, "\u066a", "percent")
    names = locale.currencies
    symbols = locale.currency_symbols
    plurals = locale._data.get("currency_names_plural", {})
    modifiers = frozenset(w.casefold() for w in _language_words(lang, "modifiers"))
    shared = _shared_words(names, plurals, _active_currencies())
    pronouns = frozenset(str(w).casefold() for w in common_section("quantities")
                         .get("not_currency", []))  # fmt: skip
    for code in _active_currencies():
        ident = f"cur:{code}"
        before[code] = {*before.get(code, set()), ident}
        after[code] = {*after.get(code, set()), ident}
        symbol = symbols.get(code)
        if symbol and symbol != code:
            _add(before, symbol, ident)
            split = re.match(r"^([^\W\d_]+)(\W+)$", symbol)
            if split:  # engines write "US $ 700" for "US$ 700"
                _add(before, f"{split.group(1)} {split.group(2)}", ident)
            if not symbol.isalpha():
                _add(after, symbol, ident)  # "12 €", "5 $" in French and Portuguese usage
        forms = plurals.get(code, {})
        singular = forms.get("one") or names.get(code)
        for name in {names.get(code), *forms.values()}:
            if name:
                _add(after, name, ident)
        for count, plural in forms.items() or {"other": singular}.items():
            if count != "one" and singular and plural:
                for head in _head_words(singular, plural, modifiers, shared):
                    if head.casefold() not in pronouns:  # Ukrainian "вони" (they), "вона"
                        _add(after, head, ident)
    return before, after


def _shared_words(names: Any, plurals: Any, codes: Iterable[str]) -> frozenset[str]:
    """The (case-folded) words of the currency names of at least two currencies: a head noun
    ("рублей" of Russian and Belarusian rubles) rather than a nationality adjective
    ("российских")."""
    seen: dict[str, set[str]] = {}
    for code in codes:
        forms = {names.get(code), *plurals.get(code, {}).values()}
        for name in forms:
            for word in (name or "").split():
                seen.setdefault(word.casefold(), set()).add(code)
    return frozenset(w for w, owners in seen.items() if len(owners) > 1)


def _head_words(
    singular: str,
    plural: str,
    modifiers: frozenset[str] = frozenset(),
    shared: frozenset[str] = frozenset(),
) -> set[str]:
    """The words that change between a currency name's singular and plural: its head noun
    ("dollar"/"dollars" of "US dollar", "libra"/"libras" of "libra esterlina"); an adjective
    written before the noun (``[quantities] modifiers`` of the language data: "Novo"/"novos" of
    "Novo dólar taiwanês") is passed over: "30 novos carros" names no currency.

    >>> sorted(_head_words("Novo dólar taiwanês", "novos dólares taiwaneses", frozenset({"novo"})))
    ['dólar', 'dólares']
    >>> sorted(_head_words("российский рубль", "российских рублей", frozenset(),
    ...                    frozenset({"рублей", "рубль"})))
    ['рублей', 'рубль']
    >>> sorted(_head_words("Schweizer Franken", "Schweizer Franken", frozenset({"schweizer"})))
    ['Franken']
    """
    one, other = singular.split(), plural.split()
    if len(one) != len(other) or len(one) < 2:
        return set()
    heads: set[str] = set()
    pairs = [(a, b) for a, b in zip(one, other, strict=True) if a.casefold() not in modifiers]
    changed = [(a, b) for a, b in pairs if a.casefold() != b.casefold()]
    nouns = [(a, b) for a, b in changed if b.casefold() in shared]
    if nouns or changed:  # the noun other currencies share, else the first word that agrees
        heads.update((nouns or changed)[0])
    elif len(pairs) < len(one) and pairs:
        heads.update(pairs[0])  # "Schweizer Franken": the adjective ([modifiers]) never changes
    return {h for h in heads if len(h) >= 3 and h.isalpha()}


def _pieces(token: str) -> int:
    return len(_PIECE.findall(token))


# the normalized tables of each language as scripts/quantity_words.py stored them
# (tests/unit/test_quantity_words_file.py): reading CLDR's unit and currency data and
# normalizing every token cost a first run about 0.1 s of CPU
SHIPPED_WORDS = Path(__file__).resolve().parent / "quantity-words"


def shipped_key() -> dict[str, str]:
    """What the stored tables depend on besides this module's code: Babel's CLDR data, the
    Unicode data of ``_norm`` and the units read."""
    import babel

    return {
        "babel": babel.__version__,
        "unicode": unicodedata.unidata_version,
        "units": json.dumps(UNITS, sort_keys=True),
    }


_Tables = tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]


def _normalized(part: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for token, ids in part.items():
        table.setdefault(_norm(token), set()).update(ids)
    return {k: frozenset(v) for k, v in table.items()}


def normalized_entries(lang: str) -> _Tables:
    """``_entries(lang)`` with every token normalized (``_norm``), read from CLDR."""
    before, after = _entries(lang)
    return _normalized(before), _normalized(after)


def _read_shipped(lang: str) -> _Tables | None:
    """The stored tables of ``lang``, or None (none stored, or stored for another Babel)."""
    if not lang.replace("_", "").isalnum():
        return None
    try:
        data = json.loads((SHIPPED_WORDS / f"{lang}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != shipped_key():
        return None
    ids: list[str] = data["ids"]
    return tuple(  # type: ignore[return-value]
        {token: frozenset(ids[i] for i in refs) for token, refs in data[part].items()}
        for part in ("before", "after")
    )


@cache
def _tables(lang: str) -> _Tables:
    return _read_shipped(lang) or normalized_entries(lang)


@cache
def _lexicon(langs: tuple[str, ...]) -> _Lexicon:
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    expanded = [v for lang in langs for v in (lang, *_language_words(lang, "variants"))]
    for lang in dict.fromkeys(expanded):
        b, a = _tables(lang)
        for table, part in ((before, b), (after, a)):
            for token, ids in part.items():
                table.setdefault(token, set()).update(ids)
    links = frozenset(w for lang in langs for w in _language_words(lang, "links"))
    longest = max((_pieces(t) for t in (*before, *after)), default=1)
    return _Lexicon(
        {k: frozenset(v) for k, v in before.items()},
        {k: frozenset(v) for k, v in after.items()},
        links,
        longest,
    )


def _case_ok(token: str, ids: frozenset[str]) -> bool:
    """ISO codes count only in capitals: "USD" is a currency, "usd" and "Eur" are not."""
    if token.isalpha() and len(token) == 3 and all(i.startswith("cur:") for i in ids):
        return token.isupper()
    return True


def _lookup(token: str, table: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """The ids of ``token`` in ``table`` (its :func:`_norm` key, spaced or not), or None. A
    token wholly in capitals that is no key as written is read as its lower case would be: text
    in capitals ("20 PÉS", "30 MPH") reads as the same text in ordinary case ("20 pés"), ISO
    codes included ("sol" is no currency code, nor is "SOL")."""
    key = _norm(token)
    ids = table.get(key) or table.get(key.replace(" ", ""))
    if ids and _case_ok(token, ids):
        return ids
    if not _capitals(key):
        return None
    low = key.casefold()
    ids = table.get(low) or table.get(low.replace(" ", ""))
    return ids if ids and _case_ok(low, ids) else None


def _capitals(key: str) -> bool:
    """Is ``key`` a word of two letters or more wholly in capitals ("PÉS", "MPH")?"""
    return key.isupper() and sum(ch.isalpha() for ch in key) >= 2


def _longest_match(
    text: str, pieces: list[re.Match[str]], table: dict[str, frozenset[str]], longest: int,
    heads: tuple[dict[str, bool], tuple[str, ...]] | None = None,
) -> tuple[int, int, frozenset[str]] | None:
    """The longest run of ``pieces`` (from the first) that is a token of ``table`` (``heads``:
    :func:`_heads_for` of the text, whose keys' table holds ``table``'s)."""
    if heads is not None and pieces and not _may_begin(pieces[0].group(), heads):
        return None
    for n in range(min(longest, len(pieces)), 0, -1):
        start, end = pieces[0].start(), pieces[n - 1].end()
        token = text[start:end]
        if _article(token):
            continue
        ids = _lookup(token, table)
        if ids is not None:
            return start, end, ids
    return None


def _article(token: str) -> bool:
    """Is ``token`` the article "a" and a symbol apart ("A $20 ticket" is an article and a
    dollar, not an Australian dollar "A$", which is written joined)?"""
    return token[:1] in ("A", "a") and _ARTICLE.match(token) is not None


_ARTICLE = re_compile(r"[Aa]\s+\W")


def _gap_ok(text: str) -> bool:
    return len(text) <= 2 and all(ch in SPACES for ch in text)


def _after(
    text: str, end: int, lex: _Lexicon, heads: tuple[dict[str, bool], tuple[str, ...]] | None = None
) -> Measure | None:
    pieces = list(_PIECE.finditer(text, end, min(len(text), end + 60)))
    if not pieces or not _gap_ok(text[end : pieces[0].start()]):
        return None
    found = _longest_match(text, pieces, lex.after, lex.longest, heads)
    elided = re.match(r"([^\W\d_]+['’])(\w)", pieces[0].group())
    if found is None and elided and _link(elided.group(1).replace("’", "'"), lex.links):
        rest = list(_PIECE.finditer(text, pieces[0].start() + len(elided.group(1)), end + 60))
        found = _longest_match(text, rest, lex.after, lex.longest, heads)
    if (
        found is None
        and len(pieces) > 1
        and _link(pieces[0].group(), lex.links)
        and _gap_ok(text[pieces[0].end() : pieces[1].start()])
    ):
        found = _longest_match(text, pieces[1:], lex.after, lex.longest, heads)
    if found is None:
        return None
    start, stop, ids = found
    if stop < len(text) and text[stop].isalnum() and text[stop - 1].isalnum():
        return None
    return Measure(_kind(ids), ids, start, stop, text[start:stop])


def _link(word: str, links: frozenset[str]) -> bool:
    """Is ``word`` a link word ("de", "of"), read in capitals as in ordinary case ("DE")?"""
    key = _norm(word)
    return key in links or (_capitals(key) and key.casefold() in links)


def _before(
    text: str, start: int, lex: _Lexicon,
    heads: tuple[dict[str, bool], tuple[str, ...]] | None = None,
) -> Measure | None:  # fmt: skip
    head_start = max(0, start - 16)
    pieces = list(_PIECE.finditer(text, head_start, start))
    if not pieces or not _gap_ok(text[pieces[-1].end() : start]):
        return None
    for n in range(min(lex.longest, len(pieces)), 0, -1):
        first = pieces[-n]
        if heads is not None and not _may_begin(first.group(), heads):
            continue  # no key begins with its first piece (_can_begin)
        token = text[first.start() : pieces[-1].end()]
        if first.start() > 0 and text[first.start() - 1].isalnum() and token[0].isalnum():
            continue  # "abcUS$": not a token boundary
        if _article(token):
            continue
        ids = _lookup(token, lex.before)
        if ids is not None:
            return Measure(_kind(ids), ids, first.start(), pieces[-1].end(), token)
    return None


def measure_at(text: str, start: int, end: int, langs: Sequence[str]) -> Measure | None:
    """The measure written just before ``text[start:end]`` (a number) or just after it."""
    key = tuple(dict.fromkeys(langs))
    lex = _lexicon(key)
    heads = _heads_for(text, key)
    return _before(text, start, lex, heads) or _after(text, end, lex, heads)


@cache
def _either_side(langs: tuple[str, ...]) -> tuple[_Lexicon, dict[Any, Any]]:
    """The lexicon of ``langs`` and its words before and after a number in one table."""
    lex = _lexicon(langs)
    table = {**lex.after, **lex.before}
    for key in lex.before.keys() & lex.after.keys():
        table[key] = lex.before[key] | lex.after[key]
    return lex, table


def measures_in(text: str, langs: Sequence[str]) -> list[Measure]:
    """Every measure token in ``text``, wherever it stands (for a reordered sentence)."""
    key = tuple(dict.fromkeys(langs))
    lex, table = _either_side(key)
    ids_of = _token_ids(key)
    spans = [m.span() for m in _PIECE.finditer(text)]
    # a text whose substrings are their own NFC (_NFC_OPEN): a piece that no key begins with
    # begins no measure (_can_begin), and its tokens are not looked up
    heads = _heads_for(text, key)
    out: list[Measure] = []
    i = 0
    count = len(spans)
    while i < count:
        start = spans[i][0]
        if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            i += 1
            continue
        if heads is not None and not _may_begin(text[start : spans[i][1]], heads):
            i += 1
            continue
        # _longest_match(text, pieces[i:], table, lex.longest), each token's answer memoized
        found = None
        for n in range(min(lex.longest, count - i), 0, -1):
            stop = spans[i + n - 1][1]
            token = text[start:stop]
            ids = ids_of.get(token, _UNSEEN)
            if ids is _UNSEEN:
                if len(ids_of) >= 65536:  # bounded: a long feed brings new tokens without end
                    ids_of.clear()
                ids = ids_of[token] = _ids_for(token, table)
            if ids is not None:
                found = ids
                break
        if found is None:
            i += 1
            continue
        if stop < len(text) and text[stop].isalnum() and text[stop - 1].isalnum():
            i += 1
            continue
        if token.isupper() and _folded(token, table) and not _AFTER_NUMBER.search(
                text, max(0, start - 4), start):
            i += 1  # "FT WORTH", "ANN ARBOR MI", "NÓS" (we): a unit in capitals after a number
            continue
        out.append(Measure(_kind(found), found, start, stop, text[start:stop]))
        while i < count and spans[i][0] < stop:
            i += 1
    return out


_UNSEEN = frozenset({"\0unseen"})

# a number or the end of a number range ("6 FT", "20 TO 30 MPH", "2-3 MI", "20-FT") right before
_AFTER_NUMBER = re_compile(r"\d[ \u00a0\u202f\u2009-]{0,2}$")


def _folded(token: str, table: dict[str, frozenset[str]]) -> bool:
    """Is ``token`` (in capitals) a measure only through :func:`_lookup`'s reading of capitals
    as lower case ("FT", "MI", "NÓS": no key as written), not a key as written ("USD", "MW",
    "FEET")? Such a token is a unit code or a short word that text in capitals also writes as
    a name or another word ("FT WORTH", "ANN ARBOR MI", "NÓS" for "we"): :func:`measures_in`
    reads it only after a number, where a unit must stand.

    >>> table = _either_side(("en",))[1]
    >>> [_folded(t, table) for t in ("FT", "MI", "MPH", "USD", "FEET")]
    [True, True, True, False, False]
    """
    key = _norm(token)
    ids = table.get(key) or table.get(key.replace(" ", ""))
    return not (ids and _case_ok(token, ids))

# Characters outside the blocks whose every character is its own NFC, has canonical combining
# class 0 and is never the second of a canonical composition: Basic Latin to Latin Extended-B,
# Latin Extended Additional, General Punctuation but for its two quads (U+2000, U+2001: NFC
# turns them into U+2002, U+2003), Currency Symbols (tests/speed/test_measure_heads38.py checks
# each claim on every code point). In a text without one of them, NFC changes no substring, so
# ``_norm`` of a token that begins with a piece begins with that piece or its case fold.
_NFC_OPEN = re_compile("[^\x00-\u024f\u1e00-\u1eff\u2002-\u206f\u20a0-\u20cf]")


@cache
def _key_prefixes(langs: tuple[str, ...]) -> frozenset[str]:
    """Every prefix of every key of the table of ``langs`` (before or after a number)."""
    _lex, table = _either_side(langs)
    return frozenset(k[:n] for k in table for n in range(1, len(k) + 1))


@cache
def _heads(langs: tuple[str, ...]) -> dict[str, bool]:
    """The memo of :func:`_can_begin` for ``langs`` (piece -> may it begin a measure)."""
    return {}


def _heads_for(text: str, langs: tuple[str, ...]) -> tuple[dict[str, bool], tuple[str, ...]] | None:
    """The memo of :func:`_can_begin` for a reading of ``text`` with the table of ``langs``,
    and ``langs``; None when NFC may change a substring of ``text`` (no piece is passed over)."""
    return (_heads(langs), langs) if _nfc_closed(text) else None


@lru_cache(maxsize=16)
def _nfc_closed(text: str) -> bool:
    """Does NFC leave every substring of ``text`` as it is? Memoized: the number reader asks
    it once for each number of a text (``measure_at``), and one scan of a text of thousands of
    numbers for each of them was quadratic (facts52; a string keeps its hash)."""
    return _NFC_OPEN.search(text) is None


def _may_begin(piece: str, heads: tuple[dict[str, bool], tuple[str, ...]]) -> bool:
    """:func:`_can_begin` of ``piece``, through the memo ``heads`` (:func:`_heads_for`)."""
    memo, langs = heads
    can = memo.get(piece)
    if can is None:
        if len(memo) >= 65536:  # bounded, as the token memo
            memo.clear()
        can = memo[piece] = _can_begin(piece, langs)
    return can


def _can_begin(piece: str, langs: tuple[str, ...]) -> bool:
    """May a token that begins with ``piece`` (one ``_PIECE``, no white space) be a measure of
    ``langs``, in a text NFC leaves as it is? Its key (``_norm``: white space made one space,
    the case maybe folded, character by character) begins with ``piece`` or its case fold,
    and so does the key without its spaces (the piece has none): one of them must begin a key
    of the table."""
    prefixes = _key_prefixes(langs)
    return piece in prefixes or piece.casefold() in prefixes


@cache
def _token_ids(langs: tuple[str, ...]) -> dict[str, frozenset[str] | None]:
    """The memo of :func:`_ids_for` for the table of ``langs`` (token -> ids or None)."""
    return {}


def _ids_for(token: str, table: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """What :func:`_longest_match` decides for one token: its ids, or None (no measure)."""
    if _article(token):
        return None
    return _lookup(token, table)
