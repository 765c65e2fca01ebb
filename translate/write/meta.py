"""What a review file must carry to be matched back to its edition (XLIFF and PO writers).

The fingerprint covers every segment id and source sentence, so a reviewed file is accepted
only against the very edition it was exported from: a re-segmented or edited article, or a
translator's edit to a source sentence, changes it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from ..model import Edition

FORMAT_ID = "newsroom-translate/1"


def fingerprint(pairs: Iterable[tuple[str, str]]) -> str:
    """sha256 over ``(segment id, source)`` pairs in order.

    >>> fingerprint([("b0.s0", "Hello.")])[:12]
    '171c906aa949'
    """
    digest = hashlib.sha256()
    for seg_id, source in pairs:
        digest.update(seg_id.encode("utf-8") + b"\t" + source.encode("utf-8") + b"\n")
    return digest.hexdigest()


def edition_fingerprint(edition: Edition) -> str:
    return fingerprint((s.id, s.source) for s in edition.segments)


def target_fingerprint(edition: Edition) -> str:
    """sha256 over ``(segment id, target)`` pairs: what the engine (or the TM) wrote. A review
    file is stale when this changed since its export, not when the edition was merely written
    again with the same translation."""
    return fingerprint((s.id, s.target) for s in edition.segments)


def review_meta(edition: Edition) -> dict[str, str]:
    """Key/value pairs written into XLIFF metadata and the PO header comment."""
    return {
        "format": FORMAT_ID,
        "article": edition.article.id,
        "locale": edition.locale,
        "source-language": edition.source_lang,
        "source-hash": edition_fingerprint(edition),
        "target-hash": target_fingerprint(edition),
        "direction": edition.direction,
        "edition": f"{edition.article.id}.{edition.locale}.json",
        "signature": edition.signature.format(),
        "created": edition.created,
    }
