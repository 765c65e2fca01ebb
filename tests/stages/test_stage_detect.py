"""Language detection: script and letter rules, calibrated langdetect, determinism, articles."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from translate.detect import detect_article, detect_language
from translate.errors import DataError
from translate.model import Article, LanguageGuess

MakeArticle = Callable[..., Article]

ARMENIAN = (
    "Հայաստանի վարչապետ Նիկոլ Փաշինյանը հայտարարել է, որ բանակցությունները "
    "շարունակվում են, և կողմերը պետք է հարգեն հրադադարի ռեժիմը։"
)
GEORGIAN = (
    "საქართველოს პრემიერ-მინისტრმა განაცხადა, რომ მოლაპარაკებები გაგრძელდება "
    "და მხარეები ცეცხლის შეწყვეტას დაიცავენ."
)
AZERBAIJANI = (
    "Azərbaycan Prezidenti İlham Əliyev bildirib ki, erməni qoşunları torpaqlarımızdan "
    "dərhal və qeyd-şərtsiz çıxmalıdır. Bu, bizim yeganə şərtimizdir."
)
AZERBAIJANI_2 = (
    "Xarici İşlər Nazirliyi bəyanat yayaraq bildirib ki, sülh danışıqları növbəti həftə "
    "Bakıda davam etdiriləcək və tərəflər razılığa gəlməyə çalışacaqlar."
)
TURKISH = (
    "Türkiye Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan'a desteğin süreceğini söyledi "
    "ve çatışmaların bir an önce sona ermesi gerektiğini vurguladı."
)
TURKISH_WITH_AZ_NAMES = (
    "Cumhurbaşkanı Erdoğan, Azerbaycan Cumhurbaşkanı İlham Əliyev ile telefonda görüştü ve "
    "Əliyev'e Türkiye'nin desteğinin süreceğini söyledi. Görüşmede bölgedeki son durum ele alındı."
)


@pytest.mark.parametrize(
    ("text", "lang", "method"),
    [
        (ARMENIAN, "hy", "script"),
        ("Փաշինյանը հայտարարել է", "hy", "script"),
        (GEORGIAN, "ka", "script"),
        ("ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝᲡ ᲞᲠᲔᲛᲘᲔᲠ-ᲛᲘᲜᲘᲡᲢᲠᲘ", "ka", "script"),  # Mtavruli capitals
        ("日本政府は停戦を呼びかけた。外相が声明を発表した。", "ja", "script"),
        ("中国外交部发言人表示，希望各方保持克制。", "zh", "script"),
        ("한국 정부는 휴전을 촉구했다.", "ko", "script"),
        ("Ο πρωθυπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν.", "el", "script"),
        ("ראש הממשלה אמר כי השיחות יימשכו בשבוע הבא.", "he", "script"),
        (AZERBAIJANI, "az", "letters"),
        (AZERBAIJANI_2, "az", "letters"),
        (
            "Қазақстан Республикасының Президенті бүгін Астанада шетелдік инвесторлармен "
            "кездесті және ұлттық экономиканың дамуын талқылады.",
            "kk", "letters",
        ),
        (
            "Прэзідэнт Беларусі заявіў, што краіна гатовая да перамоваў з суседзямі.",
            "be", "letters",
        ),
        (
            "Председник Србије је рекао да ће Београд наставити разговоре, а ђаци ће се "
            "вратити у школе већ следеће недеље.",
            "sr", "letters",
        ),
        (
            "Baku has vowed to continue fighting until Armenian troops withdraw from Azerbaijan.",
            "en", "langdetect",
        ),
        (
            "O presidente do Azerbaijão afirmou que os combates vão continuar até a retirada "
            "das tropas armênias.",
            "pt", "langdetect",
        ),
        (
            "El presidente de Azerbaiyán afirmó que los combates continuarán hasta la retirada "
            "de las tropas armenias.",
            "es", "langdetect",
        ),
        (
            "Le président azerbaïdjanais a affirmé que les combats continueraient jusqu'au "
            "retrait des troupes arméniennes.",
            "fr", "langdetect",
        ),
        (
            "Der aserbaidschanische Präsident erklärte, die Kämpfe würden bis zum Abzug der "
            "armenischen Truppen weitergehen.",
            "de", "langdetect",
        ),
        (
            "Президент Азербайджана заявил, что боевые действия продолжатся до вывода "
            "армянских войск.",
            "ru", "langdetect",
        ),
        (
            "Президент Азербайджану заявив, що бойові дії триватимуть до виведення "
            "вірменських військ.",
            "uk", "langdetect",
        ),
        (TURKISH, "tr", "langdetect"),
        (TURKISH_WITH_AZ_NAMES, "tr", "langdetect"),
        ("الرئيس الأذربيجاني يتعهد بمواصلة القتال حتى انسحاب القوات الأرمينية", "ar", "langdetect"),
        ("رئیس جمهور آذربایجان گفت که جنگ تا خروج نیروهای ارمنستان ادامه خواهد داشت", "fa",
         "langdetect"),
    ],
    ids=[
        "hy", "hy-short", "ka", "ka-mtavruli", "ja", "zh", "ko", "el", "he", "az", "az-2", "kk",
        "be", "sr", "en", "pt", "es", "fr", "de", "ru", "uk", "tr", "tr-quoting-az-names", "ar",
        "fa",
    ],
)
def test_detect_language_identifies(text: str, lang: str, method: str) -> None:
    guess = detect_language(text)
    assert (guess.lang, guess.method) == (lang, method)
    assert 0.5 <= guess.confidence <= 1.0


def test_detect_armenian_is_never_estonian() -> None:
    """langdetect alone says Estonian with probability 1.0; the script rule runs first."""
    import langdetect

    assert langdetect.detect_langs(ARMENIAN)[0].lang == "et"  # the trap is real
    assert detect_language(ARMENIAN).lang == "hy"


@pytest.mark.parametrize(
    "text",
    [
        "", "   ", "12 345", "2020-09-26", "— — —", "ok", "Hello", "Ilham Aliyev",
        "https://example.com/a/b", "Armenia and Azerbaijan reject call", "Qué pasará ahora",
        "Russland fordert Waffenstillstand", "Հայ", "$1,234.50 (2020)", "Talks resume in Tbilisi",
    ],
    ids=[
        "empty", "spaces", "number", "date", "dashes", "two-letters", "one-word", "name", "url",
        "ambiguous-heading", "short-es", "short-de-profile-says-no", "three-armenian-letters",
        "money", "heading-full-of-names",
    ],
)
def test_detect_language_short_or_empty_is_und(text: str) -> None:
    assert detect_language(text) == LanguageGuess("und", 0.0, detect_language(text).method)


@pytest.mark.parametrize(
    "text",
    ["Leave a Reply", "Nicholas Pashinian", "Source: Al Jazeera", "What happens next"],
    ids=["widget", "name", "credit", "heading"],
)
def test_detect_language_short_text_gets_low_confidence(text: str) -> None:
    guess = detect_language(text)
    assert guess.lang in ("en", "und")
    assert guess.confidence < 0.8


def test_detect_language_confidence_grows_with_text() -> None:
    short = detect_language("Turkey pledges support as the fighting continues")
    long = detect_language(
        "Turkey pledges support for Azerbaijan as fighting continues for a fifth day and the "
        "death toll rises above one hundred."
    )
    assert (short.lang, long.lang) == ("en", "en")
    assert short.confidence < long.confidence


def test_detect_language_is_deterministic_in_any_order() -> None:
    """The same text gives the identical guess whatever was detected before, 20 times."""
    import langdetect

    texts = [
        "Meanwhile, international pressure for a cease-fire continues.",
        "Os confrontos continuaram pelo quinto dia consecutivo na quinta-feira.",
        "Negotiations require a favorable environment",
        AZERBAIJANI, TURKISH, "Peace talks stall again",
    ]
    first = {t: detect_language(t) for t in texts}
    rng = random.Random(7)
    for _ in range(20):
        order = texts[:]
        rng.shuffle(order)
        langdetect.DetectorFactory.seed = rng.randrange(1000)  # global state must not matter
        random.seed(rng.random())
        for text in order:
            assert detect_language(text) == first[text]
    langdetect.DetectorFactory.seed = None


def test_detect_azerbaijani_typed_without_schwa_needs_more_evidence() -> None:
    plain = (
        "Azerbaycan Prezidenti Ilham Eliyev bildirib ki, ermeni qoşunlari torpaqlarimizdan "
        "derhal çixmalidir ve sülh danişiqlari davam edecek."
    )
    assert detect_language(plain).lang == "az"
    assert detect_language(plain).confidence < detect_language(AZERBAIJANI).confidence


def test_detect_article_sets_blocks_and_majority(make_article: MakeArticle) -> None:
    en = (
        "Armenian Prime Minister Nikol Pashinyan said on Wednesday that talks with Azerbaijan "
        "would resume next week in Geneva under international mediation."
    )
    pt = (
        "Os confrontos continuaram pelo quinto dia consecutivo, e o número de mortos passou "
        "de cem."
    )
    article = make_article(("paragraph", en), ("paragraph", pt), ("paragraph", en + " " + en))
    result = detect_article(article)
    assert result is article
    assert [b.lang.lang for b in article.blocks if b.lang] == ["en", "pt", "en"]
    assert article.lang is not None
    assert article.lang.lang == "en"
    assert 0.5 < article.lang.confidence < 0.9  # a quarter of the text is Portuguese


def test_detect_article_majority_is_weighted_by_length(make_article: MakeArticle) -> None:
    pt = (
        "O presidente do Azerbaijão afirmou que os combates vão continuar até a retirada das "
        "tropas armênias. Segundo ele, o governo não aceitará nenhuma outra condição, e a "
        "comunidade internacional deve pressionar a Armênia a cumprir as resoluções."
    )
    article = make_article(
        ("paragraph", "Fighting continues for a fifth day."),
        ("paragraph", "Turkey pledges support."),
        ("paragraph", pt),
    )
    detect_article(article)
    assert article.lang is not None
    assert article.lang.lang == "pt"


def test_detect_article_short_heading_takes_article_language(make_article: MakeArticle) -> None:
    body = (
        "Foreign ministers of the two countries met in the Georgian capital on Monday, the first "
        "such meeting since the ceasefire, and agreed to continue the talks next month."
    )
    heading = "Foreign ministers meet in Tbilisi as border talks resume"
    assert detect_language(heading).lang != "en"  # the profiles alone get it wrong or give up
    article = make_article(("title", heading), ("paragraph", body), ("paragraph", body))
    detect_article(article)
    title = article.blocks[0].lang
    assert title is not None
    assert (title.lang, title.method) == ("en", "context")
    assert title.confidence <= 0.6


def test_detect_article_keeps_a_real_foreign_paragraph(make_article: MakeArticle) -> None:
    body = "The ministers agreed to continue the talks next month in Geneva, officials said."
    quote = "Obrigado a todos pelo apoio e pela solidariedade."
    article = make_article(("paragraph", body), ("paragraph", quote), ("paragraph", body))
    detect_article(article)
    assert article.blocks[1].lang is not None
    assert article.blocks[1].lang.lang == "pt"


def test_detect_article_keeps_script_decisions(make_article: MakeArticle) -> None:
    body = "The ministers agreed to continue the talks next month in Geneva, officials said."
    article = make_article(("paragraph", body), ("paragraph", "Փաշինյանը հայտարարել է"))
    detect_article(article)
    assert article.blocks[1].lang is not None
    assert (article.blocks[1].lang.lang, article.blocks[1].lang.method) == ("hy", "script")


def test_detect_article_without_language_evidence_is_und(make_article: MakeArticle) -> None:
    article = make_article(("paragraph", "12 345"), ("paragraph", "2020-09-26"))
    detect_article(article)
    assert article.lang == LanguageGuess("und", 0.0, "none")
    assert all(b.lang is not None and b.lang.lang == "und" for b in article.blocks)


def test_detect_rules_malformed_data_is_a_data_error(language_data: Path) -> None:
    (language_data / "scripts.toml").write_text("[[script]]\nname = 'X'\nranges = [[5, 1]]\n")
    with pytest.raises(DataError, match=r"scripts\.toml"):
        detect_language("anything at all here")


def test_detect_rules_missing_is_a_data_error(language_data: Path) -> None:
    with pytest.raises(DataError, match="missing"):
        detect_language("anything at all here")


@pytest.mark.parametrize(
    "text",
    ["x" * 300_000, "ha ha ha ha ha ha", "word " * 20_000, "a." * 20_000, "ə" * 10_000],
    ids=["one-letter-run", "laughter", "one-word-repeated", "dotted-letters", "schwa-run"],
)
def test_detect_language_repetitive_junk_is_und(text: str) -> None:
    assert detect_language(text).lang == "und"


@pytest.fixture(scope="module")
def langdetect_factory() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


@pytest.mark.parametrize(
    "text",
    [
        "NATO and the U.S.A. met McDonald  in  Paris — “quoted” text; see https://x.com/a?b=1 "
        "or mail a.b@c.org",
        "Հայաստանի վարչապետ Նիկոլ Փաշինյանը and some Latin words",
        "日本政府は停戦を呼びかけた。中国外交部发言人表示",
        "Việt Nam là một quốc gia",
        "Президент Азербайджана заявил ABC",
        "الرئيس الأذربيجاني يتعهد ی",
        "ţară şi ș ț",
        "  lead  spaces  ",
        "",
    ],
    ids=["latin-mixed", "armenian-latin", "cjk", "vietnamese", "cyrillic-caps", "arabic-farsi-yeh",
         "romanian-commas", "spaces", "empty"],
)
def test_ngram_extraction_matches_langdetect(text: str, langdetect_factory: Any) -> None:
    """The fast port extracts exactly the n-grams langdetect's own Detector does."""
    from translate.detect import _model, _ngrams

    detector = langdetect_factory.create()
    detector.append(text)
    detector.cleaning_text()
    assert _ngrams(text, _model().probs) == detector._extract_ngrams()
