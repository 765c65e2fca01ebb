"""XLIFF 2.0 edition for translators: one ``<unit>`` per paragraph, one ``<segment>`` per sentence.

Segment ``state`` says where a translation stands (``translated`` for machine output,
``reviewed`` for translation-memory hits, ``initial`` when empty) and ``subState`` says how it
was made (``translate:mt``, ``translate:tm``, ``translate:copy``). QA findings become unit
``<note>`` elements, glossary terms ``<mrk type="term">`` spans with a Glossary-module entry,
and the metadata module carries what ``translate review apply`` needs to match the file back
to its edition (article id, source fingerprint, signature). Written with ElementTree, so every
character of the source is escaped as XML requires.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape as html_escape
from typing import Any
from xml.etree import ElementTree as ET

from ..inline import numbered, segment_spans
from ..model import Edition, EditionBlock, Finding, InlineSpan, TranslatedSegment
from ..regexcache import compile as re_compile
from ..urls import safe_source
from .label import label_dict
from .meta import review_meta
from .table import place

EXTENSION = "xlf"
MEDIA_TYPE = "application/xliff+xml"

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0"
GLS_NS = "urn:oasis:names:tc:xliff:glossary:2.0"
META_CATEGORY = "newsroom-translate"

_PRIORITY = {"error": "1", "warning": "3", "info": "7"}


def _q(tag: str, ns: str = XLIFF_NS) -> str:
    return f"{{{ns}}}{tag}"


def segment_state(seg: TranslatedSegment) -> tuple[str, str]:
    """(state, subState) for a segment."""
    if not seg.target.strip():
        return "initial", f"translate:{seg.origin}"
    if seg.origin == "tm":
        return "reviewed", "translate:tm"
    return "translated", f"translate:{seg.origin}"


def term_spans(seg: TranslatedSegment) -> list[dict[str, Any]]:
    """Glossary terms of a segment as ``{id, source_span, target_span, source, target, term,
    translation}``.

    Reads the glossary stage's keys (``entry``, ``surface``, ``found_as``, ``name``,
    ``expected``) and generic ones (``id``, ``source``, ``target``). Spans are checked against
    the text they claim to cover and re-found by that text when localization moved the target;
    terms that cannot be placed are left unmarked.
    """
    out: list[dict[str, Any]] = []
    for n, term in enumerate(seg.terms):
        entry = str(term.get("id") or term.get("entry") or term.get("entry_id") or f"term{n}")
        src_text = term.get("source") or term.get("surface")
        tgt_text = term.get("target") or term.get("found_as")
        src = _place(seg.source, term.get("source_span"), src_text)
        tgt = _place(seg.target, term.get("target_span"), tgt_text)
        if tgt is None and term.get("status") == "repaired" and term.get("expected"):
            # ``found_as`` is what the engine wrote; the repair put ``expected`` in its place
            tgt_text = term["expected"]
            tgt = _place(seg.target, term.get("target_span"), tgt_text)
        source = src_text or (seg.source[src[0] : src[1]] if src else None)
        target = tgt_text or (seg.target[tgt[0] : tgt[1]] if tgt else None)
        out.append(
            {
                "id": entry,
                "source_span": src,
                "target_span": tgt,
                "source": source,
                "target": target,
                "term": term.get("name") or source,
                "translation": term.get("expected") or target,
            }
        )
    return out


def _place(text: str, span: Any, expected: Any) -> tuple[int, int] | None:
    if isinstance(span, (list, tuple)) and len(span) == 2:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError):
            start, end = -1, -1
        if 0 <= start < end <= len(text) and (
            not isinstance(expected, str) or text[start:end] == expected
        ):
            return start, end
    if isinstance(expected, str) and expected:
        at = text.find(expected)
        if at >= 0:
            return at, at + len(expected)
    return None


INVALID_XML = re_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Text for notes and metadata: characters XML cannot hold become U+FFFD."""
    return INVALID_XML.sub("\ufffd", text)


