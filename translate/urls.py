"""Which URLs may appear in output: the one safe-scheme rule of every writer and reader."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

SAFE_SCHEMES = frozenset({"", "http", "https", "mailto"})


def safe_url(value: str) -> bool:
    """Whether a URL may appear in output: relative, http(s) or mailto; never javascript: etc.

    >>> safe_url("https://example.org/a"), safe_url(" JaVa\\tscript:alert(1)"), safe_url("/x")
    (True, False, True)
    """
    compact = re.sub(r"[\x00-\x20\x7f]+", "", value)
    try:
        scheme = urlsplit(compact).scheme.lower()
    except ValueError:
        return False
    return scheme in SAFE_SCHEMES
