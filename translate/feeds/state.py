"""Feed state in the SQLite store: what was translated, what is left, who is working on what.

One row per (feed, item key, locale, content hash) in ``feed_items`` with a status
(``pending``, ``running``, ``done``, ``failed``), the files written and the localized feed entry.
The rules that make runs incremental and resumable:

- a row is ``done`` only after its files are written, so a crash leaves it ``pending`` or
  ``running``; a ``running`` row whose worker process is gone is pending again;
- a worker claims one item (all its locales) in a ``BEGIN IMMEDIATE`` transaction, so two
  workers (or two overlapping runs) never take the same item;
- an item whose text changed gets a new content hash, hence new rows: it is translated again;
- a ``done`` row whose files were deleted is translated again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..clock import utc_now
from ..errors import ErrorInfo, InternalError, OutputError
from ..http import Validators
from ..store import Store

CHANNEL_KEY = ""  # the feed's own title/description travel as an item with this key
STALE_AFTER = dt.timedelta(hours=6)  # a claim by a process on another host expires after this
HIDDEN_ACTIONS = frozenset({"held", "withheld"})  # policy actions that keep an item unpublished
# an item's facts that are copied, not translated, and not in its content hash: a re-scan's
# values replace the translated entry's when the feed is written
SCANNED_FACTS = ("published", "updated", "author", "categories")


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def worker_alive(worker: str | None, claimed: str | None = None) -> bool:
    """Whether the process that claimed a row can still finish it."""
    if not worker or ":" not in worker:
        return False
    host, _, pid_text = worker.rpartition(":")
    if host != socket.gethostname():
        if claimed is None:
            return True
        try:
            when = dt.datetime.strptime(claimed, "%Y-%m-%dT%H:%M:%SZ")
            when = when.replace(tzinfo=dt.timezone.utc)
        except ValueError:
            return False
        return dt.datetime.now(dt.timezone.utc) - when < STALE_AFTER
    try:
        pid = int(pid_text)
    except ValueError:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class FeedRecord:
    id: int
    source: str
    out_dir: Path
    slug: str
    kind: str | None
    run: int
    channel: dict[str, Any] | None

    @property
    def folder(self) -> Path:
        return self.out_dir / self.slug


@dataclass(frozen=True)
class Claim:
    """One item taken by a worker: its payload and the locales to make."""

    feed: FeedRecord
    guid: str
    content_hash: str
    slug: str
    payload: dict[str, Any]
    locales: tuple[str, ...]


@dataclass
class ScanCounts:
    queued: int = 0  # item editions to translate in this run
    skipped: int = 0  # item editions already done with the same content


@dataclass(frozen=True)
class ItemRow:
    guid: str
    slug: str
    position: int
    locale: str
    status: str
    run: int
    outputs: list[str]
    error: ErrorInfo | None
    segments: int
    content_hash: str = ""
    entry: dict[str, Any] | None = None  # the localized entry of a done row

    @property
    def review(self) -> dict[str, Any]:
        """What the publication policy decided for this item edition (see ``feeds.run``)."""
        review = (self.entry or {}).get("review")
        return review if isinstance(review, dict) else {}

    @property
    def held(self) -> bool:
        """Done, but kept out of the public feed by the policy (awaiting review, or withheld)."""
        return self.status == "done" and self.review.get("action") in HIDDEN_ACTIONS


class FeedState:
    """Feed state on top of a :class:`Store` connection (one per process)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn
        self.worker = worker_id()

    # -- feeds -------------------------------------------------------------------------------

    def _record(self, row: Sequence[Any]) -> FeedRecord:
        return FeedRecord(
            id=int(row[0]), source=str(row[1]), out_dir=Path(row[2]), slug=str(row[3]),
            kind=row[4], run=int(row[5]), channel=json.loads(row[6]) if row[6] else None,
        )  # fmt: skip

    def feed(self, feed_id: int) -> FeedRecord:
        row = self.conn.execute(
            "SELECT id, source, out_dir, slug, kind, run, channel FROM feeds WHERE id=?", (feed_id,)
        ).fetchone()
        if row is None:
            raise OutputError(f"feed {feed_id} is not in the state store")
        return self._record(row)

    def begin_run(self, source: str, out_dir: Path, slug: str) -> FeedRecord:
        """Register the feed (once per source and output folder) and start a new run of it.

        Rows claimed by processes that no longer exist become pending again.
        """
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO feeds (source, out_dir, slug) VALUES (?, ?, ?)"
                " ON CONFLICT (source, out_dir) DO NOTHING",
                (source, str(out_dir), slug),
            )
            conn.execute(
                "UPDATE feeds SET run = run + 1, updated = ? WHERE source = ? AND out_dir = ?",
                (utc_now(), source, str(out_dir)),
            )
            row = conn.execute(
                "SELECT id, source, out_dir, slug, kind, run, channel FROM feeds"
                " WHERE source = ? AND out_dir = ?",
                (source, str(out_dir)),
            ).fetchone()
            # the validators describe a complete scan; this run's scan is not complete yet
            conn.execute("DELETE FROM feed_http WHERE feed = ?", (row[0],))
        record = self._record(row)
        self.release_stale(record.id)
        return record

    def carry_over(self, feed: FeedRecord) -> int:
        """Count the items of the previous run that this run has not seen as seen in this run
        too (for a source that could be read only in part); returns how many."""
        with self.store.transaction() as conn:
            cursor = conn.execute(
                "UPDATE feed_entries SET run = ? WHERE feed = ? AND run = ? AND guid != ?",
                (feed.run, feed.id, feed.run - 1, CHANNEL_KEY),
            )
            return int(cursor.rowcount)

    def validators(self, source: str, out_dir: Path) -> Validators | None:
        """The HTTP validators of the feed's last run, if that run's scan was complete."""
        row = self.conn.execute(
            "SELECT h.etag, h.last_modified FROM feed_http h JOIN feeds f ON f.id = h.feed"
            " AND f.run = h.run WHERE f.source = ? AND f.out_dir = ?",
            (source, str(out_dir)),
        ).fetchone()
        found = Validators(row[0], row[1]) if row else None
        return found or None

    def set_validators(self, feed: FeedRecord, validators: Validators) -> None:
        """Keep the validators of this run's (complete) scan for the next conditional GET."""
        with self.store.transaction() as conn:
            if validators:
                conn.execute(
                    "INSERT OR REPLACE INTO feed_http (feed, run, etag, last_modified)"
                    " VALUES (?, ?, ?, ?)",
                    (feed.id, feed.run, validators.etag, validators.last_modified),
                )

    def previous_entries(self, feed: FeedRecord) -> Iterator[tuple[int, dict[str, Any]]]:
        """(position, payload) of the items the previous run scanned, in feed order: the
        document a ``304 Not Modified`` stands for."""
        after = -1
        while True:  # in pages, so the caller may record entries of this run meanwhile
            rows = self.conn.execute(
                "SELECT position, payload FROM feed_entries WHERE feed = ? AND run = ?"
                " AND guid != ? AND position > ? ORDER BY position LIMIT 200",
                (feed.id, feed.run - 1, CHANNEL_KEY, after),
            ).fetchall()
            if not rows:
                return
            for position, payload in rows:
                yield int(position), json.loads(payload)
            after = int(rows[-1][0])

    def set_channel(self, feed_id: int, kind: str, channel: dict[str, Any]) -> None:
        with self.store.transaction() as conn:
            conn.execute("UPDATE feeds SET kind = ?, channel = ? WHERE id = ?",
                         (kind, json.dumps(channel, ensure_ascii=False), feed_id))

    def release_stale(self, feed_id: int) -> int:
        """Running rows whose worker is gone become pending; returns how many."""
        rows = self.conn.execute(
            "SELECT DISTINCT worker, updated FROM feed_items WHERE feed = ? AND status = 'running'",
            (feed_id,),
        ).fetchall()
        dead = [w for w, claimed in rows if not worker_alive(w, claimed)]
        released = 0
        if dead:
            with self.store.transaction() as conn:
                for worker in dead:
                    released += conn.execute(
                        "UPDATE feed_items SET status = 'pending', worker = NULL"
                        " WHERE feed = ? AND status = 'running' AND worker IS ?",
                        (feed_id, worker),
                    ).rowcount
        return released

    def release_own(self) -> None:
        """Give back this process's claims (on interruption)."""
        with contextlib.suppress(sqlite3.Error, OutputError), self.store.transaction() as conn:
            conn.execute(
                "UPDATE feed_items SET status = 'pending', worker = NULL"
                " WHERE status = 'running' AND worker = ?",
                (self.worker,),
            )

    # -- scanning ----------------------------------------------------------------------------

    def record_entries(
        self,
        feed: FeedRecord,
        entries: Sequence[tuple[str, str, str, int, dict[str, Any]]],
        locales: Sequence[str],
        *,
        force: bool = False,
    ) -> ScanCounts:
        """Store a batch of ``(key, content_hash, slug, position, payload)`` seen in this run and
        queue the item editions that are not done yet. The slug of a known item never changes;
        nor does an entry go back to an earlier run (an overlapping run that began earlier and
        scans later would leave the item claimable by no run: it was never translated).
        """
        counts = ScanCounts()
        now = utc_now()
        with self.store.transaction() as conn:
            for key, digest, slug, position, payload in entries:
                known = conn.execute(
                    "SELECT slug FROM feed_entries WHERE feed = ? AND guid = ?", (feed.id, key)
                ).fetchone()
                slug = str(known[0]) if known else slug
                conn.execute(
                    "INSERT INTO feed_entries (feed, guid, content_hash, slug, position, run,"
                    " payload) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed, guid) DO UPDATE SET"
                    " content_hash = excluded.content_hash, position = excluded.position,"
                    " run = max(feed_entries.run, excluded.run), payload = excluded.payload",
                    (feed.id, key, digest, slug, position, feed.run,
                     json.dumps(payload, ensure_ascii=False)),
                )  # fmt: skip
                for locale in locales:
                    conn.execute(
                        "DELETE FROM feed_items WHERE feed = ? AND guid = ? AND locale = ?"
                        " AND content_hash != ? AND status IN ('pending', 'failed')",
                        (feed.id, key, locale, digest),
                    )
                    row = conn.execute(
                        "SELECT status, outputs, worker, updated FROM feed_items WHERE feed = ?"
                        " AND guid = ? AND locale = ? AND content_hash = ?",
                        (feed.id, key, locale, digest),
                    ).fetchone()
                    if row is None:
                        conn.execute(
                            "INSERT INTO feed_items (feed, guid, locale, content_hash, created,"
                            " updated) VALUES (?, ?, ?, ?, ?, ?)",
                            (feed.id, key, locale, digest, now, now),
                        )
                        counts.queued += 1
                        continue
                    status, outputs, worker, claimed = row
                    if status == "done" and not force and _all_exist(json.loads(outputs)):
                        counts.skipped += 1
                        continue
                    if status == "running" and worker_alive(worker, claimed) and not force:
                        counts.queued += 1  # another process is on it
                        continue
                    conn.execute(
                        "UPDATE feed_items SET status = 'pending', worker = NULL, updated = ?"
                        " WHERE feed = ? AND guid = ? AND locale = ? AND content_hash = ?",
                        (now, feed.id, key, locale, digest),
                    )
                    counts.queued += 1
        return counts

    # -- working -----------------------------------------------------------------------------

    def claim(self, feed_ids: Sequence[int]) -> Claim | None:
        """Take the next pending item of these feeds (all its pending locales), or None."""
        if not feed_ids:
            return None
        marks = ",".join("?" * len(feed_ids))
        with self.store.transaction() as conn:
            row = conn.execute(
                "SELECT i.feed, i.guid, i.content_hash FROM feed_items i"
                " JOIN feed_entries e ON e.feed = i.feed AND e.guid = i.guid"
                "  AND e.content_hash = i.content_hash"
                " JOIN feeds f ON f.id = e.feed AND f.run = e.run"
                f" WHERE i.status = 'pending' AND i.feed IN ({marks})"
                " ORDER BY i.feed, e.position LIMIT 1",
                tuple(feed_ids),
            ).fetchone()
            if row is None:
                return None
            feed_id, guid, digest = row
            conn.execute(
                "UPDATE feed_items SET status = 'running', worker = ?, attempts = attempts + 1,"
                " updated = ? WHERE feed = ? AND guid = ? AND content_hash = ?"
                " AND status = 'pending'",
                (self.worker, utc_now(), feed_id, guid, digest),
            )
            locales = tuple(
                r[0] for r in conn.execute(
                    "SELECT locale FROM feed_items WHERE feed = ? AND guid = ? AND content_hash = ?"
                    " AND status = 'running' AND worker = ? ORDER BY locale",
                    (feed_id, guid, digest, self.worker),
                )
            )  # fmt: skip
            entry = conn.execute(
                "SELECT slug, payload FROM feed_entries WHERE feed = ? AND guid = ?",
                (feed_id, guid),
            ).fetchone()
        return Claim(
            feed=self.feed(feed_id), guid=guid, content_hash=digest, slug=str(entry[0]),
            payload=json.loads(entry[1]), locales=locales,
        )  # fmt: skip

    def mark_done(self, claim: Claim, locale: str, *, outputs: Sequence[Path | str],
                  entry: dict[str, Any], segments: int) -> None:
        """Record a finished item edition: call only after its files are written."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE feed_items SET status = 'done', worker = NULL, run = ?, segments = ?,"
                " outputs = ?, entry = ?, error = NULL, updated = ? WHERE feed = ? AND guid = ?"
                " AND locale = ? AND content_hash = ?",
                (claim.feed.run, segments, json.dumps([str(p) for p in outputs]),
                 json.dumps(entry, ensure_ascii=False), utc_now(), claim.feed.id, claim.guid,
                 locale, claim.content_hash),
            )  # fmt: skip

    def mark_failed(self, claim: Claim, locale: str, error: ErrorInfo) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE feed_items SET status = 'failed', worker = NULL, run = ?, error = ?,"
                " updated = ? WHERE feed = ? AND guid = ? AND locale = ? AND content_hash = ?",
                (claim.feed.run, error.to_json(), utc_now(), claim.feed.id, claim.guid, locale,
                 claim.content_hash),
            )  # fmt: skip

    # -- reporting ---------------------------------------------------------------------------

    def pending(self, feed_ids: Sequence[int]) -> int:
        """Items (not item editions) still pending or running in these feeds."""
        if not feed_ids:
            return 0
        marks = ",".join("?" * len(feed_ids))
        row = self.conn.execute(
            "SELECT COUNT(DISTINCT i.feed || ':' || i.guid) FROM feed_items i"
            " JOIN feed_entries e ON e.feed = i.feed AND e.guid = i.guid"
            "  AND e.content_hash = i.content_hash JOIN feeds f ON f.id = e.feed AND f.run = e.run"
            f" WHERE i.status IN ('pending', 'running') AND i.feed IN ({marks})"
            " AND i.guid != ?",
            (*feed_ids, CHANNEL_KEY),
        ).fetchone()
        return int(row[0])

    def has_pending(self, feed_ids: Sequence[int]) -> bool:
        """Whether any row (the feed's own title included) is still to do."""
        if not feed_ids:
            return False
        marks = ",".join("?" * len(feed_ids))
        row = self.conn.execute(
            "SELECT 1 FROM feed_items i JOIN feed_entries e ON e.feed = i.feed AND e.guid = i.guid"
            "  AND e.content_hash = i.content_hash JOIN feeds f ON f.id = e.feed AND f.run = e.run"
            f" WHERE i.status IN ('pending', 'running') AND i.feed IN ({marks}) LIMIT 1",
            tuple(feed_ids),
        ).fetchone()
        return row is not None

    def progress(self, feed_ids: Sequence[int]) -> tuple[int, int]:
        """(item editions finished in the current runs, their sentences)."""
        if not feed_ids:
            return 0, 0
        marks = ",".join("?" * len(feed_ids))
        row = self.conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(i.segments), 0) FROM feed_items i"
            " JOIN feeds f ON f.id = i.feed AND f.run = i.run"
            f" WHERE i.status IN ('done', 'failed') AND i.feed IN ({marks}) AND i.guid != ?",
            (*feed_ids, CHANNEL_KEY),
        ).fetchone()
        return int(row[0]), int(row[1])

    def run_counts(self, feed_ids: Sequence[int]) -> dict[int, tuple[int, int, int]]:
        """Per feed, its item editions of the current run (the feed's title left out): done
        (written and recorded), failed, and left (pending or running: a claim given back on
        an interruption is pending again), each read from its row, none from a total."""
        if not feed_ids:
            return {}
        marks = ",".join("?" * len(feed_ids))
        counts = {feed_id: [0, 0, 0] for feed_id in feed_ids}
        for feed_id, status, n in self.conn.execute(
            "SELECT i.feed, i.status, COUNT(*) FROM feed_items i"
            " JOIN feeds f ON f.id = i.feed AND f.run = i.run"
            f" WHERE i.status IN ('done', 'failed') AND i.feed IN ({marks}) AND i.guid != ?"
            " GROUP BY i.feed, i.status",
            (*feed_ids, CHANNEL_KEY),
        ):
            counts[feed_id][0 if status == "done" else 1] += int(n)
        for feed_id, n in self.conn.execute(
            "SELECT i.feed, COUNT(*) FROM feed_items i"
            " JOIN feed_entries e ON e.feed = i.feed AND e.guid = i.guid"
            "  AND e.content_hash = i.content_hash JOIN feeds f ON f.id = e.feed AND f.run = e.run"
            f" WHERE i.status IN ('pending', 'running') AND i.feed IN ({marks}) AND i.guid != ?"
            " GROUP BY i.feed",
            (*feed_ids, CHANNEL_KEY),
        ):
            counts[feed_id][2] += int(n)
        return {feed_id: (c[0], c[1], c[2]) for feed_id, c in counts.items()}

    def channel_entry(self, feed: FeedRecord, locale: str) -> dict[str, Any] | None:
        """The translated title/description of the feed for ``locale``, if done."""
        row = self.conn.execute(
            "SELECT entry FROM feed_items WHERE feed = ? AND guid = ? AND locale = ?"
            " AND status = 'done' ORDER BY updated DESC LIMIT 1",
            (feed.id, CHANNEL_KEY, locale),
        ).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def done_entries(self, feed: FeedRecord, locale: str) -> Iterator[dict[str, Any]]:
        """Localized entries of the items seen in the current run, in feed order (streamed).

        An item whose new version is not translated yet keeps its last translation. An item
        that an overlapping later run has scanned again (its ``run`` is that run's) is still
        one of this run's: otherwise the run that publishes last listed none of them.

        The untranslated facts of an item whose translated text is current (its dates, author,
        categories) are taken from the item as last scanned: a publisher's corrected date
        changes no text, so nothing is translated again, but the localized feed says it.
        """
        cursor = self.store.conn.cursor()
        cursor.execute(
            "SELECT e.guid, i.entry, i.content_hash = e.content_hash, e.payload"
            " FROM feed_entries e JOIN feed_items i ON i.feed = e.feed"
            " AND i.guid = e.guid AND i.locale = ? AND i.status = 'done'"
            " WHERE e.feed = ? AND e.run >= ? AND e.guid != ?"
            " ORDER BY e.position, (i.content_hash = e.content_hash) DESC, i.updated DESC",
            (locale, feed.id, feed.run, CHANNEL_KEY),
        )
        last = None
        for guid, entry, current, payload in cursor:
            if guid == last or not entry:
                continue
            last = guid  # a held newest version hides the item: no older translation instead
            data = json.loads(entry)
            if current and payload:
                scanned = json.loads(payload)
                data.update({key: scanned.get(key) for key in SCANNED_FACTS if key in scanned})
            if (data.get("review") or {}).get("action") not in HIDDEN_ACTIONS:
                yield data

    def fail_pending(self, feed: FeedRecord, locale: str, error: ErrorInfo) -> int:
        """Mark every pending row of ``locale`` in this run of ``feed`` failed with ``error``
        (a locale no engine serves: one check instead of one failure per item)."""
        with self.store.transaction() as conn:
            cur = conn.execute(
                "UPDATE feed_items SET status = 'failed', worker = NULL, run = ?, error = ?,"
                " updated = ? WHERE feed = ? AND locale = ? AND status = 'pending'",
                (feed.run, error.to_json(), utc_now(), feed.id, locale),
            )
            return int(cur.rowcount)

    def payload(self, feed: FeedRecord, guid: str) -> dict[str, Any] | None:
        """The item as last scanned (``FeedItem.to_json``)."""
        row = self.conn.execute(
            "SELECT payload FROM feed_entries WHERE feed = ? AND guid = ?", (feed.id, guid)
        ).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def update_done(self, feed: FeedRecord, row: ItemRow, *, outputs: Sequence[Path | str],
                    entry: dict[str, Any]) -> None:
        """Replace the files and entry of a done row (a held item released after review)."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE feed_items SET outputs = ?, entry = ?, updated = ? WHERE feed = ?"
                " AND guid = ? AND locale = ? AND content_hash = ? AND status = 'done'",
                (json.dumps([str(p) for p in outputs]), json.dumps(entry, ensure_ascii=False),
                 utc_now(), feed.id, row.guid, row.locale, row.content_hash),
            )  # fmt: skip

    def channel_failures(self, feed: FeedRecord) -> dict[str, ErrorInfo]:
        """Locale -> why the feed's own title and description failed in the current run."""
        rows = self.conn.execute(
            "SELECT i.locale, i.error FROM feed_entries e JOIN feed_items i ON i.feed = e.feed"
            " AND i.guid = e.guid AND i.content_hash = e.content_hash"
            " WHERE e.feed = ? AND e.run = ? AND e.guid = ? AND i.status = 'failed'"
            " ORDER BY i.locale",
            (feed.id, feed.run, CHANNEL_KEY),
        ).fetchall()
        return {str(locale): ErrorInfo.from_json(error) if error else ErrorInfo.of(
            InternalError("the feed's title failed with no recorded reason"))
            for locale, error in rows}

    def run_items(self, feed: FeedRecord) -> Iterator[ItemRow]:
        """Every item edition of the items seen in the current run, in feed order."""
        cursor = self.store.conn.cursor()
        cursor.execute(
            "SELECT e.guid, e.slug, e.position, i.locale, i.status, i.run, i.outputs, i.error,"
            " i.segments, i.content_hash, i.entry FROM feed_entries e JOIN feed_items i"
            " ON i.feed = e.feed"
            " AND i.guid = e.guid AND i.content_hash = e.content_hash"
            " WHERE e.feed = ? AND e.run = ? AND e.guid != ? ORDER BY e.position, i.locale",
            (feed.id, feed.run, CHANNEL_KEY),
        )
        for (guid, slug, position, locale, status, run, outputs, error, segments, digest,
             entry) in cursor:
            yield ItemRow(guid, slug, int(position), locale, status, int(run), json.loads(outputs),
                          ErrorInfo.from_json(error) if error else None, int(segments),
                          str(digest), json.loads(entry) if entry else None)


def _all_exist(paths: Sequence[str]) -> bool:
    return all(Path(p).is_file() for p in paths)
