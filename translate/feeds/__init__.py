"""Feeds: localize RSS/Atom feeds incrementally and resumably, around the article pipeline.

Modules, in the order a run uses them: :mod:`.sources` (which feeds, opened how: files, or
URLs through :mod:`translate.http` with conditional GET), :mod:`.reader` (the streaming
RSS/Atom reader), :mod:`.markup` (sanitize item HTML, translate its text runs in place),
:mod:`.state` (what is done, pending, claimed: SQLite), :mod:`.run` (scan, work, publish) and
:mod:`.writer` (the localized RSS/Atom document).

The API: ``localize_feeds(source, FeedJob(...)) -> FeedSummary`` and ``FeedReader(path)``.
"""

from .reader import FeedItem, FeedReader
from .run import FeedJob, FeedSummary, localize_feeds

__all__ = ["FeedItem", "FeedJob", "FeedReader", "FeedSummary", "localize_feeds"]
