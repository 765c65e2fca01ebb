"""Helpers for hostile-input tests: an outcome that knows what a clean refusal looks like."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from translate.cli import cli

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str

    def refused(self, code: int, fragment: str = "") -> None:
        """One ``error[...]`` line on stderr, the documented exit code, no traceback."""
        assert self.code == code, (self.code, self.stdout, self.stderr)
        lines = self.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error[E0"), self.stderr
        assert "Traceback" not in self.stderr + self.stdout
        assert "internal error" not in self.stderr
        assert fragment in self.stderr, self.stderr


def invoke(*args: object, input: bytes | str | None = None) -> Outcome:
    """Run ``translate ARGS...`` in-process, stdout and stderr apart; a bug's exception rises."""
    result = CliRunner().invoke(cli, [str(a) for a in args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Outcome(result.exit_code, result.stdout, result.stderr)


def tree(folder: Path) -> list[str]:
    """Every path under ``folder`` (relative), to prove that nothing was written."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
