"""requirements.lock is what the README's commands and CI install: it must pin every dependency
pyproject.toml declares (runtime and every extra) within pyproject's ranges, and the README's
test command must be exactly what .ci/run runs."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from packaging.markers import Marker, default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]


def _locked() -> dict[str, list[tuple[str, str]]]:
    """Package -> [(version, marker)] as pinned in requirements.lock."""
    pins: dict[str, list[tuple[str, str]]] = {}
    for raw in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        req = Requirement(line)
        (spec,) = req.specifier  # one exact pin per line
        assert spec.operator == "==", line
        pins.setdefault(canonicalize_name(req.name), []).append(
            (spec.version, str(req.marker or ""))
        )
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in project.get("optional-dependencies", {}).values():
        reqs += [Requirement(r) for r in extra]
    return [r for r in reqs if canonicalize_name(r.name) != canonicalize_name(project["name"])]


def test_lock_pins_every_declared_dependency_within_its_range() -> None:
    pins = _locked()
    missing, outside = [], []
    for req in _declared():
        name = canonicalize_name(req.name)
        if name not in pins:
            missing.append(req.name)
            continue
        for version, _marker in pins[name]:
            if not req.specifier.contains(version, prereleases=True):
                outside.append(f"{req.name} {req.specifier} locked at {version}")
    assert not missing, f"not in requirements.lock (run scripts/lock): {missing}"
    assert not outside, f"lock outside pyproject's range (run scripts/lock): {outside}"


def test_lock_pins_this_python_once() -> None:
    """On any supported Python each package resolves to exactly one pin."""
    env = default_environment()
    for name, entries in _locked().items():
        applicable = [v for v, m in entries if not m or Marker(m).evaluate(dict(env))]
        assert len(applicable) <= 1, (name, applicable)


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```\n(python3 -m pip install [^\n]+)\n```", readme)
    assert len(commands) == 2, commands  # the two commands, one line each
    assert all("-c requirements.lock" in c for c in commands)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()
