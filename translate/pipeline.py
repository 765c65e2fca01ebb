"""The pipeline as a Python API: article in, editions out.

``prepare`` runs the source-side stages once per article (detect, boilerplate, segment);
``translate_prepared`` makes one edition per target locale (route, translate, check, localize).
Nothing here prints or parses command lines; only ``run_file`` writes files.
"""

from __future__ import annotations

import atexit
import bisect
import dataclasses
import logging
import threading
import time
import weakref
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import (
    boilerplate,
    capitals,
    detect,
    inline,
    labels,
    law_titles,
    segment,
    spelling,
    titlecase,
    tm,
    untranslatable,
)
from .detect.core import DECLARED_UNSURE, copy_evidenced, page_language_evidenced
from .detect.rules import rules as detect_rules
from .edition import assemble, make_signature
from .engines.base import on_ready
from .errors import (
    EXIT_BLOCKING,
    EXIT_OK,
    EXIT_PARTIAL,
    EmptyInputError,
    ErrorInfo,
    InputError,
    TranslateError,
    UnsupportedPairError,
)
from .glossary import Glossary
from .glossary import cache as glossary_cache
from .glossary.injected import Injected, injected_names, replaced_names, source_derivative
from .glossary.words import common_lookup, plain_word_test
from .limits import check_article_chars, text_chars
from .locales import LocaleProfile, parse_targets
from .localize.stage import (
    EarlyKey,
    Localized,
    Localizer,
    localize_ahead,
    localize_segments,
    localizer_for,
    readings_shared,
)
from .model import (
    UNDETERMINED,
    Article,
    Block,
    Dropped,
    Edition,
    EditionStats,
    Finding,
    GlossaryReport,
    InlineSpan,
    LanguageGuess,
    Segment,
    Severity,
    TranslatedSegment,
)
from .mt import Route, engine_inputs, engines_for, plan_route, translate_batch
from .options import RunOptions, preload_models
from .passthrough import NOTE as PASSTHROUGH_NOTE
from .passthrough import RULE as PASSTHROUGH_RULE
from .passthrough import nothing_to_translate, only_addresses, only_signs
from .protect import (
    Prepared,
    Verified,
    leave_inside,
    protect_segments,
    restore_segments,
    spans_as_written,
    verify_ahead,
)
from .publish import Policy, Verdict, check_policy, write_with_policy
from .read import input_findings, read_article
from .store import Store
from .urls import article_urls

if TYPE_CHECKING:
    from .check import CheckContext

log = logging.getLogger(__name__)


def run_checks(
    segments: list[TranslatedSegment], ctx: CheckContext,
    early: dict[tuple[Any, ...], list[list[Finding]]] | None = None,
) -> list[Finding]:  # fmt: skip
    """:func:`translate.check.run_checks`, imported when first run: the checks' modules (the
    facts' tables among them) load after the sentences are sent to the engine ahead, while
    the embedded engine's child translates, not before (benchmarks/bench_cli_timeline.py)."""
    from .check import run_checks as run

    return run(segments, ctx, early=early)


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


@dataclass
class PreparedArticle:
    """An article after the source-side stages, shared by all its target locales."""

    article: Article
    segments: list[Segment]
    source_lang: str
    timings: dict[str, float] = field(default_factory=dict)
    passthrough: bool = False  # nothing to translate (translate.passthrough): copied unchanged


def prepare(article: Article, options: RunOptions | None = None) -> PreparedArticle:
    """Detect languages, drop boilerplate, split sentences."""
    options = options or RunOptions()
    timings: dict[str, float] = {}
    # the size limit first: every stage below costs in proportion to the text (translate.limits)
    check_article_chars(text_chars(b.text for b in article.blocks), options.max_article_chars,
                        source=article.source)
    if not any(ch.isalnum() for b in article.blocks for ch in b.text):
        # emoji, punctuation, symbols: nothing to translate, whatever --from or boilerplate say
        raise EmptyInputError("no article text (no letters or digits)", path=article.source)
    # code blocks are carried verbatim: held out of language detection and boilerplate removal
    # (their words are no article text), put back after the block they followed
    article, code_blocks = _hold_code(article)
    with _timed(timings, "detect"):
        article = detect.detect_article(
            article, options.detector, None if options.source_lang else options.declared_lang
        )
    rules_lang = options.source_lang or (article.lang.lang if article.lang else UNDETERMINED)
    with _timed(timings, "boilerplate"):
        article = boilerplate.strip_boilerplate(article, rules_lang, keep=options.keep_boilerplate)
    unsafe = article_urls(article.source, article.meta)
    if unsafe:  # the writers leave these out (translate.urls); the edition says so
        extra = [Dropped(text=u.text, rule=u.rule, reason=u.reason) for u in unsafe]
        article = dataclasses.replace(article, dropped=[*article.dropped, *extra])
    if not any(b.text.strip() for b in article.blocks if b.kind != "title"):
        raise InputError(
            "nothing left after boilerplate removal",
            path=article.source,
            hint="--keep-boilerplate keeps it",
        )
    source_lang = options.source_lang or (article.lang.lang if article.lang else UNDETERMINED)
    # numbers, URLs, phones, addresses only: copied unchanged, whatever detection made of the
    # letters in the URLs (translate.passthrough)
    passthrough = nothing_to_translate(b.text for b in article.blocks)
    if passthrough:
        source_lang = UNDETERMINED
        article = dataclasses.replace(article, lang=LanguageGuess(UNDETERMINED, 0.0, "none"))
    elif source_lang == UNDETERMINED:
        raise InputError(
            "cannot tell the article's language", path=article.source, hint="pass --from LANG"
        )
    article = _put_code_back(article, code_blocks)
    with _timed(timings, "segment"):
        segments = segment.segment_article(article)
    if options.source_lang or passthrough:
        segments = [_with_lang(s, source_lang) for s in segments]
    return PreparedArticle(article, segments, source_lang, timings, passthrough=passthrough)


def _hold_code(article: Article) -> tuple[Article, list[tuple[list[Block], Block]]]:
    """The article without its code blocks, and each code block with the blocks before it
    (to put it back after the last of them that boilerplate removal keeps)."""
    if not any(b.kind == "code" for b in article.blocks):
        return article, []
    held: list[tuple[list[Block], Block]] = []
    rest: list[Block] = []
    for block in article.blocks:
        if block.kind == "code":
            held.append((list(rest), block))
        else:
            rest.append(block)
    if not any(b.text.strip() for b in rest if b.kind != "title"):
        raise EmptyInputError("no article text (code only)", path=article.source)
    return dataclasses.replace(article, blocks=rest), held


