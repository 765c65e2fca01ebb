"""Glossary data types: an Entry per name, a Glossary of them, a Mention of one in a text.

An :class:`Entry` per name, a :class:`Glossary` of them, and the :class:`Mention` of an entry
found in a text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

EntryType = Literal["person", "place", "org", "other"]
ENTRY_TYPES: tuple[str, ...] = ("person", "place", "org", "other")
MatchKind = Literal["exact", "alias", "deprecated", "misspelling", "partial", "inflected"]
MATCH_KINDS: tuple[str, ...] = ("exact", "alias", "deprecated", "misspelling", "partial",
                                "inflected")


@dataclass(frozen=True)
class Entry:
    """One name: its canonical English form, accepted and deprecated variants, and its
    spelling per target locale (BCP 47 keys; absent means "keep the name").

    ``territory`` (ISO 3166 code) and ``zone`` (IANA time zone of a city) let CLDR supply
    the form for every locale, so country and capital names need not be typed per language.
    """

    id: str
    name: str
    type: EntryType = "other"
    aliases: tuple[str, ...] = ()
    deprecated: tuple[str, ...] = ()
    forms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    territory: str | None = None
    zone: str | None = None
    note: str = ""
    source: str = ""  # "path:line" where the entry was defined, or "cldr"
    # a person's offices as a text writes them before the surname ("mayor", "a prefeita"):
    # a user glossary's own (glossary58); the shipped persons' are glossary/words/roles.toml
    offices: tuple[str, ...] = ()

    def __hash__(self) -> int:
        return hash(self.id)

    @property
    def variants(self) -> Iterator[tuple[str, str]]:
        """(kind, text) for the name, aliases and deprecated forms."""
        yield "exact", self.name
        for alias in self.aliases:
            yield "alias", alias
        for old in self.deprecated:
            yield "deprecated", old

    def to_dict(self) -> dict[str, Any]:
        """The entry as plain data (TOML/JSON friendly, stable key order)."""
        out: dict[str, Any] = {"id": self.id, "type": self.type, "name": self.name}
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.deprecated:
            out["deprecated"] = list(self.deprecated)
        if self.territory:
            out["territory"] = self.territory
        if self.zone:
            out["zone"] = self.zone
        if self.note:
            out["note"] = self.note
        if self.forms:
            out["forms"] = dict(sorted(self.forms.items()))
        if self.offices:
            out["offices"] = list(self.offices)
        return out


@dataclass
class Glossary:
    """Entries by id, in load order (later files override earlier ones with the same id)."""

    entries: list[Entry]
    sources: list[str] = field(default_factory=list)
    duplicates: list[tuple[Entry, Entry]] = field(default_factory=list)  # (overridden, winner)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.by_id: dict[str, Entry] = {e.id: e for e in self.entries}

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.by_id

    def get(self, entry_id: str) -> Entry | None:
        return self.by_id.get(entry_id)

    @property
    def hash(self) -> str:
        """A short, stable content hash for edition signatures (order-independent)."""
        cached = self._cache.get("hash")
        if cached is None:
            payload = json.dumps(
                sorted((e.to_dict() for e in self.entries), key=lambda d: d["id"]),
                ensure_ascii=False, sort_keys=True, separators=(",", ":"),
            )
            cached = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]
            self._cache["hash"] = cached
        return str(cached)

    @classmethod
    def merge(cls, layers: Iterable[Iterable[Entry]], sources: Iterable[str] = ()) -> Glossary:
        """One glossary from layers in priority order: a later entry replaces an earlier id."""
        order: dict[str, Entry] = {}
        duplicates: list[tuple[Entry, Entry]] = []
        for layer in layers:
            for entry in layer:
                previous = order.get(entry.id)
                if previous is not None:
                    duplicates.append((previous, entry))
                    del order[entry.id]
                order[entry.id] = entry
        return cls(list(order.values()), list(sources), duplicates)



# The score from which a misspelt or variant mention is sure enough for its name to be put
# into the edition (protect's repair); below it the mention is found, checked and flagged.
SURE_SCORE = 0.8

@dataclass(frozen=True)
class Mention:
    """An entry found in a text: where, as what, and how sure.

    ``fix`` is the text that should replace ``surface`` (the canonical name, or the right
    surname for a misspelt surname alone); None when the surface is acceptable as it is.
    ``part`` is "full" for the whole name, "surname" for a person's surname alone.
    """

    start: int
    end: int
    surface: str
    entry: Entry
    match: MatchKind
    score: float
    variant: str  # the glossary form the surface was matched to
    part: Literal["full", "surname"] = "full"
    fix: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "entry": self.entry.id,
            "name": self.entry.name,
            "type": self.entry.type,
            "match": self.match,
            "score": round(self.score, 3),
        }

    def shifted(self, offset: int) -> Mention:
        """The same mention with offsets moved by ``offset`` (block -> article offsets)."""
        return Mention(self.start + offset, self.end + offset, self.surface, self.entry,
                       self.match, self.score, self.variant, self.part, self.fix)


@dataclass(frozen=True)
class UntoldPerson:
    """A lone surname that may name several listed persons where the text does not tell
    which (glossary54: "Алиеву", Ilham Aliyev's dative or Mehriban Aliyeva's accusative,
    with no given name, initial or earlier full mention to say): no mention, a warning the
    editor sees. ``entries``: the listed persons it may name, in glossary order."""

    start: int
    end: int
    surface: str
    entries: tuple[Entry, ...]
