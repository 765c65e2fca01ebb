"""struct49: Markdown code blocks the reader lost or read as text to translate.

Found on development Markdown (the structure sets' files and a batch of helm-www and
prometheus-operator documents; held-out set AU lost 78 of its 163 code blocks): a fenced code
block inside a block quote (a note, a GitHub alert) was read as the quote's text and
translated; a code sample indented under a list item was read as the item's text; and a
``<!--`` or ``<template>`` written in an indented code sample hid everything to the next
``-->`` or ``</template>``, fenced code and prose between. The texts are written for the tests;
each test also holds what must stay as it was.
"""

from __future__ import annotations

from translate.options import RunOptions
from translate.pipeline import prepare
from translate.read import parse_article


def _blocks(text: str) -> list[tuple[str, str, str]]:
    article = parse_article(text, fmt="md", source="t", article_id="t")
    return [(b.kind, b.text, b.info) for b in article.blocks]


def _code(text: str) -> list[tuple[str, str]]:
    return [(info, t) for kind, t, info in _blocks(text) if kind == "code"]


def _segment_text(text: str) -> str:
    article = parse_article(text, fmt="md", source="t", article_id="t")
    prepared = prepare(article, RunOptions(source_lang="en", use_cache=False, use_tm=False))
    return " ".join(s.source for s in prepared.segments)


INTRO = "# Installing the operator\n\nThe operator runs in its own namespace on every cluster.\n\n"


def test_fence_inside_a_block_quote_is_code() -> None:
    text = INTRO + (
        "> Note: apply the manifest first:\n>\n> ```bash\n> kubectl apply -f deploy.yaml\n> ```\n"
    )
    assert _code(text) == [("bash", "kubectl apply -f deploy.yaml")]
    kinds = [k for k, _, _ in _blocks(text)]
    assert "quote" in kinds  # the quote's own words stay a quote to translate
    assert "kubectl apply" not in _segment_text(text)


def test_fence_inside_an_alert_and_a_nested_quote() -> None:
    alert = INTRO + (
        "> [!WARNING]\n> Back up the data:\n> ```yaml\n> backup: true\n>   keep: 3\n> ```\n"
    )
    assert _code(alert) == [("yaml", "backup: true\n  keep: 3")]
    nested = INTRO + "> > ~~~\n> > make install\n> > ~~~\n"
    assert _code(nested) == [("", "make install")]


def test_quoted_fence_ends_with_the_quote() -> None:
    text = INTRO + "> ```sh\n> make\n\nThe build takes a few minutes on a laptop.\n"
    assert _code(text) == [("sh", "make")]
    assert any(k == "paragraph" and "few minutes" in t for k, t, _ in _blocks(text))


def test_code_sample_indented_under_a_list_item_is_code() -> None:
    text = INTRO + "- Run the tests:\n\n      tox -e py312\n\n- Then build the wheel.\n"
    assert _code(text) == [("", "tox -e py312")]
    assert "tox" not in _segment_text(text)
    # a continuation paragraph indented less than 4 past the item's content stays text
    prose = INTRO + "- Run the tests.\n\n    They take a minute on a laptop.\n"
    assert _code(prose) == []
    assert "They take a minute" in _segment_text(prose)


def test_comment_opener_in_indented_code_hides_nothing() -> None:
    text = (
        INTRO + "The page holds a comment:\n\n    <!-- the header\n\n```yaml\nreplicas: 2\n```\n\n"
        "The operator then scales the set. -->\n"
    )
    assert _code(text) == [("", "<!-- the header"), ("yaml", "replicas: 2")]
    listed = INTRO + "- A template:\n\n      <template>\n\n```vue\n<div/>\n```\n\nSee </template>\n"
    assert ("vue", "<div/>") in _code(listed)


def test_a_real_comment_is_still_hidden() -> None:
    text = INTRO + (
        "<!-- an old section\n\n```yaml\nold: 1\n```\n\n-->\nThe operator scales the set.\n"
    )
    assert _code(text) == []
    assert "old section" not in _segment_text(text)
