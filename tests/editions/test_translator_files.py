"""Files from translators' tools import, hostile XML stays refused, errors point to the right
line, missing files exit 3, CSV exports are safe in a spreadsheet, and a reviewed segment reused
from the translation memory keeps its term marks."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from clirun import invoke
from editions.edition_helpers import db
from editions.test_review_loop import EDIT, edit_xliff, run_fake

from translate.errors import DataError, ReviewFileError
from translate.glossary.io import escape_cell, from_csv, from_tbx, to_csv, unescape_cell
from translate.glossary.model import Entry
from translate.tm import from_tmx

SECRET = "TOP-SECRET-7f3a"

# What translate-toolkit's po2tmx writes (header and all), with the DOCTYPE CAT tools write.
PO2TMX = """<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="Translate Toolkit" creationtoolversion="3.13.0" segtype="sentence"
          o-tmf="UTF-8" adminlang="en" srclang="en" datatype="PlainText"/>
  <body>
    <tu>
      <tuv xml:lang="en"><seg>Talks resume in Tbilisi</seg></tuv>
      <tuv xml:lang="pt-BR"><seg>Conversas são retomadas em Tbilisi</seg></tuv>
    </tu>
  </body>
</tmx>
"""

TU = ('<header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" '
      'creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>Hello</seg>'
      '</tuv><tuv xml:lang="pt-BR"><seg>{seg}</seg></tuv></tu></body>')  # fmt: skip


def _tmx(prolog: str, seg: str = "Olá") -> str:
    return f'<?xml version="1.0"?>\n{prolog}\n<tmx version="1.4">{TU.format(seg=seg)}</tmx>\n'


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


@pytest.fixture
def entity_dtd(tmp_path: Path) -> Path:
    """An external DTD on disk declaring an entity: it must never be read."""
    path = tmp_path / "evil.dtd"
    path.write_text(f'<!ENTITY x "{SECRET}">\n<!ATTLIST seg lang CDATA "xx">\n', encoding="utf-8")
    return path


def attacks(secret: Path, dtd: Path) -> dict[str, tuple[str, str]]:
    """name -> (TMX prolog, seg text): every way an XML document can pull text in."""
    return {
        "billion-laughs": (
            '<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>', "&c;"),
        "external-entity": (f'<!DOCTYPE tmx [<!ENTITY x SYSTEM "{secret.as_uri()}">]>', "&x;"),
        "parameter-entity": (
            '<!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>', "x"),
        "internal-entity": (f'<!DOCTYPE tmx [<!ENTITY x "{SECRET}">]>', "&x;"),
        "attribute-default": ('<!DOCTYPE tmx [<!ATTLIST tuv xml:lang CDATA "xx">]>', "x"),
        "entity-from-external-dtd": (f'<!DOCTYPE tmx SYSTEM "{dtd.as_uri()}">', "&x;"),
        "undeclared-entity": ("", "&x;"),
    }  # fmt: skip


ATTACKS = ["billion-laughs", "external-entity", "parameter-entity", "internal-entity",
           "attribute-default", "entity-from-external-dtd", "undeclared-entity"]  # fmt: skip


# -- TMX ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
        '<!DOCTYPE tmx PUBLIC "-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN" '
        '"tmx14.dtd">',
        '<!DOCTYPE tmx SYSTEM "http://127.0.0.1:9/tmx14.dtd">',  # never fetched
    ],
    ids=["system", "public", "url"],
)
def test_tmx_with_a_doctype_imports(runner: CliRunner, tmp_path: Path, prolog: str) -> None:
    tmx = tmp_path / "cat.tmx"
    tmx.write_text(_tmx(prolog), encoding="utf-8")
    code, out, err = invoke("tm", "import", str(tmx), "--db", str(db(tmp_path)))
    assert (code, err) == (0, "")
    assert "1 translation units imported" in out


def test_po2tmx_output_imports(runner: CliRunner, tmp_path: Path) -> None:
    tmx = tmp_path / "po2tmx.tmx"
    tmx.write_text(PO2TMX, encoding="utf-8")
    code, _, err = invoke("tm", "import", str(tmx), "--db", str(db(tmp_path)))
    assert code == 0, err
    with sqlite3.connect(db(tmp_path)) as conn:
        assert conn.execute("SELECT source, target FROM tm").fetchall() == [
            ("Talks resume in Tbilisi", "Conversas são retomadas em Tbilisi")
        ]


@pytest.mark.parametrize(
    ("encoding", "bom"), [("UTF-16", b""), ("UTF-8", b"\xef\xbb\xbf")], ids=["utf-16", "utf-8-bom"]
)
def test_tmx_in_the_encodings_cat_tools_write(encoding: str, bom: bytes) -> None:
    """Trados-style UTF-16 (with its BOM) and UTF-8 with a BOM, each with the DOCTYPE."""
    text = _tmx('<!DOCTYPE tmx SYSTEM "tmx14.dtd">', "Olá").replace(
        '<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding}"?>'
    )
    data = text.encode("utf-16") if encoding == "UTF-16" else bom + text.encode("utf-8")
    (entry,) = from_tmx(data, "cat.tmx")
    assert (entry.source, entry.target, entry.target_locale) == ("Hello", "Olá", "pt-BR")


@pytest.mark.parametrize("attack", ATTACKS)
def test_tmx_attacks_are_refused(
    runner: CliRunner, tmp_path: Path, secret_file: Path, entity_dtd: Path, attack: str
) -> None:
    prolog, seg = attacks(secret_file, entity_dtd)[attack]
    tmx = tmp_path / "hostile.tmx"
    tmx.write_text(_tmx(prolog, seg), encoding="utf-8")
    code, out, err = invoke("tm", "import", str(tmx), "--db", str(db(tmp_path)))
    assert code == 7, (out, err)
    assert err.startswith("error[E007]:") and err.count("\n") == 1, err
    assert "refused" in err and SECRET not in out + err
    if db(tmp_path).exists():
        with sqlite3.connect(db(tmp_path)) as conn:
            assert conn.execute("SELECT COUNT(*) FROM tm").fetchone() == (0,)


def test_tmx_attack_kinds_are_named(secret_file: Path, entity_dtd: Path) -> None:
    kinds = {}
    for name, (prolog, seg) in attacks(secret_file, entity_dtd).items():
        with pytest.raises(ReviewFileError) as info:
            from_tmx(_tmx(prolog, seg).encode(), "x.tmx")
        kinds[name] = re.search(r"refused: (\w+)", info.value.message).group(1)  # type: ignore[union-attr]
    assert kinds == {
        "billion-laughs": "DTDInternalSubset",
        "external-entity": "DTDInternalSubset",
        "parameter-entity": "DTDInternalSubset",
        "internal-entity": "DTDInternalSubset",
        "attribute-default": "DTDInternalSubset",
        "entity-from-external-dtd": "EntityReference",
        "undeclared-entity": "EntityReference",
    }


def test_defusedxml_still_refuses_entities_by_itself() -> None:
    """The internal-subset refusal is ours; defusedxml's own guards stay on underneath."""
    from defusedxml import EntitiesForbidden
    from defusedxml.ElementTree import fromstring

    with pytest.raises(EntitiesForbidden):
        fromstring(b'<!DOCTYPE t [<!ENTITY x "y">]><t>&x;</t>', forbid_dtd=False,
                   forbid_entities=True, forbid_external=True)  # fmt: skip


