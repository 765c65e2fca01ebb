"""translate/compiled-regexes.bin (scripts/regex_cache.py): the opcodes of the regexes a run
builds from data; each entry is what ``re`` computes, a pattern from it matches as one from
``re.compile``, the seed article's run compiles no date or boilerplate regex outside it, and a
file written for another regex engine is ignored."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from translate import regexcache

ROOT = Path(__file__).resolve().parents[2]
HINT = "run `python scripts/regex_cache.py` and commit translate/compiled-regexes.bin"


def _shipped() -> dict[tuple[str, int], bytes]:
    data = marshal.loads(regexcache.SHIPPED.read_bytes())
    assert data["key"] == regexcache.engine_key(), HINT  # written by this interpreter's engine
    entries: dict[tuple[str, int], bytes] = data["entries"]
    return entries


def test_every_entry_is_what_re_computes_and_the_file_is_current() -> None:
    # in a fresh process: this one's caches (compiled rules, shapes) would hide patterns
    script = ROOT / "scripts" / "regex_cache.py"
    run = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, f"{HINT}\n{run.stdout}{run.stderr}"
    entries = _shipped()
    for (pattern, flags), blob in entries.items():
        assert regexcache.decode(blob) == regexcache.entry_of(pattern, flags), HINT


TEXTS = [
    "On Monday, 3 December 2026, and on Sept. 27 the talks resumed; 1º de janeiro de 2020.",
    "Share this article on Facebook",
    "SEGUNDA-FEIRA, 12 DE OUTUBRO. Related posts",
    "",
]


def test_a_shipped_pattern_matches_as_re_compile() -> None:
    entries = _shipped()
    assert entries
    for pattern, flags in list(entries)[:: max(1, len(entries) // 60)]:
        ours, theirs = regexcache.compile(pattern, flags), re.compile(pattern, flags)
        assert ours is not theirs  # from the file, not re's own cache
        assert (ours.pattern, ours.flags, ours.groups, dict(ours.groupindex)) == (
            theirs.pattern, theirs.flags, theirs.groups, dict(theirs.groupindex)
        )
        for text in TEXTS:
            assert [m.span() for m in ours.finditer(text)] == [
                m.span() for m in theirs.finditer(text)
            ]
            assert [m.groupdict() for m in ours.finditer(text)] == [
                m.groupdict() for m in theirs.finditer(text)
            ]


def test_other_patterns_compile_as_usual() -> None:
    assert regexcache.compile(r"(?P<x>ab)+", re.I).fullmatch("ABab") is not None
    with pytest.raises(re.error):
        regexcache.compile("(unclosed")


def test_a_file_for_another_engine_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"(?P<d>\d+) de (?P<m>[a-z]+)"
    path = tmp_path / "compiled-regexes.bin"
    regexcache.write({(pattern, 0)}, path)
    data = marshal.loads(path.read_bytes())
    # a wrong opcode list under this pattern: used only if the key were accepted
    data["entries"][(pattern, 0)] = regexcache.encode(regexcache.entry_of("x", 0))
    monkeypatch.setattr(regexcache, "SHIPPED", path)
    for key, expect_used in ((regexcache.engine_key(), True), (["cpython", [3, 99]], False)):
        data["key"] = key
        path.write_bytes(marshal.dumps(data))
        regexcache._table.cache_clear()
        try:
            compiled = regexcache.compile(pattern)
        finally:
            regexcache._table.cache_clear()
        assert (compiled.match("x") is not None) == expect_used
    path.write_bytes(b"not marshal")
    regexcache._table.cache_clear()
    try:
        assert regexcache.compile(pattern).match("12 de maio") is not None
    finally:
        regexcache._table.cache_clear()




def test_the_seed_run_compiles_no_data_made_regex(tmp_path: Path) -> None:
    """Every date shape and boilerplate rule the seed article's run compiles is in the file,
    and the date names' alternations are the same text whatever the hash seed."""
    code = (
        "import sys\n"
        "from translate import regexcache\n"
        "from translate.localize import dates, stage\n"
        "from translate.boilerplate import rules_for\n"
        "from translate.locales import load_profiles\n"
        "shipped = regexcache._table()\n"
        "regexcache.RECORD = set()\n"
        "rules_for('en')\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "loc = stage.localizer_for(load_profiles()['pt-BR'], 'en')\n"
        "stage.source_dates(text, loc)\n"
        "stage.target_dates('Na segunda-feira, 3 de dezembro de 2026. ' + text, loc)\n"
        "missing = sorted(p for p in regexcache.RECORD if p not in shipped)\n"
        "print(len(regexcache.RECORD), len(missing))\n"
        "print(dates._names('en').abbr_regex[:200])\n"
    )
    seed = str(ROOT / "examples" / "caucasus-talks.txt")
    outputs = []
    for seed_value in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed_value}
        run = subprocess.run(
            [sys.executable, "-c", code, seed], capture_output=True, text=True, env=env,
            cwd=tmp_path, check=True,
        )
        outputs.append(run.stdout)
    recorded, missing = map(int, outputs[0].split("\n")[0].split())
    assert recorded > 20 and missing == 0, HINT
    assert outputs[0] == outputs[1]


def test_the_checks_modal_and_name_patterns_are_shipped() -> None:
    """The modal classes and the names' patterns of the checks (translate.facts) of the
    embedded engine's languages come from the file, the same text whatever the process."""
    from translate import facts

    shipped = regexcache._table()
    regexcache.RECORD = set()
    try:
        for lang in ("en", "pt", "pt-BR"):
            facts._modal_data.__wrapped__(lang)
            facts._name_data.__wrapped__(lang)
        recorded = set(regexcache.RECORD)
    finally:
        regexcache.RECORD = None
    assert len(recorded) >= 8
    assert sorted(p for p in recorded if p not in shipped) == [], HINT


def test_a_shipped_pattern_is_made_once() -> None:
    pattern, flags = next(iter(_shipped()))
    first = regexcache.compile(pattern, flags)
    assert regexcache.compile(pattern, flags) is first  # as re.compile answers from its cache
    assert first is not re.compile(pattern, flags)


def test_the_run_path_imports_compile_no_regex() -> None:
    """speed21: the modules a run imports take their module-level patterns from the file (the
    package's ``re_compile``); only the glossary package and translate/locales.py compile theirs
    (both are in the shipped glossary index's key: translate.glossary.cache), and bytes
    patterns (the file holds text ones)."""
    code = (
        "import re, sys\n"
        "from re import _compiler\n"
        "seen = []\n"
        "original = _compiler.compile\n"
        "def spy(pattern, flags=0):\n"
        "    frame = sys._getframe(1)\n"  # the first caller outside re and regexcache
        "    while frame.f_code.co_filename.endswith(('re/__init__.py', 'regexcache.py')):\n"
        "        frame = frame.f_back\n"
        "    if isinstance(pattern, str) and '/translate/' in frame.f_code.co_filename:\n"
        "        seen.append(frame.f_code.co_filename.split('/translate/')[-1])\n"
        "    return original(pattern, flags)\n"
        "_compiler.compile = spy\n"
        "import translate.cli, translate.pipeline, translate.check, translate.facts\n"
        "import translate.read, translate.untranslatable, translate.localize.stage\n"
        "print(sorted(set(seen)))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    compiled = eval(run.stdout)  # a list of file names
    assert compiled, "the spy saw nothing: it does not test anything"
    assert [f for f in compiled if not f.startswith("glossary/") and f != "locales.py"] == []
