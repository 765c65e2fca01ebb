"""Load glossaries from TOML: the shipped ``glossary/`` folder, CLDR countries, user files.

A file holds ``[[entry]]`` tables (see the README for the schema). Every error names the file
and line: TOML syntax errors carry tomllib's line, schema errors the line of the entry's
``[[entry]]`` header (or of the offending key when it can be found).
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..data import data_dir
from ..errors import DataError, InputError
from ..fsutil import TooLargeError, blank_file, larger_than, read_regular
from ..invisible import IN_GLOSSARY
from ..locales import canonical_tag
from . import cldr
from .model import ENTRY_TYPES, Entry, Glossary
from .sentence import sentence_term

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# A glossary file (TOML: a user's --glossary, what `glossary import` writes) over this is refused
# before it is read. The shipped glossary written as one file (`glossary export`, then `glossary
# import`: 866 entries, CLDR countries included) is 391 KB, so this is 170 times that; tomllib
# reads about 0.5 MB of it a second and holds 9 times its size (a 7.9 MB file: 15 s of CPU, 71 MB),
# so a file at the limit is minutes and under a GB, never the whole disk. The term bases it is
# imported from have the same figure (`safexml.MAX_XML_BYTES`); `glossary import` refuses to write
# a TOML over it (a CSV's TOML is about 1.3 times the CSV; a TBX's 0.08 times).
# (benchmarks/results/fuzz32-largest_legitimate-2026-12-06.txt)
MAX_GLOSSARY_BYTES = 64 * 1024 * 1024

_KEYS = frozenset({"id", "type", "name", "aliases", "deprecated", "forms", "territory", "zone",
                   "note", "offices"})
_HEADER = re.compile(r"^\s*\[\[\s*entry\s*\]\]")
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")

_cache: dict[tuple[Any, ...], Glossary] = {}
_lock = threading.Lock()


def _entry_lines(text: str) -> list[int]:
    """1-based line numbers of the ``[[entry]]`` headers, in order."""
    return [n for n, line in enumerate(text.splitlines(), 1) if _HEADER.match(line)]


def _key_line(text: str, start: int, key: str, value: str | None = None) -> int:
    """The line of ``key`` (optionally with ``value``) at or after line ``start``."""
    lines = text.splitlines()
    for n in range(start, len(lines) + 1):
        line = lines[n - 1]
        if n > start and _HEADER.match(line):
            break
        if key in line and (value is None or value in line):
            return n
    return start


def _strings(raw: Any, field: str, path: str, line: int) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise DataError(f"'{field}' must be a list of strings", path=path, line=line)
    out = [" ".join(x.split()) for x in raw]
    if any(not x for x in out):
        raise DataError(f"'{field}' holds an empty string", path=path, line=line)
    return tuple(dict.fromkeys(out))


# the characters no name or note may hold: Unicode's controls (Cc) and surrogates (Cs), fixed
# ranges, and the noncharacters U+FFFE and U+FFFF; tab and line breaks are allowed in a note.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# nor may a name, alias or form hold one of the hidden characters ``glossary import`` refuses in
# a term (``invisible.IN_GLOSSARY``, the one definition both read): a bidirectional embedding,
# override or isolate, a zero-width space, a word joiner, a BOM, an invisible operator, a tag
# character, ..., written invisibly into every edition (fuzz51: a user glossary's form "Porto"
# + U+202E was loaded and written, reordering the text after it on display). The marks
# U+200E/U+200F, ZWJ, ZWNJ and the Mongolian vowel separator spell real names.
_HIDDEN = re.compile(f"[{IN_GLOSSARY}]")
_CONTROL_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _first_control(values: Iterable[str], multiline: bool) -> str | None:
    regex = _CONTROL_MULTILINE if multiline else _CONTROL
    for value in values:
        found = regex.search(value)
        if found is not None:
            return found.group()
    return None


def valid_tag(tag: str) -> bool:
    """Is ``tag`` a BCP 47 tag Babel knows (``pt``, ``pt-BR``, ``zh-Hans``)?"""
    if not _TAG.match(tag):
        return False
    return cldr._locale(tag) is not None


def parse_entry(raw: Any, *, path: str, line: int, text: str = "") -> Entry:
    """One ``[[entry]]`` table -> Entry, or a DataError naming ``path:line``."""
    if not isinstance(raw, dict):
        raise DataError("an entry must be a table", path=path, line=line)
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        at = _key_line(text, line, unknown[0]) if text else line
        raise DataError(f"unknown key {unknown[0]!r} in entry", path=path, line=at,
                        hint=f"known keys: {', '.join(sorted(_KEYS))}")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        raise DataError(f"entry needs an 'id' of letters, digits and -_.: (got {entry_id!r})",
                        path=path, line=line)
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise DataError(f"entry {entry_id!r} has no 'name'", path=path, line=line)
    kind = raw.get("type", "other")
    if kind not in ENTRY_TYPES:
        at = _key_line(text, line, "type") if text else line
        raise DataError(f"entry {entry_id!r}: type must be one of {', '.join(ENTRY_TYPES)}"
                        f" (got {kind!r})", path=path, line=at)
    forms_raw = raw.get("forms", {})
    if not isinstance(forms_raw, dict):
        raise DataError(f"entry {entry_id!r}: 'forms' must be a table", path=path, line=line)
    forms: dict[str, str] = {}
    for tag, form in forms_raw.items():
        if not valid_tag(str(tag)):
            raise DataError(f"entry {entry_id!r}: {tag!r} is not a BCP 47 locale tag",
                            path=path, line=_key_line(text, line, tag) if text else line)
        if not isinstance(form, str) or not form.strip():
            raise DataError(f"entry {entry_id!r}: form for {tag} must be a non-empty string",
                            path=path, line=_key_line(text, line, tag) if text else line)
        forms[canonical_tag(str(tag))] = " ".join(form.split())
    territory = raw.get("territory")
    if territory is not None:
        if not isinstance(territory, str) or not cldr.territory_names("en").get(territory.upper()):
            at = _key_line(text, line, "territory") if text else line
            raise DataError(f"entry {entry_id!r}: unknown territory code {territory!r}",
                            path=path, line=at)
        territory = territory.upper()
    zone = raw.get("zone")
    if zone is not None and (not isinstance(zone, str) or "/" not in zone):
        at = _key_line(text, line, "zone") if text else line
        raise DataError(f"entry {entry_id!r}: 'zone' must be an IANA zone like Asia/Baku",
                        path=path, line=at)
    note = raw.get("note", "")
    if not isinstance(note, str):
        raise DataError(f"entry {entry_id!r}: 'note' must be a string", path=path, line=line)
    name = " ".join(name.split())
    aliases = _strings(raw.get("aliases"), "aliases", path, line)
    deprecated = _strings(raw.get("deprecated"), "deprecated", path, line)
    offices = _offices(raw.get("offices"), entry_id, kind, path=path, line=line, text=text)
    for field, values in (("name", (name,)), ("aliases", aliases), ("deprecated", deprecated),
                          ("forms", tuple(forms.values())), ("note", (note,))):
        bad = _first_control(values, field == "note")
        if bad is not None:  # no name holds one; TBX and XLIFF exports could not either
            raise DataError(f"entry {entry_id!r}: {field} holds control character"
                            f" U+{ord(bad):04X}", path=path, line=line)
        hidden = None if field == "note" else next(
            (m for m in map(_HIDDEN.search, values) if m is not None), None)
        if hidden is not None:
            raise DataError(f"entry {entry_id!r}: {field} holds hidden character"
                            f" U+{ord(hidden.group()):04X}", path=path, line=line)
    _refuse_sentences(entry_id, name, aliases, deprecated, forms, path=path, line=line, text=text)
    if territory:
        official = cldr.territory_name(territory, "en")
        if official and official != name and official not in aliases:
            aliases = (*aliases, official)
    return Entry(
        id=entry_id,
        name=name,
        type=kind,
        aliases=tuple(a for a in aliases if a != name),
        deprecated=deprecated,
        forms=MappingProxyType(forms),
        territory=territory,
        zone=zone,
        note=note,
        source=f"{path}:{line}",
        offices=offices,
    )


# an office is written before a surname in a few words ("first deputy prime minister")
_OFFICE_WORDS = 8


def _offices(raw: Any, entry_id: str, kind: str, *, path: str, line: int,
             text: str) -> tuple[str, ...]:
    """A person's ``offices`` (glossary58): the words a text writes right before the
    person's surname to name them by office ("mayor", "prefeita", "first deputy prime
    minister"), one space before it, as ``glossary/words/roles.toml`` lists the shipped
    persons'. A list of strings of letters, spaces, hyphens and apostrophes, at most
    eight words each, on a ``person`` entry only: else a DataError naming the line."""
    if raw is None:
        return ()
    at = _key_line(text, line, "offices") if text else line
    if kind != "person":
        raise DataError(f"entry {entry_id!r}: 'offices' name a person's offices; this entry's "
                        f"type is {kind!r}", path=path, line=at,
                        hint='give offices to an entry of type = "person", or remove them')
    offices = _strings(raw, "offices", path, at)
    bad = _first_control(offices, False)
    hidden = next((m for m in map(_HIDDEN.search, offices) if m is not None), None)
    if bad is not None or hidden is not None:
        which = bad if bad is not None else hidden.group() if hidden is not None else ""
        what = "control" if bad is not None else "hidden"
        raise DataError(f"entry {entry_id!r}: offices holds {what} character U+{ord(which):04X}",
                        path=path, line=at)
    for office in offices:
        if not all(c.isalpha() or c in " -'’." for c in office) or \
                len(office.split()) > _OFFICE_WORDS:
            raise DataError(f"entry {entry_id!r}: office {office[:40]!r} is not an office as "
                            f"written before a surname (letters, spaces, hyphens and "
                            f"apostrophes, at most {_OFFICE_WORDS} words)", path=path, line=at)
    return offices


def _refuse_sentences(entry_id: str, name: str, aliases: tuple[str, ...],
                      deprecated: tuple[str, ...], forms: dict[str, str], *, path: str,
                      line: int, text: str) -> None:
    """A DataError naming the line when a name or form of the entry is a whole sentence
    (:func:`~.sentence.sentence_term`), as ``glossary import`` refuses one (fuzz43: a
    ``--glossary`` file's sentence was written where the name stands, and ``glossary lint``
    passed it, exit 0)."""
    fields = [("name", None, name), *(("aliases", None, a) for a in aliases),
              *(("deprecated", None, d) for d in deprecated),
              *(("form", tag, form) for tag, form in forms.items())]
    for field, tag, value in fields:
        why = sentence_term(value)
        if why is None:
            continue
        at = _key_line(text, line, tag if tag else field) if text else line
        what = f"form for {tag}" if tag else field
        raise DataError(f"entry {entry_id!r}: {what} {value[:40]!r} is a sentence ({why}), "
                        "not a name or a term", path=path, line=at,
                        hint="a glossary holds names and terms; fix or remove it")


def parse_text(text: str, path: str = "<string>") -> list[Entry]:
    """Entries of one TOML document."""
    try:
        data = tomllib.loads(text)
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise DataError("invalid TOML: nested too deeply", path=path) from None
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        message = _TOML_LINE.sub("", str(exc)).strip() or "invalid TOML"
        raise DataError(f"invalid TOML: {message}", path=path, line=line) from None
    extra = sorted(set(data) - {"entry"})
    if extra:
        raise DataError(f"unknown top-level key {extra[0]!r} (a glossary holds [[entry]] tables)",
                        path=path, line=_key_line(text, 1, extra[0]))
    raw_entries = data.get("entry", [])
    if not isinstance(raw_entries, list):
        raise DataError("'entry' must be an array of tables ([[entry]])", path=path, line=1)
    lines = _entry_lines(text)
    entries = []
    for i, raw in enumerate(raw_entries):
        line = lines[i] if i < len(lines) else 1
        entries.append(parse_entry(raw, path=path, line=line, text=text))
    return entries


def read_file(path: Path) -> list[Entry]:
    """Entries of one glossary file."""
    try:
        data = read_regular(path, MAX_GLOSSARY_BYTES)
        text = data.decode("utf-8-sig")
    except TooLargeError:  # from its size, before a byte is read
        raise DataError(larger_than(MAX_GLOSSARY_BYTES, "glossary file"), path=str(path)) \
            from None
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text ({exc.reason})", path=str(path)) from None
    except FileNotFoundError:  # exit 3, as any missing input (fuzz46)
        raise InputError("glossary file or folder not found", path=str(path)) from None
    except OSError as exc:  # a FIFO, a device, no permission: unreadable input, exit 3
        raise InputError(f"cannot read glossary: {exc.strerror or exc}", path=str(path)) \
            from None
    if (blank := blank_file(data)) is not None:  # exit 3, as an empty review file (fuzz45)
        raise InputError(blank, path=str(path))
    return parse_text(text, str(path))


def _line(entry: Entry) -> int | None:
    """The line of ``entry``'s ``[[entry]]`` header, from its ``source`` ("path:line")."""
    _, _, line = entry.source.rpartition(":")
    return int(line) if line.isdigit() else None


