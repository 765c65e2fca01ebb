"""Seeded mutation fuzzer of every entry point a user has (a benchmark, not a timed test).

The twenty-third pass's harness. ``fuzz_readers.py`` (seventh and eighth passes) fed mutated
files to the readers one command each; this one drives every entry point with a fixed case
budget and more kinds of mutation, and checks more after each run.

Seeds are real files: pages of ``tests/data/realworld`` (their first 8 kB), the corpus feeds
(cut to their first three items, closed again), a Markdown and a text article, and the JSON,
XLIFF and PO files of a real ``translate run`` of the Markdown article (embedded engine). Each
case picks an entry point, a seed of a kind it reads and one or two mutations that apply to that
kind, all from ``random.Random(--seed)``:

* byte level: truncation at a random byte or at a boundary (inside a tag, an entity, a UTF-8
  sequence, after a line), bit flips, invalid and overlong UTF-8, lone surrogates, NUL, BOMs
  (and BOMs that contradict the bytes), text re-encoded in UTF-16 / Latin-1 / Shift-JIS while
  the declaration says otherwise, CR / CRLF;
* structure: deep nesting, a huge attribute, one 5 MB line, entity tricks (billion laughs,
  external and parameter entities, DOCTYPE), markup junk, Markdown bombs, thousands of links;
* content: bidi controls and zero-width characters inside names and numbers, digits of other
  scripts, numbers and dates in odd forms, duplicated ids/guids, a feed whose items are
  HTML-escaped twice;
* review files: unit/segment ids edited, swapped or duplicated, the source text edited, the
  target's placeholders broken (removed, unbalanced, renumbered, unknown), the JSON edition's
  ids or source edited;
* the twenty-fourth pass's (``--mutations new25``): the file gzip/zlib/bzip2/xz-compressed
  under its own name (or a gzip stream cut short, or gzip twice), honest UTF-16/UTF-32 (BOM and
  declaration agree; or UTF-16 without a BOM), right-to-left names, decomposed names and names
  under hundreds of combining marks, addresses of 10,000 to 2,000,000 characters, the review
  file's notes and PO comments edited (a 1 MB note, markup, duplicated notes, a ``#, fuzzy``
  flag, a ``#:`` reference to another file), pathological Markdown (an unclosed fence of
  thousands of backticks, an unclosed comment, a table of 50,000 columns, a link title of
  50,000 characters, escaped brackets, tab-indented lists), and hostile JSON (a number of 100,000
  digits, ``1e999999``, arrays 100,000 deep, duplicate keys, wrong types, 10,000 keys);
* the twenty-fifth pass's (``--mutations new26``): what stays under the article size limit
  (thousands of emphasis spans, code spans, images, footnotes, links on real words or line
  breaks in one paragraph; thousands of headings or table rows, lists and quotations nested
  hundreds deep; a paragraph of thousands of numbers, names or dates, a sentence of thousands of
  words and no punctuation) and characters XML 1.0 forbids, C1 controls, noncharacters and
  Unicode line separators, raw or as references, in every kind of input;
* the twenty-sixth pass's (``--mutations new27``): the translator's return path as other tools
  save it (a PO file in another charset, honest or not, or UTF-16; gettext's escapes; XLIFF
  with a namespace prefix, in UTF-16, of another version, with codes its source lacks, CDATA,
  comments, removed targets; TMX in UTF-16, TMX 1.1, inline codes, 50,000 units), hostile XML
  structure in every XML reader (external DTDs, parameter entities, nesting 100,000 deep,
  50,000 attributes, a 5 MB attribute, 10,000 namespaces, XInclude) and CSV term bases; and
  four scenario entries: ``store`` (a spoiled store, or one another process holds), ``feed
  state`` (items changing guid or date between runs, two runs at once, a run killed and run
  again, a spoiled state; ``PRAGMA integrity_check`` after), ``out dir`` (the folder a file, an
  edition's name a folder, read-only or a full tmpfs under ``unshare -rm``: an edition written
  before must stay whole) and ``http envelope`` (bad JSON, wrong types, deep and huge bodies,
  wrong content types, slow and cut-off bodies, concurrent requests on one cache).
* the twenty-seventh pass's (``--mutations new28``): ``hostile-text`` in every stage (bidi
  controls around names and numbers, NUL, lone surrogates raw or as JSON escapes, a 1 MB line
  without a space, 100,000 tiny paragraphs, Markdown lists and quotations 1,000 deep, HTML of
  10,000 nested tags, a feed of 10,000 items), and two scenario entries: ``signal`` (``run``,
  ``batch`` or ``feed`` stopped by SIGTERM or SIGINT, to the process or its group, after
  0.3-8 s: one line and exit 130/143 or finished first, nothing half-written, the store sound,
  and the next run finishes) and ``two at once`` (two ``run``/``batch`` on one store and one
  output folder at the same time).
* the twenty-ninth pass's (``--mutations new30``): ``hand-edit`` (a reviewed PO or XLIFF file
  or a TMX edited by hand: a BOM and CRLF, control characters typed into a target, numbers and
  names changed, zero-width characters and soft hyphens inside them, bidi controls, targets
  swapped, another language in the header, placeholders removed or invented) and ``csv-hand``
  (a CSV term base with a quote left open mid-file, doubled quotes after the sniffer's sample,
  regular-expression syntax as terms, duplicated rows, empty forms, 20,000 aliases, a
  100,000-character entry); a Markdown or HTML edition holding a control character (what
  ``read.clean_text`` turns into a space on input) is a finding.
* the forty-fifth pass's (``--mutations new48``, opt-in: never drawn unless named, so that the
  earlier seeds' plans stay the same): ``repeat-trigger``, one rule's trigger repeated 2,000 to
  20,000 times under the size limit (a cue and a number, a capitalised word and a head noun,
  "the X Act and", dates, amounts, quotation marks, parentheses open or closed, acronyms,
  abbreviations, list markers, links, headings: ``TRIGGERS``); ``scale_hostile.py --shapes
  triggers`` runs each at growing sizes for its growth exponent.
* the fiftieth pass's (``--mutations new50``, opt-in as new48): ``nested-inline`` (a word inside
  1,000 to 20,000 levels of inline markup: HTML tags, Markdown emphasis and links, XLIFF
  ``<pc>``, an HTTP body's HTML), ``inline-huge-attribute`` (an inline element in the text with
  an attribute value of 100 kB to 4 MB, or thousands of attributes), ``mid-file-encodings``
  (BOMs between words, a sentence in UTF-16, Latin-1 or windows-1252 spliced into UTF-8, the
  second half re-encoded), ``nul-surrogate-text`` (NUL and lone surrogates raw, as references,
  as escapes or as CESU bytes inside the text of an XLIFF or TMX segment, a PO msgstr, a TBX
  term, a TOML or CSV name), ``shared-ids`` (every feed item or batch record under one id, one
  link or an empty id), ``sentence-lengths`` (a word of 400,000 letters, 30,000 one-letter
  words, 40,000 one-word sentences, 20,000 clauses, 10,000 abbreviations, a 20,000-digit number)
  and ``toml-hostile``; and an entry point, ``user glossary`` (``run --glossary`` of a mutated
  TOML), driven only when new50 is named.

Entry points: ``translate run`` (txt, md, html; every ``--format``), ``translate check``,
``translate feed`` (twice into the same folder and store: the second run reads the first's
state), ``translate review apply`` (XLIFF, PO), ``translate batch`` (a folder and a JSONL file),
``translate tm import`` (TMX) and ``translate glossary import`` (TBX; its TOML read back with
``tomllib``), and the HTTP service (a real ``translate serve`` under uvicorn on a local port):
``/translate`` (JSON, form), ``/detect``, ``/translate_file``, ``/v1/editions``, ``/v1/check``.

Each CLI case runs in a subprocess with ``--timeout`` seconds (a run past it is a hang) and
passes when: the exit code is a documented one (0, 2..12); stderr holds no traceback and, on a
failure, one ``error[...]`` line per input and nothing else; no temporary file is left; every
file written parses back with an independent parser (JSON: ``json``; XLIFF/TMX/XML:
``defusedxml``, and XLIFF against OASIS's XLIFF 2.0 schemas with lxml; an HTML edition's
JSON-LD: ``json``; feeds: ``feedparser`` without bozo; PO: ``polib``; HTML: ``lxml.html``;
Markdown: UTF-8); the input files are byte for byte what they were. An HTTP case passes when
the answer comes within the timeout, its status is a documented one (200, 400, 403, 413, 415,
429, 503; 500 is a bug), its body is JSON (``{"error": ...}`` when not 200), and ``/healthz``
still answers afterwards (the server is restarted, and the case counted, when it does not).

Run: ``nice python benchmarks/fuzz_inputs.py --budget 1500 --seed 23 --jobs 2
--out benchmarks/results/fuzz24-fuzz_inputs-2026-12-05.txt``; ``--keep DIR`` copies every
failing input there (to be cut down into ``tests/data/``); ``--minutes M`` stops starting cases
after M minutes (on a loaded machine), so that the cases run are the plan's first ones.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import edition_invariants as ei  # noqa: E402  (fuzz53: what an edition holds)
import fuzz_readers as fr  # noqa: E402  (the seventh and eighth passes' mutations)

CORPUS = HERE.parent / "tests" / "data" / "realworld"
DOCUMENTED = {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 130, 143}  # 130/143: SIGINT, SIGTERM
HTTP_DOCUMENTED = {200, 400, 403, 408, 413, 415, 429, 503}
ARTICLE_MD = (
    "# Budget vote in Lisbon\n\n"
    "Lisbon, 3 March 2020 - The city council approved a budget of **€1.2 million** on Friday, "
    "[not the €2 million](https://example.org/a) asked.\n\n"
    "About 40% of the 1,500 residents voted; the mayor, Ana Silva, said it was \"a fair deal\" "
    "on 12/03/2020 at 5:30 p.m.\n\n"
    "- Turnout rose to 62.5 percent, up from 48% in 2016.\n"
    "- The vote cost $250,000, said João Pereira of the Lisbon City Council.\n"
)
Mut = Callable[[bytes, random.Random], bytes]
# TMX 1.4b and TBX (ISO 30042) seeds as CAT tools write them: what ``translate tm import`` and
# ``translate glossary import`` read
TMX_SEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
    '<header creationtool="OmegaT" creationtoolversion="6.0" datatype="plaintext" '
    'segtype="sentence" adminlang="en" srclang="en" o-tmf="OmegaT TMX"/>\n<body>\n'
    '<tu><tuv xml:lang="en"><seg>The city council approved a budget of <bpt i="1">&lt;b&gt;'
    '</bpt>€1.2 million<ept i="1">&lt;/b&gt;</ept> on Friday.</seg></tuv>'
    '<tuv xml:lang="pt-BR"><seg>A câmara municipal aprovou um orçamento de <bpt i="1">&lt;b&gt;'
    '</bpt>€ 1,2 milhão<ept i="1">&lt;/b&gt;</ept> na sexta-feira.</seg></tuv></tu>\n'
    '<tu><tuv xml:lang="en"><seg>About 40% of the 1,500 residents voted.</seg></tuv>'
    '<tuv xml:lang="pt-BR"><seg>Cerca de 40% dos 1.500 moradores votaram.</seg></tuv></tu>\n'
    '<tu><prop type="x-note">Ana Silva is the mayor</prop><tuv xml:lang="en"><seg>The mayor, '
    'Ana Silva, said it was a fair deal.</seg></tuv><tuv xml:lang="pt-BR"><seg>A prefeita, Ana '
    'Silva, disse que foi um acordo justo.</seg></tuv></tu>\n</body>\n</tmx>\n'
)
TBX_SEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en">\n<martifHeader>'
    '<fileDesc><sourceDesc><p>newsroom</p></sourceDesc></fileDesc></martifHeader>\n<text><body>'
    '\n<termEntry id="lisbon-city-council"><descrip type="subjectField">place</descrip>'
    '<langSet xml:lang="en"><tig><term>Lisbon City Council</term></tig></langSet>'
    '<langSet xml:lang="pt"><tig><term>Câmara Municipal de Lisboa</term></tig></langSet>'
    '</termEntry>\n<termEntry id="ana-silva"><langSet xml:lang="en"><tig><term>Ana Silva</term>'
    '<termNote type="partOfSpeech">properNoun</termNote></tig></langSet></termEntry>\n'
    '<termEntry id="joao-pereira"><langSet xml:lang="en"><tig><term>João Pereira</term></tig>'
    '</langSet><langSet xml:lang="pt-BR"><tig><term>João Pereira</term></tig></langSet>'
    '</termEntry>\n</body></text>\n</martif>\n'
)


# ---- new mutations (the older ones are fuzz_readers') ---------------------------------------

def _truncate_boundary(d: bytes, r: random.Random) -> bytes:
    """Cut inside a tag, an entity, a UTF-8 sequence, or right after a line or an element."""
    pats = [rb"<[^>]{2,}>", rb"&[#\w]+;", rb"[\xc2-\xf4][\x80-\xbf]+", rb"\n", rb"</\w+>",
            rb"\"[^\"]*\""]  # fmt: skip
    pat = r.choice(pats)
    hits = list(re.finditer(pat, d))
    if not hits:
        return fr._truncate(d, r)
    m = r.choice(hits)
    if pat in (rb"\n", rb"</\w+>"):
        return d[: m.end()]
    return d[: r.randrange(m.start() + 1, m.end())]


def _overlong(d: bytes, r: random.Random) -> bytes:
    forms = [b"\xc0\xbc", b"\xe0\x80\xbc", b"\xf0\x80\x80\xbc", b"\xc1\xbf", b"\xed\xbf\xbf",
             b"\xf4\x90\x80\x80", b"\xe0\x80\xaf"]  # fmt: skip
    return fr._insert(d, r, r.choice(forms))


def _reencode(d: bytes, r: random.Random) -> bytes:
    """The text re-encoded, the declaration (and BOM) left saying something else."""
    text = d.decode("utf-8", "replace")
    enc = r.choice(["utf-16-le", "utf-16", "utf-16-be", "latin-1", "shift_jis", "cp1252",
                    "utf-32"])  # fmt: skip
    out = text.encode(enc, "replace")
    if r.random() < 0.5:  # and a UTF-8 BOM in front of it
        out = b"\xef\xbb\xbf" + out
    return out


def _bom_mismatch(d: bytes, r: random.Random) -> bytes:
    """A UTF-16 BOM before UTF-8 bytes, or a UTF-8 BOM before a UTF-16 declaration."""
    if r.random() < 0.5:
        return r.choice([b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]) + d
    d2 = re.sub(rb"encoding=[\"'][^\"']*[\"']", b'encoding="UTF-16"', d, count=1)
    d2 = re.sub(rb"charset=[\w-]+", b"charset=utf-16", d2, count=1)
    return b"\xef\xbb\xbf" + d2


def _five_mb_line(d: bytes, r: random.Random) -> bytes:
    unit = r.choice([b"word ", b"9", b"a,", "\u00e9".encode(), b"&amp;"])
    return fr._insert_line(d, r, unit * (5_000_000 // len(unit)))


_ODD_NUMBERS = ["1.000.000,00", "1,2,3,4", "\u22125", "1e309", "0x1F", "1_000", "NaN", "-0",
                "١٢٣", "12\u00a0345,6", "3\u20444", "½", "10^999", "99999999999999999999999",
                "1.5.2020", "2020-13-45", "31/02/2021", "24:61", "0000-00-00",
                "1 000 000"]  # fmt: skip
_ODD_DATES = ["Mon, 32 Foo 2020 25:61:61 +9999", "0000-00-00T00:00:00Z", "99999-01-01",
              "yesterday", "", "2020-02-30T10:00:00-25:00", "Tue, 10 Jun 2003 04:00:00 GMT GMT",
              "1e10", "\u0662\u0660\u0662\u0660-\u0660\u0661-\u0660\u0661",
              "Thu, 01 Jan 1970 00:00:00 +0000"]  # fmt: skip


def _odd_numbers(d: bytes, r: random.Random) -> bytes:
    """Numbers and dates replaced by odd forms (and a feed's dates)."""
    text = d.decode("utf-8", "replace")
    spots = list(re.finditer(r"(?<![\w&#])\d[\d,.]*\d|\b\d\b", text))
    for m in sorted(r.sample(spots, min(len(spots), r.randrange(1, 6))), key=lambda m: -m.start()):
        text = text[: m.start()] + r.choice(_ODD_NUMBERS) + text[m.end() :]
    text = re.sub(r"(<(pubDate|updated|published|dc:date|date_published)>)[^<]*",
                  lambda m: m.group(1) + html.escape(r.choice(_ODD_DATES)), text)  # fmt: skip
    return text.encode("utf-8")


def _double_escape(d: bytes, r: random.Random) -> bytes:
    """A feed whose item text is HTML-escaped twice (``&amp;lt;p&amp;gt;``), or once more."""
    text = d.decode("utf-8", "replace")

    def again(m: re.Match[str]) -> str:
        body = m.group(2)
        if body.startswith("<![CDATA["):
            body = html.escape(body[9:-3] if body.endswith("]]>") else body[9:])
        return m.group(1) + html.escape(body, quote=False) + m.group(3)

    pat = r"(<(?:description|content:encoded|summary|content|title)\b[^>]*>)(.*?)(</)"
    text = re.sub(pat, again, text, flags=re.DOTALL)
    if '"content_html"' in text or '"title"' in text:  # JSON Feed: escape the strings' HTML
        text = re.sub(r'("(?:content_html|title|summary)":\s*")((?:[^"\\]|\\.)*)(")',
                      lambda m: m.group(1) + m.group(2).replace("&", "&amp;").replace(
                          "\\u003c", "&lt;").replace("<", "&lt;") + m.group(3), text)  # fmt: skip
    return text.encode("utf-8")


def _dup_ids(d: bytes, r: random.Random) -> bytes:
    """Every item/entry with one guid/id; or an item repeated with other content."""
    if d.lstrip()[:1] == b"{":  # JSON Feed
        return re.sub(rb'("id":\s*)"[^"]*"', b'\\1"same"', d)
    return fr._feed_items(d, r) if r.random() < 0.3 else re.sub(
        rb"(<(guid|id)\b[^>]*>)[^<]*(</\2>)", b"\\1same\\3", d)


def _review_ids(d: bytes, r: random.Random) -> bytes:
    """Unit/segment ids (XLIFF) or msgctxt (PO) edited, swapped, duplicated or dropped."""
    pat = rb'(<(?:unit|segment) id=")([^"]*)(")' if b"<xliff" in d[:600] else \
        rb'(msgctxt ")([^"]*)(")'  # fmt: skip
    hits = list(re.finditer(pat, d))
    if not hits:
        return d
    how = r.randrange(4)
    if how == 0:  # an id edited
        m = r.choice(hits)
        new = r.choice([b"b99.s0", b"", b"b1.s0\xe2\x80\x8b", b"../../x", b"b1.s0 ", b"B1.S0",
                        b"&#x62;1.s0", b"b1.s00"])  # fmt: skip
        return d[: m.start(2)] + new + d[m.end(2) :]
    if how == 1 and len(hits) > 1:  # two ids swapped
        a, b = sorted(r.sample(hits, 2), key=lambda m: m.start())
        return (d[: a.start(2)] + b.group(2) + d[a.end(2) : b.start(2)] + a.group(2)
                + d[b.end(2) :])  # fmt: skip
    if how == 2:  # one id given to every unit/entry
        same = hits[0].group(2)
        return re.sub(pat, lambda m: m.group(1) + same + m.group(3), d)
    # a unit/entry removed
    if b"<xliff" in d[:600]:
        units = list(re.finditer(rb"<unit\b.*?</unit>\s*", d, re.DOTALL))
    else:
        units = list(re.finditer(rb"(?:#[^\n]*\n)*msgctxt .*?(?=\n\n|\Z)", d, re.DOTALL))
    if not units:
        return d
    m = r.choice(units)
    return d[: m.start()] + d[m.end() :]


def _review_source(d: bytes, r: random.Random) -> bytes:
    """The source text of a segment edited (a word, a number, whitespace, a name)."""
    pat = rb"(<source>)(.*?)(</source>)" if b"<xliff" in d[:600] else \
        rb'(msgid ")((?:[^"\\]|\\.)+)(")'  # fmt: skip
    hits = list(re.finditer(pat, d, re.DOTALL))
    if not hits:
        return d
    m = r.choice(hits)
    src = m.group(2)
    how = r.randrange(4)
    if how == 0:
        src = re.sub(rb"\d", b"7", src, count=1)
    elif how == 1:
        src = src + b" "
    elif how == 2:
        src = src.replace(b"Lisbon", "Lisb\u200bon".encode()).replace(b"Silva", b"Silvia")
    else:
        src = src[: len(src) // 2]
    return d[: m.start(2)] + src + d[m.end(2) :]


def _placeholders(d: bytes, r: random.Random) -> bytes:
    """The translator's target with broken placeholders."""
    if b"<xliff" in d[:600]:
        m = list(re.finditer(rb"<target>(.*?)</target>", d, re.DOTALL))
        if not m:
            return d
        hit = r.choice(m)
        t = hit.group(1)
        tricks: list[Callable[[bytes], bytes]] = [
            lambda t: re.sub(rb"</pc>", b"", t, count=1),  # unclosed
            lambda t: re.sub(rb"<pc [^>]*>", b"", t, count=1),  # unopened
            lambda t: t.replace(b'id="p1"', b'id="p9"'),  # unknown id
            lambda t: t.replace(b'id="p1"', b'id="p2"'),  # an id twice
            lambda t: t + b'<ph id="x1" dataRef="d1"/>',  # an extra placeholder
            lambda t: t + b'<pc id="p1" dataRefStart="d1">again</pc>',  # one copied
            lambda t: re.sub(rb"<[^>]+>", b"", t),  # every tag gone
            lambda t: t.replace(b'dataRefStart="d2"', b'dataRefStart="d7"'),
            lambda t: re.sub(rb"(<pc[^>]*>)(.*?)(</pc>)", rb"\3\2\1", t, count=1),  # reversed
            lambda t: t.replace(b"<mrk", b"<pc").replace(b"</mrk>", b"</pc>"),
        ]
        return d[: hit.start(1)] + r.choice(tricks)(t) + d[hit.end(1) :]
    m = list(re.finditer(rb'(msgstr ")(.*?)(?=\n\n|\Z)', d, re.DOTALL))
    if not m:
        return d
    hit = r.choice(m)
    t = hit.group(2)
    po_tricks: list[Callable[[bytes], bytes]] = [
        lambda t: t.replace(b"</1>", b"", 1), lambda t: t.replace(b"<1>", b"", 1),
        lambda t: t.replace(b"<1>", b"<9>", 1), lambda t: t.replace(b"<2>", b"<1>", 1),
        lambda t: t.replace(b"</1>", b"</1><1>x</1>", 1),
        lambda t: re.sub(rb"</?\d+>", b"", t),
        lambda t: t.replace(b"<1>", b"</1>", 1).replace(b"</1>", b"<1>", 1),
        lambda t: t[:-1] + b' <3/> %s {0} {{name}}"',
        lambda t: t.replace(b"<1>", b"<1 >", 1),
    ]
    return d[: hit.start(2)] + r.choice(po_tricks)(t) + d[hit.end(2) :]


def _edition_edit(d: bytes, r: random.Random) -> bytes:
    """The JSON edition the review file came from, edited: ids, source text, blocks, schema."""
    try:
        ed = json.loads(d)
    except ValueError:
        return d
    blocks = ed.get("blocks") or []
    how = r.randrange(5)
    if how == 0 and blocks:
        b = r.choice(blocks)
        b["source"] = str(b.get("source", "")) + " edited 9"
    elif how == 1 and blocks:
        b = r.choice(blocks)
        b["index"] = r.choice([99, -1, "x", None, 0])
    elif how == 2 and blocks:
        blocks.append(json.loads(json.dumps(blocks[0])))
    elif how == 3:
        ed["schema"] = r.choice([2, "1", None, 10**30])
    else:
        ed["locale"] = r.choice(["xx-ZZ", "", "pt-BR\u202e", "../../etc", "en"])
    return json.dumps(ed, ensure_ascii=r.random() < 0.5).encode("utf-8")


# ---- twenty-fourth pass: what the harness lacked ---------------------------------------------

def _compressed(d: bytes, r: random.Random) -> bytes:
    """The file gzip-, zlib-, bzip2- or xz-compressed under its own name (a server's
    ``Content-Encoding`` saved as is), or a gzip stream cut short, or gzip twice."""
    import bz2
    import lzma
    import zlib

    how = r.randrange(6)
    if how == 0:
        return gzip.compress(d, mtime=0)
    if how == 1:
        return zlib.compress(d)
    if how == 2:
        return bz2.compress(d)
    if how == 3:
        return lzma.compress(d)
    if how == 4:
        out = gzip.compress(d, mtime=0)
        return out[: max(10, len(out) // 2)]
    return gzip.compress(gzip.compress(d, mtime=0), mtime=0)


def _utf16_honest(d: bytes, r: random.Random) -> bytes:
    """The text in UTF-16 or UTF-32, with its BOM and a declaration that says so (an honest
    file, as Windows tools write them), or UTF-16 without a BOM."""
    text = d.decode("utf-8", "replace")
    enc = r.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
    name = {"utf-16": "UTF-16", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE",
            "utf-32": "UTF-32"}[enc]  # fmt: skip
    text = re.sub(r"encoding=[\"'][^\"']*[\"']", f'encoding="{name}"', text, count=1)
    text = re.sub(r"charset=[\w-]+", f"charset={name}", text, count=1)
    out = text.encode(enc, "surrogatepass")
    if enc in ("utf-16-le", "utf-16-be") and r.random() < 0.5:
        out = ("\ufeff" + text).encode(enc, "surrogatepass")
    return out


_RTL_NAMES = ["محمد بن سلمان", "בנימין נתניהו", "Ἀθῆναι", "Jo\u0061\u0303o Pereira",
              "Z\u0336\u0337\u0338\u0339\u033a\u033b\u033c\u033d\u033e\u033f" * 3 + "oe",
              "\u202bAna Silva\u202c", "Ana\u200f Silva",
              "\u0627\u0644\u0642\u0627\u0647\u0631\u0629",
              "Li\u0301sbon", "São\u0301\u0301\u0301\u0301 Paulo", "\ufb01eld \u2163 Ⅷ",
              "e" + "\u0301" * 500]  # fmt: skip


def _rtl_combining(d: bytes, r: random.Random) -> bytes:
    """Names replaced by right-to-left ones, names in decomposed form or under hundreds of
    combining marks, with embedding controls and right-to-left marks around them."""
    text = d.decode("utf-8", "replace")
    spots = list(re.finditer(r"(?<![<&/#\w])[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?", text))
    spots = [m for m in spots if not re.search(r"<[^>]*$", text[max(0, m.start() - 200):m.start()])]
    for m in sorted(r.sample(spots, min(len(spots), r.randrange(1, 6))), key=lambda m: -m.start()):
        text = text[: m.start()] + r.choice(_RTL_NAMES) + text[m.end() :]
    return text.encode("utf-8")


def _long_url(d: bytes, r: random.Random) -> bytes:
    """An address tens of thousands to two million characters long in a link, an image, a
    feed's link or guid, a Markdown link or the bare text."""
    n = r.choice([10_000, 100_000, 2_000_000])
    url = b"https://example.org/" + r.choice([b"a", b"%41", b"a/", b"?q=", b"\xc3\xa9"]) * (
        n // 3) + b"#end"
    where = r.randrange(4)
    if where == 0 and re.search(rb"<a\b[^>]*href=\"[^\"]*\"", d):
        return re.sub(rb"(<a\b[^>]*href=\")[^\"]*(\")", lambda m: m.group(1) + url + m.group(2),
                      d, count=1)  # fmt: skip
    if where == 1 and re.search(rb"<(link|guid|id)>[^<]*</\1>", d):
        return re.sub(rb"(<(link|guid|id)>)[^<]*(</\2>)", lambda m: m.group(1) + url + m.group(3),
                      d, count=1)  # fmt: skip
    if where == 2 and re.search(rb"\]\([^)]*\)", d):
        return re.sub(rb"(\]\()[^)]*(\))", lambda m: m.group(1) + url + m.group(2), d, count=1)
    return fr._insert_line(d, r, b" " + url + b" ")


def _review_notes(d: bytes, r: random.Random) -> bytes:
    """The translator's notes and comments edited: a huge note, a note that holds markup or
    entities, notes added to every unit, a PO comment that claims another source or a flag."""
    if b"<xliff" in d[:600]:
        note = r.choice([b"x" * 1_000_000, b"&lt;script&gt;alert(1)&lt;/script&gt;",
                         b"<![CDATA[<b>bold</b>]]>", b"\xe2\x80\xae reversed", b"&amp;&#x1F600;",
                         b"", b"note <b>b</b>"])  # fmt: skip
        how = r.randrange(3)
        if how == 0 and b"<note" in d:
            return re.sub(rb"(<note\b[^>]*>).*?(</note>)", lambda m: m.group(1) + note
                          + m.group(2), d, count=1, flags=re.DOTALL)  # fmt: skip
        if how == 1:
            return re.sub(rb"(<unit\b[^>]*>)", lambda m: m.group(1) + b"<notes><note>" + note
                          + b"</note></notes>", d)  # fmt: skip
        return re.sub(rb"(<unit\b[^>]*>)", lambda m: m.group(1) + b"<notes><note id=\"n\">"
                      + note + b"</note><note id=\"n\">" + note + b"</note></notes>", d, count=1)
    extra = r.choice([b"#. " + b"x" * 1_000_000, b"#, fuzzy", b"#: ../../../etc/passwd:1",
                      b"#| msgid \"old source\"", b"#~ msgid \"obsolete\"\n#~ msgstr \"velho\"",
                      b"# \xe2\x80\xae comment", b"#, python-format, c-format"])  # fmt: skip
    hits = [m.start() for m in re.finditer(rb"(?m)^msgctxt ", d)]
    if not hits:
        return extra + b"\n" + d
    at = r.choice(hits)
    return d[:at] + extra + b"\n" + d[at:]


def _md_pathological(d: bytes, r: random.Random) -> bytes:
    """Markdown the reader's rules may find hard: an unclosed fence of thousands of backticks,
    an unclosed HTML comment, underline runs, a table of thousands of columns, a link
    definition with a huge title, intraword emphasis runs, escaped brackets, tab-indented
    lists thousands deep, a line of only spaces and a heading of thousands of #s."""
    n = r.choice([2000, 50_000])
    bombs = [
        b"`" * n + b"\ncode\n",
        b"<!-- " + b"comment " * (n // 8) + b"\n\n",
        (b"Title\n" + b"=" * n + b"\n") * 3,
        b"|" + b"a|" * n + b"\n|" + b"-|" * n + b"\n|" + b"1|" * n + b"\n",
        b"[ref]: https://example.org/ \"" + b"t" * n + b"\"\n\n[x][ref]\n",
        b"a" + b"_b" * n + b"\n",
        b"\\[" * n + b"x" + b"\\]" * n + b"\n",
        b"".join(b"\t" * i + b"* x\n" for i in range(min(n, 3000))),
        b" " * n + b"\n",
        b"#" * n + b" heading\n",
        b"![" * n + b"](x)" * n + b"\n",
        b"<" * n + b"\n",
    ]
    return fr._insert_line(d, r, b"\n" + r.choice(bombs) + b"\n")


def _json_hostile(d: bytes, r: random.Random) -> bytes:
    """JSON that parses badly or costly: a number of thousands of digits, ``1e999999``, arrays
    nested 100,000 deep, duplicate keys, values of the wrong type, a record of 10,000 keys."""
    lines = d.split(b"\n")
    i = r.randrange(len(lines))
    line = lines[i]
    how = r.randrange(6)
    if how == 0:
        line = re.sub(rb"\{", b'{"n": ' + b"9" * r.choice([5000, 100_000]) + b", ", line, count=1)
    elif how == 1:
        line = re.sub(rb"\{", b'{"n": 1e999999, "m": -1e-999999, ', line, count=1)
    elif how == 2:
        depth = r.choice([1000, 100_000])
        line = re.sub(rb"\{", b'{"deep": ' + b"[" * depth + b"]" * depth + b", ", line, count=1)
    elif how == 3:
        line = re.sub(rb"\{", b'{"id": "x", "text": "first", ', line, count=1)
    elif how == 4:
        line = re.sub(rb'"(text|q|id|title|html|format|lang|source|target)":\s*"[^"]*"',
                      lambda m: b'"' + m.group(1) + b'": ' + r.choice([b"123", b"null", b"[]",
                                                                       b"{}", b"true"]),
                      line, count=1)  # fmt: skip
    else:
        line = re.sub(rb"\{", b"{" + b"".join(b'"k%d": %d, ' % (k, k) for k in range(10_000)),
                      line, count=1)  # fmt: skip
    lines[i] = line
    return b"\n".join(lines)


# every mutation and the seed kinds it applies to
# ---- the twenty-fifth pass's kinds: what stays under the article size limit, and characters
# an XML file may not hold ----------------------------------------------------------------------

_W26 = ["world", "sports", "weather", "business", "politics", "science", "health", "travel",
        "river", "bridge", "market", "council", "budget", "police", "court", "energy", "museum"]
_N26 = ["Ana Silva", "João Pereira", "Maria Costa", "Pedro Santos", "Luísa Rocha", "Kim Jong-un",
        "Nguyễn Văn An", "Zoë O'Brien", "María-José García", "Dr. A. B. Smith Jr."]


def _block_in(d: bytes, r: random.Random, md: bytes, page: bytes) -> bytes:
    """``page`` after an HTML file's <body>, <article>, <div> or <p> opening (or its middle),
    ``md`` as lines of a Markdown or text file; JSON lines get ``md`` in a record's text."""
    if re.search(rb"<(?:body|article|div|p)\b[^>]*>", d[:20000]) and b"<html" in d[:2000].lower():
        m = re.search(rb"<(?:body|article|div|p)\b[^>]*>", d)
        at = m.end() if m else len(d) // 2
        return d[:at] + page + d[at:]
    if d.lstrip()[:1] == b"{":
        text = json.dumps(md.decode("utf-8", "replace"), ensure_ascii=False)[1:-1].encode()
        return re.sub(rb'("text": ")', lambda m: m.group(1) + text, d, count=1)
    return fr._insert_line(d, r, b"\n" + md + b"\n\n")


def _many_spans(d: bytes, r: random.Random) -> bytes:
    """Thousands of inline spans under the size limit: emphasis, inline code, images with alt
    text, footnotes, links on real words, or line breaks, in one paragraph."""
    n = r.choice([500, 2000, 6000])
    w = [_W26[(i * 7) % len(_W26)] for i in range(n)]
    how = r.randrange(6)
    if how == 0:
        md = b" ".join(f"*{x}* **{x} {i}**".encode() for i, x in enumerate(w))
        page = b" ".join(f"<em>{x}</em> <strong>{x} {i}</strong>".encode() for i, x in enumerate(w))
    elif how == 1:
        md = b" and ".join(f"`c{i}`".encode() for i in range(n))
        page = b" and ".join(f"<code>c{i}</code>".encode() for i in range(n))
    elif how == 2:
        md = b" ".join(f"![A photo of the {x} {i}](/i{i}.jpg)".encode() for i, x in enumerate(w))
        page = b" ".join(f'<img src="/i{i}.jpg" alt="A photo of the {x} {i}">'.encode()
                         for i, x in enumerate(w))
    elif how == 3:
        md = b" ".join(f"Said on day {i}.[^{i}]".encode() for i in range(n)) + b"\n\n" + \
            b"\n".join(f"[^{i}]: Report {i}.".encode() for i in range(n))
        page = b" ".join(f'Said on day {i}.<sup><a href="#f{i}">{i}</a></sup>'.encode()
                         for i in range(n))
    elif how == 4:
        md = b" ".join(f"[{x} {w[(i * 3) % n]}](https://e.org/{i})".encode()
                       for i, x in enumerate(w))
        page = b" ".join(f'<a href="/p{i}">{x} {w[(i * 3) % n]}</a>'.encode()
                         for i, x in enumerate(w))
    else:
        md = b"  \n".join(f"line {i} of the {x}".encode() for i, x in enumerate(w))
        page = b"<br>".join(f"line {i} of the {x}".encode() for i, x in enumerate(w))
    return _block_in(d, r, b"The minister spoke. " + md,
                     b"<p>The minister spoke. " + page + b"</p>")


def _many_blocks(d: bytes, r: random.Random) -> bytes:
    """Thousands of blocks under the size limit: headings, a table of thousands of rows, list
    items or quotations nested hundreds deep."""
    n = r.choice([300, 2000, 5000])
    how = r.randrange(4)
    if how == 0:
        md = b"\n\n".join(f"## {_W26[i % len(_W26)].title()} {i}".encode() for i in range(n))
        page = b"".join(f"<h2>{_W26[i % len(_W26)].title()} {i}</h2>".encode() for i in range(n))
    elif how == 1:
        md = b"| Town | Votes | Share |\n|---|---|---|\n" + b"\n".join(
            f"| {_W26[i % len(_W26)].title()} {i} | {i * 37 % 9000:,} | {i % 97}% |".encode()
            for i in range(n))
        page = b"<table><tr><th>Town</th><th>Votes</th></tr>" + b"".join(
            f"<tr><td>{_W26[i % len(_W26)].title()} {i}</td><td>{i * 37:,}</td></tr>".encode()
            for i in range(n)) + b"</table>"
    elif how == 2:
        depth = min(n, r.choice([100, 500, 2000]))
        md = b"".join(b"  " * (i % depth) + f"- item {i} of the plan".encode() + b"\n"
                      for i in range(depth))
        page = b"<ul><li>item" * depth + b"</li></ul>" * depth
    else:
        depth = min(n, r.choice([100, 500, 2000]))
        md = b"".join(b"> " * (1 + i) + f"He said {i}.".encode() + b"\n" for i in range(depth))
        page = b"<blockquote><p>He said.</p>" * depth + b"</blockquote>" * depth
    return _block_in(d, r, md, page)


def _run_on(d: bytes, r: random.Random) -> bytes:
    """One paragraph of thousands of numbers, of names, of dates, or one sentence of thousands
    of words and no punctuation."""
    n = r.choice([500, 3000, 12000])
    how = r.randrange(4)
    if how == 0:
        text = "The counts were " + ", ".join(
            r.choice([f"{(i * 7919) % 10**6:,}", f"{i}.{i % 10}%", f"${i * 13:,}",
                      f"{i % 90} km", f"1/{i + 2}"]) for i in range(n)) + "."
    elif how == 1:
        text = "The guests were " + ", ".join(_N26[(i * 3) % len(_N26)] for i in range(n)) + "."
    elif how == 2:
        text = "It met on " + ", ".join(f"{1 + i % 28} March {1900 + i % 200}"
                                        for i in range(n)) + "."
    else:
        text = " ".join(_W26[(i * 11) % len(_W26)] for i in range(n))
    body = text.encode("utf-8")
    return _block_in(d, r, body, b"<p>" + body + b"</p>")


# characters XML 1.0 forbids (C0 controls but tab and line ends, noncharacters), C1 controls,
# and the line breaks str.splitlines honours but Markdown and HTML do not
_ILLEGAL = ["\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1c", "\x1d", "\x1e", "\x1f", "\x7f",
            "\x85", "\x9b", "\u2028", "\u2029", "\ufffe", "\uffff", "\ufdd0", "\U0010ffff",
            "\U0001fffe", "\ufff9", "\ufffc"]


def _illegal_chars(d: bytes, r: random.Random) -> bytes:
    """Characters an XML file may not hold, C1 controls and Unicode line separators, raw (or
    as numeric references in markup), inside words, names and numbers or between them."""
    text = d.decode("utf-8", "surrogateescape")
    spots = [m.start() for m in re.finditer(r"(?<=\w)[ \w]", text)]
    spots = [p for p in spots if not re.search(r"<[^>]*$", text[max(0, p - 200) : p])]
    if not spots:
        spots = [len(text) // 2]
    ref = r.random() < 0.25 and "<" in text
    for p in sorted(r.sample(spots, min(len(spots), r.randrange(1, 12))), reverse=True):
        c = r.choice(_ILLEGAL)
        text = text[:p] + (f"&#x{ord(c):x};" if ref else c) + text[p:]
    return text.encode("utf-8", "surrogateescape")


_ALL = ("page", "md", "text", "feed", "xliff", "po", "jsonl", "http", "tmx", "tbx")
_SEEDS = (*_ALL, "csv", "toml")
KINDS: dict[str, tuple[Mut, tuple[str, ...]]] = {
    "truncate-byte": (fr._truncate, _ALL),
    "truncate-boundary": (_truncate_boundary, _ALL),
    "bit-flips": (fr._flips, _ALL),
    "invalid-utf8": (fr._bad_utf8, _ALL),
    "overlong-utf8": (_overlong, _ALL),
    "lone-surrogate": (fr._surrogate, _ALL),
    "nul": (fr._nul, _ALL),
    "bom": (fr._bom, _ALL),
    "bom-mismatch": (_bom_mismatch, ("page", "feed", "xliff", "md", "text", "tmx", "tbx")),
    "charset-lie": (fr._lying_encoding, ("page", "feed", "xliff", "tmx", "tbx")),
    "reencoded": (_reencode, ("page", "feed", "xliff", "po", "md", "text", "jsonl", "tmx",
                              "tbx")),
    "crlf-cr": (fr._line_ends, _ALL),
    "deep-nesting": (fr._nest, ("page", "feed", "xliff", "md", "text", "http", "tmx", "tbx")),
    "huge-attribute": (fr._huge_attr, ("page", "feed", "xliff", "tmx", "tbx")),
    "5mb-line": (_five_mb_line, ("page", "md", "text", "feed", "jsonl")),
    "entity-tricks": (fr._entities, ("page", "feed", "xliff", "md", "http", "tmx", "tbx")),
    "markup-junk": (fr._cdata, ("page", "feed", "xliff", "md", "text", "tmx", "tbx")),
    "md-bomb": (fr._md_bomb, ("md", "text")),
    "many-links": (fr._many_links, ("page", "feed")),
    "invisible-in-names-numbers": (fr._invisible, _ALL),
    "other-digits": (fr._homoglyph_digits, _ALL),
    "odd-numbers-dates": (_odd_numbers, _ALL),
    "dup-ids": (_dup_ids, ("feed",)),
    "double-escaped": (_double_escape, ("feed",)),
    "review-ids": (_review_ids, ("xliff", "po")),
    "review-source": (_review_source, ("xliff", "po")),
    "broken-placeholders": (_placeholders, ("xliff", "po")),
    "hostile-terms": (fr._hostile_terms, ("xliff",)),
    "edition-edit": (_edition_edit, ("edition",)),
    # the twenty-fourth pass's
    "compressed": (_compressed, ("page", "md", "text", "feed", "xliff", "po", "jsonl", "tmx",
                                 "tbx")),
    "utf16-honest": (_utf16_honest, ("page", "md", "text", "feed", "xliff", "po", "jsonl",
                                     "tmx", "tbx")),
    "rtl-combining-names": (_rtl_combining, _ALL),
    "long-url": (_long_url, ("page", "md", "text", "feed", "xliff", "jsonl", "http", "tmx")),
    "review-notes": (_review_notes, ("xliff", "po")),
    "md-pathological": (_md_pathological, ("md", "text")),
    "json-hostile": (_json_hostile, ("jsonl", "http", "edition")),
    # the twenty-fifth pass's
    "many-spans": (_many_spans, ("page", "md", "jsonl")),
    "many-blocks": (_many_blocks, ("page", "md", "jsonl")),
    "run-on": (_run_on, ("page", "md", "text", "jsonl")),
    "illegal-chars": (_illegal_chars, (*_ALL, "edition")),
}  # fmt: skip
NEW25 = ("compressed", "utf16-honest", "rtl-combining-names", "long-url", "review-notes",
         "md-pathological", "json-hostile")
NEW26 = ("many-spans", "many-blocks", "run-on", "illegal-chars")


# ---- the twenty-sixth pass's (--mutations new27): the return path, hostile XML, CSV -----------

def _po_charset(d: bytes, r: random.Random) -> bytes:
    """The PO file as gettext tools re-save it in another charset: honest (the header says it),
    lying (the header still says UTF-8), an unknown charset, or UTF-16."""
    text = d.decode("utf-8", "replace")
    enc = r.choice(["cp1252", "iso-8859-1", "iso-8859-15", "koi8-r", "mac-roman"])
    how = r.randrange(4)
    if how == 0:  # honest
        return re.sub(r"charset=[\w.-]+", f"charset={enc.upper()}", text, count=1).encode(
            enc, "replace")  # fmt: skip
    if how == 1:  # the header not changed
        return text.encode(enc, "replace")
    if how == 2:
        return re.sub(r"charset=[\w.-]+", r.choice(["charset=klingon-1", "charset=CHARSET",
                      "charset=", "charset=utf-16"]), text, count=1).encode()  # fmt: skip
    return text.encode(r.choice(["utf-16", "utf-32"]))


def _po_escapes(d: bytes, r: random.Random) -> bytes:
    """Escapes in the msgstr strings: gettext's octal and hex, C's, unknown ones, a lone
    backslash at a line's end (the closing quote escaped)."""
    text = d.decode("utf-8", "replace")
    spots = [m.end() - 1 for m in re.finditer(r'msgstr "[^"\n]{2,}"', text)]
    esc = ["\\303\\247", "\\x41", "\\q", "\\a", "\\v", "\\0", "\\\\", '\\"', "\\u00e7",
           "\\", "\\N"]  # fmt: skip
    for p in sorted(r.sample(spots, min(len(spots), r.randrange(1, 4))), reverse=True):
        text = text[:p] + r.choice(esc) + text[p:]
    return text.encode("utf-8")


_XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"


def _cat_xliff(d: bytes, r: random.Random) -> bytes:
    """The reviewed XLIFF as another CAT tool writes it back."""
    text = d.decode("utf-8", "replace")
    how = r.randrange(12)
    if how == 0:  # a namespace prefix on every XLIFF element
        text = text.replace(f'xmlns="{_XLIFF_NS}"', f'xmlns:x="{_XLIFF_NS}"')
        return re.sub(r"<(/?)(xliff|file|unit|segment|source|target|notes|note|ignorable|pc|ph|"
                      r"mrk|originalData|data|group)\b", r"<\1x:\2", text).encode()  # fmt: skip
    if how == 1:  # honest UTF-16
        return text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    if how == 2:
        return text.replace('version="2.0"', f'version="{r.choice(["2.1", "2.2", "3.0"])}"'
                            ).encode()  # fmt: skip
    if how == 3:  # confirmed, and a word edited
        text = text.replace('state="translated"', 'state="final"')
        return re.sub(r"(<target>[^<]*?)(\w+)", lambda m: m.group(1) + m.group(2)[::-1], text,
                      count=r.randrange(1, 4)).encode()  # fmt: skip
    if how == 4:  # a code the source does not have
        tag = r.choice(['<ph id="p98"/>', '<pc id="p97">x</pc>', '<sc id="s1"/>',
                        '<ec startRef="s1"/>', '<sm id="m9" type="x"/>', '<em startRef="m9"/>',
                        '<cp hex="0"/>', '<cp hex="D800"/>', '<cp hex="1F600"/>'])  # fmt: skip
        return text.replace("<target>", "<target>" + tag, 1).encode()
    if how == 5:
        return text.replace("<target>", "<target><![CDATA[<b>x</b> & ]]>", 1).encode()
    if how == 6:
        return text.replace("<target>", "<target><!-- c --><?pi x?>", 1).encode()
    if how == 7:  # targets removed or emptied
        return re.sub(r"<target>.*?</target>", r.choice(["", "<target/>", "<target> </target>"]),
                      text, count=r.randrange(1, 4), flags=re.S).encode()  # fmt: skip
    if how == 8:
        return text.replace("</segment>", "</segment><ignorable><source> </source></ignorable>",
                            1).encode()  # fmt: skip
    if how == 9:
        return text.replace("<target>", '<target xml:lang="pt-BR" xml:space="preserve">').encode()
    if how == 10:  # a tool's element, an XInclude
        return text.replace("<target>", r.choice([
            '<target><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" '
            'parse="text"/>', '<target><b>', '<target><tool:x xmlns:tool="urn:t">y</tool:x>']),
            1).encode()  # fmt: skip
    return re.sub(r"<target>(.*?)</target>", lambda m: "<target>\n        " + m.group(1)
                  + "\n      </target>", text, flags=re.S).encode()  # fmt: skip


def _cat_tmx(d: bytes, r: random.Random) -> bytes:
    """The TMX as other tools write it: UTF-16 (Trados), TMX 1.1's ``lang``, inline codes."""
    text = d.decode("utf-8", "replace")
    how = r.randrange(6)
    if how == 0:
        return text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode(
            r.choice(["utf-16", "utf-16-le"]))  # fmt: skip
    if how == 1:
        return text.replace("xml:lang=", "lang=").encode()
    if how == 2:
        code = r.choice(['<ph x="1">&lt;br/&gt;</ph>', '<it pos="begin">&lt;i&gt;</it>',
                         '<ut>&lt;x/&gt;</ut>', '<hi type="b">Cerca</hi>',
                         '<ph><sub>note</sub></ph>', '<bpt i="9">&lt;b&gt;</bpt>'])  # fmt: skip
        return text.replace("<seg>Cerca", "<seg>" + code + "Cerca", 1).encode()
    if how == 3:
        return text.replace('srclang="en"', f'srclang="{r.choice(["*all*", "", "xx", "EN-us"])}"'
                            ).encode()  # fmt: skip
    if how == 4:
        head, _, body = text.partition("<body>")
        tu = ('<tu><tuv xml:lang="en"><seg>Sentence {0} here.</seg></tuv><tuv xml:lang="pt-BR">'
              '<seg>Frase {0} aqui.</seg></tuv></tu>')
        return (head + "<body>" + "".join(tu.format(i) for i in range(r.choice([1000, 50000])))
                + body).encode()  # fmt: skip
    return text.replace("<tmx", '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx', 1).encode()


def _xml_structure(d: bytes, r: random.Random) -> bytes:
    """Hostile XML structure: an external DTD or parameter entity, nesting 100,000 deep, 50,000
    attributes, a 5 MB attribute, 10,000 namespace declarations, an XInclude."""
    text = d.decode("utf-8", "replace")
    decl = re.search(r"<\?xml[^>]*\?>", text)
    at = decl.end() if decl else 0
    how = r.randrange(6)
    if how == 0:
        trick = r.choice(['<!DOCTYPE x PUBLIC "-//x//y" "http://127.0.0.1:9/x.dtd">',
                          '<!DOCTYPE x SYSTEM "file:///dev/zero">',
                          '<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
                          '<!DOCTYPE x [<!ATTLIST seg xml:lang CDATA "xx">]>'])  # fmt: skip
        return (text[:at] + trick + text[at:]).encode()
    m = list(re.finditer(r"<(\w[\w:.-]*)((?:\s[^<>]*)?)>", text[at:]))
    if not m:
        return d
    hit = r.choice(m[1:] or m)
    e = hit.end() + at
    if how == 1:
        n = r.choice([10_000, 100_000])
        return (text[:e] + "<i>" * n + "x" + "</i>" * n + text[e:]).encode()
    if how == 2:
        attrs = " ".join(f'a{i}="{i}"' for i in range(50_000))
    elif how == 3:
        attrs = 'title="' + "A" * 5_000_000 + '"'
    elif how == 4:
        attrs = " ".join(f'xmlns:n{i}="urn:n{i}"' for i in range(10_000))
    else:
        return (text[:e] + '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                'href="file:///etc/passwd" parse="text"/>' + text[e:]).encode()  # fmt: skip
    return (text[: e - 1] + " " + attrs + text[e - 1 :]).encode()


CSV_SEED = ("id,name,type,aliases,pt,pt-BR,es,note\n"
            "lisbon-city-council,Lisbon City Council,org,City Council of Lisbon,Câmara Municipal "
            "de Lisboa,,Ayuntamiento de Lisboa,\"a note, with a comma\"\n"
            "ana-silva,Ana Silva,person,,,,,mayor\n"
            ",João Pereira,person,\"J. Pereira|Joao Pereira\",João Pereira,João Pereira,,\n")


def _csv_shapes(d: bytes, r: random.Random) -> bytes:
    """A term base as spreadsheets save it: other delimiters and line ends, Excel's UTF-16, an
    unclosed quote, rows of 100,000 cells, 50,000 rows, formulas, a 200,000-character cell."""
    how = r.randrange(10)
    if how == 0:
        return d.replace(b",", r.choice([b";", b"\t", b"|"]))
    if how == 1:
        return d.decode().encode(r.choice(["utf-16", "cp1252"]), "replace")
    if how == 2:
        return d + b'"unclosed,' + b"x" * r.choice([10, 200_000])
    if how == 3:
        return d + b"a," * r.choice([1000, 100_000]) + b"\n"
    if how == 4:
        return d.split(b"\n", 1)[0] + b"\n" + b"x,Name X\n" * r.choice([10, 50_000])
    if how == 5:
        return d + b'=HYPERLINK("http://x"),@SUM(1),+1,-1,"=1+1"\n'
    if how == 6:
        return d + b"big," + b"y" * 200_000 + b"\n"
    if how == 7:
        return d.replace(b"name", r.choice([b"NAME ", b"", b"name,name"]), 1)
    if how == 8:
        return b"\n\n\n" + d + b"\n" * r.choice([1, 100_000])
    return d.replace(b"pt-BR", r.choice([b"pt_br", b"xx-YY-ZZZZ", b"forms.pt-BR", b"und"]))


KINDS.update({
    "po-charset": (_po_charset, ("po",)),
    "po-escapes": (_po_escapes, ("po",)),
    "cat-xliff": (_cat_xliff, ("xliff",)),
    "cat-tmx": (_cat_tmx, ("tmx",)),
    "xml-structure": (_xml_structure, ("page", "feed", "xliff", "tmx", "tbx")),
    "csv-shapes": (_csv_shapes, ("csv",)),
})  # fmt: skip
NEW27 = ("po-charset", "po-escapes", "cat-xliff", "cat-tmx", "xml-structure", "csv-shapes")


# ---- the twenty-eighth pass's (--mutations new28): hostile text in every stage ------------------

_BIDI = ("\u202eLula\u202c said \u2066 1,200\u2069 votes in \u2067Lisboa\u2069 on "
         "\u200f3 March\u200e.")


def _hostile_text(d: bytes, r: random.Random) -> bytes:
    """Text nobody writes on purpose, in whatever stage reads it: bidi controls around names
    and numbers, NUL, a lone surrogate (raw, or as a JSON escape), a 1 MB line without a space,
    100,000 tiny paragraphs, Markdown lists and quotations nested 1,000 deep, HTML of 10,000
    nested tags, a feed of 10,000 items."""
    how = r.choice(["bidi", "nul", "surrogate", "nospace", "paragraphs", "nested-md",
                    "nested-html", "items"])  # fmt: skip
    if how == "items" and re.search(rb"<(item|entry)\b", d):
        m = re.search(rb"<(item|entry)\b.*?</\1>", d, re.S)
        if m:
            one = _GUID.sub(lambda g: g.group(1) + g.group(3) + b"-@N@" + g.group(4), m.group())
            many = b"".join(one.replace(b"@N@", b"%d" % i) for i in range(10_000))
            return d[: m.start()] + many + d[m.end() :]
    if how == "surrogate" and d.lstrip()[:1] == b"{":
        return re.sub(rb'(": ?")', lambda m: m.group(1) + rb"\ud800 x \udfff", d, count=2)
    what = {
        "bidi": _BIDI.encode("utf-8"),
        "nul": b"Lisbon\x00 budget \x00\x00 of 1,2\x00 million",
        "surrogate": b"The minister \xed\xa0\x80 said \xed\xbf\xbf it.",
        "nospace": r.choice([b"a", "\u20ac".encode(), b"Lula", b"9"]) * (1_000_000 // 3),
        "paragraphs": b"\n\n".join([r.choice([b"A.", b"x", b"1"])] * 100_000),
        "nested-md": b"\n".join([(b"> " * i)[:2000] + b"- item " + b"%d" % i for i in range(1000)]
                                 + [b"  " * i + b"- deep %d" % i for i in range(1000)]),
        "nested-html": b"".join(b"<%s>" % t for t in [b"div", b"span", b"b", b"i"] * 2500)
                       + b"Lisbon, 3 March" + b"".join(b"</%s>" % t for t in
                                                      [b"i", b"b", b"span", b"div"] * 2500),
    }.get(how, _BIDI.encode("utf-8"))
    if d.lstrip()[:1] == b"{":  # an HTTP body: into its text, as JSON escapes where need be
        try:
            body = json.loads(d)
        except ValueError:
            body = None
        if isinstance(body, dict):
            text = what.decode("utf-8", "surrogatepass")
            for key in ("q", "text"):
                if isinstance(body.get(key), str):
                    body[key] = body[key] + "\n\n" + text
            return json.dumps(body).encode()
    return fr._insert_line(d, r, b"\n" + what + b"\n")


NEW28 = ("hostile-text",)
KINDS["hostile-text"] = (_hostile_text, ("page", "md", "text", "feed", "jsonl", "http"))


# ---- the twenty-ninth pass's (--mutations new30): files a translator edited by hand ------------

_CONTROLS30 = ["\x07", "\x1b[31m", "\x7f", "\x85", "\x9b", "\x0b", "\x0c", "\x00"]


def _hand_edit(d: bytes, r: random.Random) -> bytes:
    """A reviewed PO or XLIFF file or a TMX as a translator leaves it after editing it by hand:
    saved with a BOM and CRLF (Notepad), control characters typed into a target (raw in PO and
    TMX, ``<cp>`` in XLIFF), a number or a name changed, a placeholder removed or invented, two
    targets swapped, a zero-width space or soft hyphen inside a number or a name, bidi controls
    around a name, another language in the header."""
    text = d.decode("utf-8", "replace")
    xml = text.lstrip().startswith("<")
    how = r.choice(["bom-crlf", "controls", "numbers", "swap", "invisible", "bidi", "language",
                    "placeholder"])  # fmt: skip
    targets = [m.end() for m in re.finditer(r'(?:<target>|<seg>|msgstr ")(?=[^<"\n]{3,})', text)]
    if how == "bom-crlf" or not targets:
        text = text.replace("\n", "\r\n") if r.random() < 0.7 else text
        return ("\ufeff" + text).encode(r.choice(["utf-8", "utf-8", "utf-16"]))
    spots = sorted(r.sample(targets, min(len(targets), r.randrange(1, 4))), reverse=True)
    if how == "controls":
        for p in spots:
            c = r.choice(_CONTROLS30)
            if "<target>" in text:  # XLIFF: a <cp> for what XML cannot hold
                c = "".join(f'<cp hex="{ord(x):X}"/>' if ord(x) < 0x20 else x for x in c)
            elif xml and ord(c[0]) < 0x20:  # TMX: XML 1.0 holds no C0 control, a C1 one
                c = "\x85"
            text = text[:p] + c + text[p:]
    elif how == "numbers":
        text = re.sub(r"\d[\d.,]*", lambda m: r.choice(["", "1\u200b000", m.group()[::-1],
                      m.group() + "0", "٣"]), text, count=r.randrange(1, 5))  # fmt: skip
    elif how == "swap":
        found = re.findall(r"(?:<target>|msgstr \")([^<\"\n]{3,})", text)
        if len(found) >= 2:
            a, b = r.sample(found, 2)
            text = text.replace(a, "\0SWAP\0").replace(b, a).replace("\0SWAP\0", b)
    elif how == "invisible":
        for p in spots:
            text = text[:p] + r.choice(["9\u200b0 ", "Li\u00adsboa ", "1\u2060500 ",
                                        "Ana\u034f Silva "]) + text[p:]  # fmt: skip
    elif how == "bidi":
        for p in spots:
            text = text[:p] + "\u202eLisboa\u202c \u2067" + text[p:]
    elif how == "language":
        text = re.sub(r'(trgLang="|Language: |X-Translate-Locale: |xml:lang=")[\w-]+',
                      lambda m: m.group(1) + r.choice(["fr", "pt", "pt-PT", "xx", ""]), text,
                      count=r.randrange(1, 3))  # fmt: skip
    else:  # a placeholder or inline code removed, or one invented
        text = re.sub(r"<(/?)(\d+)>|<pc [^>]*>|</pc>|<mrk [^>]*>|</mrk>", "", text,
                      count=r.randrange(1, 4)) if r.random() < 0.5 else text  # fmt: skip
        for p in spots:
            text = text[:p] + r.choice(["<7>x</7>", "{0}", "%s", "<b>x</b>", "&lt;1&gt;"]) + (
                text[p:])
    return text.encode("utf-8")


def _csv_hand(d: bytes, r: random.Random) -> bytes:
    """A CSV term base typed by hand: a quote left open mid-file, quotes doubled in a cell
    after the sniffer's sample, a BOM and CRLF, terms that are regular-expression syntax,
    duplicated names, empty forms, 20,000 aliases, a 100,000-character entry."""
    text = d.decode("utf-8", "replace")
    head, _, rows = text.partition("\n")
    how = r.randrange(8)
    filler = "".join(f",Organisation {i},org,,Organização {i},,,\n" for i in range(120))
    if how == 0:
        return (head + "\n" + ',"Open Quote Ltd,org,,x,,,\n' + rows + filler).encode()
    if how == 1:
        return (text + filler + ',"Acme ""Best"" Corp",org,,"Acme ""Melhor""",,,\n').encode()
    if how == 2:
        return ("\ufeff" + text.replace("\n", "\r\n")).encode()
    if how == 3:
        return (text + "".join(f",{t},org,,{t},,,\n" for t in
                               ["C++", "(a|b)*", ".*", "[x]", "a{2,}", "\\d+", "^$", "?"])).encode()
    if how == 4:
        return (text + rows + rows).encode()
    if how == 5:
        return (text + ",Empty Forms,org,,,,,\n,  ,person,,x,,,\n").encode()
    if how == 6:
        return (text + ",Many,org," + "|".join(f"A{i}" for i in range(20_000)) + ",,,,\n").encode()
    return (text + ",Huge," + "y " * 50_000 + ",,,,,\n").encode()


KINDS.update({"hand-edit": (_hand_edit, ("xliff", "po", "tmx")),
              "csv-hand": (_csv_hand, ("csv",))})  # fmt: skip
NEW30 = ("hand-edit", "csv-hand")


# ---- the forty-fifth pass's (--mutations new48): one rule's trigger repeated thousands of times
# A rule that looks around each of its matches (the cue before a number, the words before a head
# noun, a title's walk back over "the X Act and") costs the whole text per match when its window
# is not bounded: fuzz47's integration found two such scans. Each shape repeats one trigger up to
# 20,000 times under the article size limit. Opt-in (drawn only when named, ``--mutations
# new48``), so that earlier seeds' plans stay as they were; ``scale_hostile.py`` runs each shape
# at growing sizes (``--shapes triggers``) for its growth exponent.

_CAP48 = ["Lisbon", "Porto", "Braga", "Faro", "Evora", "Coimbra", "Aveiro", "Leiria", "Viseu"]
_HEAD48 = ["Council", "University", "Party", "Ministry", "Bank", "Court", "Agency", "Union"]
TRIGGERS: dict[str, tuple[Callable[[int], str], str]] = {
    # (one repetition of the trigger, the separator between repetitions)
    "cue-number": (lambda i: f"rose by {i % 97}%, fell {i % 89} percent", "; "),
    "cue-time": (lambda i: f"at {1 + i % 12}:{i % 60:02d} p.m.", ", then "),
    "cap-head": (lambda i: f"{_CAP48[i % 9]} {_HEAD48[i % 8]}", ", "),
    "act-and": (lambda i: f"the {_CAP48[i % 9]} Act and", " "),
    "same-act-and": (lambda i: "the Big Act and", " "),
    "dates": (lambda i: f"on {1 + i % 28} March {1990 + i % 30}", ", "),
    "numeric-dates": (lambda i: f"{1 + i % 28}/{1 + i % 12}/20{i % 30:02d}", ", "),
    "currency": (lambda i: f"${(i * 37) % 1000},{i % 1000:03d}", ", "),
    "currency-words": (lambda i: f"\u20ac{i % 90}.{i % 10} million", " and "),
    "quotes": (lambda i: f'"a fair deal {i}"', ", "),
    "open-quotes": (lambda i: f"\u201che said {i}", " "),
    "guillemets": (lambda i: f"\u00ab{_CAP48[i % 9]}\u00bb", " "),
    "parens": (lambda i: f"({_CAP48[i % 9]} {i})", " "),
    "open-parens": (lambda i: f"({_CAP48[i % 9]}", " "),
    "acronyms": (lambda i: f"the {_CAP48[i % 9]} {_HEAD48[i % 8]} ({_CAP48[i % 9][0]}"
                 f"{_HEAD48[i % 8][0]}{chr(65 + i % 26)})", ", "),
    "names": (lambda i: f"Ana Silva {i}", ", "),
    "abbrevs": (lambda i: f"Mr. {_CAP48[i % 9]} of the U.S.", " and "),
    "units": (lambda i: f"{i % 500} km", ", "),
    "list-markers": (lambda i: f"- item {i} of the {_CAP48[i % 9]} plan", "\n"),
    "numbered": (lambda i: f"{i + 1}. The {_CAP48[i % 9]} item", "\n"),
    "links": (lambda i: f"[the {_CAP48[i % 9]} {_HEAD48[i % 8]}](https://e.org/{i})", ", "),
    "headings": (lambda i: f"## The {_CAP48[i % 9]} {_HEAD48[i % 8]} {i}", "\n\n"),
    # a Portuguese source (probe46's hour marks were Portuguese): ``pt-`` shapes are read as pt
    "pt-hours": (lambda i: f"\u00e0s {i % 24}h{i % 60:02d}", ", e "),
    "pt-dates": (lambda i: f"em {1 + i % 28} de mar\u00e7o de {1990 + i % 30}", ", "),
    "pt-currency": (lambda i: f"R$ {i % 900},{i % 10} milh\u00f5es", " e "),
    "pt-act-and": (lambda i: f"a Lei de {_CAP48[i % 9]} e", " "),
    "pt-cap-head": (lambda i: f"C\u00e2mara Municipal de {_CAP48[i % 9]}", ", "),
}


def trigger_text(shape: str, chars: int, most: int = 20_000) -> str:
    """A Markdown article whose body repeats ``shape``'s trigger (at most ``most`` times) until
    ``chars`` characters."""
    unit, sep = TRIGGERS[shape]
    parts: list[str] = []
    size = 0
    while size < chars and len(parts) < most:
        parts.append(unit(len(parts)))
        size += len(parts[-1]) + len(sep)
    lead = ("# A c\u00e2mara reuniu\n\nO ministro disse " if shape.startswith("pt-") else
            "# The council met\n\n" + ("" if "\n" in sep else "The minister said "))
    return lead + sep.join(parts) + ("\n" if "\n" in sep else ".\n")


def _repeat_trigger(d: bytes, r: random.Random) -> bytes:
    """One rule's trigger repeated 2,000 to 20,000 times (under the article size limit)."""
    shape = r.choice(sorted(TRIGGERS))
    text = trigger_text(shape, 150_000, r.choice([2_000, 6_000, 20_000])).encode("utf-8")
    body = text.split(b"\n\n", 1)[1]
    return _block_in(d, r, body, b"<p>" + html.escape(body.decode()).encode() + b"</p>")


KINDS["repeat-trigger"] = (_repeat_trigger, ("page", "md", "text", "jsonl"))
NEW48 = ("repeat-trigger",)


# ---- the fiftieth pass's (--mutations new50, opt-in): shapes no earlier seed had ---------------
# Deeply nested inline markup around words, huge attribute values on inline elements, encodings
# and BOMs changing mid-file, NUL and lone surrogates inside the text of XML and PO imports,
# feed items (and batch records) that all share one id, pathological sentence lengths, and a
# user glossary (``run --glossary``, the "user glossary" entry, drawn only with new50).

TOML_SEED = ('[[entry]]\nid = "lisbon-council"\ntype = "org"\nname = "Lisbon City Council"\n'
             'aliases = ["Lisbon council"]\nnote = "The city\'s council."\n[entry.forms]\n'
             'pt = "C\u00e2mara Municipal de Lisboa"\nes = "Ayuntamiento de Lisboa"\n\n'
             '[[entry]]\nid = "ana-silva"\ntype = "person"\nname = "Ana Silva"\n')


def _text_spots(text: str, inside: str | None = None) -> list[int]:
    """Places between two word characters outside a tag (inside ``inside``'s elements when
    named and present)."""
    spots = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", text)]
    spots = [p for p in spots if not re.search(r"<[^>]*$", text[max(0, p - 300) : p])]
    if inside:
        spans = [(m.start(), m.end()) for m in re.finditer(
            rf"<{inside}\b[^>]*>.*?</{inside}>", text, re.S)]  # fmt: skip
        within = [p for p in spots if any(a < p < b for a, b in spans)]
        spots = within or spots
    return spots or [len(text) // 2]


def _http_q(d: bytes, q: str, fmt: str = "text") -> bytes | None:
    """An HTTP seed's JSON body with ``q`` in place of its text (None: not such a body)."""
    try:
        body = json.loads(d)
    except ValueError:
        return None
    if not isinstance(body, dict) or "q" not in body:
        return None
    body["q"], body["format"] = q, fmt
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _nested_inline(d: bytes, r: random.Random) -> bytes:
    """A word wrapped in 1,000 to 20,000 levels of inline markup (HTML inline tags, Markdown
    emphasis and links, XLIFF ``<pc>``), closed or left open."""
    text = d.decode("utf-8", "surrogateescape")
    if (http := _http_q(d, "")) is not None:
        depth = r.choice([1_000, 5_000, 20_000])
        tags = ["b", "i", "em", "span", "a"]
        seq = [tags[i % 5] for i in range(depth)]
        q = ("The mayor of " + "".join(f"<{t}>" for t in seq) + "Lisbon"
             + "".join(f"</{t}>" for t in reversed(seq)) + " spoke.")
        return _http_q(d, q, "html") or http
    depth = r.choice([1_000, 5_000, 20_000])
    closed = r.random() < 0.7
    if text.lstrip().startswith("<") and "xliff" in text[:500]:
        p = r.choice(_text_spots(text, "target"))
        open_, close = "".join(f'<pc id="n{i}">' for i in range(depth)), "</pc>" * depth
    elif text.lstrip().startswith(("<", "{")):
        tags = ["b", "i", "em", "span", "a", "strong", "sub", "q"]
        seq = [tags[i % len(tags)] for i in range(depth)]
        p = r.choice(_text_spots(text, "p"))
        open_ = "".join(f"<{t}>" for t in seq)
        close = "".join(f"</{t}>" for t in reversed(seq))
        if "<rss" in text[:2000] or "<feed" in text[:2000]:  # inside an item's escaped HTML
            open_, close = html.escape(open_), html.escape(close)
    else:
        p = r.choice(_text_spots(text))
        marks = ["**", "_", "*", "~~", "["]
        seq = [marks[i % len(marks)] for i in range(depth)]
        open_ = "".join(seq)
        close = "".join("](https://e.org/x)" if m == "[" else m for m in reversed(seq))
    return (text[:p] + " " + open_ + "Lisbon" + (close if closed else "") + text[p:]).encode(
        "utf-8", "surrogateescape")


def _inline_huge_attr(d: bytes, r: random.Random) -> bytes:
    """An inline element inside the text carrying an attribute value of 100 kB to 4 MB (a title,
    an href, an alt, an XLIFF ``<pc>``'s data reference), or thousands of attributes."""
    text = d.decode("utf-8", "surrogateescape")
    size = r.choice([100_000, 1_000_000, 4_000_000])
    value = r.choice(["x" * size, ("Lisbon &amp; " * (size // 13)), ("\u00e9" * (size // 2)),
                      ("a b " * (size // 4))])  # fmt: skip
    if "xliff" in text[:500]:
        p = r.choice(_text_spots(text, "target"))
        el = f'<pc id="h1" dataRefStart="{value}">Lisbon</pc>'
    elif text.lstrip().startswith("<"):
        p = r.choice(_text_spots(text, "p"))
        el = r.choice([f'<a href="https://e.org/{value}">Lisbon</a>',
                       f'<span title="{value}">Lisbon</span>', f'<img alt="{value}">',
                       "<b " + " ".join(f'a{i}="{i}"' for i in range(size // 20)) + ">x</b>"])
        if "<rss" in text[:2000] or "<feed" in text[:2000]:
            el = html.escape(el)
    else:
        p = r.choice(_text_spots(text))
        el = r.choice([f'[Lisbon](https://e.org/{value} "{value[:1000]}")',
                       f'<span title="{value}">Lisbon</span>', f"![{value}](x.png)"])
    return (text[:p] + " " + el + text[p:]).encode("utf-8", "surrogateescape")


def _mid_encodings(d: bytes, r: random.Random) -> bytes:
    """The encoding changes mid-file: BOMs (UTF-8, UTF-16, UTF-32) between words, a sentence in
    UTF-16 or Latin-1 or windows-1252 spliced into UTF-8 text, or the file's second half
    re-encoded."""
    text = d.decode("utf-8", "surrogateescape")
    spots = sorted(r.sample(_text_spots(text), min(4, len(_text_spots(text)))), reverse=True)
    sentence = "A C\u00e2mara de S\u00e3o Paulo aprovou \u201c\u20ac1,2 milh\u00e3o\u201d."
    out = d
    for p in spots:
        at = len(text[:p].encode("utf-8", "surrogateescape"))
        piece = r.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00",
                          b"\xef\xbb\xbf" * 50, sentence.encode("utf-16"),
                          sentence.encode("utf-16-le"), sentence.encode("latin-1", "replace"),
                          sentence.encode("cp1252", "replace"),
                          "\u201cS\u00e3o\u201d".encode("utf-8").decode("latin-1").encode(
                              "utf-8")])  # fmt: skip
        out = out[:at] + b" " + piece + b" " + out[at:]
    if r.random() < 0.3:
        half = len(out) // 2
        tail = out[half:].decode("utf-8", "replace")
        out = out[:half] + tail.encode(r.choice(["utf-16", "latin-1", "cp1252"]), "replace")
    return out


_NUL_SUR = ["&#0;", "&#x0;", "&#xD800;", "&#xDFFF;", "&#55296;", "&#xFFFE;", "&#x110000;",
            "\x00", "\udcc0", "\\u0000", "\\ud800", "\\x00", "\\0"]


def _nul_surrogate_text(d: bytes, r: random.Random) -> bytes:
    """NUL and lone surrogates (raw, as references, as escapes, as the CESU bytes of U+D800)
    inside the text a reader keeps: an XLIFF or TMX segment, a PO msgstr, a TBX term, a TOML or
    CSV name."""
    text = d.decode("utf-8", "surrogateescape")
    head = text[:600]
    where = ("target" if "xliff" in head else "seg" if "<tmx" in head else "term" if "<tbx" in
             head or "martif" in head else None)
    if where:
        spans = [(m.start(1), m.end(1)) for m in re.finditer(
            rf"<{where}\b[^>]*>([^<]+)</{where}>", text)]  # fmt: skip
    elif "msgstr" in text:
        spans = [(m.start(1), m.end(1)) for m in re.finditer(r'msgstr "(.+)"', text)]
    else:  # TOML, CSV, anything: inside a quoted string
        spans = [(m.start(1), m.end(1)) for m in re.finditer(r'"([^"\n]+)"', text)]
    spans = spans or [(0, len(text))]
    for _ in range(r.randrange(1, 6)):
        a, b = r.choice(spans)
        p = r.randrange(a, b + 1)
        c = r.choice(_NUL_SUR)
        if c == "\udcc0":  # the three bytes of a UTF-8-encoded U+D800, kept raw
            c = "\udced\udca0\udc80"
        text = text[:p] + c + text[p:]
        spans = [(x, y + (len(c) if x <= p <= y else 0)) if x <= p else (x + len(c), y + len(c))
                 for x, y in spans]
    return text.encode("utf-8", "surrogateescape")


def _shared_ids(d: bytes, r: random.Random) -> bytes:
    """Every feed item (or JSON Feed item, or batch record) under one id: the same guid, or the
    same link and no guid, or an empty guid; their texts differ."""
    text = d.decode("utf-8", "surrogateescape")
    how = r.choice(["guid", "link", "empty"])
    if text.lstrip().startswith("{"):
        try:
            feed = json.loads(text)
            for i, it in enumerate(feed.get("items", [])):
                it["id"] = "" if how == "empty" else "same"
                if how == "link":
                    it["url"] = "https://e.org/same"
                it["content_text"] = f"Item {i} says Lisbon voted {i}."
            return json.dumps(feed, ensure_ascii=False).encode("utf-8")
        except (ValueError, AttributeError):
            return d
    if text.lstrip().startswith('{"id"') or "\n{" in text:  # JSONL records
        recs = []
        for line in text.splitlines():
            try:
                rec = json.loads(line)
                rec["id"] = "" if how == "empty" else "same"
                recs.append(json.dumps(rec, ensure_ascii=False))
            except (ValueError, TypeError):
                recs.append(line)
        return ("\n".join(recs) + "\n").encode("utf-8", "surrogateescape")
    value = "" if how == "empty" else "same"
    text = re.sub(r"(<(guid|id)\b[^>]*>)[^<]*(</\2>)", lambda m: m.group(1) + value + m.group(3),
                  text)  # fmt: skip
    if how == "link":
        text = re.sub(r"<guid\b[^>]*>[^<]*</guid>", "", text)
        text = re.sub(r"<link>[^<]*</link>", "<link>https://e.org/same</link>", text)
        text = re.sub(r'<link\b([^>]*)href="[^"]*"', r'<link\1href="https://e.org/same"', text)
    return text.encode("utf-8", "surrogateescape")


def _sentence_lengths(d: bytes, r: random.Random) -> bytes:
    """Pathological sentence lengths: one word of 50,000 to 400,000 letters, a sentence of
    30,000 one-letter words, 40,000 one-word sentences, a sentence of 20,000 clauses, 10,000
    abbreviations and no full stop, a 20,000-digit number."""
    shape = r.choice(["long-word", "one-letter-words", "one-word-sentences", "clauses",
                      "abbreviations", "long-number", "long-hyphenated"])
    body = {
        "long-word": lambda: "Lisbon" + "a" * r.choice([50_000, 400_000]) + ".",
        "one-letter-words": lambda: " ".join("abcdefghij"[i % 10] for i in range(30_000)) + ".",
        "one-word-sentences": lambda: " ".join(("Yes.", "No!", "Why?")[i % 3]
                                               for i in range(40_000)),
        "clauses": lambda: "; ".join(f"Lisbon voted {i}" for i in range(20_000)) + ".",
        "abbreviations": lambda: " ".join(("e.g.", "Mr.", "U.S.", "i.e.", "St.")[i % 5]
                                          for i in range(10_000)),
        "long-number": lambda: "The total was " + "9" * 20_000 + " euros.",
        "long-hyphenated": lambda: "A " + "-".join("Lisbon" for _ in range(20_000)) + " plan.",
    }[shape]()
    if (http := _http_q(d, body)) is not None:
        return http
    text = d.decode("utf-8", "surrogateescape")
    if "<rss" in text[:2000] or "<feed" in text[:2000]:
        m = re.search(r"<(description|summary|content)\b[^>]*>", text)
        if m:
            return (text[: m.end()] + html.escape(body) + " " + text[m.end():]).encode(
                "utf-8", "surrogateescape")
    return _block_in(d, r, body.encode("utf-8"), b"<p>" + html.escape(body).encode() + b"</p>")


def _toml_hostile(d: bytes, r: random.Random) -> bytes:
    """A user glossary TOML as a hand or a tool might spoil it: inline tables nested 10,000
    deep, a 1 MB name, 20,000 aliases, 5,000 forms, escapes of NUL and of lone surrogates,
    an entry table defined twice, a key repeated, a date where a string goes, names of
    markup, regular-expression syntax or only white space, the file in UTF-16."""
    text = d.decode("utf-8", "surrogateescape")
    shape = r.choice(["nested", "big-name", "aliases", "forms", "escapes", "twice", "key-twice",
                      "types", "odd-names", "utf16", "many-entries"])
    add = {
        "nested": lambda: "\n[[entry]]\nid = \"deep\"\nname = \"Deep\"\nx = " + "{a = " * 10_000
        + "1" + "}" * 10_000 + "\n",
        "big-name": lambda: f'\n[[entry]]\nid = "big"\nname = "{"Lisbon " * 150_000}"\n',
        "aliases": lambda: '\n[[entry]]\nid = "many"\nname = "Porto"\naliases = ['
        + ", ".join(f'"Porto {i}"' for i in range(20_000)) + "]\n",
        "forms": lambda: '\n[[entry]]\nid = "forms"\nname = "Braga"\n[entry.forms]\n'
        + "".join(f'x{i} = "Braga {i}"\n' for i in range(5_000)),
        "escapes": lambda: '\n[[entry]]\nid = "esc"\nname = "Lis\\u0000bon"\naliases = '
        '["Por\\ud800to", "Fa\\x00ro", "Evo\\U0010FFFFra"]\n',
        "twice": lambda: "\n[entry]\nid = \"t\"\n[entry]\nid = \"u\"\n",
        "key-twice": lambda: '\n[[entry]]\nid = "k"\nname = "Faro"\nname = "Faro2"\n',
        "types": lambda: '\n[[entry]]\nid = 5\nname = 2020-01-01\naliases = "one"\n'
        'forms = ["pt"]\n',
        "odd-names": lambda: '\n[[entry]]\nid = "odd"\nname = "' + r.choice(
            ["<b>Lisbon</b>", "(a+)+$", "   ", "\\\\d+", "Lisbon\\nPorto", "\u200b",
             "&amp;", ".*", "[", "\u202eLisbon"]) + '"\n',
        "utf16": lambda: "",
        "many-entries": lambda: "".join(f'\n[[entry]]\nid = "e{i}"\nname = "Name{i} Lisbon"\n'
                                        for i in range(20_000)),
    }[shape]()
    if shape == "utf16":
        return text.encode(r.choice(["utf-16", "utf-16-le"]), "surrogatepass")
    return (text + add).encode("utf-8", "surrogateescape")


for _k, _m, _kinds in [
    ("nested-inline", _nested_inline, ("page", "md", "text", "feed", "xliff", "jsonl",
                                       "http")),
    ("inline-huge-attribute", _inline_huge_attr, ("page", "md", "feed", "xliff")),
    ("mid-file-encodings", _mid_encodings, ("page", "md", "text", "feed", "xliff", "po",
                                            "jsonl", "tmx", "tbx", "toml", "csv")),
    ("nul-surrogate-text", _nul_surrogate_text, ("xliff", "po", "tmx", "tbx", "toml", "csv")),
    ("shared-ids", _shared_ids, ("feed", "jsonl")),
    ("sentence-lengths", _sentence_lengths, ("page", "md", "text", "feed", "jsonl", "http")),
    ("toml-hostile", _toml_hostile, ("toml",)),
]:
    KINDS[_k] = (_m, _kinds)
NEW50 = ("nested-inline", "inline-huge-attribute", "mid-file-encodings", "nul-surrogate-text",
         "shared-ids", "sentence-lengths", "toml-hostile")
OPT_IN = frozenset((*NEW48, *NEW50))  # never drawn unless named: older seeds' plans stay

# the costly mutations are drawn this much less often (a 5 MB line takes a minute to translate)
RARE = {"5mb-line": 0.15, "many-links": 0.3, "huge-attribute": 0.4, "md-bomb": 0.5}


# ---- seeds -------------------------------------------------------------------------------------

def _first_items(d: bytes, n: int = 3) -> bytes:
    """A feed cut after its n-th item or entry and closed again (a whole, smaller feed)."""
    if d.lstrip()[:1] == b"{":
        try:
            feed = json.loads(d)
            feed["items"] = feed.get("items", [])[:n]
            return json.dumps(feed, ensure_ascii=False).encode("utf-8")
        except ValueError:
            return d
    ends = [m.end() for m in re.finditer(rb"</(?:item|entry)>", d)]
    if len(ends) <= n:
        return d
    tail = b"</channel></rss>" if b"<channel" in d else b"</rdf:RDF>" if b"<rdf:RDF" in d \
        else b"</feed>"  # fmt: skip
    if b"<channel" in d and b"<rdf:RDF" in d:
        tail = b"</rdf:RDF>"
    return d[: ends[n - 1]] + b"\n" + tail + b"\n"


# --memory-mb: an address-space ceiling (RLIMIT_AS) set in each child before it runs the product
# (0: none). A case that needs more ends in a MemoryError, which the verdict reads as a traceback.
MEMORY_MB = [0]
# --no-contents: the verdict without edition_invariants' checks (the passes before fuzz53's)
CONTENTS = [True]


def _ceiling() -> None:
    if MEMORY_MB[0]:
        import resource

        lim = MEMORY_MB[0] * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (lim, lim))


def _cli(args: list[str], cwd: Path, env: dict[str, str], timeout: float,
         stdin: bytes | None = None) -> tuple[int | None, str]:  # fmt: skip
    exe = [sys.executable, "-m", "translate", *args]
    p = subprocess.Popen(exe, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True,
                         preexec_fn=_ceiling)  # fmt: skip
    try:
        _, err = p.communicate(stdin if stdin is not None else b"", timeout=timeout)
    except subprocess.TimeoutExpired:
        # the CPU it had: on a loaded machine a run can pass the wall timeout on a few seconds
        # of CPU (waiting for a core), which is not a hang; the engine child dies with it
        os.killpg(p.pid, 9)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        p.communicate()
        return None, f"TIMEOUT after {usage.ru_utime + usage.ru_stime:.1f} s of CPU"
    return p.returncode, err.decode("utf-8", "replace")


Seeds = dict[str, list[tuple[str, bytes]]]


def make_seeds(work: Path, env: dict[str, str], timeout: float) -> Seeds:
    seeds: dict[str, list[tuple[str, bytes]]] = {k: [] for k in (*_SEEDS, "edition")}
    pages = (sorted(CORPUS.glob("heldout_j/pages/*.html.gz"))[:3]
             + sorted(CORPUS.glob("heldout_p/pages/*.html.gz"))[:3])  # fmt: skip
    for p in pages:
        seeds["page"].append((p.name[: -len(".gz")], gzip.decompress(p.read_bytes())[:8000]))
    feeds = sorted(f for f in (CORPUS / "feeds").iterdir() if not f.name.endswith(".facts.json"))
    for f in feeds:
        seeds["feed"].append((f.name, _first_items(f.read_bytes())))
    seeds["md"] = [("article.md", ARTICLE_MD.encode())]
    for md in sorted((HERE.parent / "tests" / "data" / "markdown").glob("*.md"))[:1]:
        seeds["md"].append((md.name, md.read_bytes()[:6000]))
    plain = re.sub(r"[#*\[\]]|\(https?://[^)]*\)", "", ARTICLE_MD)
    seeds["text"] = [("article.txt", plain.encode())]
    seeds["jsonl"] = [("articles.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"id": "a1", "title": "Budget vote", "text": plain},
        {"id": "a2", "format": "md", "text": ARTICLE_MD},
        {"id": "a3", "html": "<p>" + html.escape(plain.split("\n\n")[1]) + "</p>", "lang": "en"},
    ]).encode() + b"\n")]
    seeds["http"] = [("body.json", json.dumps({"q": plain.split("\n\n")[1], "source": "auto",
                                                "target": "pt"}).encode())]  # fmt: skip
    seeds["tmx"] = [("memory.tmx", TMX_SEED.encode())]
    seeds["tbx"] = [("terms.tbx", TBX_SEED.encode())]
    seeds["csv"] = [("terms.csv", CSV_SEED.encode())]
    seeds["toml"] = [("user.toml", TOML_SEED.encode())]
    src = work / "seed" / "article.md"
    src.parent.mkdir(parents=True)
    src.write_text(ARTICLE_MD, encoding="utf-8")
    out = work / "seed" / "editions"
    code, err = _cli(["run", str(src), "--to", "pt-BR", "--from", "en", "--out", str(out),
                      "--format", "md,json,xliff,po", "--on-findings", "publish", "-q"],
                     work, env, timeout)  # fmt: skip
    if code not in (0, 9):
        raise SystemExit(f"seed edition failed ({code}): {err}")
    for f in sorted(out.rglob("*")):
        kind = {".xlf": "xliff", ".po": "po", ".json": "edition"}.get(f.suffix)
        if kind:
            seeds[kind].append((f.name, f.read_bytes()))
    return seeds


# ---- independent parsers -------------------------------------------------------------------

def parses(f: Path) -> str | None:
    """None if ``f`` parses back with a parser that is not the product's, else why not."""
    data = f.read_bytes()
    try:
        if f.suffix == ".json":
            json.loads(data.decode("utf-8"))
        elif f.suffix in (".xlf", ".xliff", ".tmx", ".tbx"):
            import defusedxml.ElementTree as DET

            DET.fromstring(data)
            if f.suffix in (".xlf", ".xliff"):  # and valid against OASIS's XLIFF 2.0 schemas
                from lxml import etree

                doc = etree.fromstring(data, etree.XMLParser(resolve_entities=False,
                                                             no_network=True))  # fmt: skip
                with _SCHEMA_LOCK:  # an lxml validator is not shared between threads
                    if not _xliff_schema().validate(doc):
                        return f"XLIFF schema: {_xliff_schema().error_log.last_error}"[:160]
        elif f.suffix == ".xml" or f.name in ("rss.xml", "atom.xml"):
            import defusedxml.ElementTree as DET
            import feedparser

            DET.fromstring(data)
            parsed = feedparser.parse(data)
            if parsed.bozo:
                return f"feedparser bozo: {parsed.bozo_exception!r}"[:120]
        elif f.suffix == ".po":
            import polib

            polib.pofile(data.decode("utf-8"))
        elif f.suffix == ".html":
            import lxml.html

            page = lxml.html.document_fromstring(data.decode("utf-8"))
            for script in page.xpath('//script[@type="application/ld+json"]'):
                json.loads(script.text or "")  # the JSON-LD block, with json
        elif f.suffix == ".toml":
            import tomllib

            tomllib.loads(data.decode("utf-8"))
        elif f.suffix in (".md", ".txt", ".jsonl"):
            data.decode("utf-8")
        if f.suffix in (".md", ".html"):  # what read.clean_text turns into spaces on input
            bad = _TEXT_CONTROL.search(data.decode("utf-8"))
            if bad:
                return f"a control character U+{ord(bad.group()):04X} in the edition"
    except Exception as exc:  # every failure is the finding
        return f"{type(exc).__name__}: {str(exc)[:100]}"
    return None


_TEXT_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


_SCHEMA: list[object] = []
_SCHEMA_LOCK = threading.Lock()


def _xliff_schema() -> Any:
    """lxml's validator of the OASIS XLIFF 2.0 schemas with modules (local files, no network)."""
    if not _SCHEMA:
        from lxml import etree

        xsd = HERE.parent / "tests" / "data" / "schemas" / "xliff_2.0_with_modules.xsd"
        parser = etree.XMLParser(no_network=True, resolve_entities=False)
        _SCHEMA.append(etree.XMLSchema(etree.parse(str(xsd), parser)))
    return _SCHEMA[0]


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        for f in sorted([p] if p.is_file() else p.rglob("*")):
            if f.is_file():
                h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def verdict(code: int | None, err: str, out: Path, inputs: int = 1) -> str | None:
    if code is None:
        return "hang"
    if "Traceback" in err:
        return "traceback"
    if code not in DOCUMENTED:
        return f"exit {code}"
    lines = [x for x in err.splitlines() if x.strip()]
    errors = [x for x in lines if "error[" in x or x.startswith("error: interrupted")]
    # a batch's failed items say one line each ("failed: ITEM LOCALE: error[...]"), however many
    own = [x for x in errors if not x.startswith("failed:")]
    if code not in (0, 9, 10) and not errors:
        return "no one-line error"
    # every line a one-line message: an error, a failed item, a warning (an error's message may
    # not spill over lines; a run of several inputs says one line each)
    loose = [x for x in lines if not x.startswith(("error[", "failed:", "warning:", "held:",
                                                     "marked:", "withheld:",
                                                     "error: interrupted"))]  # fmt: skip
    if code != 0 and (loose or len(own) > inputs):
        return "stderr not one line"
    if out.exists():
        for f in out.rglob("*"):
            if not f.is_file() or f.suffix == ".db" or f.name.endswith((".db-wal", ".db-shm")):
                continue
            if f.name.startswith(".") or f.suffix in (".tmp", ".part") or ".tmp" in f.name:
                return "half-written file"
            why = parses(f)
            if why:
                return f"unparsable {f.suffix}: {why}"
        if CONTENTS[0]:  # what the editions hold (fuzz53: edition_invariants.py)
            problems = ei.check_folder(out)
            if problems:
                return f"edition {problems[0]}" + (f" (+{len(problems) - 1})"
                                                   if len(problems) > 1 else "")
    return None


# ---- the HTTP service --------------------------------------------------------------------------

class Server:
    def __init__(self, work: Path, env: dict[str, str]) -> None:
        self.work, self.env = work, env
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.lock = threading.Lock()

    def start(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        log = open(self.work / f"serve-{self.port}.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "translate", "serve", "--keyless", "--port", str(self.port),
             "--req-limit", "100000", "--out", str(self.work / "served"),
             "--db", str(self.work / "serve.db")],
            cwd=self.work, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            preexec_fn=_ceiling)  # fmt: skip
        import httpx

        for _ in range(300):
            try:
                if httpx.get(self.url("/healthz"), timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise SystemExit("translate serve did not start")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def alive(self) -> bool:
        import httpx

        try:
            return httpx.get(self.url("/healthz"), timeout=30).status_code == 200
        except httpx.HTTPError:
            return False

    def restart(self) -> None:
        with self.lock:
            if self.alive():
                return
            self.stop()
            self.start()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def http_case(server: Server, endpoint: str, body: bytes, r: random.Random,
              timeout: float) -> str | None:  # fmt: skip
    import httpx

    def as_json(obj: object) -> dict[str, object]:  # lone surrogates go as \ud800 escapes
        return {"content": json.dumps(obj).encode(),
                "headers": {"Content-Type": "application/json"}}

    text = body.decode("utf-8", "replace")
    try:
        q = json.loads(body).get("q", text) if body.lstrip()[:1] == b"{" else text
    except (ValueError, AttributeError, RecursionError):  # json-hostile: arrays 100,000 deep
        q = text
    try:
        if endpoint == "/translate" and r.random() < 0.5:  # the raw mutated body as JSON
            resp = httpx.post(server.url(endpoint), content=body, timeout=timeout,
                              headers={"Content-Type": "application/json"})  # fmt: skip
        elif endpoint == "/translate":
            from urllib.parse import urlencode

            form = urlencode({
                "q": (q if isinstance(q, str) else json.dumps(q)).encode("utf-8", "surrogatepass"),
                "source": "auto", "target": "pt", "format": r.choice(["text", "html"])})
            resp = httpx.post(server.url(endpoint), timeout=timeout, content=form.encode(),
                              headers={"Content-Type":
                                       "application/x-www-form-urlencoded"})  # fmt: skip
        elif endpoint == "/detect":
            resp = httpx.post(server.url(endpoint), timeout=timeout, **as_json({"q": q}))  # type: ignore[arg-type]
        elif endpoint == "/translate_file":
            name = r.choice(["a.txt", "a.md", "a.html", "a.xml", "../a.txt", "a\u202etxt.html"])
            resp = httpx.post(server.url(endpoint), timeout=timeout,
                              files={"file": (name, body)},
                              data={"source": "en", "target": "pt"})  # fmt: skip
            if resp.status_code == 200:
                link = resp.json().get("translatedFileUrl", "")
                got = httpx.get(link, timeout=timeout)
                if got.status_code != 200:
                    return f"download {got.status_code}"
        elif endpoint == "/v1/editions":
            fmt = r.choice(["txt", "md", "html"])
            resp = httpx.post(server.url(endpoint), timeout=timeout, **as_json({  # type: ignore[arg-type]
                ("html" if fmt == "html" else "text"): text, "format": fmt,
                "targets": "pt-BR", "formats": ["json", "md", "html", "xliff", "po"],
                "id": r.choice(["a", "../x", "a\u202eb", "", "x" * 300])}))  # fmt: skip
        else:
            resp = httpx.post(server.url(endpoint), timeout=timeout, **as_json({"text": text}))  # type: ignore[arg-type]
    except httpx.TimeoutException:
        return "hang"
    except httpx.HTTPError as exc:
        return f"connection: {type(exc).__name__}"
    if resp.status_code not in HTTP_DOCUMENTED:
        return f"status {resp.status_code}"
    try:
        answer = resp.json()
    except ValueError:
        return "answer not JSON"
    if resp.status_code != 200 and not (isinstance(answer, dict) and "error" in answer):
        return "error not in LibreTranslate's shape"
    if endpoint == "/v1/editions" and resp.status_code == 200:
        for ed in answer.get("editions", answer if isinstance(answer, list) else []):
            # "outputs" is the answer's key (fuzz53: the harness read "rendered"/"formats",
            # which the service never sent, so no rendered format was ever parsed back)
            if CONTENTS[0]:
                problems = ei.check_http_edition(ed)
                if problems:
                    return f"edition {problems[0]}"
            for fmt, rendered in (ed.get("outputs") or ed.get("rendered") or {}).items():
                if fmt in ("xliff", "po", "html", "md") and isinstance(rendered, str):
                    suffix = {"xliff": ".xlf"}.get(fmt, "." + fmt)
                    tmp = Path(tempfile.mkdtemp()) / ("e" + suffix)
                    tmp.write_text(rendered, encoding="utf-8")
                    why = parses(tmp)
                    shutil.rmtree(tmp.parent)
                    if why:
                        return f"unparsable {fmt}: {why}"
    return None


# ---- the twenty-sixth pass's scenarios: the store, the feed state, output folders, HTTP ------

def _integrity(db: Path) -> str | None:
    """None when the store is a sound SQLite file (or absent), else why not."""
    import sqlite3

    if not db.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
        try:
            row = con.execute("PRAGMA integrity_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return f"store unreadable: {exc}"
    return None if row and row[0] == "ok" else f"store corrupt: {row}"


def _spoil_store(db: Path, r: random.Random) -> str:
    """The store spoiled one way; returns the way."""
    how = r.choice(["random-bytes", "truncated", "flipped-pages", "zero-header", "directory",
                    "empty", "wal-garbage"])  # fmt: skip
    data = db.read_bytes() if db.is_file() else b""
    if how == "random-bytes":
        db.write_bytes(r.randbytes(r.choice([100, 5000, 60000])))
    elif how == "truncated" and data:
        db.write_bytes(data[: r.randrange(1, len(data))])
    elif how == "flipped-pages" and len(data) > 8192:
        b = bytearray(data)
        for _ in range(r.randrange(1, 200)):
            b[r.randrange(4096, len(b))] = r.randrange(256)
        db.write_bytes(bytes(b))
    elif how == "zero-header" and data:
        db.write_bytes(b"\0" * 100 + data[100:])
    elif how == "directory":
        db.unlink(missing_ok=True)
        db.mkdir()
    elif how == "wal-garbage":
        Path(str(db) + "-wal").write_bytes(r.randbytes(r.choice([32, 4096, 40000])))
    else:
        db.write_bytes(b"")
    return how


def _holder(db: Path, seconds: float) -> subprocess.Popen[bytes]:
    """Another process holding the store's write lock for ``seconds``."""
    code = ("import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None)"
            "; c.execute('BEGIN EXCLUSIVE'); print('held', flush=True)"
            "; time.sleep(float(sys.argv[2]))")
    p = subprocess.Popen([sys.executable, "-c", code, str(db), str(seconds)],
                         stdout=subprocess.PIPE)  # fmt: skip
    assert p.stdout is not None
    p.stdout.readline()
    return p


def _case_store(case: Path, name: str, data: bytes, r: random.Random, env: dict[str, str],
                timeout: float, seeds: Seeds) -> tuple[int | None, str, str]:  # fmt: skip
    """``translate run`` on a store another run left spoiled, or another process holds."""
    db = case / "t.db"
    tmx = case / "memory.tmx"
    tmx.write_bytes(seeds["tmx"][0][1])
    _cli(["tm", "import", str(tmx), "--db", str(db)], case, env, timeout)  # a real store
    path = case / name
    path.write_bytes(data)
    cmd = ["run", str(path), "--to", "pt-BR", "--out", str(case / "out"), "--db", str(db),
           "--format", r.choice(FORMATS), "-q"]  # fmt: skip
    if r.random() < 0.3:
        holder = _holder(db, r.choice([5.0, 40.0]))
        try:
            code, err = _cli(cmd, case, env, timeout)
        finally:
            holder.kill()
            holder.wait()
        return code, err, "locked"
    how = _spoil_store(db, r)
    code, err = _cli(cmd, case, env, timeout)
    return code, err, how


_GUID = re.compile(rb"(<(guid|id)\b[^>]*>)([^<]*)(</\2>)")
_DATE = re.compile(rb"(<(pubDate|updated|published|dc:date)>)([^<]*)(</\2>)")


def _changed_items(d: bytes, r: random.Random) -> bytes:
    """The same feed a moment later: items' guids, dates or links changed, or items reordered."""
    how = r.randrange(4)
    if how == 0:
        return _GUID.sub(lambda m: m.group(1) + m.group(3) + b"-v2" + m.group(4), d)
    if how == 1:
        return _DATE.sub(lambda m: m.group(1) + b"Mon, 01 Jan 2035 00:00:00 GMT" + m.group(4), d)
    if how == 2:  # one guid for every item, and new dates
        return _DATE.sub(lambda m: m.group(1) + b"Tue, 02 Jan 2001 00:00:00 GMT" + m.group(4),
                         _GUID.sub(lambda m: m.group(1) + b"same" + m.group(4), d))  # fmt: skip
    items = list(re.finditer(rb"<(item|entry)\b.*?</\1>", d, re.S))
    if len(items) < 2:
        return d + b" "
    a, b = items[0], items[-1]
    return d[: a.start()] + b.group() + d[a.end() : b.start()] + a.group() + d[b.end() :]


def _case_feed_state(case: Path, name: str, data: bytes, r: random.Random, env: dict[str, str],
                     timeout: float) -> tuple[int | None, str, str]:  # fmt: skip
    """A feed's state put to the test: items that change guid or date between two runs, two
    runs at once on one state, a run killed in the middle and run again, a spoiled state."""
    path = case / name
    path.write_bytes(data)
    db = case / "t.db"
    cmd = ["feed", str(path), "--to", "pt-BR", "--out", str(case / "out"), "--db", str(db),
           "--max-items", "3", "--format", r.choice(["md,json", "html", "json,html,md"]),
           "-q"]  # fmt: skip
    how = r.choice(["changed-items", "two-at-once", "killed", "spoiled-state"])
    if how == "two-at-once":
        with ThreadPoolExecutor(2) as pool:
            got = list(pool.map(lambda _: _cli(cmd, case, env, timeout), range(2)))
        bad = [g for g in got if verdict(g[0], g[1], case / "out", inputs=99)]
        code, err = bad[0] if bad else got[0]
    elif how == "killed":
        exe = [sys.executable, "-m", "translate", *cmd]
        p = subprocess.Popen(exe, cwd=case, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
        try:
            p.wait(r.uniform(1.0, 12.0))
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            p.wait()
            how = "killed (in the middle)"
        code, err = _cli(cmd, case, env, timeout)
    else:
        code, err = _cli(cmd, case, env, timeout)
        first = verdict(code, err, case / "out", inputs=99)
        if first:
            return code, err, how + ", first run"
        if how == "changed-items":
            path.write_bytes(_changed_items(data, r))
        else:
            _spoil_store(db, r)
        code, err = _cli(cmd, case, env, timeout)
    why = _integrity(db) if how != "spoiled-state" else None
    if why and code not in (None,):
        return code, err + f"\nSTATE: {why}", how + ": " + why
    return code, err, how


def _case_signal(case: Path, name: str, data: bytes, r: random.Random, env: dict[str, str],
                 timeout: float, seeds: Seeds) -> tuple[int | None, str, str]:  # fmt: skip
    """``run``, ``batch`` or ``feed`` stopped by SIGTERM or SIGINT (to the process, or to its
    group as systemd and a terminal do) after 0.3-8 s, then run again: the stopped run ends in
    one line and 130/143 (or finished first), nothing half-written, the store sound, and the
    next run finishes the work."""
    src = case / "src"
    src.mkdir()
    (src / name).write_bytes(data)
    for i, (n2, d2) in enumerate(seeds["text"][:1] + seeds["md"][:2]):
        (src / f"c{i}-{n2}").write_bytes(d2)
    db = case / "t.db"
    out = case / "out"
    what = r.choice(["run", "batch", "feed"])
    if what == "run":
        cmd = ["run", *sorted(map(str, src.iterdir())), "--to", "pt-BR", "--out", str(out),
               "--db", str(db), "--format", r.choice(FORMATS), "-q"]  # fmt: skip
    elif what == "batch":
        cmd = ["batch", str(src), "--to", "pt-BR", "--out", str(out), "--db", str(db),
               "--format", r.choice(FORMATS), "-q"] + (["--workers", "2"] if r.random() < 0.3
                                                      else [])  # fmt: skip
    else:
        feed = case / seeds["feed"][0][0]
        feed.write_bytes(seeds["feed"][0][1])
        cmd = ["feed", str(feed), "--to", "pt-BR", "--out", str(out), "--db", str(db),
               "--max-items", "3", "--format", r.choice(["md,json", "html", "json,html,md"]),
               "-q"]  # fmt: skip
    sig = r.choice([signal.SIGTERM, signal.SIGINT])
    group = r.random() < 0.5
    delay = r.uniform(0.3, 8.0)
    how = f"{what} {sig.name}{' to the group' if group else ''} at {delay:.1f} s"
    p = subprocess.Popen([sys.executable, "-m", "translate", *cmd], cwd=case, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         start_new_session=True)  # fmt: skip
    try:
        _, raw = p.communicate(timeout=delay)
        how += " (finished first)"
    except subprocess.TimeoutExpired:
        (os.killpg(p.pid, sig) if group else p.send_signal(sig))
        try:
            _, raw = p.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            p.communicate()
            return None, "", how + ": no end after the signal"
    err = raw.decode("utf-8", "replace")
    why = verdict(p.returncode, err, out, inputs=99)
    if why:
        return p.returncode, err, how + ": stopped run: " + why
    bad = _integrity(db)
    if bad:
        return p.returncode, err, how + ": " + bad
    code, err = _cli(cmd, case, env, timeout)
    if code in (130, 143):
        return code, err, how + ": the next run interrupted"
    return code, err, how


def _case_two_at_once(case: Path, name: str, data: bytes, r: random.Random,
                      env: dict[str, str], timeout: float,
                      seeds: Seeds) -> tuple[int | None, str, str]:  # fmt: skip
    """Two ``run`` or ``batch`` at once on one store and one output folder (a second cron job
    started before the first ended)."""
    src = case / "src"
    src.mkdir()
    (src / name).write_bytes(data)
    (src / "clean.txt").write_bytes(seeds["text"][0][1])
    db, out = case / "t.db", case / "out"
    fmt = r.choice(FORMATS)
    runs = [["run", *sorted(map(str, src.iterdir())), "--to", "pt-BR", "--out", str(out),
             "--db", str(db), "--format", fmt, "-q"],
            ["batch", str(src), "--to", "pt-BR", "--out", str(out), "--db", str(db),
             "--format", fmt, "-q"]]  # fmt: skip
    pair = [r.choice(runs), r.choice(runs)]
    how = "two at once (" + " + ".join(c[0] for c in pair) + ")"
    with ThreadPoolExecutor(2) as pool:
        got = list(pool.map(lambda c: _cli(c, case, env, timeout), pair))
    bad = [g for g in got if verdict(g[0], g[1], out, inputs=99)]
    code, err = bad[0] if bad else got[0]
    why = _integrity(db)
    if why:
        return code, err, how + ": " + why
    return code, err, how


def _case_out_dir(case: Path, name: str, data: bytes, r: random.Random, env: dict[str, str],
                  timeout: float) -> tuple[int | None, str, str]:  # fmt: skip
    """Output folders that cannot take the editions: a file where the folder (or an edition)
    should be, a read-only folder, a full disk (a small tmpfs, under ``unshare -rm``). An
    edition written before must be left whole."""
    path = case / name
    path.write_bytes(data)
    out = case / "out"
    stem = Path(name).stem
    fmt = r.choice(FORMATS)
    how = r.choice(["out-is-file", "edition-is-folder", "read-only", "disk-full", "disk-full"])
    if how == "out-is-file":
        case.joinpath("outfile").write_text("x")
        target = case / "outfile" / r.choice(["", "sub"])
        code, err = _cli(["run", str(path), "--to", "pt-BR", "--out", str(target), "--db",
                          str(case / "t.db"), "--format", fmt, "-q"],
                         case, env, timeout)  # fmt: skip
        return code, err, how
    if how == "edition-is-folder":
        out.mkdir()
        (out / f"{stem}.pt-BR.{r.choice(['json', 'md', 'html', 'xlf', 'po'])}").mkdir()
        code, err = _cli(["run", str(path), "--to", "pt-BR", "--out", str(out), "--db",
                          str(case / "t.db"), "--format", fmt, "-q"],
                         case, env, timeout)  # fmt: skip
        return code, err, how
    if not shutil.which("unshare"):
        return 0, "", how + " (no unshare: skipped)"
    mnt = case / "mnt"
    mnt.mkdir()
    previous = "---\ntitle: previous\n---\n\nThe edition written before.\n"
    if how == "read-only":
        setup = (f"mount --bind {mnt} {mnt} && printf %s {shlex_quote(previous)} > "
                 f"{mnt}/{stem}.pt-BR.md && mount -o remount,ro,bind {mnt} {mnt}")
        db = case / "t.db"
    else:
        size = r.choice(["8k", "24k", "64k", "128k", "256k"])
        setup = (f"mount -t tmpfs -o size={size} tmpfs {mnt} && printf %s "
                 f"{shlex_quote(previous)} > {mnt}/{stem}.pt-BR.md")
        db = mnt / "t.db" if r.random() < 0.5 else case / "t.db"
        how += f" {size}" + (" (store on it)" if db.parent == mnt else "")
    translate = " ".join(shlex_quote(a) for a in [sys.executable, "-m", "translate", "run",
                         str(path), "--to", "pt-BR", "--out", str(mnt), "--db", str(db),
                         "--format", fmt, "-q"])  # fmt: skip
    script = (f"{setup} || exit 97; {translate} 2>{case}/stderr.run; rc=$?; "
              f"cp -a {mnt}/. {out}/ 2>/dev/null; exit $rc")  # fmt: skip
    out.mkdir()
    exe = ["unshare", "-rm", "sh", "-c", script]
    p = subprocess.Popen(exe, cwd=case, env=env, start_new_session=True)
    try:
        code: int | None = p.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)
        p.wait()
        code = None
    if code == 97:
        return 0, "", how + " (cannot mount: skipped)"
    err = (case / "stderr.run").read_text("utf-8", "replace") if (case / "stderr.run").exists() \
        else ""  # fmt: skip
    kept = out / f"{stem}.pt-BR.md"
    changed = kept.exists() and kept.read_text("utf-8", "replace") != previous
    if code not in (0, 9) and (not kept.exists() or (changed and parses(kept))):
        return code, err, how + ": the edition written before was lost"
    return code, err, how


def shlex_quote(s: str) -> str:
    import shlex

    return shlex.quote(s)


def _http_envelope(server: Server, body: bytes, r: random.Random, timeout: float) -> str | None:
    """What reaches the service besides mutated text: bad JSON, wrong types, deep or huge
    bodies, wrong content types, slow or cut-off bodies, concurrent requests on one cache."""
    import httpx

    how = r.randrange(8)
    url = server.url(r.choice(["/translate", "/detect", "/v1/editions", "/v1/check",
                               "/translate_file"]))  # fmt: skip
    if how == 0:
        content = body[: r.randrange(1, max(2, len(body)))]
        ctype = "application/json"
    elif how == 1:
        val = r.choice([5, None, True, [1, [2]], {"a": 1}, ["x"] * 2000, "", 1e308, -1])
        key = r.choice(["q", "source", "target", "format", "alternatives", "text", "targets",
                        "formats", "id", "api_key"])  # fmt: skip
        base = {"q": "Hello there.", "source": "en", "target": "pt", "text": "Hello there.",
                "targets": ["pt-BR"], "formats": ["json"]}  # fmt: skip
        content, ctype = json.dumps({**base, key: val}).encode(), "application/json"
    elif how == 2:
        n = r.choice([1000, 100_000])
        content = ('{"q": ' + r.choice(["[" * n + "]" * n, '{"a":' * n + "1" + "}" * n])
                   + "}").encode()  # fmt: skip
        ctype = "application/json"
    elif how == 3:
        content = json.dumps({"q": "word " * r.choice([900_000, 2_000_000]), "source": "en",
                              "target": "pt"}).encode()  # fmt: skip
        ctype = "application/json"
    elif how == 4:
        content = body
        ctype = r.choice(["text/plain", "application/xml", "multipart/form-data", "",
                          "application/json; charset=klingon", "application/x-www-form-urlencoded",
                          "application/json; charset=utf-16", "image/png"])  # fmt: skip
    elif how in (5, 6):  # slow or cut-off: a raw socket
        req = (f"POST {url[len(server.url('')):]} HTTP/1.1\r\nHost: x\r\nContent-Type: "
               f"application/json\r\nContent-Length: {len(body) + (50 if how == 6 else 0)}"
               "\r\n\r\n").encode() + body  # fmt: skip
        s = socket.create_connection(("127.0.0.1", server.port), timeout=timeout)
        try:
            if how == 5:
                step = max(1, len(req) // 20)
                for i in range(0, len(req), step):
                    s.sendall(req[i : i + step])
                    time.sleep(r.uniform(0.1, 0.6))
            else:
                s.sendall(req)
                s.shutdown(socket.SHUT_WR)
            answer = s.recv(65536)
        except OSError:
            answer = b""
        finally:
            s.close()
        if answer:
            status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0
            if status not in HTTP_DOCUMENTED:
                return f"status {status}"
        return None
    else:  # concurrent requests on one cache: every answer the same
        try:  # a mutated body may be no JSON at all (fuzz32: the harness's own two failures)
            q = json.loads(body).get("q", "Hello there.") if body.lstrip()[:1] == b"{" else "Hi."
        except (ValueError, AttributeError):
            q = "Hi."
        if isinstance(q, str):  # a lone surrogate cannot be sent by httpx's json=
            q = q.encode("utf-8", "replace").decode("utf-8")

        def one(_: int) -> tuple[int, str]:
            resp = httpx.post(server.url("/translate"), json={"q": q, "source": "en",
                              "target": "pt"}, timeout=timeout)  # fmt: skip
            return resp.status_code, resp.text

        try:
            with ThreadPoolExecutor(8) as pool:
                got = list(pool.map(one, range(r.choice([8, 24]))))
        except httpx.TimeoutException:
            return "hang"
        except httpx.HTTPError as exc:
            return f"connection: {type(exc).__name__}"
        if any(c not in HTTP_DOCUMENTED for c, _ in got):
            return f"status {sorted({c for c, _ in got})}"
        if len({t for c, t in got if c == 200}) > 1:
            return "concurrent answers differ"
        return None
    try:
        resp = httpx.post(url, content=content, timeout=timeout,
                          headers={"Content-Type": ctype} if ctype else {})  # fmt: skip
    except httpx.TimeoutException:
        return "hang"
    except httpx.HTTPError as exc:
        return f"connection: {type(exc).__name__}"
    if resp.status_code not in HTTP_DOCUMENTED:
        return f"status {resp.status_code}"
    try:
        answer = resp.json()
    except ValueError:
        return "answer not JSON"
    if resp.status_code != 200 and not (isinstance(answer, dict) and "error" in answer):
        return "error not in LibreTranslate's shape"
    return None


# ---- cases ---------------------------------------------------------------------------------------

ENTRY: dict[str, tuple[float, tuple[str, ...]]] = {  # entry point: weight, seed kinds it reads
    "run": (3, ("page", "md", "text")), "check": (1, ("page", "md", "text")),
    "feed x2": (2.5, ("feed",)), "review apply": (3, ("xliff", "po", "edition")),
    "batch dir": (1, ("page", "md", "text")), "batch jsonl": (1, ("jsonl",)),
    "http /translate": (2, ("http",)), "http /detect": (1, ("http",)),
    "http /translate_file": (1, ("page", "md", "text")),
    "http /v1/editions": (1.5, ("page", "md", "text")),
    "http /v1/check": (0.5, ("md", "text")),
    "tm import": (1, ("tmx",)), "glossary import": (1, ("tbx", "csv")),
    # the twenty-sixth pass's scenarios
    "store": (1, ("text", "md")), "feed state": (1.5, ("feed",)), "out dir": (1, ("text", "md")),
    "http envelope": (1.5, ("http",)),
    # the twenty-eighth pass's scenarios
    "signal": (1.5, ("text", "md", "page")), "two at once": (1, ("text", "md", "page")),
    # the thirty-third pass's: the review page of a (mutated) JSON edition
    "review page": (1, ("edition",)),
    # the fiftieth pass's (opt-in: driven only when --mutations names new50, or --entries it)
    "user glossary": (1.5, ("toml",)),
}  # fmt: skip
OPT_IN_ENTRY = frozenset({"user glossary"})
FORMATS = ["md,json", "md,json,xliff,po,html", "html", "xliff", "po", "json,md,html,xliff,po"]


def pick_mutations(kind: str, r: random.Random, only: frozenset[str] = frozenset()) -> list[str]:
    table = [k for k, (_, kinds) in KINDS.items()
             if kind in kinds and (k in only if only else k not in OPT_IN)]
    if not table:
        return []
    n = min(len(table), r.choice([1, 1, 1, 2]))
    chosen: list[str] = []
    while len(chosen) < n:
        k = r.choice(table)
        if r.random() < RARE.get(k, 1.0) and k not in chosen:
            chosen.append(k)
    return chosen


def run_case(n: int, entry: str, seed_name: str, seed_kind: str, muts: list[str], data: bytes,
             r: random.Random, work: Path, env: dict[str, str], seeds: Seeds,
             server: Server, timeout: float) -> tuple[str | None, Path]:  # fmt: skip
    case = work / f"case{n:05d}"
    case.mkdir()
    out = case / "out"
    db = str(case / "t.db")
    if entry.startswith("http"):
        path = case / seed_name
        path.write_bytes(data)
        if entry == "http envelope":
            why = _http_envelope(server, data, r, timeout)
        else:
            why = http_case(server, entry[5:], data, r, timeout)
        if not server.alive():
            why = (why or "") + " server down"
            server.restart()
        return why, case
    if entry in ("store", "feed state", "out dir", "signal", "two at once"):
        if entry == "store":
            code, err, how = _case_store(case, seed_name, data, r, env, timeout, seeds)
        elif entry == "signal":
            code, err, how = _case_signal(case, seed_name, data, r, env, timeout, seeds)
        elif entry == "two at once":
            code, err, how = _case_two_at_once(case, seed_name, data, r, env, timeout, seeds)
        elif entry == "feed state":
            code, err, how = _case_feed_state(case, seed_name, data, r, env, timeout)
        else:
            code, err, how = _case_out_dir(case, seed_name, data, r, env, timeout)
        (case / "how.txt").write_text(how, encoding="utf-8")
        why = verdict(code, err, out, inputs=99)
        if why is None and ": " in how:  # the scenario's own finding (a lost edition, a state)
            why = how.split(": ", 1)[1]
        if why:
            (case / "stderr.txt").write_text(err + "\nSCENARIO: " + how, encoding="utf-8")
            why = f"{why} [{how}]"
        return why, case
    if entry == "review apply":
        eds = dict(seeds["edition"])
        edition = case / "edition" / next(iter(eds))
        edition.parent.mkdir()
        edition.write_bytes(data if seed_kind == "edition" else next(iter(eds.values())))
        review = case / seed_name
        if seed_kind == "edition":
            review = case / seeds[r.choice(["xliff", "po"])][0][0]
            review.write_bytes(dict(seeds["xliff"] + seeds["po"])[review.name])
        else:
            review.write_bytes(data)
        inputs = [review, edition]
        before = _digest(inputs)
        code, err = _cli(["review", "apply", str(review), "--edition", str(edition), "--out",
                          str(out), "--db", db, "--format", r.choice(FORMATS)],
                         case, env, timeout)  # fmt: skip
    elif entry == "review page":
        edition = case / next(iter(dict(seeds["edition"])))
        edition.write_bytes(data)
        out.mkdir()
        inputs = [edition]
        before = _digest(inputs)
        code, err = _cli(["review", "page", str(edition), "-o", str(out / "page.review.html")],
                         case, env, timeout)  # fmt: skip
    elif entry == "batch dir":
        src = case / "src"
        src.mkdir()
        (src / seed_name).write_bytes(data)
        (src / "clean.txt").write_bytes(seeds["text"][0][1])
        inputs = [src]
        before = _digest(inputs)
        code, err = _cli(["batch", str(src), "--to", "pt-BR", "--out", str(out), "--db", db,
                          "--format", r.choice(FORMATS), "-q"], case, env, timeout)  # fmt: skip
    else:
        path = case / seed_name
        path.write_bytes(data)
        inputs = [path]
        before = _digest(inputs)
        if entry == "run":
            code, err = _cli(["run", str(path), "--to", r.choice(["pt-BR", "pt-BR,es"]), "--out",
                              str(out), "--db", db, "--format", r.choice(FORMATS), "-q"],
                             case, env, timeout)  # fmt: skip
        elif entry == "check":
            code, err = _cli(["check", str(path)], case, env, timeout)
        elif entry == "tm import":
            code, err = _cli(["tm", "import", str(path), "--db", db], case, env, timeout)
        elif entry == "glossary import":
            out.mkdir()
            code, err = _cli(["glossary", "import", str(path), "-o", str(out / "terms.toml")],
                             case, env, timeout)  # fmt: skip
        elif entry == "user glossary":
            art = case / "article.md"
            art.write_bytes(seeds["md"][0][1])
            inputs = [path, art]
            before = _digest(inputs)
            code, err = _cli(["run", str(art), "--glossary", str(path), "--to", "pt-BR",
                              "--out", str(out), "--db", db, "--format", r.choice(FORMATS),
                              "-q"], case, env, timeout)  # fmt: skip
        elif entry == "batch jsonl":
            code, err = _cli(["batch", str(path), "--to", "pt-BR", "--out", str(out), "--db",
                              db, "--format", r.choice(FORMATS), "-q"],
                             case, env, timeout)  # fmt: skip
        else:  # feed, twice into one folder and one store
            cmd = ["feed", str(path), "--to", "pt-BR", "--out", str(out), "--db", db,
                   "--max-items", "3", "--format", r.choice(["md,json", "html", "json,html,md"]),
                   "-q"]  # fmt: skip
            code, err = _cli(cmd, case, env, timeout)
            why = verdict(code, err, out, inputs=99)
            if why:
                (case / "stderr.txt").write_text(err, encoding="utf-8")
                return "first run: " + why, case
            code, err = _cli(cmd, case, env, timeout)
    one = ("run", "check", "review apply", "review page", "tm import", "glossary import",
           "user glossary")
    why = verdict(code, err, out, inputs=1 if entry in one else 99)
    if why is None and _digest(inputs) != before:
        why = "input modified"
    if why:
        (case / "stderr.txt").write_text(err, encoding="utf-8")
    return why, case


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--budget", type=int, default=1500, help="cases (inputs) in all")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--minutes", type=float, default=0.0,
                    help="stop starting cases after this many minutes (0: run the budget); "
                    "the cases run are then the plan's first ones, the same for a seed")
    ap.add_argument("--start", type=int, default=1,
                    help="run the plan from this case on (the plan is drawn whole, so that "
                    "case N is the same with any --start; fuzz51)")
    ap.add_argument("--entries", default="", help="entry points to drive (default: all but "
                    "the opt-in ones, which --mutations new50 adds)")
    ap.add_argument("--mutations", default="",
                    help="only these mutation kinds (comma-separated; default: all; new25: the "
                    "twenty-fourth pass's)")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--keep", type=Path, help="copy failing cases into this folder")
    ap.add_argument("--memory-mb", type=int, default=0,
                    help="address-space ceiling (RLIMIT_AS) of every translate child, server "
                    "included (0: none)")
    ap.add_argument("--no-contents", action="store_true",
                    help="do not read what the editions hold (edition_invariants.py, fuzz53): "
                    "the verdict of the passes before")
    args = ap.parse_args(argv)
    MEMORY_MB[0] = args.memory_mb
    CONTENTS[0] = not args.no_contents
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="fuzz-inputs-"))
    env = {**os.environ, "TRANSLATE_HOME": str(work / "home"), "PYTHONUNBUFFERED": "1"}
    started = time.time()
    header = (f"# fuzz_inputs: seed {args.seed}, budget {args.budget} cases"
              f"{f' from case {args.start}' if args.start > 1 else ''}, timeout "
              f"{args.timeout:g} s, {args.jobs} jobs, memory ceiling "
              f"{args.memory_mb or 'none'} MB; contents "
              f"{'off' if args.no_contents else 'checked'}; load {os.getloadavg()[0]:.1f}; "
              f"{platform.machine()}, {os.cpu_count()} cores (shared); "
              f"Python {platform.python_version()}; "
              f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}")  # fmt: skip
    print(header, flush=True)
    seeds = make_seeds(work, env, args.timeout)
    entries = [e for e in args.entries.split(",") if e in ENTRY]
    wanted = (args.mutations.replace("new25", ",".join(NEW25))
              .replace("new26", ",".join(NEW26)).replace("new27", ",".join(NEW27))
              .replace("new28", ",".join(NEW28)).replace("new30", ",".join(NEW30))
              .replace("new48", ",".join(NEW48))
              .replace("new50", ",".join(NEW50)).split(","))  # fmt: skip
    only = frozenset(m for m in wanted if m in KINDS)
    if not args.entries:
        entries = [e for e in ENTRY if e not in OPT_IN_ENTRY or only & set(NEW50)]
    weights = [ENTRY[e][0] for e in entries]
    plan = []
    for n in range(1, args.budget + 1):
        entry = rng.choices(entries, weights)[0]
        kinds = [k for k in ENTRY[entry][1] if seeds.get(k)
                 and (not only or any(k in KINDS[m][1] for m in only))]
        if not kinds:  # an entry none of the chosen mutations reads: its seeds unmutated
            kinds = [k for k in ENTRY[entry][1] if seeds.get(k)]
        kind = rng.choice(kinds)
        name, data = rng.choice(seeds[kind])
        muts = pick_mutations(kind, rng, only)
        case_rng = random.Random(rng.getrandbits(64))
        mutated = data
        for m in muts:
            mutated = KINDS[m][0](mutated, case_rng)
        if n >= args.start:
            plan.append((n, entry, name, kind, muts, mutated, case_rng))
    server = Server(work, env)
    if any(e.startswith("http") for e in entries):
        server.start()
    runs: Counter[str] = Counter()
    per_mut: Counter[str] = Counter()
    bad: Counter[tuple[str, str, str]] = Counter()
    bad_mut: Counter[str] = Counter()
    examples: dict[tuple[str, str, str], str] = {}
    lock = threading.Lock()
    done = [0]

    def one(item: tuple) -> None:  # type: ignore[type-arg]
        n, entry, name, kind, muts, mutated, case_rng = item
        if args.minutes and time.time() - started > args.minutes * 60:
            return
        try:
            why, case = run_case(n, entry, name, kind, muts, mutated, case_rng, work, env,
                                 seeds, server, args.timeout)  # fmt: skip
        except Exception as exc:  # the harness's own fault, counted apart
            why, case = f"harness: {type(exc).__name__}: {exc}"[:200], work / f"case{n:05d}"
        mname = "+".join(muts)
        with lock:
            done[0] += 1
            runs[entry] += 1
            for m in muts:
                per_mut[m] += 1
            if why:
                key = (entry, mname, re.sub(r":.*", "", why))
                bad[key] += 1
                for m in muts:
                    bad_mut[m] += 1
                err = (case / "stderr.txt").read_text() if (case / "stderr.txt").exists() else ""
                last = (err.strip().splitlines() or ["(no stderr)"])[-1][:200]
                examples.setdefault(key, f"{name} case{n:05d} | {why[:200]} | {last}")
                print(f"FAIL case{n:05d} {entry} {mname} {name}: {why[:160]} | {last}", flush=True)
                if args.keep:
                    shutil.copytree(case, args.keep / case.name, dirs_exist_ok=True,
                                    ignore=shutil.ignore_patterns("*.db*"))  # fmt: skip
            if done[0] % 50 == 0:
                print(f"... {done[0]} cases, {sum(bad.values())} failed, "
                      f"{time.time() - started:.0f} s", flush=True)
        shutil.rmtree(case, ignore_errors=True)

    try:
        with ThreadPoolExecutor(args.jobs) as pool:
            list(pool.map(one, plan))
    finally:
        server.stop()
    lines = [header, f"cases: {done[0]} run of a budget of {len(plan)}; wall "
             f"{time.time() - started:.0f} s; "
             f"failed {sum(bad.values())}", "", "| entry point | cases | failed |", "|---|---|---|"]
    fails_entry: Counter[str] = Counter()
    for (entry, _, _), c in bad.items():
        fails_entry[entry] += c
    lines += [f"| {e} | {runs[e]} | {fails_entry[e]} |" for e in entries]
    lines += ["", "| mutation kind | cases | failed |", "|---|---|---|"]
    lines += [f"| {m} | {per_mut[m]} | {bad_mut[m]} |" for m in KINDS]
    lines += ["", "| entry point | mutations | failure | cases |", "|---|---|---|---|"]
    lines += [f"| {e} | {m} | {w} | {c} |" for (e, m, w), c in sorted(bad.items())]
    if not bad:
        lines.append("| (none) | | | 0 |")
    lines += [""] + [f"EXAMPLE {k}: {v}" for k, v in sorted(examples.items())]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
