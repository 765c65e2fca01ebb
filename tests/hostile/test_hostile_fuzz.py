"""A few examples of every fuzz target (the bounded, longer run is ``scripts/fuzz``)."""

from __future__ import annotations

import pytest
from hostile.fuzz_targets import TARGETS


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz_target_smoke(name: str) -> None:
    TARGETS[name]()  # 20 hypothesis examples: read, or refused with one TranslateError
