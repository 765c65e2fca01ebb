"""Titles of laws, programmes, plans and reports (untrans45): where the edition translated one,
a warning names the original (``translate.law_titles``). The engine's wording is kept: a
Portuguese newsroom writes the established Portuguese name, the original, or both, and the
pipeline cannot know whether a Portuguese name exists (probe44: "National Student Poets
Program" -> "Programa Nacional de Bolsas de Estudantes", the poets gone, no finding)."""

from __future__ import annotations

from typing import Any

import pytest

from translate.law_titles import law_title_spans, translated_title_findings


def _titles(text: str) -> list[str]:
    return [text[s:e] for s, e in law_title_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Congress passed the Inflation Reduction Act in August 2022.",
         ["Inflation Reduction Act"]),
        ("The National Student Poets Program honors five young writers each year.",
         ["National Student Poets Program"]),
        ("Finland topped the World Happiness Report for the seventh year.",
         ["World Happiness Report"]),
        ("The vaccines were developed under Operation Warp Speed last year.",
         ["Operation Warp Speed"]),
        ("Funds came from the Department of Education's Magnet Schools Assistance Program.",
         ["Magnet Schools Assistance Program"]),
        ("The money came through the American Rescue Plan (ARP) and other grants.",
         ["American Rescue Plan"]),
        ("Asteroids were found by the NASA-funded Catalina Sky Survey in Arizona.",
         ["Catalina Sky Survey"]),
        ("Papers obtained under the Access to Information Act show the costs.",
         ["Access to Information Act"]),
    ],
)
def test_titles_found(text: str, titles: list[str]) -> None:
    assert _titles(text) == titles


@pytest.mark.parametrize(
    "text",
    [
        # a headline in title case: its words are capitalized as a style
        "Plan Ahead For Winter Storms With The Emergency Plan",
        # a sentence's first word, a lower-case phrase, one capitalized word
        "Act now, the mayor said on Tuesday morning.",
        "The council said the funding plan would be voted again.",
        "The mayor said the Plan would cost more than expected.",
        # a head noun inside a longer name: an organisation, a council
        "The White House Domestic Policy Council met again on Tuesday.",
        "A ride courtesy of the International Fund for Animal Welfare pleased him.",
        # the run in capitals (a heading inside a paragraph)
        "EXPANDING THE FULL-SERVICE COMMUNITY SCHOOLS PROGRAM The agency is announcing grants.",
    ],
)
def test_ordinary_title_case_is_no_title(text: str) -> None:
    assert _titles(text) == []


def _find(source: str, target: str, terms: list[dict[str, Any]] | None = None) -> list[str]:
    found = translated_title_findings(["b0.s0"], [source], [target], [terms or []], "en",
                                      "pt-BR")  # fmt: skip
    for f in found:
        assert f.severity == "warning" and f.check == "untranslated" and f.segment == "b0.s0"
        assert f.source_span is not None
        assert source[f.source_span[0]:f.source_span[1]] == f.data["title"]
        assert "pt-BR" in f.message and f.data["title"] in f.message
    return [str(f.data["title"]) for f in found]


def test_translated_title_is_a_warning_naming_the_original() -> None:
    src = "The National Student Poets Program honors five young writers each year."
    tgt = "O Programa Nacional de Bolsas de Estudantes homenageia cinco jovens escritores."
    assert _find(src, tgt) == ["National Student Poets Program"]
    # half translated is translated too
    src = "Funding comes from the Bipartisan Infrastructure Law this year."
    assert _find(src, "O financiamento vem da Lei de Infraestrutura Bipartisan.") == [
        "Bipartisan Infrastructure Law"
    ]


def test_title_kept_as_written_is_not_flagged() -> None:
    src = "The Build Back Better Act stalled in the Senate last week."
    assert _find(src, "O Build Back Better Act parou no Senado.") == []
    # only the prefix or the head translated: the name itself is kept
    src = "The vaccines were developed under Operation Warp Speed last year."
    assert _find(src, "As vacinas foram desenvolvidas sob a Operação Warp Speed.") == []
    src = "Posts on the site Operation Clambake said the attack had occurred."
    assert _find(src, "Posts no site Operação Clambake disseram que o ataque ocorreu.") == []
    src = "Schools follow the Every Student Succeeds Act since 2015."
    assert _find(src, "As escolas seguem a lei Every Student Succeeds desde 2015.") == []


def test_glossary_name_is_the_glossarys() -> None:
    src = "The United Nations Development Programme released its annual report."
    tgt = "O Programa das Nações Unidas para o Desenvolvimento divulgou o seu relatório."
    start = src.index("United")
    term = {"source_span": [start, start + len("United Nations Development Programme")]}
    assert _find(src, tgt, [term]) == []


def test_language_without_data_gives_nothing() -> None:
    src = "O Congresso aprovou a Lei de Redução da Inflação em agosto de 2022."
    assert translated_title_findings(["s"], [src], ["x"], [[]], "pt", "en-US") == []


def test_pipeline_warns_where_the_engine_translated_the_title(
    fake_engine: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from translate.locales import parse_targets
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import parse_article

    def translate(sentences: list[str], source: str, target: str) -> list[str]:
        return [s.replace("National Student Poets Program", "Programa Nacional de Bolsas")
                for s in sentences]  # fmt: skip

    monkeypatch.setattr(fake_engine, "translate", translate)
    options = RunOptions(engine="fake", use_cache=False, use_tm=False, builtin_glossary=False,
                         source_lang="en")  # fmt: skip
    text = ("The National Student Poets Program honors five young writers each year.\n\n"
            "The Build Back Better Act stalled in the Senate last week.\n")
    art = parse_article(text, fmt="md", source="t", article_id="t")
    edition = translate_prepared(prepare(art, options), parse_targets("pt-BR")[0], options)
    kinds = [f.data.get("title") for f in edition.findings
             if f.data.get("kind") == "title-translated"]  # fmt: skip
    assert kinds == ["National Student Poets Program"]
    assert all(f.severity == "warning" for f in edition.findings
               if f.data.get("kind") == "title-translated")  # fmt: skip
