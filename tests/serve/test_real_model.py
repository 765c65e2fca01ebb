"""The service with the embedded English<->Portuguese model, for real."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from libretranslatepy import LibreTranslateAPI
from serve.serve_helpers import Server, run_async, running

from translate.options import RunOptions
from translate.serve import ServeConfig

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("real")
    config = ServeConfig(keyless=True, out_dir=tmp / "files",
                         options=RunOptions(db_path=tmp / "serve.db"))
    with running(config) as server:
        yield server


def test_client_against_the_embedded_model(real: Server) -> None:
    lt = LibreTranslateAPI(real.url)
    assert "bom dia" in lt.translate("Good morning.", "en", "pt").lower()
    langs = {entry["code"]: entry["targets"] for entry in lt.languages()}
    assert "pt" in langs["en"] and "en" in langs["pt"]
    found = lt.detect("O governo anunciou hoje novas medidas para apoiar a economia do país.")
    assert found[0]["language"] == "pt" and found[0]["confidence"] > 50


def test_auto_source_portuguese_to_english(real: Server) -> None:
    with real.client() as c:
        r = c.post("/translate", json={
            "q": "O governo anunciou hoje novas medidas para apoiar a economia do país.",
            "source": "auto", "target": "en"})  # fmt: skip
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["detectedLanguage"]["language"] == "pt"
    assert "government" in body["translatedText"].lower()


def test_html_with_the_real_model(real: Server) -> None:
    with real.client() as c:
        r = c.post("/translate", json={
            "q": '<p>The <a href="https://example.org/">government</a> met today.</p>',
            "source": "en", "target": "pt", "format": "html"})  # fmt: skip
    assert r.status_code == 200, r.text
    out = r.json()["translatedText"]
    assert out.startswith("<p>") and 'href="https://example.org/"' in out
    assert "governo" in out.lower()


def test_concurrent_requests(real: Server) -> None:
    sentences = [f"The minister answered {n} questions from reporters." for n in range(2, 18)]

    async def go() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=real.url, timeout=120) as client:
            return await asyncio.gather(*(
                client.post("/translate", json={"q": s, "source": "en", "target": "pt"})
                for s in sentences
            ))  # fmt: skip

    answers = run_async(go)
    assert all(r.status_code == 200 for r in answers)
    texts = [r.json()["translatedText"] for r in answers]
    for n, text in zip(range(2, 18), texts, strict=True):
        assert str(n) in text and "ministr" in text.lower()
    with real.client() as c:
        metrics = c.get("/metrics").text
    # the embedded engine is not micro-batched (no gain: one native call per sentence)
    assert "translate_engine_batches_total 0.0" in metrics
