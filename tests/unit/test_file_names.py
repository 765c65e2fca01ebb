"""A file or host name in lower case is masked like an address (untrans39).

"add or update the completion_menu in your config.nu" came out "... em sua configuração.nu":
the engine translated the name's word. A lower-case name with a dot and a short extension
("config.nu", "docs.rs", "irc.mozilla.org") is now masked as an address, so the engine copies it
and the ``verbatim`` check reads it; abbreviations, numbers and capitalized names are not.
"""

from __future__ import annotations

import pytest

from translate.untranslatable import address_spans


def _addresses(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in address_spans(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Add or update the completion_menu in your config.nu", ["config.nu"]),
        ("More documentation is on docs.rs, and on crates.io.", ["docs.rs", "crates.io"]),
        ("Join the #rust-cli channel on irc.mozilla.org.", ["#rust-cli", "irc.mozilla.org"]),
        ("Open default_config.nu and env.nu first.", ["default_config.nu", "env.nu"]),
    ],
)
def test_file_and_host_names_masked(text: str, want: list[str]) -> None:
    assert _addresses(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "We met at 10 a.m. on the day, e.g. Monday, i.e. today.",
        "She holds a Ph.D. in physics and earned 2.5 points.",
        "Apps built with Node.js and Vue.js run here.",
        "The end.Then a new sentence starts.",
    ],
)
def test_abbreviations_numbers_and_names_left(text: str) -> None:
    assert _addresses(text) == []
