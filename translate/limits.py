"""The article size limit, one definition for every entry point.

``run``, ``batch``, ``feed`` and the Python API (``--max-article-chars``) and the HTTP service
(``translate serve --article-char-limit``) share it.

An article is measured by the text its blocks hold, not its markup: a page's scripts, styles,
attributes and link addresses are most of its bytes and none of the work. Plain text is measured
before it is parsed (its characters are its text), Markdown and HTML once read (reading is
linear and bounded by ``translate.read.MAX_INPUT_BYTES``); either way before language
detection, segmentation, the engine and the checks, whose cost grows with the text.

An HTML page is also measured before its article is looked for: the page's text (outside its
tags, comments, scripts and styles, white space and character references not counted) over
``PAGE_TEXT_FACTOR`` times the limit is refused at once (exit 12), since extracting the article
costs with the page's text, not the article's: a 5 MB paragraph took 12 s of CPU to be refused
by the article limit (fuzz45). The 171 development pages of ``tests/data/realworld`` hold at
most 114,003 characters of such text, under 0.6 of the default limit.

The default is far above a long news article (a 5,000-word feature is about 30,000 characters)
and low enough that the worst text under it (one line of 100,000 one-letter words, a single
200,000-character token) ends in seconds; ``-1`` lifts it.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import ArticleTooLargeError

DEFAULT_ARTICLE_CHAR_LIMIT = 200_000
NO_LIMIT = -1


# a page with more text than this many times the article limit cannot be read in bounded time
# for an article that could be under it (the boilerplate is seldom more than the article)
PAGE_TEXT_FACTOR = 2


def text_chars(texts: Iterable[str]) -> int:
    """The size the limit counts: the characters of an article's block texts."""
    return sum(len(t) for t in texts)


def over_limit(size: int, limit: int | None) -> bool:
    """True when ``size`` characters are more than ``limit`` (``None`` or ``-1``: no limit)."""
    return limit is not None and limit != NO_LIMIT and size > limit


def check_article_chars(size: int, limit: int | None, *, source: str | None = None) -> None:
    """:class:`ArticleTooLargeError` (exit 12) when ``size`` is over ``limit``."""
    if over_limit(size, limit):
        raise ArticleTooLargeError(
            f"the article holds {size:,} characters of text, more than the limit of {limit:,}",
            path=source, hint="--max-article-chars N raises the limit, -1 lifts it",
        )


def check_page_text(size: int, limit: int | None, *, source: str | None = None) -> None:
    """:class:`ArticleTooLargeError` (exit 12) when an HTML page's ``size`` characters of text
    (:func:`translate.read.page_text_chars`) are over ``PAGE_TEXT_FACTOR`` times ``limit``."""
    if limit is None or limit == NO_LIMIT:
        return
    if over_limit(size, limit * PAGE_TEXT_FACTOR):
        raise ArticleTooLargeError(
            f"the page holds {size:,} characters of text, more than {PAGE_TEXT_FACTOR} times the"
            f" article limit of {limit:,} ({limit * PAGE_TEXT_FACTOR:,}): refused before its"
            " article is looked for", path=source,
            hint="--max-article-chars N raises the limit, -1 lifts it",
        )
