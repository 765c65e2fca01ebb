"""A glossary with its built indexes as plain data (for :mod:`marshal`), and back.

:mod:`translate.glossary.cache` keeps glossaries between runs, in the package (the shipped
glossary, built by ``scripts/glossary_index.py``) and in the user's cache. Unpickling would
run whatever code the bytes name; :mod:`marshal` and this module only ever make strings,
numbers, tuples, lists, dicts, sets and the glossary's own classes, so a stored file holds
data, never code.

What is stored: every :class:`~.model.Entry` once (the glossary's, and the ones a later file
overrode), the glossary's sources, the ``(entry id, name)`` pairs the generated gazetteer
added (:func:`~.load.is_gazetteer_name` answers from them), and each index in the glossary's
``_cache``: the matcher's :class:`~.match.Index` per source language, the injected-name
check's forms per locale, the facts gate's name keys per language (:mod:`.name_keys`), the
content hash. An index of another kind, or one holding an object this module does not know,
is left out and built again on first use, as it would be without a store. An
:class:`~.match.Index` field holds plain data, or entries or variants in one of the shapes
:func:`_shape` recognises.

Paths under the shipped ``glossary/`` folder are stored relative to it (an entry's
``source`` names its file and line), so that a file built in a checkout serves an installed
package. Decoding checks the field names of every class against the running code: a stored
glossary made by other code is refused (None), never half-read.
"""

from __future__ import annotations

import dataclasses
import marshal
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .model import Entry, Glossary
from .words import WordList, english_words

ENGLISH_WORDS = "en.txt"  # a stored word list that is the shipped English one

FORMAT = 3  # 2: an Index's standalone and organs memos stored once made; 3: the shipped
# English word list stored by its file's name (the process's own list on decoding)
_ROOT = "@glossary/"  # stands for the shipped glossary folder in stored paths


def _fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _relative(path: str, root: str) -> str:
    return _ROOT + path[len(root):] if root and path.startswith(root) else path


def _absolute(path: str, root: str) -> str:
    return root + path[len(_ROOT):] if path.startswith(_ROOT) else path


class _Encoder:
    def __init__(self, root: str) -> None:
        self.root = root
        self.entries: list[tuple[Any, ...]] = []
        self.entry_ids: dict[int, int] = {}
        self.variants: list[tuple[Any, ...]] = []
        self.variant_ids: dict[int, int] = {}
        self.words: list[bytes] = []  # word lists, each marshalled once
        self.word_ids: dict[int, int] = {}
        self.keep: list[object] = []  # the encoded objects stay alive: their id()s stay unique

    def entry(self, entry: Entry) -> int:
        n = self.entry_ids.get(id(entry))
        if n is None:
            values = []
            for name in _fields(Entry):
                value = getattr(entry, name)
                if name == "forms":
                    value = dict(value)
                elif name == "source":
                    value = _relative(value, self.root)
                values.append(value)
            n = self.entry_ids[id(entry)] = len(self.entries)
            self.entries.append(tuple(values))
            self.keep.append(entry)
        return n

    def variant(self, variant: Any) -> int:
        n = self.variant_ids.get(id(variant))
        if n is None:
            values = [self.entry(v) if isinstance(v, Entry) else v
                      for v in (getattr(variant, name) for name in _fields(type(variant)))]
            n = self.variant_ids[id(variant)] = len(self.variants)
            self.variants.append(tuple(values))
            self.keep.append(variant)
        return n

    def ref(self, value: Any, kind: str) -> int:
        return self.entry(value) if kind == "E" else self.variant(value)


def _kind(value: Any, variant_cls: type) -> str | None:
    if isinstance(value, Entry):
        return "E"
    if isinstance(value, variant_cls):
        return "V"
    return None


