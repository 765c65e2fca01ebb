"""Run the bulk paths (feeds, article batches) on a Ray cluster: a thin skin over the library.

The claim/state machinery stays where it is (:mod:`translate.feeds.state`): the *driver* claims
items in the state store, one at a time, and hands each claim to a pool of Ray actors; an actor
(engines and models loaded once) runs the same :func:`~translate.feeds.run.process_claim` as a
local worker, writes the edition files through the output sink, and returns the results as
data; the driver records them. So each item edition is recorded exactly once, by one process,
whatever Ray retries: a claim whose actor died is sent again (Ray restarts the actor and retries
the call), and a claim the driver held when it was interrupted is released (or, if the driver was
killed, found stale by the next run). See ``docs/cluster.md``.

Ray is an optional extra (``pip install 'newsroom-translate[ray]'``); without it,
:func:`check_executor` raises :class:`~translate.errors.ExecutorError` (exit code 11).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UsageError
from .ray_executor import ClusterStats, check_executor, run_claims

__all__ = ["ClusterStats", "ExecutorSpec", "check_executor", "parse_executor", "run_claims"]


@dataclass(frozen=True)
class ExecutorSpec:
    """``local``, ``ray`` (a cluster named by ``RAY_ADDRESS``, else a local one) or
    ``ray=ADDRESS`` (``auto``, ``HOST:PORT`` or ``ray://HOST:PORT``)."""

    kind: str
    address: str | None = None


def parse_executor(text: str) -> ExecutorSpec:
    """Parse an ``--executor`` value; a UsageError for anything else."""
    name, sep, address = text.strip().partition("=")
    name = name.strip().lower()
    if name == "local" and not sep:
        return ExecutorSpec("local")
    if name == "ray":
        if sep and not address.strip():
            raise UsageError("--executor ray=ADDRESS needs an address (or use plain 'ray')")
        return ExecutorSpec("ray", address.strip() or None)
    raise UsageError(f"unknown executor {text!r}", hint="use local, ray or ray=ADDRESS")
