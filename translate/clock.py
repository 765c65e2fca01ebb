"""The one clock: the current UTC time as the package writes it (ISO 8601, seconds, ``Z``)."""

from __future__ import annotations

import datetime as dt


def utc_now() -> str:
    """Now, in UTC, to the second: ``2026-12-03T07:14:51Z``."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
