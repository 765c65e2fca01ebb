"""What we write validates against the official schemas (vendored under tests/data/schemas/,
see NOTICE.md there): OASIS XLIFF 2.0 core with the Metadata and Glossary modules, the TMX 1.4
DTD, the TBX core structure DTD. Each validator is also shown to reject a broken document, so
a validator that accepts everything cannot pass these tests."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from clirun import invoke
from editions.edition_helpers import TBX_DTD, TMX_DTD, db, dtd, xliff_schema
from editions.test_review_loop import edit_xliff
from lxml import etree

from translate.glossary import load_glossary
from translate.glossary.io import materialize, to_tbx
from translate.model import Edition
from translate.tm import TMEntry, to_tmx
from translate.write import get_writer

XLF = "urn:oasis:names:tc:xliff:document:2.0"
GLS = "urn:oasis:names:tc:xliff:glossary:2.0"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"


@pytest.fixture(scope="module")
def schema() -> Any:
    return xliff_schema()


def _parse(data: str | bytes) -> Any:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return etree.fromstring(raw, etree.XMLParser(no_network=True, resolve_entities=False))


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT", "de"])  # every profile: test_locales_smoke
def test_xliff_editions_validate(
    schema: Any, build_edition: Callable[[Path, str], Edition], article_path: Path, locale: str
) -> None:
    doc = _parse(get_writer("xliff").render(build_edition(article_path, locale)))
    assert schema.validate(doc), schema.error_log


def test_xliff_after_review_and_tm_reuse_validates(
    runner: CliRunner, exported: Path, article_path: Path, tmp_path: Path, schema: Any
) -> None:
    reviewed = edit_xliff(exported / "talks.pt-BR.xlf", "b0.s0", "Conversas em Tbilisi")
    assert invoke("review", "apply", str(reviewed), "--db", str(db(tmp_path)))[0] == 0
    again = tmp_path / "again"
    code, _, err = invoke("run", str(article_path), "--to", "pt-BR", "--engine", "fake",
                          "--format", "xliff", "--out", str(again),
                          "--db", str(db(tmp_path)))  # fmt: skip
    assert code == 0, err
    doc = _parse((again / "talks.pt-BR.xlf").read_bytes())
    assert schema.validate(doc), schema.error_log
    assert doc.findall(f".//{{{GLS}}}glossEntry")  # the modules are in the file being validated


def _breakages() -> dict[str, Callable[[Any], None]]:
    def bad_state(doc: Any) -> None:
        doc.find(f".//{{{XLF}}}segment").set("state", "approved")

    def gloss_entry_without_term(doc: Any) -> None:
        entry = doc.find(f".//{{{GLS}}}glossEntry")
        entry.remove(entry.find(f"{{{GLS}}}term"))

    def meta_without_type(doc: Any) -> None:
        del doc.find(f".//{{{MDA}}}meta").attrib["type"]

    def target_before_source(doc: Any) -> None:
        seg = doc.find(f".//{{{XLF}}}segment")
        source = seg.find(f"{{{XLF}}}source")
        seg.remove(source)
        seg.append(source)

    def file_without_id(doc: Any) -> None:
        del doc.find(f"{{{XLF}}}file").attrib["id"]

    return {
        "bad-state": bad_state,
        "gloss-entry-without-term": gloss_entry_without_term,  # checked only with the module
        "meta-without-type": meta_without_type,  # checked only with the module
        "target-before-source": target_before_source,
        "file-without-id": file_without_id,
    }


@pytest.mark.parametrize("breakage", sorted(_breakages()))
def test_xliff_schema_rejects_broken_files(schema: Any, exported: Path, breakage: str) -> None:
    doc = _parse((exported / "talks.pt-BR.xlf").read_bytes())  # with the shipped glossary
    assert schema.validate(doc), schema.error_log
    broken = copy.deepcopy(doc)
    _breakages()[breakage](broken)
    assert not schema.validate(broken)


# -- TMX ----------------------------------------------------------------------------------------

ENTRIES = [
    TMEntry("en", "pt-BR", "Talks resume in Tbilisi", "Conversas são retomadas em Tbilisi",
            "talks.pt-BR.xlf", "talks", "b0.s0", "2020-10-01T12:00:00Z"),
    TMEntry("en", "de", "A <b> & \"quoted\" line", "Eine <b> & „zitierte“ Zeile"),
    TMEntry("en", "ar", "Cairo", "القاهرة", updated="2021-01-02T03:04:05Z"),
]  # fmt: skip


def test_tmx_export_validates_against_the_tmx14_dtd() -> None:
    validator: Any = dtd(TMX_DTD)
    doc = _parse(to_tmx(ENTRIES))
    assert validator.validate(doc), validator.error_log
    broken = copy.deepcopy(doc)
    del broken.find("header").attrib["srclang"]  # required by the DTD
    assert not validator.validate(broken)
    broken = copy.deepcopy(doc)
    broken.find("body/tu/tuv").append(etree.Element("seg"))  # two <seg> in a <tuv>
    assert not validator.validate(broken)


def test_tmx_cli_export_validates(runner: CliRunner, exported: Path, tmp_path: Path) -> None:
    reviewed = edit_xliff(exported / "talks.pt-BR.xlf", "b0.s0", "Título revisado")
    assert invoke("review", "apply", str(reviewed), "--db", str(db(tmp_path)))[0] == 0
    tmx = tmp_path / "memory.tmx"
    code, _, err = invoke("tm", "export", "--format", "tmx", "-o", str(tmx),
                          "--db", str(db(tmp_path)))  # fmt: skip
    assert code == 0, err
    validator: Any = dtd(TMX_DTD)
    assert validator.validate(_parse(tmx.read_bytes())), validator.error_log


# -- TBX ----------------------------------------------------------------------------------------


def test_tbx_export_of_the_shipped_glossary_validates_against_the_core_dtd() -> None:
    validator: Any = dtd(TBX_DTD)
    entries = materialize(list(load_glossary()), ["pt-BR", "de", "ar"])
    doc = _parse(to_tbx(entries))
    assert len(doc.findall(".//termEntry")) == len(entries) > 50
    assert validator.validate(doc), validator.error_log.filter_from_errors()[:5]
    broken = copy.deepcopy(doc)
    broken.find(".//termEntry/langSet").append(etree.Element("bogus"))
    assert not validator.validate(broken)
    broken = copy.deepcopy(doc)
    del broken.find(".//descrip").attrib["type"]  # #REQUIRED in the DTD
    assert not validator.validate(broken)
