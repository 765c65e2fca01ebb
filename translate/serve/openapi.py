"""The OpenAPI 3.1 description of the service.

Served at ``/openapi.json``, and at ``/spec`` where LibreTranslate serves its own.
"""

from __future__ import annotations

from typing import Any

OPENAPI_URL = "/openapi.json"

_ERROR = {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]}
_STR_OR_LIST = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
_DETECTED = {
    "type": "object",
    "properties": {
        "confidence": {"type": "number", "minimum": 0, "maximum": 100},
        "language": {"type": "string", "description": "language code; und when unknown"},
    },
}


_ERROR_REF = {"$ref": "#/components/schemas/Error"}


def _errors(*codes: int) -> dict[str, Any]:
    text = {
        400: "Invalid request (missing or malformed field, unknown language, text limit, "
             "missing API key)",
        403: "Invalid API key",
        408: "The request body did not arrive in time",
        413: "Body larger than the server accepts",
        415: "Unsupported Content-Type",
        429: "Slow down: rate limit of the API key (or client address)",
        500: "Translation error",
        503: ("Server busy (too many requests waiting; see Retry-After), or no answer within"
              " the request timeout"),
    }
    return {
        str(c): {"description": text[c],
                 "content": {"application/json": {"schema": _ERROR_REF}}}
        for c in codes
    }  # fmt: skip


def _body(schema: dict[str, Any], form: bool = True) -> dict[str, Any]:
    content: dict[str, Any] = {"application/json": {"schema": schema}}
    if form:
        content["application/x-www-form-urlencoded"] = {"schema": schema}
    return {"required": True, "content": content}


def _ok(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi(version: str) -> dict[str, Any]:
    translate_req = {
        "type": "object",
        "required": ["q", "source", "target"],
        "properties": {
            "q": _STR_OR_LIST,
            "source": {"type": "string", "description": "language code, or auto"},
            "target": {"type": "string", "description": "language code or locale (pt, pt-BR)"},
            "format": {"type": "string", "enum": ["text", "html"], "default": "text"},
            "api_key": {"type": "string"},
        },
    }
    translate_res = {
        "type": "object",
        "required": ["translatedText"],
        "properties": {
            "translatedText": _STR_OR_LIST,
            "detectedLanguage": {"oneOf": [_DETECTED, {"type": "array", "items": _DETECTED}]},
        },
    }
    article_req = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "html": {"type": "string"},
            "format": {"type": "string", "enum": ["txt", "md", "html"]},
            "source": {"type": "string"},
            "api_key": {"type": "string"},
        },
    }
    editions_req = {
        "type": "object",
        "required": ["targets"],
        "properties": {
            **article_req["properties"],  # type: ignore[dict-item]
            "id": {"type": "string"},
            "targets": _STR_OR_LIST,
            "formats": {"type": "array", "items": {
                "type": "string", "enum": ["json", "md", "html", "xliff", "po"]}},
            "keep_boilerplate": {"type": "boolean", "default": False},
            "page_url": {"type": "string", "format": "uri",
                         "description": "the page's own address: its relative links made absolute"},
        },
    }  # fmt: skip
    paths: dict[str, Any] = {
        "/translate": {"post": {
            "summary": "Translate text (LibreTranslate)",
            "requestBody": _body(translate_req),
            "responses": {"200": _ok(translate_res), **_errors(400, 403, 413, 415, 429, 500, 503)},
        }},
        "/detect": {"post": {
            "summary": "Detect the language of text (LibreTranslate)",
            "requestBody": _body({"type": "object", "required": ["q"], "properties": {
                "q": _STR_OR_LIST, "api_key": {"type": "string"}}}),
            "responses": {"200": _ok({"type": "array", "items": _DETECTED}),
                          **_errors(400, 403, 429)},
        }},
        "/languages": {"get": {
            "summary": "Languages and their targets (LibreTranslate)",
            "responses": {"200": _ok({"type": "array", "items": {"type": "object", "properties": {
                "code": {"type": "string"}, "name": {"type": "string"},
                "targets": {"type": "array", "items": {"type": "string"}}}}})},
        }},
        "/translate_file": {"post": {
            "summary": "Translate a .txt, .md or .html file (LibreTranslate)",
            "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                "type": "object", "required": ["file", "source", "target"], "properties": {
                    "file": {"type": "string", "format": "binary"},
                    "source": {"type": "string"}, "target": {"type": "string"},
                    "api_key": {"type": "string"}}}}}},
            "responses": {"200": _ok({"type": "object", "properties": {
                "translatedFileUrl": {"type": "string"}}}), **_errors(400, 403, 413, 429, 500)},
        }},
        "/download_file/{name}": {"get": {
            "summary": "A translated file, by the name /translate_file gave it",
            "parameters": [{"name": "name", "in": "path", "required": True,
                            "schema": {"type": "string"}}],
            "responses": {"200": {"description": "the file"}, "404": {"description": "no such"}},
        }},
        "/frontend/settings": {"get": {
            "summary": "Settings for LibreTranslate front ends",
            "responses": {"200": _ok({"type": "object"})},
        }},
        "/v1/editions": {"post": {
            "summary": "Localized editions of an article (as translate run makes them)",
            "requestBody": _body(editions_req, form=False),
            "responses": {"200": _ok({"type": "object", "properties": {
                "article": {"type": "object"},
                "editions": {"type": "array", "items": {"type": "object"}}}}),
                **_errors(400, 403, 413, 415, 429, 500, 503)},
        }},
        "/v1/check": {"post": {
            "summary": "Glossary name mentions in an article (as translate check finds them)",
            "requestBody": _body(article_req, form=False),
            "responses": {"200": _ok({"type": "object", "properties": {
                "mentions": {"type": "array", "items": {"type": "object"}}}}),
                **_errors(400, 403, 413, 415, 429, 500)},
        }},
        "/healthz": {"get": {"summary": "Liveness", "responses": {"200": _ok({"type": "object"})}}},
        "/metrics": {"get": {"summary": "Prometheus metrics (text format)",
                             "responses": {"200": {"description": "metrics"}}}},
    }  # fmt: skip
    return {
        "openapi": "3.1.0",
        "info": {"title": "newsroom-translate", "version": version,
                 "description": "LibreTranslate-compatible translation and localized editions."},
        "paths": paths,
        "components": {"schemas": {"Error": _ERROR}},
    }  # fmt: skip
