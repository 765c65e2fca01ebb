"""Input the reader used to lose or misread without a word: text nested deeper than libxml2's
depth limit (256 levels), and numbers split by invisible characters ("$1\u200b500")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile.helpers import invoke, tree

from translate.read import SPLIT_NUMBER_RULE, TOO_DEEP_RULE, join_split_numbers, parse_article

BODY = (
    "<p>The city council voted on Tuesday to approve the new budget for schools and roads.</p>"
    "<p>Officials said the plan would cost more than expected next year, and work starts soon.</p>"
)


def _nested(depth: int, text: str, tag: str = "div") -> str:
    return f"<{tag}>" * depth + text + f"</{tag}>" * depth


@pytest.mark.parametrize("tag", ["div", "span", "b"])
@pytest.mark.usefixtures("fake_engine")
def test_a_page_only_of_too_deep_text_is_a_clear_error(tmp_path: Path, tag: str) -> None:
    path = tmp_path / "deep.html"
    deep = _nested(300, "<p>Deeply nested article text about the council budget vote.</p>", tag)
    path.write_text(f"<html><body>{deep}</body></html>", encoding="utf-8")
    out = tmp_path / "out"
    outcome = invoke("run", path, "--to", "pt-BR", "--engine", "fake", "--out", out)
    outcome.refused(3, "deeper than the HTML parser's limit")
    assert "no article text found" not in outcome.stderr
    assert tree(out) == []


@pytest.mark.usefixtures("fake_engine")
def test_a_page_partly_too_deep_is_translated_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "part.html"
    deep = _nested(300, "<p>A hidden paragraph about the mayor and the deputy mayor.</p>")
    path.write_text(f"<html><body><article>{BODY}{deep}</article></body></html>", "utf-8")
    out = tmp_path / "out"
    outcome = invoke("run", path, "--to", "pt-BR", "--engine", "fake", "--out", out, "--json")
    assert outcome.code == 0, outcome.stderr
    data = json.loads((out / "part.pt-BR.json").read_text(encoding="utf-8"))
    warnings = [f for f in data["findings"] if f["check"] == "input"]
    assert len(warnings) == 1 and warnings[0]["severity"] == "warning"
    assert "256 levels" in warnings[0]["message"]
    assert TOO_DEEP_RULE in [d["rule"] for d in data["dropped"]]


def test_a_page_nested_below_the_limit_reads_as_before() -> None:
    html = f"<html><body><article>{BODY}{_nested(200, '<p>Deep but readable text.</p>')}"
    article = parse_article(html + "</article></body></html>", fmt="html")
    assert TOO_DEEP_RULE not in [d.rule for d in article.dropped]
    assert any("Deep but readable" in b.text for b in article.blocks)


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("$1\u200b500", "$1500"),
        ("2\u200b024", "2024"),
        ("in 2\u2060024 and 1\ufeff000", "in 2024 and 1000"),
        ("RM4\u00ad.5 and 3\u00ad5", "RM4\u00ad.5 and 35"),  # only between two digits
        ("1\u200b\u200b2", "12"),
        ("٣\u200b٤", "٣٤"),  # Arabic-Indic digits too
        ("1,5\u200d00 and 3\u200c4", "1,500 and 34"),  # ZWJ/ZWNJ spell no number (pass 8)
    ],
)
def test_invisible_characters_between_digits_are_removed(text: str, cleaned: str) -> None:
    assert join_split_numbers(text)[0] == cleaned


@pytest.mark.parametrize(
    "text",
    [
        "می\u200cخواهم 12 کتاب",  # ZWNJ spells Persian words
        "क्\u200dष 1 \u200d2",  # ZWJ spells Indic conjuncts; kept unless between two digits
        "👨\u200d👩\u200d👧 3",
        "co\u00adoperation, zero\u200bwidth",  # soft hyphen and ZWSP inside words stay
    ],
)
def test_joiners_and_invisible_characters_in_words_are_kept(text: str) -> None:
    assert join_split_numbers(text) == (text, [])


def test_html_character_references_between_digits_are_removed() -> None:
    html = "<p>It cost $1&#8203;500 in 2&#x200B;024 and 3&shy;4, the co&shy;operative said.</p>"
    assert join_split_numbers(html, html=True)[0] == (
        "<p>It cost $1500 in 2024 and 34, the co&shy;operative said.</p>"
    )


@pytest.mark.usefixtures("fake_engine")
def test_split_numbers_are_joined_on_input_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "zw.txt"
    path.write_text(
        "The city will spend $1\u200b500 on roads in 2\u200b024, officials said on Tuesday.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    outcome = invoke("run", path, "--to", "pt-BR", "--engine", "fake", "--out", out, "--from", "en")
    assert outcome.code == 0, outcome.stderr
    data = json.loads((out / "zw.pt-BR.json").read_text(encoding="utf-8"))
    source = data["blocks"][0]["segments"][0]["source"]
    assert "1500" in source and "2024" in source and "\u200b" not in source
    rules = {d["rule"]: d for d in data["dropped"]}
    assert SPLIT_NUMBER_RULE in rules and "1\\u200b500" in rules[SPLIT_NUMBER_RULE]["text"]
    # The summary names it as a change on input, not as boilerplate.
    notes = outcome.stdout.split("changed on input (1):", 1)
    assert len(notes) == 2 and SPLIT_NUMBER_RULE in notes[1], outcome.stdout
    assert "dropped as boilerplate" not in outcome.stdout


def test_joining_is_linear_on_a_long_run() -> None:
    text = "1\u200b" * 200_000 + "1"
    joined, found = join_split_numbers(text)
    assert joined == "1" * 200_001 and len(found) == 200_000


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_invisible_characters_inside_words_are_removed(fmt: str) -> None:
    """Soft hyphens, zero-width spaces and word joiners inside words of text and Markdown
    reached the engine ("The min\u200bister said" became "O mineiro disse", "me\u00adeting"
    "me'eting") and split the names the glossary looks for. In Persian, ZWNJ spells the word and
    in Thai a zero-width space is the space between two words: those stay."""
    from translate.read import SPLIT_WORD_RULE

    text = ("The min\u200bister met Vladi\u00admir Putin and Netan&shy;yahu in Ber\u200dlin"
            " to dis\u2060cuss the deal. \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
            " \u0e01\u0e34\u0e19\u200b\u0e02\u0e49\u0e32\u0e27")
    if fmt == "html":
        text = (f"<html><body><article><h1>Talks</h1><p>{text}</p><p>The talks went on for three"
                " days in the capital and ended without a joint statement from either side.</p>"
                "</article></body></html>")
    article = parse_article(text, fmt=fmt)
    body = " ".join(b.text for b in article.blocks)
    assert "The minister met Vladimir Putin" in body and "to discuss the deal" in body
    assert "Berlin" in body
    assert ("Netanyahu" in body) == (fmt == "html")  # a character reference only means it there
    if fmt != "html":  # (trafilatura's own cleaning of a page removes them anyway)
        assert "\u06cc\u200c\u062e" in body and "\u0e19\u200b\u0e02" in body
    (note,) = [d for d in article.dropped if d.rule == SPLIT_WORD_RULE]
    assert "min\\u200bister" in note.text and "Vladi\\xadmir" in note.text
