"""Hostile reviewed files and TMX: refused with exit 7 and one line, and nothing already stored
(translation memory, edition files) is lost or half-changed."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile.helpers import invoke

ARTICLE = (
    "Talks resume in Tbilisi\n\n"
    "The foreign ministers met on Monday. The talks lasted six hours.\n\n"
    "Officials said the next round would follow soon.\n"
)
FIRST_TARGET_STATE = 'state="translated"'


@pytest.fixture
def confirmed(tmp_path: Path, fake_engine: object) -> Path:
    """An exported edition (json, md, xliff, po) whose TM holds one confirmed sentence."""
    source = tmp_path / "talks.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    outcome = invoke(
        "run",
        source,
        "--to",
        "pt-BR",
        "--engine",
        "fake",
        "--format",
        "json,md,xliff,po",
        "--out",
        out,
        "--db",
        tmp_path / "store.db",
        "--no-builtin-glossary",
    )
    assert outcome.code == 0, outcome.stderr
    good = tmp_path / "good.po"
    text = (out / "talks.pt-BR.po").read_text(encoding="utf-8")
    good.write_text(text.replace('#, fuzzy\nmsgctxt "b0.s0"', 'msgctxt "b0.s0"', 1), "utf-8")
    applied = invoke("review", "apply", good, "--db", tmp_path / "store.db", "--out", out)
    assert applied.code == 0, applied.stderr
    return out


def _tm(tmp_path: Path) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(tmp_path / "store.db")
    try:
        return sorted(conn.execute("SELECT target_locale, source, target FROM tm"))
    finally:
        conn.close()


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _xliff_target(markup: str) -> Callable[[str], str]:
    """Replace the first segment's target (and confirm it) with ``markup``."""

    def edit(xliff: str) -> str:
        start = xliff.index("<target>")
        end = xliff.index("</target>", start) + len("</target>")
        return (xliff[:start] + f"<target>{markup}</target>" + xliff[end:]).replace(
            FIRST_TARGET_STATE, 'state="final"', 1
        )

    return edit


def _po_target(line: str) -> Callable[[str], str]:
    def edit(po: str) -> str:
        marker = 'msgctxt "b1.s0"'
        start = po.index("msgstr", po.index(marker))
        end = po.index("\n\n", start)
        return po[:start] + line + po[end:]

    return edit


def _replace(old: str, new: str) -> Callable[[str], str]:
    def edit(text: str) -> str:
        assert old in text
        return text.replace(old, new, 1)

    return edit


# (id, extension, edit of the exported file, message fragment)
CASES: list[tuple[str, str, Callable[[str], str], str]] = [
    ("cp-surrogate", "xlf", _xliff_target('A<cp hex="D800"/>B'), "bad <cp hex='D800'>"),
    ("cp-nul", "xlf", _xliff_target('A<cp hex="0"/>B'), "bad <cp hex='0'>"),
    ("cp-huge", "xlf", _xliff_target('A<cp hex="110000"/>B'), "bad <cp"),
    ("cp-overflow", "xlf", _xliff_target('A<cp hex="' + "F" * 40 + '"/>B'), "bad <cp"),
    (
        "deep-inline-markup",
        "xlf",
        _xliff_target('<pc id="p">' * 5000 + "x" + "</pc>" * 5000),
        "nested too deeply",
    ),
    (
        "unknown-xml-encoding",
        "xlf",
        _replace('encoding="UTF-8"', 'encoding="x-bogus"'),
        "unknown encoding",
    ),
    ("po-unknown-charset", "po", _replace("charset=utf-8", "charset=x-bogus"), "malformed PO"),
    # Babel reads this as "unterminate" (last character cut); it must not reach the TM
    ("po-unterminated", "po", _po_target('msgstr "unterminated'), "unterminated"),
    (
        "po-plural",
        "po",
        _po_target('msgid_plural "x"\nmsgstr[0] "a"\nmsgstr[1] "b"'),
        "plural messages",
    ),
    (
        "po-no-metadata",
        "po",
        lambda text: 'msgctxt "b0.s0"\nmsgid "a"\nmsgstr "b"\n',
        "not a review file",
    ),
    ("po-empty", "po", lambda text: "", "empty file"),  # exit 3 since fuzz44 (was 7)
    ("other-locale", "xlf", _replace('trgLang="pt-BR"', 'trgLang="pt-PT"'), "does not match"),
    (
        "other-locale-po",
        "po",
        _replace("X-Translate-Locale: pt-BR", "X-Translate-Locale: de"),
        "file is for 'de'",
    ),
]


