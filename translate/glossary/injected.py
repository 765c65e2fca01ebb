"""Names the engine put into a translation that its source never mentioned.

Small models hallucinate names: "BBC News - Africa" came out "BBC News - Brasil". A glossary
name written in the target (in the edition's locale, or any regional variety of its language)
whose entity the source does not name, under any of its names, aliases, deprecated forms or
source-language forms, is an injected fact: the check stage reports it as blocking.

Only capitalized target forms of four letters or more are looked for, as whole words and with
their case, so that common words ("Eu", "Peru" the bird is lower case) do not count.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from .forms import accepted_forms, regional_forms, source_forms, target_form
from .model import Entry, Glossary
from .normalize import Token, fold, is_sentence_start, token_keys
from .words import context_words

# a run of words joined by single spaces; a name is read at every word of it (glossary57: the
# run is not cut into fixed windows of four words, so "o banco da Coreia do Sul" finds "Coreia
# do Sul" wherever the name falls, and a name of five words or more is read whole)
_RUN = re.compile(r"[^\W\d_][\w'’-]*(?:[ \u00a0][^\W\d_][\w'’-]*)*")
_RUN_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Injected:
    """A glossary name in the target whose entity the source does not mention."""

    entry: Entry
    start: int
    end: int
    text: str


def _forms_index(glossary: Glossary, locale: str) -> dict[str, tuple[Entry, ...]]:
    """Target-side spellings of every entry -> entries (cached on the glossary)."""
    key = f"injected:{locale}"
    cached = glossary._cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    lang = locale.split("-")[0]
    found: dict[str, list[Entry]] = {}
    for entry in glossary.entries:
        forms = {target_form(entry, locale), *regional_forms(entry, lang)}
        for form in forms:
            if len(form) >= 4 and form[:1].isupper():
                found.setdefault(form, []).append(entry)
    index = {form: tuple(entries) for form, entries in found.items()}
    glossary._cache[key] = index
    return index


def _form_sizes(glossary: Glossary, locale: str) -> dict[str, tuple[int, ...]]:
    """First word of each target-side form (:func:`_forms_index`) -> the forms' sizes in words,
    longest first (cached on the glossary): the only runs worth looking up at that word."""
    key = f"injected-sizes:{locale}"
    cached = glossary._cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    sizes: dict[str, set[int]] = {}
    for form in _forms_index(glossary, locale):
        words = form.split(" ")
        sizes.setdefault(words[0], set()).add(len(words))
    out = {first: tuple(sorted(n, reverse=True)) for first, n in sizes.items()}
    glossary._cache[key] = out
    return out


def _names_of(entry: Entry, source_lang: str,
              glossary: Glossary | None = None) -> Iterator[str]:
    """Every way a source in ``source_lang`` may name ``entry``: its variants, its
    source-language forms, the names another regional variety of the language writes
    (``variety_aliases``: a Portuguese "Cingapura" names Singapore), and that language's
    adjectives and demonyms of it (``glossary/words/accepted.toml``: a Portuguese "clube
    paulista" names São Paulo, so "the São Paulo club" adds no name)."""
    from .match import variety_aliases

    for _kind, text in entry.variants:
        yield text
    yield from source_forms(entry, source_lang)
    if glossary is not None:
        yield from variety_aliases(glossary, source_lang).get(entry.id, ())
    yield from accepted_forms(entry, source_lang)


def _mentioned(entry: Entry, folded_source: str, source_lang: str,
               glossary: Glossary | None = None) -> bool:
    for name in _names_of(entry, source_lang, glossary):
        key = fold(name)
        if key and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded_source):
            return True
    return False


def injected_names(
    source: str,
    target: str,
    glossary: Glossary,
    locale: str,
    source_lang: str,
    mentioned: Collection[str] = (),
) -> list[Injected]:
    """Glossary names in ``target`` that ``source`` does not name (see the module docstring).

    ``mentioned`` holds the ids of entries the glossary matcher found in the source, however
    spelled ("Aliev" is Ilham Aliyev): they count as named.

    >>> from translate.glossary import load_glossary
    >>> g = load_glossary()
    >>> [i.text for i in injected_names("BBC News - Africa", "BBC News - Brasil", g, "pt-BR", "en")]
    ['Brasil']
    >>> injected_names("Brazil won.", "O Brasil venceu.", g, "pt-BR", "en")
    []
    """
    index = _forms_index(glossary, locale)
    if not index:
        return []
    sizes = _form_sizes(glossary, locale)
    folded_source = fold(source)
    out: list[Injected] = []
    for run in _RUN.finditer(target):
        words = [(w.start(), w.end(), w.group()) for w in _RUN_WORD.finditer(run.group())]
        base = run.start()
        taken_end = -1  # names are taken left to right: one that ends here covers what follows
        # the longest form starting at each word of the run (a form's size is bounded by the
        # glossary's longest: linear)
        for start_word in range(len(words)):
            first = words[start_word][2]
            if not first[:1].isupper():
                continue  # every form of the index begins with a capital (_forms_index; speed39)
            start = base + words[start_word][0]
            if start < taken_end:
                continue  # inside a name already taken
            for size in sizes.get(first, ()):
                stop_word = start_word + size
                if stop_word > len(words):
                    continue
                text = " ".join(w for _a, _b, w in words[start_word:stop_word])
                entries = index.get(text)
                if not entries:
                    continue
                end = base + words[stop_word - 1][1]
                taken_end = end
                if fold(text) in folded_source:
                    break  # the same spelling in the source ("Berlin" -> "Berlin")
                if not any(
                    e.id in mentioned or _mentioned(e, folded_source, source_lang, glossary)
                    for e in entries
                ):
                    out.append(Injected(entries[0], start, end, text))
                break
    return out