def _shape(value: Any, variant_cls: type) -> tuple[Any, ...] | None:
    """How entries and variants sit in an index field: ``("map", seq, item)`` for a dict of
    lists or tuples whose items are an entry or variant (``item`` "E"/"V") or tuples with
    them at known places (``item`` a tuple of "E"/"V"/None per place); None when the field
    holds none (plain data) or ``()`` when it holds them some other way."""

    def walk(x: Any) -> bool:
        if _kind(x, variant_cls) is not None:
            return True
        if isinstance(x, dict):
            return any(walk(k) or walk(v) for k, v in x.items())
        if isinstance(x, (list, tuple, set, frozenset)):
            return any(walk(v) for v in x)
        return False

    if not walk(value):
        return None
    if not isinstance(value, dict) or any(walk(k) for k in value):
        return ()
    seqs = {type(v) for v in value.values()}
    if len(seqs) != 1 or not seqs <= {list, tuple}:
        return ()
    items = [item for v in value.values() for item in v]
    kinds = {_kind(item, variant_cls) for item in items}
    if len(kinds) == 1 and None not in kinds:
        return ("map", next(iter(seqs)).__name__, next(iter(kinds)))
    if not all(isinstance(item, tuple) for item in items):
        return ()
    places = {tuple(_kind(x, variant_cls) for x in item) for item in items}
    if len(places) != 1:
        return ()
    place = next(iter(places))
    if any(walk(x) for item in items for x, k in zip(item, place, strict=True) if k is None):
        return ()
    return ("map", next(iter(seqs)).__name__, place)


def _encode_refs(value: dict[Any, Any], shape: tuple[Any, ...], enc: _Encoder) -> Any:
    _, _seq, item = shape
    if isinstance(item, str):
        return {k: [enc.ref(x, item) for x in v] for k, v in value.items()}
    return {k: [tuple(x if p is None else enc.ref(x, p) for x, p in zip(t, item, strict=True))
                for t in v] for k, v in value.items()}


def _ref_decoder(shape: tuple[Any, ...], entries: Any, variants: Any
                 ) -> Callable[[Any], Any]:
    """The function that makes one stored value of a ``("map", ...)`` table (a list of refs,
    or of tuples holding refs) into the value the index holds."""
    _, seq, item = shape
    make = tuple if seq == "tuple" else list
    if isinstance(item, str):
        table = entries if item == "E" else variants
        return lambda v: make([table[x] for x in v])
    tables = [None if p is None else entries if p == "E" else variants for p in item]
    first = tables[0]
    if first is not None and all(t is None for t in tables[1:]):  # (ref, data...): the usual
        if len(tables) == 2:
            return lambda v: make([(first[a], b) for a, b in v])
        return lambda v: make([(first[row[0]], *row[1:]) for row in v])
    return lambda v: make([tuple(x if t is None else t[x] for x, t in zip(row, tables,
                                                                        strict=True))
                           for row in v])


def _decode_refs(value: dict[Any, Any], shape: tuple[Any, ...], entries: Any,
                 variants: Any) -> Any:
    one = _ref_decoder(shape, entries, variants)
    return {k: one(v) for k, v in value.items()}


