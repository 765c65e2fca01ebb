"""Inline markup through translation: links, emphasis and code spans put back into the target.

The reader keeps inline markup as :class:`InlineSpan` objects beside a block's plain text; the
engine translates the plain text, exactly as it would without markup, so no sentence can come
out worse for carrying a link. After translation each span is aligned to the target:

1. the span's text itself in the sentence's translation (names, numbers, URLs, code, glossary
   names the glossary stage put back);
2. the span's text translated alone by the same engine, found in the sentence's translation;
3. a span over the whole sentence covers the whole translation.

A span that cannot be placed safely is not guessed at: the target keeps its words without the
markup, and a finding names what was lost (a link is a ``warning`` with its URL, so the facts
gate and the reviewer see it). A link whose URL has an unsafe scheme (``javascript:``...) is
never written: it is dropped with a ``warning``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from .model import Edition, EditionBlock, Finding, InlineSpan, TranslatedSegment
from .regexcache import compile as re_compile
from .urls import inert_url, safe_url, scheme_of

PhraseTranslator = Callable[[list[str]], list[str]]
_OPENERS = "\"'“‘«(¿¡"
_CLOSERS = ".,;:!?\"'”’»)…"


# the characters ``re.IGNORECASE`` matches to an ASCII character while ``str.lower`` does not
# make them that character ("İ" and "ı" to "i", "ſ" to "s"; of every code point, only these:
# tests/speed/test_speed51.py), and "İ" is the one whose ``lower`` is two characters
_CASELESS_ODD = "\u0130\u0131\u017f"


def _is_word(ch: str) -> bool:
    """``re``'s ``\\w`` on one character: a letter or digit (``str.isalnum``) or "_"."""
    return ch.isalnum() or ch == "_"


def _ascii_hits(target: str, words: list[str], before: bool, after: bool) -> list[tuple[int, int]]:
    """The spans ``finditer`` gives for ``(?<!\\w)`` (with ``before``) + the ASCII ``words``
    escaped and joined by ``\\s+`` + ``(?!\\w)`` (with ``after``), case-insensitive, on a
    ``target`` with none of :data:`_CASELESS_ODD`: there a character matches an ASCII one
    case-insensitively exactly when their ``lower()`` are the same, and ``target.lower()`` keeps
    every offset. Matches do not overlap and each is the leftmost from the last one's end, as
    ``finditer``'s; no word starts with whitespace, so ``\\s+`` takes the whole run."""
    low = target.lower()
    size = len(target)
    folded = [w.lower() for w in words]
    first = folded[0]
    hits: list[tuple[int, int]] = []
    i = low.find(first)
    while i >= 0:
        end = i + len(first)
        ok = not (before and i > 0 and _is_word(target[i - 1]))
        for word in folded[1:] if ok else ():
            k = end
            while k < size and target[k].isspace():
                k += 1
            if k == end or not low.startswith(word, k):
                ok = False
                break
            end = k + len(word)
        if ok and after and end < size and _is_word(target[end]):
            ok = False
        if ok:
            hits.append((i, end))
            i = low.find(first, end)
        else:
            i = low.find(first, i + 1)
    return hits


def _find(
    target: str, phrase: str, near: float, *, stems: bool = False
) -> tuple[int, int] | None:
    """Where ``phrase`` stands in ``target`` as whole words (case-insensitive); of several
    places, the one nearest to the relative position ``near``."""
    phrase = phrase.strip(" .,;:!?\"'“”‘’«»")
    if not phrase:
        return None
    # whole words: no letter may go on before or after a word's edge (a phrase that begins or
    # ends with a mark, "[^1]" after "Monday", stands where the mark does)
    before = r"(?<!\w)" if re.match(r"\w", phrase) else ""
    after = r"(?!\w)" if re.search(r"\w$", phrase) else ""
    words = phrase.split()
    if words and phrase.isascii() and not any(ch in target for ch in _CASELESS_ODD):
        # the pattern's matches found without compiling it (a pattern a span: speed51)
        hits = _ascii_hits(target, words, bool(before), bool(after))
    else:
        pattern = re_compile(
            before + r"\s+".join(re.escape(w) for w in phrase.split()) + after, re.I
        )
        hits = [(m.start(), m.end()) for m in pattern.finditer(target)]
    if not hits and stems:
        # the same words inflected otherwise ("aumentou" / "aumentado"): each word's first five
        # letters, in order, with nothing between them but spaces
        words = phrase.split()
        if sum(len(w) for w in words) >= 8:
            pattern = re_compile(
                r"(?<!\w)"
                + r"\s+".join(re.escape(w[:5]) + (r"\w*" if len(w) > 5 else "") for w in words)
                + r"(?!\w)",
                re.I,
            )
            hits = [(m.start(), m.end()) for m in pattern.finditer(target)]
    if not hits:
        return None
    size = max(len(target), 1)
    return min(hits, key=lambda h: abs(h[0] / size - near))