def _append(parent: ET.Element, text: str) -> None:
    """Append ``text`` to ``parent``'s content; characters XML cannot hold become ``<cp>``
    (linear: a run of a million control characters is a million ``<cp>``, not a hang)."""

    def put(piece: str) -> None:
        if not piece:
            return
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + piece
        else:
            parent.text = (parent.text or "") + piece

    pos = 0
    for match in INVALID_XML.finditer(text):
        put(text[pos : match.start()])
        ET.SubElement(parent, _q("cp"), {"hex": f"{ord(match.group()):04X}"})
        pos = match.end()
    put(text[pos:])


_PC: dict[str, dict[str, str]] = {
    "link": {"type": "link"},
    "strong": {"type": "fmt", "subType": "xlf:b"},
    "em": {"type": "fmt", "subType": "xlf:i"},
    "code": {"type": "other"},
    "image": {"type": "image"},
    "br": {"type": "fmt", "subType": "xlf:lb"},
}
Mark = tuple[int, int, str, dict[str, str]]  # start, end, tag, attributes


def _marked(
    parent: ET.Element,
    text: str,
    spans: list[tuple[int, int, str, str]],
    codes: Sequence[Mark] = (),
) -> None:
    """Fill ``parent`` with ``text``: glossary spans in ``<mrk type="term">``, inline markup
    (links, emphasis, code) in ``<pc>``; marks that would cross one already placed are left out
    (XML must nest); marks over the same words nest, the first outside."""
    marks: list[Mark] = [
        (start, end, "mrk", {"id": mrk_id, "type": "term", "value": clean(entry)})
        for start, end, mrk_id, entry in spans
    ]
    placed: list[Mark] = []
    for mark in marks + list(codes):  # terms first: they win a crossing
        start, end = mark[0], mark[1]
        if not 0 <= start < end <= len(text):
            continue
        if any(p[0] < start < p[1] < end or start < p[0] < end < p[1] for p in placed):
            continue
        if any(p == mark for p in placed):
            continue  # the same mark twice; a link over a term's words nests inside its <mrk>
        placed.append(mark)
    placed.sort(key=lambda m: (m[0], -m[1]))
    parent.text = ""

    def fill(el: ET.Element, lo: int, hi: int, inside: list[Mark]) -> None:
        pos = lo
        i = 0
        while i < len(inside):
            start, end, tag, attrs = inside[i]
            j = i + 1
            while j < len(inside) and inside[j][0] < end:
                j += 1
            _append(el, text[pos:start])
            if attrs.get("dataRef"):  # a <ph/> (line break) after the space that stands for it
                _append(el, text[start:end])
                ET.SubElement(el, _q("ph"), {**attrs, "type": "fmt"})
                pos = end
                i = j
                continue
            child = ET.SubElement(el, _q(tag), attrs)
            child.text = ""
            fill(child, start, end, inside[i + 1 : j])
            pos = end
            i = j
        _append(el, text[pos:hi])

    fill(parent, 0, len(text), placed)


def _codes(block: EditionBlock, spans: list[tuple[int, int, int, int]]) -> list[Mark]:
    """Spans of one segment (see :func:`translate.inline.segment_spans`) as ``<pc>`` marks: id
    ``p<n>`` (``p<n>-<part>`` for the second and later pieces of a span cut at a sentence
    boundary) and ``dataRefStart`` ``d<n>`` (the markup in ``<originalData>``), n the number of
    the source span."""
    return [
        (
            a,
            b,
            "pc",
            {
                "id": f"p{k + 1}" + (f"-{part + 1}" if part else ""),
                **_PC[block.source_inline[k].kind],
                "dataRefStart": f"d{k + 1}",
            }
            if block.source_inline[k].kind != "br"
            else {"id": f"p{k + 1}", **_PC["br"], "dataRef": f"d{k + 1}"},
        )
        for a, b, k, part in spans
    ]


def _original_data(unit: ET.Element, spans: list[tuple[InlineSpan, int]]) -> None:
    """``<originalData>``: the markup each ``<pc>`` stands for, e.g. ``<a href="...">``."""
    if not spans:
        return
    original = ET.SubElement(unit, _q("originalData"))
    for x, k in spans:
        href = x.attrs.get("href", "")
        src = x.attrs.get("src", "")
        markup = {
            "link": f'<a href="{html_escape(href, quote=True)}">',
            "image": f'<img src="{html_escape(src, quote=True)}">',
            "br": "<br/>",
        }.get(x.kind, f"<{x.kind}>")
        label = x.attrs.get("footnote", "")
        if label:  # a Markdown footnote: the definition's text, or the word its mark follows
            kind = "definition" if x.attrs.get("definition") else "reference"
            markup = f'<footnote {kind}="{html_escape(label, quote=True)}">'
        ET.SubElement(original, _q("data"), {"id": f"d{k + 1}"}).text = clean(markup)


