"""Sentence segmentation: per-language abbreviations, quotes, numbers, CJK, long sentences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from translate.errors import DataError
from translate.model import Article, LanguageGuess
from translate.segment import segment_article, split_sentences

MakeArticle = Callable[..., Article]


def sentences(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


CASES: list[tuple[str, str, str, list[str]]] = [
    ("titles", "en", "Mr. Smith went to Washington. He met Sen. Jones.",
     ["Mr. Smith went to Washington.", "He met Sen. Jones."]),
    ("ranks", "en", "Lt. Gen. Smith agreed. Gov. Brown did not.",
     ["Lt. Gen. Smith agreed.", "Gov. Brown did not."]),
    ("initials", "en", "J. R. R. Tolkien wrote books. George W. Bush was president.",
     ["J. R. R. Tolkien wrote books.", "George W. Bush was president."]),
    ("decimals", "en", "The rate rose to 3.5 percent. Sales hit $1,234.5 million.",
     ["The rate rose to 3.5 percent.", "Sales hit $1,234.5 million."]),
    ("ellipsis-lowercase", "en", "He paused... and then left. Wait… The door opened.",
     ["He paused... and then left.", "Wait…", "The door opened."]),
    ("quote-curly", "en",
     "Ilham Aliyev said, “We have only one condition.” And it is that forces leave.",
     ["Ilham Aliyev said, “We have only one condition.”", "And it is that forces leave."]),
    ("quote-single", "en", "She said ‘no.’ Then she left.", ["She said ‘no.’", "Then she left."]),
    ("quote-straight", "en", 'He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
    ("question-in-quote-lowercase", "en", "“Why?” she asked. “Because,” he said.",
     ["“Why?” she asked.", "“Because,” he said."]),
    ("url-email", "en", "Visit https://example.com/a.b?c=1. Then email info@example.org. Done!",
     ["Visit https://example.com/a.b?c=1.", "Then email info@example.org.", "Done!"]),
    ("times", "en", "The meeting is at 10 a.m. Monday. It ended at 5 p.m. The talks failed.",
     ["The meeting is at 10 a.m. Monday.", "It ended at 5 p.m.", "The talks failed."]),
    ("acronym-end", "en", "He lives in the U.S. The president spoke. U.S. officials agreed.",
     ["He lives in the U.S.", "The president spoke.", "U.S. officials agreed."]),
    ("number-abbrev", "en", "He is No. 5 on the list. It is true.",
     ["He is No. 5 on the list.", "It is true."]),
    ("question-exclamation", "en", "What? Really! Yes.", ["What?", "Really!", "Yes."]),
    ("interrobang", "en", "You did what?! We left.", ["You did what?!", "We left."]),
    ("parentheses", "en", "The vote was 5-4. (Two abstained.) The bill passed.",
     ["The vote was 5-4.", "(Two abstained.)", "The bill passed."]),
    ("abbrev-in-parens", "en", "The company (Acme Inc.) said so. Prices rose.",
     ["The company (Acme Inc.) said so.", "Prices rose."]),
    ("etc-lowercase-and-end", "en", "Apples, oranges, etc. are fruits. We ate them etc. The end.",
     ["Apples, oranges, etc. are fruits.", "We ate them etc.", "The end."]),
    ("months", "en", "On Jan. 5 the talks began. On Feb. 10, 2020, they ended.",
     ["On Jan. 5 the talks began.", "On Feb. 10, 2020, they ended."]),
    ("eg", "en", "Some fruits, e.g. Apples, are red. Others are not.",
     ["Some fruits, e.g. Apples, are red.", "Others are not."]),
    ("no-space-after-period", "en", "Talks began on Sunday.Nobody came.",
     ["Talks began on Sunday.Nobody came."]),
    ("year-end", "en", "The war began in 2020. It ended in 2023.",
     ["The war began in 2020.", "It ended in 2023."]),
    ("stray-closing-quote", "en", "Negotiations require a favorable environment. ‘",
     ["Negotiations require a favorable environment. ‘"]),
    ("blank-line", "en", "First line\n\nSecond paragraph without stop",
     ["First line", "Second paragraph without stop"]),
    ("soft-wrap", "en", "One sentence that\nwraps. Another.",
     ["One sentence that\nwraps.", "Another."]),
    ("no-terminal", "en", "Breaking news", ["Breaking news"]),
    ("pt-titles", "pt", "O Sr. Silva chegou. A Dra. Souza falou com o Gen. Lima. Ele concordou.",
     ["O Sr. Silva chegou.", "A Dra. Souza falou com o Gen. Lima.", "Ele concordou."]),
    ("pt-numero", "pt", "A lei n.º 5 foi aprovada. O governo comemorou.",
     ["A lei n.º 5 foi aprovada.", "O governo comemorou."]),
    ("pt-decimal-comma", "pt", "A inflação foi de 4,5%. O índice subiu.",
     ["A inflação foi de 4,5%.", "O índice subiu."]),
    ("es-inverted", "es",
     "¿Qué pasó? ¡Nada! El Sr. García llegó a EE. UU. ayer. El presidente habló.",
     ["¿Qué pasó?", "¡Nada!", "El Sr. García llegó a EE. UU. ayer.", "El presidente habló."]),
    ("fr-guillemets", "fr", "M. Macron a parlé. « Nous avons une condition. » Et c'est tout.",
     ["M. Macron a parlé.", "« Nous avons une condition. »", "Et c'est tout."]),
    ("fr-elision-starter", "fr", "Le vote a eu lieu en déc. L'opposition a protesté.",
     ["Le vote a eu lieu en déc.", "L'opposition a protesté."]),
    ("de-ordinal", "de",
     "Er kam am 3. Oktober nach Berlin. Die Gespräche z. B. über Gas scheiterten.",
     ["Er kam am 3. Oktober nach Berlin.", "Die Gespräche z. B. über Gas scheiterten."]),
    ("de-ordinal-end", "de", "Die Zahl stieg auf 15. Die Regierung reagierte.",
     ["Die Zahl stieg auf 15.", "Die Regierung reagierte."]),
    ("de-quotes", "de", "„Wir haben eine Bedingung.“ Und das ist alles.",
     ["„Wir haben eine Bedingung.“", "Und das ist alles."]),
    ("ru-initials-year", "ru",
     "В. В. Путин выступил в 2020 г. Он заявил, что т. е. ничего. Это всё.",
     ["В. В. Путин выступил в 2020 г.", "Он заявил, что т. е. ничего.", "Это всё."]),
    ("ru-quotes", "ru", "«Мы готовы к переговорам», — сказал он. Переговоры начнутся завтра.",
     ["«Мы готовы к переговорам», — сказал он.", "Переговоры начнутся завтра."]),
    ("zh", "zh", "中国外交部发言人表示，希望各方保持克制。双方应通过对话解决分歧！你同意吗？",
     ["中国外交部发言人表示，希望各方保持克制。", "双方应通过对话解决分歧！", "你同意吗？"]),
    ("ja-quote", "ja", "外相は「停戦を求める。」と述べた。会談は明日行われる。",
     ["外相は「停戦を求める。」", "と述べた。", "会談は明日行われる。"]),
    ("ar", "ar", "هل ستنتهي الحرب؟ لا أحد يعرف.", ["هل ستنتهي الحرب؟", "لا أحد يعرف."]),
    ("hy-full-stop", "hy", "Վարչապետը հայտարարել է։ Բանակցությունները շարունակվում են։",
     ["Վարչապետը հայտարարել է։", "Բանակցությունները շարունակվում են։"]),
    ("und-language", "und", "Dr. Smith spoke. It rained. Sr. Silva falou.",
     ["Dr. Smith spoke.", "It rained.", "Sr. Silva falou."]),
    ("unknown-code", "../../etc/passwd", "One. Two.", ["One.", "Two."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_split_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_split_sentences_spans_are_ordered_trimmed_and_cover_the_text(lang: str, text: str) -> None:
    spans = split_sentences(text, lang)
    ends = [0] + [b for _, b in spans]
    for (a, b), previous_end in zip(spans, ends[:-1], strict=True):
        assert previous_end <= a < b
        assert text[a:b] == text[a:b].strip()
        assert text[previous_end:a].strip() == ""  # only whitespace between sentences
    assert text[ends[-1]:].strip() == ""


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n"], ids=["empty", "spaces", "newlines"])
def test_split_sentences_empty(text: str) -> None:
    assert split_sentences(text, "en") == []


LONG_CLAUSE = "the delegations discussed the border, the prisoners and the roads"


@pytest.mark.parametrize(
    ("text", "max_piece", "cut_after"),
    [
        ("In the morning " + ", ".join([LONG_CLAUSE] * 3) + "; in the afternoon "
         + ", ".join([LONG_CLAUSE] * 3) + ".", 400, ";"),
        ("The statement said " + ", ".join([LONG_CLAUSE] * 3) + ": " + ", ".join(
            [LONG_CLAUSE] * 4) + ".", 400, ":"),
        ("Officials said " + ", ".join([LONG_CLAUSE] * 3) + " — and then " + ", ".join(
            [LONG_CLAUSE] * 3) + ".", 400, "—"),
        (" ".join(["word"] * 600), 1000, ""),
        (", ".join([LONG_CLAUSE] * 20) + ".", 1000, ","),
    ],
    ids=["semicolon", "colon", "dash", "no-punctuation-at-all", "commas-only-beyond-hard-limit"],
)
def test_split_sentences_long_sentence_is_cut(text: str, max_piece: int, cut_after: str) -> None:
    spans = split_sentences(text, "en")
    assert len(spans) >= 2
    assert all(b - a <= max_piece for a, b in spans)
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")
    if cut_after:
        assert text[: spans[0][1]].endswith(cut_after)


def test_split_sentences_long_sentence_with_no_break_below_hard_limit_is_kept() -> None:
    text = "Officials said " + ", ".join([LONG_CLAUSE] * 8) + "."
    assert 400 < len(text) < 1000
    assert sentences(text, "en") == [text]


def test_split_sentences_long_url_is_never_cut() -> None:
    url = "https://example.com/" + "a;b:c.D" * 100
    text = "See " + url + " for details; " + " ".join(["more words"] * 40) + "."
    assert any(url in s for s in sentences(text, "en"))


def test_segment_article_ids_offsets_and_languages(make_article: MakeArticle) -> None:
    article = make_article(
        ("title", "Talks resume. Hopes rise"),
        ("paragraph", "Gen. Smith arrived. He spoke."),
        ("paragraph", "12 345"),
        ("paragraph", "O Sr. Silva chegou. Ele falou."),
    )
    article.lang = LanguageGuess("en", 0.9)
    article.blocks[1].lang = LanguageGuess("und", 0.0, "langdetect")
    article.blocks[3].lang = LanguageGuess("pt", 0.99)
    segments = segment_article(article)
    assert [(s.id, s.source, s.lang) for s in segments] == [
        ("b0.s0", "Talks resume. Hopes rise", "en"),  # a title is one segment
        ("b1.s0", "Gen. Smith arrived.", "en"),  # und block: the article's language
        ("b1.s1", "He spoke.", "en"),
        ("b2.s0", "12 345", "en"),
        ("b3.s0", "O Sr. Silva chegou.", "pt"),
        ("b3.s1", "Ele falou.", "pt"),
    ]
    for seg in segments:
        block = article.blocks[seg.block]
        assert block.text[seg.start:seg.end] == seg.source
        assert seg.id == f"b{seg.block}.s{seg.index}"


def test_segment_article_without_language_and_empty_blocks(make_article: MakeArticle) -> None:
    article = make_article(
        ("paragraph", "   "), ("heading", "  Background  "), ("list_item", "A. B.")
    )
    segments = segment_article(article)
    assert [(s.id, s.source, s.lang) for s in segments] == [
        ("b1.s0", "Background", "und"),
        ("b2.s0", "A. B.", "und"),
    ]


def test_segment_rules_bad_data_is_a_data_error(language_data: Path) -> None:
    (language_data / "en.toml").write_text("[segment]\nprefixes = 'Mr'\n")
    with pytest.raises(DataError, match="prefixes"):
        split_sentences("Mr. Smith. Hello.", "en")


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # no boundary at all: cut between characters into pieces under hard_max_chars (an
        # engine call on 4,000 characters of "a." takes 40 s; on 100,000, forever)
        ("." * 100_000, 128),
        ("a." * 50_000, 128),
        ("a@" * 50_000, 128),
        ("“" * 10_000 + ".", 16),
        (("x" * 1000 + ". ") * 50, 100),  # 1,001 characters each: one cut each
        ("Mr. " * 5000, 32),  # no boundary at all: cut at spaces into pieces under 1000
    ],
    ids=["dots", "dotted-letters", "at-signs", "quotes", "long-words", "titles-only"],
)
def test_split_sentences_hostile_input(text: str, pieces: int) -> None:
    spans = split_sentences(text, "en")
    assert len(spans) == pieces
    assert all(b - a <= 1000 for a, b in spans)
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")
