"""Fixtures for the review page: editions made with the phrase engine, and a real headless
Chromium (Debian's ``chromium`` package) driven by Playwright.

The browser tests skip, saying why, when Playwright or Chromium is missing; ``scripts/
install-browser`` installs Chromium (CI runs it). Set ``TRANSLATE_CHROMIUM`` to use another
Chromium binary, and ``TRANSLATE_TEST_ARTIFACTS`` to keep the screenshots in a folder;
under CI (``CI=true``) a missing Chromium fails the tests instead of skipping them;
``TRANSLATE_UPDATE_SCREENSHOTS=1`` rewrites the ones committed under docs/screenshots/;
``TRANSLATE_CPU_THROTTLE=N`` slows every page's CPU down N times (the DevTools protocol's
CPU throttling), to run the tests as on a loaded machine.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from editions.edition_helpers import ARTICLE, db

from translate import engines
from translate.cli import cli

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"


def chromium_path() -> str | None:
    explicit = os.environ.get("TRANSLATE_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if Path(candidate).is_file():
            return candidate
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless Chromium for the whole session (skips the test when there is none)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (pip install -e '.[test]')")
    executable = chromium_path()
    if executable is None:
        where = os.environ.get("TRANSLATE_CHROMIUM")
        reason = (
            f"TRANSLATE_CHROMIUM={where} is not a file"
            if where
            else "Chromium is not installed: run scripts/install-browser "
            "(apt-get install -y chromium) to run the browser tests"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI must run them: .ci/run calls scripts/install-browser)")
        pytest.skip(reason)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Requests:
    """Every request a page makes; anything but the page's own file (or a test's loopback
    server) is aborted and recorded."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.blocked: list[str] = []

    def handle(self, route: Any) -> None:
        url = route.request.url
        self.seen.append(url)
        if url.startswith(("file://", "http://127.0.0.1:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@pytest.fixture
def open_context(browser: Any) -> Iterator[Callable[..., tuple[Any, Requests]]]:
    """Make a fresh browser context (its own localStorage) that records every request."""
    made: list[Any] = []

    throttle = float(os.environ.get("TRANSLATE_CPU_THROTTLE") or 0)

    def slow_down(page: Any) -> None:
        # a loaded machine: every page's CPU slowed down N times (DevTools protocol)
        cdp = page.context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})

    def make(**options: Any) -> tuple[Any, Requests]:
        context = browser.new_context(accept_downloads=True, **options)
        requests = Requests()
        context.route("**/*", requests.handle)
        if throttle > 1:
            context.on("page", slow_down)
        made.append(context)
        return context, requests

    yield make
    for context in made:
        context.close()


@pytest.fixture
def phrase_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The phrase engine (hand-written pt and ar translations of the test article) as 'phrase',
    and the fake engine as 'fake'."""
    monkeypatch.setitem(engines.ENGINES, "phrase", "review_page.phrases:PhraseEngine")
    monkeypatch.setitem(engines.ENGINES, "fake", "fakes:FakeEngine")
    engines.close_engines()
    yield engines.get_engine("phrase")
    engines.close_engines()


@pytest.fixture
def make_editions(runner: CliRunner, tmp_path: Path, phrase_engine: object) -> Callable[..., Path]:
    """``translate run`` of an article to a locale with the phrase engine (json, review and
    xliff), into tmp_path/out; returns the output folder."""

    def make(
        locale: str = "pt-BR",
        text: str = ARTICLE,
        name: str = "talks.md",
        engine: str = "phrase",
    ) -> Path:
        article = tmp_path / name
        article.write_text(text, encoding="utf-8")
        out = tmp_path / "out"
        # the phrase engine makes deliberate mistakes for the page to show: the facts gate
        # would (rightly) mark the edition, so these fixtures publish it as it is
        args = ["run", str(article), "--to", locale, "--engine", engine,
                "--format", "json,review,xliff", "--out", str(out),
                "--db", str(db(tmp_path)), "--on-findings", "publish"]  # fmt: skip
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.stderr
        return out

    return make


@pytest.fixture
def artifacts(tmp_path: Path) -> Callable[[str, bytes], Path]:
    """Keep a test artifact (a screenshot): in $TRANSLATE_TEST_ARTIFACTS (else tmp_path), and
    under docs/screenshots/ when TRANSLATE_UPDATE_SCREENSHOTS=1."""

    def keep(name: str, data: bytes) -> Path:
        folder = Path(os.environ.get("TRANSLATE_TEST_ARTIFACTS") or tmp_path / "artifacts")
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_bytes(data)
        if os.environ.get("TRANSLATE_UPDATE_SCREENSHOTS") == "1":
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            (SCREENSHOTS / name).write_bytes(data)
        return path

    return keep
