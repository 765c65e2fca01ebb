"""Headlines in title case, sent to the engine in sentence case.

English headlines capitalise their words ("Webb Hints at Water on Distant World"); an engine
trained on running text reads a capitalised common word as a name and copies or garbles it
("Angestões Webb da NASA na água"). Portuguese, like most languages, writes a headline in
sentence case. A heading of the source language in title case (:func:`titled`) whose target
writes headlines in sentence case (``[headlines] case`` of the target's language data,
:func:`target_case`) goes to the engine in sentence case (:func:`sentence_case`): a common
word of the language in lower case, unless the article shows it to be a name. What keeps its
capital:

- the first word, and a word after a full stop, "?" or "!";
- a word the article's other sentences write capitalised inside a sentence (:func:`names_in`:
  "Bush", "Apple", "May" stay when the body writes them so);
- inside a quotation the article quotes too, a word the article's quotation capitalises (the
  title of a summit or a speech: “Healing, Bridging, Thriving”, “Give me liberty ...”); a "!"
  or "?" closing a quotation still counts as a sentence's end (caps47: lowering the next word
  lost a word of one development heading and doubled one of another);
- the glossary's names (a name of several words as a run; a single name as written) and the
  spans the glossary protects;
- a word no list of the language knows (a name: "Webb"), an acronym or a word in mixed case
  ("NASA", "McCain"); tokens with a digit (the pipeline's placeholders), addresses.

The text keeps its length, letter for letter. A target whose headlines are in title case
(English) gets the heading as written. Only for a source language with a test for its common
words (a spelling dictionary: English).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from .capitals import WordTest, common_test, given_names, places, roman, shouting
from .dictionary import language_words
from .langdata import section, str_list
from .regexcache import compile as re_compile

_TOKEN = re_compile(r"\S+")
_LETTERS = re_compile(r"[^\W\d_]+")
_OPAQUE = re_compile(r"\d|://|@|(?i:www\.)")
_STOP = re_compile(r"[.!?]['\"”’)\]]*\s+$")  # the text before a word ends a sentence
_OPENS = re_compile(r"(?:[:;\"“‘(\[«—–-]|^)\s*$")  # before a word: a quotation, a colon, a list
_QUOTED = re_compile(r"“([^“”]{1,300})”|\"([^\"]{1,300})\"")  # a quotation in double quotes
HEADLINE_KINDS = frozenset({"title", "heading"})
MIN_CAPPED = 2  # capitalised common words (after the first word) in a title-case line
LONG = 5  # every common word this long or longer is capitalised in title case
SHORT = 4  # and three in five of those of four letters or more ("into", "with" may not be)
SHARE = 0.6


def _safe_lower(word: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def _spans(text: str) -> list[tuple[int, int, str]]:
    """The letter runs of ``text``'s tokens that are words (no digit, no address)."""
    out: list[tuple[int, int, str]] = []
    for tok in _TOKEN.finditer(text):
        if _OPAQUE.search(tok.group()):
            continue
        out += [(tok.start() + m.start(), tok.start() + m.end(), m.group())
                for m in _LETTERS.finditer(tok.group())]  # fmt: skip
    return out


def _capitalised(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:] == _safe_lower(word[1:])


def target_case(lang: str | None) -> str | None:
    """``[headlines] case`` of ``lang``'s data: "sentence" or "title" (None: not said).

    >>> target_case("pt"), target_case("en"), target_case("xx")
    ('sentence', 'title', None)
    """
    value = section(lang, "headlines").get("case")
    return value if isinstance(value, str) else None


def titled(text: str, plain: WordTest) -> bool:
    """A line in title case: after its first word (and a sentence's), two common words of the
    language (``plain``, given lower case) capitalised or more, three in five of those of four
    letters or more ("into", "with" may stay lower case), and no word of five letters or more
    in lower case, whether the language's lists know it or not (a sentence-case line holding a
    name of common words, "Kicking up a skink Down Under", is not in title case). A line in
    capitals is not.

    >>> plain = {"hints", "at", "water", "on", "distant", "world", "says"}.__contains__
    >>> titled("Webb Hints at Water on Distant World", plain)
    True
    >>> titled("Webb hints at water on distant world", plain)
    False
    >>> titled("WEBB HINTS AT WATER ON DISTANT WORLD", plain)
    False
    >>> titled("Webb Hints at Water on Distant exoworld", plain)
    False
    >>> titled("Hope rose. The firm Apple said in May: “Good.”", {"rose", "the", "firm", "said",
    ...         "in", "good"}.__contains__)
    False
    """
    words = [w for i, (s, _, w) in enumerate(_spans(text))
             if i and not _STOP.search(text[max(0, s - 6):s])]  # fmt: skip
    if any(len(w) >= LONG and w == _safe_lower(w) for w in words):
        return False  # a long word in lower case, known or not ("skink"): not title case
    common = [w for w in words if not w.isupper() and plain(_safe_lower(w))]
    capped = sum(1 for w in common if _capitalised(w))
    longer = [w for w in common if len(w) >= SHORT]
    return (capped >= MIN_CAPPED
            and sum(1 for w in longer if _capitalised(w)) >= SHARE * len(longer)
            and not shouting(text, plain))


