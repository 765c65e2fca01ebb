"""Boilerplate removal: per-language rules, sections, what must survive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from translate.boilerplate import match_rule, strip_boilerplate
from translate.errors import DataError
from translate.model import Article, Dropped

MakeArticle = Callable[..., Article]

LONG_EN = (
    "Although the region is part of Azerbaijan, it is controlled by Armenian separatists under "
    "the aegis of the Yerevan government, and the two countries practically joined the war on "
    "September 26, 2020."
)

POSITIVE = [
    ("en", "Leave a Reply", "en:comment-form"),
    ("en", "Leave a comment", "en:comment-form"),
    ("en", "Leave a Reply to John Smith Cancel reply", "en:comment-form"),
    ("en", "Your email address will not be published. Required fields are marked *",
     "en:comment-form"),
    ("en", "Post a comment", "en:comment-form"),
    ("en", "Comments are closed.", "en:comment-form"),
    ("en", "3 Comments", "en:comment-form"),
    ("en", "One thought on “Talks resume”", "en:comment-form"),
    ("en", "Share this:", "en:share"),
    ("en", "Share on Facebook", "en:share"),
    ("en", "Share this: Facebook Twitter", "en:share"),  # a widget whose lines a .txt joined
    ("en", "Share this story: WhatsApp | Telegram | Copy link", "en:share"),
    ("en", "Click to share on Twitter (Opens in new window)", "en:share"),
    ("en", "Facebook | Twitter | WhatsApp | Email", "en:share"),
    ("en", "Like this:", "en:share"),
    ("en", "Loading...", "en:share"),
    ("en", "Sign up for our daily newsletter", "en:newsletter"),
    ("en", "Subscribe", "en:newsletter"),
    ("en", "Subscribe to our newsletter", "en:newsletter"),
    ("en", "We use cookies to give you the best experience. By continuing you agree.",
     "en:cookies"),
    ("en", "Accept all cookies", "en:cookies"),
    ("en", "Related posts", "en:related"),
    ("en", "Related Articles:", "en:related"),
    ("en", "You may also like", "en:related"),
    ("en", "Read more: Armenia and Azerbaijan trade blame", "en:read-more"),
    ("en", "Read more", "en:read-more"),
    ("en", "Advertisement", "en:advertisement"),
    ("en", "— Advertisement —", "en:advertisement"),
    ("en", "Story continues below advertisement", "en:advertisement"),
    ("en", "Follow us on Twitter", "en:follow"),
    ("en", "Follow Al Jazeera English on Instagram", "en:follow"),
    ("en", "© 2020 Al Jazeera Media Network. All rights reserved.", "en:copyright"),
    ("en", "Copyright 2020 Reuters", "en:copyright"),
    ("en", "Tags: Armenia, Azerbaijan, Karabakh", "en:tags"),
    ("en", "Posted in World News", "en:tags"),
    ("en", "Back to top", "en:navigation"),
    ("en", "* * *", "common:separator"),
    ("pt", "Deixe uma resposta", "pt:comment-form"),
    ("pt", "Deixe um comentário", "pt:comment-form"),
    ("pt", "O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *",
     "pt:comment-form"),
    ("pt", "Compartilhe isso:", "pt:share"),
    ("pt", "Partilhar isto:", "pt:share"),
    ("pt", "Clique para compartilhar no WhatsApp (abre em nova janela)", "pt:share"),
    ("pt", "Assine nossa newsletter", "pt:newsletter"),
    ("pt", "Usamos cookies para melhorar a sua experiência.", "pt:cookies"),
    ("pt", "Posts relacionados", "pt:related"),
    ("pt", "Leia também: Armênia acusa Azerbaijão", "pt:read-more"),
    ("pt", "Publicidade", "pt:advertisement"),
    ("pt", "Siga-nos no Instagram", "pt:follow"),
    ("pt", "Todos os direitos reservados.", "pt:copyright"),
    ("pt", "Tags: Armênia, Azerbaijão", "pt:tags"),
    ("es", "Deja una respuesta", "es:comment-form"),
    ("es", "Compartir esto:", "es:share"),
    ("es", "Suscríbete a nuestro boletín", "es:newsletter"),
    ("es", "Utilizamos cookies propias y de terceros.", "es:cookies"),
    ("es", "Te puede interesar", "es:related"),
    ("es", "Publicidad", "es:advertisement"),
    ("es", "Síguenos en Twitter", "es:follow"),
    ("fr", "Laisser un commentaire", "fr:comment-form"),
    ("fr", "Partager :", "fr:share"),
    ("fr", "Abonnez-vous à notre newsletter", "fr:newsletter"),
    ("fr", "Nous utilisons des cookies pour améliorer votre expérience.", "fr:cookies"),
    ("fr", "À lire aussi", "fr:related"),
    ("fr", "Publicité", "fr:advertisement"),
    ("fr", "Tous droits réservés", "fr:copyright"),
    ("de", "Schreibe einen Kommentar", "de:comment-form"),
    ("de", "Teilen mit:", "de:share"),
    ("de", "Newsletter abonnieren", "de:newsletter"),
    ("de", "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.", "de:cookies"),
    ("de", "Das könnte Sie auch interessieren", "de:related"),
    ("de", "Anzeige", "de:advertisement"),
    ("de", "Alle Rechte vorbehalten.", "de:copyright"),
    ("ru", "Добавить комментарий", "ru:comment-form"),
    ("ru", "Поделиться:", "ru:share"),
    ("ru", "Подпишитесь на нашу рассылку", "ru:newsletter"),
    ("ru", "Мы используем файлы cookie.", "ru:cookies"),
    ("ru", "Читайте также: Армения и Азербайджан", "ru:read-more"),
    ("ru", "Реклама", "ru:advertisement"),
    ("ru", "Все права защищены.", "ru:copyright"),
    ("pt", "Share this:", "en:share"),  # English widget text on a Portuguese page
    ("hy", "Leave a Reply", "en:comment-form"),  # no Armenian rules: English fallback
    ("und", "Subscribe", "en:newsletter"),
]


@pytest.mark.parametrize(("lang", "text", "rule"), POSITIVE,
                         ids=[f"{lang}-{rule.split(':')[1]}-{i}" for i, (lang, _, rule)
                              in enumerate(POSITIVE)])
def test_match_rule_finds_boilerplate(lang: str, text: str, rule: str) -> None:
    found = match_rule(text, lang)
    assert found is not None
    assert found.id == rule


NEGATIVE = [
    ("en", "Source: Al Jazeera"),
    ("en", LONG_EN),
    ("en", "If you subscribe to the ministry's newsletter, you will see that the government has "
           "repeatedly said it would not negotiate until the troops leave the occupied land."),
    ("en", "The president said the country would share the burden."),
    ("en", "Leave a reply to the ministry, the ambassador told reporters on Monday."),
    ("en", "Comments by the minister drew criticism."),
    ("en", "Related talks will follow next week."),
    ("en", "Advertisement spending fell by 20% last year."),
    ("en", "Share prices fell sharply on Monday."),
    ("en", "Share this story with Twitter users who doubt it, the minister said."),
    ("en", "Subscribers complained about the price."),
    ("en", "The Source: a novel"),
    ("en", "Name"),  # a form field only after a comment-form marker
    ("en", "Cookies were handed out to the soldiers."),
    ("pt", "Fonte: Al Jazeera"),
    ("pt", "O governo vai compartilhar os custos da reconstrução."),
    ("es", "Fuente: EFE"),
    ("fr", "Source : AFP"),
    ("de", "Quelle: dpa"),
    ("ru", "Источник: ТАСС"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVE,
                         ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(NEGATIVE)])
def test_match_rule_leaves_article_text(lang: str, text: str) -> None:
    assert match_rule(text, lang) is None


def test_strip_boilerplate_comment_form_footer(make_article: MakeArticle) -> None:
    article = make_article(
        ("title", "Talks resume"),
        ("paragraph", LONG_EN + " Source: Al Jazeera"),
        ("paragraph", "Source: Al Jazeera"),
        ("heading", "Leave a Reply"),
        ("paragraph", "Your email address will not be published. Required fields are marked *"),
        ("paragraph", "Comment *"),
        ("paragraph", "Name *"),
        ("paragraph", "Email *"),
        ("paragraph", "Website"),
        ("paragraph", "Save my name, email, and website in this browser for the next time I "
                      "comment."),
        ("paragraph", "Post Comment"),
        ("paragraph", "Δ"),
    )
    result = strip_boilerplate(article, "en")
    assert [b.text for b in result.blocks] == [
        "Talks resume", LONG_EN + " Source: Al Jazeera", "Source: Al Jazeera",
    ]
    assert [d.rule for d in result.dropped] == ["en:comment-form"] * 9
    assert result.dropped[0] == Dropped("Leave a Reply", "en:comment-form", "comment form")
    assert result.dropped[2].reason == (
        "comment form (after “Your email address will not be publishe…”)"
    )
    assert len(article.blocks) == 12  # the input is not modified


def test_strip_boilerplate_section_stops_at_article_text(make_article: MakeArticle) -> None:
    article = make_article(
        ("paragraph", LONG_EN),
        ("heading", "Related posts"),
        ("list_item", "Armenia and Azerbaijan trade blame"),
        ("list_item", "Russia calls for ceasefire"),
        ("paragraph", "Turkey pledges support"),
        ("paragraph", "He declined to comment."),  # ends like a sentence: article text
        ("heading", "Background"),
        ("paragraph", LONG_EN),
    )
    result = strip_boilerplate(article, "en")
    assert [b.text for b in result.blocks] == [
        LONG_EN, "He declined to comment.", "Background", LONG_EN,
    ]
    assert [d.rule for d in result.dropped] == ["en:related"] * 4


def test_strip_boilerplate_heading_ends_a_section(make_article: MakeArticle) -> None:
    article = make_article(("paragraph", "Tags: Armenia"), ("heading", "Analysis"),
                           ("paragraph", "Short label"))
    result = strip_boilerplate(article, "en")
    assert [b.text for b in result.blocks] == ["Analysis", "Short label"]


def test_strip_boilerplate_keeps_title_and_long_paragraphs(make_article: MakeArticle) -> None:
    article = make_article(("title", "Subscribe"), ("paragraph", LONG_EN))
    assert strip_boilerplate(article, "en") is article


def test_strip_boilerplate_keep_returns_article_unchanged(make_article: MakeArticle) -> None:
    article = make_article(("paragraph", LONG_EN), ("paragraph", "Leave a Reply"))
    assert strip_boilerplate(article, "en", keep=True) is article
    assert article.dropped == []


def test_strip_boilerplate_appends_to_earlier_drops(make_article: MakeArticle) -> None:
    article = make_article(("paragraph", LONG_EN), ("paragraph", "Advertisement"))
    article.dropped.append(Dropped("nav", "read:html", "outside the article body"))
    result = strip_boilerplate(article, "en")
    assert [d.rule for d in result.dropped] == ["read:html", "en:advertisement"]
    assert [b.start for b in result.blocks] == [0]  # offsets into Article.text are kept


def test_strip_boilerplate_portuguese_footer(make_article: MakeArticle) -> None:
    article = make_article(
        ("paragraph", "O presidente do Azerbaijão afirmou que os combates vão continuar."),
        ("paragraph", "Deixe um comentário"),
        ("paragraph", "Comentário *"),
        ("paragraph", "Nome *"),
        ("paragraph", "E-mail *"),
        ("paragraph", "Salvar meus dados neste navegador para a próxima vez que eu comentar."),
        ("paragraph", "Publicar comentário"),
    )
    result = strip_boilerplate(article, "pt-BR")
    assert len(result.blocks) == 1
    assert {d.rule for d in result.dropped} == {"pt:comment-form"}


def test_boilerplate_bad_pattern_is_a_data_error(language_data: Path) -> None:
    (language_data / "en.toml").write_text(
        "[boilerplate]\n[[boilerplate.rules]]\nid = 'x'\npatterns = ['(unclosed']\n"
    )
    with pytest.raises(DataError, match="boilerplate rule en:x"):
        match_rule("anything", "en")


def test_boilerplate_rule_without_patterns_is_a_data_error(language_data: Path) -> None:
    (language_data / "en.toml").write_text("[boilerplate]\n[[boilerplate.rules]]\nid = 'x'\n")
    with pytest.raises(DataError, match="no patterns"):
        match_rule("anything", "en")
