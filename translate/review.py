"""The translator's review loop: a corrected XLIFF or PO file back into editions and the TM.

``apply_review`` reads the reviewed file (XLIFF through defusedxml, PO through
``read_po(abort_invalid=True)``), checks that it belongs to the edition it claims (article id,
segment ids and a fingerprint of every source sentence, against the JSON edition), rebuilds the
edition with the confirmed sentences, stores them in the translation memory in one transaction,
and only then writes the files. A refused file changes nothing.

A sentence counts as confirmed when the translator says so: XLIFF ``state`` reviewed/final, or a
changed target; PO: no longer ``fuzzy`` (or changed and not fuzzy). Untouched sentences keep
their machine origin and label.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from .check import CheckContext, run_checks
from .errors import InputError, ReviewFileError, TranslateError
from .fsutil import read_regular
from .model import (
    Article,
    Block,
    Dropped,
    Edition,
    EditionBlock,
    EditionReports,
    EditionStats,
    Finding,
    LanguageGuess,
    Segment,
    Signature,
    TranslatedSegment,
)
from .store import Store
from .tm import TMEntry, parse_xml, put, read_bytes
from .write.meta import FORMAT_ID, edition_fingerprint, fingerprint
from .write.xliff import MDA_NS, META_CATEGORY, XLIFF_NS

XLIFF1_NS = "urn:oasis:names:tc:xliff:document:1.2"
DEFAULT_FORMATS = ("md", "json", "html")


@dataclass(frozen=True)
class ReviewedSegment:
    id: str
    source: str
    target: str | None
    state: str  # XLIFF state, or "fuzzy"/"translated" for PO


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


# -- reading reviewed files --------------------------------------------------------------------


def _q(tag: str, ns: str = XLIFF_NS) -> str:
    return f"{{{ns}}}{tag}"


def _text(elem: Any) -> str:
    """Text content with inline markup (``<mrk>``, ``<pc>``) unwrapped, ``<cp>`` decoded and
    other codes (``<ph>``, ``<sc>``, ``<ec>``) dropped."""
    out = [elem.text or ""]
    for child in elem:
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
    segments: list[ReviewedSegment] = []
    for seg in files[0].iter(_q("segment")):
        source = seg.find(_q("source"))
        target = seg.find(_q("target"))
        if source is None or not seg.get("id"):
            raise ReviewFileError("a <segment> without id or <source>", path=where)
        segments.append(
            ReviewedSegment(
                str(seg.get("id")),
                _text(source),
                None if target is None else _text(target),
                str(seg.get("state", "initial")),
            )
        )
    return ReviewFile(where, "xliff", meta, segments)


_PO_META = re.compile(r"X-Translate-([A-Za-z-]+):\s*(\S+)")


_PO_STRING_LINE = re.compile(
    r'(?:#~\s*)?(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\.)*"\s*'
)
_PO_KEYWORD = re.compile(r'(?:#~\s*)?(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\b|"')


def _check_po_strings(data: bytes, where: str) -> None:
    """Refuse a quoted string that is not closed: Babel would quietly cut its last character
    and that mangled text would reach the translation memory."""
    text = data.decode("utf-8", errors="replace")
    # PO lines end at "\n" only (as gettext and Babel read them): str.splitlines would also
    # cut at U+2028, U+0085, VT, FF... which a sentence may hold inside its quotes
    for n, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if _PO_KEYWORD.match(stripped) and not _PO_STRING_LINE.fullmatch(stripped):
            raise ReviewFileError(
                "malformed PO file: unterminated or stray quoted string", path=where, line=n
            )


def read_po_file(path: Path) -> ReviewFile:
    """A reviewed PO file, read strictly (a malformed file is refused with its line)."""
    from babel.messages.pofile import PoFileError, read_po

    where = str(path)
    data = read_bytes(path)
    _check_po_strings(data, where)
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
        segments.append(
            ReviewedSegment(
                message.context,
                message.id,
                target or None,
                "fuzzy" if message.fuzzy else "translated",
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


def edition_from_dict(data: dict[str, Any]) -> Edition:
    """Rebuild an :class:`Edition` from the JSON writer's output (raises KeyError/TypeError)."""
    art = data["article"]
    blocks: list[Block] = []
    edition_blocks: list[EditionBlock] = []
    for i, b in enumerate(data["blocks"]):
        lang = _guess(b.get("language"))
        blocks.append(
            Block(kind=b["kind"], text=b["source"], level=int(b.get("level", 0)), lang=lang)
        )
        segs = []
        for k, s in enumerate(b["segments"]):
            segment = Segment(
                str(s["id"]),
                i,
                k,
                str(s["source"]),
                0,
                len(s["source"]),
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
            EditionBlock(b["kind"], int(b.get("level", 0)), b["source"], segs, lang)
        )
    article = Article(
        id=str(art["id"]),
        blocks=blocks,
        source=str(art.get("source", "")),
        format=str(art.get("format", "txt")),
        title=art.get("title"),
        meta=dict(art.get("meta") or {}),
        dropped=[Dropped(d["text"], d["rule"], d["reason"]) for d in data.get("dropped", [])],
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
    )


