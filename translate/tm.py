"""Translation memory: sentences a translator confirmed, reused by later runs, exchanged as TMX.

Entries are keyed by (source language, target locale, source hash): a confirmed translation
serves every later identical source sentence for that locale, whatever the article. Writes are
all-or-nothing, so a refused review file or a broken TMX import leaves the memory as it was.
XML from outside is parsed by :mod:`translate.safexml` (defusedxml: a DOCTYPE naming an external
DTD is accepted and never read; internal subsets, entities and external references are refused).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from . import __version__
from .clock import utc_now
from .errors import InputError, ReviewFileError
from .fsutil import NotRegularFileError, TooLargeError, blank_file, larger_than, read_regular
from .regexcache import compile as re_compile
from .safexml import MAX_XML_BYTES, MalformedXMLError, UnsafeXMLError, XMLDocument
from .store import Store, text_hash

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_LANG_TAG = re_compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")  # BCP 47 shape: pt-BR
# characters XML 1.0 cannot hold; TMX has no <cp>, so they are written as U+FFFD
_NOT_XML = re_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class TMEntry:
    """One confirmed translation."""

    source_lang: str
    target_locale: str
    source: str
    target: str
    origin_file: str | None = None
    article: str | None = None
    segment: str | None = None
    created: str | None = None
    updated: str | None = None

    @property
    def source_hash(self) -> str:
        return text_hash(self.source)


def lookup(store: Store, source_lang: str, locale: str, sources: Sequence[str]) -> dict[str, str]:
    """Confirmed targets for the sources that have one (identical source text only)."""
    hashes = {text_hash(s): s for s in sources}
    items = list(hashes.items())
    found: dict[str, str] = {}
    for i in range(0, len(items), 500):
        chunk = items[i : i + 500]
        marks = ",".join("?" * len(chunk))
        with store.guard():
            rows = store.conn.execute(
                "SELECT source_hash, source, target FROM tm WHERE source_lang=?"
                f" AND target_locale=? AND source_hash IN ({marks})",
                (source_lang, locale, *(h for h, _ in chunk)),
            ).fetchall()
        for h, source, target in rows:
            if hashes.get(h) == source:
                found[source] = target
    return found


def put(store: Store, entries: Iterable[TMEntry]) -> int:
    """Store entries in one transaction (all or none); returns how many were written."""
    rows = [
        (
            e.source_lang,
            e.target_locale,
            e.source_hash,
            e.source,
            e.target,
            e.origin_file,
            e.article,
            e.segment,
            e.created or utc_now(),
            e.updated or utc_now(),
        )
        for e in entries
    ]
    if not rows:
        return 0
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO tm (source_lang, target_locale, source_hash, source, target,"
            " origin_file, article, segment, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (source_lang, target_locale, source_hash) DO UPDATE SET"
            " target=excluded.target, origin_file=excluded.origin_file,"
            " article=excluded.article, segment=excluded.segment, updated=excluded.updated",
            rows,
        )
    return len(rows)


def entries(
    store: Store, source_lang: str | None = None, locale: str | None = None
) -> Iterator[TMEntry]:
    """Every entry, optionally for one language pair, oldest first."""
    sql = (
        "SELECT source_lang, target_locale, source, target, origin_file, article, segment,"
        " created, updated FROM tm WHERE (? IS NULL OR source_lang=?)"
        " AND (? IS NULL OR target_locale=?) ORDER BY created, source_hash"
    )
    with store.guard():
        rows = store.conn.execute(sql, (source_lang, source_lang, locale, locale)).fetchall()
    for row in rows:
        yield TMEntry(*row)


def count(store: Store) -> int:
    with store.guard():
        return int(store.conn.execute("SELECT COUNT(*) FROM tm").fetchone()[0])




# -- safe XML ----------------------------------------------------------------------------------


def parse_xml(data: bytes, path: str) -> ET.Element:
    """Parse untrusted XML (see :func:`parse_xml_document`)."""
    return parse_xml_document(data, path).root


def parse_xml_document(data: bytes, path: str) -> XMLDocument:
    """Parse untrusted XML, with element line numbers. A DOCTYPE that only names an external
    DTD is accepted (and not read); internal subsets, entity declarations, external
    references and undeclared entities are refused."""
    from . import safexml

    if len(data) > MAX_XML_BYTES:
        raise ReviewFileError(larger_than(MAX_XML_BYTES, "review file or TMX"), path=path)
    name = safexml.mislabelled_utf8(data)
    if name:
        raise ReviewFileError(f"malformed XML: it declares encoding {name} but its bytes are "
                              f"UTF-8 text (read as {name}, every accented letter would be two "
                              "characters): declare UTF-8", path=path, line=1)  # fmt: skip
    try:
        return safexml.parse(data)
    except UnsafeXMLError as exc:
        raise ReviewFileError(
            f"refused: {exc.kind} (DTD internal subsets, entities and external references are "
            "not accepted)",
            path=path,
            line=exc.line,
        ) from None
    except MalformedXMLError as exc:
        raise ReviewFileError(f"malformed XML: {exc.message}", path=path, line=exc.line) from None


def read_bytes(path: Path) -> bytes:
    """The bytes of an input file (TMX, XLIFF, PO); a missing, unreadable or empty file is an
    :class:`InputError` (exit 3), a file over the size limit a :class:`ReviewFileError`."""
    try:
        data = read_regular(path, MAX_XML_BYTES)  # never a FIFO or a device: they would block
    except TooLargeError:  # from its size, before reading it
        raise ReviewFileError(larger_than(MAX_XML_BYTES, "review file or TMX"),
                              path=str(path)) from None
    except NotRegularFileError as exc:
        raise InputError(exc.message, path=str(path)) from None
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except PermissionError:
        raise InputError("permission denied", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    # a 0-byte file (a failed download or export, a truncated copy) is empty, exit 3 as an empty
    # article or feed is, not "malformed XML: no element found" (exit 7; fuzz44)
    if (blank := blank_file(data)) is not None:
        raise InputError(blank, path=str(path))
    return data


# -- TMX 1.4b ----------------------------------------------------------------------------------


def _tmx_date(iso: str | None) -> str:
    """ISO 8601 UTC -> TMX's ``YYYYMMDDThhmmssZ``."""
    if not iso:
        iso = utc_now()
    return iso.replace("-", "").replace(":", "")[:15] + "Z"


