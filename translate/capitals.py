"""Text written all in capitals: sent to the engine in sentence case, given back in capitals.

Weather bulletins, wire slugs, headlines and legal notices are written so. An engine trained
on running text reads a word in capitals as a name or an acronym and copies it ("NÓS VAMOS
CONCORDAR COM A BEGIN"). A sentence whose words are mostly capitals
(:func:`shouting`) goes to the engine in sentence case (:func:`sentence_case`): a common word of
the language in lower case, and in capitals or capitalised what the text itself evidences
(:class:`Evidence`): the codes of ``[capitals] codes`` of the language's data (time zones, day
periods, compass points), the acronyms and names the article writes so in its other sentences,
the glossary's names, and a word no list of the language knows (a name: "FAIRBANKS" ->
"Fairbanks"). Words with a digit, addresses and the pipeline's placeholders stay as written.
The edition of such a sentence is put back in capitals (:func:`restore`): a bulletin stays a
bulletin. Nothing else changes: a sentence in ordinary case is never touched.

Only for a source language with a test for its common words (a spelling dictionary: English):
without one, a word cannot be told from a name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .dictionary import language_words
from .langdata import section, str_list
from .regexcache import compile as re_compile
from .textfold import fold

_TOKEN = re_compile(r"\S+")
_LETTERS = re_compile(r"[^\W\d_]+")
# a token the engine must copy or that is no word: a digit (a placeholder XNAME12X, EF0, I-35),
# an address, a handle
_OPAQUE = re_compile(r"\d|://|@|(?i:www\.)")
# a Roman numeral in capitals up to 399, as Roman numerals are written ("II", "XIV", "LVIII");
# "I", "V", "X" alone too (a caller decides whether a one-letter word is one). No "D" or "M":
# "MIX", "DC", "MD", "MM" are words, places and units before numerals of a pope or a war
_ROMAN = re_compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ONLY_IVX = frozenset("IVX")
MIN_WORDS = 3  # words of two letters or more in capitals
SHARE = 0.75  # of the words of two letters or more
MIN_PLAIN = 2  # common words of the language among them: a line of names is no sentence

WordTest = Callable[[str], bool]


def _safe_lower(word: str) -> str:
    """``word`` in lower case, letter for letter (a letter whose lower case is longer stays):
    every offset into the text stays true."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def _safe_upper(word: str) -> str:
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in word)


def roman(word: str) -> bool:
    """``word`` is a Roman numeral in capitals (up to 399).

    >>> [w for w in ("II", "XIV", "LVIII", "I", "IIII", "Ii", "VX", "IC", "MIX", "") if roman(w)]
    ['II', 'XIV', 'LVIII', 'I']
    """
    return bool(word) and _ROMAN.fullmatch(word) is not None


def _words(text: str) -> list[str]:
    """The letter runs (two letters or more) of the tokens that are words."""
    return [w for tok in _TOKEN.findall(text) if not _OPAQUE.search(tok)
            for w in _LETTERS.findall(tok) if len(w) >= 2]  # fmt: skip


def _loud(text: str) -> bool:
    """Three words or more in capitals, three in four of the words (no word list read)."""
    words = _words(text)
    caps = sum(1 for w in words if w.isupper())
    return caps >= MIN_WORDS and caps >= SHARE * len(words)


def shouting(text: str, plain: WordTest) -> bool:
    """A sentence written in capitals: three words or more in capitals, three in four of its
    words, two of them common words of the language (``plain``, given lower case).

    >>> plain = {"fire", "danger", "today", "the", "is", "high"}.__contains__
    >>> shouting("FIRE DANGER IS HIGH TODAY.", plain)
    True
    >>> shouting("Fire danger is high today, NWS says.", plain)
    False
    >>> shouting("NASA ESA JAXA", plain)  # names and acronyms only
    False
    """
    words = _words(text)
    caps = [w for w in words if w.isupper()]
    if len(caps) < MIN_WORDS or len(caps) < SHARE * len(words):
        return False
    return sum(1 for w in caps if plain(_safe_lower(w))) >= MIN_PLAIN


def codes(lang: str | None) -> frozenset[str]:
    """``[capitals] codes`` of ``lang``'s data: written in capitals in any text."""
    table = section(lang, "capitals")
    return frozenset(str_list(table, "codes", where=f"{lang} [capitals]")) if table else frozenset()


