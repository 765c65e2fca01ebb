"""fuzz53: what an edition holds, whatever the input; the invisible list's Unicode version.

``benchmarks/edition_invariants.py`` is the seeded fuzzer's content checker (a case that wrote
editions passes only when they are sound: no placeholder of ours left, no empty edition from an
article of words, every source link kept or named by a finding, the XLIFF and PO units the JSON
edition's segments, the signature and the review hashes what they claim, no control character).
These tests hold that it finds each of those when planted in a real edition, and finds nothing
in a sound one; then the classes the seed-49 run found (a JSON edition edited to hold a control
character in its signature was written by ``review apply`` into its HTML edition); then
``translate.invisible``'s comparison with Unicode data of another version.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hostile.helpers import invoke, tree

from translate.invisible import INVISIBLE, UNICODE_VERSION, unicode_differences

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import edition_invariants as ei

ARTICLE = (
    "# Budget vote in Lisbon\n\n"
    "The city council approved a budget of **1.2 million euros** on Friday, "
    "[not the 2 million](https://example.org/a) asked.\n\n"
    "About 40% of the 1,500 residents voted, said Ana Silva.\n"
)


@pytest.fixture
def edition(fake_engine: object, tmp_path: Path) -> Path:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("run", article, "--to", "pt-BR", "--engine", "fake", "--no-cache", "--out",
                    out, "--format", "json,md,html,xliff,po", "-q")
    assert result.code in (0, 9), result.stderr
    return out


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _json(out: Path) -> tuple[Path, dict]:  # type: ignore[type-arg]
    path = out / "a.pt-BR.json"
    return path, json.loads(path.read_text(encoding="utf-8"))


def _kinds(out: Path) -> set[str]:
    return {p.split(":", 1)[0] for p in ei.check_folder(out)}


def test_a_sound_edition_has_no_problem(edition: Path) -> None:
    assert ei.check_folder(edition) == []


def test_a_placeholder_left_in_a_target(edition: Path) -> None:
    path, data = _json(edition)
    seg = data["blocks"][1]["segments"][0]
    seg["target"] = seg["target"] + " XNAME0X"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    _edit(edition / "a.pt-BR.md", "\n\n", "\n\nXNAME3X ")
    found = ei.check_folder(edition)
    assert any(p.startswith("sentinel: a.pt-BR.json") for p in found), found
    assert any(p.startswith("sentinel: a.pt-BR.md") for p in found), found


def test_a_placeholder_the_source_holds_is_no_problem(fake_engine: object, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Codes\n\nThe code XNAME0X was shown on the board.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("run", article, "--to", "pt-BR", "--engine", "fake", "--no-cache", "--out",
                    out, "--format", "json,md,html,xliff,po", "-q")
    assert result.code in (0, 9), result.stderr
    assert ei.check_folder(out) == []


def test_an_empty_edition_of_an_article_of_words(edition: Path) -> None:
    path, data = _json(edition)
    for block in data["blocks"]:
        for seg in block["segments"]:
            seg["target"] = ""
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert "empty" in _kinds(edition)


def test_a_link_lost_without_a_finding(edition: Path) -> None:
    path, data = _json(edition)
    block = data["blocks"][1]
    assert any(s["kind"] == "link" for s in block["source_inline"])
    block["inline"] = [s for s in block["inline"] if s["kind"] != "link"]
    # (the fake engine's words put the link after the sentence, on a warning: left out here)
    data["findings"] = [f for f in data["findings"] if "example.org" not in json.dumps(f)]
    for seg in block["segments"]:
        seg["findings"] = [f for f in seg["findings"] if "example.org" not in json.dumps(f)]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    found = ei.check_folder(edition)
    assert any(p.startswith("link: a.pt-BR.json") and "example.org/a" in p for p in found), found
    # named by a finding (the inline stage's warning quotes the URL): no problem
    data["findings"].append({"check": "inline", "severity": "warning",
                             "message": "link https://example.org/a lost"})
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert not any(p.startswith("link: a.pt-BR.json") for p in ei.check_folder(edition))


def test_the_html_edition_without_a_link_of_the_json(edition: Path) -> None:
    _edit(edition / "a.pt-BR.html", 'href="https://example.org/a"', 'href="https://example.org/b"')
    assert any(p.startswith("link: a.pt-BR.html") for p in ei.check_folder(edition))


def test_an_xliff_unit_missing_or_another_text(edition: Path) -> None:
    xlf = edition / "a.pt-BR.xlf"
    text = xlf.read_text(encoding="utf-8")
    last = text.rindex("<unit ")
    xlf.write_text(text[:last] + text[text.index("</unit>", last) + len("</unit>"):],
                   encoding="utf-8")
    found = ei.check_folder(edition)
    assert any(p.startswith("units: a.pt-BR.xlf") for p in found), found
    # the hashes it carries are no longer its segments'
    assert any(p.startswith("signature: a.pt-BR.xlf source-hash is not its") for p in found)


def test_a_po_message_missing(edition: Path) -> None:
    po = edition / "a.pt-BR.po"
    text = po.read_text(encoding="utf-8")
    first = text.index('msgctxt "b1.s0"')
    po.write_text(text[: text.rindex("#.", 0, first)] + text[text.index("\n\n", first) + 2:],
                  encoding="utf-8")
    assert any(p.startswith("units: a.pt-BR.po") for p in ei.check_folder(edition))


def test_a_signature_that_is_not_its_fields_or_not_the_same(edition: Path) -> None:
    path, data = _json(edition)
    data["signature"]["engine"] = "other"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    found = ei.check_folder(edition)
    assert any(p.startswith("signature: a.pt-BR.json") for p in found), found
    _edit(edition / "a.pt-BR.md", "signature: \"engine:", "signature: \"engine:x")
    assert any(p.startswith("signature: a.pt-BR.md") for p in ei.check_folder(edition))


def test_a_target_hash_that_is_not_the_targets(edition: Path) -> None:
    path, data = _json(edition)
    data["blocks"][1]["segments"][0]["target"] += " mais"
    data["blocks"][1]["target"] += " mais"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    found = ei.check_folder(edition)
    assert any(p.startswith("signature: a.pt-BR.po target-hash") for p in found), found
    assert any(p.startswith("units: a.pt-BR.xlf") for p in found), found


def test_a_control_character_or_a_lone_surrogate(edition: Path) -> None:
    path, data = _json(edition)
    data["blocks"][2]["segments"][0]["target"] += "\x7f"
    data["article"]["meta"] = {"x": "\ud800"}
    path.write_text(json.dumps(data), encoding="utf-8")
    found = ei.check_folder(edition)
    assert any("U+007F" in p for p in found) and any("U+D800" in p for p in found), found


def test_an_xliff_file_alone_is_checked_against_its_own_segments(edition: Path) -> None:
    for suffix in (".json", ".md", ".html", ".po"):
        (edition / f"a.pt-BR{suffix}").unlink()
    assert ei.check_folder(edition) == []
    _edit(edition / "a.pt-BR.xlf", "</target>", " mais</target>")
    assert any("target-hash is not its segments'" in p for p in ei.check_folder(edition))


def test_twenty_thousand_placeholders_in_a_target(edition: Path) -> None:
    path, data = _json(edition)
    data["blocks"][1]["segments"][0]["target"] = "XNAME1X " * 20_000
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert "sentinel" in _kinds(edition)


# ---- seed 49's class: a JSON edition edited to hold a control character ------------------------

@pytest.mark.parametrize("where", ["engine", "locale", "target", "source", "title"])
def test_review_apply_refuses_an_edition_holding_a_control_character(edition: Path,
                                                                       where: str) -> None:
    path, data = _json(edition)
    if where == "engine":
        data["signature"]["engine"] = "fa\x7fke"
    elif where == "locale":
        data["created"] = data["created"] + "\x85"
    elif where == "target":
        data["blocks"][1]["segments"][0]["target"] += "\x1b"
    elif where == "source":
        data["blocks"][1]["source"] += "\x08"
    else:
        data["article"]["title"] = "Budget\x9b vote"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = edition.parent / "applied"
    result = invoke("review", "apply", edition / "a.pt-BR.po", "--edition", path, "--out", out,
                    "--db", edition.parent / "t.db", "--format", "json,md,html,xliff,po")
    assert result.code == 7, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert re.search(r"control character U\+00(7F|85|1B|08|9B)", result.stderr), result.stderr
    assert tree(out) == []


def test_review_apply_of_a_sound_edition_still_writes(edition: Path) -> None:
    out = edition.parent / "applied"
    path, _ = _json(edition)
    result = invoke("review", "apply", edition / "a.pt-BR.po", "--edition", path, "--out", out,
                    "--db", edition.parent / "t.db", "--format", "json,md,html,xliff,po")
    assert result.code == 0, result.stderr
    assert ei.check_folder(out) == []


def test_twenty_thousand_control_characters_in_a_target_are_refused(edition: Path) -> None:
    path, data = _json(edition)
    data["blocks"][1]["segments"][0]["target"] = "a\x7f" * 20_000
    path.write_text(json.dumps(data), encoding="utf-8")
    out = edition.parent / "applied"
    result = invoke("review", "apply", edition / "a.pt-BR.po", "--edition", path, "--out", out,
                    "--db", edition.parent / "t.db", "--format", "json,md,html,xliff,po")
    assert result.code == 7, result.stderr
    assert "U+007F" in result.stderr
    assert tree(out) == []


def test_the_review_page_shows_control_characters_for_the_translator_to_find(
        edition: Path) -> None:
    """The review page is where a translator finds such a character: it is written, with each
    control shown as U+FFFD in the page and escaped in its JSON (fuzz48), not refused."""
    path, data = _json(edition)
    data["blocks"][1]["segments"][0]["target"] = "a\x7f" * 20_000
    path.write_text(json.dumps(data), encoding="utf-8")
    page = edition.parent / "p.review.html"
    result = invoke("review", "page", path, "-o", page)
    assert result.code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", html) is None
    assert html.count("\\u007f") >= 20_000  # escaped wherever the JSON holds the target


# ---- translate.invisible: frozen at UNICODE_VERSION ----------------------------------------------

def test_the_literal_is_frozen_at_its_unicode_version() -> None:
    assert UNICODE_VERSION == "14.0.0"
    assert unicode_differences(INVISIBLE, UNICODE_VERSION) == []


def test_later_data_may_add_characters_but_not_drop_one() -> None:
    later = "".join(sorted(INVISIBLE + "\U000e0002"))  # as if a later version assigned one
    assert unicode_differences(later, "15.1.0") == []
    assert unicode_differences(later, UNICODE_VERSION) == [
        "U+E0002 is in Unicode 14.0.0, not in the literal"]
    assert unicode_differences(INVISIBLE.replace("\u2060", ""), "16.0.0") == [
        "U+2060 is in the literal, not in Unicode 16.0.0"]


def test_earlier_data_may_lack_characters_but_not_add_one() -> None:
    assert unicode_differences(INVISIBLE.replace("\U0001bca0", ""), "13.0.0") == []
    assert unicode_differences(INVISIBLE + "\u00ad", "13.0.0") == [
        "U+00AD is in Unicode 13.0.0, not in the literal"]


# ---- seed 49's slow feed: one odd byte in a 62 MB feed ------------------------------------

def _old_words(text: str) -> list[str]:  # what _known_words_reading scored before fuzz53
    return [w for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()]


def test_non_ascii_words_are_the_old_walks_words() -> None:
    import random

    from translate.feeds.reader import _non_ascii_words

    rng = random.Random(53)
    alphabet = ("abcXYZ\u00e9\u00e7\u00e3\u00d1\u00df\u041a\u0438\u0394\u00b2\u00bd\u0663"
                "\u216b1_ .,-'\u0301\u200b")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert _non_ascii_words(text) == _old_words(text), text


def test_twenty_thousand_non_ascii_words_and_a_long_ascii_word() -> None:
    from translate.feeds.reader import _non_ascii_words

    assert len(_non_ascii_words("caf\u00e9 " * 20_000)) == 20_000
    assert _non_ascii_words("a" * 400_000 + "\u00e9 b") == ["a" * 400_000 + "\u00e9"]


def test_readings_of_the_odd_runs_found_once_are_the_same() -> None:
    from translate.feeds.reader import _odd_runs, _reading

    body = ("<item>Caf\u00e9 ".encode() + b"na\xefve r\xe9sum\xe9 " + "Київ".encode() + b" \xc9\xa7"
            + b"</item>") * 20_000  # fmt: skip
    runs = _odd_runs(body)
    for codec in ("cp1252", "latin-1", "koi8-u", "cp1251"):
        assert _reading(body, codec, True, runs) == _reading(body, codec, True)


# ---- the one definition: split numbers and URL schemes ------------------------------------

def test_a_number_split_by_any_invisible_character_is_joined_but_a_bidi_control() -> None:
    from translate.read import join_split_numbers

    assert join_split_numbers("1\u206a500, 2\U000e0041024, 3\u200b4")[0] == "1500, 2024, 34"
    assert join_split_numbers("1\u202e500 and 2\u200f3")[0] == "1\u202e500 and 2\u200f3"
    text = "1\u206a2 " * 20_000
    assert join_split_numbers(text)[0] == "12 " * 20_000


def test_a_scheme_hidden_by_any_invisible_character_is_seen() -> None:
    from translate.urls import safe_url, scheme_of

    for c in ("\U000e0041", "\u034f", "\u061c", "\U0001d173", "\u200b", "\u2065"):
        assert scheme_of(f"java{c}script:alert(1)") == "javascript", hex(ord(c))
        assert safe_url(f"java{c}script:alert(1)") is False
    assert scheme_of("https://example.org/caf\u00e9") == "https"
