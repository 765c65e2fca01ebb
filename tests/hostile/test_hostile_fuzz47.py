"""The forty-seventh fuzz pass (fuzz47): seed 45 and hand probes of a mature tool's users.

* A glossary of 10,000 entries of one name: ``glossary lint`` listed every holder in one
  warning (a line of 239,000 characters) and, when each entry's locale form was that name,
  wrote one warning per pair of entries (2,000 entries: 3,998,001 warnings, 26 s of CPU and
  1.3 GB; 10,000: no end in 300 s). Now one issue per form, naming five entries and counting
  the rest, issues in line order (``g.toml:9`` before ``g.toml:10``).
* The same glossary cost ``run --glossary`` 8.6 s of CPU on its first use (1.5 s for 2,500):
  ``Index.add`` scanned the whole bucket of one name for each variant added. A set per bucket
  now, made from the bucket when first needed (also after the index is read from its cache).
* The HTTP service's JSON refusals say why (tests/serve/test_fuzz47.py).
"""

from __future__ import annotations

from pathlib import Path

from translate.glossary.lint import lint_paths
from translate.glossary.match import Index, Variant
from translate.glossary.model import Entry
from translate.glossary.normalize import token_keys
from translate.glossary.words import english_words


def _same_name(path: Path, n: int, form: str) -> Path:
    path.write_text("\n".join(
        f'[[entry]]\nid = "e{i}"\ntype = "place"\nname = "Lisbon"\n[entry.forms]\npt = "{form}"\n'
        for i in range(n)), encoding="utf-8")
    return path


def test_lint_of_many_entries_of_one_name_says_each_problem_once_in_one_short_line(
        tmp_path: Path) -> None:
    n = 300
    issues = lint_paths([_same_name(tmp_path / "g.toml", n, "Lisbon")], builtin=False)
    codes = [i.code for i in issues]
    # one shared-name warning, one form-is-other-entry per entry (was one per pair: 89,700)
    assert codes.count("shared-name") == 1
    assert codes.count("form-is-other-entry") == n
    longest = max(len(i.format()) for i in issues)
    assert longest < 400, longest  # was 7,000 characters (every holder listed)
    shared = next(i for i in issues if i.code == "shared-name")
    assert shared.message.endswith(f"and {n - 5:,} more"), shared.message
    form = next(i for i in issues if i.code == "form-is-other-entry")
    assert form.message.endswith(f"and {n - 1 - 5:,} more"), form.message


def test_lint_names_every_holder_when_they_are_few(tmp_path: Path) -> None:
    issues = lint_paths([_same_name(tmp_path / "g.toml", 3, "Lisbon")], builtin=False)
    shared = next(i for i in issues if i.code == "shared-name")
    assert "more" not in shared.message
    assert all(f"e{k} (exact 'Lisbon')" in shared.message for k in range(3))
    form = [i.message for i in issues if i.code == "form-is-other-entry"]
    assert form[0] == "form pt='Lisbon' is the exact 'Lisbon' of 'e1', the exact 'Lisbon' of 'e2'"


def test_lint_issues_come_in_line_order(tmp_path: Path) -> None:
    g = tmp_path / "g.toml"
    g.write_text("".join(f'[[entry]]\nid = "dup"\ntype = "place"\nname = "Place {i}"\n\n'
                         for i in range(4)), encoding="utf-8")
    lines = [int(i.where.rpartition(":")[2]) for i in lint_paths([g], builtin=False)]
    assert lines == sorted(lines) and len(lines) == 3  # "g.toml:11" came before "g.toml:6"


class _CountingList(list[Variant]):
    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).walks += 1
        return super().__iter__()


def test_adding_variants_of_one_name_does_not_walk_the_bucket_each_time() -> None:
    keys = token_keys("Lisbon")
    index = Index(words=english_words())
    bucket = _CountingList()
    index.sequences[keys] = bucket
    for i in range(200):
        index.add(Variant(Entry(id=f"e{i}", name="Lisbon", type="place"), "exact", "Lisbon", keys,
                          False))
    assert len(bucket) == 200
    assert _CountingList.walks <= 2, _CountingList.walks  # was 200: one walk per variant added


def test_a_variant_added_twice_is_kept_once_also_after_the_bucket_was_read() -> None:
    keys = token_keys("Lisbon")
    entry = Entry(id="lisbon", name="Lisbon", type="place")
    index = Index(words=english_words())
    index.sequences[keys] = [Variant(entry, "exact", "Lisbon", keys, False)]  # as a cache reads it
    index.add(Variant(entry, "exact", "Lisbon", keys, False))
    index.add(Variant(entry, "alias", "Lisbon", keys, False))  # same entry, same text
    index.add(Variant(Entry(id="other", name="Lisbon"), "exact", "Lisbon", keys, False))
    assert [(v.entry.id, v.text) for v in index.sequences[keys]] == [("lisbon", "Lisbon"),
                                                                     ("other", "Lisbon")]
