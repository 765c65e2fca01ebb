"""probe35: a name's version said again in parentheses ("Java 7 (1.7)") is copied as written.
The Google Ads Developer Blog's feed (probe34's sweep, pt-PT) had the engine's right
"Java 7 (1.7)" rewritten "Java 7 (1,7)": the number in parentheses is no decimal."""

from __future__ import annotations

import pytest

from translate.locales import get_profile
from translate.localize.stage import localize_segments
from translate.model import Segment, TranslatedSegment


def _localized(source: str, target: str, locale: str) -> str:
    seg = TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), "en"), target)
    localize_segments([seg], get_profile(locale), "en")
    return seg.target


@pytest.mark.parametrize("locale", ["pt-PT", "pt-BR", "de"])
@pytest.mark.parametrize(("source", "target"), [
    # the feed's sentence (adwords-and-dfp-java, b1.s0)
    ("compatible only with Java 7 (1.7) and higher",
     "compatíveis apenas com Java 7 (1.7) e superior"),
    ("It needs Windows 10 (1.2) or later.", "Precisa do Windows 10 (1.2) ou posterior."),
])
def test_a_version_in_parentheses_after_a_name_is_copied(
    source: str, target: str, locale: str
) -> None:
    assert _localized(source, target, locale) == target


@pytest.mark.parametrize(("source", "target", "want"), [
    # a quantity in parentheses is still localized: no name's number before it
    ("Sales rose 7% (1.7 billion).", "As vendas subiram 7% (1.7 bilhão).",
     "As vendas subiram 7% (1,7 bilhão)."),
    ("the score was 7 (1.7) in the end", "o placar foi 7 (1.7) no final",
     "o placar foi 7 (1,7) no final"),
    # a common word starting the sentence is no name
    ("Nearly 7 (1.7) were left.", "Quase 7 (1.7) restaram.", "Quase 7 (1,7) restaram."),
])
def test_a_decimal_in_parentheses_is_still_localized(source: str, target: str, want: str) -> None:
    assert _localized(source, target, "pt-BR") == want