class LazyRefs(dict[Any, Any]):
    """A stored index table (name -> variants) whose values are decoded when first looked
    up: a run looks up the names of one article, not the ten thousand of the glossary. Every
    key is there from the start (``in``, ``len`` and iterating the keys decode nothing);
    reading the values otherwise (``values``, ``items``, copying, comparing) decodes them
    all, so it reads as the dict :func:`_decode_refs` makes."""

    def __init__(self, raw: dict[Any, Any], decode: Callable[[Any], Any],
                 lock: threading.RLock) -> None:
        super().__init__(raw)
        self._raw = set(raw)
        self._decode = decode
        self._lock = lock

    def _fill(self, key: Any) -> None:
        with self._lock:
            if key in self._raw:
                dict.__setitem__(self, key, self._decode(dict.__getitem__(self, key)))
                self._raw.discard(key)

    def materialize(self) -> None:
        for key in list(self._raw):
            self._fill(key)

    def __getitem__(self, key: Any) -> Any:
        if key in self._raw:
            self._fill(key)
        return dict.__getitem__(self, key)

    def get(self, key: Any, default: Any = None) -> Any:
        if key in self._raw:
            self._fill(key)
        return dict.get(self, key, default)

    def __setitem__(self, key: Any, value: Any) -> None:
        with self._lock:
            self._raw.discard(key)
            dict.__setitem__(self, key, value)

    def __delitem__(self, key: Any) -> None:
        with self._lock:
            self._raw.discard(key)
            dict.__delitem__(self, key)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if key in self._raw:
            self._fill(key)
        return dict.setdefault(self, key, default)

    def pop(self, key: Any, *default: Any) -> Any:
        if key in self._raw:
            self._fill(key)
        return dict.pop(self, key, *default)

    def popitem(self) -> tuple[Any, Any]:
        self.materialize()
        return dict.popitem(self)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def clear(self) -> None:
        with self._lock:
            self._raw.clear()
            dict.clear(self)

    def __iter__(self) -> Iterator[Any]:  # also makes dict(x) and {**x} read through items()
        return dict.__iter__(self)

    def values(self) -> Any:
        self.materialize()
        return dict.values(self)

    def items(self) -> Any:
        self.materialize()
        return dict.items(self)

    def copy(self) -> dict[Any, Any]:
        self.materialize()
        return dict(dict.items(self))

    def __eq__(self, other: object) -> bool:
        self.materialize()
        if isinstance(other, LazyRefs):
            other.materialize()
        return dict.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]

    def __or__(self, other: Any) -> Any:
        return self.copy() | other

    def __ror__(self, other: Any) -> Any:
        return other | self.copy()

    def __ior__(self, other: Any) -> LazyRefs:
        self.update(other)
        return self

    def __repr__(self) -> str:
        self.materialize()
        return dict.__repr__(self)

    def __reduce__(self) -> Any:  # pickled or deep-copied: a plain dict of the values
        return (dict, (self.copy(),))

    def __reduce_ex__(self, protocol: Any) -> Any:
        return self.__reduce__()


class _Variants:
    """The variants of one stored index, each made when a table first names it."""

    def __init__(self, rows: list[Any], entries: list[Entry], lock: threading.RLock) -> None:
        from .match import Variant

        self._rows = rows
        self._made: list[Any] = [None] * len(rows)
        self._entries = entries
        self._lock = lock
        self._names = _fields(Variant)
        self._at_entry = self._names.index("entry")
        self._cls = Variant
        # a frozen dataclass's __init__ sets each field through object.__setattr__: filling
        # the instance's __dict__ at once makes the same object in half the time
        self._plain = "__post_init__" not in vars(Variant) and "__slots__" not in vars(Variant)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, n: int) -> Any:
        made = self._made[n]
        if made is None:
            with self._lock:
                made = self._made[n]
                if made is None:
                    values = list(self._rows[n])
                    values[self._at_entry] = self._entries[values[self._at_entry]]
                    if self._plain:
                        made = object.__new__(self._cls)
                        object.__setattr__(made, "__dict__",
                                           dict(zip(self._names, values, strict=True)))
                    else:
                        made = self._cls(*values)
                    self._made[n] = made
        return made


# Memos of an Index holding one (entry, text...) tuple per key, built from every name of the
# index (match._Matcher._standalone and _organs): stored once made, so that a run does not
# decode all of the index's names to make them again; None (not made) is not stored.
_ONE = ("standalone", "organs")


def _encode_one(value: dict[Any, Any], enc: _Encoder) -> tuple[Any, ...] | None:
    from .match import Variant

    wrapped = {k: [v] for k, v in value.items()}
    shape = _shape(wrapped, Variant)
    if not shape:
        return None if shape == () else ("plain", value)
    return ("one", shape, _encode_refs(wrapped, shape, enc))


