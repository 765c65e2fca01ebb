"""The translator's review loop: a corrected XLIFF or PO file back into editions and the TM.

``apply_review`` reads the reviewed file (XLIFF through defusedxml, PO through
``read_po(abort_invalid=True)``), checks that it belongs to the edition it claims (article id,
segment ids and a fingerprint of every source sentence, against the JSON edition), rebuilds the
edition with the confirmed sentences, stores them in the translation memory in one transaction,
and only then writes the files. A refused file changes nothing.

A sentence counts as confirmed when the translator says so: XLIFF ``state`` reviewed/final, or a
changed target; PO: no longer ``fuzzy``, or a changed ``msgstr`` (even when the translator left
``#, fuzzy``: an edit is a correction; the result says so). Every sentence not confirmed gets
the reason it was skipped. Untouched sentences keep their machine origin and label.

A review file is stale when the source sentences or the translation it was exported with
changed (``source-hash``, ``target-hash``), not when the same run wrote the edition again.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from . import inline, jsontext
from .check import CheckContext, check_reviewed_untranslated, is_blank, run_checks
from .errors import InputError, ReviewFileError, TranslateError
from .fsutil import TooLargeError, larger_than, read_regular
from .inline import NotationError, from_tags
from .model import (
    Article,
    Block,
    Dropped,
    Edition,
    EditionBlock,
    EditionReports,
    EditionStats,
    Finding,
    InlineSpan,
    LanguageGuess,
    Segment,
    Signature,
    TranslatedSegment,
)
from .publish import HELD_DIR
from .regexcache import compile as re_compile
from .safexml import utf8_under_another_charset
from .store import Store
from .tm import TMEntry, parse_xml, put, read_bytes
from .write.meta import FORMAT_ID, edition_fingerprint, target_fingerprint
from .write.po import INLINE_COMMENT
from .write.po import LINE_BREAK_COMMENT as PO_LINE_BREAK
from .write.xliff import MDA_NS, META_CATEGORY, XLIFF_NS

XLIFF1_NS = "urn:oasis:names:tc:xliff:document:1.2"
DEFAULT_FORMATS = ("md", "json", "html")
# A JSON edition (`review apply --edition`, `review page`, a feed's held items) over this is refused
# before it is read. The largest the product writes under the default article limit (200,000
# characters) is 15.0 MB, for 66,000 one-letter paragraphs (33,000 blocks of ~450 bytes each: ids,
# offsets, source, target); the longest real article of the corpus (88,000 characters, 328 blocks)
# gives 2.2 MB. 64 MiB is 4.5 and 30 times those, and the figure of the XLIFF, PO and TMX read
# with it (`safexml.MAX_XML_BYTES`); loading holds about 6 times the file (85 MB for the 15 MB one).
# (benchmarks/results/fuzz32-largest_legitimate-2026-12-06.txt)
MAX_EDITION_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ReviewedSegment:
    id: str
    source: str
    target: str | None
    state: str  # XLIFF state, or "fuzzy"/"translated" for PO
    # the target's inline markup, (start, end, number of the source span from 1): None when
    # the target carries none (then links are found again by their words)
    target_inline: list[tuple[int, int, int]] | None = None


@dataclass
class ReviewFile:
    """A reviewed file as read: its metadata and its segments in file order."""

    path: str
    kind: str  # xliff | po
    meta: dict[str, str]
    segments: list[ReviewedSegment]


@dataclass
class ReviewResult:
    """What ``apply_review`` did."""

    edition: Edition
    confirmed: list[str]
    stored: int
    files: list[Path] = field(default_factory=list)
    edition_path: Path | None = None
    notes: list[SegmentNote] = field(default_factory=list)  # why each other sentence was not
    released: bool = False  # a held edition (OUT/held/) written into OUT and out of the queue
    still_held: list[str] = field(default_factory=list)  # held: unconfirmed blocking sentences
    # sentence id -> the blocking findings the reviewer's own text raised and the text the
    # reviewer saw did not (a number changed, dropped or added): not confirmed by this apply
    introduced: dict[str, list[Finding]] = field(default_factory=dict)
    # sentence id -> the warnings a confirmed reviewer's text raised of itself (a short text
    # that may be in the source's language, fuzz46): confirmed and stored, and said
    cautions: dict[str, list[Finding]] = field(default_factory=dict)

    @property
    def skipped(self) -> list[SegmentNote]:
        return [n for n in self.notes if not n.confirmed]

    @property
    def edited_fuzzy(self) -> list[SegmentNote]:
        """Edited sentences the translator left fuzzy (or XLIFF state initial): counted."""
        return [n for n in self.notes if n.confirmed]


@dataclass(frozen=True)
class SegmentNote:
    """What ``apply`` decided for one sentence beyond plain confirmation, and why."""

    id: str
    confirmed: bool
    reason: str

    def to_dict(self) -> dict[str, object]:
        return {"segment": self.id, "confirmed": self.confirmed, "reason": self.reason}


# -- reading reviewed files --------------------------------------------------------------------


def _q(tag: str, ns: str = XLIFF_NS) -> str:
    return f"{{{ns}}}{tag}"


_INLINE = frozenset(_q(t) for t in ("cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"))


def _text(elem: Any) -> str:
    """Text content with inline markup (``<mrk>``, ``<pc>``) unwrapped, ``<cp>`` decoded and
    other codes (``<ph>``, ``<sc>``, ``<ec>``) dropped. An element that is not XLIFF 2 inline
    markup (``<script>`` of XHTML typed into a target, a tool's own element) is refused: its
    text would reach the edition and the memory as if it were the translator's."""
    out = [elem.text or ""]
    for child in elem:
        if not isinstance(child.tag, str):  # a comment or a processing instruction
            out.append(child.tail or "")
            continue
        if child.tag not in _INLINE:
            name = child.tag.rsplit("}", 1)[-1]
            raise ReviewFileError(f"<{name[:40]}> is not XLIFF inline markup (in a segment)")
        if child.tag == _q("cp"):
            try:
                code = int(str(child.get("hex")), 16)
                if code == 0 or 0xD800 <= code <= 0xDFFF:
                    raise ValueError("not a character an edition can hold")
                out.append(chr(code))
            except (ValueError, OverflowError):
                raise ReviewFileError(f"bad <cp hex={child.get('hex')!r}>") from None
        else:
            out.append(_text(child))
        out.append(child.tail or "")
    return "".join(out)


_PC_ID = re_compile(r"p(\d{1,4})(?:-\d{1,4})?")


def _pc_spans(elem: Any, known: set[int]) -> list[tuple[int, int, int]] | None:
    """The ``<pc>`` elements of a target as (start, end, number) over :func:`_text`; None when
    there are none. A ``<pc>`` or ``<ph>`` whose id names no ``<pc>``/``<ph>`` of the source is
    refused (a ``<ph>`` holds no text: it would be dropped without a word)."""
    spans: list[tuple[int, int, int]] = []
    text = _text(elem)
    ids: set[str] = set()

    def walk(el: Any, pos: int) -> int:
        pos += len(el.text or "")
        for child in el:
            if not isinstance(child.tag, str):  # a comment: _text skips it
                pos += len(child.tail or "")
                continue
            if child.tag in (_q("pc"), _q("ph")):
                # XLIFF 2.0 wants inline ids unique in a unit's target: one link given twice
                # was published twice; refused, as a PO target's `<1>` twice is
                pid = str(child.get("id", ""))
                if pid in ids:
                    raise ReviewFileError(f"<{child.tag.rsplit('}', 1)[-1]} id={pid[:20]!r}>"
                                          " appears twice in a target")
                ids.add(pid)
            start = pos
            pos = pos + 1 if child.tag == _q("cp") else walk(child, pos)  # as _text counts
            if child.tag == _q("ph"):  # a line break: on the space before it
                m = _PC_ID.fullmatch(str(child.get("id", "")))
                if m is None or int(m.group(1)) not in known:  # it would be dropped unsaid
                    raise ReviewFileError(
                        f"<ph id={child.get('id')!r}> in a target is not markup of its source"
                    )
                if pos and text[pos - 1].isspace():
                    spans.append((pos - 1, pos, int(m.group(1))))
            if child.tag == _q("pc"):
                m = _PC_ID.fullmatch(str(child.get("id", "")))
                if m is None or int(m.group(1)) not in known:
                    raise ReviewFileError(
                        f"<pc id={child.get('id')!r}> in a target is not markup of its source"
                    )
                if pos > start:
                    spans.append((start, pos, int(m.group(1))))
            pos += len(child.tail or "")
        return pos

    walk(elem, 0)
    return sorted(spans) or None


def _pc_known(elem: Any) -> set[int]:
    out: set[int] = set()
    for pc in (e for e in elem.iter() if e.tag in (_q("pc"), _q("ph"))):
        m = _PC_ID.fullmatch(str(pc.get("id", "")))
        if m:
            out.add(int(m.group(1)))
    return out


def _corrected(target: str, segment: str, where: str) -> str:
    """A translator's target held to the rule article text is held to on input
    (:func:`translate.read.clean_text`): a stray control character (typed raw into a PO
    string, or an XLIFF ``<cp hex="7"/>``) becomes a space and a noncharacter U+FFFD, one for
    one (inline spans hold), so that no edition carries what the source's text could not."""
    from .read import clean_text

    try:
        return clean_text(target, source=segment)
    except InputError:
        raise ReviewFileError(
            f"segment {segment[:40]}: a NUL character in its target", path=where
        ) from None


def read_xliff(path: Path) -> ReviewFile:
    """A reviewed XLIFF 2.x file (hostile XML refused by :func:`translate.tm.parse_xml`)."""
    where = str(path)
    root = parse_xml(read_bytes(path), where)
    try:
        return _read_xliff_root(root, where)
    except RecursionError:  # _text recurses into inline markup
        raise ReviewFileError("inline markup nested too deeply", path=where) from None
    except ReviewFileError as exc:
        if exc.path is None:
            raise ReviewFileError(exc.message, path=where) from None
        raise


def _read_xliff_root(root: Any, where: str) -> ReviewFile:
    if root.tag == _q("xliff", XLIFF1_NS):
        raise ReviewFileError(
            "XLIFF 1.2 is not supported",
            path=where,
            hint="export XLIFF 2.0 from your tool, or review the .po file",
        )
    if root.tag != _q("xliff") or not str(root.get("version", "")).startswith("2."):
        raise ReviewFileError(f"not an XLIFF 2 document (root <{root.tag}>)", path=where)
    files = root.findall(_q("file"))
    if len(files) != 1:
        raise ReviewFileError(f"expected one <file>, found {len(files)}", path=where)
    meta: dict[str, str] = {}
    for group in files[0].iter(_q("metaGroup", MDA_NS)):
        if group.get("category") == META_CATEGORY:
            for item in group.findall(_q("meta", MDA_NS)):
                meta[str(item.get("type"))] = _text(item)
    meta.setdefault("locale", str(root.get("trgLang", "")))
    if root.get("trgLang") and root.get("trgLang") != meta["locale"]:
        raise ReviewFileError(
            f"trgLang {root.get('trgLang')!r} does not match the edition's "
            f"locale {meta['locale']!r}",
            path=where,
        )
    # XLIFF 2.0 wants a unit's id unique in its <file> (as a segment's, checked in `verify`):
    # two units sharing one are two versions of one block, of which the second was applied
    # without a word; refused like a segment that appears twice
    units: set[str] = set()
    for unit in files[0].iter(_q("unit")):
        uid = str(unit.get("id", ""))
        if not uid:  # XLIFF 2.0 requires it; the tool that dropped it may have dropped more
            raise ReviewFileError("a <unit> without id", path=where,
                                  hint="unit and segment ids must be kept as exported")
        if uid in units:
            raise ReviewFileError(f"unit {uid[:40]!r} appears twice", path=where,
                                  hint="unit and segment ids must be unique")
        units.add(uid)
    segments: list[ReviewedSegment] = []
    # a unit marked translate="no" (a code block) is carried verbatim: nothing to apply
    held = {id(seg) for unit in files[0].iter(_q("unit")) if unit.get("translate") == "no"
            for seg in unit.iter(_q("segment"))}  # fmt: skip
    for seg in files[0].iter(_q("segment")):
        if id(seg) in held:
            continue
        source = seg.find(_q("source"))
        target = seg.find(_q("target"))
        if source is None or not seg.get("id"):
            raise ReviewFileError("a <segment> without id or <source>", path=where)
        segments.append(
            ReviewedSegment(
                str(seg.get("id")),
                _text(source),
                None if target is None else _corrected(_text(target), str(seg.get("id")), where),
                str(seg.get("state", "initial")),
                None if target is None else _pc_spans(target, _pc_known(source)),
            )
        )
    return ReviewFile(where, "xliff", meta, segments)


_PO_META = re_compile(r"X-Translate-([A-Za-z-]+):\s*(\S+)")


_PO_STRING_LINE = re_compile(
    r'(?:#~\s*)?(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\.)*"\s*'
)
_PO_KEYWORD = re_compile(r'(?:#~\s*)?(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\b|"')


# the escapes Babel's reader turns back into characters (``babel.messages.pofile.unescape``);
# any other (gettext's octal ``\303`` and hex ``\x41``, or ``\q``) it keeps as a backslash
# and letters, which would reach the edition and the memory as the translator's words
_PO_ESCAPE = re_compile(r"\\([0-7]{1,3}|x[0-9A-Fa-f]{1,8}|.)")
_PO_ESCAPES_READ = frozenset('\\abfnrtv"')


def _check_po_strings(data: bytes, where: str) -> None:
    """Refuse a quoted string that is not closed (Babel would quietly cut its last character
    and that mangled text would reach the translation memory), or that holds an escape Babel
    does not read (it would stay a backslash and letters in the translator's sentence)."""
    text = data.decode("utf-8", errors="replace")
    # PO lines end at "\n" only (as gettext and Babel read them): str.splitlines would also
    # cut at U+2028, U+0085, VT, FF... which a sentence may hold inside its quotes
    for n, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not _PO_KEYWORD.match(stripped):
            continue
        if not _PO_STRING_LINE.fullmatch(stripped):
            raise ReviewFileError(
                "malformed PO file: unterminated or stray quoted string", path=where, line=n
            )
        for m in _PO_ESCAPE.finditer(stripped):
            if m.group(1) not in _PO_ESCAPES_READ:
                raise ReviewFileError(
                    f"malformed PO file: the escape {m.group()} is not read (write the "
                    "character itself)", path=where, line=n,
                )  # fmt: skip


_PO_CHARSET = re_compile(r"charset=([A-Za-z0-9_.:+-]{1,40})")


def _po_as_utf8(data: bytes, where: str) -> bytes:
    """A PO file's bytes as UTF-8: decoded in the charset its header declares (gettext's
    ``Content-Type: text/plain; charset=ISO-8859-1``, as Poedit and msgconv write it), the
    declaration then rewritten. A UTF-8 byte-order mark (as Notepad saves) is skipped. Bytes
    that are not of that charset, an unknown charset, a byte-order mark over another charset,
    or a UTF-16/UTF-32 file (gettext reads PO files in an 8-bit charset) are refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raise ReviewFileError(
            "malformed PO file: UTF-16 or UTF-32 text (PO files are UTF-8 or an 8-bit "
            "charset: save it as UTF-8)", path=where,
        )  # fmt: skip
    found = _PO_CHARSET.search(data[:65536].decode("latin-1"))
    declared = found.group(1) if found else "utf-8"
    if declared.upper() == "CHARSET":  # gettext's template placeholder
        declared = "utf-8"
    import codecs

    if data.startswith(codecs.BOM_UTF8):  # as Notepad saves UTF-8: a mark, not text
        if declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
            raise ReviewFileError(
                f"malformed PO file: it starts with UTF-8's byte-order mark but its header "
                f"declares charset {declared}", path=where,
            )  # fmt: skip
        data = data[len(codecs.BOM_UTF8):]
    try:
        codec = codecs.lookup(declared)
    except LookupError:
        raise ReviewFileError(
            f"malformed PO file: unknown charset {declared!r} in its header", path=where
        ) from None
    if codec.name == "utf-8":
        codec = codecs.lookup("utf-8")
    if utf8_under_another_charset(data, declared):
        raise ReviewFileError(
            f"malformed PO file: its header declares charset {declared} but its bytes are UTF-8 "
            f"text (read as {declared}, every accented letter would be two characters): declare "
            "charset=UTF-8", path=where,
        )  # fmt: skip
    try:
        text = data.decode(codec.name)
    except UnicodeDecodeError as exc:
        raise ReviewFileError(
            f"malformed PO file: not {declared} text, as its header declares (byte "
            f"0x{data[exc.start]:02x})", path=where, line=data.count(b"\n", 0, exc.start) + 1,
        ) from None  # fmt: skip
    if codec.name == "utf-8":
        return data
    return text.replace(f"charset={declared}", "charset=utf-8", 1).encode("utf-8")


_PO_CONTEXT = re_compile(r'^msgctxt[ \t]+((?:"(?:[^"\\\n]|\\.)*"[ \t]*(?:\n|$))+)', re.MULTILINE)


def _check_po_contexts(data: bytes, where: str) -> None:
    """Refuse a message context (segment id) written twice: Babel keeps the last of two
    messages with one context and drops the other without a word, so one of the translator's
    two versions of a sentence would be lost."""
    text = data.decode("utf-8", errors="replace")
    seen: dict[str, int] = {}
    for m in _PO_CONTEXT.finditer(text):
        context = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1)))
        line = text.count("\n", 0, m.start()) + 1
        if context in seen:
            raise ReviewFileError(
                f"segment {context[:40]!r} appears twice (lines {seen[context]} and {line})",
                path=where, line=line,
            )  # fmt: skip
        seen[context] = line


def read_po_file(path: Path) -> ReviewFile:
    """A reviewed PO file, read strictly (a malformed file is refused with its line)."""
    from babel.messages.pofile import PoFileError, read_po

    where = str(path)
    data = _po_as_utf8(read_bytes(path), where)
    _check_po_strings(data, where)
    _check_po_contexts(data, where)
    try:
        catalog = read_po(io.BytesIO(data), abort_invalid=True, charset="utf-8")
    except PoFileError as exc:
        raise ReviewFileError(
            f"malformed PO file: {exc}", path=where, line=getattr(exc, "lineno", None)
        ) from None
    except (UnicodeDecodeError, ValueError, LookupError) as exc:
        raise ReviewFileError(f"malformed PO file: {exc}", path=where) from None
    header = " ".join(
        line.lstrip("#").strip() for line in (catalog.header_comment or "").splitlines()
    )
    meta = {key.lower(): value for key, value in _PO_META.findall(header)}
    segments: list[ReviewedSegment] = []
    for message in catalog:
        if not message.id:
            continue
        if not isinstance(message.id, str):
            raise ReviewFileError(
                "plural messages (msgid_plural) are not sentences of an edition",
                path=where,
                line=message.lineno,
            )
        if not message.context:
            raise ReviewFileError(
                f"message {str(message.id)[:40]!r} has no msgctxt segment id",
                path=where,
                line=message.lineno,
            )
        target = message.string if isinstance(message.string, str) else None
        source: str = message.id
        if PO_LINE_BREAK in message.auto_comments:  # the "\n" that stands for a <br> after it
            source = source.removesuffix("\n")
            target = target.removesuffix("\n") if target else target
        spans: list[tuple[int, int, int]] | None = None
        if any(c.startswith(INLINE_COMMENT) for c in message.auto_comments):
            try:  # the inline notation (translate.write.po): <1>words</1>
                source, source_spans = from_tags(source)
                if target:
                    target, spans = from_tags(target, {n for _, _, n in source_spans})
            except NotationError as exc:
                raise ReviewFileError(
                    f"inline markup of {message.context}: {exc}",
                    path=where,
                    line=message.lineno,
                    hint="every <n> needs its </n>, in order, and only the numbers of the msgid",
                ) from None
        elif target and (stray := [tag for tag in inline.notation_tags(target)
                                   if tag not in inline.notation_tags(source)]):
            # a message with no inline markup is text, where the notation's tags would be
            # published as "<3>" (fuzz37: a tag copied from another message); XLIFF refuses a
            # <pc> its source lacks, PO does the same
            raise ReviewFileError(
                f"inline markup of {message.context}: {stray[0]} is not markup of the source"
                " (its msgid has none)",
                path=where,
                line=message.lineno,
                hint="every <n> needs its </n>, in order, and only the numbers of the msgid",
            )
        segments.append(
            ReviewedSegment(
                message.context,
                source,
                _corrected(target, message.context, where) if target else None,
                "fuzzy" if message.fuzzy else "translated",
                spans or None,
            )
        )
    return ReviewFile(where, "po", meta, segments)


def read_review_file(path: Path) -> ReviewFile:
    if not path.exists():
        raise InputError("no such file", path=str(path))
    suffix = path.suffix.lower()
    if suffix in (".xlf", ".xliff", ".xlf2"):
        return read_xliff(path)
    if suffix in (".po", ".pot"):
        return read_po_file(path)
    raise ReviewFileError(
        "unknown review file type", path=str(path), hint="expected .xlf/.xliff or .po"
    )


# -- the JSON edition ---------------------------------------------------------------------------


def _guess(data: Any) -> LanguageGuess | None:
    if not isinstance(data, dict):
        return None
    return LanguageGuess(
        str(data["lang"]), float(data.get("confidence", 0.0)), str(data.get("method", "none"))
    )


def _finding(data: dict[str, Any]) -> Finding:
    return Finding(
        check=str(data["check"]),
        severity=data["severity"],
        message=str(data["message"]),
        segment=data.get("segment"),
        source_span=tuple(data["source_span"]) if data.get("source_span") else None,  # type: ignore[arg-type]
        target_span=tuple(data["target_span"]) if data.get("target_span") else None,  # type: ignore[arg-type]
        data=dict(data.get("data", {})),
    )


def _joiner(block: dict[str, Any], segs: list[TranslatedSegment]) -> str:
    """How the block's sentences were joined: the JSON keeps the joined target."""
    targets = [s.target for s in segs if s.target]
    for joiner in (" ", ""):
        if joiner.join(targets) == block.get("target"):
            return joiner
    return " "


def _cell(value: Any) -> tuple[int, int, int] | None:
    """A block's ``cell`` as the JSON writer writes it ([table, row, column]), else None."""
    if not isinstance(value, list) or len(value) != 3:
        return None
    if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 100_000 for v in value):
        return None
    return value[0], value[1], value[2]


