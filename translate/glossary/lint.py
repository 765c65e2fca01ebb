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
        described = _listed([f"{h[0].id} ({h[1]} {h[2]!r})" for h in holders])
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
    owner_ids = {keys: {h[0].id for h in holders} for keys, holders in owners.items()}
    for e in by_id.values():
        for tag, form in e.forms.items():
            holders = owners.get(token_keys(form), [])
            # one issue per form, however many entries hold it (fuzz47: 10,000 of one name),
            # and only the few it names are written out: linear in the holders
            others = [f"the {kind} {text!r} of {other.id!r}"
                      for other, kind, text in holders[:LISTED + 1] if other.id != e.id]
            if others:  # an entry holds a form's keys once at most (keys_seen above)
                count = len(holders) - (e.id in owner_ids[token_keys(form)])
                issues.append(Issue("warning", "form-is-other-entry",
                                    f"form {tag}={form!r} is {_listed(others, count)}",
                                    e.source, e.id))
    return sorted(issues, key=_where_order)


LISTED = 5  # entries named in one issue; the rest counted


def _listed(items: Sequence[str], count: int | None = None) -> str:
    """``items`` joined, the first :data:`LISTED` of them and a count of the rest (of ``count``
    in all, ``len(items)`` by default): an issue is one line whatever the glossary (10,000
    entries of one name were all listed, 220 kB)."""
    shown = ", ".join(items[:LISTED])
    rest = (len(items) if count is None else count) - LISTED
    return shown if rest <= 0 else f"{shown} and {rest:,} more"


def _where_order(issue: Issue) -> tuple[str, int, str, str]:
    """Issues by file, then line as a number (``g.toml:9`` before ``g.toml:10``), then code."""
    path, _, line = issue.where.rpartition(":")
    if path and line.isdigit():
        return path, int(line), issue.code, issue.message
    return issue.where, 0, issue.code, issue.message


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
