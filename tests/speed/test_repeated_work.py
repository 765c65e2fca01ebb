"""speed17: per-sentence work the checks and stages repeated, now done once or by a shortcut.
Each shortcut must give what the general code gives (same findings, same counts)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest

from translate import facts, passthrough
from translate.check import _letters
from translate.glossary.normalize import syllabic_script, tokenize
from translate.localize.stage import readings_shared
from translate.model import Segment, TranslatedSegment

WORDS = ["Rússia", "Russia", "ÉCOLE", "straße", "Ǆemal", "İstanbul", "ﬁnal", "Kaine",
         "naïve", "Ørsted", "ŁÓDŹ", "São", "K\u0301", "A\u030a", "ﬀ", "ß"]  # fmt: skip


def _general_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold())
                   if not unicodedata.combining(c))  # fmt: skip


@pytest.mark.parametrize("text", [*WORDS, "Hello World 42", "", "ÀBC-déf"])
def test_fold_shortcut_is_the_general_fold(text: str) -> None:
    assert facts._fold(text) == _general_fold(text)


def test_fold_ascii_shortcut_on_every_ascii_character() -> None:
    text = "".join(map(chr, range(128)))
    assert facts._fold(text) == _general_fold(text)


def test_letter_count_is_the_letters_regex() -> None:
    letter = re.compile(r"[^\W\d_]")
    texts = ["Ərazi 2020, ok!", "½ e ² são números", "a_b c1d", "", "日本語のテキスト", "e\u0301"]
    for text in texts:
        assert _letters(text) == len(letter.findall(text))
    # every character counts the same way as the regex counts it
    for cp in range(0, 0x3400, 7):
        assert _letters(chr(cp)) == len(letter.findall(chr(cp)))


def test_syllabic_script_shortcut_below_hangul() -> None:
    def general(text: str) -> str | None:
        first = next((c for c in text if c.isalpha()), "")
        name = unicodedata.name(first, "") if first else ""
        return next((lang for prefix, lang in (("KATAKANA", "ja"), ("HANGUL", "ko"))
                     if name.startswith(prefix)), None)  # fmt: skip

    for cp in [*range(0, 0x1200), *range(0x3040, 0x3100), 0xAC00, 0xFF71, 0x3131]:
        assert syllabic_script(chr(cp)) == general(chr(cp)), hex(cp)
    assert syllabic_script("プーチン") == "ja"
    assert syllabic_script("서울") == "ko"


def test_token_capitals_read_once_and_the_same() -> None:
    tokens = tokenize("Vladimir Putin met الرئيس and თბილისი officials")
    first = [t.capitalized for t in tokens]
    assert first == [t.capitalized for t in tokens]
    assert first == [t.text[:1].isupper() or ("\u0590" <= t.text[:1] <= "\u06ff")
                     or "\u10d0" <= t.text[:1] <= "\u10ff" for t in tokens]
    assert first[:2] == [True, True] and True in first[3:] and False in first


def test_an_address_without_dot_colon_or_at_is_no_address() -> None:
    # the shortcut in _untranslatable: no pattern of _address matches a token without them
    for token in ["word", "https", "localhost", "abc-def", "123", "(PDF)", "wwwexample"]:
        assert not passthrough._address(token)
    assert passthrough.only_addresses("https://example.org/a, www.example.com")
    assert not passthrough.only_addresses("Read https://example.org/a now")


def _seg(source: str, target: str) -> TranslatedSegment:
    seg = Segment(id="b0.s0", block=0, index=0, source=source, start=0, end=len(source),
                  lang="en")
    return TranslatedSegment(segment=seg, target=target, origin="mt")


class _Ctx:
    source_lang, target_lang, locale = "en", "pt", "pt-BR"


def test_name_checks_read_each_text_once_in_a_shared_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seg = _seg("Senator Tim Kaine met Andrew Chen in Moscow on Monday.",
               "O senador Tim Koine encontrou-se em Moscou na segunda-feira.")  # fmt: skip
    alone = [facts.check_name_spelling(seg, _Ctx()), facts.check_name_lost(seg, _Ctx()),
             facts.check_name_order(seg, _Ctx())]  # fmt: skip
    assert alone[0] and alone[0][0].data == {"kind": "name-spelling"}
    calls: dict[str, int] = {}
    name_token = facts._NAME_TOKEN

    class Counting:
        def finditer(self, text: str) -> Any:
            calls[text] = calls.get(text, 0) + 1
            return name_token.finditer(text)

    monkeypatch.setattr(facts, "_NAME_TOKEN", Counting())
    with readings_shared():
        shared = [facts.check_name_spelling(seg, _Ctx()), facts.check_name_lost(seg, _Ctx()),
                  facts.check_name_order(seg, _Ctx())]  # fmt: skip
        assert facts._folded_words(seg.target) is facts._folded_words(seg.target)
    assert [[f.to_dict() for f in x] for x in shared] == [[f.to_dict() for f in x] for x in alone]
    # the source's and the target's name runs: each run read once, not once per check
    assert calls and max(calls.values()) == 1
