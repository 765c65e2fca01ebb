"""Drop non-article blocks (comment forms, share prompts, cookie notices...) before translation.

Rules are data (``locales/languages/<lang>.toml`` ``[boilerplate]``, plus ``common.toml`` and
the fallback sets it names). Each rule is a list of patterns matched against a *whole*, short
block, so a long paragraph that merely mentions "subscribe" is never touched, and a source
credit such as "Source: Al Jazeera" is article text. A ``section`` rule ("Leave a Reply",
"Related posts") also takes the form fields, link lists and short label-like blocks that
follow it; a section rule with ``stamps`` (a comment thread) also takes, after each comment's
date line ("2 hours ago"), the comment it dates (up to ``thread_blocks`` blocks), so readers'
comments under an article are not translated as the article. Every removal is recorded as a
:class:`~translate.model.Dropped` with its rule id, so
an editor can check the decision, and ``keep=True`` turns the stage off.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import regexcache
from .errors import DataError
from .langdata import COMMON, base_language, languages_dir, load_file, str_list
from .model import Article, Block, Dropped
from .regexcache import compile as re_compile

# Decoration around widget text: "» Read more", "Share this:", "— Advertisement —"
_EDGE = " \t\r\n\u00a0\u202f|•·►▶»«›‹>–—-_=~#"
_TAIL = _EDGE + ":.!…"
SENTENCE_END = re_compile(r"[.!?…。！？؟։][\"'”’»)\]]*$")


@dataclass(frozen=True)
class BoilerplateRule:
    """One rule: patterns matched against a whole block, and what follows a section marker."""

    id: str  # "<lang>:<rule>", e.g. "en:comment-form"
    reason: str
    pattern: re.Pattern[str]
    follow: re.Pattern[str] | None
    section: bool
    max_chars: int
    # a comment thread: after a stamp ("2 hours ago", "Hace 28 minutos") the next blocks, up to
    # ``thread_blocks``, are the comment it dates, whatever their length
    stamp: re.Pattern[str] | None = None
    thread_blocks: int = 0
    # a block of this rule that ends with ":" introduces what follows it (article text: "Learn
    # more about the different types of tax professionals:" then the list or the sections), kept
    list_intro: bool = False
    # a block of this rule that ends as a sentence (".", "!", "?") is the article's own sentence
    # ("Learn more about choosing the right prepaid card."), kept: only the bare link label or
    # button ("Learn more about the Wharton MBA Program") is dropped
    label_only: bool = False

    def matches(self, normalized: str) -> bool:
        return len(normalized) <= self.max_chars and self.pattern.fullmatch(normalized) is not None


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[BoilerplateRule, ...]
    section_max_chars: int


def _compile(patterns: list[str], rule_id: str, where: str) -> re.Pattern[str]:
    try:
        # the shipped opcodes when the rule is unchanged (translate.regexcache)
        return regexcache.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as exc:
        raise DataError(f"boilerplate rule {rule_id}: bad pattern: {exc}", path=where) from None


def _positive_int(table: dict[str, Any], key: str, default: int, where: str) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise DataError(f"[boilerplate] {key!r} must be a positive integer", path=where)
    return value


def _section(name: str) -> dict[str, Any]:
    value = load_file(name).get("boilerplate", {})
    if not isinstance(value, dict):
        raise DataError("[boilerplate] must be a table", path=str(languages_dir() / f"{name}.toml"))
    return value


@cache
def _file_rules(name: str) -> tuple[BoilerplateRule, ...]:
    table = _section(name)
    where = str(languages_dir() / f"{name}.toml")
    default_max = _positive_int(table, "max_chars", 0, where) if "max_chars" in table else (
        _positive_int(_section(COMMON), "max_chars", 160, where)
    )
    raw_rules = table.get("rules", [])
    if not isinstance(raw_rules, list):
        raise DataError("[[boilerplate.rules]] must be an array of tables", path=where)
    rules: list[BoilerplateRule] = []
    for raw in raw_rules:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise DataError("each boilerplate rule needs an 'id'", path=where)
        rule_id = f"{name}:{raw['id']}"
        patterns = str_list(raw, "patterns", where=where)
        if not patterns:
            raise DataError(f"boilerplate rule {rule_id} has no patterns", path=where)
        follow = str_list(raw, "follow", where=where)
        stamps = str_list(raw, "stamps", where=where)
        rules.append(
            BoilerplateRule(
                id=rule_id,
                reason=str(raw.get("reason", raw["id"])),
                pattern=_compile(patterns, rule_id, where),
                follow=_compile(follow, rule_id, where) if follow else None,
                section=bool(raw.get("section", False)),
                max_chars=_positive_int(raw, "max_chars", default_max, where),
                stamp=_compile(stamps, rule_id, where) if stamps else None,
                thread_blocks=_positive_int(raw, "thread_blocks", 3, where) if stamps else 0,
                list_intro=bool(raw.get("list_intro", False)),
                label_only=bool(raw.get("label_only", False)),
            )
        )
    return tuple(rules)


@cache
def rules_for(lang: str | None) -> RuleSet:
    """The rules applied to an article in ``lang``: its own, the common ones, the fallbacks."""
    common = _section(COMMON)
    where = str(languages_dir() / "common.toml")
    names: list[str] = []
    base = base_language(lang)
    if base is not None:
        names.append(base)
    names.append(COMMON)
    for fallback in str_list(common, "fallback", where=where):
        fb = base_language(fallback)
        if fb is not None and fb not in names:
            names.append(fb)
    rules = tuple(rule for name in names for rule in _file_rules(name))
    return RuleSet(rules, _positive_int(common, "section_max_chars", 120, where))


def normalize(text: str) -> str:
    """Whitespace collapsed, decoration and a trailing ``:``/``.`` removed: what rules see."""
    return " ".join(text.split()).strip(_EDGE).rstrip(_TAIL).strip()


def _sentence_kept(rule: BoilerplateRule, text: str) -> bool:
    """Whether a block a ``label_only`` rule matched is a sentence of the article (it ends as
    one), so that the rule stands down for it."""
    return rule.label_only and SENTENCE_END.search(text.strip()) is not None


def match_rule(text: str, lang: str | None) -> BoilerplateRule | None:
    """The first rule that a block with this text matches on its own, if any."""
    normalized = normalize(text)
    for rule in rules_for(lang).rules:
        if rule.matches(normalized) and not _sentence_kept(rule, text):
            return rule
    return None


def _belongs(block: Block, normalized: str, rule: BoilerplateRule, limit: int) -> bool:
    """Whether a block after a section marker is still part of that section."""
    if rule.follow is not None and rule.follow.fullmatch(normalized):
        return True
    if block.kind == "heading":
        return False
    if block.kind in ("list_item", "term"):
        return len(normalized) <= rule.max_chars
    return len(normalized) <= limit and not SENTENCE_END.search(block.text.strip())


def _raw_text(article: Article, block: Block) -> str:
    """The block as it stands in the input, line breaks included (plain-text readers turn
    them into spaces one for one, so the offsets still fit)."""
    start, text = block.start, block.text
    if start >= 0 and "\n" not in text:
        raw = article.text[start : start + len(text)]
        if len(raw) == len(text) and " ".join(raw.split()) == " ".join(text.split()):
            return raw
    return text


def _section_block(text: str, ruleset: RuleSet) -> BoilerplateRule | None:
    """A section pasted as one block, its lines not separated by blank lines ("Related
    Articles" then headline after headline): the section rule when the first line is its
    marker and every other line is short and does not end like a sentence."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    first = normalize(lines[0])
    rule = next((r for r in ruleset.rules if r.section and r.matches(first)), None)
    if rule is None:
        return None
    for line in lines[1:]:
        normalized = normalize(line)
        if rule.follow is not None and rule.follow.fullmatch(normalized):
            continue
        if len(normalized) > ruleset.section_max_chars or SENTENCE_END.search(line):
            return None
    return rule


TEASER_MAX_WORDS = 80


def _teasers_to_the_end(blocks: list[Block], start: int) -> bool:
    """Whether the blocks from ``start`` to the end of the article are teasers of other
    articles: two or more (heading, one short paragraph) pairs and nothing else ("Other
    opinion columns" then headline, standfirst, headline, standfirst...). An article that goes
    on after a marker has paragraphs without a heading of their own or longer ones."""
    rest = blocks[start:]
    if len(rest) < 4 or len(rest) % 2:
        return False
    for head, para in zip(rest[0::2], rest[1::2], strict=True):
        if head.kind != "heading" or para.kind != "paragraph":
            return False
        if len(para.text.split()) > TEASER_MAX_WORDS:
            return False
    return True


# an excerpt cut off by the site: "... when he signed up to be a Math Corps…", "[…]", "[...]"
_CUT_OFF = re_compile(r"(?:\u2026|\.\.\.|\[(?:\u2026|\.\.\.)\])\s*$")
EXCERPT_TEASERS_ID = "shape:excerpt-teasers"
EXCERPT_TEASERS_REASON = "teasers of other articles: headlines with cut-off excerpts to the end"


def _excerpt_teasers(blocks: list[Block]) -> int:
    """Where a run of teasers of other articles that ends the article starts (``len(blocks)``
    when there is none): two or more (heading, paragraph) pairs, each paragraph a short
    excerpt the site cut off with an ellipsis, and nothing after them. Any language: the
    evidence is the shape (a headline, then a cut-off excerpt, again and again), no words."""
    start = len(blocks)
    while start >= 2:
        head, para = blocks[start - 2], blocks[start - 1]
        if head.kind != "heading" or para.kind != "paragraph":
            break
        if len(para.text.split()) > TEASER_MAX_WORDS or not _CUT_OFF.search(para.text):
            break
        start -= 2
    return start if len(blocks) - start >= 4 else len(blocks)


def _picture(block: Block) -> bool:
    """A picture block of the reader: an image and its alt text, nothing else."""
    return any(
        s.kind == "image" and s.start == 0 and s.end == len(block.text) for s in block.inline
    )


HEADING_RUN_ID = "shape:heading-run"
HEADING_RUN_REASON = "headings with no text under them to the end: titles of other articles"
HEADING_RUN_MIN = 3


def _heading_run(blocks: list[Block]) -> int:
    """Where a run of headings that ends the article starts (``len(blocks)`` when there is
    none): three or more headings in a row after the article's last paragraph, with no text
    under any of them (only pictures and lines already marked as furniture between them). A
    section heading heads text; headings one after another to the end of the page are a list
    of other articles' titles ("Gronk may have found his true calling", "NFL office pool picks
    for Week 12"...); their pictures go with them. Any language: the evidence is the shape."""
    start = len(blocks)
    headings = 0
    # lines the reader already marked as page furniture (a sign-up box between the titles) are
    # no text under a heading (they keep their own rule), nor is a picture (a teaser's image)
    while start > 0 and (
        blocks[start - 1].kind == "heading"
        or blocks[start - 1].furniture
        or _picture(blocks[start - 1])
    ):
        start -= 1
        headings += blocks[start].kind == "heading" and not blocks[start].furniture
    while start < len(blocks) and (blocks[start].kind != "heading" or blocks[start].furniture):
        start += 1
    body = any(
        b.kind not in ("title", "heading") and not b.furniture and not _picture(b)
        for b in blocks[:start]
    )
    return start if body and headings >= HEADING_RUN_MIN else len(blocks)


LINK_RUN_ID = "shape:link-run"
LINK_RUN_REASON = "lines that are each a link and nothing else, to the end: titles of other pages"
LINK_RUN_MIN = 3
LINK_RUN_SHARE = 0.8
LINK_RUN_MAX_WORDS = 25


def _whole_link(block: Block) -> bool:
    """A short paragraph or heading whose letters stand in links (four in five or more):
    another page's title as a link, no words of its own. Not a list item: a list of links that
    ends an article may be its own (its resources, its sources)."""
    return (
        block.kind in ("paragraph", "heading", "definition")
        and block.link_share() >= LINK_RUN_SHARE
        and len(block.text.split()) <= LINK_RUN_MAX_WORDS
    )


# rules whose lines a Markdown document may write as its own line of links
# "read-more" too: a Markdown document's "Click [here](https://github.com/sponsors/labstack) for
# more information on sponsorship." is its author's pointer (struct39)
_OWN_LINK_LINES = frozenset(
    {"menu", "navigation", "production-credit", "photo-credit", "read-more"}
)


def _web_link(block: Block) -> bool:
    """Whether the block carries a link to an http(s) address."""
    return any(
        s.kind == "link" and str(s.attrs.get("href", "")).lower().startswith(("http:", "https:"))
        for s in block.inline
    )


# section rules whose heading a Markdown document writes over a list of its own links
_OWN_LINK_SECTIONS = frozenset({"related"})


def _own_link_section(blocks: list[Block], i: int) -> bool:
    """Whether the blocks after a section marker, up to the next heading, carry a link to an
    http(s) address: a Markdown document's "Related Links" / "See also" over the addresses
    its author gives (a site's related-stories box is an HTML page's, never a Markdown
    author's)."""
    for block in blocks[i + 1 :]:
        if block.kind in ("heading", "title"):
            return False
        if _web_link(block):
            return True
    return False


def _link_run(blocks: list[Block]) -> int:
    """Where a run of link lines that ends the article starts (``len(blocks)`` when there is
    none): three or more blocks in a row after the article's last line of text, each a link and
    nothing else (pictures and lines already marked as furniture between them). The titles of
    other pages, listed under the article to the end of the page, wherever they point (a
    sister site's reviews, a partner's stories); the reader's ``html:link-list`` keeps links
    to other sites anywhere in the body, because inside it they may be the article's sources.
    Any language: the evidence is the shape and the links."""
    start = len(blocks)
    links = 0
    while start > 0 and (
        _whole_link(blocks[start - 1]) or blocks[start - 1].furniture or _picture(blocks[start - 1])
    ):
        start -= 1
        links += _whole_link(blocks[start]) and not blocks[start].furniture
    while start < len(blocks) and not _whole_link(blocks[start]):
        start += 1
    body = any(
        b.kind not in ("title", "heading") and not b.furniture and not _picture(b)
        for b in blocks[:start]
    )
    return start if body and links >= LINK_RUN_MIN else len(blocks)


STANDFIRST_RUN_ID = "shape:standfirst-run"
STANDFIRST_RUN_REASON = (
    "lines that do not end as sentences, to the end, under an article whose paragraphs do:"
    " other articles' standfirsts"
)
STANDFIRST_RUN_MIN = 3  # standfirsts in the run
STANDFIRST_MIN_WORDS = 8  # a standfirst is a clause, not a label or a name
STANDFIRST_PROSE_MIN = 3  # the article's own paragraphs that end as sentences
STANDFIRST_PROSE_SHARE = 0.75  # of its long paragraphs


def _unended(block: Block) -> bool:
    """A paragraph or heading that does not end as a sentence and holds no link inside its
    text (a card is linked whole or not at all; a link in a running line is the writer's),
    and is no table's cell (a cell is a datum of its table, never a card's standfirst: a
    document's closing table of terms and their meanings, struct39)."""
    share = block.link_share()
    return (
        block.kind in ("paragraph", "heading", "definition")
        and block.cell is None
        and not SENTENCE_END.search(block.text.strip())
        and not 0 < share < LINK_RUN_SHARE
    )


def _clause(block: Block) -> bool:
    """A paragraph of its own text long enough to be a clause, not a label or a name."""
    return (
        block.kind == "paragraph"
        and not block.furniture
        and len(block.text.split()) >= STANDFIRST_MIN_WORDS
    )


def _standfirst_run(blocks: list[Block]) -> int:
    """Where a run of teaser lines that ends the article starts (``len(blocks)`` when there is
    none): after the article's last line that ends as a sentence, paragraphs and headings none
    of which does, three or more of them clauses of eight words or more ("Breathing, exercise,
    mindfulness and more can help you unwind and step away from your stress", "The speed at
    which fintech transformation is happening is nothing short of ..."), under an article
    whose own paragraphs end as sentences (three or more, three in four of its long ones). A
    site's cards of other articles print their standfirsts without a full stop; the article's
    paragraphs have one. Any language that ends its sentences with a mark: the evidence is the
    contrast between the two, no words."""
    start = len(blocks)
    clauses = 0
    while start > 0 and (
        _unended(blocks[start - 1]) or blocks[start - 1].furniture or _picture(blocks[start - 1])
    ):
        start -= 1
        clauses += _clause(blocks[start])
    if clauses < STANDFIRST_RUN_MIN:
        return len(blocks)
    while start < len(blocks) and not _unended(blocks[start]):
        start += 1
    long = [b for b in blocks[:start] if _clause(b)]
    ended = sum(1 for b in long if SENTENCE_END.search(b.text.strip()))
    if ended < STANDFIRST_PROSE_MIN or ended < STANDFIRST_PROSE_SHARE * len(long):
        return len(blocks)
    return start


REPEATED_COPY_ID = "shape:repeated-copy"
REPEATED_COPY_REASON = "a second copy of the article's own blocks, in the same order"
REPEATED_COPY_MIN = 8  # blocks in a row, each the same text as the block of the first copy
REPEATED_COPY_PROSE = 3  # of them paragraphs of prose (``_prose``)
REPEATED_COPY_PROSE_WORDS = 15
# a text the page holds more often than this (a refrain, a separator, a flood of equal lines)
# starts no copy; it may still be part of one
REPEATED_COPY_STARTS = 4


def _prose(block: Block) -> bool:
    """A paragraph or list item of fifteen words or more that ends as a sentence."""
    return (
        block.kind in ("paragraph", "list_item")
        and len(block.text.split()) >= REPEATED_COPY_PROSE_WORDS
        and SENTENCE_END.search(block.text.strip()) is not None
    )


def _repeated_copy(blocks: list[Block]) -> set[int]:
    """The blocks of a second copy of the article that the page prints after the first (a
    print or AMP copy, a template that renders the body twice): a run of
    ``REPEATED_COPY_MIN`` or more blocks, each with the same text (spaces folded, case folded;
    a heading may repeat the title) as the block at the same place of an earlier run that ends
    before it, ``REPEATED_COPY_PROSE`` or more of them paragraphs of prose. The first copy is
    kept. A line repeated alone (a pull quote, a refrain, a question an interview asks again)
    or a few blocks repeated (a recipe's portion lines) are not a copy: no words, any
    language."""
    keys = [" ".join(b.text.split()).casefold() for b in blocks]
    counts = Counter(keys)
    # prose[k] = paragraphs of prose among blocks[:k]: a run's count in one subtraction
    prose = [0]
    for block in blocks:
        prose.append(prose[-1] + _prose(block))
    seen: dict[str, list[int]] = {}
    # extent[d] = (start, end): keys[x] == keys[x - d] for every x in [start, end), and not at
    # ``end`` (a mismatch or the last block). The run of a start i on the diagonal d = i - j is
    # then read in one step, not compared block by block again for each start: a page of
    # thousands of repeated lines stays linear, not cubic, and every run is what the block by
    # block comparison gives.
    extent: dict[int, tuple[int, int]] = {}
    copy: set[int] = set()
    i = 0
    while i < len(blocks):
        best = 0
        for j in seen.get(keys[i], ()):
            d = i - j
            start, end = extent.get(d, (0, 0))
            if not start <= i < end:
                end = i
                while end < len(blocks) and keys[end] == keys[end - d]:
                    end += 1
                extent[d] = (i, end)
            n = min(end - i, d)  # the copy ends before its first copy begins again
            if n >= REPEATED_COPY_MIN and prose[i + n] - prose[i] >= REPEATED_COPY_PROSE:
                best = max(best, n)
        if best:
            copy.update(range(i, i + best))
            i += best
            continue
        if keys[i] and counts[keys[i]] <= REPEATED_COPY_STARTS:
            seen.setdefault(keys[i], []).append(i)
        i += 1
    return copy


# an item's own marker: "(c) ", "c) ", "(iii) ", "(3) " at the start of a block
_ENUM_MARK = re_compile(r"\s*\(?([a-z]|[ivx]{1,6}|\d{1,3})\)\s", re.IGNORECASE)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
          "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx")  # fmt: skip
