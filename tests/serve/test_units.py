"""The service's parts without a server: keys, rate limits, the output folder, text layout."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from translate.errors import DataError, InputError
from translate.serve import ApiKeys, KeyLimits, ServeConfig
from translate.serve.limits import HttpError, RateLimiter
from translate.serve.service import Service


def test_keys_file(tmp_path: Path) -> None:
    path = tmp_path / "keys.txt"
    path.write_text("# newsroom keys\nalpha-key-1234 req_limit=5\n\nbeta-key-5678  # cms\n"
                    "gamma-key-9012 char_limit=100 req_limit=-1\n", encoding="utf-8")
    keys = ApiKeys.from_file(path)
    assert len(keys) == 3
    assert keys.lookup("alpha-key-1234") == KeyLimits(req_limit=5)
    assert keys.lookup("beta-key-5678") == KeyLimits()
    assert keys.lookup("gamma-key-9012") == KeyLimits(req_limit=-1, char_limit=100)
    assert keys.lookup("alpha-key-123") is None
    assert keys.lookup("") is None


def test_keys_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read API keys"):  # missing: exit 3 (fuzz46)
        ApiKeys.from_file(tmp_path / "missing.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    with pytest.raises(DataError, match="cannot read API keys"):
        ApiKeys.from_file(bad)


def test_rate_limiter_refills() -> None:
    now = [0.0]
    limiter = RateLimiter(60, clock=lambda: now[0])  # one a second, burst 60
    assert all(limiter.take("a") == 0.0 for _ in range(60))
    wait = limiter.take("a")
    assert 0.9 <= wait <= 1.1
    assert limiter.take("b") == 0.0  # other clients have their own bucket
    now[0] += 2.0
    assert limiter.take("a") == 0.0
    assert limiter.take("a", cost=5) > 0
    assert limiter.take("a", cost=5, limit=-1) == 0.0  # an unlimited key


def test_config_round_trip_for_workers(tmp_path: Path) -> None:
    from translate.options import RunOptions

    config = ServeConfig(api_keys_file=tmp_path / "k.txt", out_dir=tmp_path / "o",
                         cors_origins=["https://a.example"], batch_window=0.002,
                         options=RunOptions(engine="embedded", db_path=tmp_path / "d.db",
                                            glossary_paths=[tmp_path / "g.toml"]))
    back = ServeConfig.from_json(config.to_json())
    assert back == config


def test_sweep_deletes_only_our_old_files(tmp_path: Path) -> None:
    service = Service(ServeConfig(keyless=True, out_dir=tmp_path, file_ttl=10))
    ours_old = tmp_path / ("a" * 32 + ".story.pt.txt")
    ours_new = tmp_path / ("b" * 32 + ".story.pt.txt")
    theirs = tmp_path / "notes.txt"
    for path in (ours_old, ours_new, theirs):
        path.write_text("x", encoding="utf-8")
    old = time.time() - 3600
    os.utime(ours_old, (old, old))
    os.utime(theirs, (old, old))
    service.sweep()
    assert not ours_old.exists()
    assert ours_new.exists() and theirs.exists()
    assert service.stored_file(ours_new.name) == ours_new.resolve()
    for name in ("notes.txt", "../" + ours_new.name, ours_old.name):
        with pytest.raises(HttpError):
            service.stored_file(name)
