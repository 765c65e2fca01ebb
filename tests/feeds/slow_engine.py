"""A fake engine for subprocess tests: slow (FEED_TEST_DELAY seconds per call) and logging each
call to FEED_TEST_CALLS, so a test can kill a run mid-way and count calls across processes."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence

from fakes import FakeEngine


class SlowEngine(FakeEngine):
    name = "slow"

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        time.sleep(float(os.environ.get("FEED_TEST_DELAY", "0")))
        log = os.environ.get("FEED_TEST_CALLS")
        if log:
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(f"{os.getpid()} {len(sentences)}\n")
        return super().translate(sentences, source, target)
