"""Opaque identifiers (a hash, a key, a coupon code, a base64 blob) go to the engine as
placeholders and come back as written; hyphenated words and ordinary codes are not touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from translate import facts, untranslatable
from translate.cli import cli

SHA = "509aa4a846c6cb52e9756a282de67da3e8ec82769bceafa1265428b1289459b3"


@pytest.mark.parametrize("token", [
    SHA,  # a SHA-256 from a security advisory
    "novprolabsannual25off",  # a coupon code
    "AKIAIOSFODNN7EXAMPLE1",  # a key
    "aa7dPqL3SmDwr3z1KTusxPNSqX4imEFkP9+OXcBCN/pxh6tG9s5i==",  # base64
])
def test_an_opaque_identifier_is_masked_as_code(token: str) -> None:
    text = f"The value is {token}, they said."
    assert untranslatable.address_spans(text) == [(13, 13 + len(token), "code")]


@pytest.mark.parametrize("text", [
    "2-Faktor-Authentifizierung and HL7-Standard-Produktlinien",  # hyphens end the run
    "60-frames-per-second video",
    "Donaudampfschifffahrtsgesellschaftskapitän",  # a long word has no digits
    "the Covid-19 pandemic, an A320neo, the RTX 3080s",  # short codes
    "see https://example.com/a1b2c3d4e5f6g7h8i9j0k1l2m3 now",  # an address, masked as one
])
def test_words_and_short_codes_are_not_identifiers(text: str) -> None:
    assert [s for s in untranslatable.address_spans(text) if s[2] == "code"] == []


def test_the_identifier_comes_back_as_written_and_is_not_guarded() -> None:
    """A code mask is trusted: no second, bare translation of the sentence (for a base64
    blob that would double the engine's slowest work)."""
    masked = untranslatable.mask_segments([f"The sample's hash is {SHA}."], ["paragraph"], "en")
    assert masked.words[0] == [SHA] and masked.rules[0] == ["code"]
    assert SHA not in masked.texts[0]
    placeholder = masked.texts[0].split()[-1].rstrip(".")

    def bare(batch: list[str]) -> list[str]:
        raise AssertionError(f"retranslated: {batch}")

    out, report = untranslatable.unmask_segments(
        masked, [f"O hash da amostra é {placeholder}."], {0}, bare
    )
    assert out == [f"O hash da amostra é {SHA}."]
    assert report == [{"index": 0, "from": SHA, "to": SHA, "rule": "code"}]


@pytest.mark.parametrize(("code", "target"), [
    ("G7", "o G7 e o G77"), ("G7", "o G77"), ("G7", "AG7"), ("G7", "_G7"), ("G7", "g7"),
    ("Covid-19", "a Covid 19"), ("Covid-19", "a Covid-19."), ("CCS’19", "no CCS-19"),
    ("3.2.3RC1", "do 3.2.3RC1 fornece"), ("A320", "A3201"), ("A320", "ÁA320"),
])
def test_the_fast_path_agrees_with_the_pattern(code: str, target: str) -> None:
    """``_written_as_is`` only ever says yes where the compiled pattern matches too."""
    pattern = facts._code_pattern(code).search(target) is not None
    assert not facts._written_as_is(code, target) or pattern
    assert (facts._written_as_is(code, target) or pattern) == pattern


@pytest.mark.model
def test_a_hash_in_a_real_edition_is_published_as_written(tmp_path: Path) -> None:
    """The embedded engine read the hash as text and changed it ("…c6cb52e…" came back
    "…c6c6c25e…"), a wrong fact with a mere warning; masked, it comes back as written."""
    source = tmp_path / "advisory.txt"
    source.write_text(f"The sample's SHA-256 hash is {SHA}, the researchers said.\n",
                      encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", str(source), "--to", "pt-BR", "--from", "en",
                                      "--out", str(tmp_path / "out"), "--format", "md",
                                      "--no-cache"], catch_exceptions=False)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert SHA in (tmp_path / "out" / "advisory.pt-BR.md").read_text(encoding="utf-8")