def _string(value: Any, what: str) -> str:
    """A field the JSON writer writes as a string; TypeError (a refused edition) otherwise: an
    edited ``"source": true`` failed later as an internal error (the fuzzer's json-hostile)."""
    if not isinstance(value, str):
        raise TypeError(f"{what} is {type(value).__name__}, not a string")
    return value


# a control character (not a tab or a line end): the reader turns every one into a space
# (``read.clean_text``), so no edition of ours holds one in a text or a field its formats write
_EDITION_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _no_control(value: Any, what: str) -> None:
    """ValueError (a refused edition) when ``value``, a string or a dict of strings, holds a
    control character: an edited JSON edition's ``"engine": "embe\\u007fdded"`` went into the
    HTML edition ``review apply`` wrote, a file no HTML reader takes whole (fuzz53)."""
    items = value.items() if isinstance(value, dict) else [(None, value)]
    for key, text in items:
        bad = _EDITION_CONTROL.search(text) if isinstance(text, str) else None
        if bad is not None:
            where = f"{what}'s {key}" if key is not None else what
            raise ValueError(f"{where} holds the control character U+{ord(bad.group()):04X}")


def _any_text(value: Any, what: str) -> None:
    """What :func:`_no_control` is where control characters are let through (the review page)."""


MAX_ID_BYTES = 200  # the pipeline's own ids are slugs of at most 60 characters and a hash


