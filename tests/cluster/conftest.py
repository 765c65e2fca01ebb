"""One real local Ray for the whole session (loopback only, 2 CPUs, small object store)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from translate import engines

TESTS = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def ray_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Start Ray once; the test engines (tests/fakes.py, tests/cluster/ray_engines.py) are
    importable in its workers through PYTHONPATH. Shut down at the end of the session."""
    import ray

    saved = os.environ.pop("RAY_ADDRESS", None)
    calls = tmp_path_factory.mktemp("ray-calls")
    if ray.is_initialized():  # pragma: no cover - another test left it running
        ray.shutdown()
    ray.init(
        num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False,
        object_store_memory=80 * 1024 * 1024, _node_ip_address="127.0.0.1",
        runtime_env={"env_vars": {
            # the code under test first (not whatever copy is installed), then the test engines
            "PYTHONPATH": os.pathsep.join([str(TESTS.parent), str(TESTS)]),
            "CLUSTER_TEST_LOG": str(calls),
        }},
    )  # fmt: skip
    try:
        yield {"ray": ray, "calls": calls}
    finally:
        ray.shutdown()
        if saved is not None:
            os.environ["RAY_ADDRESS"] = saved


@pytest.fixture
def ray_engines(
    ray_session: dict[str, Any], fake_engine: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fake engine and the slower 'delay' engine, registered in the driver; the executor
    sends the registry to its actors."""
    monkeypatch.setitem(engines.ENGINES, "delay", "cluster.ray_engines:DelayEngine")


@pytest.fixture
def calls_dir(ray_session: dict[str, Any]) -> Iterator[Path]:
    """The folder where the 'delay' engine logs its calls, emptied for each test."""
    folder: Path = ray_session["calls"]
    for path in folder.iterdir():
        path.unlink()
    yield folder