def _iso_date(tmx: str | None) -> str | None:
    if not tmx or len(tmx) < 15:
        return None
    try:
        when = dt.datetime.strptime(tmx[:15], "%Y%m%dT%H%M%S")
    except ValueError:
        return None
    return when.isoformat() + "Z"


def to_tmx(items: Sequence[TMEntry]) -> bytes:
    """A TMX 1.4b document of ``items``, one ``<tu>`` per entry."""
    langs = {e.source_lang for e in items}
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "newsroom-translate",
            "creationtoolversion": __version__,
            "segtype": "sentence",
            "o-tmf": "newsroom-translate-sqlite",
            "adminlang": "en",
            "srclang": langs.pop() if len(langs) == 1 else "*all*",
            "datatype": "plaintext",
            "creationdate": _tmx_date(None),
        },
    )
    body = ET.SubElement(root, "body")
    for e in items:
        tu = ET.SubElement(
            body,
            "tu",
            {"creationdate": _tmx_date(e.created), "changedate": _tmx_date(e.updated or e.created)},
        )
        for key, value in (
            ("x-origin-file", e.origin_file),
            ("x-article", e.article),
            ("x-segment", e.segment),
        ):
            if value:
                ET.SubElement(tu, "prop", type=key).text = _NOT_XML.sub("\ufffd", value)
        for lang, text in ((e.source_lang, e.source), (e.target_locale, e.target)):
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
            ET.SubElement(tuv, "seg").text = _NOT_XML.sub("\ufffd", text)
    ET.indent(root, space="  ")
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    # a raw CR in a segment would be read back as LF (XML end-of-line handling)
    return data.replace(b"\r", b"&#13;") + b"\n"


_TMX_CODES = frozenset({"bpt", "ept", "it", "ph", "ut"})  # native codes ("&lt;b&gt;"), not text
_TMX_TEXT = frozenset({"hi"})  # highlighted text: its words are the sentence's


def _seg_text(el: Any, depth: int = 0) -> str:
    """The text of a TMX ``<seg>``: the words of ``<hi>``, not the native codes that
    ``<bpt>``, ``<ept>``, ``<it>``, ``<ph>`` and ``<ut>`` hold ("<b>" of the tool's format
    would reach an edition as text). Any other element (XHTML's ``<script>``) is refused."""
    if depth > 64:
        raise ValueError("inline markup nested too deeply")
    out = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag is None:  # a comment or a processing instruction: not text
            pass
        elif tag in _TMX_TEXT:
            out.append(_seg_text(child, depth + 1))
        elif tag not in _TMX_CODES:
            name = tag.rsplit("}", 1)[-1]
            raise ValueError(f"<{name[:40]}> is not TMX inline markup")
        out.append(child.tail or "")
    return "".join(out)


@dataclass
class TMXRead:
    """What a TMX document gives: the entries to store, and the variants left out, counted by
    reason (a unit with no ``<tuv>`` in its ``srclang``, a target in the source's language, a
    tag no locale profile reads: stored, none of them would ever be reused)."""

    entries: list[TMEntry]
    skipped: dict[str, int]

    def skipped_line(self) -> str:
        return "; ".join(f"{n} {why}" for why, n in sorted(self.skipped.items()))