def _put_code_back(article: Article, held: list[tuple[list[Block], Block]]) -> Article:
    """Each held code block after the last block before it that is still in the article (the
    same object, or one of the same kind and text), else after the title: input order."""
    if not held:
        return article
    blocks = article.blocks

    def position(before: list[Block]) -> int:
        for block in reversed(before):
            for k, b in enumerate(blocks):
                if b is block:
                    return k + 1
            for k, b in enumerate(blocks):
                if b.kind == block.kind and b.text == block.text:
                    return k + 1
        return 1 if blocks and blocks[0].kind == "title" else 0

    inserts: dict[int, list[Block]] = {}
    for before, block in held:
        inserts.setdefault(position(before), []).append(block)
    out: list[Block] = list(inserts.pop(0, []))
    for k, block in enumerate(blocks, start=1):
        out.append(block)
        out += inserts.pop(k, [])
    return dataclasses.replace(article, blocks=out)


def _lang_sure(guess: LanguageGuess | None, lang: str) -> bool:
    """Whether a block's reading vouches for ``lang``: it read ``lang`` with ``vouch``
    confidence (``locales/languages/scripts.toml``), or by a script that belongs to one language
    (kana, Hangul...), which decides it however short the text."""
    return guess is not None and guess.lang == lang and (
        guess.confidence >= detect_rules().vouch or guess.method == "script"
    )


def _unserved(t: TranslatedSegment, article: Article, target: str) -> Finding:
    """A sentence no engine translates, left as written: a warning when its block's language is
    sure (``vouch`` in ``locales/languages/scripts.toml``, or decided by its script: a quote in
    another language is published as the source has it), blocking when it is not (a short
    heading that a model reads as German in an English feed is not published untranslated)."""
    lang = t.segment.lang
    guess = article.blocks[t.segment.block].lang if t.segment.block < len(article.blocks) else None
    vouch = detect_rules().vouch
    sure = _lang_sure(guess, lang)
    message = f"no engine translates {lang} -> {target}: left as written"
    from .check import names_only

    main = article.lang.lang if article.lang is not None else None
    if not sure and names_only(t.segment.source, main, lang):
        # names, handles and slugs read the same in every language: nothing is lost
        return Finding("untranslated", "warning", message + "; it holds only names",
                       segment=t.id, data={"language": lang})
    if not sure:
        shown = f"{guess.confidence:.2f}" if guess is not None and guess.lang == lang else "none"
        message += f"; its language is not sure (confidence {shown} < {vouch:g}): held for review"
    return Finding("untranslated", "warning" if sure else "error", message, segment=t.id,
                   data={"language": lang})


def _unevidenced_copies(prepared: PreparedArticle, target: str) -> PreparedArticle:
    """``prepared`` with each sentence read as ``target`` (it would be copied as already in the
    edition's language, with no finding) given the article's language instead when its block
    shows too few words of ``target`` and a word of the article's language, or one the engine
    translates from it (``detect.core.copy_evidenced``): a short line of the page's language
    that a model read as the target's ("2 - MÉRITO" in a Portuguese ruling, read as English) is
    translated, never published untranslated in silence. A sentence read, not surely
    (``_lang_sure``), as a third language is given the article's language when its block's words
    are the page's (``detect.core.page_language_evidenced``): a line of prices with "Maiores
    Altas" that a model reads as Volapük is translated, not held untranslated. Codes and acronyms
    of no list, and code blocks, are copied as they are."""
    main = prepared.source_lang
    blocks = prepared.article.blocks
    decided: dict[tuple[int, str], bool] = {}

    def engine_word(word: str) -> bool:  # a word the engine will translate from ``main``
        return word in untranslatable.engine_lexicon(main)

    segments: list[Segment] = []
    for seg in prepared.segments:
        if seg.lang != main and seg.block < len(blocks) and blocks[seg.block].kind != "code":
            block = blocks[seg.block]
            key = (seg.block, seg.lang)
            if seg.lang == target and key not in decided:
                decided[key] = copy_evidenced(block.text, target, main, engine_word)
            elif (seg.lang != target and key not in decided
                  and UNDETERMINED not in (seg.lang, main)
                  and not _lang_sure(block.lang, seg.lang)):
                # another language read, not surely: the page's language when its words say so
                decided[key] = not page_language_evidenced(block.text, seg.lang, main, engine_word)
            if not decided.get(key, True):
                seg = _with_lang(seg, main)
        segments.append(seg)
    if all(decided.values()):  # nothing read as the target, or every copy shown to be
        return prepared
    return dataclasses.replace(prepared, segments=segments)


def _with_lang(seg: Segment, lang: str) -> Segment:
    return Segment(seg.id, seg.block, seg.index, seg.source, seg.start, seg.end, lang)


def _routes(
    langs: set[str], main: str, profile: LocaleProfile, options: RunOptions
) -> tuple[Route, dict[str, Route | None]]:
    """The article's route, and one per other source language met in its paragraphs.

    A paragraph already in the target language, or in a language no engine serves, gets no
    route (None) and is copied as written: sending Russian through an en->pt model makes
    confident nonsense, while a copy is honest and flagged for the reviewer.
    """
    engines = [options.engine] if options.engine else list(profile.engines)
    main_route = plan_route(main, profile.language, engines, options.engine_options)
    routes: dict[str, Route | None] = {main: main_route}
    for lang in langs - {main}:
        if lang == profile.language:
            routes[lang] = None
            continue
        try:
            routes[lang] = plan_route(lang, profile.language, engines, options.engine_options)
        except UnsupportedPairError:
            log.info("no route %s -> %s: paragraphs in %s are copied", lang, profile.language, lang)
            routes[lang] = None
    return main_route, routes


# the pairs each engine was asked to preload (weak: a closed engine's pairs go with it, and a
# new engine that happens to get the same id() is preloaded again)
_preloaded: weakref.WeakKeyDictionary[Any, set[tuple[str, str]]] = weakref.WeakKeyDictionary()
_preload_threads: list[threading.Thread] = []
_preloaded_lock = threading.Lock()


def preload_route(route: Route) -> None:
    """Start loading the route's models in background threads (once per engine and pair), so
    that detection, the glossary, protect and the first-use indexes, which are Python, run
    while a native model load uses the other core. ``translate`` waits for a load in progress.
    ``TRANSLATE_PRELOAD=0`` turns it off (translate.options.preload_models).

    Measured: CTranslate2 (Argos) releases the GIL while it loads, so the Python stages do run
    beside it; the embedded engine's native loader holds the GIL for the whole load, so it is
    not preloaded in-process (``Engine.preload_overlaps``): it loads when it first translates,
    except in the ``translate run`` command, which loads it in a child process
    (translate.engines.child).
    """
    if not preload_models():
        return
    for hop in route.hops:
        if not getattr(hop.engine, "preload_overlaps", True):
            continue
        with _preloaded_lock:
            pairs = _preloaded.setdefault(hop.engine, set())
            if (hop.source, hop.target) in pairs:
                continue
            pairs.add((hop.source, hop.target))
        thread = threading.Thread(
            target=_preload_quietly, args=(hop,), name="preload", daemon=True
        )
        thread.start()
        with _preloaded_lock:
            if not _preload_threads:
                atexit.register(_join_preloads)  # never leave a native load half-done at exit
            _preload_threads[:] = [t for t in _preload_threads if t.is_alive()]
            _preload_threads.append(thread)


