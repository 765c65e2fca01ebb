"""Editions made straight from arbitrary text (no engine, no pipeline) and the strategies that
make hostile text, for the writer/reader round-trip properties and the fuzzing script.

Every reviewer file the product writes must parse back, with the project's own reader and with
independent ones, exactly: these helpers do the writing and the reading.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

from hypothesis import strategies as st

from translate.edition import assemble, make_signature
from translate.model import Article, Block, Edition, Segment, TranslatedSegment
from translate.read import clean_text

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
COMBINING = "\u0301\u0308\u0327\u0336\u20dd\u0489\u1ab0\u1dc0\ufe20"
CONTROLS = "".join(chr(c) for c in [*range(1, 32), *range(0x7F, 0xA0)])
ODD = "\ufeff\ufffe\uffff\u2028\u2029\u00ad\u200b\u200d\ufffd\U0001f600\U0001f1e7\U000e0001"
# what an article can hold once read (translate.read refuses NUL, repairs lone surrogates)
HOSTILE_CHARS = BIDI + COMBINING + CONTROLS + ODD + "\"\\#%{}<>&';:\t\r\n "


def hostile_text(
    *, min_size: int = 1, max_size: int = 60, clean: bool = True
) -> st.SearchStrategy[str]:
    """Text mixing ordinary letters with bidi controls, stacks of combining marks, C0/C1
    controls, BOMs and noncharacters, emoji; never NUL or a lone surrogate. With ``clean``, as
    it reaches the writers after :func:`translate.read.clean_text` (stray controls are spaces
    by then); without, raw (what a caller of the Python API could hand a writer)."""
    ordinary = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
    pieces = st.one_of(
        st.text(alphabet=HOSTILE_CHARS, min_size=1, max_size=8),
        st.text(alphabet=ordinary, min_size=1, max_size=12),
        st.builds(lambda base, marks: base + marks,
                  st.sampled_from("aeZ\u05d0\u0627"), st.text(alphabet=COMBINING, max_size=40)),
    )
    return (
        st.lists(pieces, min_size=min_size, max_size=max_size // 4 + 1)
        .map(lambda parts: clean_text("".join(parts)) if clean else "".join(parts))
        .filter(lambda t: t.strip() != "" and len(t) <= max_size * 3)
    )


def make_edition(pairs: list[list[tuple[str, str]]], *, article_id: str = "hostile",
                 locale: str = "pt-BR") -> Edition:
    """An edition whose blocks hold the given (source, target) sentences."""
    blocks: list[Block] = []
    translated: list[TranslatedSegment] = []
    for b, sentences in enumerate(pairs):
        text = " ".join(source for source, _ in sentences)
        blocks.append(Block(kind="paragraph", text=text))
        start = 0
        for i, (source, target) in enumerate(sentences):
            seg = Segment(f"b{b}.s{i}", b, i, source, start, start + len(source), "en")
            start += len(source) + 1
            translated.append(TranslatedSegment(seg, target, "mt"))
    article = Article(id=article_id, blocks=blocks, source="hostile.txt", format="txt",
                      text="\n\n".join(b.text for b in blocks))
    return assemble(
        article, translated, locale=locale, source_lang="en", target_lang=locale.split("-")[0],
        direction="ltr", joiner=" ", signature=make_signature("fake", "fake-enpt", "1", None, "0"),
        findings=[], stats={},
    )


def render(edition: Edition, fmt: str) -> str:
    from translate.write import get_writer

    return get_writer(fmt).render(edition)


def write(edition: Edition, fmt: str, folder: Path) -> Path:
    from translate.write import write_edition

    (path,) = write_edition(edition, folder, [fmt])
    return path


def msgfmt_check(path: Path) -> str | None:
    """``msgfmt --check``'s complaint about ``path`` (None: accepted); needs gettext."""
    msgfmt = shutil.which("msgfmt")
    assert msgfmt is not None
    proc = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(path)],
                          capture_output=True, text=True, timeout=120, check=False)
    return None if proc.returncode == 0 else proc.stderr.strip()


def polib_pairs(path: Path) -> list[tuple[str, str, str]]:
    """(msgctxt, msgid, msgstr) of each message, as polib reads the file."""
    import polib

    catalog = polib.pofile(str(path), encoding="utf-8")
    return [(e.msgctxt or "", e.msgid, e.msgstr) for e in catalog if e.msgid]


def json_edition(text: str) -> Edition:
    from translate.review import edition_from_dict

    return edition_from_dict(json.loads(io.StringIO(text).getvalue()))
