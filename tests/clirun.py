"""One way to run the CLI in tests: ``translate ARGS...`` in-process, stdout and stderr apart."""

from __future__ import annotations

from typing import NamedTuple

from click.testing import CliRunner

from translate.cli import cli


class Outcome(NamedTuple):
    """What a run left: ``code, out, err = invoke(...)`` unpacks it."""

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
    """Run ``translate ARGS...``; an exception other than an exit (a bug) is raised, not
    hidden behind exit code 1."""
    result = CliRunner().invoke(cli, [str(a) for a in args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Outcome(result.exit_code, result.stdout, result.stderr)
