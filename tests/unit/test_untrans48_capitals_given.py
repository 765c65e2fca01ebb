"""untrans48: in a line in capitals, a given name that is also a common word ("JOHN", "BILL",
"MARK") between a rank or title and a name is capitalised ("Pope John Paul II", "President Bill
Clinton"), not lowered ("Pope john Paul II" came back "PAPA JOHN PAULO II"; "President bill
Clinton" came back "PRESIDENTE PROJETO DE LEI CLINTON")."""

from __future__ import annotations

import pytest

from translate.capitals import Places, given_names, places, sentence_case, sentence_cased


def _cased(line: str) -> str:
    body = "The visit lasted twelve days."
    return sentence_cased([line, body], [line, body], [0], "en")[0][0]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("POPE JOHN PAUL II VISITS BRAZIL", "Pope John Paul II visits Brazil"),
        ("VISIT BY POPE JOHN PAUL II ENDS", "Visit by pope John Paul II ends"),
        ("PRESIDENT BILL CLINTON SIGNS EMBARGO", "President Bill Clinton signs embargo"),
        ("SENATOR BILL CASSIDY WILL VOTE NO", "Senator Bill Cassidy will vote no"),
        ("SECRETARY GENERAL MARK RUTTE MEETS PUTIN", "Secretary general Mark Rutte meets Putin"),
    ],
)
def testgiven_names_after_a_rank(line: str, expected: str) -> None:
    assert _cased(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # no rank before the word: "will" stays a verb
        ("HOW WILL BIDEN RESPOND TO THE BILL", "How will Biden respond to the bill"),
        # a rank, but no name after the word
        ("THE PRESIDENT WILL MEET PUTIN", "The president will meet Putin"),
        ("THE GOVERNOR MAY VETO IT", "The governor may veto it"),
        ("DIRECTOR MARK ROSE SAID SO", "Director mark rose said so"),
        # a comma between
        ("THE POPE, JOHN PAUL SAID", "The pope, john Paul said"),
        # three such words: not a given name run the rule reads
        ("THE POPE WILL MAY BILL CLINTON", "The pope will may bill Clinton"),
    ],
)
def test_notgiven_names(line: str, expected: str) -> None:
    assert _cased(line) == expected


def test_ranks_are_data() -> None:
    ranks = places("en").ranks
    assert {"pope", "president", "senator", "mr"} <= ranks
    assert places("xx").ranks == frozenset()


def test_without_ranks_or_proper_nothing_changes() -> None:
    plain = {"pope", "john"}.__contains__
    ev_line = "POPE JOHN PAUL"
    from translate.capitals import evidence

    ev = evidence([], "en")
    assert sentence_case(ev_line, ev, plain) == "Pope john Paul"
    assert sentence_case(ev_line, ev, plain, Places(ranks=frozenset({"pope"}))) == "Pope john Paul"


def testgiven_names_linear() -> None:
    line = "POPE JOHN PAUL " * 20000 + "VISITS."
    out = _cased(line)
    assert out.count("John Paul") == 20000
    spans = [(k * 5, k * 5 + 4, "POPE") for k in range(20000)]
    text = "POPE " * 20000
    assert given_names(text, spans, set(), frozenset({"pope"}), bool, bool) == []


# --- the same rule in a headline in title case (translate.titlecase) ---

from translate.titlecase import sentence_cased as title_cased  # noqa: E402


def _titled(line: str) -> str:
    body = "The visit lasted twelve days."
    return title_cased([line, body], [line, body], [0], "en", "pt")[0][0]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pope John Paul II Visits Brazil", "Pope John Paul II visits Brazil"),
        ("President Bill Clinton Signs Embargo", "President Bill Clinton signs embargo"),
        ("Senator Mark Warner Says It Is Gone", "Senator Mark Warner says it is gone"),
        ("How Will Biden Respond To The Bill", "How will Biden respond to the bill"),
        ("The President Will Meet Putin", "The president will meet Putin"),
    ],
)
def test_title_case_given_names(line: str, expected: str) -> None:
    assert _titled(line) == expected


def test_title_case_given_names_linear() -> None:
    line = "Pope John Paul " * 20000 + "Visits"
    assert _titled(line).count("John Paul") == 20000
