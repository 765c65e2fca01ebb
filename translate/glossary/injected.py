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
from .normalize import fold

_WORDS = re.compile(r"[^\W\d_][\w'’-]*(?:[ \u00a0][^\W\d_][\w'’-]*){0,3}")


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


def _names_of(entry: Entry, source_lang: str) -> Iterator[str]:
    """Every way a source in ``source_lang`` may name ``entry``: its variants, its
    source-language forms, and that language's adjectives and demonyms of it
    (``glossary/words/accepted.toml``: a Portuguese "clube paulista" names São Paulo, so "the
    São Paulo club" adds no name)."""
    for _kind, text in entry.variants:
        yield text
    yield from source_forms(entry, source_lang)
    yield from accepted_forms(entry, source_lang)


def _mentioned(entry: Entry, folded_source: str, source_lang: str) -> bool:
    for name in _names_of(entry, source_lang):
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
    folded_source = fold(source)
    out: list[Injected] = []
    taken: list[tuple[int, int]] = []
    for m in _WORDS.finditer(target):
        words = m.group().split()
        # the longest run of words starting at each word that is a form
        for start_word in range(len(words)):
            for stop_word in range(len(words), start_word, -1):
                text = " ".join(words[start_word:stop_word])
                entries = index.get(text)
                if not entries:
                    continue
                start = m.start() + m.group().find(text)
                end = start + len(text)
                if any(a < end and start < b for a, b in taken):
                    break
                taken.append((start, end))
                if fold(text) in folded_source:
                    break  # the same spelling in the source ("Berlin" -> "Berlin")
                if not any(
                    e.id in mentioned or _mentioned(e, folded_source, source_lang)
                    for e in entries
                ):
                    out.append(Injected(entries[0], start, end, text))
                break
    return out
