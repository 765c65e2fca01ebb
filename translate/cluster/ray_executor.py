"""The Ray executor: a pool of actors fed with claims by the driver.

Why actors and not Ray Data's ``map_batches``: the work queue is the claim store (resumable,
incremental, exactly once), not a dataset known up front; a claim must be taken right before
its item is sent and recorded right after it comes back, one item at a time, so that an
interruption loses nothing and repeats nothing. Ray Data would re-run a whole batch on a
retry and holds blocks of items in the object store; here at most ``2 x actors`` claims are in
flight and each result is recorded as it arrives. The measurements are in ``docs/cluster.md``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import re
import resource
import socket
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ErrorInfo, ExecutorError, InternalError, UsageError
from ..logsetup import worker_logging
from ..options import RunOptions
from ..seams import ClaimStore, Outcomes

log = logging.getLogger(__name__)

IN_FLIGHT_PER_ACTOR = 2  # one running, one queued: the actor never waits for the driver
MAX_ATTEMPTS = 3  # sends of one claim whose actor died before it is recorded as failed
ACTOR_RESTARTS = 4
# Environment a worker needs to find the same models and data as the driver (same machine or
# the same paths on every machine; see docs/cluster.md).
FORWARDED_ENV = ("TRANSLATE_HOME", "ARGOS_PACKAGES_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
                 "XDG_CACHE_HOME")
INSTALL_HINT = "install the extra: pip install 'newsroom-translate[ray]'"


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise ExecutorError("the ray executor needs Ray, which is not installed",
                            hint=INSTALL_HINT) from None
    return ray


def _address(executor: str) -> str | None:
    from . import parse_executor

    spec = parse_executor(executor)
    if spec.kind != "ray":
        raise UsageError(f"not a Ray executor: {executor!r}")
    return spec.address


def check_executor(executor: str) -> None:
    """Raise UsageError for a bad executor name, ExecutorError when Ray is missing."""
    from . import parse_executor

    if parse_executor(executor).kind == "ray":
        _import_ray()


@dataclass(frozen=True)
class WorkerSpec:
    """What an actor needs (picklable): the work context without its store connection, the
    function that processes one claim and the one that warms an actor up (sent by reference:
    the actor imports their modules), the store to open, the engine registry, environment."""

    context: Any  # a translate.feeds.run.WorkContext with cache=None and state=Outcomes()
    process: Callable[[Any, Any], None]  # (claim, context) -> None, records into context.state
    warm: Callable[[Any], None] | None
    db_path: Path | None  # the MT cache and translation memory; None when both are off
    engines: dict[str, str]  # the driver's engine registry (plugins, test engines)
    env: dict[str, str]
    log_level: int


def peak_rss() -> int:
    """This process's peak resident set size in bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)


class ClaimWorker:
    """The body of a Ray actor: engines and models loaded once, then one claim per call."""

    def __init__(self, spec: WorkerSpec) -> None:
        from .. import engines
        from ..store import Store

        os.environ.update(spec.env)
        worker_logging(spec.log_level)
        engines.ENGINES.update(spec.engines)
        self.spec = spec
        # the MT cache and translation memory; on many machines, the shared store (see docs)
        self.store = Store(spec.db_path) if spec.db_path is not None else None
        options = spec.context.options
        self.ctx = dataclasses.replace(spec.context,
                                       cache=self.store if options.use_cache else None)
        self.items = 0

    def ready(self) -> int:
        """Warm up (load models and data) before the first claim arrives; returns the pid."""
        if self.spec.warm is not None:
            self.spec.warm(self.ctx)
        return os.getpid()

    def process(self, claim: Any) -> list[tuple[str, str, dict[str, Any]]]:
        """Translate and write one claimed item; its results as data for the driver."""
        outcomes = Outcomes()
        self.spec.process(claim, dataclasses.replace(self.ctx, state=outcomes))
        self.items += 1
        return outcomes.items

    def peak_rss(self) -> int:
        return peak_rss()

    def pid(self) -> int:
        return os.getpid()


@dataclass
class ClusterStats:
    """What a Ray run did: actors, claims sent, resends after an actor died, peak memory."""

    actors: int = 0
    sent: int = 0
    resent: int = 0
    failed_after_retries: int = 0
    driver_peak_rss: int = 0
    worker_peak_rss: list[int] = field(default_factory=list)
    seconds: float = 0.0
    startup_seconds: float = 0.0  # connect, start the actors, wait until they are ready
    store_seconds: float = 0.0  # the driver's time in the claim store (claim, record)


@dataclass
class _Pool:
    ray: Any
    actors: list[Any]
    started_ray: bool