def _name_part(value: Any, what: str) -> str:
    """A field the edition's file names are made of (``<article id>.<locale>.json``, the review
    page, the edition ``review apply`` writes): one plain part of a file name, or ValueError (a
    refused edition). A JSON edition is read from outside (a translator sends it back with the
    review file): an article id ``../../x`` or ``/etc/x`` made ``review apply`` write the
    edited edition outside its folder and ``review page`` fail as an internal error (fuzz39).
    No separator (``/``, ``\\``), no control character, not empty, not beginning with a dot,
    at most ``MAX_ID_BYTES`` bytes of UTF-8."""
    text = _string(value, what)
    if (not text or text.startswith(".") or "/" in text or "\\" in text
            or any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in text)
            or len(text.encode("utf-8", "surrogatepass")) > MAX_ID_BYTES):
        shown = text if len(text) <= 60 else text[:60] + "..."
        raise ValueError(f"{what} {shown!r} is not a plain file name (the edition's files are"
                         " named after it)")
    return text


def edition_from_dict(data: dict[str, Any], *, controls: bool = False) -> Edition:
    """Rebuild an :class:`Edition` from the JSON writer's output (raises KeyError/TypeError).

    A control character in its texts and fields is refused (ValueError) unless ``controls``:
    the review page shows one as U+FFFD so that a translator can find it (fuzz48), while every
    edition written from it (``review apply``) refuses it (fuzz53)."""
    check = _no_control if not controls else _any_text
    art = data["article"]
    blocks: list[Block] = []
    edition_blocks: list[EditionBlock] = []
    for key in ("locale", "language", "source_language", "created", "direction"):
        check(data.get(key), f"the {key}")
    check(data["signature"], "the signature")
    check(art.get("source"), "the article's source")
    check(art.get("title"), "the title")
    for i, b in enumerate(data["blocks"]):
        check(_string(b["source"], f"block {i}'s source"), f"block {i}'s source")
        _string(b["kind"], f"block {i}'s kind")
        for s in b["segments"]:
            check(_string(s["source"], f"a segment's source in block {i}"),
                        f"a segment's source in block {i}")
            check(_string(s["target"], f"a segment's target in block {i}"),
                        f"a segment's target in block {i}")
        lang = _guess(b.get("language"))
        number = b.get("number")
        number = number if isinstance(number, int) and not isinstance(number, bool) else None
        info = str(b.get("info") or "")
        cell = _cell(b.get("cell"))
        blocks.append(
            Block(kind=b["kind"], text=b["source"], level=int(b.get("level", 0)), lang=lang,
                  number=number, info=info, cell=cell)
        )  # fmt: skip
        segs = []
        cursor = 0
        for k, s in enumerate(b["segments"]):
            at = str(b["source"]).find(str(s["source"]), cursor)  # offsets in the block
            start = at if at >= 0 else 0
            cursor = start + len(s["source"]) if at >= 0 else cursor
            segment = Segment(
                str(s["id"]),
                i,
                k,
                str(s["source"]),
                start,
                start + len(s["source"]),
                str(s.get("language") or data["source_language"]),
            )
            segs.append(
                TranslatedSegment(
                    segment,
                    str(s["target"]),
                    s.get("origin", "mt"),
                    [_finding(f) for f in s.get("findings", [])],
                    list(s.get("terms", [])),
                )
            )
        edition_blocks.append(
            EditionBlock(
                b["kind"],
                int(b.get("level", 0)),
                b["source"],
                segs,
                lang,
                joiner=_joiner(b, segs),
                source_inline=[InlineSpan.from_dict(x) for x in b.get("source_inline", [])],
                inline=[InlineSpan.from_dict(x) for x in b.get("inline", [])],
                number=number,
                info=info,
                cell=cell,
                caption=b.get("caption") is True,
            )
        )
    article = Article(
        id=_name_part(art["id"], "the article id"),
        blocks=blocks,
        source=str(art.get("source", "")),
        format=str(art.get("format", "txt")),
        title=None if art.get("title") is None else _string(art["title"], "the title"),
        meta=dict(art.get("meta") or {}),
        dropped=[Dropped(_string(d["text"], "a dropped text"), str(d["rule"]), str(d["reason"]))
                 for d in data.get("dropped", [])],
        lang=_guess(art.get("language")),
    )
    sig = {k: v for k, v in data["signature"].items() if k != "signature"}
    from .locales import get_profile

    joiner = get_profile(data["locale"]).sentence_joiner
    for block in edition_blocks:
        block.joiner = joiner
    return Edition(
        article=article,
        locale=str(data["locale"]),
        source_lang=str(data["source_language"]),
        target_lang=str(data["language"]),
        direction="rtl" if data.get("direction") == "rtl" else "ltr",
        blocks=edition_blocks,
        signature=Signature(**sig),
        created=str(data["created"]),
        findings=[_finding(f) for f in data.get("findings", [])],
        stats=cast(EditionStats, dict(data.get("stats", {}))),  # as written by write.json
        reports=cast(EditionReports, dict(data.get("reports", {}))),
        # marked for review by the publication policy "mark": the mark stays until review
        review_required=(data.get("review") or {}).get("required") is True,
    )