def _encode_index(index: Any, enc: _Encoder) -> dict[str, Any] | None:
    from .match import Variant

    fields: dict[str, Any] = {}
    for name in _fields(type(index)):
        value = getattr(index, name)
        if name in ("lock", "fuzzy_cache", "consonantal", "syllabic", "in_bucket"):
            continue  # made afresh: a lock, and memos filled while matching or adding
        if name in _ONE:
            if value is not None:  # a memo made (the shipped index makes it when built)
                one = _encode_one(value, enc)
                if one is not None:
                    fields[name] = one
            continue
        if isinstance(value, WordList):
            n = enc.word_ids.get(id(value))
            if n is None:  # one copy for every index (the same shipped English list)
                n = enc.word_ids[id(value)] = len(enc.words)
                # the shipped list by its name: decoded as the process's own english_words(),
                # not a second copy of its 74,000 words (speed55)
                enc.words.append(marshal.dumps(ENGLISH_WORDS if value is english_words()
                                               else (frozenset(value.common),
                                                     frozenset(value.proper))))
                enc.keep.append(value)
            fields[name] = ("words", n)
            continue
        shape = _shape(value, Variant)
        if shape == ():
            return None  # entries held in a way this module does not know: built on use
        if shape is None:
            try:
                marshal.dumps(value)
            except ValueError:  # an object marshal cannot hold: built on use
                return None
            fields[name] = ("plain", value)
        else:
            fields[name] = ("refs", shape, _encode_refs(value, shape, enc))
    return fields


def _decode_index(fields: dict[str, Any], entries: list[Entry], variants: Any,
                  words: Callable[[int], WordList], lock: threading.RLock) -> Any:
    from .match import Index

    values: dict[str, Any] = {}
    for name, stored in fields.items():
        if stored[0] == "words":
            values[name] = words(stored[1])
        elif stored[0] == "plain":
            values[name] = stored[1]
        elif stored[0] == "one":
            one = _ref_decoder(stored[1], entries, variants)
            values[name] = {k: one(v)[0] for k, v in stored[2].items()}
        else:
            values[name] = LazyRefs(stored[2], _ref_decoder(stored[1], entries, variants), lock)
    return Index(**values)


