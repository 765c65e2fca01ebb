"""The pipeline's own endpoints, and the same answers as the CLI for the same input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from serve.serve_helpers import KEY, Server, fake_config, running

from translate.cli import cli
from translate.options import RunOptions

ARTICLE = """Talks resume in Tbilisi

Armenian and Azerbaijani diplomats met in Tbilisi again. The talks lasted six hours.

Officials in Baku said the next round would follow on 3 March 2025. Mr. Aliyev did not attend.

The delegation of 1,250 people left Geneva. Ilham Alyev praised the talks.

Leave a Reply

Your email address will not be published. Required fields are marked *
"""


@pytest.fixture(scope="module")
def nocache(fake_engines: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Cache and memory off, so that the CLI and the server each run the engine."""
    tmp = tmp_path_factory.mktemp("nocache")
    options = RunOptions(engine="fake", use_cache=False, use_tm=False)
    with running(fake_config(tmp, options=options)) as srv:
        yield srv


def cli_json(tmp_path: Path, *args: str) -> dict[str, dict[str, Any]]:
    """``translate run talks.txt ... --format json``: the editions by locale."""
    src = tmp_path / "talks.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(src), "--engine", "fake", "--no-cache",
                                      "--format", "json", "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    return {p.name.split(".")[1]: json.loads(p.read_text(encoding="utf-8"))
            for p in out.glob("talks.*.json")}


def comparable(edition: dict[str, Any]) -> dict[str, Any]:
    """An edition without what differs between two runs: time, timings, where it came from."""
    edition = json.loads(json.dumps(edition))
    edition.pop("created")
    edition.pop("outputs", None)
    edition["stats"].pop("timings")
    edition["article"].pop("source")
    return edition


def test_editions_are_the_cli_editions(nocache: Server, tmp_path: Path) -> None:
    expected = cli_json(tmp_path, "--to", "pt-BR,de")
    with nocache.client() as c:
        r = c.post("/v1/editions", json={"text": ARTICLE, "id": "talks", "targets": "pt-BR,de",
                                         "formats": ["json", "md", "xliff"], "api_key": KEY})
    assert r.status_code == 200, r.text
    body = r.json()
    got = {e["locale"]: e for e in body["editions"]}
    assert set(got) == set(expected) == {"pt-BR", "de"}
    for locale in got:
        assert comparable(got[locale]) == comparable(expected[locale])
    # glossary and QA findings and the MT label are in the answer
    pt = got["pt-BR"]
    assert pt["label"].startswith("Tradução automática")
    assert pt["reports"]["glossary"]["items"]
    assert any(f["check"] == "glossary" for f in pt["findings"])
    assert set(pt["outputs"]) == {"md", "xliff"}
    assert "Tradução automática" in pt["outputs"]["md"]
    assert pt["outputs"]["xliff"].startswith("<?xml")
    assert [d["rule"] for d in body["article"]["dropped"]]  # comment form dropped, as the CLI


def test_translate_is_the_cli_text(nocache: Server, tmp_path: Path) -> None:
    """/translate keeps every paragraph (no boilerplate removal): as run --keep-boilerplate."""
    expected = cli_json(tmp_path, "--to", "pt", "--keep-boilerplate")["pt"]
    with nocache.client() as c:
        r = c.post("/translate", json={"q": ARTICLE, "source": "auto", "target": "pt",
                                       "api_key": KEY})
    assert r.status_code == 200, r.text
    assert r.json()["translatedText"] == "\n\n".join(b["target"] for b in expected["blocks"]) + "\n"
    assert r.json()["detectedLanguage"]["language"] == "en"


def test_check_is_the_cli_check(nocache: Server, tmp_path: Path) -> None:
    src = tmp_path / "talks.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(src), "--json"])
    assert result.exit_code == 0, result.output
    expected = json.loads(result.stdout)["mentions"]
    with nocache.client() as c:
        r = c.post("/v1/check", json={"text": ARTICLE, "api_key": KEY})
    assert r.status_code == 200, r.text
    assert r.json()["mentions"] == expected
    assert any(m["match"] not in ("exact", "alias") for m in expected)  # Alyev is flagged


