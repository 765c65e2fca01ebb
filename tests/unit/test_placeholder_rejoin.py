"""Two placeholders the source parts with a sentence's end come back parted (untrans40).

"the same terminal engine used in VS Code. `xterm.js` fills" went to the engine as "used in
XNAME51X. XNAME52X fills", which it wrote "usado no XNAME51X.XNAME52X preenche": unmasked, the
two sentences ran together ("VS Code.xterm.js").
"""

from __future__ import annotations

from translate.untranslatable import Masked, unmask_segments


def _unmask(masked_text: str, target: str, words: list[str]) -> str:
    masked = Masked(
        texts=[masked_text],
        originals=["(unmasked)"],
        words={0: words},
        rules={0: ["code"] * len(words)},
    )
    out, _ = unmask_segments(masked, [target], {0}, lambda texts: list(texts))
    return out[0]


def test_placeholders_parted_by_a_sentence_end_stay_parted() -> None:
    got = _unmask(
        "used in XNAME50X. XNAME51X fills the role",
        "usado no XNAME50X.XNAME51X preenche o papel",
        ["VS Code", "xterm.js"],
    )
    assert got == "usado no VS Code. xterm.js preenche o papel"


def test_placeholders_joined_in_the_source_stay_joined() -> None:
    got = _unmask("see XNAME50X.XNAME51X now", "veja XNAME50X.XNAME51X agora", ["a", "b"])
    assert got == "veja a.b agora"


def test_parted_placeholders_the_engine_kept_parted() -> None:
    got = _unmask("in XNAME50X. XNAME51X runs", "no XNAME50X. XNAME51X roda", ["VS Code", "x.js"])
    assert got == "no VS Code. x.js roda"
