"""What a written edition must hold whatever the input (fuzz53): the fuzzer's content checker.

``fuzz_inputs.py`` checks a case's exit code and that every file written parses back; it never
read what an edition holds (fuzz51: a hidden character written from a user glossary passed it).
This module reads the files of an output folder with parsers that are not the product's
(``json``, ``lxml``, ``polib``, ``markdown-it``), and recomputes what the formats claim, so
that a case passes only when every edition written is sound:

* ``sentinel``: no placeholder of ours left (``XNAME<n>X``, the protect stage's and the
  untranslatable words' stand-in) in a target, or in a Markdown, HTML, XLIFF or PO file, more
  often than the sources hold it (an article may say "XNAME0X" itself);
* ``empty``: an edition of an article of words has segments, and a translation in at least one
  (no empty edition from a non-empty article); a Markdown edition has a body;
* ``link``: every link of a block's source (``source_inline``) is in the block's target
  (``inline``) or named by a finding (the inline stage's warning quotes its URL) or a script
  "link" doing nothing (``javascript:void(0)``, dropped on purpose; fuzz54), and every link of
  the JSON edition's targets is an ``<a href>`` of the HTML edition and a link markdown-it reads
  in the Markdown edition (fuzz54; a footnote reference apart, written ``[^label]``; the
  destinations compared percent-decoded, as the Markdown edition encodes spaces and unpaired
  parentheses);
* ``units``: the XLIFF file's segments are the JSON edition's (ids in order, the source and the
  target text, ``<cp>`` read as its character; a code block's unit, ``translate="no"``, is
  none) and the PO file's messages too (``msgctxt`` ids
  in order);
* ``signature``: the JSON edition's signature string is its fields in the documented order
  (``engine:...|model:...|version:...|pivot:...|glossary:...|cldr:...|detect:...|seed:...|v:...``),
  the same string is in every other format (front matter, ``<meta name=translation-signature>``,
  XLIFF metadata, the PO header), and the XLIFF and PO ``source-hash``/``target-hash`` are the
  sha256 of the (segment id, text) pairs, recomputed here (from the JSON edition, or from the
  XLIFF file's own segments when no JSON edition was written);
* ``control``: no character the format forbids or our reader never lets through: C0/C1
  controls but tab and line ends in the JSON edition's texts and the PO messages, and no lone
  surrogate in any string of the JSON edition.

``check_folder(out)`` returns the problems found (empty: sound). ``python
benchmarks/edition_invariants.py FOLDER`` prints them.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

SENTINEL = re.compile(r"XNAME\d+X")
# what translate.read.clean_text turns into a space on input: never in an edition's text
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SURROGATE = re.compile("[\ud800-\udfff]")
SIGNATURE_KEYS = ("engine", "model", "version", "pivot", "glossary", "cldr", "detect", "seed", "v")
_XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"


# a script "link" that does nothing (a page's button dressed as a link): the inline stage drops
# it without a finding, as no destination is lost (translate.inline); fuzz54, set R's clean-links
_INERT = re.compile(r"\s*javascript\s*:\s*(?:void\s*\(\s*0?\s*\)|undefined|false|null)?\s*;?\s*",
                    re.IGNORECASE)


def inert_script(href: str) -> bool:
    """Is ``href`` a script URL that does nothing (``javascript:void(0);``, ``javascript:;``)?"""
    return _INERT.fullmatch(href) is not None


def _fingerprint(pairs: list[tuple[str, str]]) -> str:
    digest = hashlib.sha256()
    for seg_id, text in pairs:
        digest.update(seg_id.encode("utf-8") + b"\t" + text.encode("utf-8") + b"\n")
    return digest.hexdigest()


def _signature_of(sig: dict[str, Any]) -> str:
    """The documented signature string of a JSON edition's ``signature`` fields."""
    return "|".join([
        f"engine:{sig.get('engine')}", f"model:{sig.get('model')}",
        f"version:{sig.get('model_version')}", f"pivot:{sig.get('pivot') or 'no'}",
        f"glossary:{sig.get('glossary')}", f"cldr:{sig.get('cldr')}",
        f"detect:{sig.get('detector')}", f"seed:{sig.get('seed')}",
        f"v:{sig.get('tool_version')}",
    ])  # fmt: skip