def refuse_repeated_ids(entries: Sequence[Entry], path: str) -> None:
    """An id defined twice in one file is a mistake (the later would replace the earlier
    without a word): refused, exit 5, at the second's line, naming the first's (fuzz48).
    Across files a later one replaces an id on purpose (README "Extra glossaries and
    overrides"); :func:`user_overrides` says so."""
    seen: dict[str, Entry] = {}
    for entry in entries:
        first = seen.setdefault(entry.id, entry)
        if first is not entry:
            raise DataError(f"entry id {entry.id!r} is defined twice in this file (first at line "
                            f"{_line(first) or '?'}); an id names one entry per file",
                            path=path, line=_line(entry),
                            hint="merge the two or give one another id")


def user_overrides(paths: Iterable[str | Path]) -> list[str]:
    """Read the user's glossary files as ``load_glossary`` would (every error it would raise,
    an id repeated in one file among them) and say, one line each, which entry of a later
    file replaces one of an earlier user file (``b.toml:3: entry 'x' replaces the one at
    a.toml:7``): the override rule stands, but a user who repeated an id by mistake hears
    of it. An override of a shipped entry is the feature and is not listed."""
    files: list[Path] = []
    for p in paths:
        files.extend(glossary_files(Path(p)))
    where: dict[str, Entry] = {}
    said: list[str] = []
    for path in dict.fromkeys(files):  # a file named twice is read once, as its own override
        entries = read_file(path)
        refuse_repeated_ids(entries, str(path))
        for entry in entries:
            earlier = where.get(entry.id)
            if earlier is not None:
                said.append(f"{entry.source}: entry {entry.id!r} replaces the one at "
                            f"{earlier.source} (a later --glossary file overrides an earlier one)")
            where[entry.id] = entry
    return said


