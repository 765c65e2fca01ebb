"""Fixtures for the glossary tests: the shipped glossary and small hand-made ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.glossary import Glossary, load_glossary

TINY = """\
[[entry]]
id = "nikol-pashinyan"
type = "person"
name = "Nikol Pashinyan"
aliases = ["Nikol Pashinian"]
[entry.forms]
ru = "Никол Пашинян"

[[entry]]
id = "armenia"
type = "place"
name = "Armenia"
territory = "AM"

[[entry]]
id = "kyiv"
type = "place"
name = "Kyiv"
deprecated = ["Kiev"]
[entry.forms]
uk = "Київ"
pt = "Kiev"
"""


@pytest.fixture(scope="session")
def builtin() -> Glossary:
    return load_glossary()


@pytest.fixture
def tiny_path(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.toml"
    path.write_text(TINY, encoding="utf-8")
    return path


@pytest.fixture
def tiny(tiny_path: Path) -> Glossary:
    return load_glossary([tiny_path], builtin=False)
