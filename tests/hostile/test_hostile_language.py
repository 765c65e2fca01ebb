"""Articles in languages no installed engine serves get a clean unsupported-pair error; ordinary
words of a non-English source are not taken for names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile.helpers import invoke, tree

ARTICLES = {
    "hy": "Հայաստանի վարչապետ Նիկոլ Փաշինյանը երկուշաբթի օրը հանդիպեց Ադրբեջանի նախագահի "
    "հետ։ Կողմերը քննարկեցին խաղաղության պայմանագիրը։",
    "ka": "საქართველოს პრემიერ-მინისტრი ორშაბათს შეხვდა აზერბაიჯანის პრეზიდენტს. მხარეებმა "
    "განიხილეს სამშვიდობო შეთანხმება.",
    "az": "Azərbaycan Respublikasının Prezidenti İlham Əliyev bazar ertəsi günü Ermənistanın baş "
    "naziri ilə görüşüb. Tərəflər sülh müqaviləsini müzakirə ediblər.",
    "ru": "Президент Армении встретился в понедельник с премьер-министром Азербайджана. Стороны "
    "обсудили мирный договор и вопросы границы.",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
@pytest.mark.parametrize("to", ["pt-BR", "en"])
def test_unserved_language_is_a_clean_unsupported_pair(tmp_path: Path, lang: str, to: str) -> None:
    path = tmp_path / f"{lang}.txt"
    path.write_text(ARTICLES[lang], encoding="utf-8")
    out = tmp_path / "out"
    invoke("run", path, "--to", to, "--out", out).refused(4, f"no engine translates {lang} ->")
    assert tree(out) == []


def test_article_already_in_the_target_language(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("The minister met the president on Monday in Lisbon.\n", encoding="utf-8")
    invoke("run", path, "--to", "en-US", "--out", tmp_path / "out").refused(4, "already in")


@pytest.mark.parametrize(
    ("text", "lang", "surfaces"),
    [
        # "reunião" (meeting) is the CLDR Portuguese name of Réunion, written capitalised
        ("A reunião terminou. O governo anunciou uma reunião com a Geórgia.", "pt", ["Geórgia"]),
        ("La reunión con Turquía terminó sin acuerdo en la capital.", "es", ["Turquía"]),
        ("Talks in baku ended on Monday.", "en", ["baku"]),  # English keeps lower-case names
    ],
    ids=["pt-reuniao", "es-reunion", "en-lowercase-name"],
)
def test_lowercase_common_words_are_not_names(
    tmp_path: Path, text: str, lang: str, surfaces: list[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    outcome = invoke("check", path, "--from", lang, "--json")
    assert outcome.code == 0, outcome.stderr
    assert [m["surface"] for m in json.loads(outcome.stdout)["mentions"]] == surfaces
