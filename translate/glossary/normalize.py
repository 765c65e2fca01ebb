"""Text normalisation for name matching: tokens with offsets, folded keys, skeleton keys.

Names arrive with diacritics or without (Erdoğan/Erdogan), in other transliterations
(Aliyev/Aliev/Əliyev, Qarabakh/Karabakh), with typographic apostrophes and hyphens or spaces
(Nagorno-Karabakh/Nagorno Karabakh). Matching therefore works on *tokens* (runs of letters and
digits) and compares their folded keys; the separators between tokens only have to be allowed
ones, so a possessive "’s" or a hyphen never gets in the way and offsets stay those of the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial

from ..textfold import APOSTROPHES as APOSTROPHES
from ..textfold import HYPHENS as HYPHENS
from ..textfold import fold as fold

# A token: letters/digits plus combining marks (text may arrive decomposed, NFD).
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# The vowel signs, viramas and other marks (Unicode Mn and Mc) of the Brahmic scripts
# (Devanagari to Sinhala), Thai, Lao, Myanmar and Khmer, which Python's \w leaves out: without
# them "दमास्कस" (Damascus) falls apart into "दम", "स", "कस". Their punctuation (danda "।")
# still parts words. Listed from unicodedata 15 (Python 3.11), character by character.
_BRAHMIC_MARKS = (
    "\u0900-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962-\u0963\u0981-\u0983"
    "\u09bc\u09be-\u09c4\u09c7-\u09c8\u09cb-\u09cd\u09d7\u09e2-\u09e3\u09fe\u0a01-\u0a03"
    "\u0a3c\u0a3e-\u0a42\u0a47-\u0a48\u0a4b-\u0a4d\u0a51\u0a70-\u0a71\u0a75\u0a81-\u0a83"
    "\u0abc\u0abe-\u0ac5\u0ac7-\u0ac9\u0acb-\u0acd\u0ae2-\u0ae3\u0afa-\u0aff\u0b01-\u0b03"
    "\u0b3c\u0b3e-\u0b44\u0b47-\u0b48\u0b4b-\u0b4d\u0b55-\u0b57\u0b62-\u0b63\u0b82"
    "\u0bbe-\u0bc2\u0bc6-\u0bc8\u0bca-\u0bcd\u0bd7\u0c00-\u0c04\u0c3c\u0c3e-\u0c44"
    "\u0c46-\u0c48\u0c4a-\u0c4d\u0c55-\u0c56\u0c62-\u0c63\u0c81-\u0c83\u0cbc\u0cbe-\u0cc4"
    "\u0cc6-\u0cc8\u0cca-\u0ccd\u0cd5-\u0cd6\u0ce2-\u0ce3\u0d00-\u0d03\u0d3b-\u0d3c"
    "\u0d3e-\u0d44\u0d46-\u0d48\u0d4a-\u0d4d\u0d57\u0d62-\u0d63\u0d81-\u0d83\u0dca"
    "\u0dcf-\u0dd4\u0dd6\u0dd8-\u0ddf\u0df2-\u0df3\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1"
    "\u0eb4-\u0ebc\u0ec8-\u0ecd\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064"
    "\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d\u17b4-\u17d3\u17dd"
)
# Han ideographs and kana: scripts written without spaces between words; each character is
# a token of its own, so a name is found inside a run ("プーチン大統領はモスクワで").
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|(?:[^\W_{_CJK}]|[{_MARKS}{_BRAHMIC_MARKS}])+")
_CJK_CHAR = re.compile(rf"[{_CJK}]")


def _capitalized(text: str) -> bool:
    """:attr:`Token.capitalized` of a token written ``text``."""
    first = text[:1]
    return first.isupper() or ("\u0590" <= first <= "\u06ff" and first.isalpha()) or \
        "\u10d0" <= first <= "\u10ff"


@dataclass(frozen=True)
class Token:
    """A word of the text: its span, its surface and its folded key."""

    start: int
    end: int
    text: str
    key: str

    @cached_property  # read by every matcher's pass over the tokens: once per token
    def capitalized(self) -> bool:
        """Written with a capital, or in the Hebrew, Arabic or Georgian (Mkhedruli) script,
        which has none (any word may be a name there: "القاهرة", Cairo; "თბილისი")."""
        return _capitalized(self.text)

    @property
    def upper(self) -> bool:
        """All letters upper case (an acronym or a headline)."""
        if self.text.isascii():
            # in ASCII the letters are the cased characters: ``str.isupper`` is this test in C
            # (a letter, and none in small letters; speed44)
            return self.text.isupper()
        letters = [c for c in self.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)  # never a caseless word


# Transliteration-insensitive rewriting, applied in order to a folded token.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("dsch", "j"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"),
    ("ph", "f"), ("sch", "s"),
    ("tch", "c"), ("ch", "c"), ("sh", "s"), ("ts", "c"), ("tz", "c"), ("th", "t"),
    ("ck", "k"), ("q", "k"), ("w", "v"), ("x", "ks"), ("y", "i"), ("j", "i"),
    ("ou", "u"), ("oo", "u"), ("ee", "i"),
)
_FINAL_H = re.compile(r"(?<=[a-z]{3})[ae]h$")
_LEADING_GLIDE = re.compile(r"^i(?=[aeou])")
_INNER_GLIDE = re.compile(r"(?<=[aeou])i(?=[aeou])")  # Tokayev/Tokaev, Mirziyoyev/Mirziyoev


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """A key that most romanisations of one name share (``Zelenskyy``/``Zelenskiy`` alike).

    >>> skeleton("zelenskyy") == skeleton("zelenskiy") == skeleton("zelensky")
    True
    >>> skeleton("qarabakh") == skeleton("karabakh")
    True
    """
    out = _FINAL_H.sub("a", key)  # Arabic tā' marbūṭa: Haniyeh, Haniyah, Haniya
    for old, new in _SKELETON_RULES:
        out = out.replace(old, new)
    out = _INNER_GLIDE.sub("", _LEADING_GLIDE.sub("", out))
    collapsed: list[str] = []
    for ch in out:
        if not collapsed or collapsed[-1] != ch:
            collapsed.append(ch)
    return "".join(collapsed)


# English contractions after an apostrophe ("We're", "They'll"): never part of a name.
_CONTRACTIONS = frozenset({"re", "ve", "ll", "nt", "d", "s", "t", "m"})
# The Arabic article as romanised before a name: "al-", "el-", "ul-", and assimilated to a
# following "sun letter" ("ash-Sharaa", "ad-Din", "ar-Rashid", "an-Nasr", "az-Zubayr").
_ARTICLES = frozenset({"al", "el", "ul", "il"})
_SUN = re.compile(r"^[aeu](sh|th|dh|[dnrstz])$")
# Every character whose small letter (``str.lower``) begins with a, e, i or u, as every word
# in ``_ARTICLES`` and every one ``_SUN`` matches begins (Unicode 15, every code point; a test
# checks it): ``_article`` is False for a word beginning with any other (speed45).
_ARTICLE_INITIALS = frozenset("AEIUaeiu\u0130")


def _article(tok: re.Match[str], gap: str, nxt: re.Match[str]) -> bool:
    """Is ``tok`` the Arabic article before the name ``nxt``?"""
    word, name = tok.group(), nxt.group()
    if not name[:1].isupper():
        return False
    lower = word.lower()
    if lower in _ARTICLES:
        return gap == "-" or (gap == " " and word[:1].isupper() and len(name) >= 3)
    sun = _SUN.match(lower)
    return gap == "-" and sun is not None and fold(name).startswith(sun.group(1))


# Other conventions' spellings re-spelt the English (BGN/PCGN-like) way the glossary writes
# names, one rule set per convention, applied in one left-to-right pass. German: Kobachidse,
# Saakaschwili, Selenskyj, Charkiw, Dschabrail; French: Chevardnadze, Michoustine,
# Djebrail, Bourhane; Polish: Łukaszenka, Szewardnadze; Russian-mediated Caucasus names:
# Gadzhiev/Hajiyev (Russian г for h), Arutyunyan/Harutyunyan (no initial h).
_GERMAN: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"), ("dsch", "j"), ("sch", "sh"), ("ch", "kh"), ("ds", "dz"), ("z", "ts"),
    ("w", "v"), ("j", "y"))
_READINGS: tuple[tuple[tuple[str, str], ...], ...] = (
    _GERMAN,
    (("^s", "z"), *_GERMAN),  # German S for Russian З: Selenskyj, Sacharowa
    (("tch", "ch"), ("dj", "j"), ("ch", "sh"), ("j", "zh"), ("ou", "u"), ("gue", "ge"),
     ("gui", "gi"), ("ine$", "in"), ("ane$", "an")),
    (("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("w", "v"), ("j", "y")),
    (("^g", "h"), ("^a", "ha"), ("^o", "ho"), ("^e", "he")),
    # Spanish (and the Portuguese press that copies Spanish agencies): kh written j, as in
    # Jamenei, Jomeini, Jartum, Járkov (read only in words of five letters or more: "Jan" is
    # no "Khan")
    (("j", "kh"),),
)
# the readings (by index in _READINGS) that a short word is not read with
_LONG_ONLY = frozenset({5})


def _reading_pattern(rules: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str],
                                                                  dict[str, str]]:
    table: dict[str, str] = {}
    parts = []
    for old, new in rules:
        bare = old.strip("^$")
        if old.startswith("^"):
            parts.append(f"^{bare}")
        elif old.endswith("$"):
            parts.append(f"{bare}$")
        else:
            parts.append(bare)
        table.setdefault(bare, new)
    return re.compile("|".join(parts)), table


_READING_PATTERNS = tuple(_reading_pattern(r) for r in _READINGS)


def _respell(table: dict[str, str], match: re.Match[str]) -> str:
    return table[match.group()]


@lru_cache(maxsize=65536)
def readings(key: str) -> tuple[str, ...]:
    """A folded token as the glossary's convention would spell it, under each other
    romanisation habit that changes it (German, French, Polish, Russian-mediated, Spanish).

    >>> readings("kobachidse")[0], readings("michoustine")[-1], readings("charkiw")[0]
    ('kobakhidze', 'mishustin', 'kharkiv')
    """
    out: list[str] = []
    for n, (pattern, table) in enumerate(_READING_PATTERNS):
        if n in _LONG_ONLY and len(key) < 5:
            continue
        new = pattern.sub(partial(_respell, table), key)
        if new != key and new not in out:
            out.append(new)
    return tuple(out)


def tokenize(text: str) -> list[Token]:
    """Words of ``text`` with their offsets and folded keys.

    A word written with an apostrophe inside it for an ejective or a glottal stop
    ("Ts'khinvali", "K'ut'aisi", "Nuku'alofa") is one token (key without the apostrophe),
    unlike a possessive or a contraction ("Azerbaijan’s", "We're"). The Arabic article keeps
    its own token, keyed "al" however romanised ("el-Sisi", "ash-Sharaa" -> al, sisi / al,
    sharaa).

    >>> [t.key for t in tokenize("Azerbaijan’s Nagorno-Karabakh")]
    ['azerbaijan', 's', 'nagorno', 'karabakh']
    >>> [t.key for t in tokenize("Ts'khinvali, Ahmad ash-Sharaa")]
    ['tskhinvali', 'ahmad', 'al', 'sharaa']
    """
    matches = list(_TOKEN.finditer(text))
    out: list[Token] = []
    append = out.append
    new = _NEW_TOKEN
    k = 0
    n = len(matches)
    while k < n:
        m = matches[k]
        (start, end), word = m.span(), m.group()
        key = fold(word)
        first = word[0]  # ``text[start]``: every token has a character
        upper = first.isupper()
        # Join "Ts" ' "khinvali": a capitalised word, one apostrophe, a lower-case run (the
        # first letter's case asked once a word, not once a joined part; speed46).
        while upper and k + 1 < n:
            nxt = matches[k + 1]
            gap = text[end:nxt.start()]
            part = nxt.group()
            if len(gap) == 1 and gap in APOSTROPHES and part[:1].islower() and \
                    len(part) >= 2 and part.lower() not in _CONTRACTIONS:
                end, key = nxt.end(), key + fold(part)
                k += 1
                continue
            break
        if k + 1 < n and end - start <= 3 and word[0] in _ARTICLE_INITIALS and \
                _article(m, text[end:matches[k + 1].start()], matches[k + 1]):
            key = "al"
        # ``_token(start, end, text[start:end], key)`` written out: one call less a word
        # (speed45); ``word`` is ``text[start:end]`` unless a part was joined to it
        tok: Token = new(Token)
        surface = word if end == m.end() else text[start:end]
        # ``_capitalized(surface)`` written out (its first character is ``first``): one call
        # less a word (speed46)
        tok.__dict__.update(start=start, end=end, text=surface, key=key, capitalized=upper or (
            "\u0590" <= first <= "\u06ff" and first.isalpha()) or "\u10d0" <= first <= "\u10ff")
        append(tok)
        k += 1
    return out


_NEW_TOKEN = object.__new__


def _token(start: int, end: int, text: str, key: str) -> Token:
    """``Token(start, end, text, key)``, the same object (the same fields in the same order in
    its ``__dict__``; no ``__post_init__``), without the frozen dataclass's ``__init__`` and its
    four ``object.__setattr__`` calls: about half the cost of a token, made once per word."""
    tok: Token = _NEW_TOKEN(Token)
    # ``capitalized`` set here, where ``cached_property`` would set it on the first read (every
    # token is read so by the matcher's passes): the same value in the same ``__dict__`` entry,
    # without the property's lock on each token's first read (speed44)
    tok.__dict__.update(start=start, end=end, text=text, key=key, capitalized=_capitalized(text))
    return tok


def token_keys(text: str) -> tuple[str, ...]:
    """The folded token sequence of a glossary form: how forms are indexed."""
    return tuple(t.key for t in tokenize(text))


def gap_allowed(gap: str, previous: Token) -> bool:
    """May two tokens of one name be separated by ``gap``?

    Spaces, one hyphen or apostrophe, and a period after a short token (``St. Petersburg``,
    ``U.S.``) are allowed; a comma, a line break or other punctuation ends a name.
    """
    if not gap:
        # characters of a script written without spaces ("モスクワ") are one word's
        return bool(_CJK_CHAR.fullmatch(previous.text))
    if len(gap) > 3:
        return False
    if "\n" in gap or "\r" in gap:
        return False
    stripped = gap.replace(" ", "").replace("\u00a0", "")
    if not stripped:
        return True
    if len(stripped) != 1:
        return False
    ch = stripped
    if ch in HYPHENS or ch in APOSTROPHES:
        return True
    return ch == "." and len(previous.text) <= 3


_OPENING = frozenset(" \t\"“‘'«(„[—–-")
_CLOSING = frozenset("”’»)]")


def is_sentence_start(text: str, token: Token) -> bool:
    """Is ``token`` the first word of a sentence (so its capital letter says nothing)?

    Reads back only over the spaces, quotes and brackets before the token (never a copy of
    the text before it: called once per candidate, it stays linear in the text).

    >>> from translate.glossary.normalize import tokenize
    >>> [is_sentence_start("He left. “Turkey said", t) for t in tokenize("He left. “Turkey said")]
    [True, False, True, False]
    """
    i = token.start
    while i > 0 and text[i - 1] in _OPENING:
        i -= 1
    if i == 0:
        return True
    if text[i - 1] in ".!?:\n…":
        return True
    # a closing quote or bracket after the full stop ends the sentence too ("course.” The")
    j = i
    while j > 0 and text[j - 1] in _CLOSING:
        j -= 1
    return j < i and j > 0 and text[j - 1] in ".!?…"


# Scripts whose names an English text may quote as written ("Ильхам Алиев", "Երևան"): they
# have capitals, so a name still stands out, and a romanization key lets the Latin glossary
# forms meet them through the same skeleton as any other transliteration.
_ROMANIZED_SCRIPTS = ("CYRILLIC", "ARMENIAN", "GREEK", "GEORGIAN")
# Letters anyascii spells one way when the romanizations the glossary meets spell them
# another: Armenian "ու" is the vowel u (anyascii: "ow"), "և" is "ev"; a word-final "ը" is the
# definite article glued to a name ("Փաշինյանը", "the Pashinyan"), dropped.
_RESPELL = (("ու", "u"), ("Ու", "U"), ("ՈՒ", "U"), ("և", "ev"))
_ARTICLE_END = "ը"
# Greek digraphs that anyascii spells letter by letter ("Ερντογάν" -> "Erntogan", "Πούτιν" ->
# "Poytin"), read as the modern Greek press writes foreign names with them (ELOT 743 / UN
# romanization): ου = u, αυ/ευ = av/ev, χ = kh as in the BGN/PCGN forms the glossary uses;
# ντ, μπ, γκ are d, b, g at the start of a word or after a consonant, nd, mb, nk after a vowel
# ("Ερντογάν" Erdogan, "Άγκυρα" Ankyra ~ Ankara); γγ = ng.
_GREEK_RESPELL = (("ου", "u"), ("ού", "u"), ("αυ", "av"), ("αύ", "av"), ("ευ", "ev"),
                  ("εύ", "ev"), ("γγ", "ng"), ("χ", "kh"))
_GREEK_CLUSTERS = re.compile("(^|[^αάεέηήιίϊΐοόυύϋΰωώ])?(ντ|μπ|γκ)")
_GREEK_HARD = {"ντ": "d", "μπ": "b", "γκ": "g"}
_GREEK_SOFT = {"ντ": "nd", "μπ": "mb", "γκ": "nk"}
_GREEK_LETTERS = "GREEK"


def _greek_reading(text: str) -> str:
    """A Greek word respelt as the press romanizes a foreign name written in it."""
    text = text.lower()
    for src, dst in _GREEK_RESPELL:
        text = text.replace(src, dst)
    return _GREEK_CLUSTERS.sub(
        lambda m: (m.group(1) or "") + (_GREEK_HARD if m.group(1) is not None
                                        else _GREEK_SOFT)[m.group(2)], text)
_ARMENIAN_LETTERS = "ARMENIAN"
_CASELESS = ("GEORGIAN LETTER",)


@lru_cache(maxsize=65536)
def romanized_key(text: str) -> str | None:
    """The folded Latin key of a token written in Cyrillic, Armenian or Greek letters
    (anyascii's transliteration, apostrophes for soft signs and ejectives dropped), else
    None.

    >>> romanized_key("Пашинян"), romanized_key("Երևան"), romanized_key("Paris")
    ('pashinyan', 'erevan', None)
    """
    if text.isascii():
        return None
    first = next((c for c in text if c.isalpha()), "")
    letter = unicodedata.name(first, "") if first else ""
    if not letter or not letter.startswith(_ROMANIZED_SCRIPTS):
        return None
    from anyascii import anyascii

    if letter.startswith(_GREEK_LETTERS):
        text = _greek_reading(text)
    if letter.startswith(_ARMENIAN_LETTERS):
        for src, dst in _RESPELL:
            text = text.replace(src, dst)
        if text.endswith(_ARTICLE_END) and len(text) > 3:
            text = text[:-1]
    key = fold(anyascii(text))
    return "".join(c for c in key if c.isalnum()) or None


# Arabic script writes consonants and long vowels only, so a name written in it meets a Latin
# name by their consonants: anyascii's letters without w and y (long vowels as often as
# glides), the article "ال" and a final ta marbuta "ة" left out, and the consonants Arabic
# writes for sounds it lacks (p -> b, v -> f, g -> gh read as g, q and c -> k).
_ARABIC_LETTER = "ARABIC LETTER"
_ABJAD_LETTERS = (_ARABIC_LETTER, "HEBREW LETTER")
_CONSONANT_FOLD = str.maketrans({"p": "b", "v": "f", "q": "k", "c": "k", "x": "ks"})


def _consonants(latin: str) -> str:
    out = latin.replace("gh", "g").translate(_CONSONANT_FOLD)
    out = "".join(c for c in out if c.isalpha() and c not in "aeiouwy")
    return re.sub(r"(.)\1+", r"\1", out)


@lru_cache(maxsize=65536)
def arabic_consonant_key(text: str) -> str | None:
    """The consonant key of a word in Arabic (or Hebrew) letters, else None.

    >>> arabic_consonant_key("نتنياهو"), arabic_consonant_key("Paris")
    ('ntnh', None)
    """
    first = next((c for c in text if c.isalpha()), "")
    if not first or not unicodedata.name(first, "").startswith(_ABJAD_LETTERS):
        return None
    from anyascii import anyascii

    # Hebrew writes a foreign name's vowels u/o with vav and i with yod, as Arabic does with
    # waw and ya: vav is left out like w ("נתניהו" -> ntnh, "פוטין" -> ptn)
    text = text.replace("\u05d5", "")

    if text.startswith("ال") and len(text) > 4:
        text = text[2:]
    text = text.removesuffix("ة")
    return _consonants(anyascii(text).lower()) or None


# Letters an Arabic-script spelling writes for one another (hamza seats, the Persian and
# Urdu forms of kaf, ya and ha, ta marbuta) and the vowel letters a foreign name's spelling
# adds or leaves out (Kurdish "ە" and Uyghur "ۇ", "ى" are vowels): what is left is the word's
# own consonant letters.
_ABJAD_SAME = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ک": "ك", "ی": "ي",
                             "ى": "ي", "ې": "ي", "ۍ": "ي", "ة": "ه", "ە": "ا", "ھ": "ه",
                             "ۇ": "و", "ۆ": "و", "ۈ": "و", "ۋ": "و", "گ": "ك"})
_ABJAD_VOWELS = frozenset("اويءئؤ")
# Clitics Arabic glues to the front of a word: "and", "so", "in/with", "to/for", "like", and the
# article ("وبغزة" = and in Gaza, "للقاهرة" = to Cairo: "ل" + "ال" written "لل").
_ARABIC_PROCLITICS = "وفبلك"


def abjad_letters(word: str) -> str:
    """The consonant letters of a word in Arabic letters, as Arabic writes them (no
    romanization: "ص" and "س" stay apart), without the article: "الصواريخ" -> "صرخ"."""
    word = "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.category(c).startswith("M")).translate(_ABJAD_SAME)
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return "".join(c for c in word if c not in _ABJAD_VOWELS)


def arabic_clitic_forms(word: str) -> list[str]:
    """``word`` and what is left of it once one or two proclitics and the article are taken
    off ("وبالقاهرة" -> "بالقاهرة", "القاهرة", "قاهرة"), each of three letters or more."""
    out = [word]
    stems = [word]
    for _ in range(2):
        stems = [w[1:] for w in stems if w[:1] in _ARABIC_PROCLITICS and len(w) > 4]
        out += stems
    for w in list(out):
        if w.startswith("ل") and w[1:2] == "ل" and len(w) > 4:
            out.append("ال" + w[2:])  # "للقاهرة": "ل" and the article
    return [w for w in dict.fromkeys(out) if len(w) >= 3]


# Katakana and Hangul spell a foreign name by its sounds, syllable by syllable, with vowels
# added between consonants ("トランプ" toranpu, "트럼프" teureompeu: Trump). Such a name meets a
# Latin name by a sound key: anyascii's romanization and the Latin name both reduced to their
# consonants, folded as the two scripts write them -- one liquid (l = r), digraphs as one
# sound (ch, sh, ts, th, kh), v as b; in katakana "ng" is n, an n before p/b/m is m and f is
# h (フ); Hangul writes f as p and z as j. Voicing is kept (both scripts write it).
_SYLLABIC_SCRIPTS = {"KATAKANA": "ja", "HANGUL": "ko"}
_SOUND_DIGRAPHS = (("ch", "t"), ("sh", "s"), ("ts", "t"), ("th", "t"), ("ph", "f"),
                   ("kh", "k"), ("ck", "k"), ("gh", "g"))
_SOUND_FOLD = {
    "ja": str.maketrans({"l": "r", "c": "k", "q": "k", "f": "h", "v": "b"}),
    "ko": str.maketrans({"l": "r", "c": "k", "q": "k", "f": "p", "v": "b", "z": "j"}),
}


def syllabic_script(text: str) -> str | None:
    """"ja" for a word in katakana, "ko" for one in Hangul, else None."""
    first = next((c for c in text if c.isalpha()), "")
    if first < "\u1100":  # no letter, or one before Hangul's first block (and katakana's)
        return None
    name = unicodedata.name(first, "")
    return next((lang for prefix, lang in _SYLLABIC_SCRIPTS.items()
                 if name.startswith(prefix)), None)


def sound_key(latin: str, script: str) -> str:
    """The consonant key of a romanized word as katakana (``script`` "ja") or Hangul ("ko")
    writes it.

    >>> sound_key("toranpu", "ja"), sound_key("Trump", "ja"), sound_key("TeuLeomPeu", "ko")
    ('trmp', 'trmp', 'trmp')
    """
    out = re.sub(r"[^a-z]", "", fold(latin))
    for src, dst in _SOUND_DIGRAPHS:
        out = out.replace(src, dst)
    if script == "ja":
        out = re.sub(r"n(?=[pbm])", "m", out.replace("ng", "n"))
    out = out.replace("x", "ks").translate(_SOUND_FOLD[script])
    out = "".join(c for c in out if c not in "aeiouwyh" or (c == "h" and script == "ja"))
    return re.sub(r"(.)\1+", r"\1", out)


@lru_cache(maxsize=65536)
def syllabic_key(text: str) -> str | None:
    """The sound key of a word in katakana or Hangul (``sound_key`` of its anyascii
    romanization), else None."""
    script = syllabic_script(text)
    if script is None:
        return None
    from anyascii import anyascii

    return sound_key(anyascii(text.replace("\u30fc", "")), script) or None


def latin_consonant_key(key: str) -> str:
    """The consonant key of a folded Latin word, as ``arabic_consonant_key`` reads Arabic:
    the article "al"/"el" left out ("al-Sharaa")."""
    return _consonants(key)


def romanize_tokens(tokens: list[Token], scripts: tuple[str, ...] | None = None,
                    known: Container[str] = ()) -> list[Token]:
    """``tokens`` with the keys of capitalised Cyrillic, Armenian and Greek words romanized
    (a word in lower case is no name in these scripts either), and of every Georgian word
    (a script without capitals). ``scripts``: only words of these scripts (Unicode name
    prefixes); ``known``: keys left as written (the index has names spelt in that script)."""
    out = []
    for tok in tokens:
        if tok.text.isascii():
            # a word of ASCII letters or digits: of no script listed and no Georgian letter,
            # and ``romanized_key`` is None for it: kept as it is, as the tests below keep it
            out.append(tok)
            continue
        first = tok.text[:1]
        if (scripts is not None and not unicodedata.name(first, "").startswith(scripts)) or \
                tok.key in known:
            out.append(tok)
            continue
        # Mkhedruli, the Georgian script of running text, has no capitals in use (Unicode
        # maps it to Mtavruli, which news text never writes)
        caseless = unicodedata.name(first, "").startswith(_CASELESS)
        key = romanized_key(tok.text) if first.isupper() or caseless else None
        out.append(tok if key is None else Token(tok.start, tok.end, tok.text, key))
    return out
