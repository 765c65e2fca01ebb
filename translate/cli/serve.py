"""``translate serve``: the LibreTranslate-compatible HTTP service (translate.serve)."""

from __future__ import annotations

from pathlib import Path

import click

from ..limits import DEFAULT_ARTICLE_CHAR_LIMIT
from ..options import EngineOptions, RunOptions
from .common import glossary_options, out_folder
from .models import packages_dir_option


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=5000, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes (each loads the models once).")
@click.option("--api-keys", "api_keys", type=click.Path(path_type=Path, dir_okay=False),
              default=None, help="File of API keys: KEY [req_limit=N] [char_limit=N] a line.")
@click.option("--keyless", is_flag=True, help="Serve without API keys (anyone may call).")
@click.option("--char-limit", type=click.IntRange(min=-1), default=5000, show_default=True,
              help="Characters per text (-1: no limit).")
@click.option("--article-char-limit", type=click.IntRange(min=-1),
              default=DEFAULT_ARTICLE_CHAR_LIMIT, show_default=True,
              help="Characters of text per article or file: a page's text, not its markup"
                   " (-1: no limit).")
@click.option("--batch-limit", type=click.IntRange(min=-1), default=1000, show_default=True,
              help="Texts in one q list (-1: no limit).")
@click.option("--req-limit", type=click.IntRange(min=-1), default=600, show_default=True,
              help="Requests per minute per API key or client (-1: no limit).")
@click.option("--max-body", type=click.IntRange(min=1024), default=4 * 1024 * 1024,
              show_default=True, help="Largest request body, in bytes.")
@click.option("--threads", type=click.IntRange(min=1), default=8, show_default=True,
              help="Requests translated at once (others wait).")
@click.option("--queue-limit", type=click.IntRange(min=-1), default=256, show_default=True,
              help="Requests that may wait for a thread; more get 503 with Retry-After"
                   " (-1: no limit).")
@click.option("--batch-window-ms", type=click.FloatRange(min=0), default=5.0, show_default=True,
              help="Micro-batching window for concurrent engine calls (0: off).")
@click.option("--batch-engines", default="argos", show_default=True, metavar="NAMES",
              help="Engines whose calls are micro-batched (comma-separated).")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Allow browser calls from ORIGIN (repeatable; default: CORS off).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), callback=out_folder,
              default=None,
              help="Folder for translated files (default: $TRANSLATE_HOME/serve-files).")
@click.option("--engine", default=None, help="Engine to use instead of the locale profiles'.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the translation cache.")
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=None,
              help="SQLite store for cache and memory (default: $TRANSLATE_HOME/translate.db).")
@packages_dir_option
@glossary_options
def serve(host: str, port: int, workers: int, api_keys: Path | None, keyless: bool,
          char_limit: int, article_char_limit: int, batch_limit: int, req_limit: int,
          max_body: int, threads: int, queue_limit: int, batch_window_ms: float, batch_engines: str,
          cors_origins: tuple[str, ...],
          out_dir: Path | None, engine: str | None, no_cache: bool, db_path: Path | None,
          packages_dir: Path | None, glossary_paths: tuple[Path, ...], no_builtin: bool) -> None:
    """Serve the LibreTranslate API and /v1/editions over HTTP (needs the 'serve' extra).

    API keys are required unless --keyless is given. OpenAPI: /openapi.json.
    """
    from ..serve import ServeConfig
    from ..serve.server import serve as run_server

    if (api_keys is None) == (not keyless):
        raise click.UsageError("give --api-keys FILE, or --keyless to serve without keys")
    if glossary_paths:
        from .common import say_glossary_overrides

        say_glossary_overrides(glossary_paths)
    options = RunOptions(
        engine=engine, use_cache=not no_cache, use_tm=not no_cache, db_path=db_path,
        glossary_paths=list(glossary_paths), builtin_glossary=not no_builtin,
        engine_options=EngineOptions(packages_dir=packages_dir),
        max_article_chars=article_char_limit,
    )  # fmt: skip
    run_server(ServeConfig(
        host=host, port=port, workers=workers, api_keys_file=api_keys, keyless=keyless,
        char_limit=char_limit, article_char_limit=article_char_limit,
        batch_limit=batch_limit, req_limit=req_limit,
        max_body_bytes=max_body, threads=threads, queue_limit=queue_limit,
        batch_window=batch_window_ms / 1000,
        batch_engines=[e.strip() for e in batch_engines.split(",") if e.strip()],
        cors_origins=list(cors_origins), out_dir=out_dir, options=options,
    ))  # fmt: skip


COMMANDS = [serve]
