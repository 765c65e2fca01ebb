"""Scholarly and catalogue identifiers (DOI, arXiv, ISBN, ISSN, PMID, PMCID) are copied as
written, like a URL (untrans43): the localize stage wrote a DOI's prefix with a decimal comma
("DOI: 10.1038/s41526-021-00163-7" -> "10,1038/...", probe43: 10 segments of a NASA reference
list, both locales, no finding). They are masked before the engine, never localized, and a target
that changed one is held by the verbatim check. A decimal ("10.5"), a date ("2021-12"), a year
range and a number with a wrong check digit stay ordinary numbers.

The identifiers below are public ones (Harris et al., Nature 2020; the ISBN and ISSN examples of
the ISBN and ISSN agencies' own pages) or made up with the published check-digit rules.
"""

from __future__ import annotations

import pytest

from translate.check import CheckContext, check_verbatim
from translate.identifiers import check_digit_ok, identifier_spans
from translate.locales import get_profile
from translate.localize.stage import localize_segments
from translate.model import Segment, TranslatedSegment
from translate.untranslatable import address_spans

CTX = CheckContext(source_lang="en", target_lang="pt", locale="pt-BR")


def _seg(source: str, target: str) -> TranslatedSegment:
    return TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), "en"), target,
                             origin="mt")


def _localized(source: str, target: str, locale: str) -> str:
    seg = _seg(source, target)
    localize_segments([seg], get_profile(locale), "en")
    return seg.target


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize("target", [
    "Harris CR et al. Nature 585, 357–362 (2020). DOI: 10.1038/s41586-020-2649-2",
    "Ver DOI 10.1016/S0140-6736(20)30183-5 e arXiv 2101.12345v2.",
    "Revista (ISSN 0317-8471), livro ISBN 978-0-306-40615-7.",
])
def test_an_identifier_is_never_localized(locale: str, target: str) -> None:
    assert _localized(target, target, locale) == target


@pytest.mark.parametrize(("locale", "want"), [
    ("pt-BR", "Subiu 10,5 por cento em 2021-12; DOI: 10.1038/s41586-020-2649-2"),
    ("pt-PT", "Subiu 10,5 por cento em 2021-12; DOI: 10.1038/s41586-020-2649-2"),
])
def test_a_decimal_beside_an_identifier_is_still_localized(locale: str, want: str) -> None:
    source = "It rose 10.5 percent in 2021-12; DOI: 10.1038/s41586-020-2649-2"
    target = "Subiu 10.5 por cento em 2021-12; DOI: 10.1038/s41586-020-2649-2"
    assert _localized(source, target, locale) == want


@pytest.mark.parametrize(("text", "found"), [
    ("DOI: 10.1038/s41586-020-2649-2.", ["10.1038/s41586-020-2649-2"]),
    ("(doi:10.1000/182).", ["doi:10.1000/182"]),
    ("see 10.1016/S0140-6736(20)30183-5, then", ["10.1016/S0140-6736(20)30183-5"]),
    ("preprint arXiv:2101.12345v2; old arXiv:hep-th/9901001.",
     ["arXiv:2101.12345v2", "arXiv:hep-th/9901001"]),
    ("ISBN 0-306-40615-2 and ISBN-13: 978-0-306-40615-7", ["0-306-40615-2", "978-0-306-40615-7"]),
    ("the book 978-0-306-40615-7 sold", ["978-0-306-40615-7"]),
    ("ISSN 0317-8471, eISSN: 2434-561X", ["0317-8471", "2434-561X"]),
    ("PMID: 31978945; PMCID: PMC7092803.", ["31978945", "PMC7092803"]),
    # a label glued after the DOI's full stop ends it (probe43's reference list); a full stop
    # inside a suffix does not
    ("DOI: 10.1038/s41526-021-00163-7.PMID: 34471121.",
     ["10.1038/s41526-021-00163-7", "34471121"]),
    ("DOI: 10.3389/fpls.2021.691790.", ["10.3389/fpls.2021.691790"]),
    # controls: no identifier
    ("It rose 10.5% in 2021-12, from 1990-2000.", []),
    ("ISBN 978-0-306-40615-8 (a wrong check digit), ISSN 0317-8472", []),
    ("call 978-555-0100 or 0-306-40615-2 unlabelled", []),
    ("version 10.1 of 10.12 and 10.1234 items", []),
])
def test_identifier_spans(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e, _ in identifier_spans(text)] == found


@pytest.mark.parametrize(("number", "check", "ok"), [
    ("0-8044-2957-X", "isbn", True), ("0-8044-2957-5", "isbn", False),
    ("9780306406157", "isbn", True), ("978030640615X", "isbn", False),
    ("2434-561X", "issn", True), ("2434-5610", "issn", False),
])
def test_check_digits(number: str, check: str, ok: bool) -> None:
    assert check_digit_ok(number, check) is ok


def test_an_identifier_is_masked_like_an_address() -> None:
    text = "Read 10.1038/s41586-020-2649-2 at https://doi.org/10.1038/s41586-020-2649-2 now."
    spans = [(text[s:e], kind) for s, e, kind in address_spans(text)]
    assert spans == [("10.1038/s41586-020-2649-2", "address"),
                     ("https://doi.org/10.1038/s41586-020-2649-2", "address")]


@pytest.mark.parametrize(("source", "target", "held"), [
    ("DOI: 10.1038/s41526-021-00163-7", "DOI: 10,1038/s41526-021-00163-7",
     ["10.1038/s41526-021-00163-7"]),
    ("ISBN 978-0-306-40615-7.", "ISBN 978-0-306-40616-7.", ["978-0-306-40615-7"]),
    ("PMID: 31978945.", "PMID: 31.978.945.", ["31978945"]),
    ("DOI: 10.1038/s41526-021-00163-7", "DOI: 10.1038/s41526-021-00163-7", []),
    ("It rose 10.5 percent in 2021-12.", "Subiu 10,5 por cento em 2021-12.", []),
])
def test_the_gate_holds_a_changed_identifier(source: str, target: str, held: list[str]) -> None:
    assert [f.data["token"] for f in check_verbatim(_seg(source, target), CTX)] == held
