"""The review page in a real headless Chromium: findings first, editing with the keyboard and
the mouse, work kept over a reload, the export applied by ``translate review apply``, hostile
articles, right-to-left targets, reflow at 200% zoom, and screenshots."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from editions.edition_helpers import SCHEMA, db

from translate.cli import cli

Context = Callable[..., tuple[Any, Any]]

RUSSIA = "A Rússia mantém 2.000 soldados de paz na região."
MILLIONS = (
    "Grupos de ajuda dizem que são necessários 3,5 milhões de dólares, e os preços da farinha "
    "subiram 12,5% em outubro."
)


def open_page(context: Any, path: Path) -> Any:
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_selector("#rows .row")
    page.errors = errors  # type: ignore[attr-defined]
    return page


def row_ids(page: Any) -> list[str]:
    return list(page.eval_on_selector_all("#rows > li", "rows => rows.map(r => r.dataset.id)"))


def target_text(page: Any, seg_id: str) -> str:
    return str(page.locator(f'[id="row-{seg_id}"] .tgt .text').text_content())


def status(page: Any, seg_id: str) -> str:
    return str(page.locator(f'[id="row-{seg_id}"] .status').text_content())


def counts(page: Any) -> dict[str, str]:
    return dict(
        page.eval_on_selector_all(
            ".counts li", "items => items.map(i => [i.dataset.count, i.textContent])"
        )
    )


def edition_segments(path: Path) -> dict[str, dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {s["id"]: s for b in data["blocks"] for s in b["segments"]}


def test_round_trip_page_export_apply(
    open_context: Context,
    make_editions: Callable[..., Path],
    runner: CliRunner,
    tmp_path: Path,
) -> None:
    out = make_editions("pt-BR")
    page_path = out / "talks.pt-BR.review.html"
    before = edition_segments(out / "talks.pt-BR.json")
    context, requests = open_context()
    page = open_page(context, page_path)

    # findings first: the wrong name (an error) leads, then the warnings, then the rest
    order = row_ids(page)
    with_findings = [i for i, s in before.items() if s["findings"]]
    ranked = page.eval_on_selector_all(
        "#rows > li", "rows => rows.map(r => r.classList.contains('has-findings'))"
    )
    assert ranked == sorted(ranked, reverse=True), order
    # errors lead: "Bielorrússia" for Russia (a wrong name) and "5,3 milhões" for 3.5 million
    # (a changed number, blocking since the facts gate)
    assert set(order[:2]) == {"b4.s0", "b1.s1"}
    assert set(order[: sum(ranked)]) >= set(with_findings)
    assert "9 of 9 sentences left to review" in counts(page)["left"]
    assert page.locator("#undo").is_disabled()  # nothing to undo yet

    # keyboard: the first row is current; n goes to the next finding, e edits, Enter saves
    page.locator('[id="row-b4.s0"]').focus()
    page.keyboard.press("e")
    area = page.locator('[id="row-b4.s0"] textarea')
    assert area.get_attribute("aria-label") == "Translation of sentence b4.s0 (pt-BR)"
    area.fill(RUSSIA)
    area.press("Enter")
    assert target_text(page, "b4.s0") == RUSSIA
    assert status(page, "b4.s0") == "edited"
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.dataset.id") == order[order.index("b4.s0") + 1]

    # mouse: edit the sentence with the wrong number
    page.locator('[id="row-b1.s1"] button.edit').click()
    page.locator('[id="row-b1.s1"] textarea').fill(MILLIONS)
    page.locator('[id="row-b1.s1"] button.save').click()
    assert status(page, "b1.s1") == "edited"

    # accept a repaired name with the keyboard; mark another, then undo that
    page.locator('[id="row-b3.s0"]').focus()
    page.keyboard.press("a")
    assert status(page, "b3.s0") == "reviewed"
    assert page.locator('[id="row-b3.s0"] button.accept').get_attribute("aria-pressed") == "true"
    page.locator('[id="row-b0.s0"]').focus()
    page.keyboard.press("a")
    assert status(page, "b0.s0") == "reviewed"
    page.keyboard.press("u")
    assert status(page, "b0.s0") == "to review"
    assert "6 of 9 sentences left to review" in counts(page)["left"]
    page.uncheck("#shortcuts")  # single-key shortcuts can be turned off (WCAG 2.1.4)
    page.locator('[id="row-b0.s0"]').focus()
    page.keyboard.press("a")
    assert status(page, "b0.s0") == "to review"
    page.check("#shortcuts")

    # the filter shows what is left
    page.select_option("#filter", "todo")
    hidden = page.eval_on_selector_all(
        "#rows > li", "rows => rows.filter(r => r.hidden).map(r => r.dataset.id)"
    )
    assert set(hidden) == {"b4.s0", "b1.s1", "b3.s0"}
    page.select_option("#filter", "all")

    # a reload keeps the work: the page says it is stored (read back) before the reload
    from playwright.sync_api import expect

    expect(page.locator("#save-state")).to_have_attribute("data-state", "saved")
    assert page.locator("#save-state").text_content() == "All changes saved in this browser."
    page.reload()
    page.wait_for_selector("#rows .row")
    assert target_text(page, "b4.s0") == RUSSIA
    assert target_text(page, "b1.s1") == MILLIONS
    assert (status(page, "b3.s0"), status(page, "b0.s0")) == ("reviewed", "to review")
    assert "6 of 9 sentences left to review" in counts(page)["left"]

    # export: the download is the edition's XLIFF with the work put in
    with page.expect_download() as info:
        page.click("#export")
    download = info.value
    assert download.suggested_filename == "talks.pt-BR.review.xlf"
    exported = out / download.suggested_filename
    download.save_as(exported)
    assert "Exported 3 confirmed sentences" in str(page.locator("[role=status]").text_content())
    assert page.errors == []  # type: ignore[attr-defined]
    assert requests.blocked == []

    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    doc = etree.parse(str(exported))
    assert schema.validate(doc), schema.error_log

    # review apply accepts the file as it is (the edition found by name beside it)
    result = runner.invoke(cli, ["review", "apply", str(exported), "--db", str(db(tmp_path))])
    assert result.exit_code == 0, result.stderr
    assert "3 of 9 sentences confirmed, 3 stored" in result.stdout
    after = edition_segments(out / "talks.pt-BR.json")
    assert (after["b4.s0"]["target"], after["b4.s0"]["origin"]) == (RUSSIA, "tm")
    assert (after["b1.s1"]["target"], after["b1.s1"]["origin"]) == (MILLIONS, "tm")
    assert after["b3.s0"]["origin"] == "tm"
    assert after["b3.s0"]["target"] == before["b3.s0"]["target"]
    assert after["b0.s0"]["origin"] == before["b0.s0"]["origin"] == "mt"
    assert after["b4.s0"]["findings"] == []  # the checks ran again on the corrected sentence
    with sqlite3.connect(db(tmp_path)) as conn:
        tm = dict(conn.execute("SELECT segment, target FROM tm WHERE target_locale = 'pt-BR'"))
    assert tm == {"b4.s0": RUSSIA, "b1.s1": MILLIONS, "b3.s0": before["b3.s0"]["target"]}


def test_a_new_page_of_the_applied_edition_starts_clean(
    open_context: Context, make_editions: Callable[..., Path], runner: CliRunner, tmp_path: Path
) -> None:
    """After apply, the page rebuilt from the edition shows the confirmed sentences as done and
    does not count the stored edits again."""
    out = make_editions("pt-BR")
    context, _ = open_context()
    page = open_page(context, out / "talks.pt-BR.review.html")
    page.locator('[id="row-b4.s0"] button.edit').click()
    page.locator('[id="row-b4.s0"] textarea').fill(RUSSIA)
    page.keyboard.press("Enter")
    with page.expect_download() as info:
        page.click("#export")
    exported = out / "talks.pt-BR.review.xlf"
    info.value.save_as(exported)
    args = ["review", "apply", str(exported), "--db", str(db(tmp_path)),
            "--format", "json,review"]  # fmt: skip
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    page.reload()
    page.wait_for_selector("#rows .row")
    assert status(page, "b4.s0") == "confirmed earlier"
    assert target_text(page, "b4.s0") == RUSSIA
    assert "8 of 8 sentences left to review" in counts(page)["left"]
    assert page.locator('[id="row-b4.s0"] button.revert').is_disabled()


HOSTILE = """Talks <script>window.__pwned = 1</script> resume

