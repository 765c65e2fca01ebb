"""The repair step reads handles and channels in the mask's shapes (``address_spans``): a
channel or handle in lower case joined by hyphens ("#debian-python", "@compiler-errors") whose
sigil the engine dropped is put back whole. Its own pattern took "#debian" only, so when the
do-no-harm guard kept the bare engine's sentence (the masked one lost "spyder", set c's c041)
the edition read '"debian-python"' (realworld.md untrans34, "Left"). The guard's choice stands
(the bare sentence keeps words the masked one lost); the bare sentence now keeps the channel
too. A number tag is no repair's token: "1317 euros" would become "#1317 euros", a wrong
sentence the verbatim check could no longer see."""

from __future__ import annotations

import pytest

from translate.check import CheckContext, check_verbatim
from translate.model import Segment, TranslatedSegment
from translate.untranslatable import mask_segments, repair, unmask_segments


@pytest.mark.parametrize(("source", "target", "want"), [
    ("I'd seen people talking about spyder on #debian-python recently.",
     "Eu tinha visto as pessoas falando sobre espionador em “debian-python” recentemente.",
     "Eu tinha visto as pessoas falando sobre espionador em “#debian-python” recentemente."),
    ("Thanks to @compiler-errors for this.", "Graças a compiler-errors por isso.",
     "Graças a @compiler-errors por isso."),
    ("Ask on #rust-beginners.", 'Pergunte no "rust-beginners".',
     'Pergunte no "#rust-beginners".'),
])
def test_hyphen_joined_tag_is_repaired_whole(source: str, target: str, want: str) -> None:
    assert repair(source, target)[0] == want


@pytest.mark.parametrize(("source", "target"), [
    ("See #1317.", "Veja 1317 euros."),  # the amount's word would stay: left to the check
    ("Fixed a panic (#1317).", "Corrigido um pânico (-1317)."),
    ("She was ranked #1 in 2024.", "Ela ficou em primeiro lugar em 2024."),  # a rank: no tag
])
def test_number_tag_is_not_repaired(source: str, target: str) -> None:
    assert repair(source, target)[0] == target


def test_guard_keeps_the_bare_sentence_with_the_channel() -> None:
    src = "I'd seen people talking about spyder on #debian-python recently, so I patched spyder."
    masked = mask_segments([src], ["paragraph"], "en")
    assert masked.words == {0: ["#debian-python"]}
    placeholder = masked.texts[0].split(" on ")[1].split()[0]
    ours = (f"Eu tinha visto pessoas falando sobre isso em {placeholder} recentemente, "
            "então eu o corrigi.")
    bare = ("Eu tinha visto pessoas falando sobre spyder em “debian-python” recentemente, "
            "então eu corrigi spyder.")
    out, report = unmask_segments(masked, [ours], {0}, lambda texts: [bare])
    assert out == [bare.replace("“debian-python”", "“#debian-python”")]
    assert report[0]["rule"].startswith("guard: the bare engine's sentence kept")
    seg = TranslatedSegment(Segment("s0", 0, 0, src, 0, len(src), "en"), out[0], origin="mt")
    ctx = CheckContext(source_lang="en", target_lang="pt", locale="pt-BR")
    assert check_verbatim(seg, ctx) == []