def _segment_offsets(block: EditionBlock) -> list[tuple[TranslatedSegment, int]]:
    """Each segment with a target and the offset of that target in ``block.target``."""
    out: list[tuple[TranslatedSegment, int]] = []
    offset = 0
    for seg in block.segments:
        if not seg.target:
            continue
        out.append((seg, offset))
        offset += len(seg.target) + len(block.joiner)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def restore(
    edition: Edition,
    translate_phrases: PhraseTranslator | None = None,
    *,
    only: set[int] | None = None,
    fixed: dict[str, list[tuple[int, int, int]]] | None = None,
    quiet: set[str] | frozenset[str] = frozenset(),
    trailing: bool = False,
) -> list[Finding]:
    """Align every block's (or the blocks ``only`` names') source spans to its target
    (``EditionBlock.inline``); the findings for spans that could not be placed are returned and
    added to their segments.

    ``translate_phrases`` is the engine (a batch of texts in, their translations out): it is
    asked for each span not found directly, once with the sentence marked (the span between
    brackets, which the engine carries over to the words it chose in context) and once alone.
    Neither result is ever written: both only say where the span's words stand in the
    sentence's own translation, which stays what the engine gave without markup.

    ``fixed`` gives, per segment id, the spans already known in its target (start, end, the
    number of the source span: a reviewer's markup, or spans kept from before): they are used
    as they are, and a source span without a place there is lost (with a finding, unless the
    segment is in ``quiet``: its findings were made before).

    A link the steps above cannot place is put on the smallest run of the sentence's words that
    holds most of its words as the engine gave them (the span translated alone, or between the
    marks) near its place (:func:`_cover`); failing that, with ``trailing``, it is written
    after its sentence on a link sign (:data:`TRAILING`), so that its URL is never lost; each
    still has a ``warning`` (its words are not linked).

    A link or emphasis whose place in the target would be only function words of the target
    language (articles, prepositions, conjunctions, pronouns: ``[inline] function_words`` of
    ``locales/languages/<lang>.toml``) while its source words are not is not put there (the
    engine reordered the sentence: "chemotherapy" on the "os" of the next item); it is lost as
    a span with no place (a link written on the sign with ``trailing``)."""
    closed = function_words(edition.target_lang)
    numbers: dict[int, dict[int, int]] = {}  # by block: its spans' numbers, by identity

    def missing(
        block: EditionBlock, span: InlineSpan, seg: TranslatedSegment | None, why: str
    ) -> Finding:
        # each block's numbers read once (a block of thousands of spans not placed was read
        # from its first span for each: quadratic), the first place of each span as _number
        table = numbers.get(id(block))
        if table is None:
            table = numbers[id(block)] = {}
            for k, x in enumerate(block.source_inline):
                table.setdefault(id(x), k + 1)
        return _lost(block, span, seg, why, table.get(id(span), 0))

    todo: list[tuple[EditionBlock, InlineSpan, TranslatedSegment, int, tuple[int, int]]] = []
    findings: list[Finding] = []
    lost: list[tuple[EditionBlock, TranslatedSegment, InlineSpan]] = []  # links to write after
    direct: list[_Direct] = []  # links placed on their own words, checked for nesting after
    for index, block in enumerate(edition.blocks):
        if only is not None and index not in only:
            continue
        block.inline = []
        if not block.source_inline:
            continue
        placed = _segment_offsets(block)
        offset_of = {id(s): o for s, o in placed}
        seg_ends = [seg.segment.end for seg in block.segments]
        ends: list[int] | None = seg_ends
        if seg_ends != sorted(seg_ends) or any(
            a.segment.end > b.segment.start for a, b in pairwise(block.segments)
        ):
            ends = None  # not in source order: every sentence is looked at
        order: _Order | None = None  # made at the block's first line break
        for number, span in enumerate(block.source_inline):
            if not safe_span(span) and inert_url(url_of(span)):
                continue  # a script "link" that does nothing: no destination is lost
            if not safe_span(span):
                seg = _segment_at(block, span)
                url = url_of(span)
                finding = Finding(
                    "inline",
                    "warning",
                    f"{span.kind} with an unsafe URL dropped: {url[:80]!r}",
                    segment=seg.id if seg else None,
                    data={"href": url, "kind": span.kind, "unsafe": True},
                )
                findings.append(finding)
                if seg is not None:
                    seg.findings.append(finding)
                continue
            if span.kind == "br":
                if order is None and ends is not None:
                    order = _Order.of(ends, placed)
                brk = _break(block, span, placed, order)
                if isinstance(brk, InlineSpan):
                    block.inline.append(brk)
                elif brk is not None:
                    seg, offset, part = brk
                    if fixed is not None and seg.id in fixed:
                        given = [(a, b) for a, b, k in fixed[seg.id] if k == number]
                        block.inline += [_shift(span, g, offset) for g in given[:1]]
                        if given:
                            continue
                    got = _place_direct(seg, part)
                    got = _break_after(seg.target, got) if got is not None else None
                    if got is not None:
                        block.inline.append(_shift(span, got, offset))
                    else:
                        todo.append((block, span, seg, offset, part))
                else:
                    findings.append(missing(block, span, None, "no place between the sentences"))
                continue
            parts = _parts(block, span, ends)
            if not parts:
                finding = missing(block, span, None, "it is outside every sentence")
                if trailing and span.kind == "link":
                    last = placed[-1][0] if placed else None
                    if last is not None:
                        finding = missing(block, span, last, _TRAILING_WHY)
                        lost.append((block, last, span))
                findings.append(finding)
                continue
            for seg, part in parts:
                at = offset_of.get(id(seg))
                if at is None:
                    continue  # the sentence has no target: nothing to mark
                offset = at
                if fixed is not None and seg.id in fixed:
                    given = [(a, b) for a, b, k in fixed[seg.id] if k == number]
                    for a, b in given:
                        if 0 <= a < b <= len(seg.target):
                            block.inline.append(_shift(span, (a, b), offset))
                    if not given and seg.id not in quiet:
                        finding = missing(block, span, seg, "the reviewed target leaves it out")
                        seg.findings.append(finding)
                        findings.append(finding)
                    continue
                got = _place_direct(seg, part)
                if got is not None and not _closed_only(seg, span, part, got, closed):
                    block.inline.append(_shift(span, got, offset))
                    if span.kind == "link":
                        direct.append((block, span, seg, offset, part, block.inline[-1]))
                else:
                    todo.append((block, span, seg, offset, part))
    todo += _unnest_direct(direct)
    in_sentence = _placed_links(todo)
    sources_of: dict[int, dict[int, list[InlineSpan]]] = {}
    # first the sentences with the span marked; then, for the spans still without a place,
    # the span's words alone (one engine call per text: fewer texts, less engine time)
    # (a sentence longer than _CONTEXT_CHARS is not sent whole for each of its spans: a
    # paragraph of thousands of links and no full stop made the engine read it once per link,
    # quadratic; its spans are found by their words alone)
    # (and the engine reads at most _AskBudget's share of the article for its spans, in reading
    # order: a page of thousands of links made it translate a sentence for each, minutes of CPU)
    # links grown past a function word ("Promoção" to "Promoção da Concorrência"), each with
    # the index of its place in its block's inline: taken only onto no other link's words
    across: list[tuple[EditionBlock, int, InlineSpan]] = []
    budget = _AskBudget(edition)
    marked = budget.within(
        [
            _marked(seg.source, a, b) if len(seg.source) <= _CONTEXT_CHARS else None
            for _, _, seg, _, (a, b) in todo
        ]
    )
    in_context = _ask(translate_phrases, marked)
    got_all: list[tuple[int, int] | None] = []
    for (_, _, seg, _, (a, b)), answer in zip(todo, in_context, strict=True):
        pair = _marks(seg.source)
        got_all.append(_project(answer, seg.target, seg.source[a:b], pair) if pair else None)
    # the span's words alone also for a span placed on fewer words than it has ("record
    # warming" on "aquecimento" of "aquecimento recorde"): they say which neighbours belong to it
    # and for a link whose place stops right before an article or preposition of the target
    # where its source words stop at no such word ("Ordem Executiva sobre a Promoção" before
    # "da Concorrência" for "Executive Order on Promoting Competition,"): they say whether the
    # phrase goes on past it (:func:`_open_end`)
    wanted = [
        seg.source[a:b]
        if span.kind != "br"
        and (
            got is None
            or _short(seg.target, got, seg.source[a:b])
            or _open_end(seg, span, (a, b), got, closed)
        )
        else None
        for (_, span, seg, _, (a, b)), got in zip(todo, got_all, strict=True)
    ]
    allowed = budget.within(wanted)
    alone = _ask(translate_phrases, allowed)
    for (block, span, seg, offset, (a, b)), got, phrase, answer, unasked in zip(
        todo, got_all, alone, in_context,
        [w is not None and x is None for w, x in zip(wanted, allowed, strict=True)], strict=True
    ):  # fmt: skip
        near = a / max(len(seg.source), 1)
        wider: InlineSpan | None = None
        links = in_sentence[(id(block), offset)]
        if id(block) not in sources_of:
            sources_of[id(block)] = _by_attrs(block)
        sources = sources_of[id(block)]
        if got is not None and _on_other_link(sources, links, span, offset, got):
            got = None  # inside another link's words (its code, its name): links do not nest
        if got is None and phrase.strip():
            got = _find(seg.target, phrase, near, stems=True)
            if got is not None and _on_other_link(sources, links, span, offset, got):
                got = None
        if got is None and span.kind == "link" and len(seg.target) <= _CONTEXT_CHARS:
            # (a longer sentence, thousands of links and no full stop, is not searched run by
            # run for each of its links)
            inner = _between_marks(answer, _marks(seg.source))
            got = _cover(seg.target, seg.source[a:b], [phrase, inner], near)
            if got is not None and any(
                x.kind == "link" and x.start < offset + got[1] and offset + got[0] < x.end
                for x in block.inline
            ):
                got = None  # on another link's words: links do not nest
        elif got is not None and phrase.strip() and span.kind != "br":
            grown = _extend(
                seg.target,
                got,
                phrase,
                closed if span.kind == "link" else None,
                forward=not _goes_on(seg, b),
            )
            got = _extend(seg.target, got, phrase)
            if grown != got:  # across a function word: once every other link has its place
                wider = _shift(span, grown, offset)
        if got is not None and span.kind == "br":
            got = _break_after(seg.target, got)
        if got is None and span.attrs.get("footnote") and not span.attrs.get("definition"):
            got = _last_word(seg.target)  # a footnote's mark stays in its sentence, at its end
        why = "its words could not be found in the translation"
        if unasked:
            why = "its words are not in the translation as they are, and the engine's " \
                "allowance for this article's spans is spent"  # fmt: skip
        if got is not None and _closed_only(seg, span, (a, b), got, closed):
            why = f"its place, {seg.target[got[0] : got[1]]!r}, is only function words"
            got = None
        if got is not None:
            block.inline.append(_shift(span, got, offset))
            if span.kind == "link":
                links.append(block.inline[-1])
            if wider is not None:
                across.append((block, len(block.inline) - 1, wider))
            continue
        if trailing and span.kind == "link":
            why = f"{why}; written after the sentence on {TRAILING}"
            lost.append((block, seg, span))
        finding = missing(block, span, seg, why)
        seg.findings.append(finding)
        findings.append(finding)
    _grow_across(across)
    _write_trailing(lost)
    for block in edition.blocks:
        block.inline = _nested(block.inline)
    return findings