def from_tmx(data: bytes, path: str, origin: str | None = None) -> list[TMEntry]:
    """Entries of a TMX document (1.1-1.4); one per target-language variant of each unit."""
    return read_tmx(data, path, origin).entries


def foreign_script(text: str, tag: str) -> str | None:
    """The script ``text`` is written in when its language, ``tag``'s, is plainly not written
    in it (None otherwise): four letters or more, none in a script the language is known to be
    written in (``locales/languages/scripts.toml``), and, for a language not written in Latin
    letters, none Latin (brands and names are written in Latin letters in every language's
    text). A memory's segment of a few words cannot be told English from Portuguese (fuzz34
    measured the detector: it can neither refuse nor clear them), but Cyrillic under ``pt-BR``
    is no Portuguese translation (fuzz37).

    >>> foreign_script("Министр ушёл в отставку.", "pt-BR"), foreign_script("Lula em Москва", "pt")
    ('Cyrillic', None)
    >>> foreign_script("iPhone 15 Pro", "ja"), foreign_script("大臣が辞任した", "ru")
    (None, 'Han')
    """
    from .detect.rules import OTHER, rules

    lang = tag.split("-")[0].lower()
    table = rules()
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = table.script_of(ch)
            counts[name] = counts.get(name, 0) + 1
    known = {s.name for s in table.scripts if lang in s.writers()}
    if sum(counts.values()) < 4 or not known or OTHER in counts or known & set(counts):
        return None
    if "Latin" in counts and "Latin" not in known:
        return None
    return max(sorted(counts), key=lambda name: counts[name])


