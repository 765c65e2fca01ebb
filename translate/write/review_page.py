"""Review page: one self-contained HTML file in which a translator reviews an edition.

Source and target stand side by side per sentence, with each paragraph's detected language and
confidence; glossary findings (wrong name, repaired name, variant found), number and date
findings and untranslated spans are marked in both columns, and sentences with findings come
first. The translator edits targets, marks sentences reviewed and undoes, in place; the work is
kept in the browser's ``localStorage`` under a key made from the edition's signature, and is
exported as the edition's own XLIFF 2 file (embedded in the page, written by
:mod:`translate.write.xliff`) with the edited targets and ``state="reviewed"`` put in, which
``translate review apply`` accepts as it is.

Safety with hostile articles: every piece of text reaches the page as JSON inside
``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped, and the page's script
puts it in the document with ``textContent`` only. A Content-Security-Policy allows the page's
own script and style by hash and nothing else: no other script, no remote loads, no requests
(``connect-src 'self'`` only when a server that accepts the export is named).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from ..inline import segment_spans
from ..model import Edition, EditionBlock, Finding, TranslatedSegment
from ..regexcache import compile as re_compile
from .label import label_dict
from .meta import review_meta
from .xliff import render as render_xliff
from .xliff import term_spans

EXTENSION = "review.html"
MEDIA_TYPE = "text/html"
PAGE_VERSION = 1

# What a reviewer sees each finding as: (category, label). The categories are the page's filter
# and its highlight styles; one place decides them.
CATEGORIES: dict[str, str] = {
    "name-wrong": "wrong name",
    "name-repaired": "repaired name",
    "name-variant": "variant found",
    "name-repeated": "name repeated",
    "number": "number",
    "date": "date",
    "untranslated": "untranslated",
    "other": "other",
}
_SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}
_WORD = re_compile(r"\w+", re.UNICODE)
# Control characters HTML does not allow in a document (a parse error; the character reference
# of a C1 control is even read as a windows-1252 character): a JSON edition edited by hand can
# hold them (fuzz48: U+0085 in a target reached the page raw). In the embedded JSON they are
# written as escapes (the same text once read); in the page's own text as U+FFFD.
_HTML_CONTROL = re_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _text(value: str) -> str:
    """``value`` as HTML text: escaped, a control character shown as U+FFFD."""
    return escape(_HTML_CONTROL.sub("\ufffd", value), quote=False)


UNTRANSLATED_MIN_WORDS = 4


@cache
def _asset(name: str) -> str:
    text = resources.files("translate.write").joinpath("review_assets", name).read_text("utf-8")
    if re.search(r"</(script|style)", text, re.I):  # it would end its element early
        raise AssertionError(f"{name} must not contain a closing script or style tag")
    return text


def csp_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline script or style."""
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
    return f"'sha256-{digest}'"


