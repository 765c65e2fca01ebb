"""Locale profiles: one TOML file per target locale under ``locales/``.

A profile says which model language code and which engines serve a locale; everything CLDR
knows (names, direction, dates, numbers, quotation marks) comes from Babel, not from the file.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel import UnknownLocaleError as BabelUnknownLocale

from . import tomlcache
from .data import data_dir
from .errors import DataError, UnknownLocaleError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class Quotes:
    """Primary and alternate (nested) quotation marks of a locale (CLDR ``<delimiters>``)."""

    start: str = "“"
    end: str = "”"
    alt_start: str = "‘"
    alt_end: str = "’"
    padding: str = ""  # space inside the marks (French: narrow no-break space)


@dataclass(frozen=True)
class LocaleProfile:
    """How editions for one BCP 47 locale are made."""

    tag: str  # BCP 47, e.g. "pt-BR"
    language: str  # model language code, e.g. "pt"
    engines: tuple[str, ...] = ("argos",)
    sentence_joiner: str = " "
    path: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def babel(self) -> Locale:
        """The Babel locale for this tag (always pass it explicitly to Babel)."""
        return babel_locale(self.tag)

    @property
    def direction(self) -> str:
        return "rtl" if self.babel.text_direction == "rtl" else "ltr"

    @property
    def display_name(self) -> str:
        return str(self.babel.get_display_name(self.babel) or self.tag)

    @property
    def quotes(self) -> Quotes:
        """Quotation marks: CLDR ``<delimiters>`` from Babel when it ships them, else from the
        profile's ``[quotes]`` table (copied from CLDR; Babel 2.x has no delimiter data)."""
        table = self.extra.get("quotes", {})
        babel_locale = self.babel
        padding = str(self.extra.get("typography", {}).get("quote_padding", ""))
        return Quotes(
            start=str(getattr(babel_locale, "quotation_start", None) or table.get("start", "“")),
            end=str(getattr(babel_locale, "quotation_end", None) or table.get("end", "”")),
            alt_start=str(getattr(babel_locale, "alternate_quotation_start", None)
                          or table.get("alternate_start", "‘")),
            alt_end=str(getattr(babel_locale, "alternate_quotation_end", None)
                        or table.get("alternate_end", "’")),
            padding=padding,
        )

    @property
    def punctuation_spacing(self) -> dict[str, str]:
        """The space this locale puts before some punctuation (French ``;:!?``), if any."""
        rules = self.extra.get("typography", {}).get("space_before", {})
        return {str(k): str(v) for k, v in rules.items()}

    @property
    def first_day_mark(self) -> str:
        """The mark after the first day of a month in dates (pt-BR "1º de maio"), or ""."""
        return str(self.extra.get("dates", {}).get("first_day_mark", ""))

    @property
    def ordinal_marks(self) -> dict[str, str]:
        """How this locale writes an ordinal indicator the engine wrote as a plain letter
        (``14o`` -> ``14º``): ``[typography] ordinal_marks``, letters to marks, if any."""
        rules = self.extra.get("typography", {}).get("ordinal_marks", {})
        return {str(k): str(v) for k, v in rules.items()}

    @property
    def number_sign(self) -> str:
        """How this locale writes the sign before a number ("#2" -> "nº 2"), which engines
        trained on NFKC-normalized text write folded ("no 2"): ``[typography] number_sign``."""
        return str(self.extra.get("typography", {}).get("number_sign", ""))

    @property
    def label_templates(self) -> dict[str, str]:
        """The machine-translation label in this locale's language (``[label]`` table)."""
        return {str(k): str(v) for k, v in self.extra.get("label", {}).items()}


@cache
def get_locale(tag: str) -> Locale | None:
    """The Babel locale for a BCP 47 tag or language code, or None when CLDR lacks it.

    The one place the package parses a locale tag with Babel.
    """
    try:
        return Locale.parse(tag.replace("_", "-"), sep="-")
    except (BabelUnknownLocale, ValueError, TypeError):
        return None


def babel_locale(tag: str) -> Locale:
    """Parse a BCP 47 tag with Babel; raises UnknownLocaleError with the closest profile tags."""
    locale = get_locale(tag)
    if locale is None:
        raise UnknownLocaleError(tag, suggest_tags(tag))
    return locale