@pytest.mark.parametrize(("name", "ext", "edit", "fragment"), CASES, ids=[c[0] for c in CASES])
def test_hostile_review_file_is_refused_and_nothing_lost(
    tmp_path: Path,
    confirmed: Path,
    name: str,
    ext: str,
    edit: Callable[[str], str],
    fragment: str,
) -> None:
    before_tm = _tm(tmp_path)
    before_files = _snapshot(confirmed)
    text = (confirmed / f"talks.pt-BR.{ext}").read_text(encoding="utf-8")
    bad = tmp_path / f"{name}.{ext}"
    bad.write_text(edit(text), encoding="utf-8")
    outcome = invoke(
        "review",
        "apply",
        bad,
        "--db",
        tmp_path / "store.db",
        "--edition",
        confirmed / "talks.pt-BR.json",
        "--out",
        confirmed,
    )
    # a 0-byte file is an empty input, exit 3, as an empty article or feed (fuzz44; it was 7)
    outcome.refused(3 if name == "po-empty" else 7, fragment)
    assert bad.name in outcome.stderr  # the message names the file
    assert _tm(tmp_path) == before_tm
    assert _snapshot(confirmed) == before_files


TMX = (
    '<?xml version="1.0"?><tmx version="1.4"><header srclang="en" creationtool="x"'
    ' creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"'
    ' datatype="plaintext"/><body>{body}</body></tmx>'
)


def _tu(source: str, target: str, lang: str = "pt-BR") -> str:
    return (
        f'<tu><tuv xml:lang="en"><seg>{source}</seg></tuv>'
        f'<tuv xml:lang="{lang}"><seg>{target}</seg></tuv></tu>'
    )


@pytest.mark.parametrize(
    ("document", "fragment"),
    [
        (TMX.format(body=_tu("Hello.", "Olá.", "../../x")), "is not a language tag"),
        (TMX.format(body=_tu("Hello.", "Olá.", "x-klingon")), "is not a language tag"),
        (
            TMX.format(body=_tu("Hello.", "Olá.")).replace(
                '<?xml version="1.0"?>', '<?xml version="1.0" encoding="x-bogus"?>'
            ),
            "unknown encoding",
        ),
        (TMX.format(body=_tu("Good.", "Bom.") + _tu("Hi.", "Oi.", "")), "without a language"),
    ],
    ids=["traversal-lang", "private-lang", "unknown-encoding", "one-bad-unit"],
)
def test_hostile_tmx_is_refused_whole(
    tmp_path: Path, confirmed: Path, document: str, fragment: str
) -> None:
    before = _tm(tmp_path)
    path = tmp_path / "in.tmx"
    path.write_text(document, encoding="utf-8")
    invoke("tm", "import", path, "--db", tmp_path / "store.db").refused(7, fragment)
    assert _tm(tmp_path) == before


@pytest.mark.parametrize("content", ["", 'msgctxt "b0.s0"\nmsgid "a"\nmsgstr "b"\n'])
def test_review_file_without_metadata_is_explained(tmp_path: Path, content: str) -> None:
    """Not "cannot find the edition None.None.json": the file was not exported by translate.
    A 0-byte file is an empty input (exit 3, fuzz44)."""
    path = tmp_path / "foreign.po"
    path.write_text(content, encoding="utf-8")
    invoke("review", "apply", path, "--db", tmp_path / "store.db").refused(
        *((3, "empty file") if not content else (7, "not a review file exported by translate"))
    )


def test_unwritable_out_leaves_the_memory_as_it_was(tmp_path: Path, confirmed: Path) -> None:
    """The TM must not take sentences whose rebuilt edition could not be written."""
    before = _tm(tmp_path)
    text = (confirmed / "talks.pt-BR.xlf").read_text(encoding="utf-8")
    reviewed = tmp_path / "reviewed.xlf"
    reviewed.write_text(_xliff_target("Conversas retomadas")(text), encoding="utf-8")
    blocker = tmp_path / "blocker"
    blocker.write_text("", encoding="utf-8")
    outcome = invoke(
        "review",
        "apply",
        reviewed,
        "--db",
        tmp_path / "store.db",
        "--edition",
        confirmed / "talks.pt-BR.json",
        "--out",
        blocker / "sub",
    )
    outcome.refused(6, "is a file, not a folder")
    assert _tm(tmp_path) == before