class StoredCache(dict[str, Any]):
    """A glossary's ``_cache`` read from a store: each index is decoded on first use (a run
    needs the matcher's index for one source language and the injected-name forms of its
    target locales, not all of them). Iterating it names every key, decoded or not."""

    def __init__(self, pending: dict[str, bytes], entries: list[Entry], words: list[bytes],
                 zipped: bool = False) -> None:
        super().__init__()
        self._pending = pending
        self._zipped = zipped  # each stored index zlib-compressed on its own (the shipped one)
        self._entries = entries
        self._words = words
        self._word_lists: dict[int, WordList] = {}
        self._lock = threading.RLock()

    def _word_list(self, n: int) -> WordList:
        with self._lock:
            found = self._word_lists.get(n)
            if found is None:
                stored = marshal.loads(self._words[n])
                found = self._word_lists[n] = (english_words() if stored == ENGLISH_WORDS
                                               else WordList(*stored))
            return found

    def _fill(self, key: str) -> None:
        with self._lock:
            blob = self._pending.pop(key, None)
            if blob is not None:
                if self._zipped:
                    blob = zlib.decompress(blob)
                dict.__setitem__(self, key, _decode_item(marshal.loads(blob), self._entries,
                                                               self._word_list, self._lock))

    def materialize(self) -> None:
        for key in list(self._pending):
            self._fill(key)

    def get(self, key: str, default: Any = None) -> Any:
        if key in self._pending:
            self._fill(key)
        return dict.get(self, key, default)

    def __getitem__(self, key: str) -> Any:
        if key in self._pending:
            self._fill(key)
        return dict.__getitem__(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        with self._lock:
            self._pending.pop(key, None)
            dict.__setitem__(self, key, value)

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self._pending

    def __iter__(self) -> Iterator[str]:
        return iter([*dict.keys(self), *self._pending])

    def __len__(self) -> int:
        return dict.__len__(self) + len(self._pending)

    def keys(self) -> Any:
        self.materialize()
        return dict.keys(self)

    def values(self) -> Any:
        self.materialize()
        return dict.values(self)

    def items(self) -> Any:
        self.materialize()
        return dict.items(self)


def _encode_item(value: Any, key: str, enc: _Encoder) -> tuple[Any, ...] | None:
    from .match import Index, Variant

    if isinstance(value, Index):
        enc.variants, enc.variant_ids = [], {}  # a table per index: each decoded alone
        fields = _encode_index(value, enc)
        return None if fields is None else ("index", enc.variants, fields)
    if isinstance(value, (str, int, float)):
        return ("plain", value)
    if key.startswith(("name-keys:", "injected-sizes:")):
        # strings and positions (name_keys.NameKeys); first words to sizes (injected._form_sizes):
        # a key never stored was made again by every run, and the store written again after
        # its first article, every index decoded to be encoded (speed55)
        return ("plain", value)
    if key.startswith("injected:") and isinstance(value, dict):
        shape = _shape({k: tuple(v) for k, v in value.items()}, Variant)
        if shape is not None and shape != () and shape[2] == "E":
            return ("refs", shape, _encode_refs(value, shape, enc))
    return None


def _decode_item(stored: Any, entries: list[Entry], words: Callable[[int], WordList],
                 lock: threading.RLock) -> Any:
    if stored[0] == "index":
        variants = _Variants(stored[1], entries, lock)
        return _decode_index(stored[2], entries, variants, words, lock)
    if stored[0] == "plain":
        return stored[1]
    return _decode_refs(stored[2], stored[1], entries, [])


def encode(glossary: Glossary, gazetteer: set[tuple[str, str]] | frozenset[tuple[str, str]],
           root: Path | None) -> dict[str, Any]:
    """``glossary`` and its indexes as plain data for :mod:`marshal` (``root``: the shipped
    glossary folder, its paths stored relative to it)."""
    from .match import Index, Variant

    enc = _Encoder(str(root) + "/" if root is not None else "")
    entries = [enc.entry(e) for e in glossary.entries]
    duplicates = [(enc.entry(a), enc.entry(b)) for a, b in glossary.duplicates]
    caches: dict[str, bytes] = {}
    for key, value in list(glossary._cache.items()):
        item = _encode_item(value, key, enc)
        if item is not None:
            caches[key] = marshal.dumps(item)
    names = {(e.id, t) for e in glossary.entries for _, t in e.variants}
    return {
        "format": FORMAT,
        "fields": {"Entry": _fields(Entry), "Variant": _fields(Variant),
                   "Index": _fields(Index)},
        "entries": enc.entries,  # after the indexes: they may name an entry no file has now
        "order": entries,
        "duplicates": duplicates,
        "sources": [_relative(s, enc.root) for s in glossary.sources],
        "gazetteer": sorted(set(gazetteer) & names),
        "cache": caches,
        "words": enc.words,
    }


def decode(data: Any, root: Path | None) -> tuple[Glossary, frozenset[tuple[str, str]]] | None:
    """The glossary :func:`encode` stored, with its indexes (decoded on first use), and its
    gazetteer names; None when ``data`` was made by other code (other fields or format)."""
    from .match import Index, Variant

    expected = {"Entry": _fields(Entry), "Variant": _fields(Variant), "Index": _fields(Index)}
    if not isinstance(data, dict) or data.get("format") != FORMAT or \
            data.get("fields") != expected:
        return None
    base = str(root) + "/" if root is not None else ""
    names = expected["Entry"]
    at_forms, at_source = names.index("forms"), names.index("source")
    entries: list[Entry] = []
    for row in data["entries"]:
        values = list(row)
        values[at_forms] = MappingProxyType(values[at_forms])
        values[at_source] = _absolute(values[at_source], base)
        entries.append(Entry(*values))
    glossary = Glossary([entries[n] for n in data["order"]],
                        [_absolute(s, base) for s in data["sources"]],
                        [(entries[a], entries[b]) for a, b in data["duplicates"]])
    glossary._cache = StoredCache(dict(data["cache"]), entries, list(data["words"]),
                                  zipped=data.get("zipped") is True)
    return glossary, frozenset(tuple(pair) for pair in data["gazetteer"])
