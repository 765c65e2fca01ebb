"""The do-no-harm guard of the untranslatable stage compares whole tokens (untrans36).

``unmask_segments`` keeps a masked sentence only when it loses nothing the bare engine's
translation of the same sentence kept, and writes the bare one when that already kept every
masked token ("the mask gains nothing"). Both tests matched substrings on 12d754b9: a channel
"#rust-beginners" counted as the masked "#rust" kept, "Nushell" as "Nu", "2012" as "12".
"""

from __future__ import annotations

from translate.untranslatable import Masked, kept_whole, lost_against, tokens, unmask_segments


def _guard(source: str, masked: str, words: list[str], rules: list[str], engine_out: str,
           bare: str) -> str:
    m = Masked([masked], [source], {0: words}, {0: rules})
    out, _ = unmask_segments(m, [engine_out], {0}, lambda texts: [bare for _ in texts])
    return out[0]


def test_a_longer_channel_in_the_bare_sentence_is_not_the_masked_tag_kept() -> None:
    # the bare engine wrote another channel: on 12d754b9 "#rust" in "#rust-beginners" made the
    # mask "gain nothing" and the bare sentence, without "#rust", was written
    out = _guard("Ask on #rust today.", "Ask on XNAME50X today.", ["#rust"], ["address"],
                 "Pergunte no XNAME50X hoje.", "Pergunte no #rust-beginners hoje.")
    assert out == "Pergunte no #rust hoje."


def test_a_name_inside_a_longer_word_is_no_name_kept_by_the_masked_sentence() -> None:
    # ours lost "Nu" but writes "Nushell": on 12d754b9 "Nu" counted as kept (a substring) and
    # the masked sentence was written; the bare one kept "Nu" (and broke "Nushell")
    source = "Install it with Nu, not with Nushell today."
    bare = "Instale-o com Nu, não com Nu-shell hoje."
    ours_engine = "Instale-o com, não com XNAME50X hoje."
    out = _guard(source, "Install it with Nu, not with XNAME50X today.", ["Nushell"], ["name"],
                 ours_engine, bare)
    assert out == bare


def test_lost_against_counts_whole_numbers() -> None:
    # "12" of "2012" is no "12" kept
    assert lost_against("Version 12 of 2012 is out", "A versão 12 de 2012 saiu",
                        "A versão de 2012 saiu") == "lost ['12']"


def test_a_piece_of_a_source_token_is_no_token() -> None:
    # guard (development item m050): the masked sentence kept the handle "@USER2040", the bare one
    # wrote "US$2040"; "2040" is no whole token of the source, so nothing is lost
    assert lost_against("Event w/ @USER2040 @USER1709", "Evento c/ US$2040 -USER1709",
                        "Evento c/ @USER2040 @USER1709") == ""


def test_the_masked_sentence_is_kept_when_the_bare_one_has_the_tag_whole() -> None:
    # guard: the bare engine kept the tag as written, whole: the mask gains nothing (both trees)
    out = _guard("Ask on #rust today.", "Ask on XNAME50X today.", ["#rust"], ["address"],
                 "Pergunte em XNAME50X hoje.", "Pergunte no #rust hoje.")
    assert out == "Pergunte no #rust hoje."


def test_kept_whole() -> None:
    assert kept_whole("no #rust-beginners", "#rust") is False
    assert kept_whole("no #rust e no #rust-beginners", "#rust") is True
    assert kept_whole("@filippo@abyssdomain.expert", "@filippo") is False
    assert kept_whole("filmes da era #MeToo-era", "#MeToo") is True
    assert kept_whole("o Nushell", "Nu") is False
    assert kept_whole("o Nu.", "Nu") is True
    assert kept_whole("veja https://a.com/x/y", "https://a.com/x") is False
    assert kept_whole("veja https://a.com/x.", "https://a.com/x") is True


def test_repair_tokens_keep_code_spans_and_handles() -> None:
    # guards (both trees): the repair step's tokens
    assert tokens("Run `make @all` and see https://a.com/b.") == ["`make @all`", "https://a.com/b"]
    assert tokens("Ranked #1, thanks @carl") == ["@carl"]
