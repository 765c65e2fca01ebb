"""The Python API in one import: what the CLI, the HTTP service and the cluster runner call.

Every name here is defined in the module that owns it (listed beside it); this module only
gathers them, so a caller needs one import and the stages stay where they are. Importing it
loads no model and reads no data: engines, CLDR data and glossaries load on first use.

Articles to editions::

    options = RunOptions(engine_options=EngineOptions(threads=2))
    store = open_store(options)  # the SQLite cache and TM; None when options turn both off
    try:
        editions = translate_article(read_article("a.txt"), "pt-BR,de", options, store)
    finally:
        if store is not None:
            store.close()
    payload = [edition_to_dict(e) for e in editions]  # the JSON edition, as data

A JSON article object (what ``translate run --jsonl`` reads, one per line)::

    editions = translate_object({"id": "a1", "text": "..."}, parse_targets("pt-BR"), options, None)

Errors are :class:`TranslateError` subclasses with ``code``, ``exit_code`` and
``format_line()``; :meth:`ErrorInfo.of` turns one into data.
"""

from __future__ import annotations

from .detect import detect_article, detect_language  # translate.detect
from .errors import ErrorInfo, InternalError, TranslateError  # translate.errors
from .feeds.batch import BatchJob, localize_batch  # translate.feeds.batch
from .feeds.run import FeedJob, FeedSummary, localize_feeds  # translate.feeds.run
from .glossary import load_glossary  # translate.glossary.load
from .jsonl import article_from_object, translate_lines, translate_object  # translate.jsonl
from .locales import get_profile, parse_targets  # translate.locales
from .model import Article, Edition  # translate.model
from .names import NameCheck, check_names  # translate.names
from .options import EngineOptions, RunOptions  # translate.options
from .pipeline import (  # translate.pipeline
    PreparedArticle,
    RunResult,
    open_store,
    prepare,
    run_file,
    translate_article,
    translate_prepared,
)
from .read import parse_article, read_article, unique_inputs  # translate.read
from .review import apply_review  # translate.review
from .write import write_edition  # translate.write
from .write.json import to_dict as edition_to_dict  # translate.write.json

__all__ = [
    "Article",
    "BatchJob",
    "Edition",
    "EngineOptions",
    "ErrorInfo",
    "FeedJob",
    "FeedSummary",
    "InternalError",
    "NameCheck",
    "PreparedArticle",
    "RunOptions",
    "RunResult",
    "TranslateError",
    "apply_review",
    "article_from_object",
    "check_names",
    "detect_article",
    "detect_language",
    "edition_to_dict",
    "get_profile",
    "load_glossary",
    "localize_batch",
    "localize_feeds",
    "open_store",
    "parse_article",
    "parse_targets",
    "prepare",
    "read_article",
    "run_file",
    "translate_article",
    "translate_lines",
    "translate_object",
    "translate_prepared",
    "unique_inputs",
    "write_edition",
]