REACH_TIMEOUT = 10.0  # seconds to open a TCP connection to a cluster's address
_HOST_PORT = r"^(?:ray://)?\[?(?P<host>[^\[\]/]+?)\]?:(?P<port>\d+)/?$"


_LOCALHOST = ("localhost", "127.0.0.1", "::1")  # the names Ray replaces by the node's address


def _reachable(address: str, ray: Any = None) -> None:
    """An ExecutorError, at once, when ``HOST:PORT`` (or ``ray://HOST:PORT``) cannot be reached:
    ``ray.init`` retries an unreachable head for minutes, printing a log line a second
    (fuzz28). Other forms (``auto``, ``local``, none) are Ray's to resolve.

    The address tried is the one Ray connects to: Ray replaces ``localhost``, ``127.0.0.1`` and
    ``::1`` by the node's own address (``ray.util.get_node_ip_address``), so a port open on
    loopback alone passed this check and ``ray.init`` then waited on the node's address, over
    five minutes, a log line every few seconds (fuzz39)."""
    match = re.match(_HOST_PORT, address.strip())
    if match is None:
        return
    host, port = match.group("host"), int(match.group("port"))
    hint = "check --executor ray=ADDRESS or RAY_ADDRESS"
    if not 0 < port < 65536:
        raise ExecutorError(f"cannot reach the Ray cluster at {address}: no such port",
                            hint=hint)  # fmt: skip
    where = host
    if ray is not None and host.lower() in _LOCALHOST:
        try:  # with the network off Ray's core writes a line of its own to descriptor 2
            with _ray_lines_kept(logging.getLogger("translate").getEffectiveLevel()):
                where = str(ray.util.get_node_ip_address())
        except Exception:  # Ray cannot tell its node's address: the address as given
            where = host
    try:
        socket.create_connection((where, port), timeout=REACH_TIMEOUT).close()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        said = address if where == host else f"{address} (Ray connects to {where}:{port})"
        raise ExecutorError(f"cannot reach the Ray cluster at {said}: {reason}",
                            hint=hint) from None  # fmt: skip


@contextlib.contextmanager
def _ray_lines_kept(level: int) -> Iterator[None]:
    """Ray's own lines while it starts or connects kept off the command's stderr, unless the
    command is verbose (``level`` under WARNING, from ``-v``). Ray's C++ core writes them to
    descriptor 2 itself, past Python's logging (and ``RAY_BACKEND_LOG_LEVEL``): every run on
    a local Ray printed ``Token authentication is enabled for this Ray cluster ...``, and an
    address where something answers that is no Ray head printed
    ``gcs_client.cc:210: Failed to get cluster ID from GCS server`` once a second for 20 s
    before the one error line (fuzz39). The processes a local start spawns write their own
    logs to Ray's session folder, not to this descriptor."""
    if level < logging.WARNING:
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with tempfile.TemporaryFile() as sink:
            os.dup2(sink.fileno(), 2)
            try:
                yield
            finally:
                os.dup2(saved, 2)
    finally:
        os.close(saved)


def connect(executor: str) -> tuple[Any, bool]:
    """Ray, initialised for ``executor``; and whether this call started it."""
    ray = _import_ray()
    address = _address(executor)
    if ray.is_initialized():
        return ray, False
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                              "configure_logging": False}
    if address is None and not os.environ.get("RAY_ADDRESS"):
        kwargs["_node_ip_address"] = "127.0.0.1"  # a local cluster stays on loopback
    _reachable(address or os.environ.get("RAY_ADDRESS", ""), ray)
    try:
        with _ray_lines_kept(logging.getLogger("translate").getEffectiveLevel()):
            ray.init(address=address, **kwargs)
    except Exception as exc:  # ConnectionError, RuntimeError, ValueError: all "cannot start"
        raise ExecutorError(f"cannot start or reach the Ray cluster: {exc}",
                            hint="check --executor ray=ADDRESS or RAY_ADDRESS") from None
    return ray, True


def _start_pool(executor: str, spec: WorkerSpec, actors: int) -> tuple[_Pool, int]:
    ray, started = connect(executor)
    total_cpu = float(ray.cluster_resources().get("CPU", 1.0))
    n = actors if actors > 0 else max(1, int(total_cpu))
    cpus = min(1.0, total_cpu / n)
    options = spec.context.options
    if options.engine_options.threads is None:  # one engine thread per CPU an actor holds
        options = dataclasses.replace(options, engine_options=dataclasses.replace(
            options.engine_options, threads=max(1, int(cpus))))
        spec = dataclasses.replace(spec, context=dataclasses.replace(spec.context,
                                                                     options=options))
    remote_cls = ray.remote(num_cpus=cpus, max_restarts=ACTOR_RESTARTS,
                            max_task_retries=ACTOR_RESTARTS)(ClaimWorker)
    handles = [remote_cls.remote(spec) for _ in range(n)]
    pool = _Pool(ray, handles, started)
    try:
        ray.get([h.ready.remote() for h in handles])
    except Exception as exc:
        _stop_pool(pool)
        raise ExecutorError(f"the Ray workers could not start: {type(exc).__name__}: {exc}",
                            hint="is newsroom-translate installed on every node?") from None
    return pool, n


