"""Shared data for the edition tests: the fixed article, hostile text, golden-file settings and
normalisation of the fields that change from run to run."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

from translate.model import Edition

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
SCHEMA = HERE.parent / "data" / "schemas" / "xliff_core_2.0_subset.xsd"
FIXED_TIME = "2020-10-01T12:00:00Z"

# Regenerate the golden files with: TRANSLATE_UPDATE_GOLDEN=1 pytest tests/editions
UPDATE_GOLDEN = os.environ.get("TRANSLATE_UPDATE_GOLDEN") == "1"

ARTICLE = """# Talks resume in Tbilisi

Armenian and Azerbaijani diplomats met on September 26, 2020 in Tbilisi. Aid groups say \
3.5 million dollars is needed, and flour prices rose 12.5% in October.

## What was said

Pashinian said the sides had "a narrow but real chance". The talks lasted 6 hours.

- Russia keeps 2,000 peacekeepers in the region.
- Revenue reached 1,234.5 million dollars on Sunday.

> "We will not give up a single village," he added.
"""

HOSTILE = """Markup <script>alert("x")</script> & friends

A <b onmouseover="steal()">bold</b> claim & an ]]> end, a <!-- comment --> and &amp; entity.

Quotes "double" and 'single', a bell \x07 and a tab\tinside. # not a heading *not emphasis*
"""


def db(tmp_path: Path) -> Path:
    """The store a test's runs share."""
    return tmp_path / "store.db"


def normalise(edition: Edition) -> Edition:
    """Pin the fields that change between runs and versions (time, tool and CLDR versions)."""
    edition.created = FIXED_TIME
    edition.article.source = Path(edition.article.source).name
    edition.signature = dataclasses.replace(
        edition.signature, tool_version="0", cldr="0", detector="fasttext@0"
    )
    edition.stats["timings"] = {}
    return edition


def normalise_text(text: str) -> str:
    """Volatile text the writers take from libraries (Babel's version in PO headers)."""
    return re.sub(r"Generated-By: Babel [^\\]+\\n", r"Generated-By: Babel\\n", text)