def _notes(unit: ET.Element, findings: list[Finding]) -> None:
    if not findings:
        return
    notes = ET.SubElement(unit, _q("notes"))
    for n, f in enumerate(findings, start=1):
        note = ET.SubElement(
            notes,
            _q("note"),
            {
                "id": f"n{n}",
                "category": f.check,
                "priority": _PRIORITY.get(f.severity, "5"),
                "appliesTo": "target",
            },
        )
        where = f"[{f.segment}] " if f.segment else ""
        note.text = clean(f"{where}{f.severity}: {f.message}")


def _glossary(unit: ET.Element, entries: list[tuple[str, dict[str, Any]]]) -> None:
    """Glossary-module entries: the glossary's term and its form for this locale, pointing at
    the ``<mrk>`` that marks where the article uses it."""
    if not entries:
        return
    glossary = ET.SubElement(unit, _q("glossary", GLS_NS))
    for mrk_id, term in entries:
        entry = ET.SubElement(glossary, _q("glossEntry", GLS_NS), {"ref": f"#{mrk_id}"})
        source = clean(f"glossary:{term['id']}")
        ET.SubElement(entry, _q("term", GLS_NS), {"source": source}).text = clean(
            str(term.get("term") or term["id"])
        )
        if term.get("translation"):
            ET.SubElement(entry, _q("translation", GLS_NS)).text = clean(str(term["translation"]))


XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _code_unit(file_el: ET.Element, index: int, block: EditionBlock) -> None:
    """A code block: a unit the translator sees but must not translate (XLIFF 2's
    ``translate="no"``), its whitespace kept (``xml:space="preserve"``), source and target the
    code as written; the info string (a fence's language) in the unit's ``name``."""
    if not block.source:
        return
    attrs = {"id": f"b{index}", "name": "code", "type": "translate:code", "translate": "no",
             XML_SPACE: "preserve"}  # fmt: skip
    if block.info.split():
        attrs["name"] = f"code:{block.info.split()[0][:40]}"
    unit = ET.SubElement(file_el, _q("unit"), attrs)
    segment = ET.SubElement(unit, _q("segment"), {"id": f"b{index}.code", "state": "final"})
    ET.SubElement(segment, _q("source")).text = clean(block.source)
    ET.SubElement(segment, _q("target")).text = clean(block.source)


def _unit(file_el: ET.Element, index: int, edition: Edition) -> None:
    block = edition.blocks[index]
    if block.kind == "code":
        _code_unit(file_el, index, block)
        return
    if not block.segments:
        return
    # a table's cell: its place in the unit's name ("table 1, row 2, column 3")
    name = place(block) or block.kind
    unit = ET.Element(
        _q("unit"), {"id": f"b{index}", "name": name, "type": f"translate:{block.kind}"}
    )
    marks: list[tuple[str, dict[str, Any]]] = []
    per_segment: list[
        tuple[TranslatedSegment, list[tuple[int, int, str, str]], list[tuple[int, int, str, str]]]
    ] = []
    for seg in block.segments:
        src_spans: list[tuple[int, int, str, str]] = []
        tgt_spans: list[tuple[int, int, str, str]] = []
        for term in term_spans(seg):
            if term["source_span"] is None:
                continue
            mrk_id = f"m{len(marks) + 1}"
            marks.append((mrk_id, term))
            src_spans.append((*term["source_span"], mrk_id, term["id"]))
            if term["target_span"] is not None:
                tgt_spans.append((*term["target_span"], mrk_id, term["id"]))
        per_segment.append((seg, src_spans, tgt_spans))
    _glossary(unit, marks)
    _notes(unit, [f for s in block.segments for f in s.findings])
    src_codes, _ = numbered(block)
    _original_data(unit, src_codes)
    src_by_seg = segment_spans(block, source=True)
    tgt_by_seg = segment_spans(block)
    for n, (seg, src_spans, tgt_spans) in enumerate(per_segment):
        # a line break between two sentences stands between their segments, in the ignorable
        # text that joins them (its source is the target too: nothing to translate)
        prev = block.segments[n - 1].segment.end if n else 0
        breaks = [
            k for x, k in src_codes
            if n and x.kind == "br" and prev <= x.start and x.end <= seg.segment.start
        ]  # fmt: skip
        if n and (block.joiner or breaks):
            ignorable = ET.SubElement(unit, _q("ignorable"))
            joined = ET.SubElement(ignorable, _q("source"))
            joined.text = block.joiner
            for k in breaks:
                ET.SubElement(
                    joined, _q("ph"), {"id": f"p{k + 1}", **_PC["br"], "dataRef": f"d{k + 1}"}
                )
        state, sub = segment_state(seg)
        segment = ET.SubElement(
            unit, _q("segment"), {"id": seg.id, "state": state, "subState": sub}
        )
        _marked(
            ET.SubElement(segment, _q("source")),
            seg.source,
            src_spans,
            _codes(block, src_by_seg.get(seg.id, [])),
        )
        if seg.target:
            _marked(
                ET.SubElement(segment, _q("target")),
                seg.target,
                tgt_spans,
                _codes(block, tgt_by_seg.get(seg.id, [])),
            )
    file_el.append(unit)


