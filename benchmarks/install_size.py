"""How much disk the project's runtime install takes: the installed files of every distribution
in the dependency closure of ``newsroom-translate`` (its runtime requirements, no extras),
summed from the installed distributions' file lists in the running environment.

    python benchmarks/install_size.py [--top 12]

Run it in a venv where only ``pip install -c requirements.lock -e .`` (plus, possibly, the test
extras, which are not counted) was installed. Not counted: pip/setuptools, the interpreter, the
project's own source tree. Raw output is kept in benchmarks/results/install_size.txt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import re
from importlib.metadata import Distribution, PackageNotFoundError, distribution

PROJECT = "newsroom-translate"


def _name(requirement: str) -> str | None:
    """The distribution a runtime requirement names (None for extras-only or other markers)."""
    if ";" in requirement:
        marker = requirement.split(";", 1)[1]
        if "extra" in marker:
            return None
        if "python_version" in marker or "sys_platform" in marker:
            from packaging.markers import Marker

            if not Marker(marker).evaluate():
                return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1) if match else None


def closure(root: str) -> dict[str, Distribution]:
    found: dict[str, Distribution] = {}
    todo = [root]
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in found:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        found[name] = dist
        todo.extend(n for r in dist.requires or [] if (n := _name(r)))
    return found


def size(dist: Distribution) -> int:
    total = 0
    for file in dist.files or []:
        path = dist.locate_file(file)
        try:
            if path.is_file():
                total += path.stat().st_size
        except OSError:
            continue
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    dists = closure(PROJECT)
    dists.pop(PROJECT, None)  # an editable install: its files are the source tree
    sizes = sorted(((size(d), n, d.version) for n, d in dists.items()), reverse=True)
    total = sum(s for s, _, _ in sizes)
    mb = 1024 * 1024
    print(f"date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {platform.machine()}, {platform.system()}, python {platform.python_version()}")
    print(f"runtime dependency closure of {PROJECT}: {len(sizes)} distributions, "
          f"{total / mb:.0f} MiB installed")
    print()
    print("| distribution | version | MiB |")
    print("|---|---|---:|")
    for nbytes, name, ver in sizes[: args.top]:
        print(f"| {name} | {ver} | {nbytes / mb:.1f} |")
    rest = sizes[args.top :]
    if rest:
        print(f"| {len(rest)} others | | {sum(s for s, _, _ in rest) / mb:.1f} |")


if __name__ == "__main__":
    main()
