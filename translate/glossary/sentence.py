"""Tell a glossary form that is a whole sentence from a name or a term.

Read by ``glossary import`` (a term base, fuzz42), by the TOML reader (``--glossary``,
``glossary lint``, fuzz43) and by the benchmark that counts it on real names."""

from __future__ import annotations

import re

# a sentence's end: its stop, then closing quotes or brackets
_SENTENCE_END = re.compile("[.!?\u2026\u3002\uff01\uff1f]['\"\u2019\u201d\u00bb)\\]]*$")
_CJK_STOPS = ("\u3002", "\uff01", "\uff1f")
_SENTENCE_WORDS = 5


def sentence_term(term: str) -> str | None:
    """Why ``term`` reads as a whole sentence rather than a name or a term, else None: it ends
    with a sentence's stop, and has five words or more of which the words after the first are
    mostly lower-case ("The minister resigned on Monday after the vote."), or ends with a
    CJK full stop; a title keeps its capitals ("Who Wants to Be a Millionaire?") and a company
    its abbreviation ("... Holdings Co.", "... S.A."), so neither is one (fuzz42: a glossary
    form that was a sentence was imported, and every edition naming the entry would write the
    sentence where the name stands)."""
    text = " ".join(term.split())
    if not _SENTENCE_END.search(text):
        return None
    bare = text.rstrip("'\"\u2019\u201d\u00bb)]")
    if bare.endswith(_CJK_STOPS):
        return "it ends with a full stop" if len(bare) >= 8 else None
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if len(words) < _SENTENCE_WORDS:
        return None
    cased = [w for w in words[1:] if w[0].isupper() or w[0].islower()]
    lower = sum(1 for w in cased if w[0].islower())
    if len(cased) < _SENTENCE_WORDS - 1 or lower * 2 < len(cased):
        return None
    last = re.sub(r"\W+$", "", words[-1])
    if bare.endswith(".") and (len(last) < 3 or last.isupper()):
        return None  # an abbreviation ends it
    return f"{len(words)} words, mostly lower-case, ending in {bare[-1]!r}"
