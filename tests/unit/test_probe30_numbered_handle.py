"""A handle that ends in a number, its letters read as words by the engine (probe30; set m's
m004, Tweebank v2): "@USER726 is giving away 2 $250 ..." came back "US$726 está dando ...". The
masked sentence lost words, so the guard kept the bare engine's sentence, and the repair did
not know "US$726" for the handle: the edition was held with "'@USER726' is not in the target".
A word that ends in the handle's number (written nowhere else in the source) and begins with
its first letter is the handle, put back whole."""

from __future__ import annotations

from translate.untranslatable import repair

SOURCE = "@USER726 is giving away 2 $250 Grocery Gift Cards to Associated Foods."
BARE = "US$726 está dando 2 US$ 250 cartões de presente de mercearia para alimentos associados."


def test_numbered_handle_read_as_money_is_put_back() -> None:
    text, changes = repair(SOURCE, BARE)
    assert text.startswith("@USER726 está dando 2 US$ 250 cartões")
    assert {"from": "US$726", "to": "@USER726", "rule": "untranslatable"} in changes


def test_numbered_hashtag_read_as_words_is_put_back() -> None:
    text, _ = repair("Join us at #Tour2019 tonight", "Junte-se a nós no -Turnê2019 esta noite")
    assert text == "Junte-se a nós no #Tour2019 esta noite"


def test_number_the_source_also_writes_is_not_taken() -> None:
    # "726" is also the price: which "726" is the handle's is unknown
    assert repair("@USER726 paid $726 today", "US$726 pagou US$ 726 hoje")[0] == (
        "US$726 pagou US$ 726 hoje")


def test_other_first_letter_is_not_the_handle() -> None:
    assert repair("@USER726 is here", "R$726 está aqui")[0] == "R$726 está aqui"