def common_test(lang: str | None) -> WordTest | None:
    """``lang``'s test for a common word (given in lower case): its spelling dictionary's
    common words (also those that are names: "will", "bill"; a capital says nothing in a
    sentence in capitals) and ``[capitals] lower`` (the short words the dictionary leaves out:
    "of", "on"); None when ``lang`` has no dictionary.

    >>> test = common_test("en")
    >>> [test(w) for w in ("will", "on", "arrive", "fairbanks")]
    [True, True, True, False]
    >>> common_test("xx") is None
    True
    """
    words = language_words(lang)
    if words is None or not words.common:
        return None
    table = section(lang, "capitals")
    short = (frozenset(str_list(table, "lower", where=f"{lang} [capitals]")) if table
             else frozenset[str]())
    common = words.common

    def test(word: str) -> bool:
        return word in short or fold(word) in common

    return test


@dataclass
class Evidence:
    """How the text writes its words elsewhere: ``forms`` maps a lower-case word to its form
    (an acronym, a name); ``phrases`` maps a run of lower-case words to its forms (a glossary
    name of several words)."""

    forms: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)  # [capitals] codes, lower case -> code
    phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    longest: int = 1


def _name_evidence(names: Iterable[str], plain: WordTest | None) -> Evidence:
    ev = Evidence()
    for name in names:
        parts = _LETTERS.findall(name)
        if not parts:
            continue
        run = tuple(_safe_lower(p) for p in parts)
        if len(parts) == 1:
            if len(parts[0]) >= 2 and parts[0].isupper() and not (plain and plain(run[0])):
                ev.forms.setdefault(run[0], parts[0])  # an acronym: "NASA", "EU"
            continue
        if " ".join(parts) == name.replace("-", " ") and len(parts) <= 4:
            ev.phrases.setdefault(run, tuple(parts))
            ev.longest = max(ev.longest, len(parts))
    return ev


# a glossary's names read once (its hash -> forms, phrases, longest): a run's articles share it
_NAMES: dict[str, tuple[dict[str, str], dict[tuple[str, ...], tuple[str, ...]], int]] = {}


def evidence(others: Iterable[str], lang: str | None, names: Iterable[str] = (),
             plain: WordTest | None = None) -> Evidence:
    """The forms the text evidences: the codes of ``lang``; each word of ``names`` (the
    glossary's names and aliases) written as the glossary writes it (a name of several words
    as a phrase; an acronym unless it is a common word of the language, ``plain``: "US" is
    also "us"); the words of ``others`` (the article's sentences not in capitals) written in
    capitals, or capitalised inside a sentence when the article never writes them in lower
    case.

    >>> ev = evidence(["The NWS office in Des Moines said so.", "the moines"], "en")
    >>> ev.forms["nws"], ev.forms["des"], "moines" in ev.forms, ev.codes["cdt"]
    ('NWS', 'Des', False, 'CDT')
    >>> "us" in evidence([], "en", ["US", "NASA"], {"us"}.__contains__).forms
    False
    """
    ev = _name_evidence(names, plain)
    for code in codes(lang):
        ev.codes[_safe_lower(code)] = code
    lower: set[str] = set()
    inside: dict[str, str] = {}
    for text in others:
        words = _words(text)
        # a line in title case ("Fire Danger Rises Today") capitalises its words, not its names
        titled = 2 * sum(1 for w in words if w[0].isupper()) > len(words)
        for i, w in enumerate(words):
            key = _safe_lower(w)
            if w == key:
                lower.add(key)
            elif w.isupper():
                ev.forms.setdefault(key, w)
            elif i > 0 and not titled and w[0].isupper() and w[1:] == w[1:].lower():
                inside.setdefault(key, w)
    for key, w in inside.items():
        if key not in lower:
            ev.forms.setdefault(key, w)
    return ev


@dataclass(frozen=True)
class Places:
    """``[names]`` of the language's data: its kinds of place (``place_nouns``: "county",
    "borough") and the words no name is made of (``determiners``: "the", "of", "and"); and the
    abbreviations written before a name (``heads``, lower case: the capitalised ``[segment]
    prefixes``, titles and ranks before a name: "Mt", "Ft", "Dr")."""

    nouns: frozenset[str] = frozenset()
    joins: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    # (untrans48) ranks and titles of office before a person's name, lower case (``[works]
    # repeated_excluded`` and ``[names] titles``: "pope", "senator", "mr")
    ranks: frozenset[str] = frozenset()


