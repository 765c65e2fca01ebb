"""Site furniture of real news pages: dated comment threads and teaser lists, datelines,
contact lines, and what must survive them (article paragraphs, a sentence with a date)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from translate.boilerplate import match_rule, strip_boilerplate
from translate.model import Article

MakeArticle = Callable[..., Article]

BODY = (
    "The prosecutor met his superior in Madrid yesterday to analyse the judge's order, which "
    "runs to more than two hundred pages and lists every payment under investigation."
)


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        ("es", "Patricio Candia | Palma de Mallorca | 08/01/2014", "common:dateline"),
        ("en", "Staff reporter • London • 12.03.2021, 10:45", "common:dateline"),
        ("en", "Home | Video | World | U.S. | Africa | Asia", "common:menu"),
        ("en", "Write to Jane Doe at jane.doe@example.com", "en:contact-line"),
        ("en", "More Must-Reads From TIME", "en:related"),
        ("en", "Today's five most popular stories", "en:related"),
        ("en", "Part of complete coverage on", "en:related"),
        ("en", "Loading weather data ...", "en:share"),
        ("es", "Comentar", "es:comment-form"),
        ("ar", "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", "ar:update-stamp"),
        ("en", "JIM WATSON/AFP/Getty Images", "common:photo-credit"),
        ("en", "Photograph: Dan Kitwood/Getty Images", "common:photo-credit"),
        # a photo credit is site furniture; a source credit is part of the article
        ("en", "Photo: Reuters", "common:photo-credit"),
        ("en", "(Photo by Jim Watson/AFP via Getty Images)", "common:photo-credit"),
        ("de", "Foto: dpa", "common:photo-credit"),
        ("fr", "Crédit photo : AFP", "common:photo-credit"),
        ("en", "Subscribe to continue reading", "en:paywall"),
        ("en", "Support our journalism with a monthly contribution.", "en:donate"),
        ("en", "Become a member today", "en:donate"),
        ("th", "LINE ไอดี = @prachatai", "common:social-account"),
        ("en", "Twitter: @dwnews", "common:social-account"),
        ("ja", "金正恩氏が習近平氏に書簡 朝鮮中央通信 （2018/6/16 10:20）",
         "common:dated-headline"),
        ("en", "You have reached your limit of 5 free articles this month.", "en:paywall"),
        ("fr", "Il vous reste 80 % de cet article à lire.", "fr:paywall"),
        ("de", "Dieser Artikel ist nur für Abonnenten verfügbar.", "de:paywall"),
        ("pt", "Este conteúdo é exclusivo para assinantes.", "pt:paywall"),
        ("es", "Este contenido es exclusivo para suscriptores.", "es:paywall"),
        ("ja", "この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
         "ja:paywall"),
    ],
)
def test_furniture_rules(lang: str, text: str, rule: str) -> None:
    found = match_rule(text, lang)
    assert found is not None and found.id == rule


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 08/01/2014 the court in Palma de Mallorca ruled against the appeal."),
        ("en", "Readers can write to the editor at letters@example.com with their views on it, "
               "and many did so after the vote in the regional parliament last week."),
        ("en", "The most popular stories of the year were about the floods."),
        ("es", "Comentar la sentencia no es delito, dijo el juez."),
        ("en", "Photo: the minister arrives in Paris for the summit."),  # a caption
        ("en", "Image: a protester, left, and police in Hong Kong, where the vote was held"),
        ("en", "Subscribers to the service will pay more from next year, the company said."),
        ("en", "Become a member of the committee, he urged the young lawyers who met him."),
        ("en", "Donate blood, the minister said on Twitter."),
    ],
)
def test_furniture_rules_leave_sentences(lang: str, text: str) -> None:
    assert match_rule(text, lang) is None


def test_comment_thread_after_marker_is_dropped_with_its_dates(make_article: MakeArticle) -> None:
    article = make_article(
        ("title", "Anticorrupción decidirá en Madrid"),
        ("paragraph", BODY),
        ("heading", "Comentar"),
        ("paragraph", "Hace 28 minutos"),
        ("paragraph", "Vaya comportamiento tan poco ejemplar del fiscal, defiende lo indefendible, "
                      "como para que los ciudadanos creamos en la justicia que imparta."),
        ("paragraph", "Hace una hora"),
        ("paragraph", "Los fiscales se han convertido en los abogados defensores de la Infanta."),
        ("paragraph", "A las pruebas me remito,"),
    )
    out = strip_boilerplate(article, "es")
    assert [b.text for b in out.blocks] == ["Anticorrupción decidirá en Madrid", BODY]
    assert {d.rule for d in out.dropped} == {"es:comment-form"}
    assert any("date line" in d.reason for d in out.dropped)


def test_long_paragraph_after_comment_marker_without_dates_is_kept(
    make_article: MakeArticle,
) -> None:
    # no date line: nothing says the paragraph is a reader's comment, so it stays
    article = make_article(("paragraph", "Comments"), ("paragraph", BODY))
    out = strip_boilerplate(article, "en")
    assert [b.text for b in out.blocks] == [BODY]


def test_dated_teasers_after_coverage_marker(make_article: MakeArticle) -> None:
    teaser = "Here are 10 facts about one of nature's most powerful forces."
    article = make_article(
        ("paragraph", BODY),
        ("paragraph", "Part of complete coverage on"),
        ("paragraph", "Severe weather"),
        ("paragraph", "November 28, 2013 -- Updated 0203 GMT (1003 HKT)"),
        ("paragraph", teaser),
        ("paragraph", "April 26, 2014 -- Updated 1358 GMT (2158 HKT)"),
        ("paragraph", "Get a glimpse of the weather events happening around the world."),
    )
    out = strip_boilerplate(article, "en")
    assert [b.text for b in out.blocks] == [BODY]


def test_sentences_after_a_related_marker_without_dates_are_kept(
    make_article: MakeArticle,
) -> None:
    article = make_article(("paragraph", "Related"), ("paragraph", BODY), ("paragraph", BODY))
    out = strip_boilerplate(article, "en")
    assert [b.text for b in out.blocks] == [BODY, BODY]


def test_headline_repeated_as_first_heading_is_one_title() -> None:
    from translate.read import parse_article

    para = " ".join([BODY] * 3)
    html = (
        "<html><head><title>Fiscal decide si recurre la imputación » Local » Noticias</title>"
        "</head><body><article><h2>Fiscal decide si recurre la imputación</h2>"
        f"<p>{para}</p><p>Second: {para}</p></article></body></html>"
    )
    article = parse_article(html, fmt="html", source="t.html", article_id="t")
    assert article.title == "Fiscal decide si recurre la imputación"
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph"]
    assert {d.rule for d in article.dropped} >= {"html:title-repeat", "html:title-site"}


def test_teasers_to_the_end_after_a_related_marker(make_article: MakeArticle) -> None:
    teaser = "MALCOLM Fraser was an effective prime minister, controversially installed."
    article = make_article(
        ("paragraph", BODY),
        ("heading", "Other Opinion Columns"),
        ("heading", "Editorial Fraser’s lasting legacy"), ("paragraph", teaser),
        ("heading", "True liberal Ex-PM a man of contrasts"), ("paragraph", teaser + " Again."),
    )  # fmt: skip
    out = strip_boilerplate(article, "en")
    assert [b.text for b in out.blocks] == [BODY]
    assert sum("teaser after" in d.reason for d in out.dropped) == 4


def test_an_article_that_goes_on_after_a_marker_is_kept(make_article: MakeArticle) -> None:
    article = make_article(
        ("paragraph", BODY), ("heading", "Related"),
        ("heading", "What the court decided"), ("paragraph", BODY),
        ("paragraph", BODY + " More."),  # a second paragraph under a heading: the article
    )  # fmt: skip
    out = strip_boilerplate(article, "en")
    assert [b.text for b in out.blocks][-2:] == [BODY, BODY + " More."]


def test_headline_repeated_below_a_kicker_is_one_title() -> None:
    from translate.read import parse_article

    para = " ".join([BODY] * 3)
    html = (
        "<html><head><title>The Hidden Heroines of Chaos | Quanta Magazine</title></head><body>"
        "<article><h3>chaos theory</h3><h1>The Hidden Heroines of Chaos</h1>"
        f"<p>{para}</p><p>Second: {para}</p></article></body></html>"
    )
    article = parse_article(html, fmt="html", source="t.html", article_id="t")
    assert [b.text for b in article.blocks if b.kind == "heading"] == ["chaos theory"]
    assert article.title == "The Hidden Heroines of Chaos"