A picture <img src=x onerror="window.__pwned = 2"> and <svg onload="window.__pwned = 3"></svg> \
here, a <a href="javascript:window.__pwned = 4">link</a> there, \
<iframe srcdoc="<script>parent.__pwned = 5</script>"></iframe> and a \
</script><script>window.__pwned = 6</script> break-out.

Data ]]> <!-- comment --> <style>body{display:none}</style> \u2028 and &lt;script&gt; \
"><script>window.__pwned=7</script> <base href="https://example.invalid/"> end.
"""


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["csp", "escaping-alone"])
def test_a_hostile_article_runs_nothing(
    open_context: Context, make_editions: Callable[..., Path], bypass_csp: bool
) -> None:
    """Nothing from the article runs or loads, with the CSP and (escaping alone) without."""
    out = make_editions("pt-BR", HOSTILE, "hostile.txt", engine="fake")
    context, requests = open_context(bypass_csp=bypass_csp)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((out / "hostile.pt-BR.review.html").as_uri())
    page.wait_for_selector("#rows .row")
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("typeof parent.__pwned") == "undefined"
    assert dialogs == []
    assert requests.blocked == [] and len(requests.seen) == 1
    for tag in ("img", "svg", "iframe", "a", "base", "style:not(:first-of-type)"):
        assert page.locator(f"body {tag}").count() == 0, tag
    assert page.locator("script").count() == 2  # the data block and the page's own script
    sources = " ".join(page.locator(".src .text").all_text_contents())
    for shown in (
        "<script>window.__pwned = 1</script>",
        'onerror="window.__pwned = 2"',
        "javascript:window.__pwned = 4",
        "</script><script>window.__pwned = 6",
    ):
        assert shown in sources  # fmt: skip
    assert page.is_visible("#rows")
    # editing hostile text and exporting it stays text too
    first = row_ids(page)[0]
    page.locator(f'[id="row-{first}"] button.edit').click()
    page.locator(f'[id="row-{first}"] textarea').fill('<img src=x onerror="window.__pwned=8">')
    page.keyboard.press("Enter")
    page.wait_for_timeout(100)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    with page.expect_download() as info:
        page.click("#export")
    text = Path(info.value.path()).read_text(encoding="utf-8")
    assert '&lt;img src=x onerror="window.__pwned=8"&gt;' in text


def test_the_csp_blocks_injected_script(
    open_context: Context, make_editions: Callable[..., Path], tmp_path: Path
) -> None:
    """The policy is in force: a script added to the file is refused, the page's own runs."""
    out = make_editions("pt-BR")
    html = (out / "talks.pt-BR.review.html").read_text(encoding="utf-8")
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert meta is not None
    policy = meta.group(1)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    tampered = tmp_path / "tampered.html"
    injected = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">'
    tampered.write_text(html.replace("</body>", injected + "</body>"), encoding="utf-8")
    context, _ = open_context()
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security" in m.text else 0)
    page.goto(tampered.as_uri())
    page.wait_for_selector("#rows .row")
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert violations, "the browser reported no CSP violation"