def places(lang: str | None) -> Places:
    """The :class:`Places` of ``lang`` (empty when its data has no ``[names]``).

    >>> sorted({"ft", "mt", "dr"} & places("en").heads), "jr" in places("en").heads
    (['dr', 'ft', 'mt'], False)
    """
    table = section(lang, "names")
    if not table:
        return Places()
    where = f"{lang} [names]"
    prefixes = str_list(section(lang, "segment"), "prefixes", where=f"{lang} [segment]")
    heads = [p for p in prefixes if p[:1].isupper() and p[1:].islower()]
    ranks = [*str_list(section(lang, "works"), "repeated_excluded", where=f"{lang} [works]"),
             *str_list(table, "titles", where=where)]
    return Places(frozenset(w.casefold() for w in str_list(table, "place_nouns", where=where)),
                  frozenset(w.casefold() for w in str_list(table, "determiners", where=where)),
                  frozenset(_safe_lower(w) for w in heads),
                  frozenset(_safe_lower(w) for w in ranks))


_GIVEN_MAX = 2  # given names that are common words between a rank and a name ("JOHN PAUL")


def given_names(text: str, spans: Sequence[tuple[int, int, str]], named: set[int],
                 ranks: frozenset[str], plain: WordTest, proper: WordTest) -> list[int]:
    """The words of a capitals line that are a person's given names though common words: after
    a rank or title (``ranks``: "POPE", "SENATOR"), one or two words the dictionary has both as
    a common word and as a name (``plain`` and ``proper``: "JOHN", "BILL"), then a word written
    as a name (``named``: "PAUL", "CASSIDY"), each after one space. "HOW WILL CASSIDY VOTE"
    has no rank: "will" stays a verb. Each rank looks at most three words ahead: linear."""
    out: list[int] = []
    for i in range(len(spans) - 2):
        if _safe_lower(spans[i][2]) not in ranks:
            continue
        run: list[int] = []
        j = i + 1
        while j < len(spans) and len(run) <= _GIVEN_MAX:
            if text[spans[j - 1][1]:spans[j][0]] != " ":
                break
            if j in named and run:
                out += run
                break
            key = _safe_lower(spans[j][2])
            if j in named or not (plain(key) and proper(key)) or len(run) == _GIVEN_MAX:
                break
            run.append(j)
            j += 1
    return out


def _headed(text: str, spans: Sequence[tuple[int, int, str]], named: set[int],
            where: Places) -> list[int]:
    """The words of ``spans`` right after a name that is an abbreviation written before a name
    (``where.heads``: "FT", "MT"), in capitals, with white space only (or the abbreviation's
    full stop) between, and no determiner: the name it heads ("FT WORTH" is "Ft Worth", not
    "Ft worth", which the engine translates)."""
    out: list[int] = []
    for i in sorted(named):
        if i + 1 >= len(spans) or _safe_lower(spans[i][2]) not in where.heads:
            continue
        s0, _, w = spans[i + 1]
        gap = text[spans[i][1]:s0]
        gap = gap[1:] if gap[:1] == "." else gap
        if (w.isupper() and _safe_lower(w) not in where.joins and i + 1 not in named
                and gap.isspace()):
            out.append(i + 1)
    return out


PLACE_RUN = 3  # the most words between a name and its kind of place ("NORTH STAR BOROUGH")


def _place_runs(text: str, spans: Sequence[tuple[int, int, str]], named: set[int],
                where: Places) -> list[int]:
    """The words of ``spans`` that follow a name (``named``: a word written as a name) and end
    in a kind of place, with words between, in one run of capitals with only white space
    between and no determiner ("FAIRBANKS NORTH STAR BOROUGH"): the words after the name. A
    name right before its kind of place ("ELLIS COUNTY") is left to the engine, which
    translates it as it should ("condado de Ellis"); common words between them are part of
    the name, which the engine translated word by word ("estrela do norte")."""
    out: list[int] = []
    for i in sorted(named):
        for j in range(i + 1, min(i + 1 + PLACE_RUN, len(spans))):
            s0, _, w = spans[j]
            key = _safe_lower(w)
            if (not w.isupper() or key in where.joins or j in named
                    or text[spans[j - 1][1]:s0].strip()):
                break
            if key in where.nouns:
                if j > i + 1:  # "ELLIS COUNTY": the engine writes "condado de Ellis"
                    out.extend(range(i + 1, j + 1))
                break
    return out


