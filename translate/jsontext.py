"""JSON from outside the program read with one set of refusals.

Its callers: a JSONL record, a JSON Feed, a page's JSON-LD, an edition file, a request body.

``json.loads`` refuses more than malformed text, and not always with ``JSONDecodeError``: a
number of more than 4,300 digits raises a plain ``ValueError`` (Python's limit on integer
conversion), arrays or objects nested some thousand levels deep raise ``RecursionError``, and
bytes that are not UTF-8 (or UTF-16/32, which ``json`` detects) ``UnicodeDecodeError``.
A reader that caught only the first turned the other two into an internal error (the
twenty-fourth pass's fuzzer, ``json-hostile``). :func:`loads` raises :class:`BadJSON` (a
``ValueError``) for all of them, with a one-line reason.
"""

from __future__ import annotations

import json
from typing import Any


class BadJSON(ValueError):
    """Text that is not JSON this program can read; ``str()`` is a one-line reason."""


def loads(text: str | bytes, *, line: int | None = None) -> Any:
    """``json.loads(text)``; :class:`BadJSON` for malformed text, a number too long to convert,
    nesting too deep for the parser and bytes that are not UTF-8.

    ``line``: given for a JSONL record, the line of its file where ``text`` is, so that a malformed
    record's error names the file's line and column, not the record's own: the record's line
    ending is not part of it (the decoder counted it, and put the end of ``{"a":`` on "line 2,
    column 1" of itself)."""
    if line is not None:
        text = text.rstrip("\r\n") if isinstance(text, str) else text.rstrip(b"\r\n")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno + (line or 1) - 1}, column {exc.colno}"
        raise BadJSON(f"not valid JSON ({where}: {exc.msg})") from None
    except RecursionError:
        raise BadJSON("JSON nested too deeply to be read") from None
    except UnicodeDecodeError as exc:  # bytes (a request body): a ValueError, not a number's
        raise BadJSON(f"not valid UTF-8 (byte {exc.start})") from None
    except ValueError as exc:  # an integer of more than sys.get_int_max_str_digits() digits
        reason = str(exc).split(":")[0] or "a value that cannot be read"
        raise BadJSON(f"JSON holds a number too long to read ({reason})") from None


def lone_surrogate(value: Any) -> str | None:
    """The first lone surrogate in a decoded JSON value's strings and keys (JSON's ``\\ud800``
    escapes decode to one; no UTF-8 writer can carry it), as ``\\ud800``; None when there is
    none. Iterative, so any depth ``loads`` accepts is walked."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            texts = [item]
        elif isinstance(item, dict):
            texts = [k for k in item if isinstance(k, str)]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
            continue
        else:
            continue
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                return f"\\u{ord(text[exc.start]):04x}"
    return None