def rtl_geometry(page: Any, seg_id: str) -> dict[str, float]:
    return dict(
        page.evaluate(
            """id => {
              const p = document.querySelector(`[id="row-${id}"] .tgt .text`);
              const range = document.createRange();
              range.selectNodeContents(p);
              const rects = Array.from(range.getClientRects());
              const box = p.getBoundingClientRect();
              const right = Math.max(...rects.map(r => r.right));
              const left = Math.min(...rects.map(r => r.left));
              return {right_gap: box.right - right, left_gap: left - box.left,
                      direction: getComputedStyle(p).direction};
            }""",
            seg_id,
        )
    )


def test_arabic_targets_are_laid_out_right_to_left(
    open_context: Context, make_editions: Callable[..., Path], artifacts: Callable[..., Path]
) -> None:
    out = make_editions("ar")
    context, _ = open_context(viewport={"width": 1280, "height": 900})
    page = open_page(context, out / "talks.ar.review.html")
    target = page.locator('[id="row-b3.s1"] .tgt .text')
    assert (target.get_attribute("dir"), target.get_attribute("lang")) == ("rtl", "ar")
    geometry = rtl_geometry(page, "b3.s1")
    assert geometry["direction"] == "rtl"
    assert geometry["right_gap"] < 2 < geometry["left_gap"]  # the short line hugs the right
    source = page.locator('[id="row-b3.s1"] .src .text')
    assert source.evaluate("p => getComputedStyle(p).direction") == "ltr"
    page.locator('[id="row-b3.s1"] button.edit').click()
    area = page.locator('[id="row-b3.s1"] textarea')
    assert area.evaluate("a => [a.dir, a.lang, getComputedStyle(a).direction]") == [
        "rtl",
        "ar",
        "rtl",
    ]
    page.keyboard.press("Escape")
    assert page.errors == []  # type: ignore[attr-defined]
    shot = artifacts("review-ar.png", page.screenshot(full_page=True))
    assert shot.stat().st_size > 20_000


