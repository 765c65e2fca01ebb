"""False alarms and damage found by running real pages that no set holds (htmldate's test pages:
Mozilla's advisories, Greenpeace, Creative Commons, Verfassungsblog) through the pipeline.

Each case pairs the correct translation, which must raise no blocking finding, with a wrong one,
which must still be caught: a check made quieter must not go blind.
"""

from __future__ import annotations

from translate.check import check_pair
from translate.detect import detect_blocks, get_detector
from translate.model import Article, Block
from translate.read import parse_article


def _blocking(source: str, target: str, check: str, lang: str = "en") -> list[str]:
    result = check_pair(source, target, lang, "pt-BR", localize=False)
    return [f.message for f in result.findings if f.check == check and f.severity == "error"]


def test_a_name_and_an_acronym_are_not_an_untranslated_headline() -> None:
    assert _blocking("Ryan Merkley, CEO", "Ryan Merkley, CEO", "untranslated") == []
    line = "Board Of Directors Meeting, NATO"
    assert _blocking(line, line, "untranslated")
    assert _blocking(
        "Breaking News From Around The World", "Breaking News From Around The World",
        "untranslated",
    )


def test_a_character_reference_or_a_rank_is_no_hashtag() -> None:
    assert _blocking("I&#39;ve seen the fires", "I&#39;ve viu os incêndios", "verbatim") == []
    assert _blocking("Ranked #1 again", "Classificado em primeiro lugar", "verbatim") == []
    assert _blocking("The #MeToo movement grew", "O movimento cresceu", "verbatim") == [
        "'#MeToo' is not in the target as written"
    ]


def test_portuguese_toneladas_carry_the_tonnes() -> None:
    source = "Indonesia's peatlands store about 35 billion tonnes of carbon."
    right = "As turfeiras da Indonésia armazenam cerca de 35 bilhões de toneladas de carbono."
    wrong = "As turfeiras da Indonésia armazenam cerca de 35 bilhões de carbono."
    assert _blocking(source, right, "numbers") == []
    assert _blocking(source, wrong, "numbers")
    kilos = "As turfeiras da Indonésia armazenam cerca de 35 bilhões de quilos de carbono."
    assert _blocking(source, kilos, "numbers")


def test_a_permalink_glyph_does_not_open_the_heading() -> None:
    html = (
        "<html><head><title>Security advisory</title></head><body><article>"
        "<h1>Security Vulnerabilities fixed in Firefox</h1>"
        + "<p>Dragging Javascript URLs to the address bar could cause them to be loaded, "
        "bypassing restrictions and security protections of the browser.</p>" * 3
        + '<h4 id="CVE-2024-31393"><a href="#CVE-2024-31393"><span class="anchor">#</span>'
        "CVE-2024-31393: Javascript URLs would load when dragged to address bar</a></h4>"
        + "<p>If an insecure element was added to a page after a delay, Firefox would not "
        "replace the secure icon with a mixed content security status.</p>" * 3
        + "</article></body></html>"
    )
    article = parse_article(html, fmt="html")
    texts = [b.text for b in article.blocks]
    assert any(t.startswith("CVE-2024-31393: Javascript") for t in texts), texts
    assert not any(t.startswith("#") for t in texts)


def test_a_double_escaped_alt_text_is_read_as_the_page_means_it() -> None:
    html = (
        "<html><body><article>"
        + "<p>Forest fires spread across the province again this year, and the palm oil "
        "companies that cleared the land are still supplied by the same banks.</p>" * 3
        + '<figure><img src="/a.jpg" alt="I&amp;#39;ve seen the forest fires"></figure>'
        + "<p>The report names the banks and the companies, and asks regulators to act "
        "before the next dry season begins in the region.</p>" * 3
        + "</article></body></html>"
    )
    article = parse_article(html, fmt="html")
    alts = [b.text for b in article.blocks if "forest fires" in b.text and "seen" in b.text]
    assert alts == ["I've seen the forest fires"]  # not "I&#39;ve"
    assert not any("&#39;" in b.text for b in article.blocks)


def _article(*texts: str) -> Article:
    blocks = [Block(kind="paragraph", text=t) for t in texts]
    return Article(id="a", blocks=blocks, source="-", format="txt", text="\n\n".join(texts))


def test_a_short_block_of_dictionary_words_takes_the_article_language() -> None:
    body = (
        "Peatlands are perhaps the most critical carbon stores in the world, and the "
        "country's peatlands are vast. The fires that burned them last year released more "
        "carbon than the whole economy of several European countries."
    )
    article = _article(body, "Half a tablespoon", "Tomato puree", body + " More text here.",
                       "Frau und Mann freuen sich über Sprachkurs-Rabatte")
    detect_blocks(article, get_detector("combined"))
    langs = [b.lang.lang if b.lang else None for b in article.blocks]
    assert langs[0] == "en" and langs[3] == "en"
    assert langs[1] == "en" and langs[2] == "en"  # a model's French and Italian on 2-3 words
    assert langs[4] == "de"  # words that are not English keep their own language


def test_degrees_in_the_news_style_are_localized_and_compared_by_value() -> None:
    source = "Temperatures hit 41.5C (106.7F) in Phoenix."
    result = check_pair(source, "As temperaturas atingiram 41.5C (106.7F) em Phoenix.", "en",
                        "pt-BR")
    assert result.text == "As temperaturas atingiram 41,5C (106,7F) em Phoenix."
    assert [f for f in result.findings if f.severity == "error"] == []
    changed = check_pair("Temperatures hit 41C.", "As temperaturas atingiram 42C.", "en", "pt-BR")
    assert [f.check for f in changed.findings if f.severity == "error"] == ["numbers"]
    assert _blocking("The 5G network.", "A rede 4G.", "numbers")  # a code, not degrees
