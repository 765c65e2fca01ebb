"""The fifteenth round of issue 14 (rules from the spent sets m, n and o and the brief's named
classes; never from held-out set p). Sentences here are new, written for the rules' classes."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.glossary.normalize import sound_key, syllabic_key
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _found(glossary: Glossary, text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


def test_sound_keys_of_katakana_and_hangul_meet_the_latin_name() -> None:
    assert syllabic_key("トランプ") == sound_key("Trump", "ja") == "trmp"
    assert syllabic_key("트럼프") == sound_key("Trump", "ko") == "trmp"
    assert syllabic_key("ゼレンスキー") == sound_key("Zelensky", "ja")
    assert syllabic_key("젤렌스키") == sound_key("Zelensky", "ko")
    assert syllabic_key("Trump") is None and syllabic_key("Трамп") is None


@pytest.mark.parametrize(("text", "surface", "entry"), [
    ("A caption in Tokyo spelt the name ゼレンスキー.", "ゼレンスキー", "volodymyr-zelensky"),
    ("The Seoul paper's headline read 트럼프 in bold.", "트럼프", "donald-trump"),
    ("Seoul's front pages led with 젤렌스키 on Friday.", "젤렌스키", "volodymyr-zelensky"),
    # a Hangul particle glued to the name
    ("The headline said 트럼프는 would visit.", "트럼프는", "donald-trump"),
    # a katakana name of two words parted by a middle dot
    ("The banner read ドナルド・トランプ in red.", "ドナルド・トランプ", "donald-trump"),
])
def test_a_foreign_name_in_katakana_or_hangul_inside_other_text_is_found(
        builtin: Glossary, text: str, surface: str, entry: str) -> None:
    assert (surface, entry) in _found(builtin, text)


@pytest.mark.parametrize(("text", "lang"), [
    # loanwords and native words in the script's own language sound like no one
    ("コンピューターとインターネットの歴史を学ぶ。", "ja"),
    ("ヒューストン、問題が発生した。", "ja"),
    ("그런데 사생활 침해라는 지적이 나왔다.", "ko"),
    ("류화영은 자신의 입장을 밝혔다.", "ko"),
])
def test_sound_keys_are_not_read_in_the_scripts_own_language(
        builtin: Glossary, text: str, lang: str) -> None:
    assert _found(builtin, text, lang) == []


@pytest.mark.parametrize(("text", "surface", "entry"), [
    ("Supporters chanted 이재명 outside the court.", "이재명", "lee-jae-myung"),
    ("The sign at the border read Київ.", "Київ", "kyiv"),
    ("Officials in 北京 declined to comment.", "北京", "beijing"),
])
def test_a_listed_form_in_another_script_is_found_in_any_language(
        builtin: Glossary, text: str, surface: str, entry: str) -> None:
    assert (surface, entry) in _found(builtin, text)


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("O prefeito de Ponte de Lima inaugurou a ponte nova.", "pt", "Lima"),
    ("Moradores de Mocímboa da Praia voltaram para casa.", "pt", "Praia"),
    ("He grew up in New London and moved away at 18.", "en", "London"),
    ("A bus from Jersey City was delayed.", "en", "Jersey"),
])
def test_a_place_inside_a_town_name_of_the_texts_own_countries_is_no_mention(
        builtin: Glossary, text: str, lang: str, word: str) -> None:
    assert not [s for s, _ in _found(builtin, text, lang) if word in s]


@pytest.mark.parametrize(("text", "lang", "surface", "entry"), [
    ("O ministro viajou a Lima e depois a Lisboa.", "pt", "Lima", "lima"),
    ("The envoy flew from London to Lima.", "en", "London", "london"),
])
def test_the_place_itself_is_still_found(
        builtin: Glossary, text: str, lang: str, surface: str, entry: str) -> None:
    assert (surface, entry) in _found(builtin, text, lang)


def test_a_sound_match_is_flagged_never_rewritten(builtin: Glossary) -> None:
    source = "The banner read ゼレンスキー in large letters."
    output = "A faixa dizia ゼレンスキー em letras grandes."
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), "en")
    result = restore_segments(protect_segments([seg], builtin, "pt-BR", "en"), [output])
    assert result.targets[0] == output
