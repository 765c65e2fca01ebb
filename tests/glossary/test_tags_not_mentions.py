"""A glossary name written as a handle or a hashtag is the token's (untrans25)."""

from __future__ import annotations

from translate.glossary import Glossary
from translate.glossary.match import find_mentions


def test_a_name_written_as_a_hashtag_or_handle_is_no_mention(tiny: Glossary) -> None:
    text = "Fans in Armenia cheered #Armenia, thanks @Armenia and press@Armenia.am; Kyiv #KyivNow"
    found = [(m.start, m.surface) for m in find_mentions(text, tiny)]
    # the word in the sentence and in "Kyiv" stay mentions; the tags' words do not
    assert found == [(8, "Armenia"), (text.index("Kyiv"), "Kyiv")]