def _join_preloads() -> None:
    with _preloaded_lock:
        threads = list(_preload_threads)
    for thread in threads:
        thread.join(timeout=60)


def _preload_likely(profiles: Sequence[LocaleProfile], options: RunOptions) -> None:
    """Before detection: start loading the model each target will most likely need, when the
    source is given (``--from``) or only one language is served into the target's language
    (the embedded engine: pt-BR is only ever made from English). A wrong guess costs a load
    on an idle core, never a wrong route: the route is planned again after detection."""
    for profile in profiles:
        engines = [options.engine] if options.engine else list(profile.engines)
        source = options.source_lang
        try:
            if source is None:
                served = {
                    s
                    for engine in engines_for(engines, options.engine_options)
                    for s, t in engine.pairs()
                    if t == profile.language
                }
                if len(served) != 1:
                    continue
                source = served.pop()
            if source != profile.language:
                preload_route(plan_route(source, profile.language, engines, options.engine_options))
        except TranslateError:
            continue


def _preload_quietly(hop: Any) -> None:
    try:
        hop.engine.preload(hop.source, hop.target)
    except Exception as exc:  # translate() raises it again, where it is handled
        log.info("preloading %s %s->%s failed: %s", hop.engine.name, hop.source, hop.target, exc)


def translate_prepared(
    prepared: PreparedArticle,
    profile: LocaleProfile,
    options: RunOptions | None = None,
    store: Store | None = None,
) -> Edition:
    """One localized edition of a prepared article."""
    options = options or RunOptions()
    if prepared.passthrough:
        return _passthrough_edition(prepared, profile)
    main = prepared.source_lang
    if main == profile.language:
        raise UnsupportedPairError(
            main, profile.tag, hint="the article is already in that language"
        )
    prepared = _unevidenced_copies(prepared, profile.language)
    timings = dict(prepared.timings)
    segs = prepared.segments
    with _timed(timings, "route"):
        main_route, routes = _routes({s.lang for s in segs}, main, profile, options)
        for planned in {id(r): r for r in routes.values() if r is not None}.values():
            preload_route(planned)
        # a loaded engine translates ahead while the glossary stage runs
        _speculate(prepared, main_route, store if options.use_cache else None)

    # -- glossary: protect names before MT (translate.protect) --
    with _timed(timings, "glossary"):
        glossary = glossary_cache.load(options.glossary_paths, builtin=options.builtin_glossary)
        code_pieces = [_code_pieces(prepared.article.blocks[s.block], s) for s in segs]
        protected = protect_segments(segs, glossary, profile.tag, main, verbatim=code_pieces)
    texts = protected.texts  # flagged name variants replaced by their canonical form
    # proper names that are also words ("the Wedding district") masked so that the engine keeps
    # them (translate.untranslatable); glossary names are the glossary's
    kinds = [prepared.article.blocks[s.block].kind for s in segs]
    # a heading in title case goes to the engine in sentence case when the target writes its
    # headlines so, the names the article or the glossary shows kept (translate.titlecase);
    # before the masks, which would keep a run of capitalised words as a title
    texts, _ = titlecase.sentence_cased(
        texts, [s.source for s in segs],
        [i for i, s in enumerate(segs) if s.lang == main and kinds[i] in titlecase.HEADLINE_KINDS],
        main, profile.language,
        lambda: [text for entry in glossary for _, text in entry.variants], glossary.hash,
        [item.mt_spans for item in protected.items],
    )  # fmt: skip
    word_names = untranslatable.mask_segments(
        texts, kinds, main, [item.mt_spans for item in protected.items],
        code_pieces,
        [_italic_pieces(prepared.article.blocks[s.block], s) for s in segs],
        inner=spans_as_written(protected),  # a title may hold a glossary name whole
        target_letters=untranslatable.source_letters(profile.language),
        own={i for i, s in enumerate(segs) if s.lang == main},
        site=prepared.article.meta.get("sitename"),
        plain=plain_word_test(main),  # common words the engine translates though it has no piece
    )
    texts = word_names.texts
    # a sentence in capitals goes to the engine in sentence case, its edition back in capitals
    # (translate.capitals); the names and acronyms the article evidences kept
    texts, shouted = capitals.sentence_cased(
        texts, [s.source for s in segs],
        [i for i, s in enumerate(segs) if s.lang == main and kinds[i] != "code"],
        main, lambda: [text for entry in glossary for _, text in entry.variants], glossary.hash,
    )  # fmt: skip

    targets = [s.source for s in segs]
    origins = ["copy"] * len(segs)
    counts = {"mt": 0, "cache": 0, "copy": 0, "tm": 0}
    # -- translation memory: a translator's confirmed sentence beats the engine (translate.tm) --
    tm_hits = tm.reuse(store, segs, profile.tag) if store is not None and options.use_tm else {}
    for i, confirmed in tm_hits.items():
        targets[i], origins[i] = confirmed, "tm"
    _unspeculate(prepared, texts, tm_hits, main_route)
    with _timed(timings, "translate"):
        by_route: dict[int, tuple[Route, list[int]]] = {}
        # links and addresses only, or signs only (no letter, no digit): copied exactly, never
        # sent (translate.passthrough)
        inert = {i for i, seg in enumerate(segs)
                 if only_addresses(seg.source) or only_signs(seg.source)}  # fmt: skip
        # a press notice's labels ("WHO:", "WHERE:") written from the locale's data, never sent:
        # the engine read "WHO:" as the World Health Organization (translate.labels)
        for i, label in labels.label_targets(segs, prepared.article.blocks, main,
                                             profile).items():  # fmt: skip
            if i not in tm_hits:
                targets[i] = label
                inert.add(i)
        for i, seg in enumerate(segs):
            route = routes.get(seg.lang, main_route)
            if route is not None and i not in tm_hits and i not in inert:
                by_route.setdefault(id(route), (route, []))[1].append(i)
        cache = store if options.use_cache else None
        from .check import CheckContext

        ctx = CheckContext(source_lang=main, target_lang=profile.language, locale=profile.tag)
        early = _Early(prepared, texts, by_route.get(id(main_route), (main_route, []))[1],
                       word_names, protected, profile, ctx, glossary,
                       ) if len(main_route.hops) == 1 else None  # fmt: skip
        for route, indexes in by_route.values():
            with on_ready(early if route is main_route else None):
                outs, cached, _ = translate_batch([texts[i] for i in indexes], route, cache)
            if early is not None:
                early.flush()
            for i, out, hit in zip(indexes, outs, cached, strict=True):
                targets[i] = out
                origins[i] = "cache" if hit else "mt"

    targets, names_kept = untranslatable.unmask_segments(
        word_names,
        targets,
        {i for i, o in enumerate(origins) if o in ("mt", "cache")},
        lambda batch: translate_batch(batch, main_route, cache)[0],
        lexicon=untranslatable.engine_lexicon(main or ""),
        letters=untranslatable.source_letters(main),
    )
    # a glossary name inside a title kept as written is the title's word: left as it stands
    protected = leave_inside(protected, untranslatable.names_in_kept_titles(word_names, targets))

    # -- spelling: the locale's variety, not the other one the engine mixes in (translate.spelling);
    # before the glossary restores names, so that its spans stay true and names stay untouched
    spelling_changes: list[dict[str, Any]] = []
    repaired: list[dict[str, Any]] = []  # untranslatable tokens put back (translate.untranslatable)
    for i, seg in enumerate(segs):
        if origins[i] in ("mt", "cache"):
            ahead = early.texts.pop(i, None) if early is not None else None
            if ahead is not None and ahead[0] == targets[i]:  # the same calls, made earlier
                _, _, changes, targets[i], repairs = ahead
                spelling_changes += [{"segment": seg.id, **c} for c in changes]
                repaired += [{"segment": seg.id, **c} for c in repairs]
                continue
            targets[i], changes = spelling.normalize(targets[i], profile.tag, source=seg.source)
            spelling_changes += [{"segment": seg.id, **c} for c in changes]
            kind = prepared.article.blocks[seg.block].kind
            targets[i], repairs = untranslatable.repair(
                seg.source, targets[i], kind=kind, words=untranslatable.engine_lexicon(main or ""),
                letters=untranslatable.source_letters(main),
                plain_word=plain_word_test(seg.lang or main),
            )
            repaired += [{"segment": seg.id, **c} for c in repairs]

    def respell(i: int, out: str) -> str:
        """A placeholder retranslation in the locale's variety, as the first answer was."""
        spelled, changes = spelling.normalize(out, profile.tag, source=segs[i].source)
        spelling_changes.extend({"segment": segs[i].id, "retranslated": True, **c}
                                for c in changes)
        return spelled

    # -- glossary: restore and verify names after MT --
    with _timed(timings, "glossary"):
        untranslated = {i for i, o in enumerate(origins) if o in ("copy", "tm")}
        restored = restore_segments(
            protected,
            targets,
            skip=untranslated,
            locate=set(tm_hits),  # confirmed text stays as it is; its terms are still marked
            early=early.verified if early is not None else None,
            retranslate=lambda batch: translate_batch(batch, main_route, cache)[0],
            fallback={
                i for i, s in enumerate(segs) if routes.get(s.lang, main_route) is main_route
            },
            respell=respell,
        )
        targets = restored.targets

    translated = [
        TranslatedSegment(segment=seg, target=tgt, origin=origin)  # type: ignore[arg-type]
        for seg, tgt, origin in zip(segs, targets, origins, strict=True)
    ]
    unserved: list[Finding] = []
    for i, t in enumerate(translated):
        counts[t.origin] = counts.get(t.origin, 0) + 1
        lang = t.segment.lang
        if t.origin == "copy" and lang != profile.language and i not in inert:
            unserved.append(_unserved(t, prepared.article, profile.language))
            t.findings.append(unserved[-1])
    for t, found, terms in zip(translated, restored.findings, restored.terms, strict=True):
        t.findings.extend(found)
        t.terms.extend(terms)
    # -- localize: dates, numbers, typography (translate.localize), before the checks see it --
    with readings_shared():  # localize and check read each text's dates and numbers once
        with _timed(timings, "localize"):
            code = {t.id: _code_pieces(prepared.article.blocks[t.segment.block], t.segment)
                    for t in translated}  # fmt: skip
            localized, findings = localize_segments(
                translated, profile, main, code, early=early.localized if early else None,
                source_locale=options.source_locale,
            )
            _follow_report_spans(restored.report, translated)
            # put back in capitals before the checks, which then read the source and the target
            # in the same case; letter for letter: the spans of names and changes stay true
            for i in shouted:
                t = translated[i]
                if t.origin in ("mt", "cache"):
                    t.target = capitals.restore(t.target, t.segment.source)
        findings[:0] = restored.all_findings
        with _timed(timings, "check"):
            findings += unserved + run_checks(
                translated, ctx, early=early.checked if early else None
            )
            findings += _injected_name_findings(
                translated, glossary, profile.tag, early=early.injected if early else None
            )
            findings += untranslatable.kept_title_findings(
                names_kept, [t.id for t in translated], [t.target for t in translated],
                common_lookup(profile.language), profile.tag,
            )
            # a title of a law or programme the edition translated: named for the editor
            mt = [t for t in translated if t.origin in ("mt", "cache")]
            findings += law_titles.translated_title_findings(
                [t.id for t in mt], [t.segment.source for t in mt], [t.target for t in mt],
                [t.terms for t in mt], main, profile.tag,
            )
            findings += _code_findings(translated, prepared.article)
            findings += _unsure_findings(translated, prepared.article)
            findings += input_findings(prepared.article)
    glossary_cache.remember(glossary)  # its indexes, for the next run (translate.glossary.cache)

    signature = make_signature(
        main_route.engine, main_route.model, main_route.version, main_route.pivot, glossary.hash,
        detect.detector_tag(options.detector),
    )
    stats: EditionStats = {
        "segments": len(segs),
        "words": sum(len(s.source.split()) for s in segs),
        "origins": counts,
        "timings": {k: round(v, 4) for k, v in timings.items()},
    }
    with _timed(timings, "assemble"):
        edition = assemble(
            prepared.article,
            translated,
            locale=profile.tag,
            source_lang=main,
            target_lang=profile.language,
            direction=profile.direction,
            joiner=profile.sentence_joiner,
            signature=signature,
            findings=findings,
            stats=stats,
        )
    # -- inline markup (links, emphasis, code) aligned to the final targets (translate.inline) --
    with _timed(timings, "inline"):
        edition.findings += inline.restore(
            edition,
            # the marked sentences with the locale's forms of address, as the edition's (a
            # pronoun left out there and not in the marked one would break their alignment)
            lambda batch: [
                spelling.address_only(t, profile.tag, s)
                for s, t in zip(batch, translate_batch(batch, main_route, cache)[0], strict=True)
            ],
            trailing=True,
        )
        edition.findings += inline.relative_findings(edition)  # links no edition can follow
    edition.reports["localize"] = localized
    edition.reports["glossary"] = restored.report
    edition.reports["spelling"] = {"locale": profile.tag, "changes": spelling_changes}
    edition.reports["untranslatable"] = {  # names kept as names come first, then the repairs
        "changes": [{"segment": segs[c.pop("index")].id, **c} for c in names_kept] + repaired,
    }
    edition.reports["route"] = {
        "engine": main_route.engine,
        "model": main_route.model,
        "version": main_route.version,
        "pivot": main_route.pivot,
        "hops": [f"{h.source}->{h.target}" for h in main_route.hops],
    }
    return edition