def _metadata(file_el: ET.Element, edition: Edition) -> None:
    metadata = ET.SubElement(file_el, _q("metadata", MDA_NS))
    group = ET.SubElement(metadata, _q("metaGroup", MDA_NS), {"category": META_CATEGORY})
    label = label_dict(edition)
    items = {
        **review_meta(edition),
        "machine-translated": "true" if label["machine_translated"] else "false",
        "engine": label["engine"],
        "model": label["model"],
        "model-version": label["model_version"],
        "review": label["review"],
        "label": label["text"],
    }
    for key, value in items.items():
        ET.SubElement(group, _q("meta", MDA_NS), {"type": key}).text = clean(str(value))


def to_element(edition: Edition) -> ET.Element:
    root = ET.Element(
        _q("xliff"), {"version": "2.0", "srcLang": edition.source_lang, "trgLang": edition.locale}
    )
    file_el = ET.SubElement(
        root,
        _q("file"),
        {
            "id": "f1",
            "original": clean(safe_source(edition.article.source) or edition.article.id),
            "srcDir": "auto",
            "trgDir": edition.direction,
        },
    )
    _metadata(file_el, edition)
    notes = ET.SubElement(file_el, _q("notes"))
    ET.SubElement(
        notes, _q("note"), {"id": "label", "category": "machine-translation"}
    ).text = clean(label_dict(edition)["text"])
    for index in range(len(edition.blocks)):
        _unit(file_el, index, edition)
    return root


_TEXT_ELEMENTS = {
    _q("source"),
    _q("target"),
    _q("note"),
    _q("meta", MDA_NS),
    _q("term", GLS_NS),
    _q("translation", GLS_NS),
}


def indent(elem: ET.Element, level: int = 0, text_elements: set[str] | None = None) -> None:
    """Pretty-print structure only: whitespace inside text-bearing elements is content."""
    text_elements = _TEXT_ELEMENTS if text_elements is None else text_elements
    if elem.tag in text_elements or not len(elem):
        return
    pad = "\n" + "  " * (level + 1)
    elem.text = pad
    for child in elem:
        indent(child, level + 1, text_elements)
        child.tail = pad
    elem[-1].tail = "\n" + "  " * level


def render(edition: Edition) -> str:
    ET.register_namespace("", XLIFF_NS)
    ET.register_namespace("mda", MDA_NS)
    ET.register_namespace("gls", GLS_NS)
    root = to_element(edition)
    indent(root)
    # a raw CR in content would reach readers as LF (XML end-of-line handling): a character
    # reference keeps it (ElementTree writes none; it escapes CR in attributes itself)
    body = ET.tostring(root, encoding="unicode", xml_declaration=False).replace("\r", "&#13;")
    return body.join(['<?xml version="1.0" encoding="UTF-8"?>\n', "\n"])
