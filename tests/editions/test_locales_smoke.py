"""Every profile in locales/ renders a short edition in every format (Babel's all-locales idea).

The "engine" here copies the English text, as a weak engine would: what must come out right is
what this project adds: CLDR dates and numbers, language and direction tags, the label in the
edition's language, valid XLIFF and PO.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from babel.dates import format_date
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from editions.edition_helpers import normalise, xliff_schema

from translate.check import CheckContext, run_checks
from translate.edition import assemble, make_signature
from translate.locales import LocaleProfile, load_profiles
from translate.localize.stage import localize_segments
from translate.model import Edition, TranslatedSegment
from translate.options import RunOptions
from translate.pipeline import prepare
from translate.read import read_article
from translate.write import WRITERS, get_writer
from translate.write.label import mt_label

TEXT = """Talks resume in Tbilisi

The war began on September 26, 2020. It cost 1,234.5 dollars, up 12.5%.
"""


def edition_for(profile: LocaleProfile, tmp_path: Path) -> Edition:
    path = tmp_path / "short.txt"
    path.write_text(TEXT, encoding="utf-8")
    prepared = prepare(read_article(path), RunOptions(source_lang="en", builtin_glossary=False))
    segments = [TranslatedSegment(s, s.source, "mt") for s in prepared.segments]
    report, findings = localize_segments(segments, profile, "en")
    findings += run_checks(segments, CheckContext("en", profile.language, profile.tag))
    edition = assemble(
        prepared.article,
        segments,
        locale=profile.tag,
        source_lang="en",
        target_lang=profile.language,
        direction=profile.direction,
        joiner=profile.sentence_joiner,
        signature=make_signature("copy", "none", "0", None, "none"),
        findings=findings,
        stats={},
    )
    edition.reports["localize"] = report
    return normalise(edition)


@pytest.fixture(scope="module")
def schema() -> object:
    return xliff_schema()


@pytest.mark.parametrize("tag", sorted(load_profiles()))
def test_profile_renders_every_format(tag: str, tmp_path: Path, schema: object) -> None:
    from lxml import etree

    profile = load_profiles()[tag]
    edition = edition_for(profile, tmp_path)
    locale = profile.babel
    body = " ".join(s.target for s in edition.segments)
    assert str(format_date(dt.date(2020, 9, 26), "long", locale=locale)) in body
    grouping = profile.extra.get("numbers", {}).get("min_grouping_digits", 1)
    expected = "1234,5" if grouping == 2 else str(format_decimal(Decimal("1234.5"), locale=locale))
    assert expected in body  # CLDR minimumGroupingDigits 2 (es, pt-PT): no separator in 1234
    label = mt_label(edition)
    assert label.startswith(profile.label_templates["machine"])
    rendered = {fmt: get_writer(fmt).render(edition) for fmt in sorted(WRITERS)}
    assert f'<html lang="{tag}" dir="{profile.direction}">' in rendered["html"]
    assert f'lang: "{tag}"' in rendered["md"]
    assert " ".join(label.split()) in " ".join(rendered["md"].split())
    data = json.loads(rendered["json"])
    assert (data["locale"], data["direction"], data["label"]) == (tag, profile.direction, label)
    xliff = etree.fromstring(rendered["xliff"].encode("utf-8"))
    assert schema.validate(xliff), schema.error_log  # type: ignore[attr-defined]
    assert xliff.get("trgLang") == tag
    catalog = read_po(io.BytesIO(rendered["po"].encode("utf-8")), abort_invalid=True)
    assert str(catalog.locale) == str(locale)
    assert {m.context for m in catalog if m.id} == {s.id for s in edition.segments}


def test_rtl_profile_exists_and_is_marked(tmp_path: Path) -> None:
    edition = edition_for(load_profiles()["ar"], tmp_path)
    assert edition.direction == "rtl"
    assert 'trgDir="rtl"' in get_writer("xliff").render(edition)
