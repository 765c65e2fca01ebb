"""The publication an article comes from (its page's og:site_name) is kept as written where the
article names it (translate.untranslatable.site_spans): "the Guardian's best books" must not
become "do Guardião", "Rest of World" not "Resto do Mundo"."""

from __future__ import annotations

import pytest

from translate import untranslatable as u

LEX = frozenset([
    "guardian", "best", "books", "rest", "world", "sun", "angels", "readers", "wired",
    "foundation", "music", "craft", "experience", "team",
])  # fmt: skip


def _spans(text: str, site: str | None, kind: str = "paragraph") -> list[str]:
    return [text[s:e] for s, e, _ in u.site_spans(text, site, "en", kind=kind, lexicon=LEX)]


@pytest.mark.parametrize(
    ("text", "site", "kept"),
    [
        ("To browse all of the Guardian’s best books, visit.", "The Guardian", ["Guardian"]),
        ("The launch was reported by Rest of World in May.", "Rest of World", ["Rest of World"]),
        ("He told The Sun: it was over.", "The Sun", ["Sun"]),
        ("At Craft Music, we believe so.", "Craft Music", ["Craft Music"]),  # two words: any place
    ],
)
def test_the_site_name_is_kept(text: str, site: str, kept: list[str]) -> None:
    assert _spans(text, site) == kept


@pytest.mark.parametrize(
    ("text", "site", "kind"),
    [
        ("Guardian readers wrote in.", "The Guardian", "paragraph"),  # one word at a start
        ("The Guardian Angels came.", "The Guardian", "paragraph"),  # a longer name
        ("Why Wired Networks Fail", "Wired", "heading"),  # a headline's capitals
        ("The Wired Foundation gave.", "Wired Foundation", "paragraph"),  # an institution
        # the part after a separator is a section or an edition, translated
        ("Tips - Music Festival — US Edition", "Music Festival — US Edition", "title"),
        # a headline given as the site's name (a real page's og:site_name)
        ("15 Music Apps Compared Here", "15 Music Apps Compared Here - Tested", "title"),
        ("We Tested Five Music Apps Here", "We Tested Five Music Apps - Tested", "title"),
        ("The best books of the year.", None, "paragraph"),  # no site known
        ("The rest of the world agreed.", "Rest of World", "paragraph"),  # not in title case
    ],
)
def test_other_words_are_left_to_the_engine(text: str, site: str | None, kind: str) -> None:
    assert _spans(text, site, kind) == []


def test_mask_segments_masks_the_site_in_the_articles_own_language_only() -> None:
    texts = ["To browse all of the Guardian's best books, visit.", "Der Guardian's Text."]
    masked = u.mask_segments(texts, ["paragraph", "paragraph"], "en", own={0}, site="The Guardian")
    assert masked.words.get(0) == ["Guardian"] and masked.rules[0] == ["title-site"]
    assert 1 not in masked.words
