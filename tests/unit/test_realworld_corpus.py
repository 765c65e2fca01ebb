"""The real-world corpus is whole, sourced and consistent with its facts."""

from __future__ import annotations

import hashlib
import json
from collections import Counter

import feedparser
import pytest
from realworld_corpus import CORPUS, load_feeds, load_pages, verify


def test_corpus_size_languages_and_kinds() -> None:
    pages = load_pages()
    news = [p for p in pages if p.kind == "news"]
    assert len(news) >= 40
    languages = Counter(p.language for p in pages)
    assert len(languages) >= 6, languages
    assert len(load_feeds()) >= 10


def test_every_page_matches_its_checksum_and_has_facts() -> None:
    pages = load_pages()
    assert sum(1 for p in pages if p.title) >= 0.95 * len(pages)
    for page in pages:
        assert verify(page), page.id
        assert page.must_have or page.expected_text_path or page.body_start, page.id
        assert page.source.get("package") and page.source.get("version"), page.id


def test_must_have_snippets_are_in_the_page() -> None:
    # a fact that the page cannot satisfy would score every extractor wrong; compared without
    # whitespace and soft hyphens, since inline tags and hyphenation points split the words
    import html as htmllib
    import re

    def key(text: str) -> str:
        return re.sub(r"\s+", "", text.replace("\xad", ""))

    for page in load_pages():
        visible = key(htmllib.unescape(re.sub(r"<[^>]+>", "", page.html())))
        for snippet in page.must_have + [s for s in (page.body_start, page.body_end) if s]:
            assert key(snippet) in visible, (page.id, snippet)


def test_feeds_parse_as_their_facts_say() -> None:
    for feed in load_feeds():
        assert hashlib.sha256(feed.data()).hexdigest() == feed.sha256
        if feed.format == "jsonfeed":
            assert len(json.loads(feed.data())["items"]) == feed.items
        else:
            assert len(feedparser.parse(feed.data()).entries) == feed.items, feed.id


def test_sources_are_recorded() -> None:
    sources = json.loads((CORPUS / "sources.json").read_text())["sources"]
    notice = (CORPUS / "NOTICE.md").read_text()
    for key, info in sources.items():
        assert len(info["sdist_sha256"]) == 64
        assert info["version"] in notice, key
    assert len(list((CORPUS / "LICENSES").iterdir())) >= 4


def test_heldout_pages_match_their_checksums_and_facts() -> None:
    """The held-out set (Mozilla Readability's news pages): bytes as written, facts from
    Readability's expected output, news in several languages, the licence kept."""
    from realworld_corpus import CORPUS

    pages = load_pages(CORPUS / "heldout")
    assert len(pages) == 37
    assert {p.language for p in pages} >= {"en", "fr", "de", "es", "pt", "zh", "ja", "cs"}
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.title, page.id
        assert page.source["package"] == "mozilla/readability (GitHub)", page.id
    assert (CORPUS / "LICENSES" / "mozilla-readability-Apache-2.0.txt").is_file()


@pytest.mark.parametrize(("directory", "count"), [("heldout_c", 36), ("zyte_dev", 60)])
def test_zyte_benchmark_pages_match_their_checksums_and_facts(directory: str, count: int) -> None:
    """Held-out set c and the development pages of Zyte's article-extraction benchmark: bytes
    as written, facts from its ground truth, one page per site; no site of set c in any other
    set (its development pages included); the licence kept."""
    import sys

    from realworld_corpus import CORPUS

    sys.path.insert(0, str(CORPUS))
    from build_heldout_c import site

    pages = load_pages(CORPUS / directory)
    assert len(pages) == count
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.url, page.id
        assert page.source["package"].startswith("scrapinghub/article-extraction-benchmark")
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    held = {site(p.url or "") for p in load_pages(CORPUS / "heldout_c")}
    if directory == "heldout_c":
        others = (
            load_pages(CORPUS) + load_pages(CORPUS / "heldout") + load_pages(CORPUS / "zyte_dev")
        )
        assert not held & {site(p.url) for p in others if p.url}
    else:
        assert not held & set(sites)
    assert (CORPUS / "LICENSES" / "article-extraction-benchmark-MIT.txt").is_file()


