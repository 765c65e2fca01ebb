"""Plain data types passed between the pipeline's stages.

Data flows one way: ``read`` makes an :class:`Article`; ``detect`` fills in languages;
``segment`` cuts blocks into :class:`Segment` objects; the engine layer returns
:class:`TranslatedSegment` objects; ``check`` adds :class:`Finding` objects; ``localize``
rewrites targets; ``edition`` assembles an :class:`Edition`, the single input of every writer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, get_args

# "code": a code block (Markdown fence or indented block, HTML <pre> of code), carried verbatim:
# never sent to the engine, never localized
# "term" and "definition": a definition list's term (HTML <dt>) and its definition (<dd>)
BlockKind = Literal[
    "title", "heading", "paragraph", "list_item", "quote", "code", "term", "definition"
]
Origin = Literal["mt", "cache", "tm", "copy"]
Severity = Literal["info", "warning", "error"]

UNDETERMINED = "und"


@dataclass(frozen=True)
class LanguageGuess:
    """A detected language (ISO 639-1, or ``und``) with a confidence in [0, 1]."""

    lang: str
    confidence: float
    method: str = "langdetect"  # script | letters | langdetect | context | none

    def to_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "confidence": round(self.confidence, 4), "method": self.method}


InlineKind = Literal["link", "strong", "em", "code", "image", "br"]


@dataclass(frozen=True)
class InlineSpan:
    """Inline markup over ``[start, end)`` of a block's text: a link (``attrs["href"]``),
    emphasis or a code span. Kept beside the plain text, which is what the engine sees."""

    start: int
    end: int
    kind: InlineKind
    attrs: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "kind": self.kind}
        if self.attrs:
            out["attrs"] = dict(self.attrs)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> InlineSpan:
        kind = str(data.get("kind", ""))
        if kind not in get_args(InlineKind):
            raise ValueError(f"unknown inline kind {kind!r}")
        attrs = data.get("attrs") or {}
        return cls(
            int(data["start"]),
            int(data["end"]),
            kind,  # type: ignore[arg-type]
            {str(k): str(v) for k, v in attrs.items()},
        )


@dataclass
class Block:
    """A paragraph-level unit of the article: its kind, text and position in the input."""

    kind: BlockKind
    text: str
    level: int = 0  # heading level (1-6); list nesting otherwise
    start: int = -1  # offset of ``text`` in ``Article.text`` (-1 when not recoverable)
    lang: LanguageGuess | None = None
    inline: list[InlineSpan] = field(default_factory=list)  # spans over ``text``
    # structural evidence that the block is page furniture, found by the reader in the page's
    # markup ("html:markup", "html:link-line") with its reason; the boilerplate stage drops it
    furniture: tuple[str, str] | None = None
    # an item of an ordered list: its number as the source writes it (the first one is the
    # list's start value); None for a bullet item and every other block
    number: int | None = None
    # a code block's info string (a Markdown fence's language, "python"; HTML's language-X)
    info: str = ""
    # a cell of a data table: (table, row, column), the table numbered in the article from 0,
    # rows and columns from 0 as the source lays them out; None for every other block
    cell: tuple[int, int, int] | None = None
    # a picture's caption (an HTML figure's ``<figcaption>``), read as a paragraph right after
    # its picture: translated and written as any paragraph (struct35)
    caption: bool = False

    def link_share(self) -> float:
        """The share of the block's letters and digits that stand inside links (0 when it has
        none): a block that is only a link is another page's title, not article text. A
        footnote's spans are no links to another page (struct52): a definition's span covers
        its whole text ("[^1]: text" read as the note's own words), a reference's the word it
        follows; counted as links they made a run of notes a "link run" of page furniture."""
        # ``map`` of the C method: no Python frame a character (speed51)
        letters = sum(map(str.isalnum, self.text))
        if not letters:
            return 0.0
        linked = sum(sum(map(str.isalnum, self.text[span.start : span.end]))
                     for span in self.inline
                     if span.kind == "link" and "footnote" not in span.attrs)  # fmt: skip
        return linked / letters


@dataclass(frozen=True)
class Dropped:
    """A piece of input removed as boilerplate, kept so an editor can check the decision."""

    text: str
    rule: str  # rule id, e.g. "en:comment-form"
    reason: str


@dataclass
class Article:
    """A source article as read: blocks in order plus provenance."""

    id: str  # stable slug used for file names
    blocks: list[Block]
    source: str  # path, URL or "-"
    format: str  # txt | md | html | feed | json
    text: str = ""  # the decoded input text, so offsets can be reported against it
    title: str | None = None  # also blocks[0] (kind "title") when present, so it is translated
    meta: dict[str, str] = field(default_factory=dict)  # url, published, author, guid, ...
    dropped: list[Dropped] = field(default_factory=list)
    lang: LanguageGuess | None = None

    @property
    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks)


@dataclass(frozen=True)
class Segment:
    """One sentence of one block: the engine's unit of work."""

    id: str  # "b{block}.s{index}", stable within an article
    block: int
    index: int
    source: str
    start: int  # offset of the sentence inside its block's text
    end: int
    lang: str  # source language of this sentence (the block's, else the article's)


@dataclass(frozen=True)
class Finding:
    """Something a reviewer should look at: produced by checks, never fatal."""

    check: str  # glossary | numbers | untranslated | placeholder | boilerplate | ...
    severity: Severity
    message: str
    segment: str | None = None
    source_span: tuple[int, int] | None = None  # offsets into the segment's source
    target_span: tuple[int, int] | None = None  # offsets into the segment's target
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
            "segment": self.segment,
        }
        if self.source_span is not None:
            out["source_span"] = list(self.source_span)
        if self.target_span is not None:
            out["target_span"] = list(self.target_span)
        if self.data:
            out["data"] = self.data
        return out


