"""The service's settings (one dataclass, filled by ``translate serve``) and its API keys."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError, InputError
from ..limits import DEFAULT_ARTICLE_CHAR_LIMIT
from ..options import EngineOptions, RunOptions, home_dir
from ..regexcache import compile as re_compile

CONFIG_ENV = "TRANSLATE_SERVE_CONFIG"  # how ``--workers N`` hands the settings to each process


@dataclass(frozen=True)
class KeyLimits:
    """What one API key may do (None: the server's default)."""

    req_limit: int | None = None  # requests per minute
    char_limit: int | None = None  # characters per text


@dataclass
class ServeConfig:
    """Everything ``translate serve`` can set. Limits follow LibreTranslate's meanings:
    ``char_limit`` is per text (each item of a ``q`` list), ``batch_limit`` the items of a list,
    ``req_limit`` requests per minute per API key (per client address when keyless); -1 is
    unlimited. Whole articles and files have their own ``article_char_limit``."""

    host: str = "127.0.0.1"
    port: int = 5000
    workers: int = 1
    api_keys_file: Path | None = None
    keyless: bool = False
    char_limit: int = 5000
    # /v1/editions, /v1/check, /translate_file: the text read (translate.limits, shared with
    # translate run's --max-article-chars)
    article_char_limit: int = DEFAULT_ARTICLE_CHAR_LIMIT
    batch_limit: int = 1000
    req_limit: int = 600
    max_body_bytes: int = 4 * 1024 * 1024
    header_timeout: float = 10.0  # a new connection must send its request head within this
    body_timeout: float = 15.0  # the whole body must arrive within this many seconds
    idle_timeout: float = 5.0  # ... and no pause between two chunks may be longer
    # a body past max_body_bytes is answered 413, then read and dropped before the close (so a
    # client still sending gets the 413, not a reset): at most this many more bytes, this long
    linger_bytes: int = 16 * 1024 * 1024
    linger_timeout: float = 5.0
    request_timeout: float = 120.0  # pipeline time per request
    threads: int = 8  # requests that run the pipeline at once (the rest wait their turn)
    # requests that may wait for a thread; one more is refused at once with a JSON 503 and
    # Retry-After (a LibreTranslate-shaped error), well before uvicorn's plain-text 503 below
    queue_limit: int = 256
    limit_concurrency: int = 512  # open connections before uvicorn answers 503
    batch_window: float = 0.005  # micro-batching window, seconds (0 turns batching off)
    batch_max_sentences: int = 256
    # engines whose throughput grows with the batch (CTranslate2); the embedded engine makes one
    # native call per sentence, so merging would only make requests wait for each other
    batch_engines: list[str] = field(default_factory=lambda: ["argos"])
    cors_origins: list[str] = field(default_factory=list)
    out_dir: Path | None = None  # translated files; default $TRANSLATE_HOME/serve-files
    file_ttl: float = 3600.0  # translated files are deleted after this many seconds
    default_target: str = "pt"
    graceful_timeout: float = 30.0
    options: RunOptions = field(default_factory=RunOptions)

    def resolved_out_dir(self) -> Path:
        return (self.out_dir or home_dir() / "serve-files").resolve()

    def to_json(self) -> str:
        data = dataclasses.asdict(self)
        return json.dumps(data, default=str)

    @classmethod
    def from_json(cls, text: str) -> ServeConfig:
        data: dict[str, Any] = json.loads(text)
        opts = data.pop("options", {}) or {}
        if opts.get("db_path"):
            opts["db_path"] = Path(opts["db_path"])
        opts["glossary_paths"] = [Path(p) for p in opts.get("glossary_paths", [])]
        engine = dict(opts.get("engine_options") or {})
        if engine.get("packages_dir"):
            engine["packages_dir"] = Path(engine["packages_dir"])
        opts["engine_options"] = EngineOptions(**engine)
        for key in ("api_keys_file", "out_dir"):
            if data.get(key):
                data[key] = Path(data[key])
        return cls(**data, options=RunOptions(**opts))

    @classmethod
    def from_env(cls) -> ServeConfig:
        raw = os.environ.get(CONFIG_ENV)
        if not raw:  # never a keyless server by accident
            raise DataError(f"{CONFIG_ENV} is not set",
                            hint="start the service with 'translate serve'")
        return cls.from_json(raw)


_KEY_LINE = re_compile(r"^(?P<key>\S+)(?P<rest>(?:\s+\S+)*)\s*$")


class ApiKeys:
    """API keys read from a file: one key a line, optionally followed by ``req_limit=N`` and
    ``char_limit=N``; blank lines and ``#`` comments are skipped. Keys are kept as SHA-256
    digests and compared in constant time."""

    def __init__(self, keys: dict[str, KeyLimits]) -> None:
        self._keys = {self._digest(k): v for k, v in keys.items()}

    @staticmethod
    def _digest(key: str) -> bytes:
        return hashlib.sha256(key.encode("utf-8")).digest()

    def __len__(self) -> int:
        return len(self._keys)

    def lookup(self, key: str) -> KeyLimits | None:
        digest = self._digest(key)
        for known, limits in self._keys.items():
            if hmac.compare_digest(known, digest):
                return limits
        return None

    @classmethod
    def from_file(cls, path: Path) -> ApiKeys:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:  # missing or unreadable: exit 3, as any input file (fuzz46)
            raise InputError(f"cannot read API keys: {exc.strerror or exc}", path=str(path)) \
                from None
        except UnicodeDecodeError as exc:
            raise DataError(f"cannot read API keys: {exc}", path=str(path)) from None
        keys: dict[str, KeyLimits] = {}
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            match = _KEY_LINE.match(line)
            if match is None:  # pragma: no cover - the pattern matches any non-blank line
                raise DataError("malformed API key line", path=str(path), line=number)
            limits: dict[str, int] = {}
            for item in match.group("rest").split():
                name, _, value = item.partition("=")
                if name not in ("req_limit", "char_limit") or not re.fullmatch(r"-?\d+", value):
                    raise DataError(
                        f"unknown key option {item!r}", path=str(path), line=number,
                        hint="write: KEY [req_limit=N] [char_limit=N]",
                    )
                limits[name] = int(value)
            key = match.group("key")
            if len(key) < 8:
                raise DataError("API key shorter than 8 characters", path=str(path), line=number)
            keys[key] = KeyLimits(limits.get("req_limit"), limits.get("char_limit"))
        if not keys:
            raise DataError("no API keys in the file", path=str(path))
        return cls(keys)