def load_edition(path: Path, *, controls: bool = False) -> Edition:
    try:
        data = jsontext.loads(read_regular(path, MAX_EDITION_BYTES).decode("utf-8"))
        bad = jsontext.lone_surrogate(data)
        if bad is not None:  # a JSON escape of half a character: no page or file can carry it
            raise ReviewFileError(f"not a JSON edition: it holds a lone surrogate ({bad}), "
                                  "which is not text", path=str(path))  # fmt: skip
        return edition_from_dict(data, controls=controls)
    except ReviewFileError:
        raise
    except TooLargeError:  # from its size, before a byte is read
        raise ReviewFileError(larger_than(MAX_EDITION_BYTES, "JSON edition"),
                              path=str(path)) from None
    except FileNotFoundError:
        raise InputError("no such file (the JSON edition)", path=str(path)) from None
    except OSError as exc:
        raise ReviewFileError(
            f"cannot read the edition: {exc.strerror or exc}", path=str(path)
        ) from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # e.g. a list for a dict
        raise ReviewFileError(
            f"not a JSON edition ({type(exc).__name__}: {exc})", path=str(path)
        ) from None
    except TranslateError as exc:
        raise ReviewFileError(
            f"edition with an unusable locale: {exc.message}", path=str(path)
        ) from None


