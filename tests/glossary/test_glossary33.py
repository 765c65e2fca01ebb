"""Thirty-third pass (glossary33): a deprecated form the source writes on purpose.

probe32 found en-nyt-suukyi b17.s1 "human rights in the nation also known as Burma" written "...
também conhecida como Mianmar": the glossary had sent the engine "Myanmar" for the deprecated
"Burma", so the sentence named the same form twice. Where the document writes an entry both in a
deprecated form and in a listed current one, each is the writer's choice: the deprecated form
goes to the engine as written and the edition's word for it is not rewritten (checked, flagged).

The sentences are real: NReadability's saved New York Times page (SampleInput_08, "Myanmar Junta
Frees Dissident Daw Aung San Suu Kyi", Nov 2010; probe32's en-nyt-suukyi), with the embedded
engine's pt-BR output."""

from __future__ import annotations

from translate.glossary import Glossary, apply_fixes, find_mentions
from translate.model import Segment
from translate.protect import RestoreResult, protect_segments, restore_segments

DATELINE = ("YANGON, Myanmar — Myanmar’s pro-democracy leader, Daw Aung San Suu Kyi, was freed "
            "from house arrest on Saturday, setting her on the path to a possible new "
            "confrontation with the generals who had kept her out of the public eye for 15 of "
            "the past 21 years.")
DATELINE_PT = ("O líder pró-democracia de Mianmar, Daw Aung San Suu Kyi, foi libertado da prisão "
               "domiciliar no sábado, colocando-a no caminho para um possível novo confronto com "
               "os generais que a mantiveram fora dos olhos do público por 15 dos últimos 21 "
               "anos.")
AKA = ("Her freedom has been their first demand in calling for political freedoms and respect "
       "for human rights in the nation also known as Burma.")
AKA_PT = ("Sua liberdade tem sido sua primeira demanda em exigir liberdades políticas e respeito "
          "pelos direitos humanos na nação também conhecida como Birmânia.")
QUOTE = ("“She is a hero of mine,” said President Obama, “and a source of inspiration for all "
         "who work to advance basic human rights in Burma and around the world.”")
QUOTE_PT = ("“Ela é um herói meu”, disse o presidente Obama, “e uma fonte de inspiração para "
            "todos os que trabalham para promover os direitos humanos básicos na Birmânia e em "
            "todo o mundo”.")


def _run(glossary: Glossary, pairs: list[tuple[str, str]]) -> tuple[list[str], RestoreResult]:
    segments = [Segment(f"b{i}.s0", i, 0, s, 0, len(s), "en") for i, (s, _) in enumerate(pairs)]
    prepared = protect_segments(segments, glossary, "pt-BR")
    return ([item.mt_source for item in prepared.items],
            restore_segments(prepared, [t for _, t in pairs]))


def test_a_deprecated_form_beside_the_current_one_is_the_writers_choice(
        builtin: Glossary) -> None:
    sent, result = _run(builtin, [(DATELINE, DATELINE_PT), (AKA, AKA_PT), (QUOTE, QUOTE_PT)])
    assert sent[1] == AKA and sent[2] == QUOTE  # "Burma" went to the engine as written
    assert result.targets[1:] == [AKA_PT, QUOTE_PT]  # "Birmânia" not rewritten "Mianmar"
    for i in (1, 2):
        term = next(t for t in result.terms[i] if t["entry"] == "myanmar")
        assert (term["status"], term["found_as"], term["actions"]) == (
            "kept", "Birmânia", ["source-form"])
        assert any("Birmânia" in f.message and "both its deprecated and its current form"
                   in f.message and f.severity == "warning" for f in result.findings[i])
    assert result.report["source_fixed"] == 0


def test_the_engine_may_still_write_the_current_form(builtin: Glossary) -> None:
    # the engine's own choice for the writer's "Burma" stays too: nothing to rewrite, no flag
    target = AKA_PT.replace("Birmânia", "Mianmar")
    _, result = _run(builtin, [(DATELINE, DATELINE_PT), (AKA, target)])
    assert result.targets[1] == target
    assert [t["status"] for t in result.terms[1]] == ["kept"]
    assert not [f for f in result.findings[1] if f.severity != "info"]


def test_a_deprecated_form_alone_is_still_canonicalized(builtin: Glossary) -> None:
    # a document that writes only "Burma", after a preposition of place: the glossary's
    # current form, as before
    text = AKA.replace("the nation also known as Burma", "Burma")
    sent, result = _run(builtin, [(text, AKA_PT.replace("na nação também conhecida como "
                                                        "Birmânia", "em Mianmar"))])
    assert sent[0] == text.replace("Burma", "Myanmar")
    assert result.report["source_fixed"] == 1


def test_a_deprecated_form_with_no_evidence_is_not_canonicalized(builtin: Glossary) -> None:
    # glossary47: "the nation also known as Burma" alone: no preposition of place, no place
    # of Myanmar named: the old name goes to the engine as written (checked, never rewritten)
    sent, result = _run(builtin, [(AKA, AKA_PT)])
    assert sent[0] == AKA
    assert result.report["source_fixed"] == 0


def test_check_fix_keeps_a_deprecated_form_beside_the_current_one(builtin: Glossary) -> None:
    # `translate check --fix` (apply_fixes over the whole article): the same rule
    text = f"{DATELINE}\n\n{AKA}"
    assert apply_fixes(text, find_mentions(text, builtin)) == text
    assert apply_fixes(AKA, find_mentions(AKA, builtin)) == AKA.replace("Burma", "Myanmar")