def names_in(texts: Iterable[str], plain: WordTest) -> Names:
    """The names ``texts`` show: words capitalised inside a sentence (not a sentence's first
    word, nor the first after a colon, a quotation mark or a dash; lines in title case or in
    capitals say nothing). A word capitalised alone is a name ("Bush", "May"); a word
    capitalised only inside a run of capitalised words ("the Open Journalism Project") is a
    name where the text never writes it in lower case, and the run (and each run of two words
    or more inside it) is a name of several words.

    >>> plain = {"hope", "rose", "the", "firm", "said", "was", "good", "in", "open", "project",
    ...          "journalism", "students", "of", "about", "their", "school"}.__contains__
    >>> names = names_in(["Hope rose. The firm Apple said in May: “Good.”",
    ...                   "Students of the Open Journalism Project said so about their school.",
    ...                   "It was journalism."], plain)
    >>> sorted(names.words), sorted(names.runs)[:2]
    (['Apple', 'May', 'Open', 'Project'], [('Journalism', 'Project'), ('Open', 'Journalism')])
    """
    alone: set[str] = set()
    inside: set[str] = set()
    lower: set[str] = set()
    runs: set[tuple[str, ...]] = set()
    quotes: set[tuple[str, ...]] = set()
    for text in texts:
        if titled(text, plain) or shouting(text, plain):
            continue
        quotes.update(_quotations(text))
        spans = _spans(text)
        named: list[int] = []
        for i, (start, _, w) in enumerate(spans):
            if w == _safe_lower(w):
                lower.add(w)
            if i == 0 or not w[0].isupper():
                continue
            before = text[max(0, start - 12):start]
            if not (_STOP.search(before) or _OPENS.search(before)):
                named.append(i)
        for group in _runs(text, spans, named):
            if len(group) == 1:
                alone.add(spans[group[0]][2])
                continue
            words = tuple(spans[j][2] for j in group)
            inside.update(words)
            runs.update(words[a:b] for a in range(len(words))
                        for b in range(a + 2, len(words) + 1))  # fmt: skip
    return Names(frozenset(alone | {w for w in inside if _safe_lower(w) not in lower}),
                 frozenset(runs), frozenset(quotes))


def _runs(text: str, spans: Sequence[tuple[int, int, str]], named: Sequence[int]
          ) -> list[list[int]]:
    """``named`` (indexes into ``spans``) grouped into runs of neighbours with only white space
    between them."""
    groups: list[list[int]] = []
    for i in named:
        if groups and groups[-1][-1] == i - 1 and not text[spans[i - 1][1]:spans[i][0]].strip():
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


@dataclass(frozen=True)
class Names:
    """What an article shows to be names: single words, and runs of words (each as written);
    and the words of the quotations it writes (each quotation's words as written)."""

    words: frozenset[str] = frozenset()
    runs: frozenset[tuple[str, ...]] = frozenset()
    quotes: frozenset[tuple[str, ...]] = frozenset()


def _quotations(text: str) -> list[tuple[str, ...]]:
    """The words of each quotation of ``text`` in double quotation marks, as written.

    >>> _quotations('He said “Give me liberty, or give me death!” and "no".')
    [('Give', 'me', 'liberty', 'or', 'give', 'me', 'death'), ('no',)]
    """
    out: list[tuple[str, ...]] = []
    for m in _QUOTED.finditer(text):
        words = tuple(_LETTERS.findall(m.group(1) or m.group(2) or ""))
        if words:
            out.append(words)
    return out


def _quoted_names(text: str, spans: Sequence[tuple[int, int, str]],
                  quotes: frozenset[tuple[str, ...]]) -> list[int]:
    """The words of ``text``'s quotations that the article's own quotation of the same words
    (``quotes``: one starting with them, case aside) writes capitalised."""
    out: list[int] = []
    if not quotes:
        return out
    for m in _QUOTED.finditer(text):
        inner = [j for j, (a, b, _) in enumerate(spans) if m.start() < a and b < m.end()]
        folded = [spans[j][2].casefold() for j in inner]
        if not inner:
            continue
        for q in quotes:
            if len(q) >= len(inner) and [w.casefold() for w in q[:len(inner)]] == folded:
                out += [j for j, w in zip(inner, q, strict=False) if w[0].isupper()]
                break
    return out