def test_heldout_d_pages_match_their_checksums_and_facts() -> None:
    """Held-out set d (fundus's parser test pages): bytes as written, facts from fundus's
    expected parser output, one publisher per country in several languages, no site of set d
    in any other set; the licence kept."""
    import sys

    from realworld_corpus import CORPUS

    sys.path.insert(0, str(CORPUS))
    from build_heldout_c import site

    pages = load_pages(CORPUS / "heldout_d")
    assert len(pages) == 35
    assert {p.language for p in pages} >= {"en", "de", "fr", "es", "it", "ja", "zh", "ru", "ar"}
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.url and page.title, page.id
        assert page.source["package"] == "flairNLP/fundus (GitHub)", page.id
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    others = [
        p
        for sub in ("", "heldout", "heldout_c", "zyte_dev")
        for p in load_pages(CORPUS / sub if sub else CORPUS)
    ]
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert (CORPUS / "LICENSES" / "fundus-MIT.txt").is_file()


# The sets drawn from the 2026 web content extraction benchmark (tiptopjaw): each one's folder,
# the folders that existed when it was written (none of their pages or sites may be in it), and
# whether the benchmark gave its pages a title.
BENCHMARK_SETS = [
    ("heldout_e", ("", "heldout", "heldout_c", "zyte_dev", "heldout_d"), True),
    ("heldout_f", ("", "heldout", "heldout_c", "zyte_dev", "heldout_d", "heldout_e"), False),
    (
        "heldout_g",
        ("", "heldout", "heldout_c", "zyte_dev", "heldout_d", "heldout_e", "heldout_f"),
        False,
    ),
]


