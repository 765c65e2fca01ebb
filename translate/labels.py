"""Press-notice labels: "WHO:", "WHAT:", "WHEN:", "WHERE:" alone at a paragraph's start.

A media advisory lists its facts under short labels, each a paragraph of its own before its
value. Sent to the engine alone, such a label is read as a word of a sentence, or as an
acronym: probe49's court reports published "WHO:" as "A OMS:" (the World Health Organization,
which the glossary's "WHO" entry also names) and "WHERE:" as "AQUI:" ("here"). So a label
paragraph in a run of them is recognised by its shape, generally (one to three capitalised
words and a colon, the whole paragraph; at least two such paragraphs, at most
``RUN_GAP`` blocks apart), and when the source language names the label (``[labels] words`` of
``locales/languages/<lang>.toml``) and the edition's locale writes it (``[press_labels]`` of
``locales/<tag>.toml``, by variety), the edition gets the locale's label, never the engine's
reading. A label neither names is left to the engine, as before; a label followed by its value
in the same paragraph ("WHO: the State Attorney") is not read here.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from .errors import DataError
from .langdata import section
from .locales import LocaleProfile
from .model import Block, Segment
from .regexcache import compile as re_compile

# the blocks a label may stand in (a label is no heading of a list item's own kind)
LABEL_KINDS = frozenset({"paragraph", "heading", "term"})
# how far apart two label paragraphs of one run may stand: a label, its value, the next label
# (a value of two paragraphs: three)
RUN_GAP = 3
# one to three capitalised words (letters, an inner "/", "&", "-" or "'") and a colon, nothing
# else: the whole paragraph, so the pattern is anchored and reads the paragraph once
_LABEL = re_compile(r"([A-Z][A-Za-z'’]*(?:(?: |/| & |-)[A-Z][A-Za-z'’]*){0,2})[ \u00a0]?:")
# a label is short: longer text with a colon is a heading or a sentence
MAX_LABEL = 32


def label_of(text: str) -> str | None:
    """The label a paragraph is, when it is one alone ("WHO:" -> "WHO"), else None.

    >>> label_of("WHO:"), label_of("Media Contact:"), label_of("WHO: the State Attorney")
    ('WHO', 'Media Contact', None)
    """
    stripped = text.strip()
    if len(stripped) > MAX_LABEL + 2:
        return None
    m = _LABEL.fullmatch(stripped)
    return m.group(1) if m else None


@cache
def _source_words(lang: str) -> dict[str, str]:
    """``[labels] words`` of the source language: a label as written in capitals -> its id."""
    table = section(lang, "labels").get("words", {})
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise DataError("[labels] words must map a label to its id",
                        path=f"locales/languages/{lang}.toml")
    return {str(k).upper(): v for k, v in table.items()}


def _target_words(profile: LocaleProfile) -> dict[str, str]:
    """``[press_labels]`` of the locale profile: a label's id -> the label as the locale writes
    it (in capitals)."""
    table = profile.extra.get("press_labels", {})
    if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
        raise DataError("[press_labels] must map a label's id to its text",
                        path=profile.path or profile.tag)
    return {str(k): v for k, v in table.items()}


def _cased(label: str, written: str) -> str:
    """``label`` (the locale's, in capitals) in the case the source wrote its own in."""
    if written.isupper():
        return label.upper()
    return label[:1].upper() + label[1:].lower()


def label_targets(
    segments: Sequence[Segment], blocks: Sequence[Block], source_lang: str,
    profile: LocaleProfile,
) -> dict[int, str]:
    """The segments that are press-notice labels the locale writes, by index, with their
    targets ("WHO:" -> "QUEM:" in pt-BR). Linear: one look at each segment."""
    targets = _target_words(profile)
    if not targets:
        return {}
    words = _source_words(source_lang)
    if not words:
        return {}
    found: list[tuple[int, int, str]] = []  # (segment index, block, label)
    for i, seg in enumerate(segments):
        block = blocks[seg.block]
        if block.kind not in LABEL_KINDS or seg.lang != source_lang:
            continue
        if seg.start != 0 or block.text[seg.end:].strip():
            continue  # the whole paragraph, or it is no label
        label = label_of(seg.source)
        if label is not None:
            found.append((i, seg.block, label))
    out: dict[int, str] = {}
    for k, (i, block_index, label) in enumerate(found):
        near = [found[j][1] for j in (k - 1, k + 1) if 0 <= j < len(found)]
        if not any(abs(b - block_index) <= RUN_GAP for b in near):
            continue  # one label alone is no run: "WHO:" may be the organisation's name
        own = targets.get(words.get(label.upper(), ""))
        if own is None:
            continue
        colon = seg_colon(segments[i].source)
        out[i] = _cased(own, label) + colon
    return out


def seg_colon(source: str) -> str:
    """The colon as the source wrote it after its label (a no-break space before it kept)."""
    stripped = source.strip()
    return stripped[len(stripped.rstrip(":").rstrip(" \u00a0")) :]