def _compounds(text: str, spans: Sequence[tuple[int, int, str]]) -> list[int]:
    """The words of a hyphened token written in mixed case, a part in lower case before a
    capitalised one ("Net-a-Porter"): a name as written, which title case would not make."""
    out: list[int] = []
    j = 0  # the spans are in order: one walk over them (a scan of all spans per token was
    # quadratic on a long line)
    for tok in _TOKEN.finditer(text):
        while j < len(spans) and spans[j][0] < tok.start():
            j += 1
        inner = []
        while j < len(spans) and spans[j][1] <= tok.end():
            inner.append(j)
            j += 1
        if len(inner) >= 2 and _mixed(spans[k][2] for k in inner):
            out += inner
    return out


def _mixed(parts: Iterable[str]) -> bool:
    """Whether a part in lower case comes before a capitalised one ("Net-a-Porter"): one walk
    from the left, a lower-case part seen so far (a scan of the later parts for each part was
    quadratic in the parts of one long hyphened token).

    >>> _mixed(["Net", "a", "Porter"]), _mixed(["Porter", "a"]), _mixed(["a", "b"])
    (True, False, False)
    """
    lower_seen = False
    for p in parts:
        if lower_seen and p[0].isupper():
            return True
        lower_seen = lower_seen or p == _safe_lower(p)
    return False


@cache
def numeral_heads(lang: str | None) -> frozenset[tuple[str, ...]]:
    """``[works] numeral_heads`` of ``lang``: the words that name a numbered thing before its
    numeral ("world war", "title"), each as a tuple of its words in lower case.

    >>> ("world", "war") in numeral_heads("en"), numeral_heads("xx")
    (True, frozenset())
    """
    table = section(lang, "works")
    if "numeral_heads" not in table:
        return frozenset()
    where = f"locales/languages/{lang}.toml [works]"
    return frozenset(tuple(_safe_lower(w) for w in h.split())
                     for h in str_list(table, "numeral_heads", where=where))  # fmt: skip


def _numbered(text: str, spans: Sequence[tuple[int, int, str]],
              heads: frozenset[tuple[str, ...]]) -> list[int]:
    """The words of a numbered title before its Roman numeral (``heads``, with white space
    only between: "World War I", "Title IX"): a name, whose capitals tell the engine the
    numeral is one ("world war I" was read "guerra mundial que eu")."""
    out: list[int] = []
    if not heads:
        return out
    longest = max(len(h) for h in heads)
    for j, (_, _, w) in enumerate(spans):
        if not j or not roman(w):
            continue
        for n in range(min(longest, j), 0, -1):
            run = spans[j - n:j]
            gaps = [text[a[1]:b[0]] for a, b in zip(run, [*run[1:], spans[j]], strict=True)]
            if (all(g.isspace() for g in gaps) and all(_capitalised(x) for _, _, x in run)
                    and tuple(_safe_lower(x) for _, _, x in run) in heads):
                out += range(j - n, j)
                break
    return out


