"""CSV and TBX import/export: round trips, foreign layouts, hostile and broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.errors import DataError
from translate.glossary import Glossary
from translate.glossary.io import (
    cldr_languages_of,
    from_csv,
    from_tbx,
    materialize,
    read_terms,
    to_csv,
    to_tbx,
)
from translate.glossary.model import Entry

TRICKY = Entry("o-brien", "Seán O'Brien & Co. <Ltd>", "org", aliases=('"Quoted" Name', "A|B"),
               deprecated=("Old, Name",), note="line one\nline two")


def _dicts(entries: list[Entry]) -> list[dict[str, object]]:
    return [e.to_dict() for e in entries]


def _unordered(entries: list[Entry]) -> list[dict[str, object]]:
    """The entries' dicts with aliases as a sorted list: TBX files a term under its language,
    so the aliases come back grouped by language, in another order."""
    return [{**d, "aliases": sorted(d.get("aliases", []))} for d in _dicts(entries)]


@pytest.mark.parametrize("fmt", ["csv", "tbx"])
def test_io_round_trip_builtin(builtin: Glossary, fmt: str) -> None:
    entries = list(builtin)
    if fmt == "csv":
        assert _dicts(from_csv(to_csv(entries))) == _dicts(entries)
    else:
        assert _unordered(from_tbx(to_tbx(entries).encode("utf-8"))) == _unordered(entries)


def _lang_sets(tbx: str, entry_id: str) -> dict[str, list[tuple[str, str]]]:
    """xml:lang -> (term, status) of one termEntry, read with the standard library's parser."""
    import xml.etree.ElementTree as ET

    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    entry = next(e for e in ET.fromstring(tbx.split("\n", 1)[1]).iter("termEntry")
                 if e.get("id") == entry_id)
    return {ls.get(lang, ""): [(t.findtext("term", ""), t.findtext("termNote", ""))
                               for t in ls.findall("tig")] for ls in entry.findall("langSet")}


def test_tbx_files_each_term_under_its_language(builtin: Glossary) -> None:
    """The builtin glossary's Andorra: the gazetteer's Cyrillic and Arabic names in the
    langSets of the languages CLDR writes them in (never English); a name nothing gives a
    language (a GeoNames name CLDR does not write) under "und"; with locales, pt-BR and
    pt-PT get a term even where they keep the English name."""
    entries = [e for e in builtin if e.id == "country-ad"]
    sets = _lang_sets(to_tbx(entries, locales=["pt-BR", "pt-PT"]), "country-ad")
    assert [t for t, _ in sets["en"]] == ["Andorra"]
    assert ("Андорра", "admittedTerm-admn-sts") in sets["ru"]
    assert ("Андорра", "admittedTerm-admn-sts") in sets["uk"]
    assert ("أندورا", "admittedTerm-admn-sts") in sets["ar"]
    assert ("Andorre", "admittedTerm-admn-sts") in sets["fr"]
    assert sets["pt-BR"] == sets["pt-PT"] == [("Andorra", "preferredTerm-admn-sts")]
    assert sets["und"] and all(not cldr_languages_of(entries[0], t) for t, _ in sets["und"])
    assert all(cldr_languages_of(entries[0], t) for lang, terms in sets.items()
               if lang not in ("en", "und", "pt-BR", "pt-PT") for t, _ in terms)
    every = [t for terms in sets.values() for t, _ in terms]
    again = from_tbx(to_tbx(entries, locales=["pt-BR"]).encode("utf-8"))
    assert set(again[0].aliases) == set(entries[0].aliases) and again[0].name == "Andorra"
    assert set(every) >= set(entries[0].aliases)


def test_tbx_hand_written_aliases_stay_in_the_source_language() -> None:
    entry = Entry("kyiv", "Kyiv", "place", aliases=("Kiev",), forms={"ru": "Киев"})
    sets = _lang_sets(to_tbx([entry]), "kyiv")
    assert sets == {"en": [("Kyiv", "preferredTerm-admn-sts"), ("Kiev", "admittedTerm-admn-sts")],
                    "ru": [("Киев", "preferredTerm-admn-sts")]}


