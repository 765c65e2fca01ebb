"""Glossary exchange: CSV and TBX (the term-base format translation tools share).

CSV columns: ``id, type, name, aliases, deprecated, territory, zone, note``, ``offices`` when an
entry has any (a person's offices, glossary60, as TOML and TBX carry them) and one column per
target locale (``pt-BR`` or ``forms.pt-BR``); lists are joined with ``|``. On import a column
named ``en``, ``term`` or ``source`` may stand for ``name``, and a missing ``id`` is made from
the name.

TBX is written as TBX-Basic (``martif``, ISO 30042): one ``termEntry`` per entry, the English
``langSet`` holding the name (preferredTerm), hand-written aliases (admittedTerm) and
deprecated forms (deprecatedTerm), one ``langSet`` per locale form (preferredTerm). A name the
gazetteer added goes in the langSet of each language CLDR writes it in, else in ``und``
(BCP 47 "undetermined"): a term is never filed as English when nothing says it is. Import reads
that and TBX v3 (``conceptEntry``/``langSec``/``termSec``), through defusedxml: a langSet's
preferred term is the locale's form, its admitted and deprecated terms the entry's aliases and
deprecated forms.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import DataError, InputError
from ..fsutil import (
    NotRegularFileError,
    TooLargeError,
    blank_file,
    larger_than,
    read_regular,
)
from ..invisible import IN_GLOSSARY
from ..locales import bcp47_tag, canonical_tag
from ..safexml import MAX_XML_BYTES
from .forms import target_form
from .load import parse_entry, valid_tag
from .model import Entry
from .sentence import sentence_term

_FIXED = ("id", "type", "name", "aliases", "deprecated", "territory", "zone", "note")
_LISTS = ("aliases", "deprecated", "offices")  # cells holding a list joined with _SEP
_NAME_ALIASES = ("name", "en", "term", "source")
_SEP = "|"


def slug(text: str) -> str:
    """``"Nikol Pashinyan"`` -> ``"nikol-pashinyan"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    out = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    return out or "entry"


def materialize(entries: Iterable[Entry], locales: Sequence[str]) -> list[Entry]:
    """Entries with the form for each of ``locales`` written out (CLDR names included), so
    an exported term base carries country names in every requested language."""
    out = []
    for entry in entries:
        forms = dict(entry.forms)
        for tag in locales:
            form = target_form(entry, tag)
            if form != entry.name and tag not in forms:
                forms[tag] = form
        out.append(Entry(entry.id, entry.name, entry.type, entry.aliases, entry.deprecated,
                         MappingProxyType(forms), entry.territory, entry.zone, entry.note,
                         entry.source, entry.offices))
    return out


# -- CSV ----------------------------------------------------------------------------------------

# OWASP "CSV injection": a spreadsheet runs a cell that starts with one of these as a formula
# (tab and carriage return too). Such a cell is written with a leading apostrophe, which
# spreadsheets show as text; import removes it. A value that itself starts with an apostrophe
# followed by one of these (or by an apostrophe) gets one too, so the round trip is exact.
_FORMULA_START = frozenset("=+-@\t\r")


def escape_cell(value: str) -> str:
    """``"=SUM(A1)"`` -> ``"'=SUM(A1)"``; ordinary text unchanged."""
    if value[:1] in _FORMULA_START or (value[:1] == "'" and value[1:2] in _FORMULA_START | {"'"}):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    """The inverse of :func:`escape_cell`."""
    if value[:1] == "'" and value[1:2] and value[1:2] in _FORMULA_START | {"'"}:
        return value[1:]
    return value


def to_csv(entries: Sequence[Entry]) -> str:
    """CSV text of ``entries``; cells a spreadsheet would run as formulas are neutralized."""
    tags = sorted({tag for e in entries for tag in e.forms})
    # a person's offices (glossary60): a column only when an entry has some, so a term base
    # without offices is written as before
    offices = ("offices",) if any(e.offices for e in entries) else ()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*_FIXED, *offices, *tags])
    for e in entries:
        writer.writerow([escape_cell(cell) for cell in (
            e.id, e.type, e.name, _SEP.join(e.aliases), _SEP.join(e.deprecated),
            e.territory or "", e.zone or "", e.note,
            *((_SEP.join(e.offices),) if offices else ()),
            *(e.forms.get(tag, "") for tag in tags),
        )])
    return buffer.getvalue()


