"""Hostile glossaries and model packages: refused with one line and exit 5, nothing installed,
nothing written outside the packages folder."""

from __future__ import annotations

import io
import json
import stat
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile.helpers import invoke, tree

ARTICLE = "The president met the foreign minister in Lisbon on Monday. They discussed trade.\n"

# -- glossaries -----------------------------------------------------------------------------------

GLOSSARIES: list[tuple[str, str, str, str]] = [
    ("deep-nesting", "toml", "x = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    ("nul-in-name", "toml", '[[entry]]\nid = "x"\nname = "A\\u0000B"\n', "control character"),
    ("esc-in-alias", "toml", '[[entry]]\nid="x"\nname="X"\naliases=["Y\\u001b[2J"]\n', "U+001B"),
    ("bell-in-form", "toml", '[[entry]]\nid="x"\nname="X"\n[entry.forms]\npt="\\u0007"\n', "forms"),
    ("nul-in-csv", "csv", "id,name\nx,A\x00B\n", "control character"),
]


# TOML glossaries go through run --glossary and lint; CSV term bases through import
GLOSSARY_CASES = [
    pytest.param(command, *case, id=f"{command}-{case[0]}")
    for case in GLOSSARIES
    for command in (("import",) if case[1] == "csv" else ("run", "lint"))
]


@pytest.mark.parametrize(("command", "name", "ext", "content", "fragment"), GLOSSARY_CASES)
def test_hostile_glossary_is_refused(
    tmp_path: Path, fake_engine: object, name: str, ext: str, content: str, fragment: str,
    command: str,
) -> None:  # fmt: skip
    path = tmp_path / f"{name}.{ext}"
    path.write_text(content, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    if command == "run":
        args: list[object] = ["run", article, "--to", "pt-BR", "--engine", "fake", "--out", out,
                              "--glossary", path]  # fmt: skip
        invoke(*args).refused(5, fragment)
    elif command == "lint":
        outcome = invoke("glossary", "lint", "--no-builtin-glossary", path)
        assert outcome.code == 5 and fragment in outcome.stdout
        assert "Traceback" not in outcome.stdout + outcome.stderr
    else:
        invoke("glossary", "import", path, "-o", out / "g.toml").refused(5, fragment)
    assert tree(out) == []


def test_multiline_note_is_still_allowed(tmp_path: Path) -> None:
    path = tmp_path / "note.toml"
    path.write_text('[[entry]]\nid="x"\nname="X"\nnote="""one\nline\ttwo"""\n', encoding="utf-8")
    assert invoke("glossary", "lint", "--no-builtin-glossary", path).code == 0


def test_tbx_with_an_unknown_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "terms.tbx"
    path.write_text('<?xml version="1.0" encoding="x-bogus"?><martif/>', encoding="utf-8")
    invoke("glossary", "import", path, "-o", tmp_path / "g.toml").refused(5, "unknown encoding")
    assert not (tmp_path / "g.toml").exists()


# -- model packages -------------------------------------------------------------------------------

META = json.dumps(
    {
        "package_version": "1.0",
        "argos_version": "1.0",
        "from_code": "en",
        "to_code": "de",
        "type": "translate",
        "name": "x",
    }
).encode()
BASE = [
    ("pkg/metadata.json", META),
    ("pkg/model/model.bin", b"x" * 100),
    ("pkg/sentencepiece.model", b"y" * 100),
]


def _zip(members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about the duplicate on purpose
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
                for name, data in members:
                    zf.writestr(name, data)

    return make


def _link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _bomb(path: Path) -> None:
    """60 MiB of zeros in a ~60 KiB archive: unpacked past 50x its size."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("pkg/metadata.json", META)
        zf.writestr("pkg/sentencepiece.model", b"y" * 100)
        with zf.open("pkg/model/model.bin", "w") as handle:
            chunk = bytes(4 * 1024 * 1024)
            for _ in range(15):
                handle.write(chunk)


def _many(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for name, data in BASE:
            zf.writestr(name, data)
        for i in range(10_001):
            zf.writestr(f"pkg/f{i}", b"")
    path.write_bytes(buffer.getvalue())


PACKAGES: list[tuple[str, Callable[[Path], None], str]] = [
    ("zip-bomb", _bomb, "zip bomb"),
    ("inode-bomb", _many, "entries"),
    (
        "symlink-file",
        _zip([BASE[0], (_link("pkg/model/model.bin"), b"/etc/passwd"), BASE[2]]),
        "symbolic link",
    ),
    (
        "symlink-dir",
        _zip([(_link("pkg/link"), b"/tmp"), *BASE, ("pkg/link/evil", b"x")]),
        "symbolic link",
    ),
    ("duplicate", _zip([*BASE, ("pkg/metadata.json", b"{}")]), "twice"),
    ("file-and-folder", _zip([*BASE, ("pkg/model", b"x")]), "as a file and a folder"),
    ("slip-absolute", _zip([*BASE, ("/etc/evil", b"x")]), "unsafe path"),
    ("slip-backslash", _zip([*BASE, ("pkg\\..\\..\\evil", b"x")]), "unsafe path"),
    ("slip-drive", _zip([*BASE, ("C:/evil", b"x")]), "unsafe path"),
    ("not-a-model", _zip(BASE), "hostile-not-a-model.argosmodel: tokenizer does not load"),
]


@pytest.mark.parametrize(("name", "make", "fragment"), PACKAGES, ids=[p[0] for p in PACKAGES])
def test_hostile_package_is_refused_before_unpacking(
    tmp_path: Path, isolated_argos: Path, name: str, make: Callable[[Path], None], fragment: str
) -> None:
    archive = tmp_path / f"hostile-{name}.argosmodel"
    make(archive)
    outcome = invoke("models", "install", archive, "--packages-dir", isolated_argos)
    outcome.refused(5, fragment)
    leftovers = [p for p in tree(isolated_argos) if p != ".lock"]
    assert leftovers == []  # no package, no staging folder
    for root in (tmp_path, isolated_argos.parent):
        assert not [p for p in root.rglob("evil")]


def test_import_onto_its_own_source_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "terms.csv"
    source.write_text("id,name\nbaku,Baku\n", encoding="utf-8")
    invoke("glossary", "import", source, "-o", tmp_path / "." / "terms.csv").refused(
        6, "the term base being imported"
    )
    assert source.read_text(encoding="utf-8") == "id,name\nbaku,Baku\n"
