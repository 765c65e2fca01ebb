"""The ASGI application: LibreTranslate's endpoints and the pipeline's own, on Starlette.

Why Starlette: it is the ASGI toolkit FastAPI itself is built on, with one dependency (AnyIO)
and no validation layer. LibreTranslate's API takes ``q`` as a string or a list, JSON or form
bodies, and answers every error as ``{"error": "..."}``; a schema-validating framework would
answer malformed input with its own 422 shape, which existing clients do not read, so we would
override it everywhere. Everything here is explicit instead: parse, check, run in a worker
thread, answer.

Every request that runs the pipeline does so in a worker thread (a bounded pool), never on the
event loop; concurrent requests' engine calls are merged by :mod:`translate.serve.batching`.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import math
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartParser
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from .. import __version__, jsontext
from ..errors import (
    DataError,
    EngineError,
    InputError,
    OutputError,
    TranslateError,
    UnknownLocaleError,
    UnsupportedPairError,
    UsageError,
)
from ..limits import over_limit
from .config import ApiKeys, KeyLimits, ServeConfig
from .limits import BodyLimits, HttpError, RateLimiter, one_line
from .metrics import CONTENT_TYPE, Metrics, MetricsMiddleware
from .openapi import OPENAPI_URL, openapi
from .service import FILE_FORMATS, Service, guess_dict

log = logging.getLogger("translate.serve")

T = TypeVar("T")
Endpoint = Callable[[Request], Awaitable[Response]]

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _json_type(ctype: str) -> bool:
    """A media type (lower case, no parameters) whose body the API reads as JSON."""
    return ctype == "application/json" or ctype.endswith("+json")


MAX_FIELDS = 64


def _url_fields(raw: bytes, where: str) -> list[tuple[str, str]]:
    """The fields of a query string or an ``application/x-www-form-urlencoded`` body, read as
    UTF-8 strictly (raw bytes and %-escapes alike): a byte sequence that is not UTF-8, or
    that encodes half a character (``%ED%A0%80``), is a 400, as it is in a JSON body.
    (Starlette reads raw bytes as Latin-1, ``café`` arriving as ``cafÃ©``, and replaces a bad
    %-escape with U+FFFD, which the pipeline then drops: ``caf%E9`` was translated as
    ``caf``; fuzz35.)"""
    if not raw:
        return []
    try:
        return parse_qsl(raw.decode("utf-8"), keep_blank_values=True, encoding="utf-8",
                         errors="strict", max_num_fields=MAX_FIELDS)
    except UnicodeDecodeError:
        raise HttpError(400, f"Invalid request: {where} is not UTF-8 (or holds half a"
                             " character)") from None
    except ValueError:  # more fields than max_num_fields
        raise HttpError(400, f"Invalid request: {where} has more than {MAX_FIELDS}"
                             " fields") from None


def _strict_utf8(data: bytes | bytearray, where: str) -> str:
    try:
        return bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        raise HttpError(400, f"Invalid request: {where} is not UTF-8 (or holds half a"
                             " character)") from None


class StrictMultiPartParser(MultiPartParser):
    """Starlette's ``multipart/form-data`` parser, with text fields and field names read as
    UTF-8 strictly, as :func:`_url_fields` reads the other forms: Starlette decodes a part
    that is not valid in the request's charset as Latin-1, without a word (``caf\\xe9``
    arrived as "café", raw UTF-8 under ``charset=iso-8859-1`` as "cafÃ©"; fuzz35 left it).
    Not UTF-8 is a 400 naming the field. A file part's bytes are the file's, read as such."""

    def on_headers_finished(self) -> None:
        super().on_headers_finished()
        from python_multipart.multipart import parse_options_header

        _, options = parse_options_header(self._current_part.content_disposition)
        self._current_part.field_name = _strict_utf8(options[b"name"], "a form field's name")

    def on_part_end(self) -> None:
        part = self._current_part
        if part.file is not None:
            super().on_part_end()
            return
        where = f"the form field {part.field_name!r}"
        self.items.append((part.field_name, _strict_utf8(part.data, where)))


async def _multipart(request: Request) -> FormData:
    """A ``multipart/form-data`` body, parsed by :class:`StrictMultiPartParser` (at most one
    file and :data:`MAX_FIELDS` fields, a text part at most 1 MiB, as ``request.form()``)."""
    stream = request.stream()
    try:
        parser = StrictMultiPartParser(request.headers, stream, max_files=1,
                                       max_fields=MAX_FIELDS)  # fmt: skip
        return await parser.parse()
    finally:
        await stream.aclose()


OTHER_MESSAGE_PAUSE = 0.1  # seconds; see Api.work
CLIENT_GONE = 499  # what proxies (nginx) count a request the client closed as: never a 500


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    extra = dict(headers or {})
    if status in (408, 413):
        extra["Connection"] = "close"  # the rest of the body is not read
    return JSONResponse({"error": one_line(message)}, status_code=status, headers=extra)


def _status_of(exc: TranslateError) -> int:
    if isinstance(exc, (InputError, UnsupportedPairError, UnknownLocaleError, UsageError)):
        return 400
    if isinstance(exc, OutputError) and "format" in exc.message:
        return 400  # an unknown edition format asked for
    if isinstance(exc, (EngineError, DataError, OutputError)):
        return 500
    return 500


def guarded(endpoint: Endpoint) -> Endpoint:
    """Every failure becomes LibreTranslate's ``{"error": ...}``; a bug in one request is a
    500 for that request, logged, and never stops the server."""

    @functools.wraps(endpoint)
    async def run(request: Request) -> Response:
        try:
            return await endpoint(request)
        except HttpError as exc:
            return error_response(exc.status, exc.message, exc.headers)
        except ClientDisconnect:  # the client left mid-body: no bug, nobody to answer
            return error_response(CLIENT_GONE, "Client closed the request")
        except TranslateError as exc:
            text = " ".join(exc.message.split())
            if exc.hint:
                text += f" ({' '.join(exc.hint.split())})"
            return error_response(_status_of(exc), text)
        except Exception as exc:
            log.exception("internal error on %s", request.url.path)
            return error_response(500, f"Internal error: {type(exc).__name__}")

    return run


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


class Api:
    """The endpoints, bound to one service and its limits."""

    def __init__(self, config: ServeConfig, metrics: Metrics) -> None:
        self.config = config
        self.metrics = metrics
        self.service = Service(config, metrics)
        self.keys: ApiKeys | None = None
        if config.api_keys_file is not None:
            self.keys = ApiKeys.from_file(config.api_keys_file)
        elif not config.keyless:
            raise DataError("no API keys", hint="give --api-keys FILE, or --keyless")
        self.limiter = RateLimiter(config.req_limit)
        self.threads = anyio.CapacityLimiter(max(1, config.threads))

    # -- plumbing ----------------------------------------------------------------------------

    async def work(self, fn: Callable[..., T], *args: Any, request: Request | None = None) -> T:
        """``fn(*args)`` in a worker thread, abandoned (503) after the request timeout.

        With ``request`` (whose body has been read), a client that leaves while its request
        waits for a thread is noticed: the work never starts, and the request counts as 499.
        Without this, a burst of clients that gave up (a retry storm) kept every thread
        translating for nobody before the next live request ran. Work that has started runs to
        its end and keeps its thread (it cannot be stopped midway; giving its thread to the
        next request would let clients that leave at once run without bound).

        The watch is a task waiting on the request's ``receive``, which the server answers
        with ``http.disconnect`` when the connection closes: nothing polls, nothing wakes the
        event loop while the pipeline runs. Plain asyncio tasks rather than an anyio task
        group and cancel scopes: the same guard at a third of the event loop's CPU a request.
        """
        seconds = self.config.request_timeout
        busy = self.service.active - max(1, self.config.threads)
        if self.config.queue_limit >= 0 and busy >= self.config.queue_limit:
            raise HttpError(503, f"Server busy: {busy} requests waiting; retry later",
                            {"Retry-After": "1"})
        gone, started = threading.Event(), threading.Event()

        def call() -> T:
            started.set()
            if gone.is_set():  # left between the limiter and the thread: do nothing
                raise ClientDisconnect()
            return fn(*args)

        job = asyncio.ensure_future(anyio.to_thread.run_sync(
            call, limiter=self.threads, abandon_on_cancel=True))
        watcher: asyncio.Future[None] | None = None
        if request is not None:
            receive = request.receive

            async def watch() -> None:
                try:
                    while (await receive())["type"] != "http.disconnect":
                        # the body was read before: uvicorn sends nothing else; a server that
                        # answered at once with something else is asked again, not in a spin
                        await asyncio.sleep(OTHER_MESSAGE_PAUSE)
                except Exception:  # a receive that fails tells nothing: the work goes on
                    return
                gone.set()  # before looking at started: call() sees one or the other
                if not started.is_set():
                    job.cancel()  # still waiting for a thread: it never starts

            watcher = asyncio.ensure_future(watch())
        self.service.active += 1  # on the event loop: no lock needed
        try:
            done, _ = await asyncio.wait((job,), timeout=seconds)
        finally:
            self.service.active -= 1
            if watcher is not None:
                watcher.cancel()
            if not job.done():  # timed out, or this request was cancelled: abandon the thread
                job.cancel()
        if not done:
            raise HttpError(503, f"Timed out: no answer within {seconds:g} s")
        if gone.is_set() or job.cancelled():  # nobody to answer
            raise ClientDisconnect()
        return job.result()

    async def params(self, request: Request) -> dict[str, Any]:
        """The request's fields: a JSON object, or form fields; query parameters underneath."""
        values: dict[str, Any] = dict(_url_fields(request.scope.get("query_string", b""),
                                                  "the query string"))
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if _json_type(ctype):
            body = await request.body()
            try:
                data = jsontext.loads(body)
            except jsontext.BadJSON as exc:  # the reason, as for every other 400: where it
                # broke, nested too deeply, a number too long (never the body's own text)
                raise HttpError(400, f"Invalid JSON format: {exc}") from None
            if not isinstance(data, dict):
                raise HttpError(400, "Invalid JSON format: expected an object")
            bad = jsontext.lone_surrogate(data)
            if bad is not None:  # a JSON escape of half a character: not text, never echoed
                raise HttpError(400, f"Invalid request: the JSON holds a lone surrogate ({bad}),"
                                     " which is not text")
            values.update(data)
        elif ctype == "application/x-www-form-urlencoded":
            values.update(_url_fields(await request.body(), "the form body"))
            q = values.get("q")
            if isinstance(q, str):  # LibreTranslate normalizes form line endings
                values["q"] = "\n".join(q.splitlines())
        elif ctype in FORM_TYPES:
            try:
                form = await _multipart(request)
            except HttpError:
                raise
            except Exception as exc:  # malformed multipart or form encoding
                raise HttpError(400, f"Invalid request: malformed form body ({exc})") from None
            try:
                for key, item in form.multi_items():
                    if isinstance(item, UploadFile):  # read now; the spooled file is closed below
                        values[key] = Upload(item.filename or "", await item.read())
                    else:
                        values[key] = item
            finally:
                await form.close()
            q = values.get("q")
            if isinstance(q, str):  # LibreTranslate normalizes form line endings
                values["q"] = "\n".join(q.splitlines())
        elif ctype or await request.body():
            raise HttpError(
                415,
                f"Invalid request: unsupported Content-Type {ctype or '(none)'};"
                " send application/json or a form",
            )
        return values

    def access(self, request: Request, params: dict[str, Any], cost: int = 1) -> KeyLimits:
        """Check the API key and the rate limit; the key's own limits."""
        limits = KeyLimits()
        client = request.client.host if request.client else "unknown"
        if self.keys is not None:
            key = params.get("api_key") or _bearer(request)
            if not key:
                raise HttpError(400, "Please contact the server operator to get an API key")
            found = self.keys.lookup(str(key)) if isinstance(key, str) else None
            if found is None:
                raise HttpError(403, "Invalid API key")
            limits = found
            client = "key:" + hashlib.sha256(str(key).encode()).hexdigest()[:16]
        wait = self.limiter.take(client, cost, limits.req_limit)
        if wait > 0:
            per_minute = limits.req_limit if limits.req_limit is not None else self.limiter.limit
            raise HttpError(
                429,
                f"Slowdown: too many requests (limit {per_minute} per minute)",
                {"Retry-After": str(max(1, math.ceil(wait)))},
            )
        return limits

    def char_limit(self, limits: KeyLimits) -> int:
        return limits.char_limit if limits.char_limit is not None else self.config.char_limit

    # -- LibreTranslate ----------------------------------------------------------------------

    async def translate(self, request: Request) -> Response:
        params = await self.params(request)
        q = params.get("q")
        texts = _texts(q)
        batch = isinstance(q, list)
        source = _field(params, "source")
        target = _field(params, "target")
        fmt = params.get("format") or "text"
        if not isinstance(fmt, str):
            raise HttpError(400, "Invalid request: format must be text or html")
        limits = self.access(request, params, cost=max(1, len(texts)) if batch else 1)
        if batch and -1 < self.config.batch_limit < len(texts):
            raise HttpError(400, f"Invalid request: request ({len(texts)}) exceeds text limit"
                                 f" ({self.config.batch_limit})")
        char_limit = self.char_limit(limits)
        if char_limit != -1:
            for text in texts:
                if len(text) > char_limit:
                    raise HttpError(400, f"Invalid request: request ({len(text)}) exceeds text"
                                         f" limit ({char_limit})")
        results = await self.work(self.service.translate, texts, source, target, fmt,
                                 request=request)
        answer: dict[str, Any]
        if batch:
            answer = {"translatedText": [r.text for r in results]}
            if source.lower() == "auto":
                answer["detectedLanguage"] = [guess_dict(r.detected) for r in results]
            if any(r.blocking for r in results):  # never a wrong fact without saying so
                answer["review"] = [r.review() for r in results]
        else:
            answer = {"translatedText": results[0].text}
            if source.lower() == "auto":
                answer["detectedLanguage"] = guess_dict(results[0].detected)
            if results[0].blocking:
                answer["review"] = results[0].review()
        return JSONResponse(answer)

    async def detect(self, request: Request) -> Response:
        params = await self.params(request)
        texts = _texts(params.get("q"))
        limits = self.access(request, params)
        char_limit = self.char_limit(limits)
        if char_limit != -1 and any(len(t) > char_limit for t in texts):
            size = max(len(t) for t in texts)
            raise HttpError(400, f"Invalid request: request ({size}) exceeds text limit"
                                 f" ({char_limit})")
        return JSONResponse(await self.work(self.service.detect, texts, request=request))

    async def languages(self, request: Request) -> Response:
        return JSONResponse(await self.work(self.service.languages))

    async def translate_file(self, request: Request) -> Response:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "multipart/form-data":
            if ctype and not (_json_type(ctype) or ctype in FORM_TYPES):  # as on every endpoint
                raise HttpError(415, f"Invalid request: unsupported Content-Type {ctype};"
                                     " send the file as multipart/form-data")
            raise HttpError(400, "Invalid request: send the file as multipart/form-data")
        params = await self.params(request)
        upload = params.get("file")
        if not isinstance(upload, Upload):
            raise HttpError(400, "Invalid request: missing file parameter")
        source = _field(params, "source")
        target = _field(params, "target")
        char_limit = self.config.char_limit
        # LibreTranslate's cost of a file: its size in units of the character limit
        self.access(request, params, cost=max(1, len(upload.data) // max(char_limit, 1)))
        if not upload.filename.lower().endswith((".html", ".htm")):  # a page: its text, once read
            _check_size(len(upload.data.decode("utf-8", "replace")),
                        self.config.article_char_limit)
        name, found = await self.work(
            self.service.translate_file, upload.data, upload.filename, source, target,
            request=request)
        answer: dict[str, Any] = {
            "translatedFileUrl": str(request.url_for("download_file", name=name))
        }
        if source.lower() == "auto":
            answer["detectedLanguage"] = guess_dict(found.detected)
        if found.blocking:
            answer["review"] = found.review()
        return JSONResponse(answer)

    async def download_file(self, request: Request) -> Response:
        name = str(request.path_params.get("name", ""))
        path = self.service.stored_file(name)
        download = name.split(".", 1)[1]
        return FileResponse(path, filename=download)

    async def frontend_settings(self, request: Request) -> Response:
        target = await self.work(self.service.default_target)
        return JSONResponse({
            "charLimit": self.config.char_limit,
            "frontendTimeout": 500,
            "apiKeys": self.keys is not None,
            "keyRequired": self.keys is not None,
            "suggestions": False,
            "filesTranslation": True,
            "supportedFilesFormat": list(FILE_FORMATS),
            "language": {"source": {"code": "auto", "name": "Auto Detect"}, "target": target},
        })  # fmt: skip

    # -- the pipeline's own ------------------------------------------------------------------

    async def editions(self, request: Request) -> Response:
        params = await self.params(request)
        self.access(request, params)
        _check_size(_article_chars(params), self.config.article_char_limit)
        return JSONResponse(await self.work(self.service.editions, params, request=request))

    async def check(self, request: Request) -> Response:
        params = await self.params(request)
        self.access(request, params)
        _check_size(_article_chars(params), self.config.article_char_limit)
        return JSONResponse(await self.work(self.service.check, params, request=request))

    async def healthz(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "version": __version__})

    async def metrics_endpoint(self, request: Request) -> Response:
        return Response(self.metrics.render(), media_type=CONTENT_TYPE)

    async def openapi_endpoint(self, request: Request) -> Response:
        return JSONResponse(openapi(__version__))


def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    return auth[7:].strip() or None if auth.lower().startswith("bearer ") else None


def _field(params: dict[str, Any], name: str) -> str:
    value = params.get(name)
    if not isinstance(value, str) or not value.strip():
        raise HttpError(400, f"Invalid request: missing {name} parameter")
    return value.strip()


def _texts(q: Any) -> list[str]:
    if isinstance(q, str) and q:
        return [q]
    if isinstance(q, list) and q:
        if not all(isinstance(item, str) for item in q):
            raise HttpError(400, "Invalid request: q must be a string or a list of strings")
        return list(q)
    if q is None or q == "" or q == []:
        raise HttpError(400, "Invalid request: missing q parameter")
    raise HttpError(400, "Invalid request: q must be a string or a list of strings")


def _article_chars(params: dict[str, Any]) -> int:
    """The size of a text article, checked before any work; 0 for HTML, whose markup (bounded
    by ``--max-body``) is no measure of the article: the service checks its text once read."""
    fmt = params.get("format")
    if isinstance(params.get("html"), str) or (isinstance(fmt, str) and fmt.lower() == "html"):
        return 0
    text = params.get("text")
    return len(text) if isinstance(text, str) else 0


def _check_size(size: int, limit: int) -> None:
    if over_limit(size, limit):
        raise HttpError(400, f"Invalid request: request ({size}) exceeds text limit ({limit})")


def create_app(config: ServeConfig) -> Starlette:
    """The application for ``config`` (API keys are read now; models at startup)."""
    metrics = Metrics()
    api = Api(config, metrics)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await anyio.to_thread.run_sync(api.service.start)
        log.info("translate serve ready: %d source languages", len(api.service.languages()))
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(api.service.close)

    routes = [
        Route("/translate", guarded(api.translate), methods=["POST"]),
        Route("/detect", guarded(api.detect), methods=["POST"]),
        Route("/languages", guarded(api.languages), methods=["GET", "POST"]),
        Route("/translate_file", guarded(api.translate_file), methods=["POST"]),
        Route("/download_file/{name}", guarded(api.download_file), methods=["GET"],
              name="download_file"),
        Route("/frontend/settings", guarded(api.frontend_settings), methods=["GET"]),
        Route("/v1/editions", guarded(api.editions), methods=["POST"]),
        Route("/v1/check", guarded(api.check), methods=["POST"]),
        Route("/healthz", guarded(api.healthz), methods=["GET"]),
        Route("/health", guarded(api.healthz), methods=["GET"]),  # LibreTranslate's name
        Route("/metrics", guarded(api.metrics_endpoint), methods=["GET"]),
        Route(OPENAPI_URL, guarded(api.openapi_endpoint), methods=["GET"]),
        Route("/spec", guarded(api.openapi_endpoint), methods=["GET"]),  # LibreTranslate's URL
    ]
    paths = frozenset(r.path for r in routes if "{" not in r.path)
    middleware = [
        Middleware(MetricsMiddleware, metrics=metrics, routes=paths),
        Middleware(BodyLimits, max_bytes=config.max_body_bytes,
                   body_timeout=config.body_timeout, idle_timeout=config.idle_timeout,
                   linger_bytes=config.linger_bytes, linger_timeout=config.linger_timeout),
    ]  # fmt: skip
    if config.cors_origins:
        middleware.append(Middleware(
            CORSMiddleware, allow_origins=config.cors_origins, allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "Authorization"],
        ))  # fmt: skip
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)

    async def not_found(request: Request, exc: Exception) -> Response:
        return error_response(404, "Not found")

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return error_response(405, "Method not allowed")

    app.add_exception_handler(404, not_found)
    app.add_exception_handler(405, not_allowed)
    app.state.api = api
    return app


def app_from_env() -> Starlette:
    """The factory ``--workers N`` gives uvicorn (settings in ``TRANSLATE_SERVE_CONFIG``)."""
    from .protocol import guarded

    config = ServeConfig.from_env()
    guarded(config.header_timeout)  # this worker's connections
    return create_app(config)