def from_csv(text: str, path: str = "<csv>") -> list[Entry]:
    """Entries from CSV text; errors name ``path:line``. Cells neutralized against formula
    injection by :func:`to_csv` (a leading apostrophe) get their original text back."""
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
    except csv.Error:
        dialect = csv.excel
    # doublequote: a quote inside a quoted cell is written twice (RFC 4180, and to_csv); the
    # sniffer says otherwise when its sample holds none, and 'Acme "Best" Corp', exported and
    # imported again, came back 'Acme "Best"" Corp"'. strict: a quote never closed would take
    # every row after it into one cell, those rows lost without a word
    reader = csv.reader(io.StringIO(text), dialect, strict=True, doublequote=True)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise DataError("empty CSV file", path=path, line=1) from None
    except csv.Error as exc:
        raise DataError(f"invalid CSV: {exc}", path=path, line=1) from None
    lowered = [h.lower() for h in header]
    name_col = next((lowered.index(n) for n in _NAME_ALIASES if n in lowered), None)
    if name_col is None:
        raise DataError("CSV needs a 'name' (or 'en', 'term') column", path=path, line=1)
    form_cols: dict[int, str] = {}
    for i, h in enumerate(header):
        tag = h[6:] if h.lower().startswith("forms.") else h
        if i != name_col and h.lower() not in (*_FIXED, "offices") and valid_tag(tag):
            form_cols[i] = canonical_tag(tag)
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    line = reader.line_num
    try:
        for raw_row in reader:
            line = reader.line_num
            row = [unescape_cell(cell) for cell in raw_row]
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                raise DataError(f"row has {len(row)} cells, the header {len(header)}",
                                path=path, line=line)
            cells = {lowered[i]: row[i].strip() for i in range(len(row))}
            name = row[name_col].strip() if name_col < len(row) else ""
            raw: dict[str, Any] = {"name": name}
            entry_id = cells.get("id") or slug(name)
            if entry_id in seen and not cells.get("id"):
                seen[entry_id] += 1
                entry_id = f"{entry_id}-{seen[entry_id]}"
            seen.setdefault(entry_id, 1)
            raw["id"] = entry_id
            raw["type"] = cells.get("type") or "other"
            for key in _LISTS:
                if cells.get(key):
                    raw[key] = [v.strip() for v in cells[key].split(_SEP) if v.strip()]
            for key in ("territory", "zone", "note"):
                if cells.get(key):
                    raw[key] = cells[key]
            forms = {tag: row[i].strip() for i, tag in form_cols.items()
                     if i < len(row) and row[i].strip()}
            if forms:
                raw["forms"] = forms
            entries.append(parse_entry(raw, path=path, line=line))
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):  # the row after the last one read
            raise DataError(
                "invalid CSV: a quoted cell is never closed (every row after its quote would "
                "be read as its text)", path=path, line=line + 1,
            ) from None  # fmt: skip
        raise DataError(f"invalid CSV: {exc}", path=path, line=reader.line_num) from None
    return entries


# -- TBX ----------------------------------------------------------------------------------------

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS = {"exact": "preferredTerm-admn-sts", "alias": "admittedTerm-admn-sts",
           "deprecated": "deprecatedTerm-admn-sts"}


# A term whose language nothing knows (a GeoNames alternate name) is filed under BCP 47 "und"
# (ISO 639-2 "undetermined"): a valid xml:lang that claims no language.
UNDETERMINED = "und"


@cache
def _cldr_languages() -> tuple[str, ...]:
    """CLDR's base languages (babel's locale identifiers without a region or script)."""
    from babel.localedata import locale_identifiers

    return tuple(sorted(i for i in locale_identifiers() if "_" not in i and i != "root"))