def find_edition(review: ReviewFile, explicit: Path | None, out_dir: Path | None) -> Path:
    """The JSON edition the reviewed file was exported from."""
    if explicit is not None:
        return explicit
    if not review.meta.get("edition") and not (
        review.meta.get("article") and review.meta.get("locale")
    ):
        raise ReviewFileError(
            "not a review file exported by translate (no edition metadata)",
            path=review.path,
            hint="export it with translate run --format xliff,po",
        )
    name = (
        review.meta.get("edition")
        or f"{review.meta.get('article')}.{review.meta.get('locale')}.json"
    )
    if "/" in name or "\\" in name or name.startswith("."):
        raise ReviewFileError(f"edition name {name!r} is not a plain file name", path=review.path)
    folders = [f for f in (out_dir, Path(review.path).parent) if f is not None]
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    raise ReviewFileError(
        f"cannot find the edition {name} in {', '.join(map(str, folders))}",
        path=review.path,
        hint="pass --edition PATH/TO/EDITION.json",
    )


# -- verifying and applying ---------------------------------------------------------------------


def verify(review: ReviewFile, edition: Edition) -> None:
    """Refuse a file that is not the review of exactly this edition's source sentences, and put
    its sentences in the edition's order (a tool that sorted the file changed nothing else)."""
    where = review.path
    meta = review.meta
    if meta.get("format") != FORMAT_ID or "source-hash" not in meta:
        raise ReviewFileError(
            "not a review file exported by translate (no edition metadata)",
            path=where,
            hint="export it with translate run --format xliff,po",
        )
    if meta.get("article") != edition.article.id:
        raise ReviewFileError(
            f"file is for article {meta.get('article')!r}, the edition is {edition.article.id!r}",
            path=where,
        )
    if meta.get("locale") != edition.locale:
        raise ReviewFileError(
            f"file is for {meta.get('locale')!r}, the edition is {edition.locale!r}", path=where
        )
    current = edition_fingerprint(edition)
    if meta["source-hash"] != current:
        raise ReviewFileError(
            "stale: the article's source text changed since this file was exported",
            path=where,
            hint="translate the article again and review the new file",
        )
    if "target-hash" in meta:
        # same sentences, translated differently since the export: the file's untouched
        # machine targets would differ from the edition's and be taken for confirmed edits
        history = edition.reports.get("review", {}).get("history", [])
        known = {target_fingerprint(edition), *(str(h.get("target-hash")) for h in history)}
        if meta["target-hash"] not in known:
            raise ReviewFileError(
                "stale: the translation changed since this file was exported",
                path=where,
                hint="review the file exported with the current edition",
            )
    elif meta.get("created") and meta["created"] != edition.created:  # files of older versions
        # same sentences, translated again: the file's untouched machine targets would differ
        # from the edition's and be taken for the translator's confirmed edits
        raise ReviewFileError(
            f"stale: the file was exported from the edition of {meta['created']}, the edition"
            f" is of {edition.created}",
            path=where,
            hint="review the file exported with the current edition",
        )
    by_id = {s.id: s for s in edition.segments}
    seen: set[str] = set()
    for seg in review.segments:
        if seg.id in seen:
            raise ReviewFileError(f"segment {seg.id} appears twice", path=where)
        seen.add(seg.id)
        original = by_id.get(seg.id)
        if original is None:
            raise ReviewFileError(f"segment {seg.id} is not in the edition", path=where)
        if seg.source != original.source:
            raise ReviewFileError(
                f"the source of segment {seg.id} was edited: {seg.source[:60]!r}",
                path=where,
                hint="only targets may change",
            )
    missing = [s for s in by_id if s not in seen]
    if missing:
        raise ReviewFileError(
            f"segments missing from the file: {', '.join(missing[:5])}", path=where
        )
    # Each sentence is named by its id and its source checked above, so the file's order does
    # not matter: gettext and CAT tools may sort a file (`msgcat --sort-output`, a PO editor's
    # "sort by source"). The sentences are taken back in the edition's order.
    position = {sid: n for n, sid in enumerate(by_id)}
    review.segments.sort(key=lambda s: position[s.id])