def sentence_case(
    text: str,
    names: Names,
    plain: WordTest,
    glossary: tuple[frozenset[str], frozenset[tuple[str, ...]]] = (frozenset(), frozenset()),
    keep: Sequence[tuple[int, int]] = (),
    numbered: frozenset[tuple[str, ...]] = frozenset(),
    ranks: frozenset[str] = frozenset(),
    proper: WordTest | None = None,
) -> str:
    """``text`` (a headline in title case) in sentence case: each capitalised common word of
    the language (``plain``) in lower case, except the first word, a word after a full stop,
    a word or a run of words of ``names`` (the article shows it capitalised, :func:`names_in`),
    a hyphened name in mixed case ("Net-a-Porter"), the glossary's names
    (``glossary``: single names as written, names of several words as runs of words) and the
    words inside ``keep`` (spans the glossary protects). Unknown words, acronyms and words in
    mixed case stay; so do the words that name a numbered thing before its Roman numeral
    (``numbered``: "World War I", "Title IX"), and a given name that is also a common word
    between a rank and a name (``ranks``, ``proper``: "Pope John Paul II", "President Bill
    Clinton"; :func:`translate.capitals.given_names`). The text keeps its length.

    >>> plain = {"hints", "at", "water", "on", "distant", "world", "bush", "signs", "bill",
    ...          "hope", "new", "net", "a", "porter"}.__contains__
    >>> sentence_case("NASA’s Webb Hints at Water on Distant World", Names(), plain)
    'NASA’s Webb hints at water on distant world'
    >>> sentence_case("Bush Signs Net-a-Porter Bill", Names(), plain)
    'Bush signs Net-a-Porter bill'
    >>> sentence_case("Bush Signs Bill on New Hope", Names(frozenset({"Bush"})), plain,
    ...               (frozenset(), frozenset({("New", "Hope")})))
    'Bush signs bill on New Hope'
    >>> plain = {"veterans", "of", "world", "war", "honored"}.__contains__
    >>> sentence_case("Veterans of World War I Honored", Names(), plain,
    ...               numbered=frozenset({("world", "war")}))
    'Veterans of World War I honored'
    >>> plain = {"pope", "john", "visits"}.__contains__
    >>> sentence_case("Pope John Paul II Visits", Names(), plain, ranks=frozenset({"pope"}),
    ...               proper={"john", "paul"}.__contains__)
    'Pope John Paul II visits'
    """
    spans = _spans(text)
    words = [w for _, _, w in spans]
    kept: set[int] = set(_compounds(text, spans)) | set(_quoted_names(text, spans, names.quotes))
    kept.update(_numbered(text, spans, numbered))
    if ranks and proper is not None:
        named = {i for i, (_, _, w) in enumerate(spans)
                 if _capitalised(w) and not plain(_safe_lower(w))}  # fmt: skip
        kept.update(given_names(text, spans, named, ranks, plain, proper))
    singles, phrases = glossary
    phrases = phrases | names.runs
    if phrases:
        longest = max(len(p) for p in phrases)
        for i in range(len(words)):
            for n in range(min(longest, len(words) - i), 1, -1):
                if tuple(words[i:i + n]) in phrases:
                    kept.update(range(i, i + n))
                    break
    out = list(text)
    for i, (start, end, w) in enumerate(spans):
        if i == 0 or i in kept or not _capitalised(w) or w in names.words or w in singles:
            continue
        if any(a < end and start < b for a, b in keep):
            continue
        if _STOP.search(text[max(0, start - 6):start]) or not plain(_safe_lower(w)):
            continue
        out[start:end] = _safe_lower(w)
    return "".join(out)


# a glossary's names read once (its hash -> single names, names of several words)
_GLOSSARY: dict[str, tuple[frozenset[str], frozenset[tuple[str, ...]]]] = {}


def _glossary_names(names: Iterable[str]) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    singles: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for name in names:
        parts = tuple(_LETTERS.findall(name))
        if len(parts) == 1 and parts[0] == name:
            singles.add(name)
        elif 2 <= len(parts) <= 6:
            phrases.add(parts)
    return frozenset(singles), frozenset(phrases)


def sentence_cased(
    texts: Sequence[str],
    sources: Sequence[str],
    eligible: Iterable[int],
    lang: str | None,
    target: str | None,
    names: Callable[[], Iterable[str]] = tuple,
    names_key: str = "",
    keep: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> tuple[list[str], set[int]]:
    """``texts`` with each of ``eligible`` (headings of the source language) whose source is
    in title case in sentence case, when ``target``'s headlines are in sentence case; and the
    indexes changed. The other sources are the evidence of names (:func:`names_in`); ``names``
    (called only when some heading is in title case) the glossary's names and aliases, read
    once per ``names_key``; ``keep``: per text, spans left as written.

    >>> sentence_cased(["Webb Hints at Water on Distant World", "Webb saw it."],
    ...                ["Webb Hints at Water on Distant World", "Webb saw it."], [0], "en", "pt")
    (['Webb hints at water on distant world', 'Webb saw it.'], {0})
    >>> sentence_cased(["Webb Hints at Water"], ["Webb Hints at Water"], [0], "en", "en")[1]
    set()
    """
    eligible = list(eligible)
    if not eligible or target_case(target) != "sentence":
        return list(texts), set()
    plain = common_test(lang)
    if plain is None:
        return list(texts), set()
    heads = {i for i in eligible if titled(sources[i], plain)}
    if not heads:
        return list(texts), set()
    known = _GLOSSARY.get(names_key) if names_key else None
    if known is None:
        known = _glossary_names(names())
        if names_key:
            if len(_GLOSSARY) > 8:
                _GLOSSARY.clear()
            _GLOSSARY[names_key] = known
    evidence = names_in((s for i, s in enumerate(sources) if i not in heads), plain)
    ranks = places(lang).ranks
    words = language_words(lang)
    proper = words.proper.__contains__ if words is not None and ranks else None
    out = list(texts)
    changed: set[int] = set()
    for i in sorted(heads):
        cased = sentence_case(texts[i], evidence, plain, known, keep[i] if keep else (),
                              numeral_heads(lang), ranks, proper)  # fmt: skip
        if cased != texts[i]:
            out[i] = cased
            changed.add(i)
    return out, changed
