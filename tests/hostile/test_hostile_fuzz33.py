"""Classes the thirty-third pass (fuzz33) found in the translator's file fed back and on the
output side.

* An XLIFF file with two ``<unit>`` elements sharing one id (segment ids unique) was applied
  without a word: XLIFF 2.0 wants unit ids unique, and two units of one id are two versions of
  one block. Refused now (exit 7), as a segment or a PO ``msgctxt`` that appears twice was.
* An XLIFF target holding one ``<pc>`` twice (one link given twice) published the link twice;
  a PO target's ``<1>`` twice was refused. Refused now in XLIFF too.
* A number the reviewer changed or dropped (``62,5`` -> ``65,2``) raised the facts gate's
  blocking finding on the reviewer's text, and ``review apply`` counted the sentence as
  confirmed: exit 0, the edition's "review required" mark cleared, the wrong number stored in
  the translation memory, nothing said. Now a blocking finding the reviewer's text raises
  and the text they saw did not is not confirmed by that apply: exit 9, a ``BLOCKING:`` line,
  the edition marked (or kept held), the sentence kept out of the memory; applying the file
  again confirms it as it stands.
* ``--out`` naming a file was exit 6 in ``run`` but click's exit 2 (``Error: Invalid value``)
  in ``review apply``, ``feed``, ``batch`` and ``serve``: one rule for every command now.
* A TBX ``langSet`` tagged ``en_US`` was taken for another language (the entry refused as having
  no English term) and ``pt_BR`` kept as written, while ``tm import`` reads the same tags as
  ``en-US``/``pt-BR``: TBX tags are read the same way now.

The review files are a real edition (fuzz27's, ``translate run`` with the embedded engine).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from hostile.helpers import HOSTILE, Outcome, invoke

DATA = HOSTILE / "fuzz27"


def _apply(
    tmp_path: Path, name: str, text: str, edition: Path | None = None
) -> tuple[Outcome, Path]:
    if edition is None:
        edition = tmp_path / "edition" / "article.pt-BR.json"
        edition.parent.mkdir(exist_ok=True)
        shutil.copy(DATA / "article.pt-BR.json", edition)
    review = tmp_path / name
    review.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("review", "apply", review, "--edition", edition, "--out", out, "--db",
                    tmp_path / "t.db", "--format", "md,json,html")  # fmt: skip
    return result, out


def _xliff() -> str:
    return (DATA / "article.pt-BR.xlf").read_text(encoding="utf-8")


def _memory(tmp_path: Path) -> str:
    tmx = tmp_path / "m.tmx"
    assert invoke("tm", "export", "-o", tmx, "--db", tmp_path / "t.db").code == 0
    return tmx.read_text(encoding="utf-8")


def test_two_xliff_units_sharing_an_id_are_refused(tmp_path: Path) -> None:
    text = _xliff().replace('<unit id="b3"', '<unit id="b2"').replace(
        'state="translated"', 'state="final"')
    result, out = _apply(tmp_path, "article.pt-BR.xlf", text)
    result.refused(7, "unit 'b2' appears twice")
    assert not out.exists()


def test_an_xliff_target_giving_one_inline_element_twice_is_refused(tmp_path: Path) -> None:
    text = _xliff().replace(
        'na sexta-feira, <pc id="p2"',
        'na <pc id="p2" type="link" dataRefStart="d2">sexta-feira</pc>, <pc id="p2"')
    assert text != _xliff()
    result, out = _apply(tmp_path, "article.pt-BR.xlf", text)
    result.refused(7, "<pc id='p2'> appears twice in a target")
    assert not out.exists()


def _changed_number() -> str:
    text = _xliff().replace('state="translated"', 'state="final"')
    assert text.count("62,5 por cento") == 1
    return text.replace("62,5 por cento", "65,2 por cento")


def test_a_number_the_reviewer_changed_is_not_confirmed_until_applied_again(
    tmp_path: Path,
) -> None:
    result, out = _apply(tmp_path, "article.pt-BR.xlf", _changed_number())
    assert result.code == 9, (result.stdout, result.stderr)
    assert "BLOCKING: b3.s0: numbers:" in result.stdout
    assert "4 of 5 sentences confirmed" in result.stdout
    data = json.loads((out / "article.pt-BR.json").read_text(encoding="utf-8"))
    assert data["review"]["required"] is True  # the mark the reviewer's own edit earned
    assert data["reports"]["review"]["history"][-1]["unconfirmed"] == ["b3.s0"]
    assert "65,2 por cento" in (out / "article.pt-BR.md").read_text(encoding="utf-8")
    assert "65,2" not in _memory(tmp_path)  # not confirmed: not in the memory
    assert "1,2 milhão de euros" in _memory(tmp_path)  # the other sentences are
    # the same file again, on the edition it wrote: the reviewer confirms it as it stands
    again, _ = _apply(tmp_path, "again.xlf", _changed_number(),
                      edition=out / "article.pt-BR.json")
    assert again.code == 0, (again.stdout, again.stderr)
    assert "1 of 5 sentences confirmed" in again.stdout
    data = json.loads((out / "article.pt-BR.json").read_text(encoding="utf-8"))
    assert data["review"]["required"] is False
    assert "unconfirmed" not in data["reports"]["review"]["history"][-1]
    assert "65,2 por cento" in _memory(tmp_path)


def test_a_number_dropped_in_a_po_correction_is_not_confirmed(tmp_path: Path) -> None:
    text = (DATA / "article.pt-BR.po").read_text(encoding="utf-8")
    old = 'msgstr "O comparente subiu para 62,5 por cento, contra 48% em 2016."'
    assert text.count(old) == 1
    text = text.replace(old, 'msgstr "O comparecimento subiu para 62,5 por cento."')
    result, out = _apply(tmp_path, "article.pt-BR.po", text)
    assert result.code == 9, (result.stdout, result.stderr)
    assert "BLOCKING: b3.s0: numbers:" in result.stdout
    data = json.loads((out / "article.pt-BR.json").read_text(encoding="utf-8"))
    assert data["review"]["required"] is True


def test_a_finding_the_reviewer_saw_is_still_theirs_to_confirm(tmp_path: Path) -> None:
    # b2.s0 carries the machine's blocking `dates` finding; an edit that keeps it is the
    # reviewer's word on a finding shown to them: confirmed, exit 0, as before
    text = _xliff().replace('state="translated"', 'state="final"')
    assert text.count("Cerca de 40% dos 1.500 residentes") == 1
    text = text.replace("Cerca de 40% dos 1.500 residentes", "Cerca de 40% dos 1.500 moradores")
    result, out = _apply(tmp_path, "article.pt-BR.xlf", text)
    assert result.code == 0, (result.stdout, result.stderr)
    assert "BLOCKING" not in result.stdout
    data = json.loads((out / "article.pt-BR.json").read_text(encoding="utf-8"))
    assert "unconfirmed" not in data["reports"]["review"]["history"][-1]
    assert "1.500 moradores" in _memory(tmp_path)


def test_an_out_folder_that_is_a_file_is_exit_6_in_every_command(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("a file\n", encoding="utf-8")
    edition = tmp_path / "article.pt-BR.json"
    shutil.copy(DATA / "article.pt-BR.json", edition)
    review = tmp_path / "article.pt-BR.xlf"
    review.write_text(_xliff(), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The mayor spoke on Tuesday.\n", encoding="utf-8")
    feed = tmp_path / "f.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
                    "<title>The mayor spoke</title><guid>a</guid></item></channel></rss>",
                    encoding="utf-8")  # fmt: skip
    for args in (("review", "apply", review, "--edition", edition, "--out", blocker),
                 ("batch", article, "--to", "pt-BR", "--out", blocker),
                 ("feed", feed, "--to", "pt-BR", "--out", blocker)):
        result = invoke(*args, "--db", tmp_path / "t.db")
        result.refused(6, "it is a file, not a folder")
        assert blocker.read_text(encoding="utf-8") == "a file\n"


_TBX = ('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>'
        '<termEntry id="e1"><descrip type="subjectField">org</descrip>'
        '<langSet xml:lang="{0}"><tig><term>Lisbon City Council</term></tig></langSet>'
        '<langSet xml:lang="{1}"><tig><term>Câmara de Lisboa</term></tig></langSet>'
        "</termEntry></body></text></martif>\n")


def test_tbx_language_tags_are_read_as_tm_import_reads_them(tmp_path: Path) -> None:
    tbx = tmp_path / "t.tbx"
    tbx.write_text(_TBX.format("en_US", "pt_BR"), encoding="utf-8")
    out = tmp_path / "g.toml"
    result = invoke("glossary", "import", tbx, "-o", out)
    assert result.code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert 'name = "Lisbon City Council"' in text
    assert 'pt-BR = "Câmara de Lisboa"' in text
    # an entry with no English is refused, naming what it found (fuzz35: `eng` is English
    # now, read as BCP 47 as `tm import` reads it; German and Portuguese are not)
    tbx.write_text(_TBX.format("deu", "por"), encoding="utf-8")
    invoke("glossary", "import", tbx, "-o", tmp_path / "h.toml").refused(
        5, "has no en term (its languages: de, pt)")


def test_an_output_file_that_is_a_folder_is_exit_6_in_every_command(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "kept.txt").write_text("kept\n", encoding="utf-8")
    edition = tmp_path / "article.pt-BR.json"
    shutil.copy(DATA / "article.pt-BR.json", edition)
    tbx = tmp_path / "t.tbx"
    tbx.write_text(_TBX.format("en", "pt-BR"), encoding="utf-8")
    for args in (("review", "page", edition, "-o", folder),
                 ("glossary", "import", tbx, "-o", folder),
                 ("glossary", "export", "--format", "csv", "-o", folder),
                 ("tm", "export", "-o", folder, "--db", tmp_path / "t.db")):
        invoke(*args).refused(6, "it is a folder, not a file")
        assert sorted(p.name for p in folder.iterdir()) == ["kept.txt"]


def test_review_page_of_a_missing_edition_is_exit_3(tmp_path: Path) -> None:
    invoke("review", "page", tmp_path / "nothere.json").refused(3, "no such file")


def test_a_target_that_fails_beside_written_ones_is_said_on_stderr(tmp_path: Path) -> None:
    # exit 10 with nothing on stderr (and, under --quiet, nothing at all): the failed target
    # is an error line now, as `batch` and `feed` say theirs
    article = tmp_path / "a.txt"
    article.write_text("The mayor spoke on Tuesday.\n", encoding="utf-8")
    for quiet in ((), ("-q",)):
        result = invoke("run", article, "--to", "pt-BR,es", "--out", tmp_path / "out", "--db",
                        tmp_path / "t.db", *quiet)  # fmt: skip
        assert result.code == 10, (result.stdout, result.stderr)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"failed: {article} es: error[E004]"), lines
        assert (tmp_path / "out" / "a.pt-BR.md").is_file()
