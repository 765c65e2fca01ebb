"""Proper names that are also words ("the Wedding district", "Mr Brown"): found from general
evidence in the article, masked for the engine, put back after; nothing masked without evidence,
and a lost placeholder means the sentence is translated unmasked (never worse than the bare
engine on that count)."""

from __future__ import annotations

import pytest

from translate import untranslatable as u

LEX = frozenset(
    [
        "wood", "wedding", "district", "brown", "white", "house", "court", "high", "said", "told",
        "streets", "renamed", "were", "three", "council", "letter", "wrote", "she", "residents",
        "that", "eventually", "pacific", "animals", "the", "authorities", "decided",
        "international",
        "amnesty", "organization",
    ]
)


def names(text: str) -> list[str]:
    known = u.established_names(text, "en", LEX)
    return [text[s:e] for s, e, _ in u.word_names(text, "en", lexicon=LEX, names=known)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He grew up in the district of Wedding. Three streets in Wedding were renamed.",
         ["Wedding", "Wedding"]),
        ("Berlin's Wedding district voted. In April, Wedding authorities decided.",
         ["Wedding", "Wedding"]),
        ("Ninfa Wood runs the group. Wood said the council had failed.", ["Wood", "Wood"]),
        ("The plan, Mr Brown told reporters, would work.", ["Brown"]),
    ],
)
def test_names_with_evidence_are_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She said the Spanish High Court had ruled. Residents told us so.",  # sentence-initial
        "The White House said the Trump Organization and Amnesty International were told.",
        "That said, the Pacific is big and the group People for the Treatment of Animals said so.",
        "Eventually the council decided. Wedding plans were renamed.",  # no place evidence
    ],
)
def test_no_evidence_no_mask(text: str) -> None:
    assert names(text) == []


def test_headings_and_title_case_sentences_are_left_alone() -> None:
    known = {"Wedding": "name-place"}
    text = "Three streets in Wedding were renamed"
    assert u.word_names(text, "en", kind="heading", lexicon=LEX, names=known) == []
    shout = "Three Streets In Wedding Were Renamed By The Council"
    assert u.word_names(shout, "en", lexicon=LEX, names=known) == []


def test_languages_without_name_data_mask_nothing() -> None:
    assert u.word_names("El barrio Wedding de Berlín.", "es", lexicon=LEX) == []


def test_mask_and_unmask_round_trip_and_lost_placeholder() -> None:
    text = "Three streets in Wedding were renamed."
    masked, words = u.mask(text, [(17, 24, "name-place")])
    assert masked == "Three streets in XNAME50X were renamed." and words == ["Wedding"]
    assert u.unmask("Três ruas em XNAME50X foram renomeadas.", words) == (
        "Três ruas em Wedding foram renomeadas."
    )
    assert u.unmask("Três ruas foram renomeadas.", words) is None  # lost
    assert u.unmask("XNAME50X e XNAME50X", words) is None  # doubled
    # a glossary placeholder (numbered from 0) is not ours to touch
    assert u.unmask("XNAME0X em XNAME50X", words) == "XNAME0X em Wedding"


def test_mask_leaves_spans_the_glossary_protects() -> None:
    masked, words = u.mask("Mr Brown met.", [(3, 8, "name-person")], avoid=[(0, 8)])
    assert masked == "Mr Brown met." and words == []


def test_unmask_segments_translates_again_when_a_placeholder_is_lost() -> None:
    m = u.Masked(
        texts=["In XNAME50X.", "In XNAME50X too."],
        originals=["In Wedding.", "In Wedding too."],
        words={0: ["Wedding"], 1: ["Wedding"]},
        rules={0: ["name-place"], 1: ["name-place"]},
    )
    asked: list[list[str]] = []

    bare = {"In Wedding.": "Em Casamento.", "In Wedding too.": "Em Casamento também."}

    def again(batch: list[str]) -> list[str]:
        asked.append(batch)
        return [bare[t] for t in batch]

    out, report = u.unmask_segments(m, ["Em XNAME50X.", "Em também."], {0, 1}, again)
    assert out == ["Em Wedding.", "Em Casamento também."]
    # the masked sentence is also translated bare (the guard), the lost one again unmasked
    assert asked == [["In Wedding."], ["In Wedding too."]]
    assert [r["rule"] for r in report] == ["name-place", "placeholder-lost: translated unmasked"]


def test_unmask_segments_keeps_the_bare_sentence_when_the_masked_one_loses_words() -> None:
    m = u.Masked(
        texts=["XNAME50X's bodyguard, Big Chick, came raving."],
        originals=["Prince's bodyguard, Big Chick, came raving."],
        words={0: ["Prince"]},
        rules={0: ["title-emphasis"]},
    )
    bare = "O guarda-costas de Prince's, Big Chick, veio delirando."

    out, report = u.unmask_segments(m, ["XNAME50X veio."], {0}, lambda b: [bare for _ in b])
    assert out == [bare]
    assert report[0]["rule"].startswith("guard: the bare engine's sentence kept (shorter")


def test_code_masks_are_not_guarded() -> None:
    m = u.Masked(texts=["Run XNAME50X now."], originals=["Run `make` now."],
                 words={0: ["`make`"]}, rules={0: ["code"]})  # fmt: skip
    asked: list[list[str]] = []
    out, _ = u.unmask_segments(m, ["Rode XNAME50X agora."], {0}, lambda b: asked.append(b) or b)
    assert out == ["Rode `make` agora."] and asked == []