def test_io_tbx_round_trip_escapes() -> None:
    entry = Entry(TRICKY.id, TRICKY.name, TRICKY.type, TRICKY.aliases, TRICKY.deprecated,
                  note=TRICKY.note)
    assert _dicts(from_tbx(to_tbx([entry]).encode("utf-8"))) == _dicts([entry])


def test_io_csv_round_trip_quotes_and_commas() -> None:
    entry = Entry(TRICKY.id, TRICKY.name, TRICKY.type, ('"Quoted" Name',), ("Old, Name",))
    assert _dicts(from_csv(to_csv([entry]))) == _dicts([entry])


def test_io_materialize_writes_cldr_forms(builtin: Glossary) -> None:
    (armenia,) = materialize([builtin.by_id["armenia"]], ["pt-BR", "pt-PT", "ru"])
    assert dict(armenia.forms) == {"pt-BR": "Armênia", "pt-PT": "Arménia", "ru": "Армения"}


def test_io_csv_simple_two_column_layout() -> None:
    text = "en;pt-BR;ru\nNikol Pashinyan;Nikol Pashinyan;Никол Пашинян\nBaku;Baku;Баку\n"
    entries = from_csv(text)
    assert [(e.id, e.name, dict(e.forms)) for e in entries] == [
        ("nikol-pashinyan", "Nikol Pashinyan", {"pt-BR": "Nikol Pashinyan", "ru": "Никол Пашинян"}),
        ("baku", "Baku", {"pt-BR": "Baku", "ru": "Баку"}),
    ]


TBX3 = """<?xml version="1.0"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Core" style="dca" xml:lang="en">
 <text><body>
  <conceptEntry id="kyiv">
   <langSec xml:lang="en">
    <termSec><term>Kyiv</term></termSec>
    <termSec><term>Kiev</term>
     <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
   </langSec>
   <langSec xml:lang="uk"><termSec><term>Київ</term></termSec></langSec>
  </conceptEntry>
 </body></text>
</tbx>"""


def test_io_reads_tbx_v3() -> None:
    (entry,) = from_tbx(TBX3.encode("utf-8"))
    assert (entry.id, entry.name, entry.deprecated, dict(entry.forms)) == (
        "kyiv", "Kyiv", ("Kiev",), {"uk": "Київ"})


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&lol2;</term></tig>
</langSet></termEntry></body></text></martif>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&xxe;</term></tig>
</langSet></termEntry></body></text></martif>"""


@pytest.mark.parametrize(("data", "needle", "line"), [
    (BOMB, "unsafe XML", 2),
    (EXTERNAL, "unsafe XML", 2),
    ("<martif><text><body><termEntry>\n<langSet>\n</martif>", "invalid TBX", 3),
    ("<html><body/></html>", "not a TBX file", None),
    ('<martif><text><body><termEntry><langSet xml:lang="de"><tig><term>X</term></tig>'
     "</langSet></termEntry></body></text></martif>", "no en term", 1),
], ids=["entity-bomb", "external-entity", "malformed", "not-tbx", "no-source-term"])
def test_io_tbx_refuses_bad_files(data: str, needle: str, line: int | None) -> None:
    with pytest.raises(DataError) as info:
        from_tbx(data.encode("utf-8"), "x.tbx")
    assert needle in info.value.message
    assert info.value.line == line


@pytest.mark.parametrize(("text", "needle", "line"), [
    ("", "empty CSV", 1),
    ("id,type\na,place\n", "'name'", 1),
    ("id,type,name\na,planet,A\n", "type must be", 2),
    ("id,name\na,A\nb,B,extra\n", "cells", 3),
    ("id,name,pt-BR\na,A,\n\nb,,B\n", "no 'name'", 4),
], ids=["empty", "no-name-column", "bad-type", "ragged", "empty-name"])
def test_io_csv_errors_name_line(text: str, needle: str, line: int) -> None:
    with pytest.raises(DataError) as info:
        from_csv(text, "x.csv")
    assert needle in info.value.message
    assert (info.value.path, info.value.line) == ("x.csv", line)


def test_io_read_terms_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "terms.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(DataError, match="unknown term-base format"):
        read_terms(path)