def _grow_across(across: list[tuple[EditionBlock, int, InlineSpan]]) -> None:
    """Each link of ``across`` put on its grown place (its block's ``inline[index]``) when the
    words it grows over hold no other link (the next link of the source may stand on them:
    "<Ordem Executiva sobre a Promoção> da <Concorrência>")."""
    for block, index, grown in across:
        here = block.inline[index]
        if any(
            x is not here
            and x.kind == "link"
            and x.start < grown.end
            and grown.start < x.end
            for x in block.inline
        ):
            continue
        block.inline[index] = grown


@cache
def function_words(lang: str | None) -> frozenset[str]:
    """The function words (``[inline] function_words``) of ``lang``, casefolded; empty for a
    language without them."""
    from .langdata import section, str_list

    where = f"locales/languages/{lang}.toml [inline]"
    words = str_list(section(lang, "inline"), "function_words", where=where)
    return frozenset(w.casefold() for w in words)


_WORDS = re_compile(r"[^\W_]+")


def _only_words_of(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` has a word and every word of it is one of ``words`` (in any case but
    all capitals: "OS" is an initialism, not the article "os")."""
    found = _WORDS.findall(text)
    return bool(found) and all(
        w.casefold() in words and not (len(w) > 1 and w.isupper()) for w in found
    )


def _closed_only(
    seg: TranslatedSegment,
    span: InlineSpan,
    part: tuple[int, int],
    got: tuple[int, int],
    closed: frozenset[str],
) -> bool:
    """Whether a link or emphasis ``span`` would stand on only function words of the target
    (``closed``) at ``got`` while its source words (``part`` of the sentence) are not only
    function words of the source language: a place the engine's reordering left, not its
    words."""
    if not closed or span.kind not in ("link", "em", "strong") or span.attrs.get("footnote"):
        return False
    placed = seg.target[got[0] : got[1]]
    if placed == seg.source[part[0] : part[1]].strip() or not _only_words_of(placed, closed):
        return False  # (the span's own text carried over as it is stands where it is)
    return not _only_words_of(seg.source[part[0] : part[1]], function_words(seg.segment.lang))


# the sign a link whose words have no place in the translation is written on, after its
# sentence (U+2197 NORTH EAST ARROW, the common "external link" sign): the URL stays
TRAILING = "\u2197"
_TRAILING_WHY = (
    f"its words could not be found in the translation; written after the sentence on {TRAILING}"
)


def _write_trailing(lost: list[tuple[EditionBlock, TranslatedSegment, InlineSpan]]) -> None:
    """Each link of ``lost`` written after its sentence's target, on a :data:`TRAILING` sign of
    its own (" ↗ ↗" for two), in source order; the spans after that sentence in its block move
    on by what was added."""
    by_block: dict[int, list[tuple[EditionBlock, TranslatedSegment, InlineSpan]]] = {}
    for item in lost:
        by_block.setdefault(id(item[0]), []).append(item)
    for items in by_block.values():
        block = items[0][0]
        offsets = {id(s): o for s, o in _segment_offsets(block)}
        per_seg: dict[int, list[InlineSpan]] = {}
        segs: dict[int, TranslatedSegment] = {}
        seen: set[tuple[int, str]] = set()  # (a list's `in` was quadratic in a sentence's links)
        for _, seg, span in items:
            twice = (id(seg), _span_key(span))
            if id(seg) in offsets and twice not in seen:
                seen.add(twice)
                per_seg.setdefault(id(seg), []).append(span)
                segs[id(seg)] = seg
        order = sorted(per_seg, key=lambda k: offsets[k])
        ends = [offsets[k] + len(segs[k].target) for k in order]  # before anything is added
        grown: list[int] = []  # what was added up to and with each of them
        added: list[InlineSpan] = []
        total = 0
        for key in order:
            seg = segs[key]
            base = offsets[key] + total
            text = seg.target
            for span in sorted(per_seg[key], key=lambda x: x.start):
                text += " "
                at = base + len(text)
                added.append(InlineSpan(at, at + len(TRAILING), span.kind, span.attrs))
                text += TRAILING
            total += len(text) - len(seg.target)
            grown.append(total)
            seg.target = text
        block.inline = [_moved(x, ends, grown) for x in block.inline] + added


def _span_key(span: InlineSpan) -> str:
    """A key equal for equal spans (their attributes' order aside)."""
    return repr((span.start, span.end, span.kind, sorted(span.attrs.items(), key=repr)))


def _moved(x: InlineSpan, ends: list[int], grown: list[int]) -> InlineSpan:
    """``x`` moved on by what was added to the sentences that end before it (``ends``, in
    order, and ``grown``: what was added up to and with each)."""
    k = bisect_right(ends, x.start)
    by = grown[k - 1] if k else 0
    return InlineSpan(x.start + by, x.end + by, x.kind, x.attrs) if by else x


def _between_marks(answer: str, pair: tuple[str, str] | None) -> str:
    """The words between the one pair of ``pair`` in ``answer`` ("" when they are not one
    pair)."""
    if pair is None or answer.count(pair[0]) != 1 or answer.count(pair[1]) != 1:
        return ""
    left, right = answer.index(pair[0]), answer.index(pair[1])
    return answer[left + 1 : right] if left < right else ""


def _cover(
    target: str, source_text: str, hints: Sequence[str], near: float
) -> tuple[int, int] | None:
    """The smallest run of ``target``'s words that holds at least half of the words (of four
    letters or more, with a digit, or initialisms; compared on their first five letters) of
    one of ``hints`` (the span's words as the engine gave them) or of the names and numbers of
    ``source_text`` (carried over as they are), at most twice the span's words and two more;
    of several such runs the one holding the most words of them all, then the nearest to
    ``near``; never across a comma or full stop the span does not hold, nor on one word that
    stands in the sentence more than once. None when no run holds enough.

    >>> t = "O Congresso prometeu 300 milhões ao programa, segundo os dados."
    >>> s, e = _cover(t, "pledged $300 million", ["prometido $300 milhões"], 0.2)
    >>> t[s:e]
    'prometeu 300 milhões'
    >>> _cover(t, "the report", ["o relatório"], 0.9) is None
    True
    >>> t = "Aplica-se a literais de byte string, literais de cadeia crus e outros."
    >>> _cover(t, "raw string literals", ["cru corda literal"], 0.5) is None
    True
    >>> t = "Resolve algumas questões de tempo limite TLS desajeitadas."
    >>> s, e = _cover(t, "TLS timeout issues", ["TLS problemas de tempo limite"], 0.5)
    >>> t[s:e]
    'tempo limite TLS'
    """
    words = list(_WORD.finditer(target))
    if not words:
        return None
    limit = 2 * max(len(_WORD.findall(source_text)), 1) + 2
    size = max(len(target), 1)
    best: tuple[int, float, int, int] | None = None
    # of the span's own words only those a translation carries as they are: names, numbers
    names = " ".join(w for w in _WORD.findall(source_text) if w[:1].isupper() or _digit(w))
    wanted = [{_key(w) for w in _WORD.findall(h) if _content(w)} for h in (*hints, names)]
    wanted = [keys for keys in wanted if keys]
    every: set[str] = set().union(*wanted)
    hits = [i for i, m in enumerate(words) if _content(m.group()) and _key(m.group()) in every]
    times = Counter(_key(words[k].group()) for k in hits)
    for i, first in enumerate(hits):
        for j in range(i, len(hits)):
            last = hits[j]
            if last - first + 1 > limit:
                break
            run = target[words[first].start() : words[last].end()]
            if any(p.search(run) and not p.search(source_text) for p in (_PUNCT, _SEPARATOR)):
                break  # across a comma or a full stop: another phrase ("byte string, literais")
            found = {_key(words[k].group()) for k in hits[i : j + 1]}
            if not any(2 * len(found & keys) >= len(keys) for keys in wanted):
                continue  # not half of any one reading of the span's words
            if len(found) == 1 and times[next(iter(found))] > 1:
                continue  # one word that stands in the sentence more than once: which one?
            score = (len(found), -abs(words[first].start() / size - near))
            if best is None or score > best[:2]:
                best = (*score, first, last)
    if best is None:
        return None
    return words[best[2]].start(), words[best[3]].end()


_PUNCT = re_compile(r"[,;:.!?()\[\]]\s")
# a separator between the items of a line of links ("Website | Learn | Documentation"): a link
# is never placed across one its own words do not hold ("[Aprender | A] documentação")
_SEPARATOR = re_compile(r"\s[|•·]\s")


def _key(word: str) -> str:
    return word.casefold()[:5]


def _content(word: str) -> bool:
    """A word that says something on its own: four letters or more, one with a digit, or an
    initialism ("TLS")."""
    return len(word) >= 4 or _digit(word) or (len(word) >= 2 and word.isupper())


def _digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


RELATIVE_CHECK = "links"


def relative_url(url: str) -> bool:
    """Whether ``url`` names a place on the page's own site without saying which site
    ("/news/x", "../a.html", "b.jpg"): dead wherever the edition is published. A fragment
    ("#notes": a place on the page itself) and a scheme-relative "//host/x" are not.

    >>> [relative_url(u) for u in ("/news/x", "../a.html", "#notes", "//cdn.ex.org/a.jpg")]
    [True, True, False, False]
    >>> relative_url("https://ex.org/a"), relative_url("mailto:desk@ex.org"), relative_url("")
    (False, False, False)
    """
    value = url.strip()
    return bool(value) and not value.startswith(("#", "//")) and scheme_of(value) == ""


def relative_findings(edition: Edition) -> list[Finding]:
    """One ``warning`` for an edition whose links or images stay relative (the page named no
    address of its own: no canonical link, ``og:url`` or ``<base>``, and no ``--page-url``):
    how many, and the first few, so the user can give the page's address. No host is guessed."""
    found: list[str] = []
    for block in edition.blocks:
        for span in block.source_inline:
            if span.kind in ("link", "image") and relative_url(url_of(span)):
                found.append(url_of(span).strip())
    if not found:
        return []
    links = sum(1 for b in edition.blocks for s in b.source_inline
                if s.kind == "link" and relative_url(url_of(s)))  # fmt: skip
    images = len(found) - links
    what = " and ".join(
        f"{n} {name}{'s' if n != 1 else ''}"
        for n, name in ((links, "link"), (images, "image"))
        if n
    )
    distinct = list(dict.fromkeys(found))
    shown = ", ".join(repr(u[:60]) for u in distinct[:3]) + (", ..." if distinct[3:] else "")
    return [
        Finding(
            RELATIVE_CHECK,
            "warning",
            f"{what} left relative ({shown}): dead where this edition is published; the page "
            "names no address of its own (give it with --page-url)",
            data={"relative": len(found), "links": links, "images": images,
                  "examples": distinct[:5]},
        )
    ]


def _last_word(target: str) -> tuple[int, int] | None:
    """The last word of ``target`` (where a footnote mark goes when the word it followed in
    the source has no place in the translation).

    >>> _last_word("Disse o prefeito.")
    (8, 16)
    """
    words = list(_WORD.finditer(target))
    return (words[-1].start(), words[-1].end()) if words else None


def _short(target: str, got: tuple[int, int], source_text: str) -> bool:
    """A span of two words or more placed on fewer words than it has."""
    n = len(_WORD.findall(source_text))
    return n >= 2 and len(_WORD.findall(target[got[0] : got[1]])) < n


def _open_end(
    seg: TranslatedSegment,
    span: InlineSpan,
    part: tuple[int, int],
    got: tuple[int, int],
    closed: frozenset[str],
) -> bool:
    """Whether a link of two words or more placed at ``got`` may stop inside its phrase: the
    target word right before it is a function word of the target (``closed``: "revisão do
    <Wix>" for "<Wix review>", the phrase may begin before it), or the one right after it is
    (an article or preposition the phrase may go on with, "da Concorrência") while in the
    source the link's words are followed by punctuation, the end of the sentence or a word that
    is no function word of the source language (the source phrase ends there); only spaces
    between. Only says that the link's words translated alone are worth asking for
    (:func:`_extend` decides)."""
    if span.kind != "link" or not closed:
        return False
    a, b = part
    if len(_WORD.findall(seg.source[a:b])) < 2:
        return False
    ahead = _LAST_WORD.search(seg.target, 0, got[0])
    if ahead is not None and ahead.group(1).casefold() in closed:
        return True  # "revisão do <Wix>": the phrase may begin before its preposition
    after = _NEXT_WORD.match(seg.target, got[1])
    if after is None or after.group(1).casefold() not in closed:
        return False
    return not _goes_on(seg, b)


def _goes_on(seg: TranslatedSegment, end: int) -> bool:
    """Whether the source word right after ``end`` of the sentence (only spaces between) is a
    function word of the source language: its phrase goes on outside the link ("<Executive
    Order> in 2021"), so the link's target phrase may stop before the target's too."""
    after = _NEXT_WORD.match(seg.source, end)
    return after is not None and after.group(1).casefold() in function_words(seg.segment.lang)


_NEXT_WORD = re_compile(r"[ \t\u00a0]*(\w+)")
_LAST_WORD = re_compile(r"(\w+)[ \t\u00a0]*$")


def _extend(
    target: str,
    got: tuple[int, int],
    phrase: str,
    closed: frozenset[str] | None = None,
    *,
    forward: bool = True,
) -> tuple[int, int]:
    """``got`` grown over the words right beside it (only spaces between) that are words of
    ``phrase`` (the span translated alone) missing from it, compared on their first five
    letters; it stops at the first other word or punctuation. Never a guess: a neighbour that
    the phrase does not name stays out. With ``closed`` (the target's function words), the end
    also crosses one or two of them ("da", "de uma") when the word after them is such a missing
    word of four letters or more: the phrase goes on past its preposition ("Promoção" grown to
    "Promoção da Concorrência"); the function words alone are never taken on. The start
    crosses them the same way ("Wix" grown to "revisão do Wix" for "Wix review"); the end only
    with ``forward`` (the caller's word that the source phrase ends with the link).

    >>> t = "O relatório mostra o aquecimento recorde do oceano."
    >>> s, e = _extend(t, (21, 32), "aquecimento recorde")
    >>> t[s:e]
    'aquecimento recorde'
    >>> s, e = _extend(t, (21, 32), "recorde de aquecimento")  # "do" is not "de": stops there
    >>> t[s:e]
    'aquecimento recorde'
    >>> t = "Após sua Ordem Executiva sobre a Promoção da Concorrência, o Presidente falou."
    >>> phrase = "Ordem Executiva sobre a Promoção da Concorrência"
    >>> s, e = _extend(t, (9, 41), phrase, frozenset({"da", "a", "o", "sobre"}))
    >>> t[s:e]
    'Ordem Executiva sobre a Promoção da Concorrência'
    >>> s, e = _extend(t, (9, 41), phrase)  # without the function words: stops at "da"
    >>> t[s:e]
    'Ordem Executiva sobre a Promoção'
    """
    words = list(_WORD.finditer(target))
    missing = {w.casefold()[:5] for w in _WORD.findall(phrase)}
    missing -= {w.casefold()[:5] for w in _WORD.findall(target[got[0] : got[1]])}
    start, end = got
    pos, hops = end, 0  # (function words crossed on trust, taken only with a word after them)
    for m in (m for m in words if m.start() >= end):
        key = m.group().casefold()[:5]
        if target[pos : m.start()].strip():
            break  # punctuation: another phrase
        if key in missing and len(m.group()) >= 4:
            end = pos = m.end()
            missing.discard(key)
            hops = 0
            continue
        if closed and forward and hops < 2 and m.group().casefold() in closed:
            pos, hops = m.end(), hops + 1
            continue
        break  # short words (articles, prepositions) are never taken on alone
    pos, hops = start, 0
    for m in reversed([m for m in words if m.end() <= start]):
        key = m.group().casefold()[:5]
        if target[m.end() : pos].strip():
            break
        if key in missing and len(m.group()) >= 4:
            start = pos = m.start()
            missing.discard(key)
            hops = 0
            continue
        if closed and hops < 2 and m.group().casefold() in closed:
            pos, hops = m.start(), hops + 1
            continue
        break
    return start, end


def _ask(engine: PhraseTranslator | None, texts: list[str | None]) -> list[str]:
    """The engine's translations of the texts that are not None ("" for the others, and for
    all when the engine fails: the cost is markup, never the edition)."""
    wanted = [t for t in texts if t is not None]
    answers: Sequence[str] = []
    if wanted and engine is not None:
        try:
            answers = engine(wanted)
        except Exception:
            answers = []
    if len(answers) != len(wanted):
        answers = [""] * len(wanted)
    it = iter(answers)
    return [next(it) if t is not None else "" for t in texts]


class _AskBudget:
    """How much of the engine's time the spans not found directly may take: at most
    :data:`ASK_TEXTS_PER_SENTENCE` texts per sentence of the article and one more per
    :data:`ASK_CHARS_PER_TEXT` characters of its sentences (a short text costs the engine
    mostly its fixed cost per text), and
    :data:`ASK_CHARS_PER_CHAR` characters per character of its sentences (at least
    :data:`ASK_FLOOR_TEXTS` texts and :data:`ASK_FLOOR_CHARS` characters), however many spans
    it holds. Texts are counted once (the engine translates a text once however often it is
    asked) and taken in reading order while both allowances last; after that no text is asked
    for, and a span without a place is lost as any other (a link written after its sentence),
    its finding saying why.

    Placing them thus costs at most about two more translations of the article. A news article
    stays inside: the 13 inputs of ``benchmarks/editions_identity.py`` ask for at most 0.47
    texts per sentence and 0.63 characters per character (docs/evaluation/hostile.md, twenty-
    fifth pass); a paragraph of thousands of links, each asking for its sentence of up to 1,000
    characters again, took 15-19 ms of CPU a link."""

    def __init__(self, edition: Edition) -> None:
        sentences = [s for b in edition.blocks for s in b.segments]
        size = sum(len(s.source) for s in sentences)
        self.texts = ASK_FLOOR_TEXTS + ASK_TEXTS_PER_SENTENCE * len(sentences)
        self.texts += size // ASK_CHARS_PER_TEXT
        self.chars = ASK_FLOOR_CHARS + ASK_CHARS_PER_CHAR * size
        self.seen: set[str] = set()
        self.spent = False

    def within(self, texts: list[str | None]) -> list[str | None]:
        """``texts`` with None for each one past the allowance (the ones asked for before, or
        in this list, are free)."""
        out: list[str | None] = []
        for text in texts:
            if text is not None and text not in self.seen:
                if self.spent or self.texts < 1 or self.chars < len(text):
                    self.spent = True
                    text = None
                else:
                    self.texts -= 1
                    self.chars -= len(text)
                    self.seen.add(text)
            out.append(text)
        return out


# the engine's allowance for the spans of one article (_AskBudget)
ASK_TEXTS_PER_SENTENCE = 1
ASK_CHARS_PER_TEXT = 20
ASK_CHARS_PER_CHAR = 1
ASK_FLOOR_TEXTS = 64
ASK_FLOOR_CHARS = 4_000

# the longest sentence whose translation with one span marked is asked for (far past any news
# sentence; engines cut their input near there anyway)
_CONTEXT_CHARS = 1500
_MARKS = (("[", "]"), ("(", ")"))  # brackets the embedded model carries over (eval_inline.py)
_WORD = re_compile(r"\w+(?:[-'’.]\w+)*", re.U)


def _marks(source: str) -> tuple[str, str] | None:
    """A pair of brackets the sentence does not use."""
    return next((p for p in _MARKS if p[0] not in source and p[1] not in source), None)


def _marked(source: str, a: int, b: int) -> str | None:
    """``source`` with ``[a, b)`` between a pair of brackets the sentence does not use."""
    pair = _marks(source)
    if pair is None:
        return None
    return f"{source[:a]}{pair[0]}{source[a:b]}{pair[1]}{source[b:]}"


def _project(
    marked: str, target: str, source_text: str, pair: tuple[str, str]
) -> tuple[int, int] | None:
    """Where the words between brackets in ``marked`` (the sentence translated with its span
    marked) stand in ``target`` (the same sentence translated without marks): both are
    aligned word by word (the two translations differ in a few words at most), and the span
    covers the target words aligned to the marked ones, or a run the two translations worded
    differently between aligned neighbours. None when the marks did not come back as one pair,
    or the alignment cannot vouch for the place."""
    import difflib

    if marked.count(pair[0]) != 1 or marked.count(pair[1]) != 1:
        return None
    left, right = marked.index(pair[0]), marked.index(pair[1])
    if right <= left or not marked[left + 1 : right].strip():
        return None
    plain = marked[:left] + marked[left + 1 : right] + marked[right + 1 :]
    span = (left, right - 1)
    a_words = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(plain)]
    b_words = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(target)]
    inside = [i for i, (s, e, _) in enumerate(a_words) if s < span[1] and e > span[0]]
    if not inside or not b_words:
        return None
    first, last = inside[0], inside[-1]
    matcher = difflib.SequenceMatcher(
        None, [w for _, _, w in a_words], [w for _, _, w in b_words], autojunk=False
    )
    if matcher.ratio() < 0.5:
        return None  # the marks changed the sentence too much to tell
    mapped: list[int] = []
    anchored = 0
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        lo, hi = max(a1, first), min(a2, last + 1)
        if lo >= hi:
            continue
        if tag == "equal":
            mapped += [b1 + (k - a1) for k in range(lo, hi)]
            anchored += hi - lo
        elif tag == "replace" and lo == a1 and hi == a2:
            mapped += list(range(b1, b2))  # worded otherwise, wholly inside the span
        elif tag == "replace" and (a2 - a1) == (b2 - b1):
            mapped += [b1 + (k - a1) for k in range(lo, hi)]  # word for word
    if not mapped:
        return None
    lo_b, hi_b = min(mapped), max(mapped)
    n_span, n_target = last - first + 1, hi_b - lo_b + 1
    if anchored == 0 and n_span + n_target > 4 and not _shares_word(
        source_text, [w for _, _, w in b_words[lo_b : hi_b + 1]]
    ):
        # nothing of the span is the same in both: too weak to place a long span, unless the
        # run carries a word of the span itself (a name: "Sola-Busca deck" / "baralho
        # Sola-Busca" where the marked sentence said "Deck da Construção-Sola-Busca")
        return None
    if n_target > 2 * n_span + 2 or n_target * 3 < n_span:
        return None
    start, end = b_words[lo_b][0], b_words[hi_b][1]
    if _SEPARATOR.search(target[start:end]) and not _SEPARATOR.search(source_text):
        return None  # across a bar or bullet between items: another item's words (untrans14)
    # keep punctuation inside the span as the source's span does ("Amnesty International,")
    if source_text.rstrip() and not source_text.rstrip()[-1].isalnum():
        tail = target[end : end + 1]
        if tail and tail == source_text.rstrip()[-1]:
            end += 1
    return start, end


def _shares_word(source_text: str, target_words: list[str]) -> bool:
    """Whether a word of ``source_text`` of four letters or more, or one with a digit, stands
    among ``target_words`` (casefolded) as it is: a name or number the engine carried over."""
    words = {m.group().casefold() for m in _WORD.finditer(source_text)}
    words = {w for w in words if len(w) >= 4 or any(c.isdigit() for c in w)}
    return bool(words & set(target_words))


def _break(
    block: EditionBlock,
    span: InlineSpan,
    placed: list[tuple[TranslatedSegment, int]],
    order: _Order | None = None,
) -> InlineSpan | tuple[TranslatedSegment, int, tuple[int, int]] | None:
    """Where a line break goes: between two sentences, the joiner of their targets (a span);
    inside a sentence, the sentence and the text before the break (to be placed like a span
    and the break put after it); None when it has no place.

    ``order``: the block's segments read once, when they are in source order and do not overlap
    (as :func:`_parts` takes them): the sentences around the break are then found by bisection
    (a paragraph of thousands of line breaks was read whole for each: quadratic)."""
    if order is not None:
        return _break_ordered(block, span, placed, order)
    for seg in block.segments:
        if seg.segment.start < span.start < seg.segment.end:
            for s, offset in placed:
                if s is seg:
                    return seg, offset, (0, span.start - seg.segment.start)
            return None
    before = [(s, o) for s, o in placed if s.segment.end <= span.start]
    after = [(s, o) for s, o in placed if s.segment.start >= span.end]
    if before and after and block.joiner:
        seg, offset = before[-1]
        end = offset + len(seg.target)
        return InlineSpan(end, end + len(block.joiner), "br", span.attrs)
    return None


class _Order(NamedTuple):
    """A block's segments in source order, not overlapping, read once for its line breaks."""

    ends: list[int]  # every segment's source end
    placed_ends: list[int]  # the source end of each segment with a target
    last_start: int  # the greatest source start of those (-1: none)
    offsets: dict[int, int]  # by the segment's id, its target's offset (the first, as placed)

    @classmethod
    def of(cls, ends: list[int], placed: list[tuple[TranslatedSegment, int]]) -> _Order:
        offsets: dict[int, int] = {}
        for s, offset in placed:
            offsets.setdefault(id(s), offset)
        return cls(ends, [s.segment.end for s, _ in placed],
                   max((s.segment.start for s, _ in placed), default=-1), offsets)


def _break_ordered(
    block: EditionBlock,
    span: InlineSpan,
    placed: list[tuple[TranslatedSegment, int]],
    order: _Order,
) -> InlineSpan | tuple[TranslatedSegment, int, tuple[int, int]] | None:
    """:func:`_break` for segments in source order that do not overlap: the same answers, by
    bisection."""
    segments = block.segments
    k = bisect_right(order.ends, span.start)  # the first segment ending after the break
    if k < len(segments) and segments[k].segment.start < span.start:
        seg = segments[k]  # the only one that can hold it: the later ones start after its end
        offset = order.offsets.get(id(seg))
        return None if offset is None else (seg, offset, (0, span.start - seg.segment.start))
    # ``placed`` is ``segments`` less those without a target, in the same order: the ones
    # ending at or before the break are its first ones
    before = bisect_right(order.placed_ends, span.start)
    if before and order.last_start >= span.end and block.joiner:
        seg, offset = placed[before - 1]
        end = offset + len(seg.target)
        return InlineSpan(end, end + len(block.joiner), "br", span.attrs)
    return None


def _break_after(target: str, got: tuple[int, int]) -> tuple[int, int] | None:
    """The space after ``got`` when ``got`` is where the target begins (the words before a
    line break came first in the translation too), else None: a break is never put inside a
    line the engine reordered."""
    start, end = got
    if target[:start].strip(" " + _OPENERS) or end >= len(target) or not target[end].isspace():
        return None
    return end, end + 1


def _parts(
    block: EditionBlock, span: InlineSpan, ends: list[int] | None = None
) -> list[tuple[TranslatedSegment, tuple[int, int]]]:
    """The span cut at sentence boundaries: each sentence it touches with the span's part in
    it, relative to the sentence's source (a link over two sentences becomes two links).
    ``ends``: the segments' source ends, in order, to start at the first sentence the span can
    touch (a paragraph of thousands of links and sentences is not read whole for each)."""
    out: list[tuple[TranslatedSegment, tuple[int, int]]] = []
    first = bisect_right(ends, span.start) if ends is not None else 0
    for seg in block.segments[first:]:
        if ends is not None and seg.segment.start >= span.end:
            break
        lo = max(span.start, seg.segment.start) - seg.segment.start
        hi = min(span.end, seg.segment.end) - seg.segment.start
        if hi <= lo or not seg.source[lo:hi].strip():
            continue
        out.append((seg, (lo, hi)))
    return out


def url_of(span: InlineSpan) -> str:
    """The URL a span carries: a link's ``href``, an image's ``src`` ("" for the others)."""
    return span.attrs.get("href") or span.attrs.get("src") or ""


def safe_span(span: InlineSpan) -> bool:
    """False for a link or image whose URL has a scheme no output may carry."""
    return span.kind not in ("link", "image") or safe_url(url_of(span))


def _segment_at(block: EditionBlock, span: InlineSpan) -> TranslatedSegment | None:
    for seg in block.segments:
        if seg.segment.start <= span.start and span.end <= seg.segment.end:
            return seg
    return None


def _place_direct(seg: TranslatedSegment, part: tuple[int, int]) -> tuple[int, int] | None:
    source = seg.source
    a, b = part
    if seg.target == source:
        return a, b
    for term in seg.terms:  # a glossary name: the glossary stage knows where it stands
        if tuple(term.get("source_span") or ()) == (a, b) and term.get("target_span"):
            ts, te = term["target_span"]
            if 0 <= ts < te <= len(seg.target):
                return int(ts), int(te)
    if not source[:a].strip(" " + _OPENERS) and not source[b:].strip(" " + _CLOSERS):
        # the span is the whole sentence: the whole translation, less the punctuation around
        # it when the source's span left its own out
        target = seg.target
        start, end = _trim(target, 0, len(target))
        if source[:a].strip():
            while start < end and target[start] in _OPENERS:
                start += 1
        if source[b:].strip():
            while end > start and target[end - 1] in _CLOSERS:
                end -= 1
        return _trim(target, start, end) if end > start else None
    return _find(seg.target, source[a:b], a / max(len(source), 1))


_Direct = tuple[EditionBlock, InlineSpan, TranslatedSegment, int, tuple[int, int], InlineSpan]
_Todo = tuple[EditionBlock, InlineSpan, TranslatedSegment, int, tuple[int, int]]


def _by_attrs(block: EditionBlock) -> dict[int, list[InlineSpan]]:
    """The block's source spans by their attributes' identity (a placed span shares its
    source span's ``attrs``)."""
    out: dict[int, list[InlineSpan]] = {}
    for x in block.source_inline:
        out.setdefault(id(x.attrs), []).append(x)
    return out


def _apart_in_source(
    sources: dict[int, list[InlineSpan]], one: InlineSpan, other: InlineSpan
) -> bool:
    """Whether two placed links come from source links that share no character (their markup
    in the source does not nest: a link the reader put over a whole paragraph holds others)."""
    a = sources.get(id(one.attrs), [])
    b = sources.get(id(other.attrs), [])
    if len(a) != 1 or len(b) != 1 or a[0] is b[0]:
        return False
    return a[0].end <= b[0].start or b[0].end <= a[0].start


def _on_other_link(
    sources: dict[int, list[InlineSpan]],
    links: list[InlineSpan],
    span: InlineSpan,
    offset: int,
    got: tuple[int, int],
) -> bool:
    """Whether a link put on ``got`` (of the sentence at ``offset``) would stand on the words of
    another of ``links`` (those placed in that sentence) whose source link is apart from its
    own: links apart in the source do not nest in the translation."""
    return span.kind == "link" and any(
        x.start < offset + got[1]
        and offset + got[0] < x.end
        and _apart_in_source(sources, span, x)
        for x in links
    )


def _unnest_direct(direct: list[_Direct]) -> list[_Todo]:
    """The links placed on their own words that stand on another link's words in the
    translation, taken out of their block to be placed again like the spans not found.

    Two links apart in the source never nest, so a link found inside the other one's words was
    found on the wrong words: the engine translated its own ("pre-commit" as "pré-compromisso")
    and kept the same letters inside the other link's name or code (`` `ruff-pre-commit` ``).
    Of two such links the one on fewer words (the later one if they are as long) goes.
    (One sweep over the block's links in start order: a paragraph of 5,000 links is not
    compared pair by pair.)"""
    again: list[_Todo] = []
    by_block: dict[int, list[_Direct]] = {}
    for item in direct:
        by_block.setdefault(id(item[0]), []).append(item)
    for items in by_block.values():
        block = items[0][0]
        mine = {id(item[5]): item for item in items}
        sources = _by_attrs(block)
        order = {id(x): k for k, x in enumerate(block.inline)}
        gone: set[int] = set()
        top: InlineSpan | None = None  # of the links begun so far, the one that ends last
        for x in sorted(
            (x for x in block.inline if x.kind == "link"), key=lambda x: (x.start, -x.end)
        ):
            if top is not None and x.start < top.end and _apart_in_source(sources, x, top):
                size, top_size = x.end - x.start, top.end - top.start
                if size != top_size:
                    loser = x if size < top_size else top
                else:
                    loser = x if order[id(x)] > order[id(top)] else top
                if id(loser) in mine:
                    gone.add(id(loser))
                    if loser is top:
                        top = x
                    continue
            if top is None or x.end > top.end:
                top = x
        if gone:
            block.inline = [x for x in block.inline if id(x) not in gone]
            again += [item[:5] for item in items if id(item[5]) in gone]
    return again


def _placed_links(todo: list[_Todo]) -> dict[tuple[int, int], list[InlineSpan]]:
    """The links already placed in each sentence a span of ``todo`` is in, by (block, offset)
    (each link looked up once, by where it starts: a placed link stands in one sentence)."""
    out: dict[tuple[int, int], list[InlineSpan]] = {}
    blocks = {id(block): block for block, *_ in todo}
    for key in {(id(block), offset) for block, _, _, offset, _ in todo}:
        out[key] = []
    for block in blocks.values():
        starts = [offset for _, offset in _segment_offsets(block)]
        for x in block.inline:
            if x.kind == "link" and starts:
                at = starts[max(bisect_right(starts, x.start) - 1, 0)]
                if (id(block), at) in out:
                    out[(id(block), at)].append(x)
    return out


def _shift(span: InlineSpan, got: tuple[int, int], offset: int) -> InlineSpan:
    return InlineSpan(offset + got[0], offset + got[1], span.kind, span.attrs)


def _lost(
    block: EditionBlock,
    span: InlineSpan,
    seg: TranslatedSegment | None,
    why: str,
    number: int | None = None,
) -> Finding:
    text = block.source[span.start : span.end]
    if number is None:
        number = _number(block, span)
    if span.kind in ("link", "image"):
        href = url_of(span)
        return Finding(
            "inline",
            "warning",
            f"{span.kind} {text!r} -> {href} not placed in the translation: {why}",
            segment=seg.id if seg else None,
            data={"kind": span.kind, "href": href, "text": text, "span": number},
        )
    return Finding(
        "inline",
        "info",
        f"{span.kind} markup on {text!r} not placed in the translation: {why}",
        segment=seg.id if seg else None,
        data={"kind": span.kind, "text": text, "span": number},
    )



def _number(block: EditionBlock, span: InlineSpan) -> int:
    """The span's number in its block (from 1, as XLIFF ``p1`` and the PO ``<1>``)."""
    return next((k + 1 for k, x in enumerate(block.source_inline) if x is span), 0)

_INNERMOST = {"code": 1, "image": 1}


def _nested(spans: list[InlineSpan]) -> list[InlineSpan]:
    """Spans sorted outer first; one that crosses an earlier one is dropped (markup must nest).
    Over the same words code and images go inside the others (their markup writes their own
    text: "[`todo`](url)", "[![badge](img)](url)"); the others keep their order.

    >>> [s.kind for s in _nested([InlineSpan(0, 4, "code"), InlineSpan(0, 4, "link")])]
    ['link', 'code']
    """
    kept: list[InlineSpan] = []
    # In start order (longer first at one start), the kept spans still open where a span
    # begins nest, so they form a stack whose top ends first: a span crosses a kept one only
    # if it crosses the top (one look per span, not one per kept span: a paragraph of 5,000
    # links was quadratic here).
    open_: list[InlineSpan] = []
    same: dict[tuple[int, int], list[InlineSpan]] = {}
    for span in sorted(spans, key=lambda s: (s.start, -s.end, _INNERMOST.get(s.kind, 0))):
        if span.end <= span.start:
            continue
        while open_ and open_[-1].end <= span.start:
            open_.pop()
        if open_ and open_[-1].start < span.start < open_[-1].end < span.end:
            continue
        twins = same.setdefault((span.start, span.end), [])
        if any((k.kind, k.attrs) == (span.kind, span.attrs) for k in twins):
            continue  # the same markup twice; a link inside <strong> over the same words nests
        twins.append(span)
        kept.append(span)
        open_.append(span)
    return kept


def render(
    text: str,
    spans: Sequence[InlineSpan],
    escape: Callable[[str, int], str],
    wrap: Callable[[InlineSpan, str, str], str],
) -> str:
    """``text`` with its spans applied: ``escape(piece, offset)`` for text, ``wrap(span, inner,
    raw)`` for each span (``inner`` rendered, ``raw`` the span's plain text)."""
    ordered = _nested([s for s in spans if 0 <= s.start < s.end <= len(text)])

    def go(start: int, end: int, inside: list[InlineSpan]) -> str:
        out: list[str] = []
        pos = start
        i = 0
        while i < len(inside):
            span = inside[i]
            children: list[InlineSpan] = []
            j = i + 1
            while j < len(inside) and inside[j].start < span.end:
                children.append(inside[j])
                j += 1
            if span.start > pos:
                out.append(escape(text[pos : span.start], pos))
            out.append(wrap(span, go(span.start, span.end, children), text[span.start : span.end]))
            pos = span.end
            i = j
        if pos < end:
            out.append(escape(text[pos:end], pos))
        return "".join(out)

    return go(0, len(text), ordered)


def numbered(
    block: EditionBlock,
) -> tuple[list[tuple[InlineSpan, int]], list[tuple[InlineSpan, int]]]:
    """The block's source and target spans, each with the number of its source span (from 0),
    so that markup in a target refers to its markup in the source (XLIFF ``<pc id="p1">``, the
    PO notation ``<1>``); unsafe links are left out.

    A target span takes a source span of its kind (and address) from the sentence that holds
    it first: when an earlier sentence lost its emphasis, the next sentence's ``<em>`` is not
    numbered as the lost one (a PO ``msgstr`` had ``<2>only</2>`` for the ``msgid``'s
    ``<4>only</4>``, which translate-toolkit's pofilter flags and a CAT tool cannot pair)."""
    src = [(x, k) for k, x in enumerate(block.source_inline) if safe_span(x)]
    in_seg: dict[int, set[str]] = {}  # source span number -> the sentences it overlaps
    for x, k in src:
        in_seg[k] = {
            seg.id for seg in block.segments
            if max(x.start, seg.segment.start) < min(x.end, seg.segment.end)
        }  # fmt: skip
    holder = [(offset, offset + len(seg.target), seg.id) for seg, offset in
              _segment_offsets(block)]  # fmt: skip
    used: set[int] = set()
    tgt: list[tuple[InlineSpan, int]] = []
    for x in block.inline:
        same = [k for y, k in src if (y.kind, y.attrs) == (x.kind, x.attrs)]
        sid = next((i for lo, hi, i in holder if lo <= x.start and x.end <= hi), None)
        here = [k for k in same if sid in in_seg[k]]
        k = next(
            (k for k in here if k not in used),  # its own sentence's span
            here[0] if here  # a span cut at a sentence boundary: a later part
            else next((k for k in same if k not in used), same[0] if same else -1),
        )  # fmt: skip
        if k >= 0:
            used.add(k)
            tgt.append((x, k))
    return src, tgt


def segment_spans(
    block: EditionBlock, *, source: bool = False
) -> dict[str, list[tuple[int, int, int, int]]]:
    """Per segment id, its spans relative to the segment's source (``source``) or target:
    (start, end, number of the source span, part). A source span over several sentences is
    cut at their boundaries, ``part`` counting its pieces from 0; a target span belongs to the
    segment that holds it whole, with the part its source span has in that segment."""
    src, tgt = numbered(block)
    parts: dict[tuple[int, str], int] = {}
    out: dict[str, list[tuple[int, int, int, int]]] = {}
    for x, k in src:
        n = 0
        for seg in block.segments:
            lo, hi = max(x.start, seg.segment.start), min(x.end, seg.segment.end)
            inside = x.kind == "br" and seg.segment.start < lo  # a line break within a sentence
            if lo < hi and (block.source[lo:hi].strip() or inside):
                parts[(k, seg.id)] = n
                if source:
                    base = seg.segment.start
                    out.setdefault(seg.id, []).append((lo - base, hi - base, k, n))
                n += 1
    if source:
        return {seg.id: sorted(out.get(seg.id, [])) for seg in block.segments}
    for seg, offset in _segment_offsets(block):
        hi = offset + len(seg.target)
        out[seg.id] = [
            (x.start - offset, x.end - offset, k, parts.get((k, seg.id), 0))
            for x, k in tgt
            if offset <= x.start and x.end <= hi
        ]
    return {seg.id: out.get(seg.id, []) for seg in block.segments}


# -- the PO notation: <1>words</1> -----------------------------------------------------------

_TAG = re_compile(r"<(<)|<(/?)(\d{1,4})>")
_TAG_AHEAD = re_compile(r"<|/?\d{1,4}>")


def notation_tags(text: str) -> list[str]:
    """The tags of :func:`to_tags` notation (``<1>``, ``</1>``) that ``text`` holds, in order,
    read as the notation reads them (``<<1>`` is the text "<", then "1>").

    >>> notation_tags("See <1>the plan</1> and 1<<2>3.")
    ['<1>', '</1>']
    """
    return [m.group(0) for m in _TAG.finditer(text) if not m.group(1)]


class NotationError(ValueError):
    """Inline notation that does not balance, crosses, or names a span the source lacks."""


def to_tags(text: str, spans: Sequence[tuple[int, int, int]]) -> str:
    """``text`` with each span (start, end, n) between ``<n>`` and ``</n>``, the XLIFF-like
    notation of gettext tools (and of i18next's ``<1>``). A literal ``<`` is doubled when what
    follows it would read as a tag or as another ``<`` (``<<1>`` is the text "<1>"; "a < b"
    stays as it is). Spans that would cross are left out.

    >>> to_tags("See the plan and 1<2>3.", [(4, 12, 1)])
    'See <1>the plan</1> and 1<<2>3.'
    """
    ordered = _nested(
        [InlineSpan(a, b, "link", {"n": str(n)}) for a, b, n in spans if 0 <= a < b <= len(text)]
    )

    def escape(piece: str, _: int) -> str:
        return piece.replace("<", "\x00")

    def wrap(span: InlineSpan, inner: str, _: str) -> str:
        return f"<{span.attrs['n']}>{inner}</{span.attrs['n']}>"

    marked = render(text, ordered, escape, wrap)
    out: list[str] = []
    for i, ch in enumerate(marked):
        if ch == "\x00":
            rest = marked[i + 1 : i + 7].replace("\x00", "<")
            out.append("<<" if _TAG_AHEAD.match(rest) else "<")
        else:
            out.append(ch)
    return "".join(out)


def from_tags(text: str, known: set[int] | None = None) -> tuple[str, list[tuple[int, int, int]]]:
    """The plain text and spans of :func:`to_tags` notation; :class:`NotationError` when a tag
    is not closed, closed without an opening, crosses another, repeats, or (``known``) names a
    number that is not in ``known``.

    >>> from_tags("See <1>the plan</1> and 1<<2>3.")
    ('See the plan and 1<2>3.', [(4, 12, 1)])
    """
    out: list[str] = []
    size = 0
    pos = 0
    open_tags: list[tuple[int, int]] = []
    spans: list[tuple[int, int, int]] = []
    seen: set[int] = set()
    for m in _TAG.finditer(text):
        piece = text[pos : m.start()]
        out.append(piece)
        size += len(piece)
        pos = m.end()
        if m.group(1):  # an escaped "<"
            out.append("<")
            size += 1
            continue
        n = int(m.group(3))
        if not m.group(2):
            if known is not None and n not in known:
                raise NotationError(f"<{n}> is not markup of the source")
            if n in seen or any(k == n for k, _ in open_tags):
                raise NotationError(f"<{n}> appears twice")
            seen.add(n)
            open_tags.append((n, size))
            continue
        if not open_tags or open_tags[-1][0] != n:
            if any(k == n for k, _ in open_tags):
                raise NotationError(f"</{n}> crosses <{open_tags[-1][0]}>")
            raise NotationError(f"</{n}> without <{n}>")
        _, start = open_tags.pop()
        spans.append((start, size, n))
    if open_tags:
        raise NotationError(f"<{open_tags[-1][0]}> is not closed")
    out.append(text[pos:])
    return "".join(out), sorted(spans)