@cache
def _cldr_names(territory: str | None, zone: str | None) -> dict[str, tuple[str, ...]]:
    """Name -> the CLDR languages that write a territory (else a time-zone city) so."""
    from .cldr import territory_name, zone_city

    out: dict[str, list[str]] = {}
    for lang in _cldr_languages():
        name = territory_name(territory, lang) if territory else (
            zone_city(zone, lang) if zone else None)
        if name:
            out.setdefault(name, []).append(lang)
    return {name: tuple(langs) for name, langs in out.items()}


def cldr_languages_of(entry: Entry, text: str) -> tuple[str, ...]:
    """The languages in which CLDR names ``entry``'s territory or time-zone city ``text``
    ("Андорра": be, bg, kk, ky, mk, ru, sr, uk...), from the same data the gazetteer took
    those names from (scripts/gazetteer.py); () when CLDR does not write it so."""
    if not entry.territory and not entry.zone:
        return ()
    return _cldr_names(entry.territory, entry.zone).get(text, ())


def term_languages(entry: Entry, kind: str, text: str, source_lang: str) -> tuple[str, ...]:
    """The xml:lang of each langSet a term goes in: the source language for the name and the
    hand-written aliases; for a name the gazetteer added (glossary/gazetteer), the languages
    CLDR writes it in, else :data:`UNDETERMINED`."""
    from .load import is_gazetteer_name

    if kind == "exact" or not is_gazetteer_name(entry.id, text):
        return (source_lang,)
    return cldr_languages_of(entry, text) or (UNDETERMINED,)


def to_tbx(entries: Sequence[Entry], source_lang: str = "en",
           locales: Sequence[str] = ()) -> str:
    """TBX-Basic (martif) text, built with ElementTree (escaping is the writer's job). Each
    term sits in the langSet of its language (:func:`term_languages`); with ``locales`` every
    entry has a term in each, the name itself where the locale keeps it ("Andorra")."""
    import xml.etree.ElementTree as ET

    root = ET.Element("martif", {"type": "TBX-Basic", _XML_LANG: source_lang})
    header = ET.SubElement(root, "martifHeader")
    file_desc = ET.SubElement(header, "fileDesc")
    source_desc = ET.SubElement(file_desc, "sourceDesc")
    ET.SubElement(source_desc, "p").text = "newsroom-translate glossary"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for e in entries:
        term_entry = ET.SubElement(body, "termEntry", {"id": e.id})
        ET.SubElement(term_entry, "descrip", {"type": "subjectField"}).text = e.type
        if e.note:
            ET.SubElement(term_entry, "descrip", {"type": "definition"}).text = e.note
        for office in e.offices:  # a person's offices, one descrip each (glossary58)
            ET.SubElement(term_entry, "descrip", {"type": "office"}).text = office
        if e.territory:
            ET.SubElement(term_entry, "admin", {"type": "territory"}).text = e.territory
        if e.zone:
            ET.SubElement(term_entry, "admin", {"type": "zone"}).text = e.zone
        forms = {tag: target_form(e, tag) for tag in locales} | dict(e.forms)
        by_lang: dict[str, list[tuple[str, str]]] = {source_lang: []}
        for kind, text in e.variants:
            for lang in term_languages(e, kind, text, source_lang):
                by_lang.setdefault(lang, []).append((kind, text))
        for tag, form in forms.items():
            by_lang.setdefault(tag, []).insert(0, ("exact", form))
        for lang in [source_lang, *sorted(set(by_lang) - {source_lang})]:
            lang_set = ET.SubElement(term_entry, "langSet", {_XML_LANG: lang})
            for kind, text in by_lang[lang]:
                tig = ET.SubElement(lang_set, "tig")
                ET.SubElement(tig, "term").text = text
                ET.SubElement(tig, "termNote",
                              {"type": "administrativeStatus"}).text = _STATUS[kind]
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(node: Any, *names: str) -> list[Any]:
    return [c for c in node if _local(c.tag) in names]


