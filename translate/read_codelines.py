"""Code written as text read as one code block, not as prose (struct43).

A code sample a page publishes one paragraph (``<p>``, ``<div>``) or one ``<br>`` line a line of
code, or as a ``<pre>`` no highlighter's markup names, is read as one code block (carried
verbatim, never translated).

The test is the lines' shape, in any language and with no marker words: a line is code when
it is a comment (``//``, ``/*``), when it is only brackets and punctuation (``});``) or begins
with a closing one and ends as a statement (``}, 'int', []));``), or when it
ends as a statement or a block does (``;``, ``{``, ``}``, ``(``, ``[``) and holds a code token (a
name right before ``(``, ``a.b``, an assignment) without reading as a sentence (five or more
plain words making most of it). A run is code when it has three or more such lines, they are
at least 60 % of its lines and every other line is short (three words or fewer, not ending as
a sentence does: ``engine,``); a paragraph with a link, a table's cell or a block a rule has
marked ends a run. Prose lines ending with ";" (a legal enumeration, "(a) the seller;") hold no
code token and are not code; a poem or a listing in a ``<pre>`` reads as sentences.

>>> is_code_run(['console.log("started");', '// skip it', 'var p = find(null, "unlink");'])
True
>>> is_code_run(['(a) the seller;', '(b) the buyer;', '(c) the agent.'])
False
>>> is_code_run(['x = 1;'])
False
"""

from __future__ import annotations

from dataclasses import replace

from .model import Block
from .regexcache import compile as re_compile

CODE_RUN_LINES = 3  # code-shaped lines a run needs
CODE_RUN_SHARE = 0.6  # their share of the run's lines
SHORT_WORDS = 3  # a line of this many words or fewer may stand in a run without being code
PLAIN_WORDS = 5  # a line with this many plain words, most of its words, reads as a sentence
CODE_LINE_CHARS = 400  # a longer line is not read as code (and no pattern runs over it)
_BRACKETS = frozenset("{}()[]")
_PUNCTUATION = frozenset("{}()[];,.:'\" \t\xa0")

_COMMENT = re_compile(r"^(?://|/\*|\*/|#!)")
_STATEMENT_END = re_compile(r"[;{}(\[]\s*$|^\s*[})\]]")
_CLOSING = re_compile(r"^[})\]].*[;,){]$")  # "}, 'int', []));": a call's or block's end
_CODE_TOKEN = re_compile(
    r"[A-Za-z_$][\w$]*\(|[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\(|[\w\])]\s*(?:[-+*/|&^%]?=|==|=>|->|:=)"
    r"\s*\S"
)
_PLAIN_WORD = re_compile(r"^[^\W\d_]+[.,;:!?]?$")
_SENTENCE_END = re_compile(r"[.!?][\"')\]]?$")


def code_shaped(line: str) -> bool:
    """Whether one line of text has a line of code's shape (module docstring)."""
    text = line.strip()
    if not text or len(text) > CODE_LINE_CHARS:
        return False
    if set(text) <= _PUNCTUATION and not _BRACKETS.isdisjoint(text):  # "});"
        return True
    if _COMMENT.match(text) or _CLOSING.match(text):
        return True
    if not _STATEMENT_END.search(text) or not _CODE_TOKEN.search(text):
        return False
    words = text.split()
    plain = sum(1 for w in words if _PLAIN_WORD.match(w))
    return not (plain >= PLAIN_WORDS and plain * 2 > len(words))


def _short(line: str) -> bool:
    text = line.strip()
    return len(text.split()) <= SHORT_WORDS and not _SENTENCE_END.search(text)


def is_code_run(lines: list[str]) -> bool:
    """Whether these lines (blank ones left out) are together a code sample written as text."""
    kept = [line for line in lines if line.strip()]
    shaped = sum(1 for line in kept if code_shaped(line))
    if shaped < CODE_RUN_LINES or shaped < CODE_RUN_SHARE * len(kept):
        return False
    return all(code_shaped(line) or _short(line) for line in kept)


def _joinable(block: Block) -> bool:
    return (
        block.kind == "paragraph"
        and block.cell is None
        and block.furniture is None
        and not block.caption
        and not any(span.kind == "link" for span in block.inline)
    )


def code_paragraph_runs(blocks: list[Block]) -> list[Block]:
    """``blocks`` with every run of paragraphs that is a code sample written one paragraph a
    line (``is_code_run``) made one code block, its lines in order; the rest as they were.
    A run is the longest stretch of joinable paragraphs whose every line is code-shaped or
    short, so a sentence before or after a sample is never taken into it."""
    out: list[Block] = []
    run: list[Block] = []

    def close() -> None:
        first = next((i for i, b in enumerate(run) if code_shaped(b.text)), len(run))
        last = max((i for i, b in enumerate(run) if code_shaped(b.text)), default=-1)
        sample = run[first : last + 1]  # short lines before or after the code are not its own
        if len(sample) >= CODE_RUN_LINES and is_code_run([b.text for b in sample]):
            out.extend(run[:first])
            text = "\n".join(b.text for b in sample)
            out.append(Block(kind="code", text=text, start=sample[0].start))
            out.extend(run[last + 1 :])
        else:
            out.extend(run)
        run.clear()

    for block in blocks:
        if _joinable(block) and (code_shaped(block.text) or _short(block.text)):
            run.append(block)
            continue
        close()
        out.append(block)
    close()
    return out


def code_lines_block(lines: list[str], block: Block) -> Block | None:
    """One code block for a paragraph whose ``<br>`` lines (or a ``<pre>``'s lines) are a code
    sample (``is_code_run``), its lines as written (trailing spaces and blank lines at either
    end left out); None when they are not."""
    kept = [line.rstrip() for line in lines]
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    if not is_code_run(kept):
        return None
    return replace(block, kind="code", text="\n".join(kept), inline=[], level=0, number=None)
