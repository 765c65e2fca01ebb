"""The machine-translation label every edition carries, in the edition's language.

Templates live in the locale profiles (``[label]`` in ``locales/*.toml``), not in code: a
status sentence (``machine``, ``partial`` or ``reviewed``, from how many sentences a translator
confirmed; ``copy`` for an edition that is its source copied as written) and ``details``
(source language, engine, model and version, date). Language names and the date come from
CLDR in the edition's locale. A locale without templates gets the English label rather than
none.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from babel import Locale
from babel.dates import format_date

from ..model import Edition

_KEYS = ("machine", "partial", "reviewed", "copy", "details")


def is_copy(edition: Edition) -> bool:
    """The edition is its source copied as written, not a translation: a feed item read as
    already in the locale's language (``pipeline.same_language_edition``, signed
    ``engine:none|model:copy``). Its label and its review files' headers say so, never
    "Machine translation" (fuzz42)."""
    sig = edition.signature
    return sig.engine == "none" and sig.model == "copy"


def review_counts(edition: Edition) -> tuple[int, int]:
    """(sentences confirmed by a translator, sentences translated) in the edition."""
    translated = [s for s in edition.segments if s.origin != "copy" and s.source.strip()]
    return sum(1 for s in translated if s.origin == "tm"), len(translated)


def review_status(edition: Edition) -> str:
    """``machine``, ``partial`` or ``reviewed``; ``copy`` for a copy (:func:`is_copy`)."""
    if is_copy(edition):
        return "copy"
    reviewed, total = review_counts(edition)
    if reviewed == 0 or total == 0:
        return "machine"
    return "reviewed" if reviewed == total else "partial"


def _templates(edition: Edition) -> tuple[dict[str, str], Locale, str]:
    from ..errors import TranslateError
    from ..locales import get_profile

    for tag in (edition.locale, "en"):
        try:
            profile = get_profile(tag)
        except TranslateError:
            continue
        templates = profile.label_templates
        if all(k in templates for k in _KEYS):
            return templates, profile.babel, profile.sentence_joiner
    return (
        {
            "machine": "Machine translation, not reviewed by a person.",
            "partial": "Machine translation; {reviewed} of {total} sentences reviewed by a "
            "translator.",
            "reviewed": "Machine translation, reviewed by a translator.",
            "copy": "Not translated: copied as written, the original is already in this "
            "language.",
            "details": "Original language: {source}. System: {engine} ({model}, "
            "version {version}), {date}.",
        },
        Locale("en"),
        " ",
    )


def _date(created: str, locale: Locale) -> str:
    try:
        day = dt.date.fromisoformat(created[:10])
    except ValueError:
        return created[:10]
    return str(format_date(day, "long", locale=locale))


def mt_label(edition: Edition) -> str:
    """The label in the edition's language (English where the locale has no templates)."""
    templates, locale, joiner = _templates(edition)
    reviewed, total = review_counts(edition)
    status = review_status(edition)
    sig = edition.signature
    source = locale.languages.get(edition.source_lang, edition.source_lang)
    fields = {
        "source": source,
        "engine": sig.engine,
        "model": sig.model,
        "version": sig.model_version,
        "date": _date(edition.created, locale),
        "reviewed": reviewed,
        "total": total,
    }
    parts = [templates[status].format(**fields), templates["details"].format(**fields)]
    # A date that ends in an abbreviation ("1 октября 2020 г.") already closes the sentence.
    return joiner.join(p[:-1] if p.endswith("..") and not p.endswith("...") else p for p in parts)


def label_dict(edition: Edition) -> dict[str, Any]:
    """The label's facts for machines (HTML meta, XLIFF/PO metadata)."""
    reviewed, total = review_counts(edition)
    return {
        "machine_translated": not is_copy(edition),
        "review": review_status(edition),
        "reviewed_sentences": reviewed,
        "sentences": total,
        "source_language": edition.source_lang,
        "language": edition.locale,
        "engine": edition.signature.engine,
        "model": edition.signature.model,
        "model_version": edition.signature.model_version,
        "date": edition.created,
        "signature": edition.signature.format(),
        "text": mt_label(edition),
    }