def test_portuguese_page_screenshot(
    open_context: Context, make_editions: Callable[..., Path], artifacts: Callable[..., Path]
) -> None:
    out = make_editions("pt-BR")
    context, _ = open_context(viewport={"width": 1280, "height": 900})
    page = open_page(context, out / "talks.pt-BR.review.html")
    page.locator('[id="row-b1.s1"] button.edit').click()  # show the editor in the picture
    page.locator('[id="row-b1.s1"] textarea').fill(MILLIONS)
    page.locator(".legend summary").click()  # and what the highlights mean
    page.locator('[id="row-b4.s0"] .accept').focus()
    assert page.errors == []  # type: ignore[attr-defined]
    shot = artifacts("review-pt-BR.png", page.screenshot(full_page=True))
    assert shot.stat().st_size > 20_000


@pytest.mark.parametrize("width", [640, 320], ids=["200%", "400%"])
def test_page_reflows_when_zoomed(
    open_context: Context, make_editions: Callable[..., Path], width: int
) -> None:
    """At 200% (640 CSS px of a 1280 px window) and 400% zoom the page needs no sideways
    scrolling and source and target stack."""
    out = make_editions("pt-BR")
    context, _ = open_context(viewport={"width": width, "height": 800})
    page = open_page(context, out / "talks.pt-BR.review.html")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    src = page.locator('[id="row-b1.s1"] .src').bounding_box()
    tgt = page.locator('[id="row-b1.s1"] .tgt').bounding_box()
    assert src is not None and tgt is not None
    assert tgt["y"] >= src["y"] + src["height"] - 1
    size = "parseFloat(getComputedStyle(document.querySelector('.text')).fontSize)"
    assert page.evaluate(size) >= 16


AXE = Path(__file__).parent / "vendor" / "axe.min.js"


