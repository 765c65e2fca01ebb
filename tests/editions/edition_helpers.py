"""Shared data for the edition tests: the fixed article, hostile text, golden-file settings and
normalisation of the fields that change from run to run."""

from __future__ import annotations

import dataclasses
import datetime
import os
import re
from pathlib import Path

from babel import Locale
from babel.core import get_cldr_version
from babel.dates import format_date
from babel.messages.plurals import get_plural
from babel.numbers import format_compact_decimal, format_decimal, format_percent

from translate.model import Edition

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
# Official schemas, vendored (tests/data/schemas/NOTICE.md): XLIFF 2.0 core + the modules we use.
SCHEMAS = HERE.parent / "data" / "schemas"
SCHEMA = SCHEMAS / "xliff_2.0_with_modules.xsd"
TMX_DTD = SCHEMAS / "tmx" / "tmx14.dtd"
TBX_DTD = SCHEMAS / "tbx" / "TBXcoreStructV02.dtd"
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


def xliff_schema() -> object:
    """lxml validator of the official XLIFF 2.0 schemas (local files only, no network)."""
    from lxml import etree

    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(SCHEMA), parser))


def dtd(path: Path) -> object:
    from lxml import etree

    return etree.DTD(str(path))


def db(tmp_path: Path) -> Path:
    """The store a test's runs share."""
    return tmp_path / "store.db"


def normalise(edition: Edition) -> Edition:
    """Pin the fields that change between runs and versions (time, tool and CLDR versions)."""
    edition.created = FIXED_TIME
    edition.article.source = Path(edition.article.source).name
    edition.signature = dataclasses.replace(edition.signature, tool_version="0", cldr="0")
    edition.stats["timings"] = {}
    return edition


def normalise_text(text: str) -> str:
    """Volatile text the writers take from libraries (Babel's version in PO headers)."""
    return re.sub(r"Generated-By: Babel [^\\]+\\n", r"Generated-By: Babel\\n", text)


# --- Facts owned by the installed CLDR (through Babel) -------------------------------------
#
# Golden files must not freeze data that a new Babel release may change (Babel 2.19's CLDR gave
# Portuguese a third plural category). The golden files hold a token such as
# ``⟦cldr:date:2020-09-26⟧`` where the edition shows a CLDR-owned string; at test time every
# token is expanded with the value the installed Babel gives, and the rest is compared exactly.

TOKEN = re.compile(r"⟦cldr:([^⟧]+)⟧")
# "Plural-Forms: …\n" in an (unwrapped) PO header.
_PLURAL_HEADER = re.compile(r"Plural-Forms: ([^\"\n]*?)\\n")


def cldr_facts(locale: str = "pt-BR") -> dict[str, str]:
    """The CLDR-owned strings the golden article's editions contain, computed by Babel now."""
    loc = Locale.parse(locale, sep="-")
    million = format_compact_decimal(3_500_000, format_type="long", locale=loc, fraction_digits=1)
    million_word = million[len(format_decimal(3.5, locale=loc)) :]  # " milhões"
    return {
        "date:2020-09-26": format_date(datetime.date(2020, 9, 26), "long", locale=loc),
        "date:2020-10-01": format_date(datetime.date(2020, 10, 1), "long", locale=loc),
        "month:10": loc.months["format"]["wide"][10],
        "weekday:sunday": loc.days["format"]["wide"][6],
        "language:en": loc.languages["en"],
        "number:3.5-million": million,
        "number:1234.5-million": format_decimal(1234.5, locale=loc) + million_word,
        "number:2000": format_decimal(2000, locale=loc),
        "percent:12.5": format_percent(0.125, locale=loc, decimal_quantization=False),
        "plural-forms": str(get_plural(str(loc))),
    }


def _unwrap_po(text: str) -> str:
    """PO line wrapping depends on the length of CLDR strings: join continued strings and
    runs of comment lines, so that a longer month name cannot move a line break."""
    text = text.replace('"\n"', "")
    lines: list[str] = []
    for line in text.split("\n"):
        prefix = re.match(r"#[.:,| ]?\s?", line)
        rest = line[len(prefix.group(0)) :] if prefix else ""
        if (
            lines
            and prefix
            and prefix.group(0) != "#"
            and lines[-1].startswith(prefix.group(0))
            and not rest.startswith("X-")  # our header fields each start a comment line
        ):
            lines[-1] += " " + rest
        else:
            lines.append(line)
    return "\n".join(lines)


def tokenize_cldr(text: str, extension: str, locale: str = "pt-BR") -> str:
    """Rendered edition -> golden form: CLDR-owned strings become tokens (longest first)."""
    text = normalise_text(text)
    if extension == "po":
        text = _unwrap_po(text)
        match = _PLURAL_HEADER.search(text)
        assert match, "PO header has no Plural-Forms"
        assert match.group(1) == cldr_facts(locale)["plural-forms"], (
            f"Plural-Forms {match.group(1)!r} is not the installed CLDR's "
            f"({get_cldr_version()}) {cldr_facts(locale)['plural-forms']!r}"
        )
        text = text.replace(match.group(0), "Plural-Forms: ⟦cldr:plural-forms⟧\\n")
    facts = sorted(cldr_facts(locale).items(), key=lambda kv: len(kv[1]), reverse=True)
    for key, value in facts:
        if key != "plural-forms":
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", f"⟦cldr:{key}⟧", text)
    return text


def expand_cldr(golden: str, locale: str = "pt-BR") -> str:
    """Golden form -> what the installed Babel must produce."""
    facts = cldr_facts(locale)
    return TOKEN.sub(lambda m: facts[m.group(1)], golden)