def _stop_pool(pool: _Pool) -> None:
    for handle in pool.actors:
        try:
            pool.ray.kill(handle)
        except Exception:  # already gone
            log.debug("actor already gone", exc_info=True)
    if pool.started_ray:
        pool.ray.shutdown()


# The last pool's actors, so a test or a benchmark can reach them (e.g. to ``ray.kill`` one).
CURRENT_ACTORS: list[Any] = []


def run_claims(
    executor: str,
    claims: ClaimStore,
    feed_ids: Sequence[int],
    *,
    context: Any,
    process: Callable[[Any, Any], None],
    warm: Callable[[Any], None] | None = None,
    actors: int = 0,
    on_item: Callable[[], None] | None = None,
) -> ClusterStats:
    """Process every pending claim of ``feed_ids`` on Ray actors; record results in ``claims``.

    ``context`` is the :class:`~translate.feeds.run.WorkContext` each actor works with (made
    by ``remote_context``: no store connection), ``process`` what a local worker would run on
    each claim. ``actors`` <= 0: one per CPU of the cluster. Streams: at most ``2 x actors``
    claims are held at any time, so the driver's memory does not grow with the number of items.
    """
    from .. import engines

    start = time.monotonic()
    options: RunOptions = context.options
    spec = WorkerSpec(
        context=context, process=process, warm=warm,
        db_path=options.resolved_db_path() if options.use_cache or options.use_tm else None,
        engines=dict(engines.ENGINES),
        env={k: os.environ[k] for k in FORWARDED_ENV if k in os.environ},
        log_level=logging.getLogger("translate").getEffectiveLevel(),
    )  # fmt: skip
    pool, n = _start_pool(executor, spec, actors)
    ray = pool.ray
    CURRENT_ACTORS[:] = pool.actors
    stats = ClusterStats(actors=n, startup_seconds=time.monotonic() - start)
    free = deque(i for _ in range(IN_FLIGHT_PER_ACTOR) for i in range(n))
    in_flight: dict[Any, tuple[Any, int, int]] = {}  # ref -> (claim, actor index, attempt)
    exhausted = False

    def send(claim: Any, index: int, attempt: int) -> None:
        ref = pool.actors[index].process.remote(claim)
        in_flight[ref] = (claim, index, attempt)
        stats.sent += 1

    try:
        while True:
            while free and not exhausted:
                tick = time.perf_counter()
                claim = claims.claim(feed_ids)
                stats.store_seconds += time.perf_counter() - tick
                if claim is None:
                    exhausted = True
                    break
                send(claim, free.popleft(), 1)
            if not in_flight:
                break
            ready, _ = ray.wait(list(in_flight), num_returns=1)
            for ref in ready:
                claim, index, attempt = in_flight.pop(ref)
                try:
                    items = ray.get(ref)
                except ray.exceptions.RayError as exc:
                    if attempt < MAX_ATTEMPTS:
                        log.warning("item %s: worker lost (%s); sending it again", claim.guid,
                                    type(exc).__name__)
                        stats.resent += 1
                        send(claim, index, attempt + 1)
                        continue
                    stats.failed_after_retries += 1
                    error = ErrorInfo.of(InternalError(
                        f"the worker died {attempt} times on this item: {type(exc).__name__}"))
                    for locale in claim.locales:
                        claims.mark_failed(claim, locale, error)
                else:
                    tick = time.perf_counter()
                    Outcomes.apply(items, claim, claims)
                    stats.store_seconds += time.perf_counter() - tick
                free.append(index)
                if on_item is not None:
                    on_item()
        for handle in pool.actors:
            try:
                stats.worker_peak_rss.append(int(ray.get(handle.peak_rss.remote(), timeout=30)))
            except Exception:
                log.debug("no memory figure from an actor", exc_info=True)
    except BaseException:
        claims.release_own()  # every claim in flight was taken by this driver
        raise
    finally:
        _stop_pool(pool)
        CURRENT_ACTORS.clear()
    stats.driver_peak_rss = peak_rss()
    stats.seconds = time.monotonic() - start
    return stats