def test_accessibility_axe(open_context: Context, make_editions: Callable[..., Path]) -> None:
    """axe-core (vendored, run only here: CSP bypassed to inject it) finds no WCAG 2.1 A/AA
    violation, with the editor open."""
    out = make_editions("pt-BR")
    context, _ = open_context(bypass_csp=True)
    page = open_page(context, out / "talks.pt-BR.review.html")
    page.locator('[id="row-b1.s1"] button.edit').click()
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"""
    )
    problems = [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
    ]
    assert problems == []
    assert len(result["passes"]) > 10


def test_a_server_can_take_the_export_directly(
    open_context: Context, make_editions: Callable[..., Path], tmp_path: Path
) -> None:
    """Served over HTTP with ``submit_url``, the page POSTs the same XLIFF to its own server,
    which applies it with the library call behind ``translate review apply``."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from translate.review import apply_review, load_edition
    from translate.store import Store
    from translate.write.review_page import render_page

    out = make_editions("pt-BR")
    page_html = render_page(load_edition(out / "talks.pt-BR.json"), submit_url="/apply")
    received: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def reply(self, code: int, kind: str, body: str) -> None:
            data = body.encode("utf-8")
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self.reply(200, "text/html; charset=utf-8", page_html)

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
            received.append(self.headers["Content-Type"])
            upload = out / "upload.xlf"
            upload.write_text(body, encoding="utf-8")
            store = Store(db(tmp_path))
            try:
                result = apply_review(upload, store, formats=["json"])
            finally:
                store.close()
            self.reply(200, "text/plain", f"{len(result.confirmed)} confirmed")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        context, requests = open_context()
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
        page.wait_for_selector("#rows .row")
        page.locator('[id="row-b4.s0"] button.edit').click()
        page.locator('[id="row-b4.s0"] textarea').fill(RUSSIA)
        page.keyboard.press("Enter")
        page.click("#submit")
        page.locator("[role=status]", has_text="Sent:").wait_for()  # no eval: the CSP forbids it
        assert page.locator("[role=status]").text_content() == "Sent: 1 confirmed"
    finally:
        server.shutdown()
        thread.join()
        server.server_close()
    assert received == ["application/xliff+xml"]
    assert edition_segments(out / "talks.pt-BR.json")["b4.s0"]["target"] == RUSSIA
    assert requests.blocked == []


def test_a_sentence_without_translation_gets_one(
    open_context: Context, make_editions: Callable[..., Path], runner: CliRunner, tmp_path: Path
) -> None:
    """A sentence the edition has no target for (XLIFF state initial, no <target>) is written
    on the page; the export adds the <target> and apply confirms it."""
    out = make_editions("pt-BR")
    edition = out / "talks.pt-BR.json"
    data = json.loads(edition.read_text(encoding="utf-8"))
    data["blocks"][2]["segments"][0]["target"] = ""
    edition.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(cli, ["review", "page", str(edition)])
    assert result.exit_code == 0, result.stderr
    context, _ = open_context()
    page = open_page(context, out / "talks.pt-BR.review.html")
    assert target_text(page, "b2.s0") == "(no translation)"
    page.locator('[id="row-b2.s0"] button.edit').click()
    area = page.locator('[id="row-b2.s0"] textarea')
    area.fill("")
    area.press("Enter")  # an empty translation is refused, the editor stays open
    assert "cannot be confirmed" in str(page.locator("[role=status]").text_content())
    area.fill("O que foi dito\n")
    area.press("Enter")
    assert target_text(page, "b2.s0") == "O que foi dito"
    with page.expect_download() as info:
        page.click("#export")
    exported = out / "talks.pt-BR.review.xlf"
    info.value.save_as(exported)
    text = exported.read_text(encoding="utf-8")
    assert re.search(r'<segment id="b2.s0" state="reviewed"[^>]*>\s*<source>What was said'
                     r"</source>\s*<target>O que foi dito</target>", text)  # fmt: skip
    result = runner.invoke(cli, ["review", "apply", str(exported), "--db", str(db(tmp_path))])
    assert result.exit_code == 0, result.stderr
    assert "1 of 9 sentences confirmed" in result.stdout
    assert edition_segments(edition)["b2.s0"]["target"] == "O que foi dito"
