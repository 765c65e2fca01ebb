"""A glossary name inside a title of a work kept as written is the title's word: the glossary
leaves it as it stands (translate.protect.leave_inside, translate.untranslatable.mask_segments
``inner``), and repairs the same name everywhere else."""

from __future__ import annotations

import pytest

from translate import untranslatable as u
from translate.glossary import Glossary
from translate.model import Segment
from translate.protect import leave_inside, protect_segments, restore_segments, spans_as_written

TEXT = "She read Letters from Armenia on the train to Armenia."


def _masked(builtin: Glossary) -> tuple[object, u.Masked]:
    seg = Segment("b0.s0", 0, 0, TEXT, 0, len(TEXT), "en")
    prepared = protect_segments([seg], builtin, "pt-BR")
    masked = u.mask_segments(
        prepared.texts, ["paragraph"], "en", [it.mt_spans for it in prepared.items],
        emphasis=[["Letters from Armenia"]], inner=spans_as_written(prepared),
    )  # fmt: skip
    if not u.engine_lexicon("en"):
        pytest.skip("no embedded engine installed")
    return prepared, masked


def test_the_title_is_masked_over_the_glossary_name_it_holds(builtin: Glossary) -> None:
    prepared, masked = _masked(builtin)
    assert masked.texts == ["She read XNAME50X on the train to Armenia."]
    assert masked.words[0] == ["Letters from Armenia"]
    # without ``inner`` the glossary name wins and the title is not masked (as before)
    plain = u.mask_segments(prepared.texts, ["paragraph"], "en",  # type: ignore[attr-defined]
                            [it.mt_spans for it in prepared.items],  # type: ignore[attr-defined]
                            emphasis=[["Letters from Armenia"]])  # fmt: skip
    assert plain.texts == [TEXT]


def test_the_name_in_a_kept_title_stays_and_the_other_is_flagged(builtin: Glossary) -> None:
    prepared, masked = _masked(builtin)
    target = "Ela leu Letters from Armenia no trem para a Arménia."
    kept = u.names_in_kept_titles(masked, [target])
    assert [TEXT[a:b] for a, b in kept[0]] == ["Armenia"]
    result = restore_segments(leave_inside(prepared, kept), [target])  # type: ignore[arg-type]
    # the sentence writes the name twice and one mention is left: which word is the mention's
    # is not known, so nothing is rewritten and the reviewer is told (never the title's word)
    assert result.targets == [target]
    assert result.findings[0] and {f.check for f in result.findings[0]} == {"glossary"}
    assert result.report["mentions"] == 1


def test_the_same_name_in_the_next_sentence_is_still_repaired(builtin: Glossary) -> None:
    prepared, masked = _masked(builtin)
    kept = u.names_in_kept_titles(masked, ["Ela leu Letters from Armenia no trem para a Armênia."])
    seg = Segment("b0.s1", 0, 1, "Armenia voted.", 0, 14, "en")
    other = protect_segments([seg], builtin, "pt-BR")
    both = leave_inside(prepared, kept)  # type: ignore[arg-type]
    both.items.append(other.items[0])
    result = restore_segments(both, ["Ela leu Letters from Armenia no trem para a Armênia.",
                                     "A Arménia votou."])  # fmt: skip
    assert result.targets[1] == "A Armênia votou."
    assert result.targets[0].startswith("Ela leu Letters from Armenia ")


def test_a_title_the_translation_did_not_keep_leaves_the_glossary_as_it_was(
    builtin: Glossary,
) -> None:
    prepared, masked = _masked(builtin)
    target = "Ela leu Cartas da Armenia no trem para a Armenia."  # the bare engine's sentence
    assert u.names_in_kept_titles(masked, [target]) == {}
    result = restore_segments(leave_inside(prepared, {}), [target])  # type: ignore[arg-type]
    assert result.targets == ["Ela leu Cartas da Armênia no trem para a Armênia."]
