"""``translate serve``: a LibreTranslate-compatible HTTP service over the Python API.

It adds the pipeline's own ``/v1`` endpoints; ASGI on Starlette, run by uvicorn.

Needs the ``serve`` extra (``pip install 'newsroom-translate[serve]'``). Modules: ``app`` (the
endpoints), ``service`` (what they do, as plain Python), ``limits`` (body size and time, rate
limits), ``batching`` (concurrent engine calls merged), ``metrics`` (Prometheus),
``openapi`` (the API description), ``server`` (uvicorn, signals).
"""

from __future__ import annotations

from .config import ApiKeys, KeyLimits, ServeConfig

__all__ = ["ApiKeys", "KeyLimits", "ServeConfig"]