@dataclass
class TranslatedSegment:
    """A segment with its translation and where that translation came from."""

    segment: Segment
    target: str
    origin: Origin = "mt"
    findings: list[Finding] = field(default_factory=list)
    terms: list[dict[str, Any]] = field(
        default_factory=list
    )  # glossary terms used (id, forms, spans)

    @property
    def id(self) -> str:
        return self.segment.id

    @property
    def source(self) -> str:
        return self.segment.source


@dataclass
class EditionBlock:
    """A translated block: the source block and its segments in order."""

    kind: BlockKind
    level: int
    source: str
    segments: list[TranslatedSegment]
    lang: LanguageGuess | None = None
    joiner: str = " "  # how sentences are joined back (locale-dependent: "" for zh/ja)
    source_inline: list[InlineSpan] = field(default_factory=list)  # spans over ``source``
    inline: list[InlineSpan] = field(
        default_factory=list
    )  # spans over ``target`` (translate.inline)
    number: int | None = None  # an ordered list item's number (Block.number)
    info: str = ""  # a code block's info string (Block.info)
    cell: tuple[int, int, int] | None = None  # a table cell's (table, row, column) (Block.cell)
    caption: bool = False  # a picture's caption, right after its picture (Block.caption)

    @property
    def target(self) -> str:
        if self.kind == "code":  # code is carried verbatim, never translated
            return self.source
        return self.joiner.join(s.target for s in self.segments if s.target)


@dataclass(frozen=True)
class Signature:
    """What produced an edition, so a result can be reproduced (sacreBLEU-style)."""

    engine: str
    model: str
    model_version: str
    pivot: str | None
    glossary: str  # short hash of the loaded glossary, or "none"
    cldr: str
    tool_version: str
    seed: int = 0
    detector: str = "unknown"  # language detector and its version, e.g. "fasttext@1.1.0"

    def format(self) -> str:
        return "|".join(
            [
                f"engine:{self.engine}",
                f"model:{self.model}",
                f"version:{self.model_version}",
                f"pivot:{self.pivot or 'no'}",
                f"glossary:{self.glossary}",
                f"cldr:{self.cldr}",
                f"detect:{self.detector}",
                f"seed:{self.seed}",
                f"v:{self.tool_version}",
            ]
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "model": self.model,
            "model_version": self.model_version,
            "pivot": self.pivot,
            "glossary": self.glossary,
            "cldr": self.cldr,
            "tool_version": self.tool_version,
            "seed": self.seed,
            "detector": self.detector,
            "signature": self.format(),
        }


class EditionStats(TypedDict, total=False):
    """Counts and timings of one edition (``stats`` in the JSON edition)."""

    segments: int
    words: int
    origins: dict[str, int]  # mt | cache | tm | copy -> sentences
    timings: dict[str, float]  # stage -> seconds


class LocalizeReport(TypedDict):
    """What the localize stage rewrote: per segment, the changes; per kind, how many."""

    locale: str
    changes: dict[str, list[dict[str, Any]]]  # segment id -> Change.to_dict() items
    counts: dict[str, int]


class GlossaryItem(TypedDict):
    """One glossary name in one sentence, and what became of it in the target."""

    segment: str
    entry: str
    name: str
    match: str
    surface: str
    source_span: list[int]
    expected: str
    status: str  # kept | repaired | wrong | duplicated
    found_as: str | None
    target_span: list[int] | None
    actions: list[str]


class GlossaryReport(TypedDict):
    """The names of an edition: counts, a summary line, and every item."""

    glossary: str
    entries: int
    locale: str
    mentions: int
    kept: int
    repaired: int
    wrong: int
    duplicated: int
    source_fixed: int
    summary: str
    items: list[GlossaryItem]


class RouteReport(TypedDict):
    """The engine route of the article's main language."""

    engine: str
    model: str
    version: str
    pivot: str | None
    hops: list[str]


class ReviewReport(TypedDict):
    """Reviewed files applied to the edition, oldest first."""

    history: list[dict[str, Any]]


class RewriteReport(TypedDict, total=False):
    """Rewrites of the engine's output by one stage (translate.spelling, .untranslatable):
    each change has ``segment``, ``from``, ``to`` and a ``span`` or ``rule``."""

    locale: str
    changes: list[dict[str, Any]]


class EditionReports(TypedDict, total=False):
    """The stages' reports on one edition (``reports`` in the JSON edition)."""

    localize: LocalizeReport
    glossary: GlossaryReport
    spelling: RewriteReport
    untranslatable: RewriteReport
    route: RouteReport
    review: ReviewReport


@dataclass
class Edition:
    """A localized edition of one article for one target locale: the input of every writer."""

    article: Article
    locale: str  # BCP 47 target tag, e.g. "pt-BR"
    source_lang: str
    target_lang: str  # the model's language code, e.g. "pt"
    direction: Literal["ltr", "rtl"]
    blocks: list[EditionBlock]
    signature: Signature
    created: str  # ISO 8601 UTC timestamp
    findings: list[Finding] = field(default_factory=list)
    stats: EditionStats = field(default_factory=lambda: EditionStats())
    reports: EditionReports = field(default_factory=lambda: EditionReports())
    review_required: bool = False  # set by the publication policy "mark" (translate.publish)

    @property
    def blocking(self) -> list[Finding]:
        """Findings that stop publication: severity ``error`` (see :mod:`translate.publish`)."""
        return [f for f in self.findings if f.severity == "error"]

    @property
    def segments(self) -> list[TranslatedSegment]:
        return [s for b in self.blocks for s in b.segments]

    @property
    def title(self) -> str | None:
        """The translated title (the first ``title`` block), if the article has one."""
        for block in self.blocks:
            if block.kind == "title":
                return block.target
        return None
