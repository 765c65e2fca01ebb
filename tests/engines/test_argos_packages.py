"""Argos package management: install from files (good and hostile), list, replace, remove,
and install from a package index served on loopback."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from loopback import Served

from translate.engines import packages
from translate.errors import (
    DataError,
    EngineError,
    InputError,
    NetworkError,
    TranslateError,
    UnsupportedPairError,
)

Members = dict[str, bytes]


def read_members(path: Path) -> Members:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist() if not info.is_dir()}


def write_zip(path: Path, members: Members) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def snapshot(root: Path) -> list[str]:
    """Everything in the packages folder except the lock file: must not change on failure."""
    if not root.exists():
        return []
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.name != ".lock")


def _top(members: Members) -> str:
    return next(iter(members)).split("/")[0]


def _without(suffix: str) -> Callable[[Members], Members]:
    return lambda m: {k: v for k, v in m.items() if not k.endswith(suffix)}


def _meta(change: dict[str, object]) -> Callable[[Members], Members]:
    def edit(m: Members) -> Members:
        key = f"{_top(m)}/metadata.json"
        meta = json.loads(m[key])
        meta.update(change)
        meta = {k: v for k, v in meta.items() if v is not None}
        return {**m, key: json.dumps(meta).encode()}

    return edit


def _replace(suffix: str, data: bytes) -> Callable[[Members], Members]:
    return lambda m: {k: (data if k.endswith(suffix) else v) for k, v in m.items()}


def _add(name: str, data: bytes) -> Callable[[Members], Members]:
    return lambda m: {**m, name: data}


BAD_ARCHIVES: list[tuple[str, Callable[[Members], Members], str]] = [
    ("no-metadata", _without("metadata.json"), "no metadata.json"),
    ("metadata-not-json", _replace("metadata.json", b"{not json"), "not valid JSON"),
    ("metadata-list", _replace("metadata.json", b"[1, 2]"), "not a JSON object"),
    ("missing-to-code", _meta({"to_code": None}), "no valid to_code"),
    ("path-in-code", _meta({"from_code": "../en"}), "no valid from_code"),
    ("sbd-package", _meta({"type": "sbd"}), "not a translation package"),
    ("same-language", _meta({"to_code": "en"}), "into itself"),
    ("no-model", _without("model.bin"), "no CTranslate2 model"),
    ("no-tokenizer", _without("sentencepiece.model"), "no tokenizer"),
    ("corrupt-model", _replace("model.bin", b"\x00garbage" * 10), "model does not load"),
    ("corrupt-tokenizer", _replace("sentencepiece.model", b"nope"), "tokenizer does not load"),
    ("zip-slip", _add("../evil.txt", b"x"), "unsafe path"),
    ("absolute-path", _add("/etc/evil.txt", b"x"), "unsafe path"),
    ("two-packages", _add("other/metadata.json", b"{}"), "several packages"),
]


@pytest.mark.parametrize(("mutate", "message"), [(m, s) for _, m, s in BAD_ARCHIVES],
                         ids=[i for i, _, _ in BAD_ARCHIVES])  # fmt: skip
def test_bad_archive_is_refused_and_changes_nothing(
    argos_models: dict[str, Path],
    argos_en_de: Path,
    tmp_path: Path,
    mutate: Callable[[Members], Members],
    message: str,
) -> None:
    root = argos_en_de.parent
    before = snapshot(root)
    bad = write_zip(tmp_path / "bad.argosmodel", mutate(read_members(argos_models["en_de"])))
    with pytest.raises(DataError) as err:
        packages.install_file(bad, root)
    assert message in err.value.message
    assert "\n" not in err.value.format_line()
    assert snapshot(root) == before
    assert not (tmp_path / "evil.txt").exists()


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", DataError, "not a zip archive"),
        (b"just some text\n" * 10, DataError, "not a zip archive"),
        (None, InputError, "no such file"),
    ],
    ids=["empty-file", "text-file", "missing-file"],
)
def test_wrong_file_is_refused(
    tmp_path: Path,
    isolated_argos: Path,
    content: bytes | None,
    error: type[TranslateError],
    message: str,
) -> None:
    path = tmp_path / "x.argosmodel"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error, match=message):
        packages.install_file(path, isolated_argos)
    assert snapshot(isolated_argos) == []


def test_truncated_archive_is_refused(
    argos_models: dict[str, Path], isolated_argos: Path, tmp_path: Path
) -> None:
    data = argos_models["en_de"].read_bytes()
    cut = tmp_path / "cut.argosmodel"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(DataError):
        packages.install_file(cut, isolated_argos)
    assert snapshot(isolated_argos) == []


def test_install_then_list(argos_models: dict[str, Path], isolated_argos: Path) -> None:
    result = packages.install_file(argos_models["en_de"], isolated_argos)
    assert result.replaced == []
    assert result.package.path == isolated_argos / "translate-en_de-1_0"
    listed = packages.installed_packages(isolated_argos)
    assert [(p.pair, p.version, p.name, p.path) for p in listed] == [
        (("en", "de"), "1.0", "translate-en_de-1_0", isolated_argos / "translate-en_de-1_0")
    ]
    assert listed[0].to_dict()["from_name"] == "English"
    # nothing left behind but the package and the lock file
    assert sorted(p.name for p in isolated_argos.iterdir()) == [".lock", "translate-en_de-1_0"]


def test_default_folder_is_argos_packages_dir(
    argos_models: dict[str, Path], isolated_argos: Path
) -> None:
    packages.install_file(argos_models["de_en"])
    assert packages.resolve_dir() == isolated_argos
    assert [p.pair for p in packages.installed_packages()] == [("de", "en")]


def test_archive_with_files_at_root_installs(
    argos_models: dict[str, Path], isolated_argos: Path, tmp_path: Path
) -> None:
    members = read_members(argos_models["en_fr"])
    flat = {k.split("/", 1)[1]: v for k, v in members.items()}
    path = write_zip(tmp_path / "flat.argosmodel", flat)
    pkg = packages.install_file(path, isolated_argos).package
    assert (pkg.pair, pkg.path.name) == (("en", "fr"), "translate-en_fr-1_0")


def test_newer_version_replaces_older(
    argos_models: dict[str, Path], argos_en_de: Path, tmp_path: Path
) -> None:
    root = argos_en_de.parent
    newer = write_zip(
        tmp_path / "newer.argosmodel",
        _meta({"package_version": "1.10"})(read_members(argos_models["en_de"])),
    )
    result = packages.install_file(newer, root)
    assert [p.version for p in result.replaced] == ["1.0"]
    assert [(p.name, p.version) for p in packages.installed_packages(root)] == [
        ("translate-en_de-1_10", "1.10")
    ]
    # reinstalling the same file is idempotent
    again = packages.install_file(newer, root)
    assert [p.version for p in again.replaced] == ["1.10"]
    assert [p.name for p in packages.installed_packages(root)] == ["translate-en_de-1_10"]


def test_broken_folder_is_skipped_not_fatal(argos_en_de: Path) -> None:
    root = argos_en_de.parent
    (root / "half-copied").mkdir()
    (root / "stray.txt").write_text("x")
    assert [p.pair for p in packages.installed_packages(root)] == [("en", "de")]


@pytest.mark.parametrize("spec", ["en:de", "en>de", "translate-en_de-1_0"], ids=str)
def test_remove(argos_en_de: Path, spec: str) -> None:
    root = argos_en_de.parent
    removed = packages.remove(spec, root)
    assert [p.pair for p in removed] == [("en", "de")]
    assert packages.installed_packages(root) == []
    assert not argos_en_de.exists()


def test_remove_missing_says_what_is_installed(argos_en_de: Path) -> None:
    with pytest.raises(EngineError) as err:
        packages.remove("en:ja", argos_en_de.parent)
    assert err.value.exit_code == 4
    assert err.value.hint == "installed: en:de"


@pytest.mark.parametrize(
    ("text", "pair"),
    [("en:de", ("en", "de")), (" pt > en ", ("pt", "en")), ("zh-Hant:en", ("zh-Hant", "en")),
     ("en", None), ("./en:de.argosmodel", None), ("EN:DE", None), ("en:de:fr", None)],
    ids=["colon", "arrow-spaces", "script-subtag", "single", "path", "upper", "three"],
)  # fmt: skip
def test_parse_pair(text: str, pair: tuple[str, str] | None) -> None:
    assert packages.parse_pair(text) == pair


@pytest.mark.parametrize(
    ("older", "newer"),
    [("1.9", "1.10"), ("1.0", "1.0.1"), ("0.9", "1"), ("1.9", "2.0")],
    ids=["minor-10", "patch", "major", "major-2"],
)
def test_version_order(older: str, newer: str) -> None:
    assert packages.version_key(older) < packages.version_key(newer)


def test_argostranslate_reads_what_we_install(
    argos_en_de: Path, argos_translate_module: object
) -> None:
    from argostranslate.package import get_installed_packages

    found = get_installed_packages(path=[argos_en_de.parent])
    assert [(p.from_code, p.to_code, p.package_version, p.package_path) for p in found] == [
        ("en", "de", "1.0", argos_en_de)
    ]


def test_we_read_what_argostranslate_installs(
    argos_models: dict[str, Path], isolated_argos: Path, argos_translate_module: object
) -> None:
    """argostranslate's install_from_path (settings read ARGOS_PACKAGES_DIR at import)."""
    from argostranslate import package, settings

    settings.package_data_dir = isolated_argos  # import-time value; point it at this test's
    isolated_argos.mkdir(parents=True, exist_ok=True)
    package.install_from_path(argos_models["de_en"])
    assert [p.pair for p in packages.installed_packages(isolated_argos)] == [("de", "en")]


