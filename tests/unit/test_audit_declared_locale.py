"""benchmarks/audit_declared_locale.py: the locale a page declares and the country of its
address, read the way the audit counts them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import audit_declared_locale as audit


def test_declarations_are_read_from_html_og_and_content_language() -> None:
    html = ('<html lang="en-US"><head><meta property="og:locale" content="en_GB">'
            '<meta http-equiv="Content-Language" content="en-AU, en"></head><body></body></html>')
    assert audit.declared(html) == {"html": "en-US", "og": "en_GB", "content-language": "en-AU"}
    assert audit.declared("<html><body><p>x</p></body></html>") == {}


@pytest.mark.parametrize(("tag", "told"), [
    ("en-US", ("en", "US", "MDY")), ("en_GB", ("en", "GB", "DMY")), ("en", None), ("", None),
    ("pt-BR", ("pt", "BR", "DMY")),
])  # fmt: skip
def test_a_declared_territory_gives_its_cldr_order(tag: str, told: object) -> None:
    assert audit.territory_order(tag) == told


@pytest.mark.parametrize(("url", "site"), [
    ("https://www.prospectmagazine.co.uk/x", ("GB", "DMY")),
    ("https://www.mindesigns.com.au/x", ("AU", "DMY")),
    ("https://everfit.io/blog", None),  # a brand's domain, not a country's
    ("https://www.nytimes.com/x", None),
    (None, None),
])  # fmt: skip
def test_a_countrys_domain_names_its_territory(url: str | None, site: object) -> None:
    assert audit.site_order(url, "en") == site


def test_visible_text_leaves_scripts_out() -> None:
    text = audit.visible_text("<html><body><script>var d='1/2/2020'</script>"
                              "<p>Updated 13/08/2020</p></body></html>")
    assert "13/08/2020" in text and "var d" not in text
