"""False findings found by running the real-world corpus's English feeds through ``translate
feed`` (twenty-fifth pass, docs/evaluation/probes.md): each case pairs the right output, which
must raise no such finding, with a wrong one, which must still be caught."""

from __future__ import annotations

from translate.check import check_pair


def _numbers(source: str, target: str) -> list[str]:
    result = check_pair(source, target, "en", "pt-BR", localize=False)
    return [f.message for f in result.findings if f.check == "numbers"]


def test_a_quoted_title_kept_as_written_has_no_tense_of_the_sentence() -> None:
    # feedjira-HuffPostCanada: a song's title, kept in English, read as a future made a past
    source = ('When I was a kid, the jukebox in Attawapiskat had a Tom Petty song: "Won\'t Back '
              'Down." Any chance I got, I put my money in the jukebox.')
    right = ("Quando eu era criança, a jukebox em Attawapiskat tinha uma música de Tom Petty: "
             "\u201cWon't Back Down\u201d. Toda chance que eu tinha, eu punha meu dinheiro "
             "na jukebox.")
    assert _numbers(source, right) == []
    # the same words outside a quotation are the sentence's own: a future made a past
    said = "Tom Petty won't back down. Any chance I got, I listened."
    assert any("a future made a past" in m for m in _numbers(
        said, "Tom Petty não recuou. Toda chance que eu tinha, eu escutei."))
    # a quotation the target translated is read as before
    assert any("a future made a past" in m for m in _numbers(
        'She said: "We will win the vote."', "Ela disse: \u201cNós ganhamos o voto\u201d, e foi."))


def test_both_starts_a_pair_not_an_item_of_a_list() -> None:
    # npr-technology: "both X and Y" after a comma is two things, not a list of three
    source = ("The group is demanding better representation, both on-screen and in management.")
    right = ("O grupo está exigindo uma melhor representação, tanto na tela quanto na gestão.")
    assert _numbers(source, right) == []
    # a list of three is still read, and an item lost still caught
    assert any("an item of the list was lost" in m for m in _numbers(
        "They bought paper, pencils and erasers.", "Eles compraram papel e borrachas."))


def _negation(source: str, target: str) -> list[str]:
    result = check_pair(source, target, "en", "pt-BR", localize=False)
    return [f.message for f in result.findings if f.check == "negation"]


def test_whether_or_not_negates_no_clause_of_its_own() -> None:
    # feedjira-TechCrunch: "whether or not" is "se"; the one negated clause kept its "não"
    source = ("There is a debate as to whether or not Monster products perform better (I don't "
              "think they do), but enough people are fans.")
    right = ("Há um debate sobre se os produtos Monster têm um desempenho melhor (eu não acho "
             "que tenham), mas pessoas suficientes são fãs.")
    assert _negation(source, right) == []
    # two negated clauses, one lost, is still caught
    assert _negation("He did not come, and she did not call.",
                     "Ele não veio, e ela ligou.") == [
        "the source negates 2 clauses and the target fewer: a negation may be lost"]