# -- the package index, served on loopback ---------------------------------------------------


def _serve_index(http_root: Served, argos_models: dict[str, Path]) -> str:
    root, base = http_root
    (root / "en_de.argosmodel").write_bytes(argos_models["en_de"].read_bytes())
    index = [
        {"type": "translate", "from_code": "en", "to_code": "de", "package_version": "1.0",
         "links": [f"{base}/en_de.argosmodel"]},
        {"type": "translate", "from_code": "en", "to_code": "fr", "package_version": "1.0",
         "links": [f"{base}/missing.argosmodel"]},
        {"type": "sbd", "from_code": "en", "package_version": "1.0", "links": ["x"]},
    ]  # fmt: skip
    (root / "index.json").write_text(json.dumps(index))
    return f"{base}/index.json"


def test_install_from_index(
    http_root: Served, argos_models: dict[str, Path], isolated_argos: Path
) -> None:
    url = _serve_index(http_root, argos_models)
    result = packages.install_from_index("en", "de", isolated_argos, index_url=url, timeout=5)
    assert result.package.pair == ("en", "de")
    assert sorted(p.name for p in isolated_argos.iterdir()) == [".lock", "translate-en_de-1_0"]


@pytest.mark.parametrize(
    ("pair", "error", "message"),
    [
        (("en", "ja"), UnsupportedPairError, "no engine translates en -> ja"),
        (("en", "fr"), NetworkError, "HTTP 404"),
    ],
    ids=["pair-not-in-index", "dead-link"],
)
def test_install_from_index_failures(
    http_root: Served,
    argos_models: dict[str, Path],
    isolated_argos: Path,
    pair: tuple[str, str],
    error: type[TranslateError],
    message: str,
) -> None:
    url = _serve_index(http_root, argos_models)
    with pytest.raises(error, match=message):
        packages.install_from_index(*pair, isolated_argos, index_url=url, timeout=5)
    assert snapshot(isolated_argos) == []


@pytest.mark.parametrize(
    "url",
    ["https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json",
     "http://127.0.0.1:9/index.json", "file:///etc/passwd"],
    ids=["internet-blocked", "loopback-closed-port", "not-http"],
)  # fmt: skip
def test_index_unreachable_is_network_error(isolated_argos: Path, url: str) -> None:
    with pytest.raises(NetworkError) as err:
        packages.install_from_index("en", "de", isolated_argos, index_url=url, timeout=5)
    assert err.value.exit_code == 8
    assert snapshot(isolated_argos) == []
