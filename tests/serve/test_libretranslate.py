"""LibreTranslate's API on a real server, called by the real ``libretranslatepy`` client and by
``httpx`` (JSON and form bodies), with the deterministic fake engine."""

from __future__ import annotations

import json
import urllib.error

import httpx
import pytest
from libretranslatepy import LibreTranslateAPI
from serve.serve_helpers import KEY, Server


@pytest.fixture
def lt(server: Server) -> LibreTranslateAPI:
    return LibreTranslateAPI(server.url, api_key=KEY)


def test_client_translates(lt: LibreTranslateAPI) -> None:
    assert lt.translate("The talks resumed after a pause.", "en", "pt") == (
        "[pt] The talks resumed after a pause."
    )


def test_client_detects(lt: LibreTranslateAPI) -> None:
    text = "The government said on Monday that the talks would resume next week in Geneva."
    found = lt.detect(text)
    assert found[0]["language"] == "en"
    assert 50 <= found[0]["confidence"] <= 100


def test_client_lists_languages(lt: LibreTranslateAPI) -> None:
    langs = {entry["code"]: entry for entry in lt.languages()}
    assert set(langs) == {"en", "pt", "de", "fr"}
    assert langs["en"]["name"] == "English"
    assert sorted(langs["en"]["targets"]) == ["de", "fr", "pt"]
    # no direct de->fr model: served through English
    assert "fr" in langs["de"]["targets"]


def test_client_wrong_key_is_403(server: Server) -> None:
    client = LibreTranslateAPI(server.url, api_key="not-a-key-at-all")
    with pytest.raises(urllib.error.HTTPError) as info:
        client.translate("Hello there.", "en", "pt")
    assert info.value.code == 403
    assert json.loads(info.value.read()) == {"error": "Invalid API key"}


def test_json_list_with_auto_source(server: Server) -> None:
    with server.client() as c:
        r = c.post("/translate", json={
            "q": ["The minister arrived this morning.", "O ministro chegou esta manhã."],
            "source": "auto", "target": "de", "api_key": KEY,
        })  # fmt: skip
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["translatedText"][0] == "[de] The minister arrived this morning."
    assert body["translatedText"][1] == "[de] [en] O ministro chegou esta manhã."  # pt>en>de
    assert [d["language"] for d in body["detectedLanguage"]] == ["en", "pt"]
    assert all(0 < d["confidence"] <= 100 for d in body["detectedLanguage"])


def test_form_body_and_paragraphs_kept(server: Server) -> None:
    q = "First paragraph here. Second sentence.\r\n\r\nAnother paragraph.\r\n"
    with server.client() as c:
        r = c.post("/translate", data={"q": q, "source": "en", "target": "pt", "api_key": KEY})
    assert r.status_code == 200, r.text
    assert r.json() == {
        "translatedText": "[pt] First paragraph here. [pt] Second sentence.\n\n"
                          "[pt] Another paragraph."
    }  # form line endings normalized as LibreTranslate does; "detectedLanguage" only for auto


def test_locale_targets_and_lt_aliases(server: Server) -> None:
    with server.client() as c:
        for target in ("pt-BR", "pb", "pt_PT"):
            r = c.post("/translate", json={"q": "Hello there, friends.", "source": "en",
                                           "target": target, "api_key": KEY})
            assert r.status_code == 200, (target, r.text)
            assert r.json()["translatedText"] == "[pt] Hello there, friends."


def test_html_keeps_markup_and_drops_scripts(server: Server) -> None:
    html = ('<p>The talks <a href="https://example.org/a">resumed today</a>.</p>'
            '<script>alert(1)</script><ul><li>First point.</li></ul>')
    with server.client() as c:
        r = c.post("/translate", json={"q": html, "source": "en", "target": "pt",
                                       "format": "html", "api_key": KEY})
    assert r.status_code == 200, r.text
    out = r.json()["translatedText"]
    assert "<script" not in out and "alert" not in out
    assert 'href="https://example.org/a"' in out
    assert "<li>[pt] First point.</li>" in out
    assert out.startswith("<p>") and "[pt]" in out


