"""The review page never loses a translator's work without saying so (review40): text typed in
an open editor survives a reload or a closed tab (kept as a draft) and the page warns before
unloading it; two tabs of the same edition keep each other's work; a browser that refuses to
store says "not saved" and warns on unload. The page's save state (``#save-state``,
``data-state`` saved / unsaved / failed) is what the tests wait on, never a sleep."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from review_page.test_browser import RUSSIA, open_page, status, target_text

Context = Callable[..., tuple[Any, Any]]
PAGE = "talks.pt-BR.review.html"
ENGINE_RUSSIA_ID = "b4.s0"


def expect(locator: Any) -> Any:
    from playwright.sync_api import expect as _expect

    return _expect(locator)


def dialogs_of(page: Any) -> list[str]:
    """Accept every dialog (a beforeunload one lets the navigation go on) and record its type."""
    seen: list[str] = []

    def handle(dialog: Any) -> None:
        seen.append(dialog.type)
        dialog.accept()

    page.on("dialog", handle)
    return seen


def type_without_saving(page: Any, seg_id: str, text: str) -> None:
    page.locator(f'[id="row-{seg_id}"] button.edit').click()
    page.locator(f'[id="row-{seg_id}"] textarea').fill(text)


def save_state(page: Any) -> Any:
    return page.locator("#save-state")


def test_typed_text_survives_a_reload_and_the_page_warns_first(
    open_context: Context, make_editions: Callable[..., Path]
) -> None:
    out = make_editions("pt-BR")
    context, requests = open_context()
    page = open_page(context, out / PAGE)
    engine_text = target_text(page, ENGINE_RUSSIA_ID)
    type_without_saving(page, ENGINE_RUSSIA_ID, RUSSIA)
    expect(save_state(page)).to_have_attribute("data-state", "unsaved")
    seen = dialogs_of(page)

    page.reload()
    page.wait_for_selector("#rows .row")
    area = page.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] textarea')
    expect(area).to_have_value(RUSSIA)  # the draft is back in its editor, not yet an edit
    assert seen == ["beforeunload"]  # and the browser asked before unloading the open editor
    assert status(page, ENGINE_RUSSIA_ID) == "to review"
    assert target_text(page, ENGINE_RUSSIA_ID) == engine_text
    expect(save_state(page)).to_have_attribute("data-state", "unsaved")

    area.press("Enter")
    expect(save_state(page)).to_have_attribute("data-state", "saved")
    assert status(page, ENGINE_RUSSIA_ID) == "edited"
    page.reload()
    page.wait_for_selector("#rows .row")
    assert seen == ["beforeunload"]  # nothing unsaved: no second warning
    assert target_text(page, ENGINE_RUSSIA_ID) == RUSSIA
    assert page.locator("textarea").count() == 0  # the draft went with the save
    assert page.errors == [] and requests.blocked == []  # type: ignore[attr-defined]


def test_a_closed_tab_keeps_the_typed_text(
    open_context: Context, make_editions: Callable[..., Path]
) -> None:
    out = make_editions("pt-BR")
    context, _ = open_context()
    page = open_page(context, out / PAGE)
    type_without_saving(page, ENGINE_RUSSIA_ID, RUSSIA)
    seen = dialogs_of(page)
    page.close(run_before_unload=True)
    page.wait_for_event("close")
    assert seen == ["beforeunload"]

    again = open_page(context, out / PAGE)
    expect(again.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] textarea')).to_have_value(RUSSIA)
    again.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] textarea').press("Escape")  # drop the draft
    expect(save_state(again)).to_have_attribute("data-state", "saved")
    again.reload()
    again.wait_for_selector("#rows .row")
    assert again.locator("textarea").count() == 0


def test_two_tabs_keep_each_others_work(
    open_context: Context, make_editions: Callable[..., Path]
) -> None:
    out = make_editions("pt-BR")
    context, _ = open_context()
    first = open_page(context, out / PAGE)
    second = open_page(context, out / PAGE)  # opened before the first tab's edit

    first.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] button.edit').click()
    first.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] textarea').fill(RUSSIA)
    first.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] textarea').press("Enter")
    expect(save_state(first)).to_have_attribute("data-state", "saved")

    second.locator('[id="row-b0.s0"] button.accept').click()  # a change in the other tab
    expect(second.locator('[id="row-b0.s0"] .status')).to_have_text("reviewed")
    expect(save_state(second)).to_have_attribute("data-state", "saved")
    # what is stored now: both tabs' work (a tab in another renderer process may see the
    # second tab's write a moment late: Chromium's localStorage is eventually consistent across
    # processes, and the page redraws on the storage event)
    third = open_page(context, out / PAGE)
    expect(third.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] .tgt .text')).to_have_text(RUSSIA)
    expect(third.locator('[id="row-b0.s0"] .status')).to_have_text("reviewed")
    # each open tab shows the other's work without a reload (the storage event)
    expect(second.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] .status')).to_have_text("edited")
    expect(first.locator('[id="row-b0.s0"] .status')).to_have_text("reviewed")


def test_a_browser_that_refuses_to_store_is_shown_and_warns(
    open_context: Context, make_editions: Callable[..., Path]
) -> None:
    out = make_editions("pt-BR")
    context, _ = open_context()
    # a full quota (or a policy) makes every write throw, as browsers do
    context.add_init_script(
        "Storage.prototype.setItem = function () {"
        " throw new DOMException('quota', 'QuotaExceededError'); };"
    )
    page = open_page(context, out / PAGE)
    page.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] button.edit').click()
    page.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] textarea').fill(RUSSIA)
    page.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] textarea').press("Enter")
    expect(save_state(page)).to_have_attribute("data-state", "failed")
    expect(page.locator(".warn[role=alert]")).to_be_visible()
    assert status(page, ENGINE_RUSSIA_ID) == "edited"  # still in the page, and exportable
    seen = dialogs_of(page)
    page.reload()
    page.wait_for_selector("#rows .row")
    assert seen == ["beforeunload"]  # the edit was never stored: the browser asked first


def test_a_send_still_in_flight_is_shown_and_warns_on_unload(
    open_context: Context, make_editions: Callable[..., Path]
) -> None:
    """A slowed server: while the POST is in flight the page says it is sending, and leaving
    the page asks first (the request would be cancelled); the work stays in the browser."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from translate.review import load_edition
    from translate.write.review_page import render_page

    out = make_editions("pt-BR")
    page_html = render_page(load_edition(out / "talks.pt-BR.json"), submit_url="/apply")
    release = threading.Event()
    posted = threading.Event()

    class Slow(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            data = page_html.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            posted.set()
            release.wait(30)  # the test holds the answer back
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        context, _ = open_context()
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
        page.wait_for_selector("#rows .row")
        page.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] button.edit').click()
        page.locator(f'[id="row-{ENGINE_RUSSIA_ID}"] textarea').fill(RUSSIA)
        page.keyboard.press("Enter")
        expect(save_state(page)).to_have_attribute("data-state", "saved")
        page.click("#submit")
        assert posted.wait(30)
        expect(save_state(page)).to_have_attribute("data-state", "sending")
        seen = dialogs_of(page)
        page.reload()
        page.wait_for_selector("#rows .row")
        assert seen == ["beforeunload"]
        assert target_text(page, ENGINE_RUSSIA_ID) == RUSSIA  # kept in the browser all along
        expect(save_state(page)).to_have_attribute("data-state", "saved")
    finally:
        release.set()
        server.shutdown()
        thread.join()
        server.server_close()
