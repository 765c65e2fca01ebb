"""A version string of three parts or more ("0.6.0", "v3.4.0") is masked as an address, so the
engine cannot write it as a number the target's way (untrans38; development items r031 "ship
0.6.0" -> "enviar 0,6,0" and s119 "with 0.7.0" -> "com 0,70"). A number grouped in thousands and a
two-part number ("1.000.000", "2.5", "1.0") are the engine's.
"""

from __future__ import annotations

import pytest

import translate.untranslatable as u
from translate.check import _masked_tokens
from translate.untranslatable import Masked, unmask_segments


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in u.address_spans(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("If everything goes smoothly we expect to ship 0.6.0 in a few weeks.", ["0.6.0"]),
        ("You might have noticed that with 0.7.0, we're getting close.", ["0.7.0"]),
        ("Thus, v3.4.0 was broken for a non-negligible number of sites.", ["v3.4.0"]),
        ("Current status: Julia release is 1.12.5, and the LTS is 1.10.10.", ["1.12.5", "1.10.10"]),
    ],
)
def test_a_version_string_of_three_parts_is_masked(text: str, kept: list[str]) -> None:
    assert _spans(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "The city has 1.000.000 inhabitants.",  # a number grouped in thousands (pt, de)
        "Prices rose 2.5 percent, close to 1.0 last year.",  # two parts: a decimal or a version
        "Version 12 shipped in 2024.",
    ],
)
def test_a_number_is_no_version(text: str) -> None:
    assert _spans(text) == []


def test_the_verbatim_check_reads_a_version_as_a_masked_token() -> None:
    assert _masked_tokens("We expect to ship 0.6.0 in a few weeks.") == ["0.6.0"]


def test_the_masked_sentence_that_kept_the_version_beats_a_bare_one_that_wrote_a_number() -> None:
    # r031: the bare engine wrote "0,6,0"; the masked sentence keeps the version
    source = "If everything goes smoothly we expect to ship 0.6.0 in a few weeks."
    m = Masked(["If everything goes smoothly we expect to ship XNAME50X in a few weeks."],
               [source], {0: ["0.6.0"]}, {0: ["address"]})
    out, _ = unmask_segments(
        m, ["Se tudo correr bem, esperamos enviar XNAME50X em algumas semanas."], {0},
        lambda texts: ["Se tudo correr bem, esperamos enviar 0,6,0 em algumas semanas."
                       for _ in texts])
    assert out[0] == "Se tudo correr bem, esperamos enviar 0.6.0 em algumas semanas."
