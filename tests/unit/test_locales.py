from __future__ import annotations

import pytest

from translate.errors import UnknownLocaleError
from translate.locales import canonical_tag, get_profile, load_profiles, parse_targets


@pytest.mark.parametrize(
    ("tag", "canonical"),
    [("pt_br", "pt-BR"), ("PT-br", "pt-BR"), ("zh-hans", "zh-Hans"), ("de", "de"), (" fr ", "fr")],
)
def test_canonical_tag(tag: str, canonical: str) -> None:
    assert canonical_tag(tag) == canonical


def test_every_shipped_profile_parses_with_babel() -> None:
    profiles = load_profiles()
    assert {"pt-BR", "pt-PT", "es", "fr", "de", "it", "ru", "uk", "ar", "zh-Hans", "ja"} <= set(
        profiles
    )
    for profile in profiles.values():
        assert profile.babel.language == profile.tag.split("-")[0]
        assert profile.direction in ("ltr", "rtl")


def test_regional_tag_borrows_language_profile() -> None:
    profile = get_profile("es-MX")
    assert (profile.tag, profile.language) == ("es-MX", "es")
    assert get_profile("ar").direction == "rtl"


@pytest.mark.parametrize(
    ("tag", "suggestion"),
    [("pt-XX", "pt-BR"), ("xx", None), ("", None), ("pt-BR;rm -rf", None), ("klingon", None)],
    ids=["bad-region", "bad-lang", "empty", "injection", "word"],
)
def test_unknown_locales(tag: str, suggestion: str | None) -> None:
    with pytest.raises(UnknownLocaleError) as info:
        get_profile(tag)
    assert info.value.exit_code == 5
    if suggestion:
        assert suggestion in info.value.suggestions


def test_parse_targets_dedupes_and_keeps_order() -> None:
    assert [p.tag for p in parse_targets("pt-BR, de,pt_br,fr")] == ["pt-BR", "de", "fr"]
    with pytest.raises(UnknownLocaleError):
        parse_targets(" , ")