def test_engine_lexicon_is_the_engines_whole_lower_case_words() -> None:
    lexicon = u.engine_lexicon("en")
    if not lexicon:
        pytest.skip("no embedded engine installed")
    assert {"wedding", "wood"} <= lexicon
    assert "ninfa" not in lexicon and "Wedding" not in lexicon


def test_unmask_segments_writes_the_bare_sentence_when_it_kept_the_names() -> None:
    m = u.Masked(
        texts=["Two former XNAME50X workers spoke."],
        originals=["Two former UC Global workers spoke."],
        words={0: ["UC Global"]},
        rules={0: ["title-unit"]},
    )
    bare = "Dois ex-funcionários da UC Global falaram."
    out, report = u.unmask_segments(
        m, ["Dois ex-funcionários XNAME50X falaram."], {0}, lambda b: [bare for _ in b]
    )
    assert out == [bare] and report == []


def test_the_bare_sentence_that_kept_the_names_but_not_the_code_is_not_written() -> None:
    """Set n (the Rust blog, untrans27): the bare engine kept the handle but wrote the code
    spans without their "#" ("#[loop_match]" -> "[loop_match]"); the masked sentence kept all
    three, so it is the one written."""
    m = u.Masked(
        texts=["We talked to XNAME50X about a XNAME51X attribute on loops."],
        originals=["We talked to @joshtriplett about a #[loop_match] attribute on loops."],
        words={0: ["@joshtriplett", "#[loop_match]"]},
        rules={0: ["address", "code"]},
    )
    bare = "Falamos com @joshtriplett sobre um atributo [loop_match] em loops."
    out, _ = u.unmask_segments(
        m, ["Falamos com XNAME50X sobre um atributo XNAME51X em loops."], {0},
        lambda b: [bare for _ in b],
    )
    assert out == ["Falamos com @joshtriplett sobre um atributo #[loop_match] em loops."]


def test_word_pieces_read_from_the_model_file_agree_with_sentencepiece() -> None:
    import sentencepiece

    from translate.engines.embedded import discover_models
    from translate.untranslatable import spm_word_pieces

    files = sorted({p for folder, _ in discover_models().values() for p in folder.glob("*.spm")})
    assert files, "the embedded models ship their SentencePiece vocabularies"
    for path in files:
        sp = sentencepiece.SentencePieceProcessor(model_file=str(path))
        pieces = (sp.id_to_piece(i) for i in range(sp.get_piece_size()))
        expected = sorted(p for p in pieces if p.startswith("▁") and len(p.encode()) < 128)
        assert sorted(spm_word_pieces(path)) == expected, path.name


def test_the_guard_repairs_the_bare_sentence_with_the_source_languages_words() -> None:
    """Seen on the pt->en audit (benchmarks/audit_pt_en.py): a sentence with a masked address
    was translated bare by the guard, whose repair step, not told which words the engine reads,
    took the Portuguese "Não" for a token the engine mangled and wrote "Don't worry, South
    Dakota, Não one will take its slogan" over the engine's right "no one"."""
    lexicon = u.engine_lexicon("pt")
    if not lexicon:
        pytest.skip("no embedded pt->en engine installed")
    original = "Não se preocupe, ninguém vai tomar o seu slogan. https://t.co/XPxUJuyIAC"
    m = u.Masked(texts=["Não se preocupe, ninguém vai tomar o seu slogan. XNAME50X"],
                 originals=[original], words={0: ["https://t.co/XPxUJuyIAC"]},
                 rules={0: ["address"]})  # fmt: skip
    bare = "Don't worry, no one will take your slogan. https://t.co/XPxUJuyIAC"
    ours = "Don't worry, nobody will take XNAME50X."  # lost words: the guard keeps the bare one

    def again(batch: list[str]) -> list[str]:
        return [bare for _ in batch]

    out, _ = u.unmask_segments(m, [ours], {0}, again, lexicon=lexicon,
                               letters=u.source_letters("pt"))  # fmt: skip
    assert out == [bare]


def test_portuguese_names_that_are_words_by_portuguese_evidence() -> None:
    """Seen on a real page from Jaraguá do Sul (Zyte's benchmark): "do bairro Amizade" came
    out "of the Friendship neighborhood"; the engine also writes "White said" for a Sr. Branco
    named in full before. Portuguese puts the kind of place before the name, and its person
    verbs and titles are its own: data in locales/languages/pt.toml [names]."""
    lex = u.engine_lexicon("pt")
    if not lex:
        pytest.skip("no embedded pt->en engine installed")
    text = ("O diretor João Branco falou ontem. Branco afirmou que a empresa cresceu. O prefeito "
            "visitou o bairro Amizade. O Governo Federal anunciou. Segundo Coelho, a medida é "
            "necessária. A amizade é importante.")
    names = u.established_names(text, "pt", lex)
    assert names == {"Amizade": "name-place", "Branco": "name-person"}
    spans = [text[s:e] for s, e, _ in u.word_names(text, "pt", lexicon=lex, names=names)]
    assert spans == ["Branco", "Branco", "Amizade"]  # never "Governo", "Federal", "Coelho"
    # a heading in title case is left to the engine, as in English
    assert u.word_names("Branco Afirma Que Empresa Cresceu", "pt", kind="heading",
                        lexicon=lex, names=names) == []  # fmt: skip
