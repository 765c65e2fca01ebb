"""Classes the thirty-fourth pass (fuzz34) found in ``translate tm import``: TMX files imported
with exit 0 whose entries nothing would ever look up.

* ``eng``/``por`` (ISO 639-2/3, which some CAT tools write) were stored under those tags: the
  pipeline looks up ``en`` sources and profile tags (``pt``, ``pt-BR``), so the entries were
  never reused. Tags are read as BCP 47 now (CLDR's language aliases through Babel: ``eng`` is
  ``en``, ``por-BR`` is ``pt-BR``), as ``--to`` and the TBX reader read them.
* Two ``<tuv>`` elements both tagged ``en`` stored an en -> en entry; a header ``srclang`` no
  ``<tuv>`` has made the first ``<tuv>`` the source (TMX 1.4b: the source ``<tuv>`` has the
  language of ``srclang``); a unit's own ``srclang`` was not read. Such variants are left out
  and counted on the command's one line; a file with nothing usable is refused (exit 7) and
  nothing is stored.
"""

from __future__ import annotations

from pathlib import Path

from hostile.helpers import invoke

from translate.store import Store
from translate.tm import entries, lookup

_HEADER = ('<header srclang="{src}" creationtool="x" creationtoolversion="1" segtype="sentence"'
           ' o-tmf="x" adminlang="en" datatype="plaintext"/>')  # fmt: skip


def _tmx(srclang: str, *units: list[tuple[str, str]], tu_src: str | None = None) -> str:
    attr = f' srclang="{tu_src}"' if tu_src else ""
    body = "".join(
        f"<tu{attr}>"
        + "".join(f'<tuv xml:lang="{lang}"><seg>{text}</seg></tuv>' for lang, text in unit)
        + "</tu>"
        for unit in units
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">'
            f"{_HEADER.format(src=srclang)}<body>{body}</body></tmx>\n")  # fmt: skip


def _import(tmp_path: Path, text: str) -> tuple[int, str, str, list[tuple[str, str, str, str]]]:
    tmx = tmp_path / "memory.tmx"
    tmx.write_text(text, encoding="utf-8")
    db = tmp_path / "t.db"
    result = invoke("tm", "import", tmx, "--db", db)
    assert "Traceback" not in result.stdout + result.stderr
    store = Store(db)
    try:
        stored = [(e.source_lang, e.target_locale, e.source, e.target) for e in entries(store)]
    finally:
        store.close()
    return result.code, result.stdout, result.stderr, stored


def test_iso_639_2_tags_are_read_as_bcp47_and_reused(tmp_path: Path) -> None:
    text = _tmx("eng", [("eng", "The minister resigned."), ("por-BR", "O ministro renunciou.")],
                [("ENG", "Yes."), ("por", "Sim.")])  # fmt: skip
    code, out, _, stored = _import(tmp_path, text)
    assert code == 0 and "2 translation units imported" in out and "left out" not in out
    assert sorted(stored) == [
        ("en", "pt", "Yes.", "Sim."),
        ("en", "pt-BR", "The minister resigned.", "O ministro renunciou."),
    ]
    store = Store(tmp_path / "t.db")
    try:  # what the pipeline asks for a pt-BR edition of an English article
        assert lookup(store, "en", "pt-BR", ["The minister resigned."]) == {
            "The minister resigned.": "O ministro renunciou."
        }
    finally:
        store.close()


def test_two_source_language_variants_store_no_en_to_en_entry(tmp_path: Path) -> None:
    code, out, err, stored = _import(
        tmp_path, _tmx("en", [("en", "The minister resigned."), ("en", "The minister quit.")])
    )
    assert code == 7 and stored == [] and out == ""
    assert err.count("\n") == 1 and "no usable translation unit" in err and "en->en" in err


def test_srclang_no_variant_has_is_not_the_first_variant(tmp_path: Path) -> None:
    code, _, err, stored = _import(
        tmp_path, _tmx("de", [("en", "The minister resigned."), ("pt-BR", "O ministro renunciou.")])
    )
    assert code == 7 and stored == []
    assert err.count("\n") == 1 and "no <tuv> in srclang de" in err


def test_unusable_units_are_counted_beside_usable_ones(tmp_path: Path) -> None:
    text = _tmx("en", [("en", "Yes."), ("pt-BR", "Sim.")], [("en", "Yes."), ("en-GB", "Yes.")],
                [("de", "Ja."), ("pt-BR", "Sim.")], [("en", "No."), ("qaa", "Nein.")])  # fmt: skip
    code, out, _, stored = _import(tmp_path, text)
    assert code == 0 and stored == [("en", "pt-BR", "Yes.", "Sim.")]
    assert out.count("\n") == 1 and "1 translation units imported; left out:" in out
    for said in ("1 en->en-GB", "1 with no <tuv> in srclang en", "1 ->qaa (no locale profile)"):
        assert said in out, out


def test_a_units_own_srclang_names_its_source(tmp_path: Path) -> None:
    """TMX 1.4b: a ``<tu>`` without ``srclang`` uses the header's; one with it, its own."""
    text = _tmx("en", [("en", "Yes."), ("pt-BR", "Sim.")], tu_src="pt-BR")
    code, _, _, stored = _import(tmp_path, text)
    assert code == 0 and stored == [("pt", "en", "Sim.", "Yes.")]