def confirmed_segments(review: ReviewFile, edition: Edition) -> dict[str, str]:
    """Segment id -> reviewed target, for the sentences the translator confirmed."""
    return review_decisions(review, edition)[0]


def review_decisions(
    review: ReviewFile, edition: Edition
) -> tuple[dict[str, str], list[SegmentNote]]:
    """The confirmed sentences (id -> reviewed target), and a note for every sentence that was
    skipped, or confirmed only because it was edited (left fuzzy, or XLIFF state initial)."""
    by_id = {s.id: s for s in edition.segments}
    still_open = set(unconfirmed_blocking(edition))
    out: dict[str, str] = {}
    notes: list[SegmentNote] = []
    flag = "#, fuzzy" if review.kind == "po" else "state 'initial'"
    for seg in review.segments:
        original = by_id[seg.id]
        target = seg.target
        if target is None or is_blank(target):  # white space or invisible characters only
            notes.append(SegmentNote(seg.id, False, "empty target"))
            continue
        changed = target != original.target
        pending = seg.state == ("fuzzy" if review.kind == "po" else "initial")
        if changed:
            out[seg.id] = target
            if pending:
                notes.append(SegmentNote(
                    seg.id, True, f"edited but left {flag}: counted as a correction"))
            continue
        if review.kind == "xliff":
            said = seg.state in ("reviewed", "final")
            machine = original.origin != "tm"
        else:
            said = not pending
            machine = original.origin in ("mt", "cache")
        if said and (machine or seg.id in still_open):
            # a sentence whose blocking finding no reviewer confirmed yet (a number the
            # reviewer's own edit changed, or a memory's sentence flagged) is confirmed by
            # saying so, whatever its origin: applying the file again confirms it as it stands
            out[seg.id] = target
        elif said:
            origin = "the translation memory" if original.origin == "tm" else original.origin
            notes.append(SegmentNote(seg.id, False, f"unchanged, already from {origin}"))
        elif review.kind == "po":
            notes.append(SegmentNote(
                seg.id, False, "unchanged and still #, fuzzy (remove the flag to confirm it)"))
        else:
            notes.append(SegmentNote(
                seg.id, False,
                f"unchanged and state {seg.state!r} (set reviewed or final to confirm it)"))
    return out, notes


