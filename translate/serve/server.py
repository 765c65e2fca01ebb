"""Run the app under uvicorn: one process (default) or ``workers`` processes.

SIGTERM (and Ctrl-C) stop accepting connections, let the requests in flight finish (up to
``graceful_timeout`` seconds), then the process exits 0.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
from types import FrameType

from ..errors import OutputError, TranslateError
from .config import CONFIG_ENV, ServeConfig

log = logging.getLogger("translate.serve")


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio then turns Nagle off on each connection (TCP_NODELAY)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise OutputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def _quiet(signum: int, frame: FrameType | None) -> None:
    """What uvicorn re-raises after its graceful shutdown: nothing left to do."""


def _read_startup_files(config: ServeConfig) -> None:
    """Read the files the service loads at startup (the locale profiles, the glossary) before
    listening, so that a missing or invalid one is the command's one line and exit code (3, 5)
    as in ``run``: raised inside uvicorn's startup it was a traceback in the log and uvicorn's
    own exit 3 whatever the error (fuzz46). Cached per process: the startup of a single
    process reuses what was read here."""
    from ..glossary import load_glossary
    from ..locales import load_profiles

    load_profiles()
    load_glossary(config.options.glossary_paths, builtin=config.options.builtin_glossary)


def serve(config: ServeConfig) -> None:
    """Serve until SIGTERM or Ctrl-C; returns after a clean shutdown."""
    try:
        import uvicorn
    except ModuleNotFoundError:
        raise TranslateError(
            "the HTTP service needs the 'serve' extra",
            hint="pip install 'newsroom-translate[serve]'",
        ) from None
    from .app import create_app
    from .protocol import guarded
    from .quiet import QuietServer

    _read_startup_files(config)
    sock = _listen(config.host, config.port)
    common = dict(
        limit_concurrency=config.limit_concurrency,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=int(config.graceful_timeout),
        server_header=False,
        proxy_headers=False,
        access_log=False,
        http=guarded(config.header_timeout),
    )
    previous = {s: signal.signal(s, _quiet) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        if config.workers > 1:  # uvicorn's supervisor; each worker builds the app itself
            sock.close()
            os.environ[CONFIG_ENV] = config.to_json()
            uvicorn.run(
                "translate.serve.app:app_from_env", factory=True, workers=config.workers,
                host=config.host, port=config.port, **common,  # type: ignore[arg-type]
            )
            return
        app = create_app(config)  # reads the API keys: a bad file fails before listening
        # no 0.1 s tick: the event loop sleeps between requests (uvicorn's --workers path
        # builds uvicorn's own server in each process)
        server = QuietServer(uvicorn.Config(app, **common))  # type: ignore[arg-type]
        server.run(sockets=[sock])
        if not server.started:
            raise TranslateError("the server did not start (see the log above)")
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        sock.close()
