"""Reviewed files that must be refused (exit 7, one line) without losing anything stored."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from clirun import invoke
from editions.edition_helpers import db
from editions.test_review_loop import edit_xliff, run_fake, tm_rows

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pt-BR">
<file id="f1"><unit id="b0"><segment id="b0.s0" state="reviewed">
<source>Talks resume in Tbilisi</source><target>&lol9;</target></segment></unit></file></xliff>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pt-BR">
<file id="f1"><unit id="b0"><segment id="b0.s0" state="reviewed">
<source>Talks resume in Tbilisi</source><target>&xxe;</target></segment></unit></file></xliff>
"""


@pytest.fixture
def baseline(runner: CliRunner, tmp_path: Path, exported: Path) -> Path:
    """An exported edition whose TM already holds one confirmed sentence."""
    out = exported
    good = edit_xliff(out / "talks.pt-BR.xlf", "b0.s0", "Conversas retomadas")
    assert invoke("review", "apply", str(good), "--db", str(db(tmp_path)))[0] == 0
    return out


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _xliff(text: str) -> Callable[[Path], str]:
    return lambda out: text


def _replace(old: str, new: str, name: str = "talks.pt-BR.xlf") -> Callable[[Path], str]:
    def make(out: Path) -> str:
        text = (out / name).read_text(encoding="utf-8")
        assert old in text
        return text.replace(old, new, 1)

    return make


CASES: list[tuple[str, str, Callable[[Path], str], str]] = [
    ("billion-laughs", "xlf", _xliff(BILLION_LAUGHS), "refused"),
    ("external-entity", "xlf", _xliff(EXTERNAL_ENTITY), "refused"),
    ("malformed", "xlf", _replace("</xliff>", "</xlif>"), "malformed XML"),
    ("not-xml", "xlf", _xliff("PK\x03\x04 binary"), "malformed XML"),
    (
        "xliff-1.2",
        "xlf",
        _xliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>'),
        "XLIFF 1.2",
    ),
    (
        "foreign-xliff",
        "xlf",
        _xliff(
            '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            'version="2.0" srcLang="en"><file id="f"><unit id="u"><segment id="s">'
            "<source>x</source></segment></unit></file></xliff>"
        ),
        "not a review file",
    ),
    (
        "edited-source",
        "xlf",
        _replace(
            "<source>The talks lasted 6 hours.</source>",
            "<source>The talks lasted 7 hours.</source>",
        ),
        "source of segment b3.s1 was edited",
    ),
    (
        "dropped-segment",
        "xlf",
        _replace('<segment id="b3.s1"', '<segment id="b9.s9"'),
        "not in the edition",
    ),
    (
        "po-malformed",
        "po",
        _replace('msgctxt "b0.s0"', 'msgctxt "b0.s0\nmsgid', "talks.pt-BR.po"),
        "malformed PO",
    ),
    (
        "po-edited-source",
        "po",
        _replace(
            'msgid "The talks lasted 6 hours."',
            'msgid "The talks lasted 60 hours."',
            "talks.pt-BR.po",
        ),
        "was edited",
    ),
]


@pytest.mark.parametrize(("name", "ext", "make", "message"), CASES, ids=[c[0] for c in CASES])
def test_refused_and_nothing_lost(
    runner: CliRunner,
    baseline: Path,
    tmp_path: Path,
    name: str,
    ext: str,
    make: Callable[[Path], str],
    message: str,
) -> None:
    before_tm = tm_rows(tmp_path)
    before_files = snapshot(baseline)
    bad = tmp_path / f"{name}.{ext}"
    bad.write_text(make(baseline), encoding="utf-8")
    code, out, err = invoke("review",
        "apply",
        str(bad),
        "--edition",
        str(baseline / "talks.pt-BR.json"),
        "--db",
        str(db(tmp_path)),
    )
    assert code == 7, (out, err)
    assert err.startswith("error[E007]: ") and err.count("\n") == 1
    assert message in err
    assert tm_rows(tmp_path) == before_tm
    assert snapshot(baseline) == before_files