def sentence_case(text: str, ev: Evidence, plain: WordTest,
                  where: Places = Places(), proper: WordTest | None = None) -> str:
    """``text`` (a sentence in capitals) in sentence case: each word as the text evidences it
    (``ev``), a common word of the language (``plain``) in lower case, any other
    word capitalised (a name); the first word capitalised. A token with a digit, an address and
    a one-letter word other than "A", and a Roman numeral ("II", "XIV"; not "MIX") stay as
    written. The text keeps its length.

    >>> ev = evidence([], "en")
    >>> plain = {"fire", "danger", "today", "the", "is", "high", "until", "in"}.__contains__
    >>> sentence_case("FIRE DANGER IS HIGH IN FAIRBANKS UNTIL 5 PM AKDT.", ev, plain)
    'Fire danger is high in Fairbanks until 5 PM AKDT.'
    >>> sentence_case("THE XNAME50X IS HIGH", ev, plain)
    'The XNAME50X is high'

    A run of words in capitals after a name that ends in a kind of place (``where``), with
    words between, is that place's name, every word capitalised:

    >>> where = Places(frozenset({"borough"}), frozenset({"the", "in"}))
    >>> plain = {"high", "in", "the", "north", "star", "borough"}.__contains__
    >>> sentence_case("HIGH IN THE FAIRBANKS NORTH STAR BOROUGH", ev, plain, where)
    'High in the Fairbanks North Star Borough'

    A person's given name that is also a common word ("john", "bill", "mark": ``proper``, the
    dictionary's names, holds it too) is capitalised between a rank or title (``where.ranks``)
    and a word written as a name, one or two such words (:func:`given_names`):

    >>> where = Places(ranks=frozenset({"pope", "senator"}))
    >>> plain = {"pope", "john", "visits", "will", "how", "vote", "bill"}.__contains__
    >>> proper = {"pope", "john", "paul", "will", "bill"}.__contains__
    >>> sentence_case("POPE JOHN PAUL II VISITS", ev, plain, where, proper)
    'Pope John Paul II visits'
    >>> sentence_case("HOW WILL CASSIDY VOTE", ev, plain, where, proper)
    'How will Cassidy vote'
    """
    out = list(text)
    spans: list[tuple[int, int, str]] = []  # the words, in order
    for tok in _TOKEN.finditer(text):
        if _OPAQUE.search(tok.group()):
            continue
        for m in _LETTERS.finditer(tok.group()):
            spans.append((tok.start() + m.start(), tok.start() + m.end(), m.group()))
    first = True
    named: set[int] = set()  # the words written as names
    i = 0
    while i < len(spans):
        start, end, w = spans[i]
        key = _safe_lower(w)
        written: str | None = None
        for n in range(min(ev.longest, len(spans) - i), 1, -1):
            run = tuple(_safe_lower(s[2]) for s in spans[i:i + n])
            forms = ev.phrases.get(run)
            if forms is not None and all(len(f) == len(s[2]) for f, s in
                                         zip(forms, spans[i:i + n], strict=True)):
                for (s0, s1, _), f in zip(spans[i:i + n], forms, strict=True):
                    out[s0:s1] = f
                i += n
                first = False
                break
        else:
            if not w.isupper():
                written = w  # a word the source already writes in lower case
            elif key in ev.forms and len(ev.forms[key]) == len(w):
                written = ev.forms[key]
            elif key in ev.codes and (not plain(key) or text[:start].rstrip()[-1:].isdigit()):
                written = ev.codes[key]  # a code that is also a word ("AM") only after a number
            elif len(w) == 1:
                written = key if w == "A" else w
            elif roman(w) and (not plain(key) or _ONLY_IVX.issuperset(w)):
                # a Roman numeral ("WORLD WAR II", "POPE JOHN PAUL II") as written: capitalised
                # as a name, "Ii" was copied as a word ("guerra mundial de Ii"); the word lists
                # hold "iii", "viii", "xiv" as words, but no English word is made of I, V, X
                written = w
            elif plain(key):
                written = key
            else:
                written = w[0] + _safe_lower(w[1:])
                named.add(i)
            if first and written and written[0].islower():
                written = _safe_upper(written[0]) + written[1:]
            out[start:end] = written
            first = False
            i += 1
    if where.ranks and proper is not None and named:
        for j in given_names(text, spans, named, where.ranks, plain, proper):
            s0, s1, w = spans[j]
            if "".join(out[s0:s1]).islower():
                out[s0:s1] = w[0] + _safe_lower(w[1:])
    if (where.nouns or where.heads) and named:
        for j in (*_place_runs(text, spans, named, where), *_headed(text, spans, named, where)):
            s0, s1, w = spans[j]
            if not ev.forms.get(_safe_lower(w), "x")[:1].isupper():
                out[s0:s1] = w[0] + _safe_lower(w[1:])
    return "".join(out)