@pytest.mark.parametrize(("directory", "earlier", "titled"), BENCHMARK_SETS)
def test_benchmark_sets_match_their_checksums_and_facts(
    directory: str, earlier: tuple[str, ...], titled: bool
) -> None:
    """Sets e, f, g (article pages of a 2026 web content extraction benchmark): bytes as
    written, facts from the benchmark's ground truth, one page per site, no page or site in any
    set written before it; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_c import site

    pages = load_pages(CORPUS / directory)
    assert len(pages) == 30
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.url, page.id
        assert page.title or not titled, page.id
        assert page.source["package"].startswith("tiptopjaw/web-content-extraction-benchmark")
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    others = [p for sub in earlier for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.id for p in pages} & {p.id for p in others}
    assert (CORPUS / "LICENSES" / "web-content-extraction-benchmark-Apache-2.0.txt").is_file()


def test_heldout_h_pages_match_their_checksums_and_facts() -> None:
    """Held-out set h (trafilatura's evaluation benchmark): bytes as written, facts the
    benchmark's with/without snippets, one page per site, no site of any set written before it;
    the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site

    pages = load_pages(CORPUS / "heldout_h")
    assert len(pages) == 40
    for page in pages:
        assert verify(page), page.id
        assert len(page.must_have) >= 2 and page.must_not_have and page.url, page.id
        assert page.expected_text() is None, page.id
        assert page.source["package"] == "adbar/trafilatura (GitHub)", page.id
    sites = [page_site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    earlier = ("", "heldout", "heldout_c", "zyte_dev", "heldout_d", "heldout_e", "heldout_f")
    others = [
        p for sub in (*earlier, "heldout_g") for p in load_pages(CORPUS / sub if sub else CORPUS)
    ]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert (CORPUS / "LICENSES" / "trafilatura-Apache-2.0-e90b0ef5.txt").is_file()


def test_heldout_i_pages_match_their_checksums_and_facts() -> None:
    """Held-out set i (Zyte's article-extraction benchmark, the sites no other set holds): bytes
    as written, whole-body facts from the benchmark's ground truth, one page per site, no page or
    site of any set written before it; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_i import SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_i")
    assert len(pages) == 26
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.url, page.id
        assert page.source["package"].startswith("scrapinghub/article-extraction-benchmark")
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.id for p in pages} & {p.id for p in others}
    assert (CORPUS / "LICENSES" / "article-extraction-benchmark-MIT.txt").is_file()


def test_heldout_j_pages_match_their_checksums_and_facts() -> None:
    """Held-out set j (Postlight Parser's test fixtures, whole bodies from its site extractors):
    bytes as written, one page per site, no page or site of any set written before it, 3+
    paragraphs of body each; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_j import COMMIT, SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_j")
    assert len(pages) == 40
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.url and page.title, page.id
        assert page.source["package"] == "postlight/parser (GitHub)", page.id
        assert page.source["version"] == COMMIT
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.id for p in pages} & {p.id for p in others}
    assert (CORPUS / "LICENSES" / "postlight-parser-MIT.txt").is_file()


def test_heldout_k_pages_match_their_checksums_and_facts() -> None:
    """Held-out set k (more article pages of the 2026 extraction benchmark of sets e to g,
    whole bodies): bytes as written, one page per site, no page or site of any set written
    before it (set h's Internet Archive copies by their archived site); the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_k import SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_k")
    assert len(pages) == 40
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.url, page.id
        assert page.source["package"].startswith("tiptopjaw/web-content-extraction-benchmark")
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.id for p in pages} & {p.id for p in others}
    assert (CORPUS / "LICENSES" / "web-content-extraction-benchmark-Apache-2.0.txt").is_file()


def test_heldout_l_pages_match_their_checksums_and_facts() -> None:
    """Held-out set l (more article pages of the 2026 extraction benchmark of sets e to g and
    k, whole bodies): bytes as written, one page per site, no page or site of any set written
    before it, set k included (set h's Internet Archive copies by their archived site); the
    licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_l import SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_l")
    assert len(pages) == 40
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.url, page.id
        assert page.source["package"].startswith("tiptopjaw/web-content-extraction-benchmark")
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.id for p in pages} & {p.id for p in others}
    assert (CORPUS / "LICENSES" / "web-content-extraction-benchmark-Apache-2.0.txt").is_file()


def test_heldout_m_pages_match_their_checksums_and_facts() -> None:
    """Held-out set m (more article pages of the 2026 extraction benchmark of sets e to g, k
    and l, whole bodies): bytes as written, one page per site, no page or site of any set written
    before it, set l included (set h's Internet Archive copies by their archived site); the
    licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_m import SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_m")
    assert len(pages) == 40
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.url, page.id
        assert page.source["package"].startswith("tiptopjaw/web-content-extraction-benchmark")
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.id for p in pages} & {p.id for p in others}
    assert (CORPUS / "LICENSES" / "web-content-extraction-benchmark-Apache-2.0.txt").is_file()


def test_heldout_n_pages_match_their_checksums_and_facts() -> None:
    """Held-out set n (article pages of WCXB 1.0's own held-out test split, whole bodies): bytes
    as written, one page per site, no page or site of any set written before it, set m included
    (set h's Internet Archive copies by their archived site); the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_n import SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_n")
    assert len(pages) == 40
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.url, page.id
        assert page.source["package"].startswith("Murrough-Foley/web-content-extraction-benchmark")
        assert page.source["path"].startswith("test/html/"), page.id
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    assert "heldout_m" in SETS_BEFORE
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.id for p in pages} & {p.id for p in others}
    assert (CORPUS / "LICENSES" / "wcxb-CC-BY-4.0.txt").is_file()


def test_heldout_o_pages_match_their_checksums_and_facts() -> None:
    """Held-out set o (article pages of WCXB 1.0's development split, whole bodies): bytes as
    written, one page per site, no page or site of any set written before it, set n included,
    none of the pages read by hand in the sixteenth pass; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_o import READ_BY_HAND, SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_o")
    assert len(pages) == 40
    hand = {p.rsplit("/", 1)[-1].split(".")[0] for p in READ_BY_HAND}
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.url, page.id
        assert page.source["package"].startswith("Murrough-Foley/web-content-extraction-benchmark")
        assert page.source["path"].startswith("dev/html/"), page.id
        assert page.source["path"].split("/")[-1].split(".")[0] not in hand, page.id
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    assert "heldout_n" in SETS_BEFORE
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.id for p in pages} & {p.id for p in others}
    assert (CORPUS / "LICENSES" / "wcxb-CC-BY-4.0.txt").is_file()


def test_heldout_p_pages_match_their_checksums_and_facts() -> None:
    """Held-out set p (fundus's parser test pages, whole bodies): bytes as written, one page per
    site, no page or site of any set written before it, no publisher a benchmark data file
    names, several languages; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_p import SETS_BEFORE, _named_in_bench_data
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_p")
    assert len(pages) == 40
    named = _named_in_bench_data()
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.url, page.id
        assert page.source["package"] == "flairNLP/fundus (GitHub)", page.id
        country, publisher = page.source["path"].split("/")[-2:]
        assert f"{country}/{publisher.split('_')[0]}_" not in named, page.id
    assert {p.language for p in pages} >= {"de", "en", "ja", "it"}
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    assert {"heldout_d", "heldout_n", "heldout_o"} <= set(SETS_BEFORE)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.id for p in pages} & {p.id for p in others}
    assert (CORPUS / "LICENSES" / "fundus-MIT.txt").is_file()


def test_heldout_q_pages_match_their_checksums_and_facts() -> None:
    """Held-out set q (Omnivore's Readability test pages, whole bodies): bytes as written, one
    page per site, no page, bytes or site of any set written before it (so none of Mozilla's own
    test pages), no page its address shows is no article; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_q import NOT_ARTICLES, SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_q")
    assert len(pages) == 40
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.body_end and page.url, page.id
        assert page.source["package"].startswith("omnivore-app/omnivore"), page.id
        assert not any(x in (page.url or "") for x in NOT_ARTICLES), page.id
    assert {p.language for p in pages} >= {"en", "es", "ru", "zh"}
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    assert {"heldout", "heldout_p"} <= set(SETS_BEFORE)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.sha256 for p in pages} & {p.sha256 for p in others}
    assert (CORPUS / "LICENSES" / "omnivore-readability-Apache-2.0.txt").is_file()


def test_heldout_r_pages_match_their_checksums_and_facts() -> None:
    """Held-out set r (newspaper's full-text test pages, whole bodies): bytes as written, one
    page per site, no page, bytes or site of any set written before it (so none of the corpus's
    newspaper4k fixtures), no page its address shows is no article, no failure note as a body;
    the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_r import NOT_ARTICLES, SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_r")
    assert len(pages) == 40
    for page in pages:
        assert verify(page), page.id
        text = page.expected_text()
        assert text and page.body_start and page.body_end and page.url, page.id
        assert any(c.islower() for c in text.splitlines()[0]), page.id
        assert page.source["package"].startswith("AndyTheFactory/newspaper4k"), page.id
        assert not any(x in (page.url or "") for x in NOT_ARTICLES), page.id
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    assert {"", "heldout_q"} <= set(SETS_BEFORE)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.sha256 for p in pages} & {p.sha256 for p in others}
    assert (CORPUS / "LICENSES" / "newspaper4k-MIT.txt").is_file()


def test_heldout_s_pages_match_their_checksums_and_facts() -> None:
    """Held-out set s (Readability.php's own article test pages, whole bodies): bytes as
    written, one page per site, an address of its own, no directory name Mozilla's test pages
    held, no page, bytes or site of any set written before it; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_s import SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_s")
    assert len(pages) == 4
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.body_end and page.url, page.id
        assert page.title, page.id
        assert page.source["package"].startswith("fivefilters/readability.php"), page.id
    # the port's own pages, not its copies of Mozilla's (set heldout/ holds those)
    assert not {p.id.removeprefix("rphp-") for p in pages} & {
        p.id.removeprefix("moz-") for p in load_pages(CORPUS / "heldout")
    }
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    assert {"", "heldout", "heldout_r", "omni_dev"} <= set(SETS_BEFORE)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.sha256 for p in pages} & {p.sha256 for p in others}
    assert (CORPUS / "LICENSES" / "readability-php-Apache-2.0.txt").is_file()


def test_heldout_t_pages_match_their_checksums_and_facts() -> None:
    """Held-out set t (SmartReader's own article test pages, whole bodies): bytes as written,
    one page per site, an address of its own, no directory name Mozilla's test pages held, no
    page, bytes or site of any set written before it (set s included); the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_t import SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_t")
    assert len(pages) == 8
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.body_end and page.url, page.id
        assert page.title, page.id
        assert page.source["package"].startswith("Strumenta/SmartReader"), page.id
    # the port's own pages, not its copies of Mozilla's (set heldout/ holds those)
    assert not {p.id.removeprefix("smartreader-") for p in pages} & {
        p.id.removeprefix("moz-") for p in load_pages(CORPUS / "heldout")
    }
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    assert {"", "heldout", "heldout_r", "heldout_s", "omni_dev"} <= set(SETS_BEFORE)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.sha256 for p in pages} & {p.sha256 for p in others}
    assert (CORPUS / "LICENSES" / "smartreader-Apache-2.0.txt").is_file()


def test_heldout_u_pages_match_their_checksums_and_facts() -> None:
    """Held-out set u (Mozilla's article test pages that set heldout/ left, whole bodies):
    bytes as written, one page per site, an address of its own, no page set heldout/ took, no
    encyclopedia entry, no page, bytes or site of any set written before it (set t included);
    the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout import PAGES
    from build_heldout_h import page_site
    from build_heldout_u import COMMIT, NOT_ARTICLES, SETS_BEFORE
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_u")
    assert len(pages) == 15
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.body_end and page.url, page.id
        assert page.source["package"].startswith("mozilla/readability"), page.id
        assert page.source["version"] == COMMIT, page.id
        assert not any(marker in (page.url or "") for marker in NOT_ARTICLES), page.id
    # the pages set heldout/ left, not the ones it took
    names = {p.id.removeprefix("mozilla-") for p in pages}
    assert not names & set(PAGES)
    assert not names & {p.id.removeprefix("moz-") for p in load_pages(CORPUS / "heldout")}
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    assert {"", "heldout", "heldout_s", "heldout_t", "omni_dev"} <= set(SETS_BEFORE)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.sha256 for p in pages} & {p.sha256 for p in others}
    assert (CORPUS / "LICENSES" / "mozilla-readability-Apache-2.0.txt").is_file()


def test_heldout_v_pages_match_their_checksums_and_facts() -> None:
    """Held-out set v (WCXB 1.0 test-split article pages set n left, whole bodies): bytes as
    written, one page per site, no page, bytes or site of any body set written before it (set u
    included), no id or site label of the structure area's WCXB/WCEB pages; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_v import COMMIT, SETS_BEFORE, structure_pages
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_v")
    assert len(pages) == 23
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() and page.body_start and page.body_end and page.url, page.id
        assert page.source["package"].startswith("Murrough-Foley/web-content-extraction"), page.id
        assert page.source["version"] == COMMIT, page.id
        assert page.source["path"].startswith("test/html/"), page.id
        assert sum(len(x) >= 40 for x in (page.expected_text() or "").splitlines()) >= 3, page.id
    # the test-split pages set n did not take
    taken_by_n = {p.source["path"] for p in load_pages(CORPUS / "heldout_n")}
    assert not {p.source["path"] for p in pages} & taken_by_n
    # no page or site the structure area's sets hold
    struct_ids, struct_labels = structure_pages()
    assert struct_ids and struct_labels
    for page in pages:
        pid = page.source["path"].rsplit("/", 1)[-1].removesuffix(".html.gz")
        assert (pid.lstrip("0") or "0") not in struct_ids, page.id
        assert site(page.url or "").split(".")[0] not in struct_labels, page.id
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    assert {"", "heldout", "heldout_n", "heldout_t", "heldout_u", "omni_dev"} <= set(SETS_BEFORE)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.sha256 for p in pages} & {p.sha256 for p in others}
    assert (CORPUS / "LICENSES" / "wcxb-CC-BY-4.0.txt").is_file()


def test_heldout_w_pages_match_their_checksums_and_facts() -> None:
    """Held-out set w (snacktory's own test pages, snippet facts): bytes as written, one page per
    site, every page's facts snacktory's own assertions (a start of 40+ characters), no page,
    bytes or site of any body set written before it (sets u and v included), no site of a
    structure set's page; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_w import COMMIT, NOT_ARTICLES, SETS_BEFORE, structure_sites
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_w")
    assert len(pages) == 32
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() is None and page.url, page.id
        assert any(len(s) >= 40 for s in page.must_have) and not page.body_end, page.id
        assert page.source["package"].startswith("smallrivers/snacktory"), page.id
        assert page.source["version"] == COMMIT, page.id
        assert page.source["path"].startswith(("src/test/resources/", "test_data/")), page.id
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    assert not set(sites) & set(NOT_ARTICLES)
    struct_sites, struct_labels = structure_sites()
    assert struct_labels
    assert not set(sites) & struct_sites
    assert not {s.split(".")[0] for s in sites} & struct_labels
    assert {"", "heldout", "heldout_n", "heldout_u", "heldout_v", "omni_dev"} <= set(SETS_BEFORE)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.sha256 for p in pages} & {p.sha256 for p in others}
    assert (CORPUS / "LICENSES" / "snacktory-Apache-2.0.txt").is_file()


def test_heldout_x_pages_match_their_checksums_and_facts() -> None:
    """Held-out set x (EpubPress's own article fixtures, snippet facts): bytes as written, one
    page per site, every page an article by its own markup with a body snippet of 30+ characters
    and no markup in any fact, no page, bytes or site of any body set written before it (sets u,
    v and w included), no site of a structure set's page; the licence kept."""
    import gzip
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_x import COMMIT, SETS_BEFORE, declares_article, structure_sites
    from heldout_common import site

    pages = load_pages(CORPUS / "heldout_x")
    assert len(pages) == 12
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() is None and page.url, page.id
        assert any(len(s) >= 30 for s in page.must_have), page.id
        assert not page.body_start and not page.body_end, page.id
        for fact in (*page.must_have, *page.must_not_have):
            assert "<" not in fact and ">" not in fact and "http" not in fact, page.id
        assert all(len(s.split()) >= 2 for s in page.must_not_have), page.id
        assert page.source["package"].startswith("haroldtreen/epub-press"), page.id
        assert page.source["version"] == COMMIT, page.id
        assert page.source["path"].startswith("tests/fixtures/articles/"), page.id
        assert declares_article(gzip.decompress(page.path.read_bytes())), page.id
    assert sum(len(p.must_not_have) for p in pages) == 13
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    struct_sites, struct_labels = structure_sites()
    assert struct_labels
    assert not set(sites) & struct_sites
    assert not {s.split(".")[0] for s in sites} & struct_labels
    assert {"", "heldout", "heldout_n", "heldout_u", "heldout_v", "heldout_w"} <= set(SETS_BEFORE)
    others = [p for sub in SETS_BEFORE for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.sha256 for p in pages} & {p.sha256 for p in others}
    assert (CORPUS / "LICENSES" / "epub-press-GPL-3.0.txt").is_file()


def test_heldout_y_pages_match_their_checksums_and_facts() -> None:
    """Held-out set y (NReadability's saved test pages, snippet facts): bytes as written, one page
    per site, every page with an address and a body snippet of 30+ characters, no markup in any
    fact, no page, bytes or site of any body set written before it (sets u to x included), no
    site of a structure set's page; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_w import structure_sites
    from build_heldout_x import SETS_BEFORE as SETS_BEFORE_X
    from build_heldout_y import COMMIT, TESTS
    from heldout_common import site

    sets_before = (*SETS_BEFORE_X, "heldout_x")
    pages = load_pages(CORPUS / "heldout_y")
    assert len(pages) == 8
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() is None and page.url, page.id
        assert any(len(s) >= 30 for s in page.must_have), page.id
        assert all(len(s) >= 20 for s in page.must_have), page.id
        assert not page.body_start and not page.body_end and not page.must_not_have, page.id
        for fact in page.must_have:
            assert "<" not in fact and ">" not in fact and '="' not in fact, page.id
        assert page.source["package"].startswith("marek-stoj/NReadability"), page.id
        assert page.source["version"] == COMMIT, page.id
        assert page.source["path"].startswith(TESTS + "Sample"), page.id
    assert sum(len(p.must_have) for p in pages) == 18
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    struct_sites, struct_labels = structure_sites()
    assert struct_labels
    assert not set(sites) & struct_sites
    assert not {s.split(".")[0] for s in sites} & struct_labels
    assert {"", "heldout", "heldout_u", "heldout_v", "heldout_w", "heldout_x"} <= set(sets_before)
    others = [p for sub in sets_before for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.sha256 for p in pages} & {p.sha256 for p in others}
    assert (CORPUS / "LICENSES" / "nreadability-Apache-2.0.txt").is_file()


def test_heldout_z_pages_match_their_checksums_and_facts() -> None:
    """Held-out set z (goose3's saved news pages, snippet facts): bytes as written, one page per
    site, every page with an address off the placeholder domains and a body snippet of 30+
    characters, no markup in any fact, no page, bytes or site of any body set written before it
    (sets u to y included), no site of a structure set's page; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_h import page_site
    from build_heldout_w import structure_sites
    from build_heldout_x import SETS_BEFORE as SETS_BEFORE_X
    from build_heldout_z import COMMIT, CONTENT, PLACEHOLDER_SITES
    from heldout_common import site

    sets_before = (*SETS_BEFORE_X, "heldout_x", "heldout_y")
    pages = load_pages(CORPUS / "heldout_z")
    assert len(pages) == 11
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() is None and page.url, page.id
        assert site(page.url) not in PLACEHOLDER_SITES, page.id
        assert any(len(s) >= 30 for s in page.must_have), page.id
        assert all(len(s) >= 20 for s in page.must_have), page.id
        assert not page.body_start and not page.body_end and not page.must_not_have, page.id
        for fact in page.must_have:
            assert "<" not in fact and ">" not in fact and '="' not in fact, page.id
        assert page.source["package"].startswith("goose3/goose3"), page.id
        assert page.source["version"] == COMMIT, page.id
        assert page.source["path"].startswith(CONTENT + "test_"), page.id
    assert sum(len(p.must_have) for p in pages) == 43
    assert sum(1 for p in pages if p.title) == 1
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    struct_sites, struct_labels = structure_sites()
    assert struct_labels
    assert not set(sites) & struct_sites
    assert not {s.split(".")[0] for s in sites} & struct_labels
    assert {"", "heldout", "heldout_u", "heldout_v", "heldout_w", "heldout_x"} <= set(sets_before)
    others = [p for sub in sets_before for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.sha256 for p in pages} & {p.sha256 for p in others}
    assert (CORPUS / "LICENSES" / "goose3-Apache-2.0.txt").is_file()


def test_heldout_aa_pages_match_their_checksums_and_facts() -> None:
    """Held-out set aa (ruby-readability's sample pages, snippet facts): bytes as written, one
    page per site, every page with an address and a body snippet of 30+ characters, no markup in
    any fact, no page, bytes or site of any body set written before it (sets u to z included), no
    site of a structure set's page; the licence kept."""
    import sys

    sys.path.insert(0, str(CORPUS))
    from build_heldout_aa import COMMIT, SAMPLES
    from build_heldout_h import page_site
    from build_heldout_w import structure_sites
    from build_heldout_x import SETS_BEFORE as SETS_BEFORE_X
    from heldout_common import site

    sets_before = (*SETS_BEFORE_X, "heldout_x", "heldout_y", "heldout_z")
    pages = load_pages(CORPUS / "heldout_aa")
    assert len(pages) == 2
    for page in pages:
        assert verify(page), page.id
        assert page.expected_text() is None and page.url, page.id
        assert any(len(s) >= 30 for s in page.must_have), page.id
        assert all(len(s) >= 20 for s in page.must_have), page.id
        assert not page.body_start and not page.body_end and not page.title, page.id
        for fact in (*page.must_have, *page.must_not_have):
            assert "<" not in fact and ">" not in fact, page.id
        assert page.source["package"].startswith("cantino/ruby-readability"), page.id
        assert page.source["version"] == COMMIT, page.id
        assert page.source["path"].startswith(SAMPLES), page.id
    assert sum(len(p.must_have) for p in pages) == 5
    sites = [site(p.url or "") for p in pages]
    assert len(set(sites)) == len(sites)
    struct_sites, struct_labels = structure_sites()
    assert struct_labels
    assert not set(sites) & struct_sites
    assert not {s.split(".")[0] for s in sites} & struct_labels
    assert {"", "heldout", "heldout_u", "heldout_v", "heldout_w", "heldout_z"} <= set(sets_before)
    others = [p for sub in sets_before for p in load_pages(CORPUS / sub if sub else CORPUS)]
    assert not set(sites) & {page_site(p.url) for p in others if p.url}
    assert not set(sites) & {site(p.url) for p in others if p.url}
    assert not {p.sha256 for p in pages} & {p.sha256 for p in others}
    assert (CORPUS / "LICENSES" / "ruby-readability-Apache-2.0.txt").is_file()