# sentences checked together beside the engine (_Early.flush); fewer towards the end
EARLY_BATCH = 8


class _Early:
    """The stages after the engine that work on one sentence alone (spelling, the untranslatable
    repair, the glossary's verify, localize, the checks, the search for names the engine
    added: ``_injected_name_findings``), run on each sentence as its
    translation arrives (``engines.base.on_ready``) while the engine still translates the
    others: the core it leaves idle at its tail, and the second core while the main thread
    would only wait. The checks run in batches of ``EARLY_BATCH`` answered sentences, halving
    towards the end (the last one after the engine's last answer); the rest as each answer
    arrives. ``flush`` checks what is left when the engine is done.

    Nothing here decides anything: each result is kept under every input of its call, and the
    stages take it only when their own inputs turn out the same (translate_prepared, then
    ``localize_segments(early=...)``, ``run_checks(early=...)``); otherwise they compute as
    before. Sentences whose masks are put back or that hold code spans are left to the stages.
    A sentence with a glossary name is verified ahead (``protect.verify_ahead``: its names
    found and repaired, taken by ``restore_segments(early=...)`` for the same segment object
    and output) and localized and checked with that target and the names' spans (all the
    checks read of its terms), unless a name is missing: restore's placeholder fallback may
    translate it again.
    The target the stages are expected to see is the engine's answer after spelling, repair and
    the names' verify; a sentence another stage changes simply finds nothing kept for its new
    text.
    """

    def __init__(
        self, prepared: PreparedArticle, texts: Sequence[str], indexes: Sequence[int],
        masked: untranslatable.Masked, protected: Prepared, profile: LocaleProfile,
        ctx: CheckContext, glossary: Glossary | None = None,
    ) -> None:  # fmt: skip
        blocks = prepared.article.blocks
        self.segs = prepared.segments
        self.profile = profile
        self.ctx = ctx
        self.main = prepared.source_lang
        self.at: dict[str, list[int]] = {}  # the text as the engine reads it -> its sentences
        for i in indexes:
            seg = self.segs[i]
            if i in masked.words or _code_pieces(blocks[seg.block], seg):
                continue
            self.at.setdefault(" ".join(texts[i].split()), []).append(i)
        self.kinds = {i: blocks[self.segs[i].block].kind for ii in self.at.values() for i in ii}
        self.pending = len(self.kinds)  # sentences not answered yet
        self.locs: dict[str, Localizer] = {}
        # sentence -> (engine answer, spelled, spelling changes, repaired, repairs)
        self.texts: dict[int, tuple[str, str, list[dict[str, Any]], str, list[dict[str, Any]]]] = {}
        self.protected = protected
        self.verified: dict[int, Verified] = {}  # sentence -> its names verified ahead
        self.localized: dict[EarlyKey, Localized] = {}
        self.checked: dict[tuple[Any, ...], list[list[Finding]]] = {}
        # check_key -> the first sentence checked with it and its findings (flush)
        self.by_key: dict[tuple[Any, ...], tuple[str, list[list[Finding]]]] = {}
        self.waiting: list[TranslatedSegment] = []  # answered and localized, not yet checked
        # the date and number readings of the texts, shared by localize and the checks across
        # calls (localize.stage.readings_shared)
        self.readings: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        # _injected_key -> the names the engine added (_injected_name_findings(early=...))
        self.glossary = glossary
        self.injected: dict[tuple[Any, ...], list[Injected]] = {}
        self.failed = False

    def __call__(self, flat: str, out: str) -> None:
        """One answer: spelling, repair, the names' verify and localize of its sentences now;
        their checks with the next batch."""
        at = self.at.pop(flat, ())
        self.pending -= len(at)
        if self.failed or not at:
            return
        try:
            with readings_shared(self.readings):
                self.waiting += [t for i in at if (t := self._one(i, out)) is not None]
        except Exception as exc:  # only a guess failed: the stages run it again (and raise)
            log.debug("early post-engine work stopped: %s", exc)
            self.failed = True
            return
        # a batch of EARLY_BATCH; towards the end, one as large as what is left to answer, so
        # that the batches halve and the last one, after the engine's last answer, is small
        if len(self.waiting) >= EARLY_BATCH or len(self.waiting) > self.pending:
            self.flush()

    def flush(self) -> None:
        """The sentences answered since the last batch checked; each checker runs over the
        batch in turn (its tables stay in the processor's caches: run_checks)."""
        done, self.waiting = self.waiting, []
        if self.failed or not done:
            return
        from .check import CHECKERS, check_key, checker_findings

        try:
            # a sentence that repeats (all the checks read of it the same: check_key) is checked
            # once; each copy gets the findings with its own segment id, as run_checks gives
            # them (thousands of one tiny paragraph cost one check, not thousands)
            keys = [check_key(t) for t in done]
            fresh: dict[tuple[Any, ...], TranslatedSegment] = {}
            for t, key in zip(done, keys, strict=True):
                if key not in self.by_key:
                    fresh.setdefault(key, t)
            with readings_shared(self.readings):  # localize and check read each text once
                found = checker_findings(CHECKERS, list(fresh.values()), self.ctx)
            for (key, t), per in zip(fresh.items(), found, strict=True):
                self.by_key[key] = (t.id, per)
            for t, key in zip(done, keys, strict=True):
                first, per = self.by_key[key]
                # a copy with no findings shares the first one's lists (nothing in them to carry
                # another id, and nothing writes to them): one of 63 empty lists a copy held
                # about 4 kB, 400 MB for an article of 100,000 tiny paragraphs (speed24, fuzz29)
                self.checked[(t.id, key)] = per if first == t.id or not any(per) else [
                    [dataclasses.replace(f, segment=t.id, data=dict(f.data)) for f in fs]
                    for fs in per
                ]
        except Exception as exc:  # only a guess failed: the stages run it again (and raise)
            log.debug("early post-engine work stopped: %s", exc)
            self.failed = True

    def _one(self, i: int, out: str) -> TranslatedSegment | None:
        seg = self.segs[i]
        spelled, changes = spelling.normalize(out, self.profile.tag, source=seg.source)
        repaired, repairs = untranslatable.repair(
            seg.source, spelled, kind=self.kinds[i],
            words=untranslatable.engine_lexicon(self.main or ""),
            letters=untranslatable.source_letters(self.main),
            plain_word=plain_word_test(seg.lang or self.main),
        )  # fmt: skip
        self.texts[i] = (out, spelled, changes, repaired, repairs)
        t = TranslatedSegment(segment=seg, target=repaired, origin="mt")
        verified = verify_ahead(self.protected, i, repaired)
        if verified is not None:
            self.verified[i] = verified
            if any(p.status == "missing" for p in verified.placements):
                return None  # restore may translate it again (its placeholder fallback)
            t.target, t.terms = verified.target, verified.terms
        lang = seg.lang
        loc = self.locs.get(lang)
        if loc is None:
            loc = self.locs[lang] = localizer_for(self.profile, lang)
        localized = localize_ahead(t, loc)
        if localized is not None:
            self.localized[localized[0]] = localized[1]
            if localized[1].changes:
                t.target = localized[1].text
        if self.glossary is not None:  # the names the engine added, searched in this target
            key = _injected_key(t)
            if key not in self.injected:
                self.injected[key] = _injected_hits(t, self.glossary, self.profile.tag, key[3])
        return t