def _terms(lang_node: Any) -> list[tuple[str, str]]:
    """(text, status) of each term in a langSet/langSec (tig, ntig/termGrp or termSec)."""
    out = []
    for holder in _children(lang_node, "tig", "termSec", "ntig"):
        groups = _children(holder, "termGrp") or [holder]
        for group in groups:
            term = next(iter(_children(group, "term")), None)
            if term is None:
                continue
            text = "".join(term.itertext()).strip()
            status = ""
            for note in [*_children(group, "termNote"), *_children(holder, "termNote")]:
                if note.get("type") == "administrativeStatus":
                    status = (note.text or "").strip()
            if text:
                out.append((text, status))
    return out


_TBX_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")  # BCP 47's shape, or `pt_BR`


def from_tbx(data: bytes, path: str = "<tbx>", source_lang: str = "en") -> list[Entry]:
    """Entries from TBX bytes (TBX-Basic martif or TBX v3), parsed with defusedxml
    (:mod:`translate.safexml`: a DOCTYPE naming the TBX DTD is accepted and never read;
    internal subsets, entities and external references are refused). Errors name the line of
    the element at fault."""
    from .. import safexml

    declared = safexml.mislabelled_utf8(data)
    if declared:  # read as declared, "Câmara" would be a glossary name "CÃ¢mara"
        raise DataError(f"invalid TBX: it declares encoding {declared} but its bytes are UTF-8 "
                        "text (every accented letter would be two characters): declare UTF-8",
                        path=path, line=1)  # fmt: skip
    try:
        doc = safexml.parse(data)
    except safexml.MalformedXMLError as exc:
        raise DataError(f"invalid TBX: {exc.message}", path=path, line=exc.line) from None
    except safexml.UnsafeXMLError as exc:
        raise DataError(f"refusing unsafe XML: {exc.kind}", path=path, line=exc.line) from None
    root = doc.root
    if _local(root.tag) not in ("martif", "tbx"):
        raise DataError(f"not a TBX file (root element <{_local(root.tag)}>)", path=path)
    entries = []
    n = 0
    for node in root.iter():
        if _local(node.tag) not in ("termEntry", "conceptEntry"):
            continue
        n += 1
        line = doc.line(node) or 1
        names: list[str] = []
        aliases: list[str] = []
        deprecated: list[str] = []
        forms: dict[str, str] = {}
        raw: dict[str, Any] = {}
        langs: list[str] = []
        for child in node:
            kind = _local(child.tag)
            ctype = child.get("type", "")
            text = "".join(child.itertext()).strip()
            if kind == "descrip" and ctype == "subjectField" and text:
                raw["type"] = text
            elif kind == "descrip" and ctype == "definition" and text:
                raw["note"] = text
            elif kind == "descrip" and ctype == "office" and text:
                raw.setdefault("offices", []).append(text)
            elif kind == "admin" and ctype in ("territory", "zone") and text:
                raw[ctype] = text
            elif kind in ("langSet", "langSec"):
                lang = child.get(_XML_LANG) or child.get("lang") or ""
                # read as `tm import` reads a TMX's: `en_US` and `EN` are English, `pt_BR` is
                # pt-BR (an English langSet tagged `en_US` was taken for another language and
                # the entry refused as having no English term), and ISO 639-2/3 codes, as CAT
                # tools write them, are the BCP 47 language: `eng` is en, `por-BR` pt-BR
                # (fuzz35: `eng` entries were refused, "no en term (its languages: eng, por)")
                if _TBX_LANG.match(lang.strip()):
                    lang = bcp47_tag(lang)
                langs.append(lang)
                terms = _terms(child)
                if lang.split("-")[0].lower() == source_lang:
                    for term, status in terms:
                        if status.startswith("deprecated") or status.startswith("superseded"):
                            deprecated.append(term)
                        elif status.startswith("preferred") and not names:
                            names.append(term)
                        else:
                            aliases.append(term)
                else:  # another language: its preferred term is the locale's form; its
                    # admitted and deprecated terms are accepted (deprecated) names of the entry
                    for term, status in terms:
                        if status.startswith("deprecated") or status.startswith("superseded"):
                            deprecated.append(term)
                        elif status.startswith("admitted"):
                            aliases.append(term)
                        elif lang != UNDETERMINED and lang not in forms:
                            forms[lang] = term
                        else:
                            aliases.append(term)
        if not names and aliases:
            names.append(aliases.pop(0))
        if not names:
            seen = ", ".join(dict.fromkeys(x[:20] for x in langs)) or "none"
            raise DataError(f"term entry {n} has no {source_lang} term (its languages: {seen})",
                            path=path, line=line)
        raw["name"] = names[0]
        raw["id"] = node.get("id") or slug(names[0])
        raw.setdefault("type", "other")
        if raw["type"] not in ("person", "place", "org", "other"):
            raw["type"] = "other"
        if aliases:
            raw["aliases"] = aliases
        if deprecated:
            raw["deprecated"] = deprecated
        if forms:
            raw["forms"] = forms
        entries.append(parse_entry(raw, path=path, line=line))
    return entries