def _well_formed_signature(text: str) -> bool:
    parts = text.split("|")
    return len(parts) == len(SIGNATURE_KEYS) and all(
        p.startswith(k + ":") for p, k in zip(parts, SIGNATURE_KEYS, strict=True))


def _strings(obj: Any) -> list[str]:
    out: list[str] = []
    stack = [obj]
    while stack:
        x = stack.pop()
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            stack.extend(x.keys())
            stack.extend(x.values())
        elif isinstance(x, list):
            stack.extend(x)
    return out


def _is_edition(data: Any) -> bool:
    return isinstance(data, dict) and "blocks" in data and "signature" in data \
        and isinstance(data.get("blocks"), list)  # fmt: skip


def _segments(ed: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for b in ed.get("blocks") or [] for s in b.get("segments") or []]


def _xliff_text(el: Any) -> str:
    """An XLIFF ``<source>``/``<target>``'s text: ``<cp hex>`` read as its character, inline
    elements' text kept, ``<ph/>`` nothing."""
    parts = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == _XLIFF + "cp":
            parts.append(chr(int(child.get("hex"), 16)))
        elif tag != _XLIFF + "ph":
            parts.append(_xliff_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _xliff(path: Path) -> tuple[dict[str, str], list[tuple[str, str, str | None]]]:
    """(metadata, [(segment id, source, target or None)]) of an XLIFF 2.0 file, with lxml."""
    from lxml import etree

    doc = etree.fromstring(path.read_bytes(), etree.XMLParser(resolve_entities=False,
                                                              no_network=True))  # fmt: skip
    meta = {m.get("type"): (m.text or "") for m in doc.iter(
        "{urn:oasis:names:tc:xliff:metadata:2.0}meta")}  # fmt: skip
    segs = []
    # a unit marked translate="no" (a code block, carried verbatim) is no segment of the edition
    for seg in doc.xpath("//x:unit[not(@translate='no')]//x:segment",
                         namespaces={"x": _XLIFF[1:-1]}):  # fmt: skip
        src = seg.find(_XLIFF + "source")
        tgt = seg.find(_XLIFF + "target")
        segs.append((seg.get("id") or "", _xliff_text(src) if src is not None else "",
                     _xliff_text(tgt) if tgt is not None else None))  # fmt: skip
    return meta, segs


def _po_meta(header_comment: str) -> dict[str, str]:
    """The ``X-Translate-Key: value`` pairs of a PO header comment (Babel wraps a long value
    onto the next comment line, at a space)."""
    text = " ".join(line.strip() for line in header_comment.splitlines())
    found = {}
    for m in re.finditer(r"X-Translate-([A-Za-z-]+):\s*(.*?)(?=\s*X-Translate-[A-Za-z-]+:|$)",
                         text):  # fmt: skip
        found[m.group(1).lower()] = m.group(2).strip()
    return found


def _front_matter(md: str) -> tuple[dict[str, str], str]:
    if not md.startswith("---\n"):
        return {}, md
    end = md.find("\n---\n", 4)
    if end < 0:
        return {}, md
    meta = {}
    for line in md[4:end].splitlines():
        key, _, value = line.partition(":")
        try:
            meta[key.strip()] = json.loads(value.strip())
        except ValueError:
            meta[key.strip()] = value.strip()
    return meta, md[end + 5:]


def check_edition(path: Path) -> list[str]:
    """The problems of one JSON edition and the files written beside it under its name."""
    problems: list[str] = []
    name = path.name
    try:
        ed = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []  # the parse check's finding, not this one's
    if not _is_edition(ed):
        return []
    segs = _segments(ed)
    sources = [ed.get("article", {}).get("title") or ""] + [str(s.get("source", "")) for s in segs]
    sources += [str(b.get("source", "")) for b in ed["blocks"]]
    in_sources = sum(len(SENTINEL.findall(s)) for s in sources)
    # sentinel
    for s in segs:
        tgt, src = str(s.get("target") or ""), str(s.get("source") or "")
        if len(SENTINEL.findall(tgt)) > len(SENTINEL.findall(src)):
            problems.append(f"sentinel: {name} segment {s.get('id')} target holds "
                            f"{SENTINEL.search(tgt).group()}")  # type: ignore[union-attr]
    # empty
    words = (ed.get("article") or {}).get("words") or 0
    if words and not any(str(s.get("target") or "").strip() for s in segs):
        problems.append(f"empty: {name} has no translated segment from an article of "
                        f"{words} words")
    # control characters and surrogates
    texts = [str(ed.get("title") or ""), str(ed.get("label") or "")]
    for b in ed["blocks"]:
        texts += [str(b.get("source") or ""), str(b.get("target") or "")]
    for s in segs:
        texts += [str(s.get("source") or ""), str(s.get("target") or "")]
    for t in texts:
        bad = CONTROL.search(t)
        if bad:
            problems.append(f"control: {name} text holds U+{ord(bad.group()):04X}")
            break
    for t in _strings(ed):
        bad = SURROGATE.search(t)
        if bad:
            problems.append(f"control: {name} holds a lone surrogate U+{ord(bad.group()):04X}")
            break
    # links
    said = " ".join(_strings(ed.get("findings") or []) + [x for s in segs
                                                          for x in _strings(s.get("findings"))])
    said += " " + " ".join(_strings(ed.get("dropped") or []))
    targets_links: list[str] = []
    for b in ed["blocks"]:
        mine = [str((sp.get("attrs") or {}).get("href", "")) for sp in b.get("inline") or []
                if sp.get("kind") == "link"]  # fmt: skip
        targets_links += [h for h in mine if h]
        for sp in b.get("source_inline") or []:
            href = str((sp.get("attrs") or {}).get("href", ""))
            if sp.get("kind") == "link" and href and href not in mine and href not in said \
                    and not inert_script(href):
                problems.append(f"link: {name} block {b.get('index')} lost {href[:80]!r} "
                                "without a finding")
    # signature
    sig = ed.get("signature") or {}
    written = str(sig.get("signature", "")) if isinstance(sig, dict) else ""
    if not written or written != _signature_of(sig):
        problems.append(f"signature: {name} signature {written[:60]!r} is not its fields")
    stem = name[: -len(".json")]
    folder = path.parent
    ids = [str(s.get("id")) for s in segs]
    src_hash = _fingerprint([(str(s.get("id")), str(s.get("source") or "")) for s in segs])
    tgt_hash = _fingerprint([(str(s.get("id")), str(s.get("target") or "")) for s in segs])
    md = folder / (stem + ".md")
    if md.is_file():
        text = md.read_text(encoding="utf-8", errors="replace")
        meta, body = _front_matter(text)
        if meta.get("signature") != written:
            problems.append(f"signature: {md.name} front matter signature is not the JSON's")
        body_text = body.replace(str(ed.get("label") or "\0"), "").replace("---", "").strip(" *\n")
        if any(str(s.get("target") or "").strip() for s in segs) and not body_text:
            problems.append(f"empty: {md.name} has no body")
        extra = len(SENTINEL.findall(text)) - in_sources
        if extra > 0:
            problems.append(f"sentinel: {md.name} holds {extra} XNAME placeholder(s)")
        problems += _check_md_links(md.name, body, ed["blocks"])
    page = folder / (stem + ".html")
    if page.is_file():
        import lxml.html

        raw = page.read_text(encoding="utf-8", errors="replace")
        doc = lxml.html.document_fromstring(raw)
        got = doc.xpath('//meta[@name="translation-signature"]/@content')
        if got != [written]:
            problems.append(f"signature: {page.name} translation-signature is not the JSON's")
        anchors = set(doc.xpath("//a/@href"))
        for href in targets_links:
            if href not in anchors:
                problems.append(f"link: {page.name} lacks the edition's link {href[:80]!r}")
                break
        extra = len(SENTINEL.findall(raw)) - in_sources
        if extra > 0:
            problems.append(f"sentinel: {page.name} holds {extra} XNAME placeholder(s)")
    xlf = folder / (stem + ".xlf")
    if xlf.is_file():
        problems += _check_xliff(xlf, written, src_hash, tgt_hash, segs, in_sources)
    po = folder / (stem + ".po")
    if po.is_file():
        problems += _check_po(po, written, src_hash, tgt_hash, ids, in_sources)
    return problems


# a footnote's label as the Markdown edition writes it (``[^label]``): a link span that is a
# footnote reference is written as one, not as a link (the documented Markdown form)
_NOTE_LABEL = re.compile(r"[\[\]\s\\]")


def _link_key(href: str) -> str:
    """A link destination as a CommonMark reader gives it back, percent-decoded: the Markdown
    edition encodes spaces, brackets and unpaired parentheses (``%20``, ``%29``) and markdown-it
    normalizes what it reads (percent-encoding, punycode hosts), so the two sides are compared
    after the same normalization and decoding."""
    return unquote(_markdown().normalizeLink(href))


_MD: list[Any] = []


def _markdown() -> Any:
    if not _MD:
        from markdown_it import MarkdownIt

        _MD.append(MarkdownIt("commonmark").enable("table"))
    return _MD[0]


def md_links(body: str) -> set[str]:
    """The link destinations markdown-it reads in a Markdown text (inline links, reference
    links, autolinks; in paragraphs, headings, lists, quotes and table cells), normalized."""
    found: set[str] = set()
    stack = list(_markdown().parse(body))
    while stack:
        tok = stack.pop()
        if tok.type == "link_open":
            found.add(unquote(str(tok.attrGet("href") or "")))
        if tok.children:
            stack.extend(tok.children)
    return found


def _check_md_links(name: str, body: str, blocks: list[dict[str, Any]]) -> list[str]:
    """``link``: every link of the JSON edition's targets (a footnote reference apart, written
    ``[^label]``) is a link markdown-it reads in the Markdown edition's body."""
    wanted = [str((sp.get("attrs") or {}).get("href", "")) for b in blocks
              for sp in b.get("inline") or [] if sp.get("kind") == "link"
              and not _NOTE_LABEL.sub("", str((sp.get("attrs") or {}).get("footnote", "")))]
    wanted = [h for h in wanted if h]
    if not wanted:
        return []
    got = md_links(body)
    for href in wanted:
        if _link_key(href) not in got:
            return [f"link: {name} lacks the edition's link {href[:80]!r}"]
    return []


def _check_xliff(xlf: Path, written: str | None, src_hash: str | None, tgt_hash: str | None,
                 segs: list[dict[str, Any]] | None, in_sources: int) -> list[str]:
    problems: list[str] = []
    try:
        meta, units = _xliff(xlf)
    except Exception:  # the parse check's finding
        return []
    own_src = _fingerprint([(i, s) for i, s, _ in units])
    own_tgt = _fingerprint([(i, t or "") for i, _, t in units])
    if meta.get("source-hash") != own_src:
        problems.append(f"signature: {xlf.name} source-hash is not its segments'")
    if meta.get("target-hash") != own_tgt:
        problems.append(f"signature: {xlf.name} target-hash is not its segments'")
    sig = meta.get("signature", "")
    if not _well_formed_signature(sig) or (written is not None and sig != written):
        problems.append(f"signature: {xlf.name} signature {sig[:60]!r} is not the edition's")
    if segs is not None:
        if [u[0] for u in units] != [str(s.get("id")) for s in segs]:
            problems.append(f"units: {xlf.name} has {len(units)} segments, the edition "
                            f"{len(segs)} (or other ids)")
        else:
            for (i, src, tgt), s in zip(units, segs, strict=True):
                if src != str(s.get("source") or ""):
                    problems.append(f"units: {xlf.name} segment {i} source is not the edition's")
                    break
                if (tgt or "") != str(s.get("target") or ""):
                    problems.append(f"units: {xlf.name} segment {i} target is not the edition's")
                    break
        if src_hash is not None and meta.get("source-hash") != src_hash:
            problems.append(f"signature: {xlf.name} source-hash is not the edition's")
        if tgt_hash is not None and meta.get("target-hash") != tgt_hash:
            problems.append(f"signature: {xlf.name} target-hash is not the edition's")
    extra = sum(len(SENTINEL.findall(t or "")) - len(SENTINEL.findall(s)) for _, s, t in units)
    if extra > 0:
        problems.append(f"sentinel: {xlf.name} targets hold {extra} XNAME placeholder(s)")
    return problems


def _check_po(po: Path, written: str | None, src_hash: str | None, tgt_hash: str | None,
              ids: list[str] | None, in_sources: int) -> list[str]:
    import polib

    problems: list[str] = []
    try:
        cat = polib.pofile(po.read_text(encoding="utf-8"))
    except Exception:  # the parse check's finding
        return []
    meta = _po_meta(cat.header)
    sig = meta.get("signature", "")
    if not _well_formed_signature(sig) or (written is not None and sig != written):
        problems.append(f"signature: {po.name} signature {sig[:60]!r} is not the edition's")
    if src_hash is not None and meta.get("source-hash") != src_hash:
        problems.append(f"signature: {po.name} source-hash is not the edition's")
    if tgt_hash is not None and meta.get("target-hash") != tgt_hash:
        problems.append(f"signature: {po.name} target-hash is not the edition's")
    got = [e.msgctxt or "" for e in cat]
    if ids is not None and got != ids:
        problems.append(f"units: {po.name} has {len(got)} messages, the edition {len(ids)} "
                        "(or other ids)")
    for e in cat:
        for t in (e.msgid, e.msgstr):
            bad = CONTROL.search(t.replace("\t", " ")) or SURROGATE.search(t)
            if bad:
                problems.append(f"control: {po.name} message {e.msgctxt} holds "
                                f"U+{ord(bad.group()):04X}")
                break
    extra = sum(len(SENTINEL.findall(e.msgstr)) - len(SENTINEL.findall(e.msgid)) for e in cat)
    if extra > 0:
        problems.append(f"sentinel: {po.name} holds {extra} XNAME placeholder(s)")
    return problems


def check_folder(out: Path) -> list[str]:
    """Every problem of every edition under ``out`` (JSON editions with their sibling files;
    an XLIFF or PO file written without its JSON edition is checked on its own)."""
    problems: list[str] = []
    if not out.exists():
        return problems
    files = sorted(f for f in out.rglob("*") if f.is_file())
    stems = set()
    for f in files:
        if f.suffix == ".json":
            found = check_edition(f)
            problems += found
            try:
                if _is_edition(json.loads(f.read_text(encoding="utf-8"))):
                    stems.add((f.parent, f.name[: -len(".json")]))
            except (ValueError, UnicodeDecodeError):
                pass
    for f in files:
        if (f.parent, f.stem) in stems:
            continue
        if f.suffix == ".xlf":
            problems += _check_xliff(f, None, None, None, None, 0)
        elif f.suffix == ".po":
            problems += _check_po(f, None, None, None, None, 0)
    return problems


def check_http_edition(entry: dict[str, Any]) -> list[str]:
    """``/v1/editions``' answer for one edition: the JSON edition with its ``outputs``."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="edition-invariants-"))
    try:
        stem = f"e.{entry.get('locale', 'x')}"
        outputs = entry.get("outputs") or {}
        ed = {k: v for k, v in entry.items() if k != "outputs"}
        (folder / f"{stem}.json").write_text(json.dumps(ed),
                                              encoding="utf-8", errors="surrogatepass")
        for fmt, text in outputs.items():
            if isinstance(text, str) and fmt in ("md", "html", "xliff", "po"):
                suffix = {"xliff": ".xlf"}.get(fmt, "." + fmt)
                (folder / f"{stem}{suffix}").write_text(text, encoding="utf-8",
                                                        errors="surrogatepass")
        return check_folder(folder)
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    found = [p for a in sys.argv[1:] for p in check_folder(Path(a))]
    print("\n".join(found) or "sound")
    sys.exit(1 if found else 0)
