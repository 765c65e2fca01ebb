"""Per-source-language rule data: ``locales/languages/<lang>.toml`` plus ``common.toml``.

Segmentation (``[segment]``) and boilerplate (``[boilerplate]``) rules are data so that a new
source language is a new file, not new code. ``common.toml`` holds what every language shares;
``scripts.toml`` holds the detection rules. Files are read once per process.
"""

from __future__ import annotations

import re
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from . import tomlcache
from .data import data_dir
from .errors import DataError
from .regexcache import compile as re_compile

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

COMMON = "common"
_LANG_RE = re_compile(r"[a-z]{2,3}")


def languages_dir() -> Path:
    """The shipped ``locales/languages`` folder."""
    return data_dir("locales") / "languages"


@lru_cache(maxsize=1024)  # asked by many checks of every sentence, for a few codes
def base_language(lang: str | None) -> str | None:
    """``pt-BR`` -> ``pt``, ``zh_cn`` -> ``zh``; None for ``und``, empty or malformed codes.

    Only plain ISO 639 codes reach the file system, so a hostile code cannot name another file.
    """
    if not lang:
        return None
    base = re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0]
    if base == "und" or not _LANG_RE.fullmatch(base):
        return None
    return base


@cache
def load_file(name: str) -> dict[str, Any]:
    """The parsed TOML file ``<name>.toml`` (empty when it does not exist)."""
    path = languages_dir() / f"{name}.toml"
    if not path.is_file():
        return {}
    try:
        return tomlcache.loads(path.read_text(encoding="utf-8"))  # the shipped parse
    except tomllib.TOMLDecodeError as exc:
        raise DataError(str(exc), path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read language data: {exc}", path=str(path)) from None


def section(lang: str | None, name: str) -> dict[str, Any]:
    """Section ``name`` of the data file for ``lang`` (empty for unknown languages)."""
    base = base_language(lang)
    if base is None:
        return {}
    value = load_file(base).get(name, {})
    if not isinstance(value, dict):
        raise DataError(f"[{name}] must be a table", path=str(languages_dir() / f"{base}.toml"))
    return value


def common_section(name: str) -> dict[str, Any]:
    """Section ``name`` of ``common.toml``: rules shared by every source language."""
    value = load_file(COMMON).get(name, {})
    if not isinstance(value, dict):
        raise DataError(f"[{name}] must be a table", path=str(languages_dir() / "common.toml"))
    return value


def available_languages() -> list[str]:
    """Source languages that have a data file."""
    return sorted(
        p.stem for p in languages_dir().glob("*.toml") if _LANG_RE.fullmatch(p.stem)
    )


def str_list(table: dict[str, Any], key: str, *, where: str) -> list[str]:
    """``table[key]`` as a list of strings (missing: empty); bad types raise DataError."""
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{key!r} must be a list of strings", path=where)
    return list(value)


@cache
def facts_data(lang: str) -> dict[str, Any]:
    """``locales/facts/<lang>.toml`` (empty when the language has none)."""
    base = base_language(lang)
    if base is None:
        return {}
    path = data_dir("locales") / "facts" / f"{base}.toml"
    if not path.is_file():
        return {}
    try:
        return tomlcache.loads(path.read_text(encoding="utf-8"))  # the shipped parse
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read facts data: {exc}", path=str(path)) from None
