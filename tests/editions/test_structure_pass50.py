"""struct50: inline structure carried through translation (issue 15), fiftieth structure pass.

A code sample indented inside a block quote ("> Run:", ">", ">     make install") was read as
the quote's text and translated (CommonMark 4.4 and 5.1 read it as an indented code block
inside the quote; struct49 read fenced code in a quote, not indented code). The texts are
written for the tests; each test also holds what must stay as it was.
"""

from __future__ import annotations

from translate.options import RunOptions
from translate.pipeline import prepare
from translate.read import parse_article

INTRO = "# Installing the tool\n\nThe tool runs on every laptop the team uses at work.\n\n"


def _blocks(text: str) -> list[tuple[str, str]]:
    article = parse_article(text, fmt="md", source="t", article_id="t")
    return [(b.kind, b.text) for b in article.blocks]


def _code(text: str) -> list[str]:
    return [t for kind, t in _blocks(text) if kind == "code"]


def _segment_text(text: str) -> str:
    article = parse_article(text, fmt="md", source="t", article_id="t")
    prepared = prepare(article, RunOptions(source_lang="en", use_cache=False, use_tm=False))
    return " ".join(s.source for s in prepared.segments)


def test_code_indented_inside_a_block_quote_is_code() -> None:
    text = INTRO + (
        "> Note: run this command first:\n>\n>     pip install tool --upgrade\n"
        ">     tool --version\n>\n> Then go on with the setup.\n\nAfter the note.\n"
    )
    assert _code(text) == ["pip install tool --upgrade\ntool --version"]
    quotes = [t for k, t in _blocks(text) if k == "quote"]
    assert quotes == ["Note: run this command first:", "Then go on with the setup."]
    segments = _segment_text(text)
    assert "pip install" not in segments and "Then go on with the setup." in segments


def test_code_opening_a_quote_and_in_a_nested_quote() -> None:
    first = INTRO + ">     make install\n> Builds the tool.\n"
    assert _code(first) == ["make install"]
    nested = INTRO + "> > Build it:\n> >\n> >     make\n"
    assert _code(nested) == ["make"]


def test_lazy_line_of_a_quoted_paragraph_stays_text() -> None:
    # indented code cannot interrupt a paragraph: the indented line goes on the quote's text
    text = INTRO + "> The quote says that\n>     the tool is fast.\n"
    assert _code(text) == []
    assert "the tool is fast" in _segment_text(text)
    # 3 spaces after the marks are not code either
    short = INTRO + "> Run:\n>\n>    not code here\n"
    assert _code(short) == []


def test_many_quoted_code_lines_read_in_linear_time() -> None:
    text = INTRO + "> Run:\n>\n" + ">     make\n" * 20000 + ">\n> Done.\n"
    code = _code(text)
    assert len(code) == 1 and code[0].count("make") == 20000
    # many code blocks in one quote: each read to its own end, not to the quote's (the rest
    # of the text was copied once per block: quadratic); fenced ones in a quote too (struct49)
    many = INTRO + "> Run:\n>\n>     make\n" * 5000
    assert len(_code(many)) == 5000
    fenced = INTRO + "> Run:\n> ```\n> make\n> ```\n" * 5000
    assert len(_code(fenced)) == 5000
    unclosed = INTRO + "> ```\n" + "> make\n" * 20000
    assert _code(unclosed) == ["\n".join(["make"] * 20000)]


def test_code_after_a_list_items_continuation_paragraph_belongs_to_the_item() -> None:
    # struct49's "left": the second sample kept 2 spaces too many (cloudpickle, set U)
    text = INTRO + (
        "- Run the tests:\n\n      tox -e py312\n\n  Then build the wheel:\n\n"
        "      python -m build\n\n- Publish it.\n"
    )
    assert _code(text) == ["tox -e py312", "python -m build"]
    article = parse_article(text, fmt="md", source="t", article_id="t")
    assert [b.level for b in article.blocks if b.kind == "code"] == [1, 1]
    # a fence under the continuation paragraph is a fence, not indented code holding its marks
    fenced = INTRO + "- Install:\n\n  Then run:\n\n  ```sh\n  npx astro add tailwind\n  ```\n"
    assert _code(fenced) == ["npx astro add tailwind"]
    # a paragraph at the left edge ends the list: the code after it is the document's
    after = INTRO + "- Run the tests:\n\n      tox\n\nA paragraph after the list.\n\n    make all\n"
    assert _code(after) == ["tox", "make all"]
    article = parse_article(after, fmt="md", source="t", article_id="t")
    assert [b.level for b in article.blocks if b.kind == "code"] == [1, 0]