def restore(target: str, source: str) -> str:
    """``target`` in capitals, letter for letter, except its tokens the source writes as they
    are with a lower-case letter ("mph", an address) and its addresses.

    >>> restore("Ventos de 20 mph em fnsb.us e www.x.org.", "WINDS OF 20 mph AT FNSB.US")
    'VENTOS DE 20 mph EM FNSB.US E www.x.org.'
    """
    kept = {tok for tok in _TOKEN.findall(source) if tok != _safe_upper(tok)}
    out = []
    last = 0
    for tok in _TOKEN.finditer(target):
        out.append(target[last:tok.start()])
        t = tok.group()
        keep = t in kept or "://" in t or "@" in t or t.casefold().startswith("www.")
        out.append(t if keep else _safe_upper(t))
        last = tok.end()
    out.append(target[last:])
    return "".join(out)


def sentence_cased(
    texts: Sequence[str],
    sources: Sequence[str],
    eligible: Iterable[int],
    lang: str | None,
    names: Callable[[], Iterable[str]] = tuple,
    names_key: str = "",
) -> tuple[list[str], set[int]]:
    """``texts`` (what the engine will read) with each of ``eligible`` whose source is in
    capitals (:func:`shouting`) in sentence case, and the indexes changed. The other sources
    are the evidence; ``names`` (called only when some sentence is in capitals) the glossary's
    names, read once per ``names_key`` (the glossary's hash) when one is given. Nothing for a
    language with no word list (:func:`common_test`); no list is read unless some source has
    three words in capitals.

    >>> sentence_cased(["FIRE DANGER IS HIGH", "NWS: high"], ["FIRE DANGER IS HIGH", "NWS: high"],
    ...                [0, 1], "en")
    (['Fire danger is high', 'NWS: high'], {0})
    """
    maybe = [i for i in eligible if _loud(sources[i])]
    plain = common_test(lang) if maybe else None
    if plain is None:
        return list(texts), set()
    loud = {i for i in maybe if shouting(sources[i], plain)}
    if not loud:
        return list(texts), set()
    known = _NAMES.get(names_key) if names_key else None
    if known is None:
        ev = _name_evidence(names(), plain)
        known = (ev.forms, ev.phrases, ev.longest)
        if names_key:
            if len(_NAMES) > 8:
                _NAMES.clear()
            _NAMES[names_key] = known
    ev = evidence((s for i, s in enumerate(sources) if i not in loud), lang, (), plain)
    ev.forms = {**known[0], **ev.forms}
    ev.phrases, ev.longest = known[1], known[2]
    where = places(lang)
    words = language_words(lang)
    proper = (words.proper.__contains__ if words is not None and where.ranks
              else None)  # fmt: skip
    out = list(texts)
    changed: set[int] = set()
    for i in sorted(loud):
        cased = sentence_case(texts[i], ev, plain, where, proper)
        if cased != texts[i]:
            out[i] = cased
            changed.add(i)
    return out, changed


def restored(targets: Sequence[str], sources: Sequence[str], indexes: set[int]) -> list[str]:
    """``targets`` with each of ``indexes`` put back in capitals (:func:`restore`)."""
    return [restore(t, sources[i]) if i in indexes else t for i, t in enumerate(targets)]