def test_tmx_errors_point_to_the_element_line() -> None:
    data = _tmx('<!DOCTYPE tmx SYSTEM "tmx14.dtd">').replace(
        '<tu><tuv xml:lang="en">', '<tu>\n\n<tuv xml:lang="e n">'
    )
    with pytest.raises(ReviewFileError) as info:
        from_tmx(data.encode(), "x.tmx")
    assert info.value.line == 5
    assert "x.tmx:5" in info.value.format_line()


# -- TBX ---------------------------------------------------------------------------------------

TBX_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader>
    <fileDesc><sourceDesc><p>from a CAT tool</p></sourceDesc></fileDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="kyiv">
        <langSet xml:lang="en"><tig><term>Kyiv</term></tig></langSet>
        <langSet xml:lang="pt-BR"><tig><term>Kiev</term></tig></langSet>
      </termEntry>
"""
TBX_BAD_ENTRY = """      <termEntry id="bad id">
        <langSet xml:lang="en"><tig><term>Baku</term></tig></langSet>
      </termEntry>
"""
TBX_TAIL = "    </body>\n  </text>\n</martif>\n"


def test_tbx_with_a_doctype_imports() -> None:
    (entry,) = from_tbx((TBX_HEAD + TBX_TAIL).encode())
    assert (entry.id, entry.name, dict(entry.forms)) == ("kyiv", "Kyiv", {"pt-BR": "Kiev"})


def test_tbx_error_points_to_the_entry_line(runner: CliRunner, tmp_path: Path) -> None:
    text = TBX_HEAD + "\n" + TBX_BAD_ENTRY + TBX_TAIL
    line = text.splitlines().index('      <termEntry id="bad id">') + 1
    assert line == 14
    tbx = tmp_path / "terms.tbx"
    tbx.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        from_tbx(text.encode(), str(tbx))
    assert info.value.line == line
    code, _, err = invoke("glossary", "import", str(tbx), "-o", str(tmp_path / "g.toml"))
    assert code == 5
    assert f"terms.tbx:{line}:" in err


def test_tbx_entry_without_source_term_points_to_its_line() -> None:
    text = TBX_HEAD + TBX_BAD_ENTRY.replace('xml:lang="en"', 'xml:lang="de"') + TBX_TAIL
    with pytest.raises(DataError) as info:
        from_tbx(text.encode(), "t.tbx")
    assert "term entry 2 has no en term" in info.value.message
    assert info.value.line == 13


@pytest.mark.parametrize("attack", ATTACKS)
def test_tbx_attacks_are_refused(secret_file: Path, entity_dtd: Path, attack: str) -> None:
    prolog, seg = attacks(secret_file, entity_dtd)[attack]
    prolog = prolog.replace("DOCTYPE tmx", "DOCTYPE martif").replace("ATTLIST tuv", "ATTLIST term")
    text = (f'<?xml version="1.0"?>\n{prolog}\n<martif><text><body><termEntry><langSet '
            f'xml:lang="en"><tig><term>{seg}</term></tig></langSet></termEntry></body></text>'
            "</martif>")  # fmt: skip
    with pytest.raises(DataError) as info:
        from_tbx(text.encode(), "t.tbx")
    assert "unsafe XML" in info.value.message and SECRET not in info.value.message
    assert info.value.exit_code == 5


# -- missing files -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "args",
    [
        ["review", "apply", "{missing}.xlf"],
        ["review", "apply", "{missing}.po"],
        ["review", "apply", "{missing}.txt"],
        ["review", "apply", "{reviewed}", "--edition", "{missing}.json"],
        ["tm", "import", "{missing}.tmx"],
        ["glossary", "import", "{missing}.csv", "-o", "{out}"],
        ["glossary", "import", "{missing}.tbx", "-o", "{out}"],
    ],
    ids=["review-xlf", "review-po", "review-other", "review-edition", "tm", "glossary-csv",
         "glossary-tbx"],
)
def test_missing_files_exit_3(
    runner: CliRunner, exported: Path, tmp_path: Path, args: list[str]
) -> None:
    paths = {"missing": tmp_path / "nope", "out": tmp_path / "g.toml",
             "reviewed": exported / "talks.pt-BR.xlf"}  # fmt: skip
    store = [] if args[0] == "glossary" else ["--db", str(db(tmp_path))]
    code, out, err = invoke(*[a.format(**paths) for a in args], *store)
    assert code == 3, (out, err)
    assert err.startswith("error[E003]:") and err.count("\n") == 1, err
    assert "no such file" in err and "Usage" not in err
    assert not (tmp_path / "g.toml").exists()


# -- CSV injection -------------------------------------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://127.0.0.1:9/\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)",
            "\tTabbed", "'=already quoted", "''"]  # fmt: skip


@pytest.mark.parametrize("value", [*FORMULAS, "Kyiv", "'Ali", "a=b", "-", "'"])
def test_csv_cell_escape_round_trips(value: str) -> None:
    escaped = escape_cell(value)
    assert unescape_cell(escaped) == value
    assert escaped[:1] not in ("=", "+", "-", "@", "\t", "\r")


def test_csv_export_neutralizes_formulas_and_import_restores_them() -> None:
    entries = [
        Entry("f1", "=HYPERLINK(\"http://127.0.0.1:9/\",\"click\")", "org",
              ("+Plus Org", "@handle"), ("-minus",), {"pt-BR": "=cmd|' /C calc'!A0"},
              note="-1 dangerous"),
        Entry("plain", "Kyiv", "place", ("'quoted'",), (), {"pt-BR": "Kiev"}),
    ]  # fmt: skip
    text = to_csv(entries)
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
    back = from_csv(text, "g.csv")
    for before, after in zip(entries, back, strict=True):
        assert (after.id, after.name, after.aliases, after.deprecated, dict(after.forms),
                after.note) == (before.id, before.name, before.aliases, before.deprecated,
                                dict(before.forms), before.note)  # fmt: skip


# -- translation-memory reuse keeps the term marks -------------------------------------------------


def _unit(xliff: str, unit_id: str) -> str:
    start = xliff.index(f'<unit id="{unit_id}"')
    return xliff[start : xliff.index("</unit>", start)]


def test_tm_reuse_keeps_term_marks_and_glossary(
    runner: CliRunner, exported: Path, article_path: Path, tmp_path: Path
) -> None:
    before = _unit((exported / "talks.pt-BR.xlf").read_text(encoding="utf-8"), "b0")
    assert '<mrk id="m1" type="term" value="tbilisi">Tbilisi</mrk></target>' in before
    reviewed = edit_xliff(exported / "talks.pt-BR.xlf", "b0.s0", EDIT)
    code, _, err = invoke("review", "apply", str(reviewed), "--db", str(db(tmp_path)))
    assert code == 0, err
    again = tmp_path / "again"
    code, out, err = run_fake(runner, article_path, again, tmp_path, "json,xliff")
    assert code == 0, err
    assert "1 tm" in out
    unit = _unit((again / "talks.pt-BR.xlf").read_text(encoding="utf-8"), "b0")
    assert 'subState="translate:tm"' in unit
    assert (
        '<target>Conversas são retomadas em <mrk id="m1" type="term" value="tbilisi">Tbilisi'
        "</mrk></target>"
    ) in unit
    assert '<gls:glossEntry ref="#m1">' in unit
    assert '<gls:term source="glossary:tbilisi">Tbilisi</gls:term>' in unit


def test_tm_reuse_never_changes_the_confirmed_text(
    runner: CliRunner, exported: Path, article_path: Path, tmp_path: Path
) -> None:
    """A translator's form of a name is kept as written (and still marked as the term)."""
    edited = "Conversas são retomadas em Tiflis"
    reviewed = edit_xliff(exported / "talks.pt-BR.xlf", "b0.s0", edited)
    assert invoke("review", "apply", str(reviewed), "--db", str(db(tmp_path)))[0] == 0
    again = tmp_path / "again"
    code, _, err = run_fake(runner, article_path, again, tmp_path, "json,xliff")
    assert code == 0, err
    unit = _unit((again / "talks.pt-BR.xlf").read_text(encoding="utf-8"), "b0")
    target = re.search(r"<target>(.*?)</target>", unit, re.S).group(1)  # type: ignore[union-attr]
    assert re.sub(r"<[^>]+>", "", target) == edited
    assert '<gls:term source="glossary:tbilisi">' in unit