def _code_pieces(block: Block, seg: Segment) -> list[str]:
    """The code spans (Markdown `code`, HTML <code>) inside ``seg``: text the engine must copy."""
    return [block.text[x.start:x.end] for x in _spans_within(block, seg, "code")]


def _italic_pieces(block: Block, seg: Segment) -> list[str]:
    """The italic spans inside ``seg`` (evidence of a title of a work: untranslatable.title_spans);
    none when italics cover half the block or more (a styled paragraph, not a title in it)."""
    if _span_index(block.inline, "em").length * 2 >= max(1, len(block.text)):
        return []
    return [block.text[x.start : x.end] for x in _spans_within(block, seg, "em")]


@dataclass(frozen=True)
class _SpanIndex:
    """A block's spans of one kind: their positions in ``block.inline`` in order of start."""

    spans: list[InlineSpan]  # the block's list itself (kept: its id is the cache key)
    order: list[int]
    starts: list[int]
    length: int  # the characters they cover, summed
    size: int  # len(spans) when it was built


_SPAN_INDEXES: dict[tuple[int, str], _SpanIndex] = {}
_SPAN_INDEXES_MAX = 256


def _span_index(spans: list[InlineSpan], kind: str) -> _SpanIndex:
    key = (id(spans), kind)
    got = _SPAN_INDEXES.get(key)
    if got is not None and got.spans is spans and got.size == len(spans):
        return got
    order = sorted((i for i, x in enumerate(spans) if x.kind == kind), key=lambda i: spans[i].start)
    got = _SpanIndex(spans, order, [spans[i].start for i in order],
                     sum(spans[i].end - spans[i].start for i in order), len(spans))  # fmt: skip
    if len(_SPAN_INDEXES) >= _SPAN_INDEXES_MAX:
        _SPAN_INDEXES.clear()
    _SPAN_INDEXES[key] = got
    return got


