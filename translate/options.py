"""Run options (frozen, typed) and the only place that reads the environment.

``TRANSLATE_HOME`` (default ``$XDG_DATA_HOME/newsroom-translate`` or
``~/.local/share/newsroom-translate``) holds the SQLite store (MT cache, translation memory,
feed state). Argos packages live where Argos keeps them (``ARGOS_PACKAGES_DIR``).
``TRANSLATE_OFFLINE=1`` forbids the network (:func:`offline`); ``TRANSLATE_PRELOAD=0`` turns
off loading models in the background (:func:`preload_models`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from .limits import DEFAULT_ARTICLE_CHAR_LIMIT


def home_dir() -> Path:
    explicit = os.environ.get("TRANSLATE_HOME")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "newsroom-translate"


_FALSE = ("", "0", "false", "no", "off")


def offline() -> bool:
    """Whether ``TRANSLATE_OFFLINE`` forbids connections to anything but loopback
    (translate/http.py refuses them; the test suite sets it for every process it starts)."""
    return os.environ.get("TRANSLATE_OFFLINE", "").strip().lower() not in _FALSE


def preload_models() -> bool:
    """Whether the pipeline loads the models it will need in the background while detection,
    boilerplate, segmentation and the glossary run (default on; ``TRANSLATE_PRELOAD=0`` loads
    on first use instead)."""
    value = os.environ.get("TRANSLATE_PRELOAD")
    return value is None or value.strip().lower() not in _FALSE


def default_db_path() -> Path:
    return home_dir() / "translate.db"


ARGOS_DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"


def _argos_setting(key: str) -> str | None:
    """An Argos setting as Argos reads it: the environment first, then its settings.json."""
    value = os.environ.get(key)
    if value:
        return value
    xdg = os.environ.get("XDG_CONFIG_HOME")
    config = (Path(xdg).expanduser() if xdg else Path.home() / ".config") / "argos-translate"
    try:
        data = json.loads((config / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    found = data.get(key) if isinstance(data, dict) else None
    return str(found) if found else None


def argos_packages_dir() -> Path:
    """Where Argos keeps installed packages (``ARGOS_PACKAGES_DIR``, else Argos's default)."""
    explicit = _argos_setting("ARGOS_PACKAGES_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "argos-translate" / "packages"


def argos_index_url() -> str:
    """The Argos package index (``ARGOS_PACKAGE_INDEX`` base URL) as its ``index.json`` URL."""
    base = _argos_setting("ARGOS_PACKAGE_INDEX") or ARGOS_DEFAULT_INDEX
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


@dataclass(frozen=True, slots=True)
class EngineOptions:
    """How engines run; None leaves each engine's own default."""

    threads: int | None = None  # engine threads (default: all cores)
    beam_size: int | None = None  # beam search width (Argos engine; default 4)
    packages_dir: Path | None = None  # where Argos packages are (default: Argos's folder)

    def given(self) -> dict[str, object]:
        """The options that were set, by name: what an engine constructor is passed."""
        return {f.name: v for f in fields(self) if (v := getattr(self, f.name)) is not None}


@dataclass(frozen=True, slots=True)
class RunOptions:
    """Everything that changes how an article is turned into editions (no I/O here)."""

    engine: str | None = None  # override the locale profile's engine choice
    detector: str | None = None  # language detector (translate.detect.DETECTORS); None: default
    source_lang: str | None = None  # override detection
    # the language a short text's container declares (a feed item's feed): its blocks take it
    # unless strongly read as another (translate.detect.core.detect_declared); ignored with
    # source_lang
    declared_lang: str | None = None
    keep_boilerplate: bool = False
    use_cache: bool = True
    use_tm: bool = True
    db_path: Path | None = None  # None: default_db_path(); used when use_cache/use_tm
    glossary_paths: Sequence[Path] = ()
    builtin_glossary: bool = True
    engine_options: EngineOptions = EngineOptions()

    source_locale: str | None = None  # the source's locale when named ("en-US"): its date order
    # the article size limit in characters of text (translate.limits; -1: none): an article
    # over it is refused (ArticleTooLargeError, exit 12) before any work on it
    max_article_chars: int = DEFAULT_ARTICLE_CHAR_LIMIT

    def __post_init__(self) -> None:
        object.__setattr__(self, "glossary_paths", tuple(self.glossary_paths))
        lang = self.source_lang
        if lang and re.fullmatch(r"[A-Za-z]{2,3}[-_](?:[A-Za-z]{2}|\d{3})", lang.strip()):
            # "--from en-US": the language picks the engine and the rules; the locale says how
            # the source writes what differs by country (numeric dates: 05/08 is 8 May there)
            object.__setattr__(self, "source_locale", lang.strip().replace("_", "-"))
            object.__setattr__(self, "source_lang", re.split(r"[-_]", lang.strip())[0].lower())

    def resolved_db_path(self) -> Path:
        return self.db_path or default_db_path()
