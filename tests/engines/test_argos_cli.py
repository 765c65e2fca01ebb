"""`translate models` list/install/remove, and `translate run` on a synthetic Argos package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import invoke
from loopback import Served


def test_list_empty_shows_embedded_engine(isolated_argos: Path) -> None:
    code, out, err = invoke("models", "list", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["packages_dir"] == str(isolated_argos)
    assert data["argos"] == []
    pairs = {(p["from"], p["to"]) for p in data["embedded"]["pairs"]}
    assert pairs == {("en", "pt"), ("pt", "en")}
    code, out, _ = invoke("models", "list")
    assert code == 0
    assert f"Argos packages in {isolated_argos}:\n  none" in out
    assert "Embedded engine:" in out


def test_install_list_remove(argos_models: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "pk"
    code, out, err = invoke("models", "install", str(argos_models["en_de"]),
                            "--packages-dir", str(folder))  # fmt: skip
    assert code == 0, err
    assert out.startswith("installed en -> de translate-en_de-1_0 (version 1.0)")
    code, out, _ = invoke("models", "list", "--packages-dir", str(folder), "--json")
    assert [(p["from"], p["to"], p["version"], p["path"]) for p in json.loads(out)["argos"]] == [
        ("en", "de", "1.0", str(folder / "translate-en_de-1_0"))
    ]
    code, out, _ = invoke("models", "list", "--packages-dir", str(folder))
    assert f"  en -> de  translate-en_de-1_0  version 1.0  {folder}/translate-en_de-1_0" in out
    code, out, err = invoke("models", "remove", "en:de", "--packages-dir", str(folder))
    assert (code, out.split(" (")[0]) == (0, "removed en -> de translate-en_de-1_0"), err
    code, _, err = invoke("models", "remove", "en:de", "--packages-dir", str(folder))
    assert code == 4
    assert err.startswith("error[E014]: no installed Argos package matches 'en:de'")


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        (b"not a zip", 5, "not an Argos package (not a zip archive)"),
        (None, 3, "no such file"),
    ],
    ids=["garbage", "missing"],
)
def test_install_bad_file_one_line_error(
    tmp_path: Path, isolated_argos: Path, content: bytes | None, code: int, message: str
) -> None:
    path = tmp_path / "x.argosmodel"
    if content is not None:
        path.write_bytes(content)
    got, _, err = invoke("models", "install", str(path))
    assert got == code
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not isolated_argos.exists() or [p.name for p in isolated_argos.iterdir()] == []


def test_install_pair_offline_is_network_error(isolated_argos: Path) -> None:
    code, _, err = invoke("models", "install", "en:de", "--timeout", "2")
    assert code == 8
    assert "error[E008]: cannot reach https://raw.githubusercontent.com/argosopentech/" in err


def test_install_pair_from_index(
    http_root: Served, argos_models: dict[str, Path], isolated_argos: Path
) -> None:
    root, base = http_root
    (root / "p.argosmodel").write_bytes(argos_models["en_fr"].read_bytes())
    index = [{"from_code": "en", "to_code": "fr", "package_version": "1.0",
              "links": [f"{base}/p.argosmodel"]}]  # fmt: skip
    (root / "index.json").write_text(json.dumps(index))
    code, out, err = invoke("models", "install", "en:fr", "--index-url", f"{base}/index.json")
    assert code == 0, err
    assert "installed en -> fr translate-en_fr-1_0" in out
    assert (isolated_argos / "translate-en_fr-1_0" / "metadata.json").is_file()


ARTICLE = """Talks resume in Tbilisi

Armenian and Azerbaijani diplomats met in Tbilisi on Tuesday. The talks lasted six hours.

Officials in Baku said the next round would follow soon. Mr. Aliyev did not attend.
"""

GERMAN = """Gespräche in Tiflis

Die Diplomaten trafen sich am Dienstag in Tiflis. Die Gespräche dauerten sechs Stunden.

Die Regierung in Baku sagte, die nächste Runde werde bald folgen. Der Präsident war nicht da.
"""


@pytest.mark.parametrize(
    ("text", "target", "installed", "pivot"),
    [
        (ARTICLE, "de", ["en_de"], None),
        (GERMAN, "fr", ["de_en", "en_fr"], "en"),
    ],
    ids=["direct-en-de", "pivot-de-en-fr"],
)
def test_run_with_synthetic_package(
    argos_models: dict[str, Path],
    isolated_argos: Path,
    tmp_path: Path,
    text: str,
    target: str,
    installed: list[str],
    pivot: str | None,
) -> None:
    from translate.engines.packages import install_file

    for name in installed:
        install_file(argos_models[name], isolated_argos)
    article = tmp_path / "talks.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    # random weights translate nonsense: the facts gate would (rightly) mark the edition, so
    # this test of the engine path publishes whatever comes out
    code, stdout, err = invoke("run", str(article), "--to", target, "--out", str(out), "--json",
                               "--on-findings", "publish")  # fmt: skip
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == [f"talks.{target}.json", f"talks.{target}.md"]
    (summary,) = json.loads(stdout)
    edition = summary["editions"][0]
    assert (edition["engine"], edition["pivot"]) == ("argos", pivot)
    data = json.loads((out / f"talks.{target}.json").read_text(encoding="utf-8"))
    assert data["signature"]["engine"] == "argos"
    assert data["signature"]["pivot"] == pivot
    models = " > ".join(f"translate-{n}-1_0" for n in installed)
    assert data["signature"]["model"] == models
    targets = [s["target"] for b in data["blocks"] for s in b["segments"]]
    assert targets and all(targets)
    # a second run is served from the cache
    # random weights translate nonsense: the facts gate would (rightly) mark the edition, so
    # this test of the engine path publishes whatever comes out
    code, stdout, err = invoke("run", str(article), "--to", target, "--out", str(out), "--json",
                               "--on-findings", "publish")  # fmt: skip
    assert code == 0, err
    origins = json.loads(stdout)[0]["editions"][0]["origins"]
    assert origins.get("mt", 0) == 0 and origins.get("cache", 0) == len(targets)


def test_run_packages_dir_option(
    argos_models: dict[str, Path], isolated_argos: Path, tmp_path: Path
) -> None:
    """``run --packages-dir`` reaches the Argos engine (and is ignored by the embedded one)."""
    from translate.engines import close_engines
    from translate.engines.packages import install_file

    elsewhere = tmp_path / "my-packages"
    install_file(argos_models["en_de"], elsewhere)
    article = tmp_path / "talks.txt"
    article.write_text(
        "The ministers met again on Monday. They will meet next month.\n", encoding="utf-8"
    )
    close_engines()
    try:
        code, _, err = invoke("run", str(article), "--to", "de", "--out", str(tmp_path / "a"))
        assert code == 4, err  # the default packages folder is empty
        close_engines()
        args = ["run", str(article), "--to", "de,pt-BR", "--out", str(tmp_path / "b"),
                "--packages-dir", str(elsewhere), "--format", "json",
                "--on-findings", "publish"]  # fmt: skip
        code, _, err = invoke(*args)
        assert code == 0, err
        assert (tmp_path / "b" / "talks.de.json").is_file()
        assert (tmp_path / "b" / "talks.pt-BR.json").is_file()
    finally:
        close_engines()
