"""Prometheus metrics, one registry per app (so several apps in one process never collide).

With ``--workers N`` each process counts its own requests; scrape each, or run one worker per
container as most deployments do.
"""

from __future__ import annotations

import time
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST as CONTENT_TYPE
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from .limits import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CONTENT_TYPE", "Metrics", "MetricsMiddleware"]

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "translate_http_requests", "HTTP requests answered", ["endpoint", "status"], registry=r
        )
        self.latency = Histogram(
            "translate_http_request_duration_seconds", "Time from request to full answer",
            ["endpoint"], buckets=_LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.in_flight = Gauge("translate_http_requests_in_flight", "Requests being answered",
                               registry=r)
        self.sentences = Counter(
            "translate_sentences", "Sentences in answers, by where their text came from"
            " (mt: the engine, cache: the MT cache, tm: translation memory, copy: left as is)",
            ["origin"], registry=r,
        )  # fmt: skip
        self.cache_hits = Counter("translate_cache_hits", "Sentences served from the MT cache",
                                  registry=r)
        self.characters = Counter("translate_characters", "Source characters translated",
                                  registry=r)
        self.engine_batches = Counter(
            "translate_engine_batches", "Engine calls made by the micro-batcher", registry=r
        )
        self.engine_batch_calls = Histogram(
            "translate_engine_batch_requests", "Request engine calls merged into one engine call",
            buckets=(1, 2, 4, 8, 16, 32, 64), registry=r,
        )  # fmt: skip
        self.engine_batch_sentences = Histogram(
            "translate_engine_batch_sentences", "Distinct sentences per engine call",
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512), registry=r,
        )  # fmt: skip

    def observe_batch(self, calls: int, sentences: int) -> None:
        self.engine_batches.inc()
        self.engine_batch_calls.observe(calls)
        self.engine_batch_sentences.observe(sentences)

    def observe_origins(self, origins: dict[str, Any]) -> None:
        for origin, count in origins.items():
            if isinstance(count, int) and count:
                self.sentences.labels(origin).inc(count)
                if origin == "cache":
                    self.cache_hits.inc(count)

    def render(self) -> bytes:
        return generate_latest(self.registry)


class MetricsMiddleware:
    """Counts every answer by route (never by raw path: the label set stays small)."""

    def __init__(self, app: ASGIApp, metrics: Metrics, routes: frozenset[str]) -> None:
        self.app = app
        self.metrics = metrics
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        endpoint = path if path in self.routes else (
            "/download_file" if path.startswith("/download_file/") else "other"
        )
        status = 500
        start = time.perf_counter()

        async def counting(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        self.metrics.in_flight.inc()
        try:
            await self.app(scope, receive, counting)
        finally:
            self.metrics.in_flight.dec()
            self.metrics.latency.labels(endpoint).observe(time.perf_counter() - start)
            self.metrics.requests.labels(endpoint, str(status)).inc()