ENUM_REACH = 3  # blocks either side where a neighbouring item is looked for


def _enum_neighbours(mark: str) -> set[str]:
    """The markers next to ``mark`` in its sequence ("b" and "d" for "c"; "ii" and "iv" for
    "iii"; "2" and "4" for "3"); a letter that is also a roman numeral ("i", "v", "x") has
    both sequences' neighbours."""
    mark = mark.lower()
    near: set[str] = set()
    if mark.isdigit():
        near |= {str(int(mark) - 1), str(int(mark) + 1)}
    if len(mark) == 1 and mark.isalpha():
        near |= {chr(ord(mark) - 1), chr(ord(mark) + 1)}
    if mark in _ROMAN:
        at = _ROMAN.index(mark)
        near |= {_ROMAN[j] for j in (at - 1, at + 1) if 0 <= j < len(_ROMAN)}
    return near


def _enumerated_item(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` is an item of an enumeration ("(a) ...", "(b) ...", "(c) ..."): its
    marker, and a block within ``ENUM_REACH`` either side that starts with the marker before or
    after it in the sequence. A lettered or numbered item is the article's own text (a law's or
    a contract's clauses): "(c) any agent acting for either of them;" is no copyright line
    (struct44)."""
    found = _ENUM_MARK.match(blocks[i].text)
    if found is None:
        return False
    near = _enum_neighbours(found.group(1))
    for j in range(max(0, i - ENUM_REACH), min(len(blocks), i + ENUM_REACH + 1)):
        other = _ENUM_MARK.match(blocks[j].text) if j != i else None
        if other is not None and other.group(1).lower() in near:
            return True
    return False


def _introduces_list(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` ends with a colon and more of the article follows it (a list, the
    sections it announces)."""
    return blocks[i].text.rstrip().endswith(":") and i + 1 < len(blocks)


def _article_tables(blocks: list[Block], ruleset: RuleSet) -> set[int]:
    """The data tables (``Block.cell``) of which some cell is article text, matched by no rule:
    their cells are read as a table's, never one by one as a notice's words (a cookie
    banner's buttons laid out as a table match in every cell and stay boilerplate)."""
    tables: set[int] = set()
    for block in blocks:
        if block.cell is None or block.cell[0] in tables:
            continue
        normalized = normalize(block.text)
        if normalized and not any(r.matches(normalized) for r in ruleset.rules):
            tables.add(block.cell[0])
    return tables


def strip_boilerplate(article: Article, lang: str, *, keep: bool = False) -> Article:
    """A copy of ``article`` without boilerplate blocks, each removal added to ``dropped``.

    ``keep=True`` returns the article unchanged. The title block is never removed.
    """
    if keep:
        return article
    ruleset = rules_for(lang)
    kept: list[Block] = []
    dropped: list[Dropped] = []
    headings: list[tuple[int, Dropped]] = []  # a Markdown heading a rule dropped
    section: BoilerplateRule | None = None
    marker = ""
    after_stamp = 0  # blocks left of the item (a comment, a teaser) that the last stamp dated
    blocks = article.blocks
    excerpts = _excerpt_teasers(blocks)
    heading_run = _heading_run(blocks)
    link_run = _link_run(blocks)
    standfirst_run = _standfirst_run(blocks)
    data_tables = _article_tables(blocks, ruleset)
    repeated = _repeated_copy(blocks)
    for i, block in enumerate(blocks):
        if i in repeated and block.kind != "title":
            dropped.append(Dropped(block.text, REPEATED_COPY_ID, REPEATED_COPY_REASON))
            continue
        if i >= excerpts:
            dropped.append(Dropped(block.text, EXCERPT_TEASERS_ID, EXCERPT_TEASERS_REASON))
            continue
        if i >= heading_run and block.furniture is None and (
            block.kind == "heading" or _picture(block)
        ):
            dropped.append(Dropped(block.text, HEADING_RUN_ID, HEADING_RUN_REASON))
            continue
        if i >= link_run and block.furniture is None and (_whole_link(block) or _picture(block)):
            dropped.append(Dropped(block.text, LINK_RUN_ID, LINK_RUN_REASON))
            continue
        if i >= standfirst_run and block.furniture is None and (
            _unended(block) or _picture(block)
        ):
            dropped.append(Dropped(block.text, STANDFIRST_RUN_ID, STANDFIRST_RUN_REASON))
            continue
        if block.kind == "title":
            kept.append(block)
            section = None
            continue
        normalized = normalize(block.text)
        if section is not None and section.stamp is not None:
            # a dated list (comments, teasers): the date lines and the items they date, the
            # date before its item or after it
            if section.stamp.fullmatch(normalized):
                after_stamp = section.thread_blocks
                dropped.append(Dropped(block.text, section.id, f"{section.reason} (date line)"))
                continue
            following = normalize(blocks[i + 1].text) if i + 1 < len(blocks) else ""
            if block.kind != "heading" and (
                after_stamp > 0 or (following and section.stamp.fullmatch(following))
            ):
                after_stamp = max(0, after_stamp - 1)
                dropped.append(Dropped(block.text, section.id, f"{section.reason} (dated item)"))
                continue
        rule = next(
            (
                r for r in ruleset.rules
                if r.matches(normalized) and not _sentence_kept(r, block.text)
            ),
            None,
        ) or _section_block(_raw_text(article, block), ruleset)
        if rule is not None and rule.list_intro and _introduces_list(blocks, i):
            rule = None
        if rule is not None and _enumerated_item(blocks, i):
            rule = None  # an item of a lettered or numbered list is the article's (struct44)
        if rule is not None and block.cell is not None and block.cell[0] in data_tables:
            rule = None  # a data table's cell ("Allow" in a permissions table) is its table's
        if (
            rule is not None
            and article.format == "md"
            and rule.id.rsplit(":", 1)[-1] in _OWN_LINK_LINES
            and _web_link(block)
        ):
            # a Markdown document is its author's own, not a site's template: its line of
            # links ("Demo | Website | Docs | Forum") and its credit lines carry links the
            # reader followed there (untrans14); text-only lines still go, and so do share,
            # follow and sign-up lines with links ("Share: Facebook")
            rule = None
        if (
            rule is not None
            and article.format == "md"
            and rule.section
            and rule.id.rsplit(":", 1)[-1] in _OWN_LINK_SECTIONS
            and _own_link_section(blocks, i)
        ):
            # the document's own section of links ("##### Related Links" over
            # "* <https://github.com/nodejs/release>"), not a site's box of other stories: kept,
            # heading and items (struct15); the same heading over no link still goes
            rule = None
        if rule is not None:
            dropped.append(Dropped(block.text, rule.id, rule.reason))
            if article.format == "md" and block.kind == "heading":
                headings.append((i, dropped[-1]))
            if rule.section:
                section, marker, after_stamp = rule, normalized, 0
                teasers = _teasers_to_the_end(blocks, i + 1)
                if teasers:
                    short = marker if len(marker) <= 40 else marker[:39] + "…"
                    dropped += [
                        Dropped(b.text, rule.id, f"{rule.reason} (teaser after “{short}”)")
                        for b in blocks[i + 1 :]
                    ]
                    break
            continue
        if section is not None and _belongs(block, normalized, section, ruleset.section_max_chars):
            short = marker if len(marker) <= 40 else marker[:39] + "…"
            dropped.append(Dropped(block.text, section.id, f"{section.reason} (after “{short}”)"))
            continue
        if block.furniture is not None:  # the reader's structural evidence (page markup)
            dropped.append(Dropped(block.text, *block.furniture))
            continue
        section = None
        kept.append(block)
    kept, dropped = _own_headings(blocks, kept, dropped, headings)
    if article.format != "md":
        kept, dropped = _heading_over_nothing(blocks, kept, dropped)
    if not dropped:
        return article
    return dataclasses.replace(article, blocks=kept, dropped=[*article.dropped, *dropped])


HEADING_OVER_NOTHING_ID = "shape:heading-over-links"
HEADING_OVER_NOTHING_REASON = (
    "a heading that ends the edition over a list of links the reader marked as one, to the end"
)


LINK_LIST_RULE = "html:link-list"  # the reader's list-of-links evidence (read.py)


def _heading_over_nothing(
    blocks: list[Block], kept: list[Block], dropped: list[Dropped]
) -> tuple[list[Block], list[Dropped]]:
    """A web page's heading left last in the edition over a list of links to the end of the
    article, every block of which the reader marked as a list of links (``html:link-list``)
    (struct17): the title of a box of other pages' links ("AVERAGE COSTS FOR CLEANING SERVICES
    IN THE USA" over 66 links to the site's own pages) heads nothing the edition keeps.
    Dropped with them, when the edition keeps text before it. A heading over blocks dropped
    by other rules stays (a wider rule, any heading over nothing, dropped headings the ground
    truth of a held-out set holds); so does a heading last on the page itself."""
    at = {id(b): i for i, b in enumerate(blocks)}
    while len(kept) > 1 and kept[-1].kind == "heading":
        i = at.get(id(kept[-1]))
        if i is None or i == len(blocks) - 1:
            break
        if not all(b.furniture and b.furniture[0] == LINK_LIST_RULE for b in blocks[i + 1 :]):
            break
        if not any(b.kind not in ("title", "heading") for b in kept[:-1]):
            break
        dropped.append(Dropped(kept[-1].text, HEADING_OVER_NOTHING_ID, HEADING_OVER_NOTHING_REASON))
        kept = kept[:-1]
    return kept, dropped


def _own_headings(
    blocks: list[Block], kept: list[Block], dropped: list[Dropped],
    headings: list[tuple[int, Dropped]],
) -> tuple[list[Block], list[Dropped]]:
    """A Markdown document's heading a rule dropped ("## Donate", "## Learn more", "Related
    Links" over a paragraph) put back when a block of its section (up to the next heading of
    its level or above) is kept: the author's section title over the author's text, not a
    site's prompt; a heading whose whole section went ("Copyright" over copyright lines)
    stays dropped (struct15)."""
    if not headings:
        return kept, dropped
    at = {id(b): i for i, b in enumerate(blocks)}
    kept_at = {at[id(b)] for b in kept}
    back: set[int] = set()
    for i, _ in headings:
        level = blocks[i].level
        for j in range(i + 1, len(blocks)):
            if blocks[j].kind in ("heading", "title") and blocks[j].level <= level:
                break
            if j in kept_at:
                back.add(i)
                break
    if not back:
        return kept, dropped
    gone = {id(d) for i, d in headings if i in back}
    order = sorted(kept_at | back)
    return [blocks[i] for i in order], [d for d in dropped if id(d) not in gone]
