"""A mention is a token of running text (glossary42): a name inside a code span, a web or
e-mail address, a handle, a file name, a path or an identifier joined by "-", "_", "." or "::"
to other letters is that token's, which the edition carries as written, so the glossary neither
protects, repairs nor warns on it. Found by untrans38 on development set r (item r010, the
tokio-rs blog): the gazetteer's alias "Tokio" (Tokyo) matched "tokio" of the code span
`tokio-metrics`, which then was not masked. A capitalised name joined by a hyphen or a slash in
running text ("Tokyo-based", "Israel/Palestine") is read as before."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions, load_glossary
from translate.locales import parse_targets
from translate.options import RunOptions
from translate.pipeline import _code_pieces, prepare
from translate.protect import protect_segments
from translate.read import parse_article


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _found(text: str, glossary: Glossary) -> list[str]:
    return [m.surface for m in find_mentions(text, glossary)]


# real: benchmarks/data/untranslatables_r.jsonl r010 and r009 (tokio-rs/website, MIT), as the
# reader gives their text (the code span's backticks and the link's markup gone)
_R010 = ("Rafael Leite, an Amazon Web Services engineer working on S3, has been using "
         "tokio-metrics for the past month. He says:")
_R009 = ("Today, we are happy to announce the initial release of tokio-metrics, a crate for "
         "getting a Tokio application's runtime and task level metrics.")


def test_a_name_inside_a_hyphenated_package_name_is_no_mention(glossary: Glossary) -> None:
    assert _found(_R010, glossary) == []
    assert _found(_R009, glossary) == ["Tokio"]  # the word of the running text is still read


@pytest.mark.parametrize("text", [
    "Import tokio::sync and call it.",
    "The file tokyo_2020.csv and the module paris_agreement hold it.",
    "The Tokyo_2020 account posted it.",
    "Docs at https://tokio.rs/tokio/tutorial and https://www.berlin.de/en/ today.",
    "Write to press@berlin.de or london@example.com today.",
    "Open src/paris/london.rs and edit berlin-wall.md now.",
    "The japan-times slug and the new-york-times site.",
])
def test_a_name_inside_an_address_path_or_identifier_is_no_mention(
    text: str, glossary: Glossary
) -> None:
    assert _found(text, glossary) == []


def test_a_name_of_running_text_joined_by_a_hyphen_or_slash_is_read(glossary: Glossary) -> None:
    assert _found("A Tokyo-based firm and the Israel/Palestine talks met in Paris.", glossary) \
        == ["Tokyo", "Israel", "Palestine", "Paris"]


def _glossary_stage(markdown: str, glossary: Glossary) -> list[str]:
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    prepared = prepare(parse_article(markdown, fmt="md", source="t", article_id="t"), options)
    segs = prepared.segments
    code = [_code_pieces(prepared.article.blocks[s.block], s) for s in segs]
    protected = protect_segments(segs, glossary, parse_targets("pt-BR")[0].tag, "en",
                                 verbatim=code)
    return [e.mention.surface for item in protected.items for e in item.expectations]


def test_a_name_in_a_markdown_code_span_is_no_mention(glossary: Glossary) -> None:
    # a code span written with a capital, a name on its own: only the code span says so
    text = "Our servers run `Tokio` and `Paris` in production, as they do in Berlin."
    assert _glossary_stage(text, glossary) == ["Berlin"]


def test_the_real_item_through_the_glossary_stage(glossary: Glossary) -> None:
    text = ("Rafael Leite, an Amazon Web Services engineer working on S3, has been using "
            "`tokio-metrics` for the past month. He says:")
    assert "tokio" not in _glossary_stage(text, glossary)
