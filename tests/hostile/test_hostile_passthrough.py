"""Articles with nothing to translate (numbers, URLs, phone numbers, IP and e-mail addresses)
pass through: an edition whose text is the source copied unchanged, language ``und``, with a
note; every URL and number verbatim (not localized). Text with words in it is still refused when
its language cannot be told."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile.helpers import invoke
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from translate.passthrough import RULE, nothing_to_translate

ONLY_NUMBERS = (
    "1 2 3 4 5 100 2020 3.5 1,234.5\n\n"
    "+1 (555) 010-0199 · +55 11 98765-4321 · 0800 123 456\n\n"
    "10.0.0.1 192.168.1.254:8080 2001:db8::ff00:42:8329 ::1\n\n"
    "https://example.org/results?id=42&page=2 www.example.com/a desk@example.org\n\n"
    "12:30 2024-04-01 50% $1,234.56 €3.50 3/4\n"
)


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("fmt", ["json", "md", "html", "xliff", "po"])
def test_only_numbers_urls_phones_and_ips_pass_through(tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "figures.txt"
    source.write_text(ONLY_NUMBERS, encoding="utf-8")
    out = tmp_path / "out"
    formats = "json" if fmt == "json" else f"json,{fmt}"
    outcome = invoke("run", source, "--to", "pt-BR,de", "--engine", "fake", "--out", out,
                     "--format", formats)
    assert outcome.code == 0, outcome.stderr
    assert "und" in outcome.stdout
    for locale in ("pt-BR", "de"):
        data = json.loads((out / f"figures.{locale}.json").read_text(encoding="utf-8"))
        assert data["source_language"] == "und"
        segments = [s for b in data["blocks"] for s in b["segments"]]
        assert segments and all(s["target"] == s["source"] for s in segments)
        assert all(s["origin"] == "copy" for s in segments)
        assert any(f["check"] == RULE for f in data["findings"])
        body = " ".join(b["target"] for b in data["blocks"])
        for verbatim in ("1,234.5", "3.5", "https://example.org/results?id=42&page=2",
                         "2001:db8::ff00:42:8329", "+1 (555) 010-0199", "$1,234.56", "12:30"):
            assert verbatim in body, verbatim  # not localized to 1.234,5 or 12h30
    written = (out / f"figures.pt-BR.{ {'xliff': 'xlf'}.get(fmt, fmt)}").read_text("utf-8")
    assert "2001:db8::ff00:42:8329" in written or fmt == "html"


@pytest.mark.usefixtures("fake_engine")
def test_jsonl_record_with_nothing_to_translate_passes_through() -> None:
    record = {"id": "n1", "text": "+351 21 123 4567\n\nhttps://example.org/x 10.1.2.3"}
    outcome = invoke("run", "--jsonl", "-", "--to", "pt-BR", "--engine", "fake",
                     input=json.dumps(record) + "\n")
    (result,) = [json.loads(line) for line in outcome.stdout.splitlines()]
    edition = result["editions"][0]
    assert edition["source_language"] == "und"
    assert edition["blocks"][1]["target"] == "https://example.org/x 10.1.2.3"


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("text", ["Hello", "Call +1 555 0100 now", "See https://example.org"])
def test_text_with_words_is_still_not_passed_through(tmp_path: Path, text: str) -> None:
    source = tmp_path / "words.txt"
    source.write_text(text, encoding="utf-8")
    outcome = invoke("run", source, "--to", "pt-BR", "--engine", "fake", "--out", tmp_path / "o")
    if outcome.code:
        outcome.refused(3, "cannot tell the article's language")
    else:  # detected as English after all: translated, not copied
        data = json.loads((tmp_path / "o" / "words.pt-BR.json").read_text(encoding="utf-8"))
        assert data["source_language"] != "und"


_ATOMS = st.one_of(
    st.from_regex(r"\+?\d{1,3}[ -]?\(?\d{2,4}\)?[ -]?\d{3,4}-?\d{3,4}", fullmatch=True),
    st.ip_addresses().map(str),
    st.from_regex(r"https?://[a-z]{1,10}\.(org|com|pt)/[a-z0-9/?=&]{0,20}", fullmatch=True),
    st.from_regex(r"[0-9]{1,6}([.,][0-9]{1,3})?%?", fullmatch=True),
    st.emails(),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ATOMS, min_size=1, max_size=8))
def test_any_mix_of_untranslatable_tokens_is_nothing_to_translate(atoms: list[str]) -> None:
    assume(any(ch.isalnum() for atom in atoms for ch in atom))  # "::" alone is no text at all
    assert nothing_to_translate([" ".join(atoms)])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ATOMS, max_size=5), st.from_regex(r"[A-Za-z]{3,12}", fullmatch=True))
def test_one_real_word_makes_it_translatable(atoms: list[str], word: str) -> None:
    assert not nothing_to_translate([" ".join([*atoms, word])])


@pytest.mark.usefixtures("fake_engine")
def test_a_sentence_of_links_only_is_copied_not_translated(
    tmp_path: Path, fake_engine: object
) -> None:
    """A run of links inside an article with words (a sources list, a contact line) never
    reaches the engine: the embedded engine gave a paragraph of 25 links back reordered, cut
    and misspelt (held, exit 9, after 25 s), while a copy is exact. Numbers-only sentences
    still go to the engine, so that localize writes them the target's way."""
    source = tmp_path / "sources.md"
    links = " ".join(f"https://example.org/story/{i}" for i in range(25))
    source.write_text(
        "# Sources\n\nThe ministry said 1,200 people attended the meeting.\n\n"
        f"{links}\n\nContact: desk@example.org, www.example.com\n\n12,345 67.5%\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    outcome = invoke("run", source, "--to", "pt-BR", "--engine", "fake", "--out", out)
    assert outcome.code == 0, outcome.stderr
    data = json.loads((out / "sources.pt-BR.json").read_text(encoding="utf-8"))
    segments = {s["source"]: s for b in data["blocks"] for s in b["segments"]}
    assert segments[links]["origin"] == "copy" and segments[links]["target"] == links
    assert segments["Contact: desk@example.org, www.example.com"]["origin"] == "mt"  # a word
    assert segments["12,345 67.5%"]["origin"] == "mt"
    sent = [s for call in fake_engine.calls for s in call[2]]  # type: ignore[attr-defined]
    assert not any("example.org/story" in s for s in sent)
    copied = segments[links]["id"]
    assert not [f for f in data["findings"] if f.get("segment") == copied]  # no "no engine" note


@pytest.mark.parametrize(("text", "want"), [
    ("https://example.org/a, https://example.org/b; www.example.com", True),
    ("desk@example.org", True),
    ("17. Node.js", True),
    ("https://example.org/a (PDF)", False),
    ("12,345 and 67.5%", False),
    ("+1 555-0100, 10.0.0.1", False),
    ("", False),
])
def test_only_addresses(text: str, want: bool) -> None:
    from translate.passthrough import only_addresses

    assert only_addresses(text) is want
