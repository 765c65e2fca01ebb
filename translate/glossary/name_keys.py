"""Every form of each glossary entity a text in one language may write, as folded keys.

The facts gate's name checks (``translate.facts._glossary_named``) ask whether a name in one
text and a name in the other are forms of the same entity: "Nato" and "OTAN", "Kashmir" and
"Caxemira". They need, for the text's language, every entity's forms as keys, and for the
other text's language, every form of the same entity. Built from the whole glossary (its
names, aliases and deprecated forms, the forms typed per language, CLDR's, the accepted other
names), that took 150-250 ms of CPU on first use in a process (speed36 measured it); the
shipped glossary's table for the embedded engine's two languages (``SHIPPED_SOURCES``: en,
pt) is therefore built once by ``scripts/glossary_index.py`` and stored with the glossary's
other indexes in ``shipped-index.bin`` (:func:`translate.glossary.cache.build_shipped`). Any
other glossary, or another language, builds it on first use and keeps it on the glossary.
"""

from __future__ import annotations

import re

from .forms import accepted_forms, source_forms
from .model import Entry, Glossary
from .normalize import fold

_WORD = re.compile(r"[^\W\d_]+")

# per entry (in the glossary's order) its keys; each key -> the entries (positions) it names;
# the longest key's word count
NameKeys = tuple[tuple[tuple[str, ...], ...], dict[str, tuple[int, ...]], int]


def name_key(text: str) -> str:
    """A name's folded letter words joined by one space ("U.N." -> "u n", "Nato" -> "nato").

    >>> name_key("U.N."), name_key("Nato"), name_key("São Paulo's")
    ('u n', 'nato', 'sao paulo s')
    """
    return " ".join(_WORD.findall(fold(text)))


def entity_keys(entry: Entry, lang: str) -> set[str]:
    """Every form of ``entry`` a text in language ``lang`` may write, as keys: its name,
    aliases and deprecated forms (a name may be kept), the forms typed for that language and
    CLDR's (``source_forms``), and the glossary's accepted other names of it."""
    forms = [entry.name, *entry.aliases, *entry.deprecated, *accepted_forms(entry, lang)]
    if lang != "en":
        forms += source_forms(entry, lang)
    return {k for k in map(name_key, forms) if k}


def name_keys(glossary: Glossary, lang: str) -> NameKeys:
    """``glossary``'s entities as a text in ``lang`` names them (cached on the glossary, and
    shipped prebuilt for the shipped glossary): each entry's keys, sorted; each key with the
    positions of the entries it is a form of; the longest key's word count."""
    cache_key = f"name-keys:{lang}"
    cached = glossary._cache.get(cache_key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    per_entry = tuple(tuple(sorted(entity_keys(entry, lang))) for entry in glossary.entries)
    found: dict[str, list[int]] = {}
    for n, keys in enumerate(per_entry):
        for key in keys:
            found.setdefault(key, []).append(n)
    longest = max((k.count(" ") + 1 for k in found), default=0)
    table: NameKeys = (per_entry, {k: tuple(v) for k, v in found.items()}, longest)
    glossary._cache[cache_key] = table
    return table
