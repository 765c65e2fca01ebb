"""Lint: each problem reported once, with its file and line; the shipped glossary is clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.glossary.lint import lint_paths

ENTRY = '[[entry]]\nid = "{id}"\ntype = "{type}"\nname = "{name}"\n{extra}\n'


def _write(tmp_path: Path, *entries: dict[str, str]) -> Path:
    path = tmp_path / "g.toml"
    text = "\n".join(ENTRY.format(**{"type": "place", "extra": "", **e}) for e in entries)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("entries", "code", "severity"), [
    ([{"id": "a", "name": "Alpha"}, {"id": "a", "name": "Beta"}], "duplicate-id", "error"),
    ([{"id": "a", "name": "Alpha", "extra": 'aliases = ["Zorvak"]'},
      {"id": "b", "name": "Beta", "extra": 'aliases = ["Zorvak"]'}], "shared-alias", "warning"),
    ([{"id": "a", "name": "Alpha", "extra": 'aliases = ["Zorvak"]'},
      {"id": "b", "name": "Zorvak"}], "shared-alias", "warning"),
    ([{"id": "a", "name": "Alpha", "extra": 'deprecated = ["Beta"]'},
      {"id": "b", "name": "Beta"}], "deprecated-elsewhere", "error"),
    ([{"id": "a", "name": "Alpha", "extra": 'aliases = ["Al"]\ndeprecated = ["AL"]'}],
     "alias-deprecated", "error"),
    ([{"id": "a", "name": "Alpha", "extra": '[entry.forms]\npt = "Beta"'},
      {"id": "b", "name": "Beta"}], "form-is-other-entry", "warning"),
    ([{"id": "a", "name": "Alpha", "extra": 'aliases = ["Table"]'}], "common-word", "warning"),
    ([{"id": "a", "name": "Alpha", "extra": 'territory = "AM"'},
      {"id": "b", "name": "Beta", "extra": 'territory = "AM"'}], "territory-twice", "warning"),
    ([{"id": "a", "name": "Alpha", "extra": '[entry.forms]\nnot_a_tag = "x"'}], "invalid",
     "error"),
    ([{"id": "a", "name": "---"}], "empty-form", "error"),
], ids=["duplicate-id", "alias-of-two", "alias-is-name", "deprecated-is-name",
        "alias-and-deprecated", "form-is-name", "common-word",
        "territory-twice", "bad-locale-key", "no-letters"])
def test_lint_reports(tmp_path: Path, entries: list[dict[str, str]], code: str,
                      severity: str) -> None:
    path = _write(tmp_path, *entries)
    issues = lint_paths([path], builtin=False)
    assert (code, severity) in [(i.code, i.severity) for i in issues]
    # Only what the case is about (a shared territory also shares CLDR's name as an alias).
    assert {i.code for i in issues} <= {code, "shared-alias"}
    assert all(i.where.startswith(f"{path}:") for i in issues)


def test_lint_shipped_glossary_has_no_errors() -> None:
    issues = lint_paths()
    assert [i.format() for i in issues if i.severity == "error"] == []


def test_lint_keeps_going_after_a_broken_file(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text("[[entry]\n", encoding="utf-8")
    (tmp_path / "b.toml").write_text(ENTRY.format(id="x", type="org", name="X", extra="") * 2,
                                     encoding="utf-8")
    codes = sorted(i.code for i in lint_paths([tmp_path], builtin=False))
    assert codes == ["duplicate-id", "invalid"]
