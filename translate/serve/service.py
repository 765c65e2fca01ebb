"""What the HTTP endpoints do, as plain synchronous Python over the pipeline API.

Nothing here knows HTTP beyond :class:`HttpError`; the app runs these methods in worker
threads. One :class:`Service` per process holds the store (cache and translation memory) and
the routes; engines are the process-wide ones from :func:`translate.engines.get_engine`, so
models load once per process and are shared by all requests.

Two families of answers:

- LibreTranslate's (``translate``, ``detect``, ``languages``, ``translate_file``): every
  string a client sends comes back translated, so boilerplate rules never drop a paragraph
  (``keep_boilerplate``), text keeps its layout (paragraph breaks) and HTML keeps its markup;
  otherwise the same stages, glossary, localization, cache and memory as ``translate run``.
- The pipeline's own (``editions``, ``check``): exactly ``translate run`` and
  ``translate check`` with the server's options.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..detect import detect_language
from ..errors import InputError, TranslateError, UnknownLocaleError, UnsupportedPairError
from ..limits import over_limit, text_chars
from ..locales import LocaleProfile, get_profile, load_profiles, parse_targets
from ..model import Article, Block, Edition, EditionBlock, LanguageGuess, Segment
from ..options import RunOptions
from ..publish import review_notice
from ..read import decode, file_slug, parse_article, slugify, sniff_format
from ..regexcache import compile as re_compile
from ..store import Store
from .config import ServeConfig
from .limits import HttpError
from .metrics import Metrics

log = logging.getLogger(__name__)

# LibreTranslate's own codes for locales (its ``iso2model`` aliases)
LT_ALIASES = {"pb": "pt-BR", "zt": "zh-Hant"}
FILE_FORMATS = (".txt", ".md", ".markdown", ".html", ".htm")
TEXT_FORMATS = {"text": "txt", "txt": "txt", "html": "html"}
_STORED_NAME = re_compile(r"[0-9a-f]{32}\.[A-Za-z0-9._-]{1,120}")
EDITION_INPUT_FORMATS = {"txt": "txt", "text": "txt", "md": "md", "markdown": "md", "html": "html"}


def _has_text(text: str) -> bool:
    """Whether there is anything to translate: a letter (numbers alone stay as they are)."""
    return any(ch.isalpha() for ch in text)


def language_name(code: str) -> str:
    from babel import Locale

    try:
        return str(Locale.parse(code, sep="-").get_display_name("en") or code)
    except (ValueError, TypeError, Exception):  # babel raises its own UnknownLocaleError too
        return code


def guess_dict(guess: LanguageGuess | None) -> dict[str, Any]:
    """LibreTranslate's ``detectedLanguage``: confidence 0-100, the language code."""
    if guess is None or guess.lang == "und":
        return {"confidence": 0.0, "language": "und"}
    return {"confidence": round(guess.confidence * 100, 1), "language": guess.lang}


def rebuild_text(text: str, source_blocks: Sequence[Block], blocks: Sequence[EditionBlock]) -> str:
    """The input text with each paragraph replaced by its translation: paragraph breaks,
    leading and trailing space stay as the client sent them."""
    out: list[str] = []
    cursor = 0
    for source_block, block in zip(source_blocks, blocks, strict=True):
        start = source_block.start
        if start < cursor:  # offsets unknown: paragraphs joined by a blank line
            return "\n\n".join(b.target for b in blocks)
        out.append(text[cursor:start])
        out.append(block.target)
        cursor = start + len(source_block.text)
    out.append(text[cursor:])
    return "".join(out)


@dataclasses.dataclass
class Translated:
    text: str
    detected: LanguageGuess | None
    blocking: list[dict[str, Any]] = dataclasses.field(default_factory=list)

    def review(self) -> dict[str, Any]:
        """What a reviewer must see before this text is published (translate.publish): the
        findings of severity ``error`` (a number, amount or name the translation changed)."""
        return {"required": bool(self.blocking), "blocking": self.blocking}


