"""``translate models``: list, install and remove Argos Translate packages.

Only ``install SRC:TGT`` touches the network (the Argos package index); everything else works on
the packages folder: ``--packages-dir``, else ``ARGOS_PACKAGES_DIR``, else Argos's own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..errors import EngineError
from .common import json_errors

packages_dir_option = click.option(
    "--packages-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Argos packages folder (default: $ARGOS_PACKAGES_DIR, else Argos's own).",
)


@click.group("models")
def models() -> None:
    """Manage Argos Translate packages (.argosmodel); the embedded en<->pt model needs none."""


def _embedded() -> dict[str, Any]:
    try:
        from ..engines.embedded import EmbeddedEngine

        engine = EmbeddedEngine()
        pairs = [engine.model_info(s, t) for s, t in engine.pairs()]
    except EngineError as exc:
        return {"available": False, "error": exc.message, "pairs": []}
    return {
        "available": True,
        "pairs": [
            {"from": i.source, "to": i.target, "model": i.model, "version": i.version}
            for i in pairs
        ],
    }


@models.command("list")
@packages_dir_option
@click.option("--json", "as_json", is_flag=True, is_eager=True, callback=json_errors,
    help="Print JSON.")
def list_models(packages_dir: Path | None, as_json: bool) -> None:
    """Installed Argos packages (pairs, versions, folders) and the embedded engine's pairs."""
    from ..engines.packages import installed_packages, resolve_dir

    root = resolve_dir(packages_dir)
    installed = installed_packages(root)
    embedded = _embedded()
    if as_json:
        payload = {
            "packages_dir": str(root),
            "argos": [p.to_dict() for p in installed],
            "embedded": embedded,
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    click.echo(f"Argos packages in {root}:")
    if not installed:
        click.echo("  none (translate models install FILE.argosmodel | SRC:TGT)")
    for p in installed:
        click.echo(f"  {p.from_code} -> {p.to_code}  {p.name}  version {p.version}  {p.path}")
    click.echo("Embedded engine:")
    if not embedded["available"]:
        click.echo(f"  unavailable: {embedded['error']}")
    for e in embedded["pairs"]:
        click.echo(f"  {e['from']} -> {e['to']}  {e['model']}  version {e['version']}")


@models.command("install")
@click.argument("source", metavar="FILE|SRC:TGT")
@packages_dir_option
@click.option(
    "--index-url",
    default=None,
    metavar="URL",
    help="Argos package index (default: $ARGOS_PACKAGE_INDEX, else Argos's).",
)
@click.option("--timeout", type=click.FloatRange(min=1), default=60.0, show_default=True,
              help="Network timeout in seconds (index installs).")  # fmt: skip
def install(source: str, packages_dir: Path | None, index_url: str | None, timeout: float) -> None:
    """Install a .argosmodel FILE, or download SRC:TGT (e.g. en:de) from the Argos index.

    Only the SRC:TGT form uses the network. A package replaces any installed one for its pair.
    """
    from ..engines.packages import install_file, install_from_index, parse_pair

    pair = parse_pair(source)
    if pair is not None and not Path(source).exists():
        click.echo(f"downloading {pair[0]} -> {pair[1]} from the Argos package index...", err=True)
        result = install_from_index(
            pair[0], pair[1], packages_dir, index_url=index_url, timeout=timeout
        )
    else:
        result = install_file(source, packages_dir)
    pkg = result.package
    click.echo(f"installed {pkg.from_code} -> {pkg.to_code} {pkg.name} (version {pkg.version})")
    click.echo(f"  into {pkg.path}")
    for old in result.replaced:
        if old.path != pkg.path or old.version != pkg.version:
            click.echo(f"  replaced {old.name} (version {old.version})")


@models.command("remove")
@click.argument("spec", metavar="SRC:TGT|NAME")
@packages_dir_option
def remove(spec: str, packages_dir: Path | None) -> None:
    """Remove the installed package for a pair (en:de) or by name (translate-en_de-1_9)."""
    from ..engines.packages import remove as remove_packages

    for pkg in remove_packages(spec, packages_dir):
        click.echo(f"removed {pkg.from_code} -> {pkg.to_code} {pkg.name} ({pkg.path})")


COMMANDS = [models]