def _spans_within(block: Block, seg: Segment, kind: str) -> list[InlineSpan]:
    """The spans of ``kind`` inside ``seg``, in the block's order: found by bisection in the
    block's index (built once per block), not by reading every span of the block for every
    segment (a paragraph of 14,000 emphasis and code spans was quadratic)."""
    index = _span_index(block.inline, kind)
    if not index.order:
        return []
    lo = bisect.bisect_left(index.starts, seg.start)
    hi = bisect.bisect_right(index.starts, seg.end)
    return [block.inline[i] for i in sorted(index.order[lo:hi]) if block.inline[i].end <= seg.end]


def _unsure_findings(translated: list[TranslatedSegment], article: Article) -> list[Finding]:
    """A blocking finding for each sentence of a block that took its container's language
    while the detector read another language in it, not surely (a short feed item,
    ``translate.detect.core.detect_declared``; a block of a page the detector calls ``und``,
    ``detect_blocks``): held for review rather than translated from a
    guessed language (``--from`` decides)."""
    out: list[Finding] = []
    for t in translated:
        guess = article.blocks[t.segment.block].lang
        if guess is None or guess.method != DECLARED_UNSURE:
            continue
        finding = Finding(
            "language", "error",
            f"its feed or page is in {guess.lang}, but the text reads as another language, "
            f"not surely: translated from {guess.lang}, held for review (pass --from to decide)",
            segment=t.id, data={"language": guess.lang},
        )  # fmt: skip
        t.findings.append(finding)
        out.append(finding)
    return out


def _code_findings(translated: list[TranslatedSegment], article: Article) -> list[Finding]:
    """A warning for each code span that did not reach the target as written (its mask was
    lost and the sentence was translated unmasked, or a later stage touched it)."""
    out: list[Finding] = []
    for t in translated:
        if t.origin not in ("mt", "cache"):
            continue
        for piece in _code_pieces(article.blocks[t.segment.block], t.segment):
            if piece.strip() and piece not in t.target:
                finding = Finding(
                    "verbatim", "warning", f"code {piece!r} is not in the target as written",
                    segment=t.id, data={"token": piece},
                )  # fmt: skip
                t.findings.append(finding)
                out.append(finding)
    return out


def _passthrough_edition(prepared: PreparedArticle, profile: LocaleProfile) -> Edition:
    """The edition of an article with nothing to translate: every sentence copied as written
    (numbers and URLs verbatim, not localized), language ``und``, and a note saying why."""
    translated = [TranslatedSegment(segment=s, target=s.source, origin="copy")
                  for s in prepared.segments]
    note = Finding(PASSTHROUGH_RULE, "info", PASSTHROUGH_NOTE)
    stats: EditionStats = {
        "segments": len(translated),
        "words": sum(len(s.source.split()) for s in prepared.segments),
        "origins": {"mt": 0, "cache": 0, "copy": len(translated), "tm": 0},
        "timings": {k: round(v, 4) for k, v in prepared.timings.items()},
    }
    edition = assemble(
        prepared.article, translated, locale=profile.tag, source_lang=UNDETERMINED,
        target_lang=profile.language, direction=profile.direction,
        joiner=profile.sentence_joiner,
        signature=make_signature("none", "copy", "0", None, "none"), findings=[note],
        stats=stats,
    )  # fmt: skip
    return edition


