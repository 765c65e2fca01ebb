"""PO edition through ``babel.messages``: one message per sentence, for gettext-based tools.

``msgctxt`` is the segment id (so identical sentences stay distinct messages), automatic
comments carry QA findings, and every machine translation is flagged ``fuzzy``: in PO tools a
fuzzy entry is one a person has not confirmed yet, which is exactly what machine output is.
Translation-memory hits are not fuzzy. Babel drops unknown header fields, so what ``translate
review apply`` needs (article, source fingerprint, signature) goes in the header comment.

Inline markup (links, emphasis, code) is written in the XLIFF-like notation of gettext tools:
``<1>the plan</1>`` in msgid and msgstr, numbered as the block's spans (XLIFF ``<pc id="p1">``),
with an automatic comment ``inline <1>: link https://...`` per number saying what it stands for;
only messages with such a comment use the notation (a literal ``<`` before ``1>`` or ``<`` is
then doubled, see :func:`translate.inline.to_tags`). ``review apply`` reads it back.

A line break between two sentences of a block (``<br>`` between them) ends the first one's
msgid and msgstr with ``\n``, the gettext convention for a message that ends a line (``msgfmt
--check`` and translate-toolkit's ``pofilter`` require msgid and msgstr to agree on it), and an
automatic comment ``line break after this sentence`` says so; ``review apply`` takes the ``\n``
off again (the break is the source's structure, kept whatever the translator writes).
"""

from __future__ import annotations

import datetime as dt
import io
import itertools

from babel.messages.catalog import Catalog

from .. import __version__
from ..inline import numbered, segment_spans, to_tags
from ..model import Edition, EditionBlock, TranslatedSegment
from ..regexcache import compile as re_compile
from .label import is_copy, mt_label
from .meta import review_meta
from .table import place

EXTENSION = "po"
MEDIA_TYPE = "text/x-gettext-translation"
META_PREFIX = "X-Translate-"


def needs_review(seg: TranslatedSegment) -> bool:
    """Machine output not yet confirmed by a person."""
    return seg.origin in ("mt", "cache") or not seg.target.strip()


# What no PO file can hold, whatever the escaping: NUL ends a C string, EOT separates msgctxt
# from msgid inside gettext, and a lone surrogate has no UTF-8 form. Articles never bring them
# (translate.read.clean_text); for editions built by other means they become U+FFFD.
_UNCARRIABLE = re_compile("[\x00\x04\ud800-\udfff]")


def _po(text: str) -> str:
    return _UNCARRIABLE.sub("\ufffd", text)


def _comment(text: str) -> str:
    return " ".join(_po(text).split())