@pytest.mark.parametrize(("payload", "needle"), [
    ({"targets": "pt"}, "missing text"),
    ({"text": "  ", "targets": "pt"}, "empty text"),
    ({"text": "Hello there, friends.", "targets": ""}, "missing targets"),
    ({"text": "Hello there, friends.", "targets": "xx-YY"}, "unknown locale"),
    ({"text": "Hello there, friends.", "targets": "pt", "formats": ["exe"]}, "format"),
    ({"text": "Hello there, friends.", "targets": "pt", "format": "docx"}, "docx format"),
    ({"text": "Hello there, friends.", "targets": "pt", "keep_boilerplate": "yes"},
     "keep_boilerplate"),
    ({"text": "The government said the talks would resume next week.", "targets": "ru"},
     "no engine translates"),
    ({"text": "Zzxq", "targets": "pt"}, "pass source"),
    ({"text": "x" * 200_001, "targets": "pt"}, "exceeds text limit (200000)"),
])  # fmt: skip
def test_editions_refusals(server: Server, payload: dict[str, Any], needle: str) -> None:
    with server.client() as c:
        r = c.post("/v1/editions", json={**payload, "api_key": KEY})
        assert r.status_code == 400, r.text
        assert needle in r.json()["error"]
        assert c.post("/v1/editions", json={"text": "The talks resumed after a pause.",
                                             "targets": "pt", "api_key": KEY}).status_code == 200


def test_editions_html_input(server: Server) -> None:
    page = ("<html><head><title>Talks resume</title></head><body><nav>Home | World</nav>"
            "<article><p>The delegations met again and the talks lasted six hours.</p>"
            "</article></body></html>")
    with server.client() as c:
        r = c.post("/v1/editions", json={"html": page, "targets": ["pt-BR"], "api_key": KEY})
    assert r.status_code == 200, r.text
    blocks = r.json()["editions"][0]["blocks"]
    assert any("[pt] The delegations met again" in b["target"] for b in blocks)
    assert not any("Home" in b["source"] for b in blocks)


def test_editions_page_url_makes_relative_links_absolute(server: Server) -> None:
    page = ("<html><head><title>Talks resume</title></head><body><article><p>The delegations"
            ' met again, <a href="/world/talks">the ministry said</a>, and the talks lasted six'
            " hours.</p></article></body></html>")
    with server.client() as c:
        body = {"html": page, "targets": ["pt-BR"], "api_key": KEY, "formats": ["md"]}
        plain = c.post("/v1/editions", json=body).json()["editions"][0]
        given = c.post("/v1/editions", json={**body, "page_url": "https://ex.org/a/b.html"})
        bad = c.post("/v1/editions", json={**body, "page_url": "ex.org/a"})
    assert given.status_code == 200, given.text
    assert "](https://ex.org/world/talks)" in given.json()["editions"][0]["outputs"]["md"]
    assert "](/world/talks)" in plain["outputs"]["md"]
    assert [f["check"] for f in plain["findings"]].count("links") == 1
    assert bad.status_code == 400 and "page_url" in bad.json()["error"]


def test_healthz_metrics_openapi(server: Server) -> None:
    with server.client() as c:
        c.post("/translate", json={"q": "The talks resumed after a pause.", "source": "en",
                                   "target": "pt", "api_key": KEY})
        c.post("/translate", json={"q": "The talks resumed after a pause.", "source": "en",
                                   "target": "pt", "api_key": KEY})
        health = c.get("/healthz")
        metrics = c.get("/metrics")
        spec = c.get("/openapi.json")
        lt_spec = c.get("/spec")
    assert health.json()["status"] == "ok"
    assert metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'translate_http_requests_total{endpoint="/translate",status="200"}' in text
    assert "translate_http_request_duration_seconds_bucket" in text
    assert "translate_sentences_total" in text
    cache_hits = [line for line in text.splitlines()
                  if line.startswith("translate_cache_hits_total ")]
    assert cache_hits and float(cache_hits[0].split()[1]) >= 1  # the second call hit the cache
    assert spec.json()["openapi"].startswith("3.")
    assert {"/translate", "/detect", "/languages", "/translate_file", "/frontend/settings",
            "/v1/editions", "/v1/check", "/healthz", "/metrics"} <= set(spec.json()["paths"])
    assert lt_spec.json() == spec.json()


def test_metrics_never_label_raw_paths(server: Server) -> None:
    with server.client() as c:
        for i in range(5):
            c.get(f"/random-{i}")
        text = c.get("/metrics").text
    assert "random-" not in text
    assert 'endpoint="other",status="404"' in text