def same_language_edition(prepared: PreparedArticle, profile: LocaleProfile,
                          flagged: bool = True) -> Edition:
    """The edition of an article read as wholly in the locale's language already, for a skin
    that must decide for it on every run (a feed's item; ``translate run`` refuses it with
    E004, as the user asked for something to translate): every sentence copied as written, each
    with a blocking ``untranslated`` finding, so the publication policy decides (held for
    review by default; fuzz40). The reading is the detector's, which the feed's other items or
    declared language contradict: a reviewer confirms it, or translates the item. Not
    ``flagged``: the copy alone (pieces of an edition that carries the findings)."""
    lang = prepared.source_lang
    message = (f"the item is already in {lang}, this edition's language: copied as written, "
               "not translated; held for review: confirm it, or translate it")
    translated = [
        TranslatedSegment(segment=s, target=s.source, origin="copy", findings=[
            Finding("untranslated", "error", message, segment=s.id,
                    data={"language": lang, "same-language": True})] if flagged else [])
        for s in prepared.segments
    ]  # fmt: skip
    stats: EditionStats = {
        "segments": len(translated),
        "words": sum(len(s.source.split()) for s in prepared.segments),
        "origins": {"mt": 0, "cache": 0, "copy": len(translated), "tm": 0},
        "timings": {k: round(v, 4) for k, v in prepared.timings.items()},
    }
    return assemble(
        prepared.article, translated, locale=profile.tag, source_lang=lang,
        target_lang=profile.language, direction=profile.direction,
        joiner=profile.sentence_joiner,
        signature=make_signature("none", "copy", "0", None, "none"),
        findings=[f for t in translated for f in t.findings], stats=stats,
    )  # fmt: skip


def _injected_key(seg: TranslatedSegment) -> tuple[str, str, str, frozenset[str]]:
    """All that ``injected_names`` reads of a sentence, the glossary and locale aside: its
    source, target, language and the ids of the entries the glossary found in it."""
    named = frozenset(str(t.get("entry")) for t in seg.terms)
    return (seg.source, seg.target, seg.segment.lang, named)


def _injected_hits(
    seg: TranslatedSegment, glossary: Glossary, locale: str, named: frozenset[str]
) -> list[Injected]:
    return list(injected_names(seg.source, seg.target, glossary, locale, seg.segment.lang, named))


def _injected_name_findings(
    translated: list[TranslatedSegment],
    glossary: Glossary,
    locale: str,
    early: Mapping[tuple[Any, ...], list[Injected]] | None = None,
) -> list[Finding]:
    """Findings for glossary names the engine wrote that the source never named.

    Blocking when the sentence also lost a name its source has (the engine *replaced* one
    name with another: "BBC News - Africa" -> "BBC News - Brasil"), a glossary name or a
    multi-word capitalised one the added name does not translate ("in South Carolina" -> "na
    Coreia do Sul", :func:`translate.glossary.injected.replaced_names`); a warning otherwise, since
    the engine may have spelled out what the source implied ("America's" -> "dos Estados
    Unidos", "Putin met Xi" -> "... Xi da China").

    ``early``: the names searched beside the engine (``_Early``, on each answer), under all
    that the search reads of a sentence (``_injected_key``; the same glossary and locale): a
    sentence whose text is then the same is not searched again after the engine's last answer.
    """
    out: list[Finding] = []
    # a repeated sentence is searched once
    seen: dict[tuple[Any, ...], list[Injected]] = dict(early) if early else {}
    for seg in translated:
        if seg.origin not in ("mt", "cache"):
            continue
        lost = [str(t.get("name")) for t in seg.terms if t.get("status") == "missing"]
        key = _injected_key(seg)
        hits = seen.get(key)
        if hits is None:
            hits = seen[key] = _injected_hits(seg, glossary, locale, key[3])
        for hit in hits:
            # a lost multi-word name no glossary entry knows ("South Carolina" -> "Coreia do
            # Sul"): the added name stands in its place (translate.glossary.injected)
            gone = lost or replaced_names(seg.source, seg.target, hit, seg.segment.lang,
                                          glossary)
            replaced = f" in place of {', '.join(gone)}" if gone else ""
            # the source's own derivative of the name ("Antarctic" ice -> "Antártida"): the
            # engine rendered a word of the source, no name was added (names47)
            word = None if gone else source_derivative(
                hit.entry, seg.source, glossary, seg.segment.lang)
            severity: Severity = "error" if gone else "info" if word else "warning"
            added = (f"the source writes it as {word!r}" if word
                     else f"the engine added a name{replaced}")
            finding = Finding(
                "names",
                severity,
                f"{hit.text!r} ({hit.entry.name}) is in the translation but the source does "
                f"not name it: {added}",
                segment=seg.id,
                target_span=(hit.start, hit.end),
                data={"entry": hit.entry.id, **({"lost": gone} if gone else {})},
            )
            seg.findings.append(finding)
            out.append(finding)
    return out


def _follow_report_spans(report: GlossaryReport, translated: list[TranslatedSegment]) -> None:
    """The glossary report's target spans, as localization moved them in the segments' terms
    (the report lists each segment's terms in the same order)."""
    spans = {t.id: iter([term.get("target_span") for term in t.terms]) for t in translated}
    for item in report.get("items", []):
        moved = spans.get(item.get("segment", ""))
        if moved is not None:
            item["target_span"] = next(moved, item.get("target_span"))


def open_store(options: RunOptions) -> Store | None:
    return Store(options.resolved_db_path()) if (options.use_cache or options.use_tm) else None


def translate_article(
    article: Article,
    targets: Sequence[LocaleProfile] | str,
    options: RunOptions | None = None,
    store: Store | None = None,
) -> list[Edition]:
    """Editions of ``article`` for each target (profiles, or a ``"pt-BR,de"`` string).

    All or nothing: the first target no engine serves raises before any model time is spent.
    :func:`translate_targets` is the forgiving form that runs.
    """
    options = options or RunOptions()
    profiles = parse_targets(targets) if isinstance(targets, str) else list(targets)
    prepared = prepare(article, options)
    for profile in profiles:
        _check_served(prepared, profile, options)
    return [translate_prepared(prepared, p, options, store) for p in profiles]


def _check_served(prepared: PreparedArticle, profile: LocaleProfile, options: RunOptions) -> None:
    if prepared.passthrough:
        return  # nothing to translate: every locale gets the copy, no engine is needed
    if prepared.source_lang == profile.language:
        raise UnsupportedPairError(
            prepared.source_lang, profile.tag, hint="the article is already in that language"
        )
    main_route, _ = _routes({prepared.source_lang}, prepared.source_lang, profile, options)
    preload_route(main_route)  # translate_prepared then lets the engine work ahead (_speculate)