def rebuild(
    edition: Edition,
    confirmed: dict[str, str],
    review_path: str,
    markup: dict[str, list[tuple[int, int, int]]] | None = None,
) -> Edition:
    """The edition with confirmed sentences in place (origin ``tm``) and their checks re-run.

    ``markup`` is the reviewer's inline markup per sentence (start, end, number of the source
    span from 1), as the file gave it: links and emphasis go where the reviewer put them;
    without it they are found again by their words."""
    from .clock import utc_now

    before = target_fingerprint(edition)
    blocks = {seg.segment.block for seg in edition.segments if seg.id in confirmed}
    kept: dict[str, list[tuple[int, int, int]]] = {}  # unchanged sentences keep their spans
    for i in blocks:
        for sid, spans in inline.segment_spans(edition.blocks[i]).items():
            if sid not in confirmed:
                kept[sid] = [(a, b, k) for a, b, k, _ in spans]
    changed: list[TranslatedSegment] = []
    # the blocking checks that flagged the text the reviewer saw: a blocking finding the
    # reviewer's text raises beyond them (the facts gate on a number they changed or dropped)
    # was never shown to them, so their word does not confirm it
    saw: dict[str, set[str]] = {}
    for seg in edition.segments:
        if seg.id in confirmed:
            saw[seg.id] = {f.check for f in seg.findings if f.severity == "error"}
            seg.target = confirmed[seg.id]
            seg.origin = "tm"
            seg.findings = []
            changed.append(seg)
    ctx = CheckContext(edition.source_lang, edition.target_lang, edition.locale)
    run_checks(changed, ctx)
    for seg in changed:  # the checks trust a memory's text (origin tm), not a reviewer's copy
        if not any(f.check == "untranslated" and f.severity == "error" for f in seg.findings):
            seg.findings.extend(check_reviewed_untranslated(seg, ctx))
    introduced = {
        seg.id: new
        for seg in changed
        if (new := [f for f in seg.findings if f.severity == "error"
                    and f.check not in saw[seg.id]])
    }  # fmt: skip
    # the reviewer's markup, else links and emphasis found again in the reviewer's words (a
    # lost one is a finding); the other sentences of those blocks keep theirs
    given = {
        sid: [(a, b, n - 1) for a, b, n in spans]
        for sid, spans in (markup or {}).items()
        if sid in confirmed and spans
    }
    inline.restore(edition, only=blocks, fixed={**kept, **given}, quiet=set(kept))
    edition.findings = [f for s in edition.segments for f in s.findings]
    origins: dict[str, int] = {}
    for seg in edition.segments:
        origins[seg.origin] = origins.get(seg.origin, 0) + 1
    edition.stats["origins"] = origins
    history = list(edition.reports.get("review", {}).get("history", []))
    entry: dict[str, Any] = {
        "file": review_path, "applied": utc_now(),
        "confirmed": in_edition_order(edition, set(confirmed) - set(introduced)),
        "target-hash": before}  # fmt: skip
    if introduced:
        entry["unconfirmed"] = in_edition_order(edition, introduced)
    history.append(entry)
    edition.reports["review"] = {"history": history}
    return edition