def _load_profile(path: Path) -> LocaleProfile:
    try:
        raw = tomlcache.loads(path.read_text(encoding="utf-8"))  # the shipped parse
    except tomllib.TOMLDecodeError as exc:
        raise DataError(str(exc), path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read locale profile: {exc}", path=str(path)) from None
    try:
        tag = str(raw.pop("tag"))
        language = str(raw.pop("language"))
    except KeyError as exc:
        raise DataError(f"locale profile lacks {exc.args[0]!r}", path=str(path)) from None
    engines = raw.pop("engines", ["argos"])
    if not isinstance(engines, list) or not all(isinstance(e, str) for e in engines):
        raise DataError("'engines' must be a list of engine names", path=str(path))
    joiner = raw.pop("sentence_joiner", " ")
    _check_tables(raw, str(path))
    return LocaleProfile(
        tag=tag,
        language=language,
        engines=tuple(engines),
        sentence_joiner=str(joiner),
        path=str(path),
        extra=raw,
    )


_TABLES: dict[str, tuple[str, ...]] = {
    "quotes": ("start", "end", "alternate_start", "alternate_end"),
    "label": ("machine", "partial", "reviewed", "copy", "details"),
    "typography": ("quote_padding", "space_before", "ordinal_marks", "number_sign"),
    "numbers": ("min_grouping_digits",),
    "dates": ("day_suffixes", "first_day_mark"),
}


def _check_tables(raw: dict[str, Any], path: str) -> None:
    """Reject unknown keys in the localization tables, so a typo is an error, not a no-op."""
    for table, keys in _TABLES.items():
        value = raw.get(table, {})
        if not isinstance(value, dict):
            raise DataError(f"[{table}] must be a table", path=path)
        unknown = sorted(set(value) - set(keys))
        if unknown:
            raise DataError(f"unknown key(s) in [{table}]: {', '.join(unknown)}", path=path,
                            hint=f"expected: {', '.join(keys)}")
    for key in ("start", "end", "alternate_start", "alternate_end"):
        mark = raw.get("quotes", {}).get(key)
        if mark is not None and (not isinstance(mark, str) or not 1 <= len(mark) <= 2):
            raise DataError(f"[quotes] {key} must be one quotation mark", path=path)
    template = raw.get("label", {})
    for key, text in template.items():
        if not isinstance(text, str):
            raise DataError(f"[label] {key} must be a string", path=path)
        try:
            text.format(source="", engine="", model="", version="", date="", reviewed=0, total=0)
        except (KeyError, IndexError, ValueError) as exc:
            raise DataError(f"[label] {key}: bad placeholder {exc}", path=path) from None


@cache
def load_profiles(folder: str | None = None) -> dict[str, LocaleProfile]:
    """All profiles in ``folder`` (default: the shipped ``locales/``), keyed by tag."""
    root = Path(folder) if folder else data_dir("locales")
    profiles: dict[str, LocaleProfile] = {}
    for path in sorted(root.glob("*.toml")):
        profile = _load_profile(path)
        if profile.tag in profiles:
            raise DataError(f"duplicate profile for {profile.tag}", path=str(path))
        profiles[profile.tag] = profile
    return profiles


def canonical_tag(tag: str) -> str:
    """Normalise case and separators: ``pt_br`` -> ``pt-BR``, ``zh-hans`` -> ``zh-Hans``."""
    parts = tag.strip().replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) in (2, 3):
            out.append(part.upper())
        else:
            out.append(part)
    return "-".join(out)


def bcp47_tag(tag: str) -> str:
    """``canonical_tag`` with an ISO 639-2/639-3 or deprecated language subtag replaced by the
    one BCP 47 prefers, from CLDR's language aliases through Babel: ``eng`` -> ``en``,
    ``por-BR`` -> ``pt-BR``, ``iw`` -> ``he`` (a CAT tool's ``eng`` is English)."""
    from babel.core import get_global

    parts = canonical_tag(tag).split("-")
    alias = get_global("language_aliases").get(parts[0])
    if isinstance(alias, str) and alias:
        lang = alias.replace("_", "-").split("-")[0].lower()
        if lang.isalpha() and len(lang) in (2, 3):
            parts[0] = lang
    return "-".join(parts)


def suggest_tags(tag: str, n: int = 3) -> list[str]:
    """The profile tags closest to ``tag``, for error messages."""
    profiles = load_profiles()
    lang = tag.strip().replace("_", "-").split("-")[0].lower()
    same_lang = [t for t in profiles if t.split("-")[0] == lang]
    if same_lang:
        return same_lang[:n]
    lowered = {t.lower(): t for t in profiles}
    close = difflib.get_close_matches(tag.lower(), list(lowered), n=n, cutoff=0.3)
    return [lowered[c] for c in close]


def get_profile(tag: str) -> LocaleProfile:
    """The profile for ``tag``.

    A tag with no file of its own but a known language (``es-MX``) borrows that language's
    profile under its own tag, so CLDR data follows the region; anything Babel does not know,
    or whose language has no profile, is an UnknownLocaleError with the closest tags.
    """
    profiles = load_profiles()
    wanted = canonical_tag(tag)
    if wanted in profiles:
        return profiles[wanted]
    if not wanted or not wanted.replace("-", "").isalnum():
        raise UnknownLocaleError(tag, suggest_tags(tag))
    babel_locale(wanted)  # raises UnknownLocaleError for tags CLDR does not know
    lang = wanted.split("-")[0]
    base = profiles.get(lang) or next(
        (p for t, p in profiles.items() if t.split("-")[0] == lang), None
    )
    if base is None:
        raise UnknownLocaleError(tag, suggest_tags(tag))
    return LocaleProfile(
        tag=wanted,
        language=base.language,
        engines=base.engines,
        sentence_joiner=base.sentence_joiner,
        path=base.path,
        extra=base.extra,
    )


def parse_targets(spec: str) -> list[LocaleProfile]:
    """``"pt-BR,de"`` -> profiles, in order, without duplicates."""
    tags = [t for t in (p.strip() for p in spec.split(",")) if t]
    if not tags:
        raise UnknownLocaleError(spec, suggest_tags(spec))
    seen: dict[str, LocaleProfile] = {}
    for tag in tags:
        profile = get_profile(tag)
        seen.setdefault(profile.tag, profile)
    return list(seen.values())
