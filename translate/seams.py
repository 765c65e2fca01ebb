"""The seams between the work and where its state and outputs live.

A bulk run (feeds, article batches) needs two things besides the pipeline:

- a **claim store** (:class:`ClaimStore`): the queue of item editions with their status, where a
  worker claims an item so that nobody else takes it, and records it done or failed. The one
  implementation today is :class:`translate.feeds.state.FeedState` on the SQLite store; on many
  machines a server database (PostgreSQL: ``SELECT ... FOR UPDATE SKIP LOCKED`` for the claim)
  would implement the same methods;
- an **output sink** (:class:`OutputSink`): where edition files go. :class:`LocalSink` writes
  them atomically under a local folder; an object-storage sink (S3, GCS) would upload the same
  rendered bytes under the same relative keys.

Workers only need an :class:`ItemLedger` (``mark_done``/``mark_failed``): a Ray actor records
into an :class:`Outcomes` list that the driver applies to the claim store, so only the driver
talks to the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .errors import ErrorInfo, OutputError

if TYPE_CHECKING:
    from .model import Edition

# A claim is a :class:`translate.feeds.state.Claim`; typed loosely here so that this module
# depends on nothing but errors and the model (the feeds import it, not the other way round).
Claim = Any


class ItemLedger(Protocol):
    """Where a worker records the result of one claimed item edition."""

    def mark_done(self, claim: Claim, locale: str, *, outputs: Sequence[Path | str],
                  entry: dict[str, Any], segments: int) -> None: ...

    def mark_failed(self, claim: Claim, locale: str, error: ErrorInfo) -> None: ...


class ClaimStore(ItemLedger, Protocol):
    """The queue a driver takes work from (see :class:`translate.feeds.state.FeedState`)."""

    def claim(self, feed_ids: Sequence[int]) -> Claim | None: ...

    def release_own(self) -> None: ...

    def release_stale(self, feed_id: int) -> int: ...

    def has_pending(self, feed_ids: Sequence[int]) -> bool: ...

    def progress(self, feed_ids: Sequence[int]) -> tuple[int, int]: ...


class OutputSink(Protocol):
    """Where the files of an edition go; returns their locations (paths or URLs)."""

    def write(self, edition: Edition, folder: Path, formats: Sequence[str]) -> list[Path]: ...


@dataclass(frozen=True)
class LocalSink:
    """Edition files written atomically under ``root`` (never outside it)."""

    root: Path

    def write(self, edition: Edition, folder: Path, formats: Sequence[str]) -> list[Path]:
        from .write import edition_path, write_edition

        root = self.root.resolve()
        for fmt in formats:
            path = edition_path(edition, folder, fmt).resolve()
            if not path.is_relative_to(root):
                raise OutputError(f"refusing to write {path}: outside the output folder {root}")
        return write_edition(edition, folder, formats)


@dataclass
class Outcomes:
    """An :class:`ItemLedger` that keeps the results as data, to be applied elsewhere."""

    items: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)

    def mark_done(self, claim: Claim, locale: str, *, outputs: Sequence[Path | str],
                  entry: dict[str, Any], segments: int) -> None:
        self.items.append(("done", locale, {"outputs": [str(p) for p in outputs],
                                            "entry": entry, "segments": segments}))

    def mark_failed(self, claim: Claim, locale: str, error: ErrorInfo) -> None:
        self.items.append(("failed", locale, {"error": error.to_json()}))

    @staticmethod
    def apply(items: Sequence[tuple[str, str, dict[str, Any]]], claim: Claim,
              ledger: ItemLedger) -> None:
        """Record ``items`` (from :attr:`items`, possibly sent over the wire) in ``ledger``."""
        for status, locale, data in items:
            if status == "done":
                ledger.mark_done(claim, locale, outputs=data["outputs"], entry=data["entry"],
                                 segments=int(data["segments"]))
            else:
                ledger.mark_failed(claim, locale, ErrorInfo.from_json(data["error"]))