def glossary_files(path: Path) -> list[Path]:
    """The TOML files a ``--glossary`` argument names (a file, or a folder searched deeply)."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*.toml") if p.is_file())
    if path.is_file():
        return [path]
    if path.exists():  # a FIFO, a device, a socket: never read (it could block)
        return [path]  # read_file refuses it with the reason
    # a path the user named that is not there: exit 3, as a missing article, feed, review
    # file, TMX or term base (README "Exit codes"); wrong contents stay exit 5 (fuzz46)
    raise InputError("glossary file or folder not found", path=str(path))


def builtin_files() -> list[Path]:
    try:
        root = data_dir("glossary")
    except FileNotFoundError:
        return []
    # words/ holds side data (word lists, accepted forms), gazetteer/ generated extra names
    # of existing entries ([[names]] tables), not [[entry]] tables.
    return [p for p in glossary_files(root)
            if not {"words", "gazetteer"} & set(p.relative_to(root).parts[:1])]


def gazetteer_files() -> list[Path]:
    """The generated name lists (scripts/gazetteer.py) shipped in ``glossary/gazetteer/``."""
    try:
        root = data_dir("glossary") / "gazetteer"
    except FileNotFoundError:
        return []
    return sorted(p for p in root.glob("*.toml") if p.is_file()) if root.is_dir() else []


def read_gazetteer(path: Path) -> dict[str, tuple[str, ...]]:
    """``[[names]]`` tables: entry id -> extra accepted names."""
    try:
        data = tomllib.loads(read_regular(path).decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"cannot read gazetteer names: {exc}", path=str(path)) from None
    out: dict[str, tuple[str, ...]] = {}
    for raw in data.get("names", []):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise DataError("each [[names]] table needs a string 'id'", path=str(path))
        out[raw["id"]] = out.get(raw["id"], ()) + _strings(raw.get("aliases"), "aliases",
                                                           str(path), 1)
    return out


# (entry id, name) of every gazetteer name added to a shipped entry in this process: the
# matcher takes them as written only (no near misses around them).
_GAZETTEER_NAMES: set[tuple[str, str]] = set()


def is_gazetteer_name(entry_id: str, text: str) -> bool:
    """Was ``text`` added to entry ``entry_id`` from glossary/gazetteer (not hand-written)?"""
    return (entry_id, text) in _GAZETTEER_NAMES


def gazetteer_names() -> frozenset[tuple[str, str]]:
    """Every (entry id, name) :func:`is_gazetteer_name` knows in this process."""
    with _lock:
        return frozenset(_GAZETTEER_NAMES)


def note_gazetteer_names(pairs: Iterable[tuple[str, str]]) -> None:
    """Record gazetteer names of a glossary read from a store (translate.glossary.cache)
    rather than built here, so that :func:`is_gazetteer_name` answers as for a built one."""
    with _lock:
        _GAZETTEER_NAMES.update(pairs)


def _with_names(entry: Entry, extra: Sequence[str]) -> Entry:
    """``entry`` with the gazetteer's names it does not list yet (after folding) as aliases."""
    from dataclasses import replace

    from .normalize import token_keys

    listed = {token_keys(t) for _, t in entry.variants}
    new = [n for n in extra if token_keys(n) not in listed]
    with _lock:
        _GAZETTEER_NAMES.update((entry.id, n) for n in new)
    return replace(entry, aliases=entry.aliases + tuple(dict.fromkeys(new))) if new else entry