def _one_word_stems(glossary: Glossary, source_lang: str) -> tuple[
        dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(stems, firsts) of every entry's names in ``source_lang`` (cached on the glossary).

    ``stems``: each one-word name of four letters or more, folded, and that name without its
    last letter ("antarctica", "antarctic") -> the ids of the entries so named. ``firsts``: the
    first word of each several-word name -> its entries ("dominican" of the Dominican
    Republic)."""
    key = f"injected-stems:{source_lang}"
    cached = glossary._cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    from .match import build_index

    stems: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}

    def add(keys: tuple[str, ...], entry_id: str) -> None:
        if len(keys) == 1 and len(keys[0]) >= 4 and keys[0].isalpha():
            stems.setdefault(keys[0], set()).add(entry_id)
            if len(keys[0]) >= 5:
                stems.setdefault(keys[0][:-1], set()).add(entry_id)
        elif len(keys) > 1:
            firsts.setdefault(keys[0], set()).add(entry_id)

    # the matcher's own index of the source language's names (built for every article)
    for keys, variants in build_index(glossary, source_lang).sequences.items():
        for variant in variants:
            add(keys, variant.entry.id)
    for entry in glossary.entries:
        for form in accepted_forms(entry, source_lang):
            add(token_keys(form), entry.id)
    out = ({k: frozenset(v) for k, v in stems.items()},
           {k: frozenset(v) for k, v in firsts.items()})
    glossary._cache[key] = out
    return out


def source_derivative(
    entry: Entry, source: str, glossary: Glossary, source_lang: str
) -> str | None:
    """The source's word that names ``entry`` by a derivative of one of its one-word names
    in ``source_lang``: the whole name, or the name less its last letter, followed by an
    ending ("Antarctic" ice -> "Antártida", "Zimbabwean" -> "do Zimbábue", a Portuguese
    "talibãs" -> "Taliban"). The engine's name then renders the source's own word: no name was
    added. The word belongs to the entry only when no other entry's name is a longer start of
    it ("Nigerian" is Nigeria's, never Niger's) and it is not the first word of another
    entry's several-word name ("Dominican" may be the Dominican Republic). ``None`` when the
    source writes no such word.

    >>> from translate.glossary import load_glossary
    >>> g = load_glossary()
    >>> source_derivative(g.get("country-aq"), "melting Antarctic ice", g, "en")
    'Antarctic'
    """
    stems, firsts = _one_word_stems(glossary, source_lang)
    for m in _WORD.finditer(source):
        word = fold(m.group())
        if len(word) < 5:
            continue
        for size in range(min(len(word), 40), 3, -1):  # a name is no longer; bounded: linear
            owners = stems.get(word[:size])
            if owners:
                if entry.id in owners and not (firsts.get(word, frozenset()) - {entry.id}):
                    return m.group()
                break  # the longest start names another entry
    return None


_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
_WORD = re.compile(r"[^\W\d_]+")


def _hyphen_joined_name(word: str) -> str | None:
    """The several-word name a hyphen-joined word opens with, when lower-case words end it:
    "New-Zealand-based" -> "New Zealand", "South-Carolina-born" -> "South Carolina"; None for
    a word of one capitalised part ("Kyiv-born") or none in lower case ("Guinea-Bissau")."""
    parts = word.split("-")
    caps = 0
    while caps < len(parts) and parts[caps][:1].isupper():
        caps += 1
    tail = parts[caps:]
    if caps < 2 or not tail or not all(p[:1].islower() for p in tail):
        return None
    return " ".join(parts[:caps])


def _hyphen_adjective(word: str) -> str | None:
    """The one-word name a hyphen-joined adjective opens with, when lower-case words end it:
    "Bolton-born" -> "Bolton", "York-based" -> "York"; None for any other word."""
    head, _, tail = word.partition("-")
    if not head[:1].isupper() or not tail or not all(p[:1].islower() for p in tail.split("-")):
        return None
    return head


def _opens_sentence(text: str, start: int) -> bool:
    return is_sentence_start(text, Token(start, start, "", ""))


def _capital_runs(text: str, source_lang: str | None = None) -> Iterator[str]:
    """Runs of two or more capitalised words joined by single spaces: multi-word names as a
    source writes them ("South Carolina", "Great Lakes"); a several-word name joined by hyphens
    to a lower-case word ("New-Zealand-based") is one on its own ("New Zealand").

    A one-word name hyphen-joined to lower-case words ("Bolton-born", "York-based") ends the
    run with its name ("New York-based" -> "New York"), and an article or possessive that
    opens the sentence before it is no word of the name (glossary58: "The Bolton-born player"
    was the run "The Bolton-born"; it is no run, Bolton being one word).

    A function word of ``source_lang`` other than an article (``[inline] function_words``:
    "On", "In", "But") that opens the sentence is capitalised for that alone and is no word
    of the name after it (glossary60: "On Monday, Baker spoke." was the run "On Monday", so
    a place the edition named was "in place of On Monday"; "In South Carolina, ..." gives
    "South Carolina"). An article stays: "The Hague" is a name."""
    run: list[str] = []
    first = 0  # where the run's first word starts
    end = -1
    articles = context_words().apposition_articles
    closed: frozenset[str] = frozenset()
    if source_lang:
        from ..inline import function_words

        closed = function_words(source_lang.split("-")[0]) - articles

    def done(words: list[str]) -> str | None:
        if (closed and len(words) >= 2 and words[0].casefold() in closed
                and _opens_sentence(text, first)):
            words = words[1:]
        return " ".join(words) if len(words) >= 2 else None

    for m in _TOKEN.finditer(text):
        word = m.group()
        joined = _hyphen_joined_name(word) if "-" in word else None
        named = _hyphen_adjective(word) if "-" in word and joined is None else None
        if joined is not None:
            if (found := done(run)) is not None:
                yield found
            yield joined
            run = []
        elif named is not None:
            if run and text[end:m.start()] == " ":
                run.append(named)
                if fold(run[0]) in articles and _opens_sentence(text, first):
                    run = run[1:]
                if (found := done(run)) is not None:
                    yield found
            elif (found := done(run)) is not None:
                yield found
            run = []
        elif word[:1].isupper() and (not run or text[end:m.start()] == " "):
            if not run:
                first = m.start()
            run.append(word)
        else:
            if (found := done(run)) is not None:
                yield found
            run = [word] if word[:1].isupper() else []
            first = m.start()
        end = m.end()
    if (found := done(run)) is not None:
        yield found


def lost_names(source: str, target: str, source_lang: str | None = None) -> list[str]:
    """Multi-word capitalised names of ``source`` none of whose words the ``target`` writes
    (folded): names the translation lost or translated word by word.

    >>> lost_names("he has been in the Navy brig in South Carolina since.",
    ...            "ele está na Coreia do Sul desde então.")
    ['South Carolina']
    >>> lost_names("He lives in South Carolina.", "Ele mora na Carolina do Sul.")
    []
    """
    words = set(_WORD.findall(fold(target)))
    # the target's capitalised words by their first four letters: a name written the target
    # language's way ("Uniunii Europene" -> "União Europeia") is not lost
    heads = {fold(w)[:4] for w in _WORD.findall(target) if w[:1].isupper() and len(w) >= 4}
    out = []
    for found in _capital_runs(source, source_lang):
        run = found.rstrip(".")
        if not any(w in words or (len(w) >= 4 and w[:4] in heads)
                   for w in _WORD.findall(fold(run))):
            out.append(run)
    return out


def lost_places(source: str, target: str, source_lang: str) -> list[str]:
    """One-word place names of ``source`` that the ``target`` does not write (folded, nor a
    word of its first four letters, as "londrina" renders London): the name of a first-level
    region of a country (ISO 3166-2, ``glossary/words/subdivisions.toml``: "Massachusetts"),
    and the name a hyphen-joined adjective opens with ("Bolton-born", "York-based") when the
    source language's dictionary lists it as a name only (never "Anti-war", "Self-made"). A
    region name that is also a common word of that dictionary ("Centre") is no evidence.

    >>> lost_places("Massachusetts Gov. Charlie Baker",
    ...             "Governador do Rio de Janeiro Charlie Baker", "en")
    ['Massachusetts']
    >>> lost_places("The London-born singer", "A cantora londrina", "en")
    []
    """
    from ..dictionary import language_words
    from .words import subdivisions

    regions = subdivisions().regions
    known = language_words(source_lang.split("-")[0])
    common = known.common if known is not None else frozenset()
    proper = known.proper if known is not None else frozenset()
    written = {w for w in _WORD.findall(fold(target))}
    heads = {w[:4] for w in written if len(w) >= 4}
    out: list[str] = []
    for m in _TOKEN.finditer(source):
        word = m.group().rstrip(".'’")
        if "-" in word:
            head = _hyphen_adjective(word)
            if head is None or _hyphen_joined_name(word) is not None:
                continue
            key = fold(head)
            if not head.isalpha() or not (key in regions or key in proper) or key in common:
                continue
        elif word[:1].isupper() and word.isalpha():
            head, key = word, fold(word)
            if key not in regions or key in common:
                continue
        else:
            continue
        if len(key) >= 4 and key not in written and key[:4] not in heads and head not in out:
            out.append(head)
    return out


def _stem(word: str) -> str:
    return word[: max(4, len(word) - 3)]


def _source_writes(entry: Entry, source: str, source_lang: str) -> bool:
    """Does ``source`` write every word of one of ``entry``'s names, each at least as the
    stem of a source word ("Zimbabwean" for Zimbabwe, "Middle Eastern" for the Middle East)?
    Then the engine's name translates the source's own words."""
    words = _WORD.findall(fold(source))
    for name in _names_of(entry, source_lang):
        parts = [w for w in _WORD.findall(fold(name)) if len(w) >= 3]
        if parts and all(any(w.startswith(_stem(p)) for w in words) for p in parts):
            return True
    return False


def _inside_longer_name(target: str, start: int, end: int,
                        own: Collection[str] = ()) -> bool:
    """Is the target's name at ``start:end`` part of a longer capitalised run ("Lagos" in
    "Grandes Lagos")? The run is then the engine's rendering of a name, not a name of its own.
    The sentence's first word does not count as a capital, nor a word the source writes
    itself (``own``, folded: "Gov." in "Rio de Janeiro Gov. Charlie Baker" is the source's
    word beside the name, names59)."""
    before = target[:start].rstrip(" \u00a0")
    if len(before) < start and before:
        prev = re.search(r"([^\W\d_][\w'’-]*)$", before)
        if (prev and prev.group(1)[:1].isupper() and prev.start(1) > 0
                and fold(prev.group(1)) not in own):
            return True
    after = target[end:]
    nxt = re.match(r"[ \u00a0]+([^\W\d_][\w'’-]*)", after)
    return bool(nxt and nxt.group(1)[:1].isupper() and fold(nxt.group(1)) not in own)


def replaced_names(
    source: str, target: str, hit: Injected, source_lang: str,
    glossary: Glossary | None = None,
) -> list[str]:
    """The source's multi-word names that the added name ``hit`` stands in place of: the
    source writes a capitalised run of two or more words that the target lost entirely
    (:func:`lost_names`) or a one-word place name it lost (:func:`lost_places`), the added
    name stands alone in the target (not inside a longer capitalised run of words the source
    does not write), and the source does not write the added entity's own words (its names,
    forms, adjectives, in ``source_lang``). "in the Navy brig in South Carolina" written "na
    Coreia do Sul": South Korea in place of South Carolina. Empty when any condition fails:
    "the Great Lakes" -> "os Grandes Lagos" (Lagos inside a longer name), "The Zimbabwean
    President" -> "O presidente do Zimbábue" (the source's adjective translated).

    With ``glossary``, a lost run that is a glossary name the source writes (its mention's
    words, hyphens read as spaces: "New-Zealand-based") is left to the glossary's own check of
    that name, which knows its target form ("Nova Zelândia") and reports it missing."""
    lost = lost_names(source, target, source_lang)
    # names59: a lost one-word place name is as much a name replaced ("Massachusetts Gov." ->
    # "Governador do Rio de Janeiro"; "the Bolton-born player" -> "nascido em Boston")
    lost += [name for name in lost_places(source, target, source_lang)
             if not any(name in run.split() for run in lost)]
    if lost and glossary is not None:
        from .match import find_mentions

        read = {fold(m.surface.replace("-", " ")) for m in
                find_mentions(source, glossary, source_lang=source_lang)}
        lost = [run for run in lost if fold(run) not in read]
    if not lost or any(_cognate(hit.text, run) for run in lost):
        return []
    if _inside_longer_name(target, hit.start, hit.end, set(_WORD.findall(fold(source)))):
        return []
    if _source_writes(hit.entry, source, source_lang):
        return []
    return lost


def _cognate(name: str, run: str) -> bool:
    """Is every capitalised word of the target's ``name`` written like a word of the source's
    ``run`` (the same first three letters, folded)? Then the name renders the run ("Comissão
    Europeia" for the Romanian "Comisia Europeană"), not another name ("Coreia do Sul" for
    "South Carolina")."""
    heads = {w[:3] for w in _WORD.findall(fold(run))}
    words = [w for w in _WORD.findall(name) if w[:1].isupper()]
    return bool(words) and all(fold(w)[:3] in heads for w in words)