def _blocking(edition: Edition, blocks: Sequence[EditionBlock]) -> list[dict[str, Any]]:
    ids = {seg.id for block in blocks for seg in block.segments}
    return [f.to_dict() for f in edition.blocking if f.segment is None or f.segment in ids]


class Service:
    def __init__(self, config: ServeConfig, metrics: Metrics | None = None) -> None:
        self.config = config
        self.options: RunOptions = config.options
        self.metrics = metrics or Metrics()
        self.store: Store | None = None
        self.out_dir = config.resolved_out_dir()
        self._languages: list[dict[str, Any]] | None = None
        self._sources: set[str] = set()
        self._lock = threading.Lock()
        self._last_sweep = 0.0
        self.active = 0  # requests running in worker threads (the app counts them)

    # -- life cycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Load what every request needs once: profiles, glossary, engines, the store."""
        from ..api import open_store
        from ..engines import set_engine_wrapper
        from ..glossary import load_glossary
        from .batching import BatchingEngine

        if self.config.batch_window > 0:
            window, most = self.config.batch_window, self.config.batch_max_sentences
            observer = self.metrics.observe_batch
            merged = set(self.config.batch_engines)
            set_engine_wrapper(
                lambda e: BatchingEngine(e, window, most, observer, self.busy)
                if e.name in merged else e
            )
        load_profiles()
        load_glossary(self.options.glossary_paths, builtin=self.options.builtin_glossary)
        self.store = open_store(self.options)
        self.languages()
        self.out_dir.mkdir(parents=True, exist_ok=True)

    def busy(self) -> bool:
        """Whether another request may join an engine batch (else nobody waits for one)."""
        return self.active > 1

    def close(self) -> None:
        from ..engines import set_engine_wrapper

        if self.store is not None:
            self.store.close()
            self.store = None
        set_engine_wrapper(None)

    # -- languages ---------------------------------------------------------------------------

    def languages(self) -> list[dict[str, Any]]:
        """Every source language an engine serves, with the targets a locale profile and a
        route (direct or through English) exist for."""
        with self._lock:
            if self._languages is None:
                self._languages = self._build_languages()
                self._sources = {entry["code"] for entry in self._languages}
            return self._languages

    def _engine_names(self, profile: LocaleProfile | None = None) -> list[str]:
        if self.options.engine:
            return [self.options.engine]
        if profile is not None:
            return list(profile.engines)
        return sorted({e for p in load_profiles().values() for e in p.engines})

    def _build_languages(self) -> list[dict[str, Any]]:
        from ..mt import engines_for, plan_route

        pairs: set[tuple[str, str]] = set()
        try:
            for engine in engines_for(self._engine_names(), self.options.engine_options):
                pairs.update(engine.pairs())
        except TranslateError as exc:
            log.warning("no engine available: %s", exc.message)
        codes = sorted({lang for pair in pairs for lang in pair})
        targets: dict[str, LocaleProfile] = {}
        for code in codes:
            try:
                targets[code] = get_profile(code)
            except TranslateError:
                continue
        out = []
        for source in codes:
            served = []
            for target, profile in targets.items():
                if target == source:
                    continue
                try:
                    plan_route(source, profile.language, self._engine_names(profile),
                               self.options.engine_options)
                except TranslateError:
                    continue
                served.append(target)
            if served:
                out.append({"code": source, "name": language_name(source), "targets": served})
        return out

    def default_target(self) -> dict[str, str]:
        langs = self.languages()
        wanted = self.config.default_target
        codes = {t for entry in langs for t in entry["targets"]}
        code = wanted if wanted in codes or not codes else sorted(codes)[0]
        return {"code": code, "name": language_name(code)}

    # -- codes -------------------------------------------------------------------------------

    def profile(self, target: str) -> LocaleProfile:
        tag = LT_ALIASES.get(target.strip().lower(), target.strip())
        try:
            return get_profile(tag)
        except UnknownLocaleError:
            raise HttpError(400, f"{target} is not supported") from None

    def source_lang(self, source: str) -> str | None:
        """None for ``auto``; else the language code, which an engine must serve."""
        code = source.strip().lower()
        if code == "auto":
            return None
        code = LT_ALIASES.get(code, code).split("-")[0].lower()
        self.languages()
        if code not in self._sources:
            raise HttpError(400, f"{source} is not supported")
        return code

    # -- /translate --------------------------------------------------------------------------

    def translate(
        self, texts: Sequence[str], source: str, target: str, fmt: str = "text"
    ) -> list[Translated]:
        """LibreTranslate's ``/translate``. Each text is read, detected and split like an
        article of its own (as ``translate run`` reads a .txt file); the texts of a list are
        then translated together as one document: one engine batch, and a name introduced in
        one item is known in the next."""
        kind = TEXT_FORMATS.get(fmt.strip().lower())
        if kind is None:
            raise HttpError(400, f"{fmt} format is not supported")
        profile = self.profile(target)
        options = dataclasses.replace(
            self.options, keep_boilerplate=True, source_lang=self.source_lang(source)
        )
        if kind == "html":
            return [self._translate_html(text, profile, options) for text in texts]
        return self._translate_texts(texts, profile, options)

    def _translate_texts(
        self, texts: Sequence[str], profile: LocaleProfile, options: RunOptions
    ) -> list[Translated]:
        from ..api import PreparedArticle, prepare

        results: list[Translated | None] = [None] * len(texts)
        groups: dict[str, list[tuple[int, PreparedArticle]]] = {}
        for i, text in enumerate(texts):
            if not _has_text(text):  # punctuation, numbers, emoji, blank: nothing to translate
                results[i] = Translated(text, None)
                continue
            article = parse_article(text, fmt="txt", source="q", article_id="q")
            try:
                prepared = prepare(article, options)
            except InputError as exc:
                if "cannot tell" in exc.message:
                    where = f" (item {i})" if len(texts) > 1 else ""
                    raise HttpError(400, f"Cannot detect the language of the text{where}:"
                                         " pass source") from None
                raise
            if prepared.source_lang == profile.language:  # already in the target language
                results[i] = Translated(text, prepared.article.lang)
                continue
            groups.setdefault(prepared.source_lang, []).append((i, prepared))
        for members in groups.values():
            edition = self._translate_group([p for _, p in members], profile, options)
            offset = 0
            for i, prepared in members:
                count = len(prepared.article.blocks)
                blocks = edition.blocks[offset : offset + count]
                offset += count
                results[i] = Translated(
                    rebuild_text(texts[i], prepared.article.blocks, blocks),
                    prepared.article.lang,
                    _blocking(edition, blocks),
                )
        return [r for r in results if r is not None]

    def _translate_group(
        self, members: list[Any], profile: LocaleProfile, options: RunOptions
    ) -> Edition:
        """One edition for several prepared texts of one source language, as one document."""
        from ..api import PreparedArticle, translate_prepared

        if len(members) == 1:
            merged: PreparedArticle = members[0]
        else:
            blocks: list[Block] = []
            segments: list[Segment] = []
            for prepared in members:
                base = len(blocks)
                blocks.extend(prepared.article.blocks)
                segments.extend(
                    Segment(f"b{s.block + base}.s{s.index}", s.block + base, s.index, s.source,
                            s.start, s.end, s.lang)
                    for s in prepared.segments
                )
            first = members[0]
            article = dataclasses.replace(
                first.article, blocks=blocks, title=None, dropped=[],
                text="\n\n".join(p.article.text for p in members),
            )  # fmt: skip
            merged = PreparedArticle(article, segments, first.source_lang)
        try:
            edition = translate_prepared(merged, profile, options, self.store)
        except UnsupportedPairError as exc:
            raise self._pair_error(exc.source, profile) from None
        self._observe(edition)
        return edition

    def _observe(self, edition: Edition) -> None:
        origins = edition.stats.get("origins")
        if isinstance(origins, dict):
            self.metrics.observe_origins(origins)
        self.metrics.characters.inc(sum(len(b.source) for b in edition.blocks))

    def _editions(
        self, article: Article, profiles: list[LocaleProfile], options: RunOptions
    ) -> list[Edition]:
        from ..api import translate_article

        editions = translate_article(article, profiles, options, self.store)
        for edition in editions:
            self._observe(edition)
        return editions

    def _pair_error(self, source: str, profile: LocaleProfile) -> HttpError:
        return HttpError(
            400,
            f"{language_name(profile.language)} ({profile.language}) is not available as a"
            f" target language from {language_name(source)} ({source})",
        )

    def _translate_html(self, markup: str, profile: LocaleProfile, options: RunOptions
                        ) -> Translated:
        """Translate the text of an HTML fragment in place: tags and links stay (the markup is
        sanitized first, as feed HTML is: no script, style or event handler comes back)."""
        from ..feeds.markup import fill, html_blocks, run_texts, sanitize, to_html

        root = sanitize(markup)
        blocks = html_blocks(root)
        texts = list(dict.fromkeys(
            t for t in [b.text for b in blocks] + run_texts(blocks) if _has_text(t)
        ))  # fmt: skip
        if not texts:
            return Translated(to_html(root), None)
        article = Article(id="q", blocks=[Block(kind="paragraph", text=t) for t in texts],
                          source="q", format="html", text="\n\n".join(texts))
        try:
            edition = self._editions(article, [profile], options)[0]
        except UnsupportedPairError as exc:
            if exc.source == profile.language:  # already in the target language
                return Translated(to_html(root), detect_language(" ".join(texts)))
            raise self._pair_error(exc.source, profile) from None
        except InputError as exc:
            if "cannot tell" in exc.message:
                raise HttpError(400, "Cannot detect the language of the text: pass source"
                                ) from None
            raise
        found = {b.source: b.target for b in edition.blocks if b.target}
        fill(blocks, found.get, found.get)
        return Translated(to_html(root), edition.article.lang,
                          _blocking(edition, edition.blocks))

    # -- /detect -----------------------------------------------------------------------------

    def detect(self, texts: Sequence[str]) -> list[dict[str, Any]]:
        """LibreTranslate's answer: candidates, best first; a list's confidences averaged."""
        scores: dict[str, list[float]] = {}
        for text in texts:
            guess = guess_dict(detect_language(text))
            scores.setdefault(guess["language"], []).append(float(guess["confidence"]))
        if len(texts) == 1:
            return [{"confidence": c, "language": lang} for lang, cs in scores.items() for c in cs]
        ranked = [
            {"confidence": round(sum(cs) / len(cs), 1), "language": lang}
            for lang, cs in scores.items()
        ]
        return sorted(ranked, key=lambda d: (-d["confidence"], d["language"]))

    # -- /translate_file ---------------------------------------------------------------------

    def translate_file(
        self, data: bytes, filename: str, source: str, target: str
    ) -> tuple[str, Translated]:
        """Translate an uploaded file into the output folder; returns the stored file's name
        (a fresh random name: nothing the client sends becomes a path) and what was found.
        An edition with blocking findings is written marked "review required" (the ``mark``
        publication policy)."""
        from ..fsutil import write_atomic
        from ..write import get_writer

        filename = Path(filename.replace("\\", "/")).name  # a browser's path: its last part
        suffix = Path(filename).suffix.lower()
        if suffix not in FILE_FORMATS:
            raise HttpError(400, "Invalid request: file format not supported")
        if not data:
            raise HttpError(400, "Invalid request: empty file")
        profile = self.profile(target)
        options = dataclasses.replace(
            self.options, keep_boilerplate=True, source_lang=self.source_lang(source)
        )
        text = decode(data, source=filename)
        fmt = sniff_format(filename, text)
        stem = file_slug(Path(filename).stem)
        article = parse_article(text, fmt=fmt, source=filename, article_id=stem)
        self.check_article_size(article)
        try:
            edition = self._editions(article, [profile], options)[0]
        except UnsupportedPairError as exc:
            raise self._pair_error(exc.source, profile) from None
        edition.review_required = bool(edition.blocking)
        if fmt == "txt":
            content = rebuild_text(text, edition.article.blocks, edition.blocks)
            if edition.review_required:  # plain text has no front matter, meta tag or banner:
                # its first line says it, as the HTML banner does (the mark policy)
                content = f"{review_notice(len(edition.blocking))}\n\n{content}"
        else:
            content = get_writer("md" if fmt == "md" else "html").render(edition)
        name = f"{uuid.uuid4().hex}.{stem}.{edition.locale}{'.md' if fmt == 'md' else suffix}"
        self.sweep()
        write_atomic(self.out_dir / name, content)
        return name, Translated("", edition.article.lang, _blocking(edition, edition.blocks))

    def stored_file(self, name: str) -> Path:
        """A translated file by the name ``translate_file`` gave it, never anything else."""
        if not _STORED_NAME.fullmatch(name) or ".." in name:
            raise HttpError(404, "Not found")
        path = (self.out_dir / name).resolve()
        if path.parent != self.out_dir or not path.is_file():
            raise HttpError(404, "Not found")
        return path

    def sweep(self) -> None:
        """Delete the translated files older than ``file_ttl`` (at most once a minute); other
        files in the folder are left alone."""
        now = time.time()
        if now - self._last_sweep < 60:
            return
        self._last_sweep = now
        for path in self.out_dir.glob("*"):
            if not _STORED_NAME.fullmatch(path.name):  # never touch a file we did not write
                continue
            try:
                if path.is_file() and now - path.stat().st_mtime > self.config.file_ttl:
                    path.unlink()
            except OSError:
                continue

    # -- /v1/editions, /v1/check -------------------------------------------------------------

    def check_article_size(self, article: Article) -> None:
        """``--article-char-limit`` on the text an article's blocks hold: for a page, what is
        translated, not its markup (scripts, styles and ads are most of a real page's bytes)."""
        limit = self.config.article_char_limit
        size = text_chars(block.text for block in article.blocks)
        if over_limit(size, limit):
            raise HttpError(400, f"Invalid request: request ({size}) exceeds text limit ({limit})")

    def editions(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``translate run`` on a request: the article, each edition as its JSON file holds it,
        and the other formats rendered as text."""
        from ..publish import verdict
        from ..write import check_formats, get_writer
        from ..write.json import to_dict

        text, fmt = _article_text(payload)
        targets = payload.get("targets")
        if isinstance(targets, list) and all(isinstance(t, str) for t in targets):
            targets = ",".join(targets)
        if not isinstance(targets, str) or not targets.strip():
            raise HttpError(400, "Invalid request: missing targets parameter")
        formats = payload.get("formats", ["json"])
        if isinstance(formats, str):
            formats = [f.strip().lower() for f in formats.split(",") if f.strip()]
        if not isinstance(formats, list) or not all(isinstance(f, str) for f in formats):
            raise HttpError(400, "Invalid request: formats must be a list of format names")
        check_formats(formats)
        profiles = parse_targets(targets)
        options = self.options
        source = payload.get("source")
        if isinstance(source, str) and source.strip() and source.strip().lower() != "auto":
            options = dataclasses.replace(options, source_lang=self.source_lang(source))
        keep = payload.get("keep_boilerplate", False)
        if not isinstance(keep, bool):
            raise HttpError(400, "Invalid request: keep_boilerplate must be true or false")
        options = dataclasses.replace(options, keep_boilerplate=keep)
        raw_id = payload.get("id", "article")
        if not isinstance(raw_id, str) or not raw_id.strip():
            raise HttpError(400, "Invalid request: id must be a non-empty string")
        if any(ch < " " or "\x7f" <= ch <= "\x9f" for ch in raw_id):
            # the id is the edition's source name, written into every format (fuzz43: a NUL
            # in it came back in the JSON edition; `translate batch` makes a JSONL id a name)
            raise HttpError(400, "Invalid request: id holds a control character")
        page_url = payload.get("page_url")  # the page's own address: relative links resolve
        if page_url is not None:
            from ..read import check_page_url

            try:
                page_url = check_page_url(page_url) if isinstance(page_url, str) else None
            except InputError:
                page_url = None
            if page_url is None:
                raise HttpError(400, "Invalid request: page_url must be an absolute http(s) URL")
        article = parse_article(text, fmt=fmt, source=raw_id, article_id=slugify(raw_id),
                                page_url=page_url)  # fmt: skip
        self.check_article_size(article)
        try:
            editions = self._editions(article, profiles, options)
        except InputError as exc:
            if "cannot tell" in exc.message:
                raise HttpError(400, "Cannot detect the language of the text: pass source"
                                ) from None
            raise
        out: list[dict[str, Any]] = []
        for edition in editions:
            # run's default policy (mark): an edition with blocking findings says "review
            # required" in its JSON and in every format rendered, as the CLI's files do
            edition.review_required = verdict(edition, "mark").action == "marked"
            entry = to_dict(edition)
            entry["outputs"] = {
                f: get_writer(f).render(edition) for f in dict.fromkeys(formats) if f != "json"
            }
            out.append(entry)
        first = editions[0].article if editions else article
        return {
            "article": {
                "id": first.id,
                "language": first.lang.to_dict() if first.lang else None,
                "words": first.word_count,
                "dropped": [{"rule": d.rule, "text": d.text} for d in first.dropped],
            },
            "editions": out,
        }

    def check(self, payload: dict[str, Any]) -> dict[str, Any]:
        """``translate check``: every mention of a glossary name, misspellings included;
        offsets are into the text as sent."""
        from ..glossary import load_glossary
        from ..names import check_names

        text, fmt = _article_text(payload)
        glossary = load_glossary(self.options.glossary_paths,
                                 builtin=self.options.builtin_glossary)
        article = parse_article(text, fmt=fmt, source="request", article_id="request")
        self.check_article_size(article)
        source = payload.get("source")
        lang = None
        if isinstance(source, str) and source.strip() and source.strip().lower() != "auto":
            lang = source.strip().lower()
        found = check_names(article, glossary, lang)
        return {
            "language": found.source_lang,
            "glossary": {"hash": found.glossary_hash, "entries": found.glossary_entries},
            **found.to_dict(),
        }


def _article_text(payload: dict[str, Any]) -> tuple[str, str]:
    """(text, format) of an editions/check request: ``text`` with an optional ``format``
    (txt, md, html), or ``html``."""
    fmt_raw = payload.get("format")
    if fmt_raw is not None and (
        not isinstance(fmt_raw, str) or fmt_raw.lower() not in EDITION_INPUT_FORMATS
    ):
        raise HttpError(400, f"{fmt_raw} format is not supported")
    if isinstance(payload.get("html"), str):
        text, fmt = payload["html"], "html"
    elif isinstance(payload.get("text"), str):
        text, fmt = payload["text"], "txt"
    else:
        raise HttpError(400, "Invalid request: missing text parameter")
    if isinstance(fmt_raw, str):
        fmt = EDITION_INPUT_FORMATS[fmt_raw.lower()]
    if not text.strip():
        raise HttpError(400, "Invalid request: empty text")
    return text, fmt