def apply_review(
    path: str | Path,
    store: Store,
    *,
    out_dir: str | Path | None = None,
    edition_path: str | Path | None = None,
    formats: Sequence[str] = DEFAULT_FORMATS,
) -> ReviewResult:
    """Apply a reviewed XLIFF/PO file: verify, rebuild, store confirmed sentences, write."""
    from .fsutil import ensure_folder
    from .write import check_formats, get_writer, write_edition

    check_formats(formats)
    review_path = Path(path)
    review = read_review_file(review_path)
    out = Path(out_dir) if out_dir is not None else None
    json_path = find_edition(review, Path(edition_path) if edition_path else None, out)
    edition = load_edition(json_path)
    verify(review, edition)
    confirmed, notes = review_decisions(review, edition)
    by_id = {s.id: s for s in edition.segments}
    markup = {s.id: s.target_inline for s in review.segments if s.target_inline}
    edition = rebuild(edition, confirmed, str(review_path), markup)
    unconfirmed = set(edition.reports["review"]["history"][-1].get("unconfirmed", []))
    introduced = {
        s.id: [f for f in s.findings if f.severity == "error"]
        for s in edition.segments
        if s.id in unconfirmed
    }
    entries = [  # what the reviewer confirmed; a sentence left unconfirmed stays out of the TM
        TMEntry(
            source_lang=by_id[i].segment.lang,
            target_locale=edition.locale,
            source=by_id[i].source,
            target=target,
            origin_file=str(review_path),
            article=edition.article.id,
            segment=i,
        )
        for i, target in confirmed.items()
        # a sentence already in the edition's language (a feed item copied as written) is no
        # translation to remember: nothing would ever look it up
        if i not in introduced and by_id[i].segment.lang != edition.target_lang
    ]
    for fmt in formats:  # render before storing: a writer failure must not leave a half-done apply
        get_writer(fmt).render(edition)
    queue = json_path.parent
    held = out is None and queue.name == HELD_DIR  # an edition `translate run` held for review
    still_open = unconfirmed_blocking(edition)
    release = held and not still_open
    # a marked edition (`--on-findings mark`) keeps its "review required" mark while a sentence
    # with a blocking finding is not confirmed, as a held one stays held
    # ... and the reviewer's text that raised a blocking finding of its own marks it (or keeps
    # it held) until it is fixed or confirmed by applying the file again
    edition.review_required = (edition.review_required and bool(still_open)) or bool(introduced)
    folder = ensure_folder(out or (queue.parent if release else queue))  # fail before the TM
    stored = put(store, entries)
    files = write_edition(edition, folder, formats)
    if release:  # out of the review queue: what is left there is what still waits
        written = {f.resolve() for f in files}
        for leftover in queue.glob(f"{edition.article.id}.{edition.locale}.*"):
            if leftover.resolve() not in written:
                leftover.unlink(missing_ok=True)
    result = ReviewResult(edition, in_edition_order(edition, set(confirmed) - set(introduced)),
                          stored, files, json_path, notes)
    result.released = release
    result.still_held = still_open if held else []
    result.cautions = {
        s.id: short for s in edition.segments
        if s.id in confirmed and s.id not in introduced
        and (short := [f for f in s.findings if f.data.get("short") and f.check == "untranslated"])
    }  # fmt: skip
    result.introduced = introduced
    return result


def unconfirmed_blocking(edition: Edition) -> list[str]:
    """Ids of the sentences that carry a blocking finding no reviewer confirmed (the edition's
    review history): while there is one, a held edition stays held."""
    history = edition.reports.get("review", {}).get("history", [])
    confirmed: set[str] = set()
    for h in history:  # the latest apply that names a sentence decides
        confirmed.update(str(i) for i in h.get("confirmed", []))
        confirmed.difference_update(str(i) for i in h.get("unconfirmed", []))
    blocking = [f for f in edition.findings if f.severity == "error"]
    if any(not f.segment for f in blocking):
        return ["(edition)"]
    return in_edition_order(edition, {str(f.segment) for f in blocking} - confirmed)


def in_edition_order(edition: Edition, ids: Iterable[str]) -> list[str]:
    """``ids`` as the edition orders its sentences ("b2.s0" before "b10.s0"); an id the
    edition does not hold comes last, in string order."""
    rank = {seg.id: n for n, seg in enumerate(edition.segments)}
    return sorted(ids, key=lambda i: (rank.get(i, len(rank)), i))


__all__ = [
    "ReviewFile",
    "ReviewResult",
    "SegmentNote",
    "apply_review",
    "edition_from_dict",
    "read_po_file",
    "read_review_file",
    "read_xliff",
    "verify",
]