def read_tmx(data: bytes, path: str, origin: str | None = None) -> TMXRead:
    """Entries of a TMX document (1.1-1.4) and what was left out, with the reason.

    Tags are read as BCP 47 (:func:`translate.locales.bcp47_tag`: ``en_US`` is en-US, ``eng``
    is en, ``por`` is pt). TMX 1.4b: the ``<tuv>`` holding the source has the language of the
    unit's ``srclang``, else the header's (``*all*``: any; the first is taken). A unit whose
    ``srclang`` no ``<tuv>`` has, a target in the source's language, a target tag with no
    locale profile, a locale given two different targets in one unit (which is the
    translation?, as when two units give one sentence different texts), a target plainly in
    another script, and a target that is the source's own words
    (:func:`translate.check.passed_through`) are left out and counted, not stored under a tag
    nothing looks up or decided by the order of the ``<tuv>``s."""
    from .check import in_other_language, in_source_language, is_blank, passed_through
    from .errors import UnknownLocaleError
    from .locales import bcp47_tag, get_profile
    from .read import clean_text

    doc = parse_xml_document(data, path)
    root = doc.root
    if root.tag != "tmx":
        raise ReviewFileError(f"not a TMX file (root element <{root.tag}>)", path=path)
    header = root.find("header")
    body = root.find("body")
    if header is None or body is None:
        raise ReviewFileError("TMX without <header> or <body>", path=path)
    header_src = (header.get("srclang") or "*all*").strip()
    out: list[TMEntry] = []
    skipped: dict[str, int] = {}

    def skip(why: str) -> None:
        skipped[why] = skipped.get(why, 0) + 1

    usable: dict[str, bool] = {}

    def has_profile(tag: str) -> bool:
        if tag not in usable:
            try:
                get_profile(tag)
                usable[tag] = True
            except UnknownLocaleError:
                usable[tag] = False
        return usable[tag]

    for n, tu in enumerate(body.iter("tu"), start=1):
        variants: list[tuple[str, str]] = []
        for tuv in tu.findall("tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang")
            seg = tuv.find("seg")
            if not lang or seg is None:
                raise ReviewFileError(
                    f"<tu> #{n}: <tuv> without a language or <seg>", path=path, line=doc.line(tuv)
                )
            if not _LANG_TAG.match(lang.strip()):
                raise ReviewFileError(
                    f"<tu> #{n}: {lang[:40]!r} is not a language tag", path=path, line=doc.line(tuv)
                )
            try:
                # held to the rule article text is held to on input: a C1 control (U+0080 to
                # U+009F, which XML 1.0 carries) or DEL becomes a space, one for one
                text = clean_text(_seg_text(seg), source=path)
            except ValueError as exc:
                raise ReviewFileError(f"<tu> #{n}: {exc}", path=path, line=doc.line(seg)) from None
            variants.append((bcp47_tag(lang), text))
        if len(variants) < 2:
            continue
        srclang = (tu.get("srclang") or header_src).strip()
        if srclang != "*all*" and not _LANG_TAG.match(srclang):
            raise ReviewFileError(
                f"<tu> #{n}: srclang {srclang[:40]!r} is not a language tag", path=path,
                line=doc.line(tu),
            )
        source = _pick_source(variants, srclang)
        if source is None:
            skip(f"with no <tuv> in srclang {bcp47_tag(srclang)}")
            continue
        source_lang = source[0].split("-")[0]
        props: dict[str, Any] = {str(p.get("type")): p.text for p in tu.findall("prop")}
        # two targets in one locale that differ: the unit does not say which is the
        # translation (the store kept the last without a word; fuzz35); one left out for both
        texts: dict[str, set[str]] = {}
        for lang, text in variants:
            if (lang, text) != source and not is_blank(text):
                texts.setdefault(lang.lower(), set()).add(text)
        done: set[str] = set()
        for lang, text in variants:
            if (lang, text) == source or is_blank(text) or is_blank(source[1]):
                continue
            if lang.split("-")[0] == source_lang:
                skip(f"{source_lang}->{lang} (the source's language)")
                continue
            if lang.lower() in done:  # the same text again, or an ambiguous locale counted
                continue
            done.add(lang.lower())
            if len(texts[lang.lower()]) > 1:
                skip(f"{source_lang}->{lang[:40]} (two <tuv>s with different texts)")
                continue
            if not has_profile(lang):
                skip(f"->{lang[:40]} (no locale profile)")
                continue
            if text != source[1] and (script := foreign_script(text, lang)):
                skip(f"{source_lang}->{lang[:40]} (its text is in {script} script)")
                continue
            if passed_through(source[1], text, source_lang):
                # the source's own words under the target's tag (a tool's "copy source to
                # target", never translated): reused, every later identical sentence would be
                # published in the source's language with no finding (fuzz40)
                skip(f"{source_lang}->{lang[:40]} (its text is the source's words, untranslated)")
                continue
            if in_source_language(text, source_lang, lang.split("-")[0].lower()):
                # another sentence in the source's language under the target's tag (fuzz41)
                skip(f"{source_lang}->{lang[:40]} (its text is in {source_lang}, untranslated)")
                continue
            other = in_other_language(text, source_lang, lang.split("-")[0].lower())
            if other:  # a third language under the target's tag (fuzz42)
                skip(f"{source_lang}->{lang[:40]} (its text is in {other}, not {lang[:40]})")
                continue
            out.append(
                TMEntry(
                    source_lang=source_lang,
                    target_locale=lang,
                    source=source[1],
                    target=text,
                    origin_file=origin or props.get("x-origin-file") or path,
                    article=props.get("x-article"),
                    segment=props.get("x-segment"),
                    created=_iso_date(tu.get("creationdate")),
                    updated=_iso_date(tu.get("changedate")),
                )
            )
    # one sentence given different texts for one locale by two units (a tuid repeated, or two
    # tools' memories joined): as two <tuv>s of one unit, which is the translation? The store
    # kept the last and the import counted both (fuzz40); all of them left out and counted
    texts_of: dict[tuple[str, str, str], set[str]] = {}
    for e in out:
        texts_of.setdefault((e.source_lang, e.target_locale.lower(), e.source), set()).add(e.target)
    kept: list[TMEntry] = []
    for e in out:
        if len(texts_of[(e.source_lang, e.target_locale.lower(), e.source)]) > 1:
            skip(f"{e.source_lang}->{e.target_locale[:40]} (units giving one sentence different"
                 " texts)")
            continue
        kept.append(e)
    return TMXRead(kept, skipped)


def _pick_source(variants: list[tuple[str, str]], srclang: str) -> tuple[str, str] | None:
    """The source ``<tuv>``: the one tagged ``srclang`` (its language if no tag is exactly
    it); ``*all*`` takes the first; None when no ``<tuv>`` has that language."""
    if srclang == "*all*":
        return variants[0]
    from .locales import bcp47_tag

    want = bcp47_tag(srclang).lower()
    for lang, text in variants:
        if lang.lower() == want:
            return lang, text
    for lang, text in variants:
        if lang.split("-")[0].lower() == want.split("-")[0]:
            return lang, text
    return None


def reuse(store: Store, segments: Sequence[Any], locale: str) -> dict[int, str]:
    """Confirmed translations for pipeline segments (``Segment`` objects), by segment index."""
    by_lang: dict[str, list[int]] = {}
    for i, seg in enumerate(segments):
        if seg.source.strip():
            by_lang.setdefault(seg.lang, []).append(i)
    hits: dict[int, str] = {}
    for lang, indexes in by_lang.items():
        found = lookup(store, lang, locale, [segments[i].source for i in indexes])
        for i in indexes:
            if segments[i].source in found:
                hits[i] = found[segments[i].source]
    return hits