def embed_json(data: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``</script>``, ``<!--`` or
    ``]]>`` can be formed, because ``<``, ``>`` and ``&`` are written as escapes.

    >>> embed_json({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    # U+2028/2029 are valid in JSON and in HTML, escaped anyway for old JavaScript parsers
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return _HTML_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def storage_key(edition: Edition) -> str:
    """The ``localStorage`` key of the reviewer's work on this edition: its signature, article,
    locale, source fingerprint and creation time, so another edition never inherits it."""
    meta = review_meta(edition)
    parts = [meta["signature"], meta["article"], meta["locale"], meta["source-hash"]]
    digest = hashlib.sha256("\n".join([*parts, meta["created"]]).encode("utf-8")).hexdigest()
    return f"newsroom-translate/review/{digest[:32]}"


# -- findings and marks ---------------------------------------------------------------------------


def _span(span: Any, text: str) -> tuple[int, int] | None:
    if isinstance(span, (list, tuple)) and len(span) == 2:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError):
            return None
        if 0 <= start < end <= len(text):
            return start, end
    return None


def categorize(finding: Finding) -> str:
    """The page category of a finding (see :data:`CATEGORIES`)."""
    if finding.check == "glossary":
        if finding.data.get("match"):
            return "name-variant"  # the source writes the name in another form
        if finding.target_span is not None and finding.source_span is None:
            return "name-repeated"
        return "name-wrong"
    if finding.check == "numbers":
        return "number"
    if finding.check == "dates":
        return "date"
    if finding.check == "untranslated":
        return "untranslated"
    return "other"


def untranslated_spans(
    source: str, target: str, min_words: int = UNTRANSLATED_MIN_WORDS
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Runs of at least ``min_words`` words the target copies from the source, as
    ``(source span, target span)`` pairs: text the engine passed through untranslated.

    >>> untranslated_spans("The talks resume next week in Tbilisi.",
    ...                    "As conversas the talks resume next week.")
    [((0, 26), (13, 39))]
    >>> untranslated_spans("Talks resume today.", "Conversas retomadas hoje.")
    []
    """
    src = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(source)]
    tgt = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(target)]
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    used_t: set[int] = set()
    used_s: set[int] = set()
    while True:
        # the longest common run of words not used yet (sentences are short: O(n·m) is fine)
        best = (0, 0, 0)
        prev = [0] * (len(tgt) + 1)
        for i in range(len(src)):
            cur = [0] * (len(tgt) + 1)
            for j in range(len(tgt)):
                if src[i][2] == tgt[j][2] and i not in used_s and j not in used_t:
                    cur[j + 1] = prev[j] + 1
                    if cur[j + 1] > best[0]:
                        best = (cur[j + 1], i + 1, j + 1)
            prev = cur
        length, i_end, j_end = best
        if length < min_words or not any(
            ch.isalpha() for w in src[i_end - length : i_end] for ch in w[2]
        ):
            break
        i0, j0 = i_end - length, j_end - length
        used_s.update(range(i0, i_end))
        used_t.update(range(j0, j_end))
        out.append(((src[i0][0], src[i_end - 1][1]), (tgt[j0][0], tgt[j_end - 1][1])))
    return sorted(out, key=lambda pair: pair[1])


def _repair_message(name: str, term: dict[str, Any], expected: str) -> str:
    actions = term.get("actions") or []
    wrote = term.get("found_as")
    if "placeholder" in actions:
        return (
            f"{name}: the engine lost the name; the sentence was translated again with "
            f"\u201c{expected}\u201d protected: check the whole sentence"
        )
    if wrote and wrote != expected:
        return (
            f"{name}: the engine wrote \u201c{wrote}\u201d; the edition uses \u201c{expected}\u201d"
        )
    return f"{name}: the edition uses the glossary's \u201c{expected}\u201d"


def _segment_view(
    seg: TranslatedSegment, same_language: bool
) -> tuple[list[dict[str, Any]], list[list[Any]], list[list[Any]]]:
    """(findings, source marks, target marks) of one sentence for the page."""
    findings: list[dict[str, Any]] = []
    src_marks: list[list[Any]] = []
    tgt_marks: list[list[Any]] = []

    def add(
        category: str,
        severity: str,
        message: str,
        src: Any = None,
        tgt: Any = None,
        label: str | None = None,
    ) -> None:
        label = label or CATEGORIES[category]
        findings.append(
            {"category": category, "label": label, "severity": severity, "message": message}
        )
        s, t = _span(src, seg.source), _span(tgt, seg.target)
        if s:
            src_marks.append([s[0], s[1], category, f"{label}: {message}"])
        if t:
            tgt_marks.append([t[0], t[1], category, f"{label}: {message}"])

    for f in seg.findings:
        category = categorize(f)
        whole = seg.source.strip() == seg.target.strip() or seg.origin == "copy"
        if category == "untranslated" and whole:
            add(category, f.severity, f.message, (0, len(seg.source)), (0, len(seg.target)))
        else:
            tgt_span = f.target_span
            # what the edition put in the target: the localizer's replacement of a wrong date
            # or number, the glossary's form of a name the source wrote another way
            put = f.data.get("localized") or (
                f.data.get("expected") if category == "name-variant" else None
            )
            if tgt_span is None and isinstance(put, str) and put:
                at = seg.target.find(put)
                tgt_span = (at, at + len(put)) if at >= 0 else None
            label = f.check if category == "other" else None
            add(category, f.severity, f.message, f.source_span, tgt_span, label)
    for term, placed in zip(seg.terms, term_spans(seg), strict=True):
        name = str(term.get("name") or placed["term"] or placed["id"])
        if term.get("status") == "repaired":
            add(
                "name-repaired",
                "info",
                _repair_message(name, term, str(placed["translation"])),
                placed["source_span"],
                placed["target_span"],
            )
        elif term.get("status") in ("kept", None) and placed["source_span"]:
            # a name the glossary checked and found right: marked, not a finding
            title = f"glossary: {name}"
            src_marks.append([*placed["source_span"], "name-ok", title])
            if placed["target_span"]:
                tgt_marks.append([*placed["target_span"], "name-ok", title])
    if not same_language and seg.origin != "copy" and seg.source.strip() != seg.target.strip():
        names = [(m[0], m[1]) for m in tgt_marks if m[2] == "name-ok"]
        for s_span, t_span in untranslated_spans(seg.source, seg.target):
            if any(a <= t_span[0] and t_span[1] <= b for a, b in names):
                continue  # a multi-word name the glossary keeps as written
            words = seg.target[t_span[0] : t_span[1]]
            add(
                "untranslated",
                "warning",
                f"copied from the source, untranslated? {words}",
                s_span,
                t_span,
            )
    return findings, src_marks, tgt_marks


def _inline_marks(
    block: EditionBlock,
) -> tuple[dict[str, list[list[Any]]], dict[str, list[list[Any]]]]:
    """Links, emphasis and code of the block as marks in both columns (category ``inline``,
    the title saying what the markup is, e.g. ``link 1: https://...``): the reviewer sees where
    the edition puts each link, and which ones the translation lost."""

    def title(k: int) -> str:
        span = block.source_inline[k]
        url = span.attrs.get("href") or span.attrs.get("src")
        return f"{span.kind} {k + 1}" + (f": {url}" if url else "")

    def marks(side: dict[str, list[tuple[int, int, int, int]]]) -> dict[str, list[list[Any]]]:
        return {sid: [[a, b, "inline", title(k)] for a, b, k, _ in x] for sid, x in side.items()}

    return marks(segment_spans(block, source=True)), marks(segment_spans(block))


def needs_review(seg: TranslatedSegment, findings: list[dict[str, Any]]) -> bool:
    """Sentences a reviewer must confirm: translated (not confirmed already) ones, and
    sentences left as written that have findings."""
    if not seg.source.strip() or seg.origin == "tm":
        return False
    return seg.origin != "copy" or bool(findings)


def page_data(edition: Edition, submit_url: str | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON (the page's only input)."""
    same = edition.source_lang == edition.target_lang
    blocks: list[dict[str, Any]] = []
    segments: list[dict[str, Any]] = []
    for index, block in enumerate(edition.blocks):
        lang = block.lang
        blocks.append(
            {
                "index": index,
                "kind": block.kind,
                "level": block.level,
                "language": lang.lang if lang else None,
                "confidence": round(lang.confidence, 3) if lang else None,
                "method": lang.method if lang else None,
                **({"number": block.number} if block.number is not None else {}),
                **({"code": block.source, "info": block.info} if block.kind == "code" else {}),
                # a table's cell: [table, row, column], shown as its place to the reviewer
                **({"cell": list(block.cell)} if block.cell is not None else {}),
            }
        )
        src_inline, tgt_inline = _inline_marks(block)
        for seg in block.segments:
            findings, src_marks, tgt_marks = _segment_view(seg, same)
            src_marks += src_inline.get(seg.id, [])
            tgt_marks += tgt_inline.get(seg.id, [])
            rank = max((_SEVERITY_RANK.get(f["severity"], 1) for f in findings), default=0)
            segments.append(
                {
                    "id": seg.id,
                    "block": index,
                    "source": seg.source,
                    "target": seg.target,
                    "origin": seg.origin,
                    "language": seg.segment.lang,
                    "findings": findings,
                    "rank": rank,
                    "needs_review": needs_review(seg, findings),
                    "marks": {"source": src_marks, "target": tgt_marks},
                }
            )
    label = label_dict(edition)
    meta = review_meta(edition)
    return {
        "version": PAGE_VERSION,
        "key": storage_key(edition),
        "article": {
            "id": edition.article.id,
            "title": edition.title or edition.article.title or edition.article.id,
            "source": edition.article.source,
        },
        "title_language": edition.locale if edition.title else edition.source_lang,
        "locale": edition.locale,
        "source_language": edition.source_lang,
        "direction": edition.direction,
        "created": edition.created,
        "signature": edition.signature.format(),
        "source_hash": meta["source-hash"],
        "label": label["text"],
        "categories": CATEGORIES,
        "blocks": blocks,
        "segments": segments,
        "export_name": f"{edition.article.id}.{edition.locale}.review.xlf",
        "edition_name": meta["edition"],
        "submit_url": submit_url,
        "xliff": render_xliff(edition),
    }


def _csp(script: str, style: str, submit: bool) -> str:
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src {csp_hash(script)}",
            f"style-src {csp_hash(style)}",
            "img-src 'none'",
            "font-src 'none'",
            "connect-src 'self'" if submit else "connect-src 'none'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def render_page(edition: Edition, *, submit_url: str | None = None) -> str:
    """The review page of ``edition``. With ``submit_url`` (a path on the server that serves the
    page), the page also offers to send the export there with ``POST`` (XLIFF body)."""
    if submit_url is not None and not submit_url.startswith("/"):
        raise ValueError("submit_url must be a path on the page's own server")
    script, style = _asset("page.js"), _asset("page.css")
    data = page_data(edition, submit_url)
    title = f"Review: {data['article']['title']} ({edition.locale})"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en" dir="ltr">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="'
        + escape(_csp(script, style, submit_url is not None), quote=False).replace('"', "&quot;")
        + '">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="newsroom-translate '
        + escape(edition.signature.tool_version, quote=True)
        + '">',
        f"<title>{_text(title)}</title>",
        f"<style>{style}</style>",
        f'<script type="application/json" id="review-data">{embed_json(data)}</script>',
        "</head>",
        "<body>",
        "<noscript><p>This review page needs JavaScript (the page's own script only).</p>"
        "</noscript>",
        *_code_section(edition),
        f"<script>{script}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


def _code_section(edition: Edition) -> list[str]:
    """The article's code blocks, shown as written (carried verbatim into every edition, never
    translated: nothing to review), each with its paragraph number, so the reviewer sees them."""
    items = [
        f'<figure><figcaption>\u00b6 {i + 1}{" " + _text(b.info) if b.info else ""}'
        f"</figcaption><pre><code>{chr(10) if b.source.startswith(chr(10)) else ''}"
        f"{_text(b.source)}</code></pre></figure>"
        for i, b in enumerate(edition.blocks) if b.kind == "code" and b.source
    ]  # fmt: skip
    if not items:
        return []
    head = "<h2>Code blocks (carried verbatim, not translated)</h2>"
    return ['<section class="code-blocks" aria-label="Code blocks">', head, *items, "</section>"]


def render(edition: Edition) -> str:
    """The page as an edition format (``--format review``): works opened as a file."""
    return render_page(edition)


def write_review_page(edition_path: str | Path, output: str | Path | None = None) -> Path:
    """Write the review page of a JSON edition (default: beside it, as
    ``<article>.<locale>.review.html``); returns the page's path."""
    from ..fsutil import write_atomic
    from ..review import load_edition

    source = Path(edition_path)
    edition = load_edition(source, controls=True)  # shown as U+FFFD, to be found (fuzz48)
    target = (
        Path(output)
        if output is not None
        else source.with_name(f"{edition.article.id}.{edition.locale}.{EXTENSION}")
    )
    return write_atomic(target, render(edition))