def test_stale_source_refused(
    runner: CliRunner, baseline: Path, tmp_path: Path, article_path: Path
) -> None:
    """The article changed and was translated again: the old review file no longer fits."""
    old_xliff = (baseline / "talks.pt-BR.xlf").read_text(encoding="utf-8")
    article_path.write_text(
        article_path.read_text(encoding="utf-8").replace("6 hours", "7 hours"), encoding="utf-8"
    )
    code, _, err = run_fake(runner, article_path, baseline, tmp_path)
    assert code == 0, err
    before_tm = tm_rows(tmp_path)
    stale = tmp_path / "stale.xlf"
    stale.write_text(old_xliff.replace('state="translated"', 'state="reviewed"'), encoding="utf-8")
    code, _, err = invoke("review", "apply", str(stale), "--db", str(db(tmp_path)),
                          "--out", str(baseline))  # fmt: skip
    assert code == 7
    assert "stale" in err
    assert tm_rows(tmp_path) == before_tm


def test_missing_edition_is_explained(runner: CliRunner, baseline: Path, tmp_path: Path) -> None:
    lonely = tmp_path / "elsewhere" / "talks.pt-BR.xlf"
    lonely.parent.mkdir()
    lonely.write_bytes((baseline / "talks.pt-BR.xlf").read_bytes())
    code, _, err = invoke("review", "apply", str(lonely), "--db", str(db(tmp_path)))
    assert code == 7
    assert "cannot find the edition talks.pt-BR.json" in err and "--edition" in err


def test_hostile_tmx_refused(runner: CliRunner, baseline: Path, tmp_path: Path) -> None:
    before = tm_rows(tmp_path)
    bad = tmp_path / "bad.tmx"
    bad.write_text(BILLION_LAUGHS.replace("xliff", "tmx"), encoding="utf-8")
    code, _, err = invoke("tm", "import", str(bad), "--db", str(db(tmp_path)))
    assert code == 7 and "refused" in err
    assert tm_rows(tmp_path) == before


def test_tm_write_is_all_or_nothing(tmp_path: Path) -> None:
    from translate.store import Store
    from translate.tm import TMEntry, entries, put

    store = Store(tmp_path / "s.db")
    put(store, [TMEntry("en", "pt-BR", "One.", "Um.")])
    with pytest.raises(sqlite3.Error):
        broken = TMEntry("en", "pt-BR", "Three.", None)  # type: ignore[arg-type]
        put(store, [TMEntry("en", "pt-BR", "Two.", "Dois."), broken])
    assert [e.source for e in entries(store)] == ["One."]
    store.close()


def test_review_of_an_older_translation_refused(
    runner: CliRunner, tmp_path: Path, article_path: Path, fake_engine: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Same source, translated again (here: a TM hit replaced the machine sentence): a file
    exported from the older edition would push its stale machine output into the memory as
    if a translator had confirmed it, so it is refused as stale."""
    out = tmp_path / "out"
    run = ["run", str(article_path), "--to", "pt-BR", "--engine", "fake", "--format",
           "json,xliff", "--out", str(out), "--db", str(db(tmp_path))]  # fmt: skip
    assert invoke(*run)[0] == 0
    old = (out / "talks.pt-BR.xlf").read_text(encoding="utf-8")
    good = edit_xliff(out / "talks.pt-BR.xlf", "b0.s0", "Conversas retomadas")
    assert invoke("review", "apply", str(good), "--db", str(db(tmp_path)))[0] == 0
    monkeypatch.setattr("translate.edition.utc_now", lambda: "2031-01-01T00:00:00Z")
    assert invoke(*run)[0] == 0  # b0.s0 now comes from the TM
    before_tm = tm_rows(tmp_path)
    stale = tmp_path / "old.xlf"
    stale.write_text(old, encoding="utf-8")
    code, _, err = invoke("review", "apply", str(stale), "--db", str(db(tmp_path)),
                          "--out", str(out))  # fmt: skip
    assert (code, "stale" in err) == (7, True), err
    assert tm_rows(tmp_path) == before_tm
    assert tuple(r[3] for r in before_tm if r[4] == "b0.s0") == ("Conversas retomadas",)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: d.update(blocks=["not a block"]),
        lambda d: d.update(signature=["not", "a", "signature"]),
        lambda d: d["blocks"][0].update(segments=["not a segment"]),
        lambda d: d.update(article=[]),
    ],
    ids=["block-is-a-string", "signature-is-a-list", "segment-is-a-string", "article-is-a-list"],
)
def test_mangled_json_edition_is_refused_not_a_traceback(
    baseline: Path, tmp_path: Path, mangle: Callable[[dict[str, object]], None]
) -> None:
    import json

    from translate.errors import ReviewFileError
    from translate.review import load_edition

    data = json.loads((baseline / "talks.pt-BR.json").read_text(encoding="utf-8"))
    mangle(data)
    path = tmp_path / "mangled.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReviewFileError, match="not a JSON edition"):
        load_edition(path)
