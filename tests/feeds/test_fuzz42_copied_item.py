"""fuzz42: a feed item already in the locale's language is a copy, and says so.

fuzz40 made such an item a copy held for review (not a failure on every run). fuzz41 left two
untruths about it: the run's summary counted it "translated" (``2 translated ... 1 held for
review`` for one translation and one copy), and its review files said "Machine translation of
... into en-US" and "Machine translation, not reviewed by a person" in their headers, and the
JSON and XLIFF called it machine-translated. It is now counted apart (``copied``), and every
file says it is the original copied as written, not translated. An item that was translated is
counted and labelled as before.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import polib
from click.testing import Result
from fakes import FakeEngine
from feeds.test_fuzz40_item_in_target import EN_ITEM, FEED, PT_ITEM
from loopback import Served

Run = Callable[..., Result]
_XLF = "{urn:oasis:names:tc:xliff:document:2.0}"
_MDA = "{urn:oasis:names:tc:xliff:metadata:2.0}"


def _meta(xlf: Path) -> dict[str, str]:
    root = ET.parse(xlf).getroot()
    return {m.get("type", ""): m.text or "" for m in root.iter(f"{_MDA}meta")}


def test_a_copied_item_is_counted_copied_and_its_files_say_it_is_not_translated(
    tmp_path: Path, http_root: Served, feed_cli: Run, fake_engine: FakeEngine
) -> None:
    root, base = http_root
    (root / "pt.xml").write_text(FEED.format(items=PT_ITEM + EN_ITEM), encoding="utf-8")
    out = tmp_path / "site"
    args = (f"{base}/pt.xml", "--to", "en-US", "--out", out, "--db", tmp_path / "s.db")
    result = feed_cli(*args, "--json")
    assert result.exit_code == 9, result.stderr
    summary = json.loads(result.stdout)
    # was 2 translated: the copy was counted as a translation
    assert (summary["translated"], summary["copied"], summary["held"]) == (1, 1, 1)
    assert sorted(i["status"] for i in summary["items"]) == ["copied", "translated"]
    held = out / "held"
    po_path = next(held.rglob("*.en-US.po"))
    po = polib.pofile(str(po_path))  # an independent parser
    header = " ".join(po.header.split())  # babel wraps the header's lines
    assert "Machine translation" not in header  # was: "Machine translation of ... into"
    assert "not translated" in header
    assert "machine translation" not in po.metadata.get("Last-Translator", "")
    xlf_path = next(held.rglob("*.en-US.xlf"))
    meta = _meta(xlf_path)  # parsed by xml.etree
    assert meta["machine-translated"] == "false" and meta["review"] == "copy"
    assert "Machine translation" not in meta["label"]
    note = next(ET.parse(xlf_path).getroot().iter(f"{_XLF}note"))
    assert (note.text or "").startswith("Not translated: copied as written")
    edition = json.loads(next(held.rglob("*.en-US.json")).read_text(encoding="utf-8"))
    assert edition["machine_translated"] is False
    assert "Machine translation" not in edition["label"]

    again = json.loads(feed_cli(*args, "--json").stdout)  # done: not counted again
    assert (again["translated"], again["copied"], again["held"]) == (0, 0, 1)


def test_the_human_summary_line_names_the_copy(
    tmp_path: Path, http_root: Served, feed_cli: Run
) -> None:
    root, base = http_root
    (root / "pt.xml").write_text(FEED.format(items=PT_ITEM + EN_ITEM), encoding="utf-8")
    result = feed_cli(f"{base}/pt.xml", "--to", "en-US", "--out", tmp_path / "site", "--db",
                      tmp_path / "s.db")  # fmt: skip
    said = result.stdout + result.stderr
    assert "1 translated, 1 copied as written (already in the language)" in said
    assert "2 translated" not in said


def test_a_translated_item_is_counted_and_labelled_as_before(
    tmp_path: Path, http_root: Served, feed_cli: Run
) -> None:
    """The do-no-harm side: a Portuguese item into en-US is a machine translation."""
    root, base = http_root
    (root / "pt.xml").write_text(FEED.format(items=PT_ITEM), encoding="utf-8")
    out = tmp_path / "site"
    result = feed_cli(f"{base}/pt.xml", "--to", "en-US", "--out", out, "--db",
                      tmp_path / "s.db", "--json", "--format", "json,po,xliff")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["translated"], summary["copied"]) == (1, 0)
    po = polib.pofile(str(next(out.rglob("*.en-US.po"))))
    assert " ".join(po.header.split()).startswith("Machine translation of ")
    meta = _meta(next(out.rglob("*.en-US.xlf")))
    assert meta["machine-translated"] == "true" and meta["review"] == "machine"
    edition = json.loads(next(out.rglob("*.en-US.json")).read_text(encoding="utf-8"))
    assert edition["machine_translated"] is True
