"""The do-no-harm guard does not fall back to a bare sentence that lost a masked address for
wording cues alone, and a capitalized run never starts inside a word (untrans37).

On 0b3d419b the guard wrote the bare engine's sentence whenever the masked one was much shorter
or lost a capitalized or copied word, even when the bare one had turned an issue number into an
amount ("#12682" -> "12682 euros") or dropped a handle's "@": set s's development items s089,
s096, s131 (shorter: the bare sentence wrote the code spans as words), s064 ("Dotnu" written in
lower case by the masked sentence), s124 ("fuzzy" translated by it). And the product-noun and
trade-mark runs took "Pad" out of "iPad" (set h's h027: the engine got "iXNAME50X").
"""

from __future__ import annotations

from translate.untranslatable import Masked, lost_against, title_spans, unmask_segments


def _guard(source: str, masked: str, words: list[str], rules: list[str], engine_out: str,
           bare: str) -> str:
    m = Masked([masked], [source], {0: words}, {0: rules})
    out, _ = unmask_segments(m, [engine_out], {0}, lambda texts: [bare for _ in texts])
    return out[0]


def test_a_bare_sentence_that_wrote_the_issue_number_as_an_amount_is_no_fallback() -> None:
    # s089: the bare sentence is longer (code written as words, "euros" added)
    source = "The `lazy make` command has been removed in #12682."
    out = _guard(source, "The XNAME50X command has been removed in XNAME51X.",
                 ["lazy make", "#12682"], ["code", "address"],
                 "O comando XNAME50X foi removido em XNAME51X.",
                 "O comando preguiçoso de fazer foi removido em 12682 euros.")
    assert out == "O comando lazy make foi removido em #12682."


def test_a_word_the_masked_sentence_translated_is_no_loss_when_the_bare_lost_the_tag() -> None:
    # s124: the bare sentence copied "fuzzy" and wrote "[-16112]"
    source = "Thanks to [@blindFS], with [#16112] fuzzy completion now prioritizes arguments."
    out = _guard(source, "Thanks to [XNAME50X], with [XNAME51X] fuzzy completion now prioritizes"
                 " arguments.", ["@blindFS", "#16112"], ["address", "address"],
                 "Graças a [XNAME50X], com [XNAME51X] a conclusão difusa agora prioriza"
                 " argumentos.",
                 "Graças a [-blindFS], com a conclusão fuzzy [-16112] agora prioriza argumentos.")
    assert "[#16112]" in out and "[@blindFS]" in out


def test_a_number_the_masked_sentence_lost_still_sends_it_to_the_bare_one() -> None:
    # guard (both trees): a number lost outright is a loss whatever the bare sentence lost
    assert lost_against("Fixed in #12682 and 2040", "Corrigido em 12682 euros e 2040",
                        "Corrigido em #12682", bare_lost=True) == "lost ['2040']"


def test_a_shorter_masked_sentence_still_loses_to_a_bare_one_that_kept_the_tag() -> None:
    # guard (both trees): the bare sentence kept the tag, so wording decides as before
    source = "Fixed in #12682, with the long explanation of why the cache had to go."
    bare = "Corrigido em #12682, com a longa explicação de por que o cache teve que ir."
    out = _guard(source, "Fixed in XNAME50X, with the long explanation of why the cache had to go.",
                 ["#12682"], ["address"], "Corrigido em XNAME50X.", bare)
    assert out == bare


def test_a_mixed_case_name_before_a_product_noun_is_not_cut_at_its_capital() -> None:
    # h027: "Pad" of "iPad" was masked alone
    text = "Once he started testing the new iPad app at home, she changed."
    spans = [text[s:e] for s, e, _ in title_spans(text, "en")]
    assert "Pad" not in spans


def test_a_mixed_case_name_before_a_trade_mark_is_not_cut_at_its_capital() -> None:
    text = "She bought the new iPhone™ last week."
    spans = [text[s:e] for s, e, _ in title_spans(text, "en")]
    # on 0b3d419b: "Phone™"
    assert spans == ["iPhone™"]
