"""The forty-fifth fuzz pass (fuzz45): fuzz44's leftovers.

* A 0-byte or blank glossary file (a CSV or TBX given to ``glossary import``, a TOML given to
  ``--glossary``) was exit 5 ("empty CSV file", "invalid TBX: no element found") or, for the
  TOML, read as a glossary of no entries with no word (exit 0), where a 0-byte article, feed,
  review file or TMX is exit 3 ``empty file``. One rule now: a file holding nothing (0 bytes,
  white space, a lone byte-order mark) is ``empty file``, exit 3, whatever the kind's own code
  for wrong contents.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile.helpers import invoke

P = "The minister said on Monday that the council will meet again next week to vote on the budget."


@pytest.mark.parametrize("name, data", [
    ("t.csv", b""), ("t.csv", b"\n \n"), ("t.csv", b"\xef\xbb\xbf"), ("t.tsv", b""),
    ("t.tbx", b""), ("t.tbx", b"  \n"),
])  # fmt: skip
def test_an_empty_term_base_is_an_empty_file_exit_3(tmp_path: Path, name: str,
                                                    data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    invoke("glossary", "import", tmp_path / name, "-o", tmp_path / "g.toml").refused(
        3, "empty file")
    assert not (tmp_path / "g.toml").exists()


@pytest.mark.parametrize("data", [b"", b"\n\n", b"\xef\xbb\xbf"])
def test_an_empty_glossary_toml_is_an_empty_file_exit_3(tmp_path: Path, data: bytes,
                                                       fake_engine: object) -> None:
    (tmp_path / "g.toml").write_bytes(data)
    (tmp_path / "a.md").write_text(f"# Council\n\n{P}\n", encoding="utf-8")
    invoke("run", tmp_path / "a.md", "--to", "pt-BR", "--engine", "fake", "--from", "en",
           "--glossary", tmp_path / "g.toml", "-o", tmp_path / "out").refused(3, "empty file")
    assert not (tmp_path / "out").exists()


def test_a_term_base_with_a_header_only_is_still_its_kinds_error(tmp_path: Path) -> None:
    """Do no harm: contents that are there but wrong keep the glossary's code (exit 5)."""
    (tmp_path / "t.csv").write_text("id,type\n", encoding="utf-8")
    invoke("glossary", "import", tmp_path / "t.csv", "-o", tmp_path / "g.toml").refused(
        5, "'name'")


def test_a_glossary_toml_of_comments_is_read_as_before(tmp_path: Path,
                                                       fake_engine: object) -> None:
    (tmp_path / "g.toml").write_text("# no entries yet\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(f"# Council\n\n{P}\n", encoding="utf-8")
    out = invoke("run", tmp_path / "a.md", "--to", "pt-BR", "--engine", "fake", "--from", "en",
                 "--glossary", tmp_path / "g.toml", "-o", tmp_path / "out")
    assert out.code == 0, out.stderr