def _signature(paths: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    out = []
    for p in paths:
        try:
            st = p.stat()
            out.append((str(p.resolve()), st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((str(p), -1, -1))
    return tuple(out)


def load_glossary(
    paths: Iterable[str | Path] = (), *, builtin: bool = True, countries: bool | None = None,
    gazetteer: bool = True,
) -> Glossary:
    """The shipped glossary (unless ``builtin`` is false) plus the files or folders in
    ``paths``; later files override earlier entries with the same id. Cached per process
    (keyed by the files and their modification times).

    ``countries`` adds one entry per CLDR country that no file defines (default: with
    ``builtin``). With ``builtin`` and ``gazetteer``, the shipped entries (and CLDR
    countries) also take the generated local and foreign names of ``glossary/gazetteer/``;
    a user file's entry is taken as written.
    """
    files: list[Path] = builtin_files() if builtin else []
    gaz_files = gazetteer_files() if builtin and gazetteer else []
    user: list[Path] = []
    for p in paths:
        user.extend(glossary_files(Path(p)))
    with_countries = builtin if countries is None else countries
    key = (_signature(files), _signature(user), with_countries, _signature(gaz_files))
    with _lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
    layers = [read_file(p) for p in [*files, *user]]
    for path, layer in zip([*files, *user], layers, strict=True):
        refuse_repeated_ids(layer, str(path))
    if with_countries:
        defined = frozenset(e.territory for layer in layers for e in layer if e.territory)
        layers.insert(0, cldr.country_entries(skip=defined))
    if gaz_files:
        extra: dict[str, tuple[str, ...]] = {}
        for path in gaz_files:
            for eid, names in read_gazetteer(path).items():
                extra[eid] = extra.get(eid, ()) + names
        shipped = len(layers) - len(user)
        layers = [[_with_names(e, extra[e.id]) if e.id in extra else e for e in layer]
                  if n < shipped else layer for n, layer in enumerate(layers)]
    glossary = Glossary.merge(layers, sources=[str(p) for p in [*files, *user]])
    with _lock:
        _cache[key] = glossary
    return glossary


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def dump_toml(entries: Iterable[Entry]) -> str:
    """Entries as glossary TOML (what ``glossary import`` writes)."""
    chunks = []
    for entry in entries:
        data = entry.to_dict()
        lines = ["[[entry]]"]
        for key in ("id", "type", "name", "aliases", "deprecated", "territory", "zone", "note",
                    "offices"):
            if key in data:
                lines.append(f"{key} = {_toml_value(data[key])}")
        forms = data.get("forms")
        if forms:
            lines.append("[entry.forms]")
            for tag, form in forms.items():
                lines.append(f"{_toml_key(tag)} = {_toml_value(form)}")
        chunks.append("\n".join(lines))
    return "\n\n".join(chunks) + ("\n" if chunks else "")


def _toml_key(key: str) -> str:
    return key if re.match(r"^[A-Za-z0-9_-]+$", key) else _toml_value(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value)
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\t", "\\t").replace("\r", "\\r"))
    escaped = "".join(c if ord(c) >= 0x20 and ord(c) != 0x7F else f"\\u{ord(c):04x}"
                      for c in escaped)
    return f'"{escaped}"'
