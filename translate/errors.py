"""User-facing errors and their exit codes: the one place that maps failures to codes.

Library code raises these; only the CLI turns them into a one-line message and an exit code.

=====  ==========================================================
code   meaning
=====  ==========================================================
0      success
1      unexpected internal error (a bug; ``--debug`` shows the traceback)
2      usage error (bad option or argument; click's own code)
3      input unreadable: missing, empty, binary, undecodable, malformed
4      unsupported language pair, unknown engine, model missing
5      invalid data: glossary, locale profile, unknown locale code
6      output not writable
7      review file stale, malformed or hostile
8      network requested but failed (feed URL, package index)
9      editions written (marked or held for review), or withheld, with blocking findings
10     partly done: some targets or inputs failed, the others were written; or a feed
       cut off mid-element: its whole items are published, the rest is lost
11     executor unavailable: the ``ray`` extra is not installed, or the cluster cannot be reached
12     an article over the size limit (``--max-article-chars``, default
       :data:`translate.limits.DEFAULT_ARTICLE_CHAR_LIMIT` characters of text): refused before
       any work on it
=====  ==========================================================

Codes 9 and 10 are outcomes, not exceptions: a run reports them after it wrote what it could
(:data:`EXIT_BLOCKING`, :data:`EXIT_PARTIAL`, :func:`worst_exit_code`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

EXIT_OK = 0
EXIT_BLOCKING = 9
EXIT_PARTIAL = 10
EXIT_INTERRUPTED = 130  # SIGINT (Ctrl-C): 128 + the signal's number, as shells count it
EXIT_TERMINATED = 143  # SIGTERM (kill, systemd, Docker, Kubernetes)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised by the command's handler where the process stands, so that it unwinds
    as Ctrl-C does: temporary files removed, claims released, the store closed."""


def worst_exit_code(codes: Sequence[int]) -> int:
    """The exit code of a batch: an error beats "partly done", which beats "blocking
    findings", which beats success; among errors, the first one met wins.

    >>> worst_exit_code([0, 9, 0]), worst_exit_code([9, 10]), worst_exit_code([0, 3, 4, 9])
    (9, 10, 3)
    """
    errors = [c for c in codes if c not in (EXIT_OK, EXIT_BLOCKING, EXIT_PARTIAL)]
    if errors:
        return errors[0]
    for code in (EXIT_PARTIAL, EXIT_BLOCKING):
        if code in codes:
            return code
    return EXIT_OK


class TranslateError(Exception):
    """Base of every error a user can cause; carries an exit code and an optional hint."""

    exit_code = 1
    code = "E000"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def format_line(self) -> str:
        """One line for the terminal: ``error[E003]: message (hint)``."""
        text = " ".join(self.message.split())
        if self.hint:
            text += f" ({' '.join(self.hint.split())})"
        return f"error[{self.code}]: {text}"


class InternalError(TranslateError):
    """An unexpected exception (a bug), wrapped so it reports like every other error."""

    exit_code = 1
    code = "E001"

    @classmethod
    def wrap(cls, exc: BaseException, *, hint: str | None = None) -> InternalError:
        """``internal error: ValueError: ...`` for any exception."""
        return cls(f"internal error: {type(exc).__name__}: {exc}", hint=hint)


class UsageError(TranslateError):
    """Arguments that contradict each other (click reports the plain bad option itself)."""

    exit_code = 2
    code = "E002"


class InputError(TranslateError):
    """The article or feed cannot be read as text."""

    exit_code = 3
    code = "E003"

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None) -> None:
        super().__init__(f"{path}: {message}" if path else message, hint=hint)
        self.path = path


class EmptyInputError(InputError):
    """The input holds no article text (after boilerplate removal)."""


class NoArticleBodyError(EmptyInputError):
    """An HTML page whose article body cannot be found: what is left is a caption or a teaser,
    and an edition of it would be presented as the article."""

    code = "E016"


class ArticleTooLargeError(InputError):
    """An article whose text is longer than the size limit (:mod:`translate.limits`): refused
    before detection, segmentation or the engine see it."""

    exit_code = 12
    code = "E017"


class UnsupportedPairError(TranslateError):
    """No engine or model serves the requested language pair."""

    exit_code = 4
    code = "E004"

    def __init__(self, source: str, target: str, *, hint: str | None = None) -> None:
        super().__init__(f"no engine translates {source} -> {target}", hint=hint)
        self.source = source
        self.target = target


class EngineError(TranslateError):
    """An engine is unknown, missing or failed to load its model."""

    exit_code = 4
    code = "E014"


class DataError(TranslateError):
    """Shipped or user data (glossary, locale profile, rules) is invalid."""

    exit_code = 5
    code = "E005"

    def __init__(
        self, message: str, *, path: str | None = None, line: int | None = None,
        hint: str | None = None,
    ) -> None:
        where = path or ""
        if path and line:
            where = f"{path}:{line}"
        super().__init__(f"{where}: {message}" if where else message, hint=hint)
        self.path = path
        self.line = line


class UnknownLocaleError(DataError):
    """A locale tag that is malformed or has no profile; suggests the closest ones."""

    code = "E015"

    def __init__(self, tag: str, suggestions: Sequence[str] = ()) -> None:
        hint = f"did you mean {', '.join(suggestions)}?" if suggestions else None
        super().__init__(f"unknown locale {tag!r}", hint=hint)
        self.tag = tag
        self.suggestions = list(suggestions)


class OutputError(TranslateError):
    """An output file or folder cannot be written."""

    exit_code = 6
    code = "E006"


class ReviewFileError(TranslateError):
    """A reviewed XLIFF/PO file is stale, malformed or hostile."""

    exit_code = 7
    code = "E007"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        where = f"{path}:{line}" if path and line else (path or "")
        super().__init__(f"{where}: {message}" if where else message, hint=hint)
        self.path = path
        self.line = line


class NetworkError(TranslateError):
    """A network operation the user asked for (feed URL, package index) failed."""

    exit_code = 8
    code = "E008"


class ExecutorError(TranslateError):
    """The requested executor cannot run: Ray is not installed or its cluster is unreachable."""

    exit_code = 11
    code = "E009"


@dataclass(frozen=True)
class ErrorInfo:
    """An error as data: its code, exit code and one-line text; what a report keeps of an
    exception, and what the feed state stores for a failed item (as JSON)."""

    code: str
    exit_code: int
    line: str  # ``error[E003]: ...``, as :meth:`TranslateError.format_line` writes it

    @classmethod
    def of(cls, exc: TranslateError) -> ErrorInfo:
        return cls(exc.code, exc.exit_code, exc.format_line())

    def to_json(self) -> str:
        return json.dumps({"code": self.code, "exit_code": self.exit_code, "line": self.line},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ErrorInfo:
        """Read back :meth:`to_json`; text stored by older versions (a bare line) is kept as
        the line of an internal error."""
        try:
            data: Any = json.loads(text)
            return cls(str(data["code"]), int(data["exit_code"]), str(data["line"]))
        except (ValueError, TypeError, KeyError):
            return cls(InternalError.code, InternalError.exit_code, text)
