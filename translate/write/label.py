"""The machine-translation label every edition carries, in the edition's language."""

from __future__ import annotations

from babel import Locale

from ..model import Edition

# One template per target language; {source} is the source language's name in the target
# language (from CLDR), {engine}/{model} and {date} come from the edition's signature.
_TEMPLATES = {
    "en": "Machine-translated from {source} ({engine}, {model}) on {date}; not reviewed.",
    "pt": "Tradução automática do {source} ({engine}, {model}) em {date}; sem revisão.",
}


def mt_label(edition: Edition) -> str:
    """The label in the edition's language (English where no template exists yet)."""
    locale = Locale.parse(edition.locale, sep="-")
    template = _TEMPLATES.get(edition.target_lang, _TEMPLATES["en"])
    label_locale = locale if edition.target_lang in _TEMPLATES else Locale("en")
    source = label_locale.languages.get(edition.source_lang, edition.source_lang)
    return template.format(
        source=source,
        engine=edition.signature.engine,
        model=edition.signature.model,
        date=edition.created[:10],
    )
