"""Helpers for hostile-input tests; ``invoke`` and its ``Outcome`` (which knows what a clean
refusal looks like) are the suite's one CLI runner, from clirun.py."""

from __future__ import annotations

from pathlib import Path

from clirun import Outcome, invoke

__all__ = ["HOSTILE", "Outcome", "invoke", "tree"]

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"


def tree(folder: Path) -> list[str]:
    """Every path under ``folder`` (relative), to prove that nothing was written."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
