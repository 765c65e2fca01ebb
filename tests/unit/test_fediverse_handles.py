"""A fediverse handle, "@user@server.tld", through the mask (untrans32: set c's c035, a
development set)."""

from __future__ import annotations

import translate.untranslatable as u

# set c's c035 (WCXB), the sentence as the article writes it
C035 = (
    "You might also want to follow me on Bluesky at @filippo.abyssdomain.expert or on "
    "Mastodon at @filippo@abyssdomain.expert."
)


def test_a_fediverse_handle_is_one_address_with_its_server() -> None:
    spans = [C035[s:e] for s, e, _ in u.address_spans(C035)]
    # before, "@filippo" was a handle and "abyssdomain.expert" was left to the engine, which
    # wrote "@filippo-ab..."
    assert spans == ["@filippo.abyssdomain.expert", "@filippo@abyssdomain.expert"]


def test_the_masked_sentence_keeps_no_piece_of_the_server_name() -> None:
    m = u.mask_segments([C035], ["paragraph"], "en")
    assert "@filippo@abyssdomain.expert" in m.words.get(0, [])
    assert "abyssdomain" not in m.texts[0]


def test_an_email_address_and_a_lone_handle_are_read_as_before() -> None:
    # the address before the handle ("info@example.org") and a handle with no server
    text = "Write to info@example.org or to @press; a server needs its dot: @a@b."
    assert [text[s:e] for s, e, _ in u.address_spans(text)] == [
        "info@example.org", "@press", "@a"
    ]
