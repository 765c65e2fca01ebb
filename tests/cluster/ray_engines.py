"""A fake engine for the Ray tests: a little slow, and logging each call with its process id
to $CLUSTER_TEST_LOG/calls-<pid>.txt, so a test can see actors die and come back."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path

from fakes import FakeEngine

DELAY = 0.05  # seconds per engine call: long enough to kill an actor mid-item


class DelayEngine(FakeEngine):
    name = "delay"

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        time.sleep(DELAY)
        folder = os.environ.get("CLUSTER_TEST_LOG")
        if folder:
            with (Path(folder) / f"calls-{os.getpid()}.txt").open("a", encoding="utf-8") as fh:
                fh.write(f"{len(sentences)}\n")
        return super().translate(sentences, source, target)
