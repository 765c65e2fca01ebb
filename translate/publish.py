"""The publication policy: what happens to an edition that carries blocking findings.

A finding of severity ``error`` is *blocking*: a number, amount, percentage, unit or date that
changed or went missing, a glossary name lost or injected, a sentence left untranslated, text
lost, a URL or handle damaged. The pipeline cannot vouch for such an edition, so it never
publishes it silently. What it does instead is the policy (``--on-findings``):

==========  ===========================================================================
policy      an edition with blocking findings
==========  ===========================================================================
publish     is written like any other (the caller takes responsibility); exit 0
mark        is written, and every reader-facing file says "review required" (Markdown
            front matter, an HTML banner and meta tag, the JSON ``review`` object); exit 9
hold        is not published: its files go to the review queue ``OUT/held/`` (with the
            XLIFF file and the JSON edition that ``translate review apply`` needs), and
            ``review apply`` releases it into ``OUT``; exit 9
fail        is not written at all; exit 9
==========  ===========================================================================

``translate run`` defaults to ``mark`` (an editor at the terminal sees the summary and the exit
code); ``translate feed`` defaults to ``hold`` (nobody watches an unattended feed run, and a
localized feed is public the moment it is written).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .errors import UsageError
from .model import Edition, Finding

Policy = Literal["publish", "mark", "hold", "fail"]


def review_notice(blocking: int) -> str:
    """The words a marked edition says where a reader sees it (the HTML banner; the first line
    of a plain-text file, which has no other place for it)."""
    return (f"Review required: {blocking} blocking finding(s); not for publication until"
            " reviewed.")

POLICIES: tuple[Policy, ...] = ("publish", "mark", "hold", "fail")
HELD_DIR = "held"
# Formats a reader sees; the others are for reviewers and always go where the edition goes.
REVIEW_FORMATS = frozenset({"xliff", "po", "review"})
# What a held edition needs in the review queue so that ``review apply`` can release it.
QUEUE_FORMATS = ("json", "xliff")


def check_policy(policy: str) -> Policy:
    """``policy`` as a :data:`Policy`, or a UsageError naming the choices."""
    if policy not in POLICIES:
        raise UsageError(
            f"unknown --on-findings policy {policy!r}", hint=f"choose from {', '.join(POLICIES)}"
        )
    return policy  # type: ignore[return-value]


def blocking(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that stop publication (severity ``error``)."""
    return [f for f in findings if f.severity == "error"]


@dataclass(frozen=True)
class Verdict:
    """What the policy decided for one edition, as counted in every summary."""

    policy: Policy
    blocking: int
    warnings: int
    action: Literal["published", "marked", "held", "withheld"]

    @property
    def stopped(self) -> bool:
        """Did blocking findings change what was written (anything but plain publication)?"""
        return self.blocking > 0 and self.policy != "publish"

    def to_dict(self) -> dict[str, object]:
        return {
            "policy": self.policy,
            "blocking": self.blocking,
            "warnings": self.warnings,
            "action": self.action,
        }


def verdict(edition: Edition, policy: Policy) -> Verdict:
    """The policy's decision for ``edition``."""
    n_blocking = len(blocking(edition.findings))
    warnings = sum(1 for f in edition.findings if f.severity == "warning")
    return decide(policy, n_blocking, warnings)


def decide(policy: Policy, n_blocking: int, warnings: int) -> Verdict:
    """The policy's decision for an edition (or a feed item's editions) with these counts."""
    if not n_blocking or policy == "publish":
        action: Literal["published", "marked", "held", "withheld"] = "published"
    else:
        action = {"mark": "marked", "hold": "held", "fail": "withheld"}[policy]  # type: ignore[assignment]
    return Verdict(policy, n_blocking, warnings, action)


def write_with_policy(
    edition: Edition, out_dir: Path, formats: Sequence[str], policy: Policy
) -> tuple[list[Path], Verdict]:
    """Write ``edition`` in ``formats`` as the policy says; return the files and the verdict."""
    from .write import write_edition

    decided = verdict(edition, policy)
    edition.review_required = decided.action == "marked"
    if decided.action == "withheld":
        return [], decided
    if decided.action == "held":
        wanted = list(dict.fromkeys([*formats, *QUEUE_FORMATS]))
        return write_edition(edition, out_dir / HELD_DIR, wanted), decided
    return write_edition(edition, out_dir, formats), decided