def _when(created: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime.now(dt.timezone.utc)


def build_catalog(edition: Edition) -> Catalog:
    copy = is_copy(edition)
    header = [
        (f"Copy of {_comment(edition.article.id)} as written for {edition.locale}, already in "
         "its language: not translated." if copy else
         f"Machine translation of {_comment(edition.article.id)} into {edition.locale}."),
        _comment(mt_label(edition)),
    ]
    header += [
        f"{META_PREFIX}{key.title()}: {_comment(value)}"
        for key, value in review_meta(edition).items()
    ]
    catalog = Catalog(
        locale=edition.locale.replace("-", "_"),
        domain=edition.article.id,
        header_comment="\n".join(f"# {line}" for line in header),
        project=f"{edition.article.id}",
        version=edition.signature.model_version.replace(" ", ""),
        msgid_bugs_address="",
        language_team=edition.locale,
        fuzzy=False,
        charset="utf-8",
        creation_date=_when(edition.created),
        revision_date=_when(edition.created),
    )
    catalog.last_translator = (f"newsroom-translate {__version__} "
                               + ("(copy, not translated)" if copy else "(machine translation)"))
    for block in edition.blocks:
        sources = segment_spans(block, source=True)
        targets = segment_spans(block)
        ends_line = _ends_line(block)
        for seg in block.segments:
            comments = [f"origin: {seg.origin}; block: {block.kind}"
                        + (f"; {place(block)}" if block.cell is not None else "")]  # fmt: skip
            comments += [f"{f.check} ({f.severity}): {_comment(f.message)}" for f in seg.findings]
            source, target = seg.source, seg.target
            marks = sources.get(seg.id, [])
            if marks:
                comments += _inline_comments(block, marks)
                source = to_tags(source, [(a, b, k + 1) for a, b, k, _ in marks])
                target = to_tags(target, [(a, b, k + 1) for a, b, k, _ in targets[seg.id]])
            if seg.id in ends_line:
                comments.append(LINE_BREAK_COMMENT)
                source, target = source + "\n", target + "\n" if target else target
            message = catalog.add(
                _po(source),
                _po(target),
                auto_comments=comments,
                flags=("fuzzy",) if needs_review(seg) else (),
                context=_po(seg.id),
            )
            if message is not None:
                # Babel guesses python-format from "%" in news text ("12.5% in"); it is not.
                message.flags.discard("python-format")
    return catalog


INLINE_COMMENT = "inline <"
LINE_BREAK_COMMENT = "line break after this sentence"


def _ends_line(block: EditionBlock) -> set[str]:
    """The ids of the block's sentences followed by a line break before the next sentence."""
    src, _ = numbered(block)
    out: set[str] = set()
    for before, after in itertools.pairwise(block.segments):
        lo, hi = before.segment.end, after.segment.start
        if any(x.kind == "br" and lo <= x.start and x.end <= hi for x, _ in src):
            out.add(before.id)
    return out


def _inline_comments(block: EditionBlock, marks: list[tuple[int, int, int, int]]) -> list[str]:
    out: list[str] = []
    for k in sorted({k for _, _, k, _ in marks}):
        span = block.source_inline[k]
        url = span.attrs.get("href") or span.attrs.get("src")
        what = f"{span.kind} {url}" if url else span.kind
        if span.attrs.get("footnote"):  # a Markdown footnote's definition, or its mark's word
            kind = "definition" if span.attrs.get("definition") else "reference"
            what = f"footnote {kind} [^{span.attrs['footnote']}]"
        out.append(f"{INLINE_COMMENT}{k + 1}>: {_comment(what)}")
    return out


_LONG_WORD = re_compile(r"\w{200}")
NO_WRAP = 1_000_000  # a line width no message or comment reaches
_LONG_URL = 50  # "#. inline <12>: image " and an address this long reach Babel's 76 columns


def _width(edition: Edition) -> int:
    """Babel's line wrapping, unless a sentence holds a very long word: its word-splitting
    regex backtracks quadratically on one (a 1 MB token would take hours), so such a file is
    written unwrapped (gettext reads any line length); unwrapped too, comments included, when
    an inline link or image address holds "--", where the wrapping would cut it, or is long."""
    texts = (t for seg in edition.segments for t in (seg.source, seg.target))
    if any(_LONG_WORD.search(t) for t in texts):
        return 0  # no wrapping
    # a URL of an inline comment with a run of hyphens ("Isere---Le-Fornet.jpg"): Babel's
    # wrapping (comments are wrapped at 76 even when width is 0, as xgettext does) breaks the
    # line there as at a dash, and the address would stand on two lines: no wrapping at all
    urls = (
        span.attrs.get("href") or span.attrs.get("src") or ""
        for block in edition.blocks
        for span in block.source_inline
    )
    # and so when an address is long enough that its comment line "inline <n>: link URL"
    # passes 76 columns: the wrapping would put the address on a line of its own, apart from
    # the placeholder it belongs to (untrans14: 41 of set W's 169 links)
    return NO_WRAP if any("--" in url or len(url) > _LONG_URL for url in urls) else 76


def render(edition: Edition) -> str:
    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, build_catalog(edition), width=_width(edition), no_location=True)
    return buffer.getvalue().decode("utf-8")