def test_nothing_to_translate_comes_back_as_is(server: Server) -> None:
    with server.client() as c:
        r = c.post("/translate", json={"q": ["2024", "!!!", " ", "🙂"], "source": "auto",
                                       "target": "pt", "api_key": KEY})
    assert r.status_code == 200, r.text
    assert r.json()["translatedText"] == ["2024", "!!!", " ", "🙂"]


def test_same_language_is_returned_unchanged(server: Server) -> None:
    with server.client() as c:
        r = c.post("/translate", json={"q": "Bom dia a todos.", "source": "pt", "target": "pt",
                                       "api_key": KEY})
    assert r.status_code == 200, r.text
    assert r.json()["translatedText"] == "Bom dia a todos."


def test_frontend_settings(server: Server) -> None:
    with server.client() as c:
        body = c.get("/frontend/settings").json()
    assert body["charLimit"] == server.config.char_limit
    assert body["apiKeys"] is True and body["keyRequired"] is True
    assert body["language"]["source"]["code"] == "auto"
    assert body["language"]["target"] == {"code": "pt", "name": "Portuguese"}
    assert ".txt" in body["supportedFilesFormat"] and body["filesTranslation"] is True


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("story.txt", "The talks resumed.\n\nThey lasted six hours.\n",
     "[pt] The talks resumed.\n\n[pt] They lasted six hours.\n"),
    ("story.md", "# Talks resume\n\nThe talks resumed after a pause.\n",
     "\\[pt\\] The talks resumed after a pause."),  # Markdown escapes the fake's brackets
    ("story.html", "<html><body><article><h1>Talks</h1><p>The talks resumed after a long pause in"
     " the capital after a long pause.</p></article></body></html>", "[pt] The talks resumed"),
])  # fmt: skip
def test_translate_file_and_download(server: Server, name: str, content: str,
                                     expected: str) -> None:
    with server.client() as c:
        r = c.post("/translate_file", files={"file": (name, content.encode())},
                   data={"source": "en", "target": "pt", "api_key": KEY})
        assert r.status_code == 200, r.text
        url = r.json()["translatedFileUrl"]
        assert url.startswith(server.url + "/download_file/")
        got = c.get(url)
    assert got.status_code == 200
    assert expected in got.text
    assert got.headers["content-disposition"].endswith(f'.pt{name[name.rindex("."):]}"')


def test_translate_file_name_is_never_a_path(server: Server) -> None:
    with server.client() as c:
        r = c.post("/translate_file", files={"file": ("../../../tmp/evil.txt", b"Hello there.")},
                   data={"source": "en", "target": "pt", "api_key": KEY})
        assert r.status_code == 200, r.text
        name = r.json()["translatedFileUrl"].rsplit("/", 1)[1]
    assert name.endswith(".evil.pt.txt") and "/" not in name
    files = list(server.config.resolved_out_dir().iterdir())
    assert name in [f.name for f in files]


def test_translate_file_refusals(server: Server) -> None:
    with server.client() as c:
        bad_type = c.post("/translate_file", files={"file": ("x.exe", b"MZ")},
                          data={"source": "en", "target": "pt", "api_key": KEY})
        binary = c.post("/translate_file", files={"file": ("x.txt", b"\x00\x01\x02binary")},
                        data={"source": "en", "target": "pt", "api_key": KEY})
        empty = c.post("/translate_file", files={"file": ("x.txt", b"")},
                       data={"source": "en", "target": "pt", "api_key": KEY})
        no_file = c.post("/translate_file", data={"source": "en", "target": "pt", "api_key": KEY})
    assert bad_type.status_code == 400 and "format not supported" in bad_type.json()["error"]
    assert binary.status_code == 400 and "binary" in binary.json()["error"]
    assert empty.status_code == 400 and "empty file" in empty.json()["error"]
    assert no_file.status_code == 400 and "file" in no_file.json()["error"]


@pytest.mark.parametrize("name", [
    "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2fserve.db", "serve.db",
    "0123456789abcdef0123456789abcdef.../../x", "/etc/passwd",
])  # fmt: skip
def test_download_never_leaves_the_output_folder(server: Server, name: str) -> None:
    with httpx.Client(base_url=server.url) as c:
        r = c.get("/download_file/" + name)
    assert r.status_code == 404
    assert "root:" not in r.text
