"""Glossary lint: problems that load fine but make matching ambiguous or wrong.

Each file is parsed on its own, so one broken file is reported (with its line) and the others
are still checked. Checks: duplicate ids, a form shared by two entries (two names, an alias of
two entries, one entry's alias or locale form being another's name or alias, a deprecated form
that another entry accepts), an alias repeating the name or also listed as deprecated, a
territory claimed twice, and aliases that are ordinary English words (they would match text).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import DataError
from .load import builtin_files, glossary_files, read_file
from .model import Entry
from .normalize import token_keys
from .words import english_words

LintSeverity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    severity: LintSeverity
    code: str
    message: str
    where: str  # "path:line"
    entry: str | None = None

    def format(self) -> str:
        return f"{self.where}: {self.severity}[{self.code}]: {self.message}"


def lint_entries(entries: Sequence[Entry]) -> list[Issue]:
    """Issues among ``entries`` (in load order)."""
    issues: list[Issue] = []
    words = english_words()
    by_id: dict[str, Entry] = {}
    for e in entries:
        first = by_id.get(e.id)
        if first is not None:
            issues.append(Issue("error", "duplicate-id",
                                f"id {e.id!r} is already defined at {first.source}",
                                e.source, e.id))
        else:
            by_id[e.id] = e
    owners: dict[tuple[str, ...], list[tuple[Entry, str, str]]] = {}
    territories: dict[str, Entry] = {}
    for e in by_id.values():
        keys_seen: dict[tuple[str, ...], tuple[str, str]] = {}
        for kind, text in e.variants:
            keys = token_keys(text)
            if not keys:
                issues.append(Issue("error", "empty-form", f"{kind} form {text!r} has no letters",
                                    e.source, e.id))
                continue
            if keys in keys_seen:
                previous, previous_text = keys_seen[keys]
                if "deprecated" in (kind, previous) and kind != previous:
                    issues.append(Issue("error", "alias-deprecated",
                                        f"{text!r} is listed as {previous} and {kind}",
                                        e.source, e.id))
                elif text == previous_text:
                    issues.append(Issue("warning", "repeated-form",
                                        f"{text!r} is listed twice", e.source, e.id))
                # Otherwise a spelling with and without diacritics: deliberate, both kept.
                continue
            keys_seen[keys] = (kind, text)
            owners.setdefault(keys, []).append((e, kind, text))
            if kind == "alias" and len(keys) == 1 and keys[0] in words.common \
                    and keys[0] not in words.proper:
                issues.append(Issue("warning", "common-word",
                                    f"alias {text!r} is an ordinary English word (matched only "
                                    "when capitalised)", e.source, e.id))
        if e.territory:
            other = territories.get(e.territory)
            if other is not None:
                issues.append(Issue("warning", "territory-twice",
                                    f"territory {e.territory} is also claimed by {other.id!r}",
                                    e.source, e.id))
            else:
                territories[e.territory] = e
    for holders in owners.values():
        entries_here = list(dict.fromkeys(h[0].id for h in holders))
        if len(entries_here) < 2:
            continue
        described = ", ".join(f"{h[0].id} ({h[1]} {h[2]!r})" for h in holders)
        kinds = {h[1] for h in holders}
        if "deprecated" in kinds and kinds - {"deprecated"}:
            code, severity = "deprecated-elsewhere", "error"
        elif kinds == {"exact"}:
            code, severity = "shared-name", "warning"
        else:
            code, severity = "shared-alias", "warning"
        first = holders[0][0]
        issues.append(Issue(severity, code,  # type: ignore[arg-type]
                            f"{holders[0][2]!r} belongs to several entries: {described}",
                            first.source, first.id))
    for e in by_id.values():
        for tag, form in e.forms.items():
            for other, kind, text in owners.get(token_keys(form), []):
                if other.id != e.id:
                    issues.append(Issue("warning", "form-is-other-entry",
                                        f"form {tag}={form!r} is the {kind} {text!r} of "
                                        f"{other.id!r}", e.source, e.id))
    return sorted(issues, key=lambda i: (i.where, i.code))


def lint_paths(paths: Iterable[str | Path] = (), *, builtin: bool = True) -> list[Issue]:
    """Lint the shipped glossary and/or ``paths`` (files or folders)."""
    files: list[Path] = builtin_files() if builtin else []
    for p in paths:
        try:
            files.extend(glossary_files(Path(p)))
        except DataError as exc:
            return [Issue("error", "unreadable", exc.message, str(p))]
    issues: list[Issue] = []
    entries: list[Entry] = []
    for path in files:
        try:
            entries.extend(read_file(path))
        except DataError as exc:
            where = f"{exc.path}:{exc.line}" if exc.line else (exc.path or str(path))
            message = exc.message
            if message.startswith(where):
                message = message.split(": ", 1)[1]
            issues.append(Issue("error", "invalid", message, where))
    if builtin:
        from .cldr import country_entries

        defined = frozenset(e.territory for e in entries if e.territory)
        entries[:0] = country_entries(skip=defined)
    return issues + lint_entries(entries)