def load_edition(path: Path) -> Edition:
    try:
        data = json.loads(read_regular(path).decode("utf-8"))
        return edition_from_dict(data)
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
    """Refuse a file that is not the review of exactly this edition's source sentences."""
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
    if meta.get("created") and meta["created"] != edition.created:
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
    if fingerprint((s.id, s.source) for s in review.segments) != current:
        raise ReviewFileError("segments are out of order", path=where)


def confirmed_segments(review: ReviewFile, edition: Edition) -> dict[str, str]:
    """Segment id -> reviewed target, for the sentences the translator confirmed."""
    by_id = {s.id: s for s in edition.segments}
    out: dict[str, str] = {}
    for seg in review.segments:
        original = by_id[seg.id]
        target = seg.target
        if target is None or not target.strip():
            continue
        changed = target != original.target
        if review.kind == "xliff":
            said = seg.state in ("reviewed", "final")
            ok = (said and original.origin != "tm") or (changed and seg.state != "initial")
        else:
            ok = seg.state != "fuzzy" and (changed or original.origin in ("mt", "cache"))
        if ok:
            out[seg.id] = target
    return out


def rebuild(edition: Edition, confirmed: dict[str, str], review_path: str) -> Edition:
    """The edition with confirmed sentences in place (origin ``tm``) and their checks re-run."""
    from .clock import utc_now

    changed: list[TranslatedSegment] = []
    for seg in edition.segments:
        if seg.id in confirmed:
            seg.target = confirmed[seg.id]
            seg.origin = "tm"
            seg.findings = []
            changed.append(seg)
    ctx = CheckContext(edition.source_lang, edition.target_lang, edition.locale)
    run_checks(changed, ctx)
    edition.findings = [f for s in edition.segments for f in s.findings]
    origins: dict[str, int] = {}
    for seg in edition.segments:
        origins[seg.origin] = origins.get(seg.origin, 0) + 1
    edition.stats["origins"] = origins
    history = list(edition.reports.get("review", {}).get("history", []))
    history.append({"file": review_path, "applied": utc_now(), "confirmed": sorted(confirmed)})
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
    confirmed = confirmed_segments(review, edition)
    by_id = {s.id: s for s in edition.segments}
    entries = [
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
    ]
    edition = rebuild(edition, confirmed, str(review_path))
    for fmt in formats:  # render before storing: a writer failure must not leave a half-done apply
        get_writer(fmt).render(edition)
    folder = ensure_folder(out or json_path.parent)  # fail before the TM changes, not after
    stored = put(store, entries)
    files = write_edition(edition, folder, formats)
    return ReviewResult(edition, sorted(confirmed), stored, files, json_path)


__all__ = [
    "ReviewFile",
    "ReviewResult",
    "apply_review",
    "edition_from_dict",
    "read_po_file",
    "read_review_file",
    "read_xliff",
    "verify",
]