def _speculate(prepared: PreparedArticle, route: Route, cache: Store | None = None) -> None:
    """The source sentences, most of which the glossary stage sends unchanged: an engine with a
    core to spare translates them while the glossary, protect and masking run (Engine.speculate).
    Those in ``cache`` are not sent: the engine would translate them for nothing."""
    hop = route.hops[0]
    speculate = getattr(hop.engine, "speculate", None)  # a wrapped or test engine may lack it
    if speculate is None or not preload_models():
        return
    sentences = [s.source for s in prepared.segments
                 if s.lang == prepared.source_lang and not only_addresses(s.source)]
    if cache is not None and sentences:
        key = hop.cache_key
        known = cache.cache_get(key, list(dict.fromkeys(sentences)))
        sentences = [s for s in sentences if s not in known]
    if sentences:  # as the engine will be asked for them: a sentence too long, as its pieces
        speculate(engine_inputs(hop.engine, sentences, hop.source, hop.target), hop.source,
                  hop.target)  # fmt: skip


def _unspeculate(prepared: PreparedArticle, texts: Sequence[str], tm_hits: Mapping[int, str],
                 route: Route) -> None:
    """The source sentences sent to ``_speculate`` that will not be asked for as they stand (the
    glossary stage or masking changed them, or the translation memory serves them): the engine
    may drop their look-ahead, which would run before the sentences asked for."""
    unspeculate = getattr(route.hops[0].engine, "unspeculate", None)
    if unspeculate is None:
        return
    asked = {" ".join(texts[i].split()) for i in range(len(texts)) if i not in tm_hits}
    dropped = [s.source for s in prepared.segments if s.lang == prepared.source_lang
               and " ".join(s.source.split()) not in asked]  # fmt: skip
    if dropped:
        hop = route.hops[0]
        unspeculate(engine_inputs(hop.engine, dropped, hop.source, hop.target), hop.source,
                    hop.target)  # fmt: skip


@dataclass(frozen=True)
class TargetFailure:
    """A target locale that got no edition, and why."""

    locale: str
    error: ErrorInfo
    exception: TranslateError | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "locale": self.locale,
            "error": {
                "code": self.error.code,
                "exit_code": self.error.exit_code,
                "message": self.error.line,
            },
        }


def translate_targets(
    article: Article,
    targets: Sequence[LocaleProfile],
    options: RunOptions | None = None,
    store: Store | None = None,
) -> tuple[list[Edition], list[TargetFailure]]:
    """Editions for every target that can be served; a target that cannot fails alone.

    Routes are checked for all targets before any translation, so a run with one unserved
    locale costs nothing extra and still writes the others. The models the targets most
    likely need start loading before detection, on a core the Python stages leave idle.
    """
    options = options or RunOptions()
    _preload_likely(targets, options)
    prepared = prepare(article, options)
    served: list[LocaleProfile] = []
    failures: list[TargetFailure] = []
    for profile in targets:
        try:
            _check_served(prepared, profile, options)
        except TranslateError as exc:
            failures.append(TargetFailure(profile.tag, ErrorInfo.of(exc), exc))
        else:
            served.append(profile)
    return [translate_prepared(prepared, p, options, store) for p in served], failures


@dataclass
class RunResult:
    """What ``run_file`` produced: the editions, the files written, what the policy decided
    for each edition, and the targets that failed."""

    article: Article
    editions: list[Edition]
    files: list[Path]
    verdicts: list[Verdict] = field(default_factory=list)
    failures: list[TargetFailure] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when all is well; 10 when a target failed and others were written; the target's
        own error code when all failed; 9 when blocking findings marked, held or withheld an
        edition (see :mod:`translate.errors`)."""
        if self.failures and not self.editions:
            return self.failures[0].error.exit_code
        if self.failures:
            return EXIT_PARTIAL
        if any(v.stopped for v in self.verdicts):
            return EXIT_BLOCKING
        return EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        """The run's summary as data (what ``translate run --json`` prints per input)."""
        article = self.article
        verdicts: list[Verdict | None] = list(self.verdicts) or [None] * len(self.editions)
        return {
            "input": article.source,
            "article": article.id,
            "source": article.source,
            "exit_code": self.exit_code,
            "language": article.lang.to_dict() if article.lang else None,
            "dropped": [{"rule": d.rule, "text": d.text} for d in article.dropped],
            "editions": [
                {
                    "locale": e.locale,
                    "engine": e.signature.engine,
                    "model": e.signature.model,
                    "pivot": e.signature.pivot,
                    "segments": e.stats.get("segments"),
                    "origins": e.stats.get("origins"),
                    "findings": len(e.findings),
                    "blocking": len(e.blocking),
                    "warnings": sum(1 for f in e.findings if f.severity == "warning"),
                    "policy": v.to_dict() if v is not None else None,
                    "reports": {k: v for k, v in e.reports.items() if k != "route"},
                }
                for e, v in zip(self.editions, verdicts, strict=True)
            ],
            "failed": [f.to_dict() for f in self.failures],
            "files": [str(p) for p in self.files],
        }


def run_file(
    path: str | Path,
    targets: Sequence[LocaleProfile] | str,
    out_dir: str | Path = "editions",
    formats: Sequence[str] = ("md", "json"),
    options: RunOptions | None = None,
    store: Store | None = None,
    policy: Policy = "mark",
    page_url: str | None = None,
) -> RunResult:
    """Read ``path``, translate it for every target it can, write the editions to ``out_dir``
    as the publication ``policy`` says (:mod:`translate.publish`). ``page_url``: the page's
    own address, against which its relative links are made absolute (``read.parse_article``).

    A target no engine serves fails alone (``RunResult.failures``); when none is served, its
    error is raised, as it is for an unreadable input.
    """
    from .write import check_formats

    options = options or RunOptions()
    check_formats(formats)
    check_policy(policy)
    profiles = parse_targets(targets) if isinstance(targets, str) else list(targets)
    article = read_article(path, page_url=page_url, max_chars=options.max_article_chars)
    own_store = store is None
    store = store or open_store(options)
    try:
        editions, failures = translate_targets(article, profiles, options, store)
    finally:
        if own_store and store is not None:
            store.close()
    if failures and not editions and failures[0].exception is not None:
        raise failures[0].exception
    files: list[Path] = []
    verdicts: list[Verdict] = []
    for edition in editions:
        written, decided = write_with_policy(edition, Path(out_dir), formats, policy)
        files.extend(written)
        verdicts.append(decided)
    return RunResult(
        article=editions[0].article if editions else article,
        editions=editions,
        files=files,
        verdicts=verdicts,
        failures=failures,
    )