# -- files --------------------------------------------------------------------------------------

def read_terms(path: Path) -> list[Entry]:
    """Entries from a ``.csv`` or ``.tbx`` file."""
    suffix = path.suffix.lower()
    try:
        data = read_regular(path, MAX_XML_BYTES)  # a FIFO or a device is refused, not blocked on
    except TooLargeError:  # from its size, before reading it (the XML reader's own limit)
        raise DataError(larger_than(MAX_XML_BYTES, "term base"), path=str(path)) from None
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except NotRegularFileError as exc:
        raise InputError(exc.message, path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    if (blank := blank_file(data)) is not None:  # exit 3, as an empty review file (fuzz45)
        raise InputError(blank, path=str(path))
    if suffix in (".tbx", ".xml"):
        return check_imported(from_tbx(data, str(path)), str(path))
    if suffix in (".csv", ".tsv", ".txt"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DataError(f"not UTF-8 text ({exc.reason})", path=str(path)) from None
        return check_imported(from_csv(text, str(path)), str(path))
    raise DataError("unknown term-base format (use .csv or .tbx)", path=str(path))


MAX_TERM_CHARS = 1000  # the longest real name the glossary holds (Bangkok's) has 170
# the invisible characters no glossary may hold (``invisible.IN_GLOSSARY``: bidi embeddings,
# overrides and isolates, zero-width space, word joiner, BOM, the invisible operators, the tag
# characters, ...) and C0/C1 controls: a term holding one would be written, invisible, into
# every edition that names it ("\u202e1000" shows "0001"); left-to-right/right-to-left marks,
# ZWJ, ZWNJ and the Mongolian vowel separator spell real names (``invisible.SPELLS_NAMES``)
_HIDDEN = re.compile(f"[{IN_GLOSSARY}\x00-\x1f\x7f-\x9f]")


def check_imported(entries: list[Entry], path: str) -> list[Entry]:
    """A term base's entries, refused whole (``DataError``, exit 5, naming the line) when one
    id comes twice (the glossary written would fail ``glossary lint``, and one entry would be
    lost when it is loaded), or a term holds a hidden control character, is longer than
    ``MAX_TERM_CHARS`` or is a whole sentence (:func:`sentence_term`)."""
    seen: dict[str, str] = {}
    for entry in entries:
        line = int(entry.source.rpartition(":")[2] or 0) if entry.source else None
        if entry.id in seen:
            raise DataError(f"entry id {entry.id!r} appears twice (first at {seen[entry.id]})",
                            path=path, line=line)  # fmt: skip
        seen[entry.id] = entry.source or path
        for _, term in (*entry.variants, *entry.forms.items()):
            hidden = _HIDDEN.search(term)
            if hidden:
                raise DataError(
                    f"term {term[:40]!r} holds a hidden control character "
                    f"(U+{ord(hidden.group()):04X})", path=path, line=line)  # fmt: skip
            if len(term) > MAX_TERM_CHARS:
                raise DataError(f"a term of {len(term):,} characters (more than "
                                f"{MAX_TERM_CHARS:,})", path=path, line=line)  # fmt: skip
            sentence = sentence_term(term)
            if sentence is not None:
                raise DataError(f"term {term[:40]!r} is a sentence ({sentence}), not a name or "
                                "a term", path=path, line=line,
                                hint="a glossary holds names and terms; fix or remove the line")
    return entries
