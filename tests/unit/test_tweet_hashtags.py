"""Hashtags of tweets through the mask, and a masked sentence the engine gives back untranslated
(untrans25: Tweebank set m, now a development set)."""

from __future__ import annotations

import translate.untranslatable as u


def test_a_hashtag_may_open_with_digits_but_a_rank_is_no_hashtag() -> None:
    text = "21,000 People #727Tour URL736, #1stPlace, ranked #1 and #2nd"
    assert [text[s:e] for s, e, _ in u.address_spans(text)] == ["#727Tour", "#1stPlace"]


def test_a_run_of_handles_and_hashtags_is_one_span_and_a_number_joins_it() -> None:
    text = "URL469 #WIC #ResetKey #Epson #Printer; URL31 #WPF #2010 and @a @b, ranked #2"
    assert [text[s:e] for s, e, _ in u.address_spans(text)] == [
        "#WIC #ResetKey #Epson #Printer", "#WPF #2010", "@a @b"
    ]


def test_a_name_inside_a_hashtag_is_masked_with_the_hashtag() -> None:
    # "Apple" is a title of the article (a product's name before "devices"); in "#Apple" it is
    # the hashtag's word: masked alone, the engine got "#XNAME51X" and wrote "-Apple"
    text = "Live on Windows & Apple devices URL711 #Apple #WWDC"
    m = u.mask_segments([text], ["paragraph"], "en")
    words = m.words.get(0, [])
    assert "#Apple #WWDC" in words
    assert "#" + u.WORD_NAME.format(n=u._MASK_BASE) not in m.texts[0]
    assert "#XNAME" not in m.texts[0]


def test_a_dash_for_the_sigil_is_put_back_even_when_the_source_writes_the_word() -> None:
    source = "Reset Epson Waste Ink Counter by WIC URL469 #WIC #ResetKey #Epson"
    target = "Redefinir Epson Waste Ink Counter por WIC URL469 -WIC -ResetKey -Epson"
    fixed, changes = u.repair(source, target)
    assert fixed == "Redefinir Epson Waste Ink Counter por WIC URL469 #WIC #ResetKey #Epson"
    assert [c["from"] for c in changes] == ["-WIC", "-ResetKey", "-Epson"]
    # the word itself is never taken for the tag, nor a dash the source writes
    assert u.repair("Hamilton met #Hamilton fans", "Hamilton conheceu fãs de Hamilton")[1] == []
    assert u.repair("the -WIC flag, #WIC", "a bandeira -WIC, -WIC")[1] == []


def test_a_masked_sentence_given_back_untranslated_takes_the_bare_sentence() -> None:
    # set m's m060: "Marelle Shoulder Bag" masked (title-model); what was left read as no
    # language and the engine copied the line, "Authentic" with it (a control word frozen where
    # the bare engine writes "Autêntico")
    m = u.Masked(
        texts=["Authentic Louis Vuitton Monogram XNAME50X M51157 XNAME51X URL484"],
        originals=["Authentic Louis Vuitton Monogram Marelle Shoulder Bag M51157 #S1493 URL484"],
        words={0: ["Marelle Shoulder Bag", "#S1493"]},
        rules={0: ["title-model", "address"]},
    )
    bare = "Autêntico Louis Vuitton Monogram Marelle Bolsa de ombro M51157 -S1493 URL484"
    lexicon = frozenset({"authentic", "shoulder", "bag"})
    out, report = u.unmask_segments(
        m, list(m.texts), {0}, lambda b: [bare for _ in b], lexicon=lexicon
    )
    assert out == ["Autêntico Louis Vuitton Monogram Marelle Bolsa de ombro M51157 #S1493 URL484"]
    assert report[0]["rule"].endswith("(the masked sentence came back untranslated)")


def test_a_masked_line_of_tokens_copied_back_is_kept() -> None:
    # nothing in it the engine translates: the copy is the translation
    m = u.Masked(texts=["URL31 XNAME50X"], originals=["URL31 #WPF #2010"],
                 words={0: ["#WPF #2010"]}, rules={0: ["address"]})  # fmt: skip
    out, _ = u.unmask_segments(
        m, ["URL31 XNAME50X"], {0}, lambda b: ["URL31 -WPF -2010" for _ in b],
        lexicon=frozenset({"authentic"}),
    )
    assert out == ["URL31 #WPF #2010"]
